"""The workload: captured statements grouped into query shapes, and the N+1 candidates.

What flows from the capture to the rules: `Workload` (its `QueryGroup`s by fingerprint, its
`sessions` of N+1 candidate bursts) is built by `dbperf.workload.builder` and read by everything
after it. Rules read it through `Context.workload`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from dbperf.captured import CapturedStatement
from dbperf.diagnostics import Origin, Problems

HIST_SCALE = 20  # histogram buckets per e-fold of duration: ±2.5 %
_ZERO = -(10**9)  # bucket of zero durations


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
    rows: int = 0  # sum of captured row counts
    counted_rows: int = 0  # calls that carried a row count
    max_ms: float | None = None
    min_ms: float | None = None
    histogram: dict[int, int] = field(default_factory=dict, repr=False)  # log-bucket -> timed calls
    plans: list[Any] = field(default_factory=list, repr=False)  # captured plans (auto_explain), first few

    @property
    def mean_ms(self) -> float | None:
        return self.total_ms / self.timed_calls if self.timed_calls else None

    @property
    def p95_ms(self) -> float | None:
        return self.percentile(0.95)

    def percentile(self, q: float) -> float | None:
        """The q-quantile of captured durations, from the histogram (within ~2.5 %)."""
        total = sum(self.histogram.values())
        if not total:
            return None
        rank = q * total
        seen = 0
        for bucket in sorted(self.histogram):
            seen += self.histogram[bucket]
            if seen >= rank:
                if bucket == _ZERO:
                    return 0.0
                value = math.exp((bucket + 0.5) / HIST_SCALE)
                if self.max_ms is not None:
                    value = min(value, self.max_ms)
                if self.min_ms is not None:
                    value = max(value, self.min_ms)
                return value
        return self.max_ms

    def time(self, duration_ms: float, calls: int = 1) -> None:
        """Count `calls` executions that took `duration_ms` in all."""
        self.total_ms += duration_ms
        self.timed_calls += calls
        each = duration_ms / calls if calls > 1 else duration_ms
        bucket = math.floor(math.log(each) * HIST_SCALE) if each > 0 else _ZERO
        self.histogram[bucket] = self.histogram.get(bucket, 0) + calls
        if self.max_ms is None or each > self.max_ms:
            self.max_ms = each
        if self.min_ms is None or each < self.min_ms:
            self.min_ms = each


@dataclass(frozen=True)
class Execution:
    """One statement in a session sequence (for N+1 and request analysis)."""

    fingerprint: str
    params: tuple[Any, ...] | None
    timestamp: datetime | None
    origin: Origin
    duration_ms: float | None = None


@dataclass(frozen=True)
class SessionInfo:
    """What one `Workload.sessions` entry is, and how far an N+1 finding can trust it."""

    session: str  # the capture's session id (pid, trace id, file)
    kind: str | None  # "trace" | "connection" | "file" | None (see CapturedStatement.session_kind)
    confidence: str  # "high" (a request: a trace) | "medium" (a connection, timed) | "low"
    calls: int  # executions in the burst (may exceed the executions kept)


@dataclass
class Workload:
    groups: dict[str, QueryGroup] = field(default_factory=dict)  # by fingerprint, in first-seen order
    # Bursts (found by dbperf.workload.bursts): one entry per burst of one shape repeated
    # in one session (keyed by the session id, then "<session>#2", "#3", …), each [the statement
    # before the burst, *the burst], bounded by MAX_BURST and MAX_BURSTS_PER_SHAPE, instead of
    # every statement of every session. `session_info` says what each entry is; `candidates()`
    # reads them back as `Burst`s.
    sessions: dict[str, list[Execution]] = field(default_factory=dict)
    session_info: dict[str, SessionInfo] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)  # files read
    statements: int = 0  # statements read (executions, for aggregated captures)
    problems: Problems = field(default_factory=Problems)
    utility: int = 0  # session-control and DDL statements read and not grouped
    unparsable: int = 0  # statements skipped because pglast could not parse them
    bursts: dict[str, int] = field(default_factory=dict)  # N+1 candidate bursts per shape, all found
    formats: dict[str, str] = field(default_factory=dict)  # source -> format it was read as

    def group(self, fingerprint: str) -> QueryGroup:
        return self.groups[fingerprint]

    def candidates(self, min_calls: int = 2) -> list[Burst]:
        """The N+1 candidate bursts of at least `min_calls` executions, in capture order."""
        return [b for b in self._bursts() if len(b.executions) >= min_calls and b.distinct_params >= 2]

    def repeated(self) -> list[Burst]:
        """The bursts in which one statement ran again with the same captured parameters (the
        redundant-query rule), in capture order. Executions without captured parameters (literals
        inline) are never taken as identical."""
        return [b for b in self._bursts() if b.repeats]

    def _bursts(self) -> list[Burst]:
        found = []
        for key, entries in self.sessions.items():
            info = self.session_info.get(key)
            if info is not None:
                calls = min(info.calls, len(entries))
            else:  # built by hand: [parent, *burst], the parent a statement of another shape
                calls = len(entries) - 1 if len(entries) > 1 and entries[0].fingerprint != entries[-1].fingerprint \
                    else len(entries)
            executions = entries[len(entries) - calls:]
            parent = entries[0] if len(entries) > calls else None
            found.append(Burst(key, info.session if info else key,
                               executions[0].fingerprint if executions else "",
                               parent, executions, info.confidence if info else "low"))
        return found


@dataclass(frozen=True)
class Burst:
    """One query shape run again and again in one session, each execution close to the previous
    one (see dbperf.workload.bursts): an N+1 candidate when its parameters vary, a redundant
    query when some of them repeat."""

    key: str  # its entry in Workload.sessions / session_info
    session: str  # the capture's session id
    fingerprint: str
    parent: Execution | None  # the statement right before the burst (the query that produced the keys)
    executions: list[Execution]
    confidence: str  # SessionInfo.confidence

    @property
    def distinct_params(self) -> int:
        return len({repr(e.params) for e in self.executions})  # repr: JSON parameters are unhashable

    @property
    def repeats(self) -> int:
        """Executions that ran again with the captured parameters of an earlier one of the burst."""
        known = [repr(e.params) for e in self.executions if e.params is not None]
        return len(known) - len(set(known))

    def same_params(self) -> dict[str, list[Execution]]:
        """The executions of each parameter set that ran more than once (by repr of the params)."""
        runs: dict[str, list[Execution]] = {}
        for e in self.executions:
            if e.params is not None:
                runs.setdefault(repr(e.params), []).append(e)
        return {k: v for k, v in runs.items() if len(v) > 1}
