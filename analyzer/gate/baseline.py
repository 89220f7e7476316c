"""The committed baseline (`.dbperf-baseline.json`): a known state the gate compares against.

What it records, and why:

- findings by their stable identity (`Finding.identity`: rule + table +
  columns + query fingerprints) with severity and origins, never their
  messages (measured numbers change from run to run);
- per query group: the plan shape (`Plan.shape()`, no numbers), the shared
  buffers of the median run (the primary regression signal: the same seed
  gives the same data, so buffers barely move on a noisy machine) and the
  median time rounded to two significant digits (secondary, compared with a
  noise margin);
- the seed and scale, because buffers of another data set do not compare.

No captured values: SQL is the normalized text (`$n`), origins are
`file:line` relative to the project root. Keys and lists are sorted, so the
same audit writes the same file and a diff of two baselines reads well.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dbperf import __version__
from dbperf.diagnostics import DbperfError
from dbperf.findings import SEVERITIES, Finding
from dbperf.report.locations import relative, split_origin
from dbperf.report.model import QueryReport, Report

FORMAT_VERSION = 1
MAX_ORIGINS = 3


@dataclass(frozen=True)
class BaselineFinding:
    rule: str
    severity: str
    table: str | None
    columns: tuple[str, ...]
    queries: tuple[str, ...]
    origins: tuple[str, ...] = ()
    message: str = ""  # only for findings of an in-memory baseline (--against): never written

    @property
    def identity(self) -> str:
        return "|".join([self.rule, self.table or "", ",".join(self.columns), ",".join(sorted(self.queries))])

    @property
    def key(self) -> tuple:
        """Rule + table + columns: the same problem, whatever queries it involves."""
        return (self.rule, self.table or "", self.columns)

    @classmethod
    def of(cls, finding: Finding, root: Path | None = None) -> BaselineFinding:
        return cls(finding.rule, finding.severity, finding.table, tuple(finding.columns),
                   tuple(sorted(finding.queries)), _origins(finding.origins, root), finding.message)


@dataclass(frozen=True)
class BaselineQuery:
    fingerprint: str
    kind: str
    sql: str
    origins: tuple[str, ...] = ()
    shape: str | None = None  # None: not measured
    buffers: int | None = None
    ms: float | None = None

    @property
    def measured(self) -> bool:
        return self.shape is not None

    @classmethod
    def of(cls, query: QueryReport, root: Path | None = None) -> BaselineQuery:
        measured = query.measured
        return cls(
            fingerprint=query.fingerprint,
            kind=query.kind,
            sql=query.sql,
            origins=_origins(query.origins, root),
            shape=query.plan.shape() if measured and query.plan else None,
            buffers=query.buffers if measured else None,
            ms=round_ms(query.ms) if measured else None,
        )


@dataclass
class Baseline:
    findings: list[BaselineFinding] = field(default_factory=list)
    queries: list[BaselineQuery] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # rule ids that ran: findings of others are not "fixed"
    seed: int | None = None
    scale: float | None = None
    dbperf: str = __version__
    source: str = ""  # where it came from, for messages: a path or "REF (git)"

    def query(self, fingerprint: str) -> BaselineQuery | None:
        return self._by_fingerprint().get(fingerprint)

    def _by_fingerprint(self) -> dict[str, BaselineQuery]:
        cache = self.__dict__.get("_queries")
        if cache is None or len(cache) != len(self.queries):
            cache = {q.fingerprint: q for q in self.queries}
            self.__dict__["_queries"] = cache
        return cache

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "dbperf": self.dbperf,
            "seed": self.seed,
            "scale": self.scale,
            "rules": sorted(self.rules),
            "findings": [
                {"identity": f.identity, "rule": f.rule, "severity": f.severity, "table": f.table,
                 "columns": list(f.columns), "queries": list(f.queries), "origins": list(f.origins)}
                for f in sorted(self.findings, key=lambda f: f.identity)
            ],
            "queries": [
                {"fingerprint": q.fingerprint, "kind": q.kind, "sql": q.sql, "origins": list(q.origins),
                 "shape": q.shape, "buffers": q.buffers, "ms": q.ms}
                for q in sorted(self.queries, key=lambda q: q.fingerprint)
            ],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, allow_nan=False) + "\n"

    def write(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(self.dumps(), encoding="utf-8")
        except OSError as exc:
            raise DbperfError(f"cannot write the baseline to {path}: {exc.strerror or exc}",
                              hint="choose a writable --output path") from exc


def from_report(report: Report, rules: list[str], *, root: Path | None = None, seed: int | None = None,
                scale: float | None = None) -> Baseline:
    """The baseline of one audit. `root`: origins are written relative to it (the project root)."""
    return Baseline(
        findings=[BaselineFinding.of(f, root) for f in report.findings],
        queries=[BaselineQuery.of(q, root) for q in report.queries],
        rules=list(rules),
        seed=seed if seed is not None else report.database.get("seed"),
        scale=scale if scale is not None else report.database.get("scale"),
    )


def load(path: Path) -> Baseline:
    """Read a baseline file; anything unreadable is a `DbperfError` (the gate cannot decide without it)."""
    hint = "regenerate it with `dbperf baseline PATH`"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DbperfError(f"baseline {path}: no such file", hint="create it with `dbperf baseline PATH`") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DbperfError(f"baseline {path}: not a readable JSON file: {exc}", hint=hint) from exc
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        version = data.get("version") if isinstance(data, dict) else None
        raise DbperfError(f"baseline {path}: unsupported format version {version!r} (expected {FORMAT_VERSION})",
                          hint=hint)
    try:
        findings = [
            BaselineFinding(str(f["rule"]), _severity(f["severity"]), f.get("table"),
                            tuple(str(c) for c in f.get("columns") or ()),
                            tuple(sorted(str(q) for q in f.get("queries") or ())),
                            tuple(str(o) for o in f.get("origins") or ()))
            for f in data.get("findings", [])
        ]
        queries = [
            BaselineQuery(str(q["fingerprint"]), str(q.get("kind", "")), str(q.get("sql", "")),
                          tuple(str(o) for o in q.get("origins") or ()), q.get("shape"),
                          None if q.get("buffers") is None else int(q["buffers"]),
                          None if q.get("ms") is None else float(q["ms"]))
            for q in data.get("queries", [])
        ]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DbperfError(f"baseline {path}: malformed entry: {exc!r}", hint=hint) from exc
    return Baseline(findings=findings, queries=queries, rules=[str(r) for r in data.get("rules", [])],
                    seed=data.get("seed"), scale=data.get("scale"), dbperf=str(data.get("dbperf", "")),
                    source=str(path))


def round_ms(ms: float | None) -> float | None:
    """Two significant digits (0.0123 → 0.012, 105.4 → 110): a committed file that does not churn."""
    if ms is None or not math.isfinite(ms):
        return None
    if ms <= 0:
        return 0.0
    digits = 1 - int(math.floor(math.log10(ms)))
    return round(ms, digits) if digits > 0 else float(round(ms, digits))


def _severity(value: Any) -> str:
    if value not in SEVERITIES:
        raise ValueError(f"severity {value!r}")
    return str(value)


def _origins(origins: tuple[str, ...] | list[str], root: Path | None) -> tuple[str, ...]:
    out = []
    for origin in list(origins)[:MAX_ORIGINS]:
        path, line = split_origin(origin)
        rel = relative(path, root) if root is not None else path
        out.append(f"{rel}:{line}" if line else rel)
    return tuple(out)
