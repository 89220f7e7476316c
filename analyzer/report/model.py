"""`Report`: everything one audit produced, the single input of every renderer."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dbperf import __version__
from dbperf.diagnostics import Problem
from dbperf.explain.measurement import Measurement
from dbperf.explain.plan import Plan
from dbperf.findings import SEVERITIES, Finding
from dbperf.workload import QueryGroup


@dataclass
class QueryReport:
    """One query group as the report shows it: what was captured and what was measured."""

    fingerprint: str
    sql: str  # normalized: placeholders, no captured values
    calls: int
    kind: str
    origins: tuple[str, ...] = ()
    ms: float | None = None  # median execution time on the seeded database
    buffers: int | None = None
    rows: float | None = None
    params_source: str = "none"
    plan: Plan | None = None
    error: str | None = None  # why it could not be measured
    skipped: bool = False  # not measured on purpose (it reads a foreign table): `error` says why

    @property
    def measured(self) -> bool:
        return self.plan is not None and self.error is None

    @classmethod
    def from_group(cls, group: QueryGroup, measurement: Measurement | None = None) -> QueryReport:
        """Join a captured group with its measurement (None: not measured)."""
        m = measurement
        return cls(
            fingerprint=group.fingerprint,
            sql=group.sql,
            calls=group.calls,
            kind=group.kind,
            origins=tuple(str(o) for o in group.origins),
            ms=m.ms if m else None,
            buffers=m.buffers if m else None,
            rows=m.rows if m else None,
            params_source=m.params_source if m else "none",
            plan=m.plan if m else None,
            error=m.error if m else "not measured",
        )


@dataclass
class Report:
    """The outcome of one run.

    `database`: server version, scale, seed, rows seeded; `inputs`: schema
    source, capture files, statements read, query groups; `timings`: seconds
    per stage. Findings are kept in `Finding.sort_key` order (errors first).
    """

    version: int = 1
    dbperf: str = __version__
    database: dict[str, Any] = field(default_factory=dict)
    inputs: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    queries: list[QueryReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    advice: dict[str, Any] | None = None  # `audit --advise`: the index advisor's JSON (docs/advisor.md)
    # what the migration leaves out and why (rewrites, writes not counted): advisor.decision, docs/advisor.md
    migration: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        unknown = sorted({f.severity for f in self.findings} - set(SEVERITIES))
        if unknown:
            raise ValueError(
                f"unknown finding severity {unknown[0]!r}; expected one of {SEVERITIES}"
            )
        self.findings = sorted(self.findings, key=Finding.sort_key)

    def by_severity(self) -> dict[str, list[Finding]]:
        """Findings grouped by severity, errors first; every severity present (maybe empty)."""
        groups: dict[str, list[Finding]] = {s: [] for s in SEVERITIES}
        for finding in sorted(self.findings, key=Finding.sort_key):
            groups[finding.severity].append(finding)
        return groups

    @property
    def queries_measured(self) -> int:
        return sum(1 for q in self.queries if q.measured)

    @property
    def total_seconds(self) -> float:
        return sum(self.timings.values())

    @property
    def summary(self) -> dict[str, Any]:
        """Counts only, no timings: the same inputs give the same summary."""
        by_rule = Counter(f.rule for f in self.findings)
        return {
            "findings": len(self.findings),
            "by_severity": {s: len(fs) for s, fs in self.by_severity().items()},
            "by_rule": {rule: by_rule[rule] for rule in sorted(by_rule)},
            "queries": len(self.queries),
            "queries_measured": self.queries_measured,
            "problems": len(self.problems),
        }
