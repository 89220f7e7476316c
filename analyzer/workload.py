"""Captured statements grouped into query shapes.

Statements are grouped by their pglast fingerprint: `WHERE id = 1` and
`WHERE id = $1` are one `QueryGroup`. `build_workload` (an iterator of
`CapturedStatement`s) and `WorkloadBuilder.add_raw` (the fast loaders, no
statement objects) fingerprint each distinct SQL text once and parse each
distinct shape once. Statements that cannot be parsed become Problems;
session and schema statements (BEGIN, SET, CREATE TABLE, …) are counted,
not grouped.

Memory is bounded by the number of distinct shapes, not by the size of the
capture: per group a duration histogram (percentiles within ~2.5 %), the
first MAX_SAMPLES parameter sets and MAX_ORIGINS origins; per session only
the N+1 candidates (see `Workload.sessions`).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from pglast import ast
from pglast.parser import ParseError, fingerprint, normalize, parse_sql, scan

from dbperf.captured import CapturedStatement
from dbperf.diagnostics import Origin, Problems

MAX_SAMPLES = 20  # parameter sets kept per group
MAX_ORIGINS = 5  # example origins kept per group
MAX_CACHED_TEXTS = 100_000  # distinct SQL texts remembered (literals inline make many)

# N+1 candidates (mirrors rules/n_plus_one.py, which reads Workload.sessions)
BURST_GAP = 3  # other statements allowed between two executions of one burst
BURST_GAP_SECONDS = 2.0  # time allowed between two executions of one burst
REQUEST_GAP_SECONDS = 1.0  # idle time on a connection that ends a request (logs: no request ids)
MAX_BURST = 500  # executions kept per burst; longer runs are kept as several bursts
MAX_BURSTS_PER_SHAPE = 20  # the largest bursts of each shape are kept
MAX_IDLE_SESSIONS = 10_000  # session states without timestamps kept before the oldest are dropped

HIST_SCALE = 20  # histogram buckets per e-fold of duration: ±2.5 %
_ZERO = -(10**9)  # bucket of zero durations

NEAR = 'at or near "'
VALUE_TOKENS = {"SCONST", "USCONST", "ICONST", "FCONST", "BCONST", "XCONST"}


def redacted_parse_error(exc: ParseError) -> str:
    """pglast's message without the captured value it may quote (`at or near "'a@b.com'"` becomes
    `at or near "'…'"`): a report shows normalized SQL only. Keywords and names are kept."""
    message = str(exc.args[0]) if exc.args else str(exc)
    head, sep, rest = message.partition(NEAR)
    if not sep:
        return message
    token, quote, tail = rest.rpartition('"')
    if not quote:
        return message
    if token.startswith(("'", "$", "E'", "e'", "B'", "b'", "X'", "x'", "U&'", "u&'")):
        stand_in = "'…'"  # a string (possibly unterminated): never shown
    else:
        try:
            first = scan(token)
        except ParseError:
            first = []
        stand_in = "<number>" if first and first[0].name in VALUE_TOKENS else token
    return f"{head}{NEAR}{stand_in}\"{tail}"


PARSE_HINT = (
    "the statement is skipped and the rest of the capture is analysed; "
    "is it PostgreSQL SQL, complete (a truncated log line?) and one statement?"
)

CONFIDENCE = {"trace": "high", "connection": "medium", "file": "low"}

# Statements that can be planned and timed, by kind. Everything else is a
# utility statement: session control (BEGIN, SET, SHOW, DISCARD, DEALLOCATE,
# SAVEPOINT, LISTEN, …) and DDL, which are counted but not grouped.
_WRITE_KINDS = {ast.InsertStmt: "insert", ast.UpdateStmt: "update", ast.DeleteStmt: "delete"}
_OTHER_KINDS = (
    ast.MergeStmt,
    ast.CreateTableAsStmt,
    ast.DeclareCursorStmt,
    ast.CopyStmt,
    ast.CallStmt,
    ast.DoStmt,
)


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
    # N+1 candidates: one entry per burst of one shape repeated in one session
    # (keyed by the session id, then "<session>#2", "#3", …), each
    # [the statement before the burst, *the burst]: what rules/n_plus_one.py
    # needs, bounded by MAX_BURST and MAX_BURSTS_PER_SHAPE, instead of every
    # statement of every session. `session_info` says what each entry is.
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


@dataclass(frozen=True)
class _Shape:
    """What one distinct query shape is: None kind for a utility statement."""

    fingerprint: str
    normalized: str
    kind: str | None


def build_workload(statements: Iterable[CapturedStatement], problems: Problems) -> Workload:
    """Group captured statements by fingerprint, keep N+1 candidates, report unparsable ones."""
    builder = WorkloadBuilder(problems)
    add = builder.add
    for statement in statements:
        add(statement)
    return builder.finish()


class WorkloadBuilder:
    """Streaming construction of a `Workload`: `add` / `add_raw` statements, then `finish`."""

    def __init__(self, problems: Problems) -> None:
        self.workload = Workload(problems=problems)
        self.problems = problems
        self.shapes = _Shapes()
        self.sample_keys: dict[str, set[str]] = {}
        self.sources: dict[str, None] = {}
        self.bursts = _Bursts()
        self.source = ""  # file of the statements given to add_raw
        self.session_kind: str | None = None  # their session kind

    def start_file(self, source: str, session_kind: str | None) -> None:
        self.source = source
        self.session_kind = session_kind
        self.sources.setdefault(source)

    def add(self, statement: CapturedStatement) -> None:
        self.sources.setdefault(statement.origin.path)
        self._add(
            statement.sql, statement.params, statement.session, statement.timestamp,
            statement.duration_ms, statement.origin, statement, statement.session_kind,
        )

    def add_raw(
        self,
        sql: str,
        params: tuple[Any, ...] | None,
        session: str | None,
        timestamp: datetime | None,
        duration_ms: float | None,
        line: int,
    ) -> None:
        """A statement of `self.source` given as values: no objects unless it is kept."""
        workload = self.workload
        workload.statements += 1
        parts = self.shapes.by_text.get(sql)
        if parts is not None and len(parts) == 1 and parts[0][1].kind is not None:
            # the hot path: a known single-statement text
            shape = parts[0][1]
            group = workload.groups[shape.fingerprint]
            group.calls += 1
            if duration_ms is not None:
                group.time(duration_ms)
            if len(group.samples) < MAX_SAMPLES or len(group.origins) < MAX_ORIGINS:
                self._keep(group, shape, sql, params, session, timestamp, duration_ms,
                           Origin(self.source, line), None)
            if session is not None:
                self.bursts.add(session, self.session_kind, shape.fingerprint, params, timestamp,
                                self.source, line, duration_ms)
            return
        workload.statements -= 1
        self._add(sql, params, session, timestamp, duration_ms, Origin(self.source, line), None,
                  self.session_kind)

    def _add(
        self,
        sql: str,
        params: tuple[Any, ...] | None,
        session: str | None,
        timestamp: datetime | None,
        duration_ms: float | None,
        origin: Origin,
        statement: CapturedStatement | None,
        session_kind: str | None,
    ) -> None:
        workload = self.workload
        calls = statement.calls if statement is not None else 1
        workload.statements += calls
        try:
            parts = self.shapes.of(sql)
        except ParseError as exc:
            workload.unparsable += calls
            self.problems.add(
                "capture", f"could not parse statement: {redacted_parse_error(exc)}", origin, hint=PARSE_HINT
            )
            return
        for part_sql, shape in parts:
            if shape.kind is None:
                workload.utility += calls
                continue
            if part_sql is not None:
                statement = replace(statement, sql=part_sql, params=None) if statement else None
                sql, params = part_sql, None
            group = workload.groups.get(shape.fingerprint)
            if group is None:
                example = statement or CapturedStatement(
                    sql, origin, params, session, timestamp, duration_ms, session_kind=session_kind
                )
                group = QueryGroup(shape.fingerprint, shape.normalized, example, shape.kind)
                workload.groups[shape.fingerprint] = group
            group.calls += calls
            if duration_ms is not None:
                group.time(duration_ms, calls)
            if statement is not None:
                if statement.rows is not None:
                    group.rows += statement.rows
                    group.counted_rows += calls
                if statement.plan is not None and len(group.plans) < MAX_SAMPLES:
                    group.plans.append(statement.plan)
            self._keep(group, shape, sql, params, session, timestamp, duration_ms, origin, statement)
            if session is not None:
                self.bursts.add(session, session_kind, shape.fingerprint, params, timestamp,
                                origin.path, origin.line, duration_ms)

    def _keep(
        self, group: QueryGroup, shape: _Shape, sql: str, params: Any, session: str | None,
        timestamp: datetime | None, duration_ms: float | None, origin: Origin,
        statement: CapturedStatement | None,
    ) -> None:  # fmt: skip
        """Sample the statement's parameters and origin while the group has room for them."""
        if len(group.samples) < MAX_SAMPLES:
            # literals inline or values bound: either way they are the parameters
            key = repr((sql, params))
            keys = self.sample_keys.setdefault(shape.fingerprint, set())
            if key not in keys:
                keys.add(key)
                group.samples.append(
                    statement
                    or CapturedStatement(sql, origin, params, session, timestamp, duration_ms,
                                         session_kind=self.session_kind)
                )
        if len(group.origins) < MAX_ORIGINS and origin not in group.origins:
            group.origins.append(origin)

    def merge_group(self, theirs: QueryGroup) -> None:
        """Add a group built elsewhere (a worker process reading another part of a file)."""
        mine = self.workload.groups.get(theirs.fingerprint)
        keys = self.sample_keys.setdefault(theirs.fingerprint, set())
        if mine is None:
            self.workload.groups[theirs.fingerprint] = theirs
            keys.update(repr((s.sql, s.params)) for s in theirs.samples)
            return
        mine.calls += theirs.calls
        mine.total_ms += theirs.total_ms
        mine.timed_calls += theirs.timed_calls
        mine.rows += theirs.rows
        mine.counted_rows += theirs.counted_rows
        if theirs.max_ms is not None and (mine.max_ms is None or theirs.max_ms > mine.max_ms):
            mine.max_ms = theirs.max_ms
        if theirs.min_ms is not None and (mine.min_ms is None or theirs.min_ms < mine.min_ms):
            mine.min_ms = theirs.min_ms
        for bucket, count in theirs.histogram.items():
            mine.histogram[bucket] = mine.histogram.get(bucket, 0) + count
        for sample in theirs.samples:
            key = repr((sample.sql, sample.params))
            if len(mine.samples) < MAX_SAMPLES and key not in keys:
                keys.add(key)
                mine.samples.append(sample)
        for origin in theirs.origins:
            if len(mine.origins) < MAX_ORIGINS and origin not in mine.origins:
                mine.origins.append(origin)
        mine.plans.extend(theirs.plans[: max(0, MAX_SAMPLES - len(mine.plans))])

    def finish(self) -> Workload:
        workload = self.workload
        workload.sources = list(self.sources)
        self.bursts.finish(workload)
        return workload


class _Bursts:
    """Streaming N+1 candidate detection: the logic of rules/n_plus_one.find_bursts, per session.

    A burst is a run of one shape in one session, each execution within
    BURST_GAP statements and BURST_GAP_SECONDS of the previous one, the
    statement before the run (its parent) not running again in between. Only
    runs of 2+ executions with 2+ distinct parameter sets are kept: with the
    statement before them, that is all the rule reads.
    """

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
        if distinct < 2:
            return
        fingerprint = records[0][1]
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


class _Shapes:
    """Fingerprints cached by exact SQL text; each new shape parsed once."""

    def __init__(self) -> None:
        self.by_text: dict[str, list[tuple[str | None, _Shape]]] = {}
        self.by_fingerprint: dict[str, _Shape] = {}

    def of(self, sql: str) -> list[tuple[str | None, _Shape]]:
        """The shapes of `sql`: [(None, shape)], or [(sub_sql, shape), …] for several statements.

        Raises pglast's ParseError when the text is not valid SQL.
        """
        parts = self.by_text.get(sql)
        if parts is None:
            parts = self._analyse(sql)
            if len(self.by_text) >= MAX_CACHED_TEXTS:
                self.by_text.clear()  # bounded memory; fingerprinting again is cheap
            self.by_text[sql] = parts
        return parts

    def _analyse(self, sql: str) -> list[tuple[str | None, _Shape]]:
        print_ = fingerprint(sql)
        shape = self.by_fingerprint.get(print_)
        if shape is not None:
            return [(None, shape)]
        statements = parse_sql(sql)
        if len(statements) == 1:
            shape = _Shape(print_, normalize(sql), statement_kind(statements[0].stmt))
            self.by_fingerprint[print_] = shape
            return [(None, shape)]
        parts = []  # several statements in one query string (simple protocol)
        for raw in statements:
            end = raw.stmt_location + raw.stmt_len if raw.stmt_len else len(sql)
            part = sql[raw.stmt_location : end].strip()
            parts.append((part, self._analyse(part)[0][1]))
        return parts


def statement_kind(stmt: ast.Node) -> str | None:
    """select / insert / update / delete / other, or None for a utility statement.

    `WITH … SELECT` is a select, unless one of its CTEs writes: then it is that write.
    """
    for node_type, kind in _WRITE_KINDS.items():
        if isinstance(stmt, node_type):
            return kind
    if isinstance(stmt, ast.SelectStmt):
        for cte in stmt.withClause.ctes if stmt.withClause else ():
            for node_type, kind in _WRITE_KINDS.items():
                if isinstance(cte.ctequery, node_type):
                    return kind
            if isinstance(cte.ctequery, ast.MergeStmt):
                return "other"
        return "select"
    if isinstance(stmt, _OTHER_KINDS):
        return "other"
    return None
