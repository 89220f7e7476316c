"""What the index advisor returns: `Advice`, its `Proposal`s, the candidates it did not keep
(`Rejected`, each with its reason), and their JSON (docs/advisor.md)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dbperf.findings import IndexChange
from dbperf.migrate.ddl import create_index_sql, drop_index_sql, quote_ident
from dbperf.migrate.plan import MigrationPlan, Rewrite, UncountedWrite

# Why a candidate the advisor tried was not kept (Rejected.reason):
NO_GAIN = "measured no gain"  # no query touches at most half the buffers / rows with it (trial or built)
COVERED = "covered by another index"  # a chosen index serves every query it would
WRITE_COST = "write cost"  # the writes on its table touch more buffers than its queries save
TIMEOUT = "timeout"  # building it ran out of thresholds.index_build_timeout_ms
BUILD_FAILED = "build failed"  # PostgreSQL refused to build it
NOT_USED = "not used"  # built, but the plans of its queries do not use it
BUDGET = "budget"  # --max-indexes / --max-size leaves no room for it
REASONS = (NO_GAIN, COVERED, WRITE_COST, TIMEOUT, BUILD_FAILED, NOT_USED, BUDGET)


@dataclass(frozen=True)
class Rejected:
    """A candidate the advisor considered and did not propose, and why (one of `REASONS`)."""

    index: str
    reason: str
    detail: str  # the measured facts, one sentence

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"rejected {self.index}: reason must be one of {', '.join(REASONS)}")

    @property
    def sentence(self) -> str:
        return f"{self.reason}: {self.detail}"

    def __iter__(self) -> Iterator[str]:
        """(index, sentence): a rejection reads as the pair the console prints."""
        return iter((self.index, self.sentence))

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "reason": self.reason, "detail": self.detail}


@dataclass
class Proposal:
    action: str  # "create" | "drop"
    change: IndexChange
    queries: tuple[str, ...] = ()
    before_ms: float | None = None  # workload ms of `queries` before / after (creates)
    after_ms: float | None = None
    size_bytes: int | None = None
    write_overhead_calls: int = 0
    write_overhead_ms: float | None = None  # creates: workload ms the writes on its table gained, measured
    level: str = "warning"  # "info": an unused index (see caveat)
    caveat: str | None = None
    kind: str = ""  # creates: "index" | "statistics"; drops: "duplicate" | "redundant-prefix" | "low-selectivity" | "unused"
    build_ms: float | None = None  # creates: CREATE INDEX time on the seeded data (one core, no CONCURRENTLY)
    together_with: tuple[str, ...] = ()  # creates of one bundle: before/after are those of the bundle
    before_buffers: int | None = None  # creates: shared buffers of `queries` over the workload (calls ×)
    after_buffers: int | None = None

    @property
    def table(self) -> str:
        return self.change.table

    @property
    def columns(self) -> tuple[str, ...]:
        return self.change.columns

    @property
    def sql(self) -> str:
        if self.action == "create":
            sql = create_index_sql(self.change)
            if self.change.extension:
                sql = f"CREATE EXTENSION IF NOT EXISTS {quote_ident(self.change.extension)};\n{sql}"
            return sql
        return drop_index_sql(self.change)

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "kind": self.kind,
            "table": self.table,
            "columns": list(self.columns),
            "sql": self.sql,
            "queries": list(self.queries),
            "before_ms": _round(self.before_ms),
            "after_ms": _round(self.after_ms),
            "before_buffers": self.before_buffers,
            "after_buffers": self.after_buffers,
            "size_bytes": self.size_bytes,
            "write_overhead_calls": self.write_overhead_calls,
            "write_overhead_ms": _round(self.write_overhead_ms),
            "build_ms": _round(self.build_ms),
            "together_with": list(self.together_with),
            "reason": self.change.reason,
        }


@dataclass(frozen=True)
class QueryChange:
    """One query whose measurement the chosen indexes changed: one run before any proposal, one with
    all of them in place (ms and shared buffers per call, not × calls)."""

    query: str  # fingerprint
    origin: str
    calls: int
    before_ms: float | None
    after_ms: float | None
    before_buffers: int | None
    after_buffers: int | None

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "origin": self.origin, "calls": self.calls,
                "before_ms": _round(self.before_ms), "after_ms": _round(self.after_ms),
                "before_buffers": self.before_buffers, "after_buffers": self.after_buffers}


@dataclass
class Advice:
    before_ms: float
    after_ms: float
    queries: int
    proposals: list[Proposal] = field(default_factory=list)
    seconds: float = 0.0
    trials: int = 0
    addressable_before_ms: float = 0.0  # the index-addressable part (advise.py's docstring)
    addressable_after_ms: float = 0.0
    addressable_queries: int = 0
    not_addressable: list[tuple[str, str, float]] = field(default_factory=list)  # (fingerprint, origin, ms) after
    rejected: list[Rejected] = field(default_factory=list)  # candidates tried and not kept, with the reason
    unmeasured: list[tuple[str, str, str]] = field(default_factory=list)  # (fingerprint, origin, why): no advice
    rewrites: list[Rewrite] = field(default_factory=list)  # searches that need a rewrite, not an index
    uncounted_writes: list[UncountedWrite] = field(default_factory=list)  # bugs left out of the write cost
    queries_changed: list[QueryChange] = field(default_factory=list)  # per query, before -> after

    @property
    def ratio(self) -> float:
        return self.before_ms / max(self.after_ms, 0.001)

    @property
    def addressable_ratio(self) -> float:
        return self.addressable_before_ms / max(self.addressable_after_ms, 0.001)

    @property
    def creates(self) -> list[Proposal]:
        """New indexes (not statistics objects)."""
        return [p for p in self.proposals if p.action == "create" and p.kind != "statistics"]

    @property
    def statistics(self) -> list[Proposal]:
        """New statistics objects (CREATE STATISTICS): no index, no write cost."""
        return [p for p in self.proposals if p.kind == "statistics"]

    @property
    def drops(self) -> list[Proposal]:
        return [p for p in self.proposals if p.action == "drop"]

    def changes(self, include_unused: bool = False) -> MigrationPlan:
        """The migration: every create, every drop but the unused ones (info level) unless asked,
        with the rewrites and the writes left out of the write cost (its files state them)."""
        return MigrationPlan([p.change for p in self.proposals if include_unused or p.level != "info"],
                             rewrites=self.rewrites, uncounted_writes=self.uncounted_writes)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "workload": {"before_ms": _round(self.before_ms), "after_ms": _round(self.after_ms),
                         "queries": self.queries,
                         "index_addressable": {"before_ms": _round(self.addressable_before_ms),
                                               "after_ms": _round(self.addressable_after_ms),
                                               "queries": self.addressable_queries},
                         "not_index_addressable": [{"query": fp, "origin": origin, "ms": _round(ms)}
                                                   for fp, origin, ms in self.not_addressable],
                         "unmeasured": [{"query": fp, "origin": origin, "error": why}
                                        for fp, origin, why in self.unmeasured]},
            "proposals": [p.to_json() for p in self.proposals],
            "rejected": [r.to_json() for r in self.rejected],
            "rewrites": [r.to_json() for r in self.rewrites],
            "writes_not_counted": [w.to_json() for w in self.uncounted_writes],
            "queries_changed": [q.to_json() for q in self.queries_changed],
        }


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None
