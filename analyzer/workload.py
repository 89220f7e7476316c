"""Captured statements grouped into query shapes.

Statements are grouped by their pglast fingerprint: `WHERE id = 1` and
`WHERE id = $1` are one `QueryGroup`. Sessions keep the order of statements
of one client, which is what the N+1 rule reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dbperf.capture.model import CapturedStatement
from dbperf.diagnostics import Origin, Problems

MAX_SAMPLES = 20  # parameter sets kept per group
MAX_ORIGINS = 5  # example origins kept per group


@dataclass
class QueryGroup:
    """All captured executions of one query shape."""

    fingerprint: str  # pglast fingerprint, hex
    sql: str  # normalized SQL: literals replaced by $n (safe to show: no values)
    example: CapturedStatement  # first statement seen, runnable as captured
    kind: str  # "select" | "insert" | "update" | "delete" | "other"
    calls: int = 0
    total_ms: float = 0.0  # sum of captured durations (0 when the capture has none)
    timed_calls: int = 0  # calls that carried a duration
    samples: list[CapturedStatement] = field(default_factory=list)  # distinct param sets, first MAX_SAMPLES
    origins: list[Origin] = field(default_factory=list)  # first MAX_ORIGINS

    @property
    def mean_ms(self) -> float | None:
        return self.total_ms / self.timed_calls if self.timed_calls else None


@dataclass(frozen=True)
class Execution:
    """One statement in a session sequence (for N+1 and request analysis)."""

    fingerprint: str
    params: tuple[Any, ...] | None
    timestamp: datetime | None
    origin: Origin
    duration_ms: float | None = None


@dataclass
class Workload:
    groups: dict[str, QueryGroup] = field(default_factory=dict)  # by fingerprint, in first-seen order
    sessions: dict[str, list[Execution]] = field(default_factory=dict)  # by session id, in capture order
    sources: list[str] = field(default_factory=list)  # files read
    statements: int = 0  # statements read
    problems: Problems = field(default_factory=Problems)

    def group(self, fingerprint: str) -> QueryGroup:
        return self.groups[fingerprint]
