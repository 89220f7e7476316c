"""Captured statements grouped into query shapes.

Statements are grouped by their pglast fingerprint: `WHERE id = 1` and
`WHERE id = $1` are one `QueryGroup`. Sessions keep the order of statements
of one client, which is what the N+1 rule reads.

`build_workload` fingerprints each distinct SQL text once and parses each
distinct shape once. Statements that cannot be parsed become Problems; session
and schema statements (BEGIN, SET, CREATE TABLE, …) are counted, not grouped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Iterable

from pglast import ast
from pglast.parser import ParseError, fingerprint, normalize, parse_sql

from dbperf.capture.model import CapturedStatement
from dbperf.diagnostics import Origin, Problems

MAX_SAMPLES = 20  # parameter sets kept per group
MAX_ORIGINS = 5  # example origins kept per group
MAX_CACHED_TEXTS = 100_000  # distinct SQL texts remembered (literals inline make many)

PARSE_HINT = (
    "the statement is skipped and the rest of the capture is analysed; "
    "is it PostgreSQL SQL, complete (a truncated log line?) and one statement?"
)

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
    utility: int = 0  # session-control and DDL statements read and not grouped
    unparsable: int = 0  # statements skipped because pglast could not parse them

    def group(self, fingerprint: str) -> QueryGroup:
        return self.groups[fingerprint]


@dataclass(frozen=True)
class _Shape:
    """What one distinct query shape is: None kind for a utility statement."""

    fingerprint: str
    normalized: str
    kind: str | None


def build_workload(statements: Iterable[CapturedStatement], problems: Problems) -> Workload:
    """Group captured statements by fingerprint, keep sessions in order, report unparsable ones."""
    workload = Workload(problems=problems)
    shapes = _Shapes()
    sample_keys: dict[str, set[str]] = {}
    sources: dict[str, None] = {}
    for statement in statements:
        workload.statements += 1
        sources.setdefault(statement.origin.path)
        try:
            parts = shapes.of(statement.sql)
        except ParseError as exc:
            workload.unparsable += 1
            problems.add(
                "capture",
                f"could not parse statement: {exc.args[0]}",
                statement.origin,
                hint=PARSE_HINT,
            )
            continue
        for part_sql, shape in parts:
            if shape.kind is None:
                workload.utility += 1
                continue
            part = statement if part_sql is None else replace(statement, sql=part_sql, params=None)
            _add(workload, shape, part, sample_keys.setdefault(shape.fingerprint, set()))
    workload.sources = list(sources)
    return workload


def _add(
    workload: Workload, shape: _Shape, statement: CapturedStatement, sample_keys: set[str]
) -> None:
    group = workload.groups.get(shape.fingerprint)
    if group is None:
        group = QueryGroup(shape.fingerprint, shape.normalized, statement, shape.kind or "other")
        workload.groups[shape.fingerprint] = group
    group.calls += 1
    if statement.duration_ms is not None:
        group.total_ms += statement.duration_ms
        group.timed_calls += 1
    if len(group.samples) < MAX_SAMPLES:
        # literals inline or values bound: either way they are the parameters
        key = repr((statement.sql, statement.params))
        if key not in sample_keys:
            sample_keys.add(key)
            group.samples.append(statement)
    if len(group.origins) < MAX_ORIGINS and statement.origin not in group.origins:
        group.origins.append(statement.origin)
    if statement.session is not None:
        workload.sessions.setdefault(statement.session, []).append(
            Execution(
                shape.fingerprint,
                statement.params,
                statement.timestamp,
                statement.origin,
                statement.duration_ms,
            )
        )


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
