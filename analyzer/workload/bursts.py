"""Bursts (N+1 candidates, redundant queries), found while the capture streams by: the one burst
detector of dbperf.

A burst is a run of one query shape in one session, each execution within BURST_GAP other
statements and a time gap of the previous one, the statement before the run (its parent) not
running again in between. Runs of 2+ executions are kept with their parent (`Workload.sessions`
/ `session_info`) when they have 2+ distinct parameter sets (an N+1 candidate, counted per shape
in `Workload.bursts`) or one captured parameter set repeated (a redundant query; a run without
captured parameters, literals inline, is not kept). `dbperf workload` counts the N+1 candidates
per shape; the n-plus-one rule reads them back (`Workload.candidates`) and reports those of
`[thresholds] n_plus_one_min_calls` executions or more; the redundant-query rule reads the runs
that repeat a parameter set (`Workload.repeated`).

The time gap depends on what a session is: a trace (a request id) allows BURST_GAP_SECONDS; a
connection or a file allows REQUEST_GAP_SECONDS, since an idle second on a pooled connection
usually means the next request, not the next turn of the same loop.
"""

from __future__ import annotations

import heapq
from datetime import datetime, timezone
from typing import Any

from dbperf.diagnostics import Origin
from dbperf.workload.model import Execution, SessionInfo, Workload

BURST_GAP = 3  # other statements allowed between two executions of one burst (the loop body)
BURST_GAP_SECONDS = 2.0  # time allowed between two executions of one burst in one trace
REQUEST_GAP_SECONDS = 1.0  # idle time on a connection that ends a request (logs: no request ids)
MAX_BURST = 500  # executions kept per burst; longer runs are kept as several bursts
MAX_BURSTS_PER_SHAPE = 20  # the largest bursts of each shape are kept
MAX_IDLE_SESSIONS = 10_000  # session states without timestamps kept before the oldest are dropped

CONFIDENCE = {"trace": "high", "connection": "medium", "file": "low"}


class BurstDetector:
    """Streaming N+1 candidate detection, per session: `add` each statement, then `finish`."""

    def __init__(self) -> None:
        self.states: dict[str, _SessionState] = {}
        self.kept: dict[str, list[tuple[int, int, _Burst]]] = {}  # fingerprint -> heap
        self.found: dict[str, int] = {}
        self.sequence = 0
        self.latest: datetime | None = None
        self.since_sweep = 0
        self.extra: list[_Burst] = []

    def add(self, session: str, kind: str | None, fingerprint: str, params: Any,
            timestamp: datetime | None, source: str, line: int, duration_ms: float | None) -> None:  # fmt: skip
        timestamp = _comparable(timestamp)
        state = self.states.get(session)
        if state is None:
            state = self.states[session] = _SessionState(session, kind)
            if len(self.states) > MAX_IDLE_SESSIONS:
                self._sweep()
        state.pos += 1
        pos = state.pos
        record = (pos, fingerprint, params, timestamp, source, line, duration_ms)
        burst = state.open.get(fingerprint)
        if burst is not None:
            if self._continues(state, burst, pos, timestamp):
                burst.records.append(record)
                burst.last_pos = pos
                if len(burst.records) >= MAX_BURST:
                    self._close(state, burst)
                    del state.open[fingerprint]
                    # the run goes on as a new burst with the same parent
                    state.open[fingerprint] = _Burst(burst.parent, [], pos)
                self._remember(state, record)
                return
            self._close(state, burst)
        state.open[fingerprint] = _Burst(state.recent[-1] if state.recent else None, [record], pos)
        self._remember(state, record)
        if len(state.open) > BURST_GAP + 2:
            for fp, other in list(state.open.items()):
                if pos - other.last_pos - 1 > BURST_GAP:  # can never continue
                    self._close(state, other)
                    del state.open[fp]
        if timestamp is not None:
            self.latest = timestamp
            self.since_sweep += 1
            if self.since_sweep >= 50_000:
                self._sweep()

    @staticmethod
    def _remember(state: _SessionState, record: tuple) -> None:
        recent = state.recent
        recent.append(record)
        if len(recent) > BURST_GAP + 1:
            del recent[0]
        state.last_time = record[3]

    @staticmethod
    def _continues(state: _SessionState, burst: _Burst, pos: int, timestamp: datetime | None) -> bool:
        if pos - burst.last_pos - 1 > BURST_GAP:
            return False
        parent = burst.parent
        if parent is not None:
            for record in state.recent:
                if record[0] > burst.last_pos and record[1] == parent[1]:
                    return False  # the query that produced the keys ran again: a new loop
        previous = burst.records[-1][3] if burst.records else None
        if previous is not None and timestamp is not None:
            limit = BURST_GAP_SECONDS if state.kind == "trace" else REQUEST_GAP_SECONDS
            return (timestamp - previous).total_seconds() <= limit
        return True

    def _close(self, state: _SessionState, burst: _Burst) -> None:
        records = burst.records
        if len(records) < 2:
            return
        try:
            distinct = len({r[2] for r in records})
        except TypeError:  # JSON parameters (lists, objects)
            distinct = len({repr(r[2]) for r in records})
        if distinct < 2 and records[0][2] is None:
            return  # no captured parameters: literals inline may differ, identity unknown
        fingerprint = records[0][1]
        if distinct >= 2:  # an N+1 candidate; one parameter set repeated is a redundant query
            self.found[fingerprint] = self.found.get(fingerprint, 0) + 1
        self.sequence += 1
        burst.session = state.session
        burst.kind = state.kind
        burst.sequence = self.sequence
        heap = self.kept.setdefault(fingerprint, [])
        item = (len(records), -self.sequence, burst)
        if len(heap) < MAX_BURSTS_PER_SHAPE:
            heapq.heappush(heap, item)
        elif item[:2] > heap[0][:2]:
            heapq.heapreplace(heap, item)

    def _sweep(self) -> None:
        """Close the bursts of sessions idle for longer than a burst may pause."""
        self.since_sweep = 0
        latest = self.latest
        drop = []
        for session, state in self.states.items():
            last = state.last_time
            if last is None or latest is None:
                continue
            if (latest - last).total_seconds() > BURST_GAP_SECONDS:
                drop.append(session)
        if len(self.states) - len(drop) > MAX_IDLE_SESSIONS:  # no timestamps: oldest first
            drop.extend(list(self.states)[: len(self.states) // 2])
        for session in dict.fromkeys(drop):
            state = self.states.pop(session, None)
            if state is not None:
                for burst in state.open.values():
                    self._close(state, burst)

    def finish_states(self) -> None:
        """Close every open burst."""
        for state in self.states.values():
            for burst in state.open.values():
                self._close(state, burst)
        self.states.clear()

    def absorb(self, bursts: list[_Burst], found: dict[str, int]) -> None:
        """Take the kept bursts of another reader (a worker process)."""
        self.extra.extend(bursts)
        for shape, count in found.items():
            self.found[shape] = self.found.get(shape, 0) + count

    def finish(self, workload: Workload) -> None:
        self.finish_states()
        kept = [b for heap in self.kept.values() for _, _, b in heap] + self.extra
        merge_bursts(workload, kept, self.found)


def merge_bursts(workload: Workload, bursts: list[_Burst], found: dict[str, int]) -> None:
    """Add kept bursts (capture order) to workload.sessions / session_info / bursts."""
    for shape, count in found.items():
        workload.bursts[shape] = workload.bursts.get(shape, 0) + count
    for burst in bursts:
        if burst.sequence == 0:
            burst.sequence = 1
    by_shape: dict[str, list[_Burst]] = {}
    for burst in sorted(bursts, key=lambda b: (b.records[0][4], b.records[0][5], b.sequence)):
        by_shape.setdefault(burst.records[0][1], []).append(burst)
    ordered = []
    for shape_bursts in by_shape.values():  # each shape's largest MAX_BURSTS_PER_SHAPE
        ordered.extend(sorted(shape_bursts, key=lambda b: -len(b.records))[:MAX_BURSTS_PER_SHAPE])
    ordered.sort(key=lambda b: (b.records[0][4], b.records[0][5], b.sequence))
    for burst in ordered:
        key = burst.session
        n = 1
        while key in workload.sessions:
            n += 1
            key = f"{burst.session}#{n}"
        executions = [_execution(burst.parent)] if burst.parent is not None else []
        executions.extend(_execution(r) for r in burst.records)
        workload.sessions[key] = executions
        kind = burst.kind
        confidence = CONFIDENCE.get(kind or "", "low")
        if kind == "connection" and burst.records[0][3] is None:
            confidence = "low"  # no timestamps: requests on one connection cannot be told apart
        workload.session_info[key] = SessionInfo(burst.session, kind, confidence, len(burst.records))


def _execution(record: tuple) -> Execution:
    _, fingerprint, params, timestamp, source, line, duration_ms = record
    return Execution(fingerprint, params, timestamp, Origin(source, line), duration_ms)


class _Burst:
    __slots__ = ("kind", "last_pos", "parent", "records", "sequence", "session")

    def __init__(self, parent: tuple | None, records: list[tuple], last_pos: int) -> None:
        self.parent = parent
        self.records = records
        self.last_pos = last_pos
        self.session = ""
        self.kind: str | None = None
        self.sequence = 0

    def shift(self, lines: int) -> None:
        """Move line numbers by `lines` (a worker read a later part of the file)."""
        move = lambda r: r[:5] + (r[5] + lines,) + r[6:]
        self.records = [move(r) for r in self.records]
        if self.parent is not None:
            self.parent = move(self.parent)


class _SessionState:
    __slots__ = ("kind", "last_time", "open", "pos", "recent", "session")

    def __init__(self, session: str, kind: str | None) -> None:
        self.session = session
        self.kind = kind
        self.pos = 0
        self.open: dict[str, _Burst] = {}
        self.recent: list[tuple] = []
        self.last_time: datetime | None = None


def _comparable(timestamp: datetime | None) -> datetime | None:
    """Timestamps as aware datetimes, so any two can be subtracted.

    A log line cut mid-way or with a flipped byte may lose its zone while its
    neighbours keep theirs; files of one capture may differ too. A naive time
    is taken as UTC (the server's log_timezone default).
    """
    if timestamp is not None and timestamp.tzinfo is None:
        return timestamp.replace(tzinfo=timezone.utc)
    return timestamp
