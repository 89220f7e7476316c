"""What the gate decided, and why: the one input of every gate renderer."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dbperf.config import GateSettings, Ignore
from dbperf.findings import Finding
from dbperf.gate import EXIT_ERROR, EXIT_FAILED, EXIT_PASSED
from dbperf.gate.baseline import BaselineFinding, BaselineQuery
from dbperf import humanize
from dbperf.report.locations import location, repo_root
from dbperf.report.model import QueryReport, Report

# Pseudo-rules of the gate itself: ids for SARIF, JUnit and `[[ignore]] rule = …`.
REGRESSION_RULE = "plan-regression"
SLOW_RULE = "slow-query"

NEW, EXISTING, WORSE, IGNORED = "new", "existing", "worse", "ignored"


@dataclass
class GateFinding:
    """A finding of the audit with its standing against the baseline."""

    finding: Finding
    status: str  # new | existing | worse (severity went up) | ignored; without a baseline: new
    blocking: bool  # fails the gate
    ignored_by: Ignore | None = None
    note: str = ""  # e.g. "now also involves 1 new query"

    @property
    def identity(self) -> str:
        return self.finding.identity


@dataclass
class Regression:
    """One query group measured worse than in the baseline (or only its plan changed)."""

    query: QueryReport
    before: BaselineQuery
    plan_changed: bool
    buffers_regressed: bool = False
    time_regressed: bool = False
    unmeasurable: bool = False  # measured in the baseline, failed now (a timeout, an error)
    removed_nodes: list[str] = field(default_factory=list)  # plan nodes only in the baseline's plan
    added_nodes: list[str] = field(default_factory=list)
    blocking: bool = False
    ignored_by: Ignore | None = None

    @property
    def regressed(self) -> bool:
        return self.buffers_regressed or self.time_regressed or self.unmeasurable

    @property
    def buffers_ratio(self) -> float:
        before, after = self.before.buffers or 0, self.query.buffers or 0
        return (after + 1) / (before + 1)

    def plan_change(self) -> str:
        """'Index Scan on posts using author_idx → Seq Scan on posts' (the differing nodes)."""
        if not self.plan_changed:
            return ""
        removed = ", ".join(self.removed_nodes) or "same nodes"
        added = ", ".join(self.added_nodes) or "same nodes, other order"
        return f"{removed} → {added}"

    def message(self) -> str:
        q, b = self.query, self.before
        if self.unmeasurable:
            return f"query could not be measured any more ({q.error}); baseline: {humanize.duration(b.ms)}"
        parts = []
        if self.plan_changed:
            parts.append(f"plan changed: {self.plan_change()}")
        if b.buffers is not None and q.buffers is not None:
            parts.append(f"buffers {b.buffers:,} → {q.buffers:,} ({_pct(b.buffers, q.buffers)})")
        if b.ms is not None and q.ms is not None:
            parts.append(f"time {humanize.duration(b.ms)} → {humanize.duration(q.ms)} ({_pct(b.ms, q.ms)})")
        return "; ".join(parts)


@dataclass
class SlowQuery:
    """A query group whose median time is above its `max_query_ms` limit."""

    query: QueryReport
    limit_ms: float
    limit_source: str  # "max_query_ms", or the `max_query_ms_for` key that set it
    baseline_ms: float | None = None
    blocking: bool = True
    ignored_by: Ignore | None = None

    def message(self) -> str:
        return (f"median time {humanize.duration(self.query.ms)} is above the limit of {humanize.duration(self.limit_ms)} "
                f"({self.limit_source})")


@dataclass
class IgnoreNote:
    ignore: Ignore
    status: str  # "applied" | "expired" | "unmatched"
    matched: int = 0  # findings / regressions it matched

    def message(self) -> str:
        if self.status == "expired":
            return (f"{self.ignore.describe()} expired on {self.ignore.expires}: "
                    f"{self.matched} matching finding(s) count again (reason was: {self.ignore.reason})")
        if self.status == "unmatched":
            return f"{self.ignore.describe()} matches nothing any more: remove it (reason was: {self.ignore.reason})"
        return f"{self.ignore.describe()} ignores {self.matched} finding(s): {self.ignore.reason}"


@dataclass
class GateResult:
    report: Report
    settings: GateSettings
    root: Path  # the project root
    baseline: str | None = None  # where the baseline came from; None: thresholds only
    findings: list[GateFinding] = field(default_factory=list)
    fixed: list[BaselineFinding] = field(default_factory=list)
    regressions: list[Regression] = field(default_factory=list)  # regressed (blocking unless ignored)
    plan_changes: list[Regression] = field(default_factory=list)  # shape changed, not worse
    slow: list[SlowQuery] = field(default_factory=list)
    new_queries: list[QueryReport] = field(default_factory=list)
    removed_queries: list[BaselineQuery] = field(default_factory=list)
    ignores: list[IgnoreNote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)  # what this run could not check (decide.py)
    # Tables seeding left empty that `[seed] allow_empty` does not name: exit 2, as the audit does,
    # whatever `fail_on_incomplete` says (plans measured on no data prove nothing).
    empty: list[str] = field(default_factory=list)

    @property
    def base(self) -> Path:
        """The repository root: origins are shown relative to it."""
        return repo_root(Path(self.root).resolve())

    @property
    def blocking_findings(self) -> list[GateFinding]:
        return [g for g in self.findings if g.blocking]

    @property
    def new_findings(self) -> list[GateFinding]:
        return [g for g in self.findings if g.status in (NEW, WORSE)]

    @property
    def existing_findings(self) -> list[GateFinding]:
        return [g for g in self.findings if g.status == EXISTING]

    @property
    def ignored_findings(self) -> list[GateFinding]:
        return [g for g in self.findings if g.status == IGNORED]

    @property
    def blocking_regressions(self) -> list[Regression]:
        return [r for r in self.regressions if r.blocking]

    @property
    def blocking_slow(self) -> list[SlowQuery]:
        return [s for s in self.slow if s.blocking]

    @property
    def blocked_by_incomplete(self) -> bool:
        """The run saw less than the project and `fail_on_incomplete` is on: the gate fails closed."""
        return bool(self.incomplete) and self.settings.fail_on_incomplete

    @property
    def passed(self) -> bool:
        return not (self.blocking_findings or self.blocking_regressions or self.blocking_slow
                    or self.blocked_by_incomplete or self.empty)

    @property
    def exit_code(self) -> int:
        if self.blocked_by_incomplete or self.empty:
            return EXIT_ERROR
        return EXIT_PASSED if self.passed else EXIT_FAILED

    def reasons(self) -> list[str]:
        """One line per thing that fails the gate."""
        out = []
        for g in self.blocking_findings:
            what = {NEW: "new", WORSE: "worse", EXISTING: ""}.get(g.status, "")
            where = f" on {g.finding.table}" if g.finding.table else ""
            cols = f" ({', '.join(g.finding.columns)})" if g.finding.columns else ""
            at = f" (at {display(g.finding.origins[0], self.base)})" if g.finding.origins else ""
            out.append(f"{what + ' ' if what and self.baseline else ''}{g.finding.severity} "
                       f"{g.finding.rule}{where}{cols}: {g.finding.message}{at}")
        for r in self.blocking_regressions:
            out.append(f"regression of {query_label(r.query, base=self.base)}: {r.message()}")
        for s in self.blocking_slow:
            out.append(f"slow query {query_label(s.query, base=self.base)}: {s.message()}")
        if self.blocked_by_incomplete:
            out += [f"not checked: {what}" for what in self.incomplete]
        if self.empty:
            out.append(f"not checked: {self.empty_message()}")
        return out

    def empty_message(self) -> str:
        shown = ", ".join(self.empty[:10]) + (f" (+{len(self.empty) - 10} more)" if len(self.empty) > 10 else "")
        return (f"seeding left {len(self.empty)} table(s) empty: {shown}; queries on them were measured on no "
                f'data (a table that may stay empty: [seed] allow_empty = ["{self.empty[0]}"] in dbperf.toml)')

    def summary(self) -> str:
        """'FAILED: 1 new finding, 1 regression' / 'passed: 0 new findings, 3 fixed'."""
        parts = []
        if self.baseline:
            parts.append(humanize.plural(len(self.new_findings), "new finding"))
            if self.fixed:
                parts.append(f"{len(self.fixed)} fixed")
        else:
            parts.append(humanize.plural(len(self.blocking_findings), "failing finding"))
        if self.regressions:
            parts.append(humanize.plural(len(self.regressions), "regression"))
        if self.slow:
            parts.append(humanize.plural(len(self.slow), "slow query", "slow queries"))
        if self.plan_changes:
            parts.append(humanize.plural(len(self.plan_changes), "plan change") + " without regression")
        if self.incomplete:
            parts.append(humanize.plural(len(self.incomplete), "thing") + " not checked")
        if self.empty and not self.incomplete:
            parts.append(humanize.plural(len(self.empty), "table") + " left empty")
        blocked = self.blocked_by_incomplete or self.empty
        verdict = "passed" if self.passed else ("INCOMPLETE" if blocked else "FAILED")
        return f"{verdict}: {', '.join(parts)}"


def query_label(query: QueryReport, width: int = 60, base: Path | None = None) -> str:
    """`queries/app.sql:49 (UPDATE posts SET …)`: the first origin and the start of the SQL."""
    sql = " ".join(query.sql.split())
    short = sql if len(sql) <= width else sql[: width - 1] + "…"
    where = display(query.origins[0], base) if query.origins else query.fingerprint
    return f"{where} ({short})"


def display(origin: str, base: Path | None) -> str:
    """An origin relative to the repository root (what a PR reviewer recognises)."""
    return str(location(origin, base)) if base is not None else origin


def _pct(before: float, after: float) -> str:
    if before <= 0:
        return "new" if after > 0 else "±0%"
    change = (after - before) / before * 100
    return f"{change:+,.0f}%"
