"""Captured statements grouped into query shapes: the `Workload` of a capture.

Statements are grouped by their pglast fingerprint: `WHERE id = 1` and
`WHERE id = $1` are one `QueryGroup`. `build_workload` (an iterator of
`CapturedStatement`s) and `WorkloadBuilder.add_raw` (the fast loaders, no
statement objects) fingerprint each distinct SQL text once and parse each
distinct shape once (`fingerprints`). Statements that cannot be parsed become Problems;
session and schema statements (BEGIN, SET, CREATE TABLE, …) are counted,
not grouped. N+1 candidates are found as the statements go by (`bursts`).

Memory is bounded by the number of distinct shapes, not by the size of the
capture: per group a duration histogram (percentiles within ~2.5 %), the
first MAX_SAMPLES parameter sets and MAX_ORIGINS origins; per session only
the N+1 candidates (see `Workload.sessions`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from pglast.parser import ParseError

from dbperf.capture.model import CapturedStatement
from dbperf.diagnostics import Origin, Problems
from dbperf.workload.bursts import BurstDetector
from dbperf.workload.fingerprints import PARSE_HINT, Shape, Shapes, redacted_parse_error
from dbperf.workload.model import QueryGroup, Workload

MAX_SAMPLES = 20  # parameter sets kept per group
MAX_ORIGINS = 5  # example origins kept per group


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
        self.shapes = Shapes()
        self.sample_keys: dict[str, set[str]] = {}
        self.sources: dict[str, None] = {}
        self.bursts = BurstDetector()
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
        self, group: QueryGroup, shape: Shape, sql: str, params: Any, session: str | None,
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
