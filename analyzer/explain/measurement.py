"""What dbperf measured for one query group."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dbperf.explain.plan import Plan
from dbperf.findings import IndexChange


@dataclass
class Measurement:
    """EXPLAIN ANALYZE of one query group on the seeded database.

    `ms` is the median execution time over `runs`; `buffers` the shared
    buffers (hit + read) of the median run; `params_source` tells where the
    parameters came from: "captured" (the capture's bound values),
    "captured, keys sampled" (captured, with key values the seeded data lacks
    replaced by seeded ones), "literal" (the statement had its values inline), "sampled" (drawn from seeded data),
    "none" (no parameters needed) or "generic" (EXPLAIN (GENERIC_PLAN): no
    timing, plan shape only).
    """

    fingerprint: str
    sql: str  # the statement as run (placeholders, not values)
    params: tuple[Any, ...] | None = None
    params_source: str = "none"
    plan: Plan | None = None
    ms: float | None = None  # median execution time
    planning_ms: float | None = None
    runs: list[float] = field(default_factory=list)  # every timed run, ms
    buffers: int | None = None  # shared hit + read, median run
    rows: float | None = None  # rows returned by the top node
    error: str | None = None  # why it could not be measured

    @property
    def ok(self) -> bool:
        return self.plan is not None and self.error is None

    @property
    def timed_out(self) -> bool:
        """The statement (or a trial's CREATE INDEX) ran out of its time budget: never a result to keep."""
        return bool(self.error and "timed out after" in self.error)


@dataclass(frozen=True)
class Built:
    """One index (or statistics object) that now exists: build time, size, and the names plans use."""

    change: IndexChange
    ms: float
    size_bytes: int
    names: frozenset[str]  # the index, and on a partitioned table its partitions' indexes


@dataclass(frozen=True)
class BuildFailure:
    """A build that did not finish; everything it created is gone again."""

    reason: str  # "timeout" | "build failed" | "refused"
    detail: str  # one sentence, with the time reached
