"""The `Lab` of dbperf: EXPLAIN ANALYZE of query groups, ad-hoc statements and trials in the
scratch database, remembered across runs on an unchanged seeded database.

The runner ties the parts together: `params` chooses the values (captured ones, grounded in the
seeded data, sampled from it, or none with `EXPLAIN (GENERIC_PLAN)`), `measure` runs the
measurement on one `Connection` (the runs `repeat` decides: warm-ups shared per table, one run
with per-node timing, `TIMING OFF` repeats until they settle, the median kept; everything rolled
back), `trial` applies candidate DDL and re-measures, and `memo` remembers the results.
Problems each call met are added to `problems`, in the order of the calls.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import psycopg

from dbperf.config import Config
from dbperf.diagnostics import Problem, Problems
from dbperf.explain.builds import BuildFailure, Builds, Built
from dbperf.explain.inspect import inspect_statement, prepare_ddl
from dbperf.explain.lanes import Gate, Lane, Outcome, WriteDeferred, side_by_side, writes
from dbperf.explain.measure import (
    Connection,
    GroupResult,
    Settings,
    measure_group,
    measure_statement,
)
from dbperf.explain.measurement import Measurement
from dbperf.explain.memo import (
    MeasurementMemo,
    Remembered,
    group_identity,
    index_state,
    plain_row,
    raw_identity,
)
from dbperf.explain.params import Choice, raw_params
from dbperf.explain.pool import (
    close_extra,
    longest_first,
    measure_side_by_side,
    parallel_workers_for,
    pool_connections,
    write_reach,
)
from dbperf.explain.repeat import BUDGET_MS, FLOOR_MS, MIN_REPEATS, TOLERANCE
from dbperf.explain.trial import run_trial
from dbperf.findings import IndexChange
from dbperf.postgres.database import Database
from dbperf.schema.model import Schema, table_key
from dbperf.workload import QueryGroup

__all__ = ["Runner", "prepare_ddl"]  # prepare_ddl: advisor/advise.py imports it from here

T = TypeVar("T")


class Runner:
    """EXPLAIN ANALYZE of query groups on `db`; implements `dbperf.context.Lab`."""

    def __init__(
        self,
        db: Database,
        config: Config,
        shapes: Mapping[str, Any] | None = None,
        problems: Problems | None = None,
        memo: MeasurementMemo | None = None,
        schema: Schema | None = None,
        index_state: str | None = None,
    ) -> None:
        self.db = db
        self.schema = schema  # foreign keys, to ground the parent keys a captured write refers to
        self.memo = memo  # results of an earlier run on the same seeded database (None: always measure)
        self.config = config
        self.shapes = shapes or {}
        self.problems = problems
        self.settings = Settings(config, self.shapes, schema)
        self._choices: dict[tuple[str, str], Choice] = {}  # (fingerprint, sql) -> params used
        self._main = Connection(db, self.settings, self._choices)
        self._lane = Lane()  # the connection and problem list of a task run `side_by_side`
        self._deferring = False  # the first round of `side_by_side`: writes wait for the second
        self.gate = Gate()  # which Lab calls of side-by-side tasks may overlap (explain/lanes.py)
        self._flights: dict[str, threading.Lock] = {}  # memo key -> held while one lane computes it
        self._flights_lock = threading.Lock()
        self.builds = Builds(db, config.index_build_timeout_ms, prepare_ddl)  # kept until undone
        self._state = index_state  # memo.index_state(db) when known, until a build or unbuild changes it
        self.how = self._how(jobs=1)  # how this Lab measures, for the report (`database.measuring`)

    @property
    def conn(self) -> Connection:
        """The connection this thread measures on: its lane's inside `side_by_side`, else the Runner's."""
        return self._lane.conn or self._main

    def side_by_side(self, tasks: Sequence[Callable[[], T]], jobs: int) -> list[Outcome[T]]:
        """Run `tasks` (e.g. the rules' checks, which call this Lab) on `jobs` connections at once;
        what each gave or raised, and the problems its Lab calls met, in the tasks' order.

        Two rounds, so that the measurements do not depend on `jobs` or on timing: first every task
        side by side with its writes deferred (a measured write leaves its table changed: split
        index pages, other free space); a task that asks for one stops, and runs again in the
        second round, one task at a time in the tasks' order, its earlier calls answered from the
        first round's results (`memo`). `explain/lanes.py` has the rest.
        """
        jobs = max(1, min(jobs, len(tasks)))
        memo = self.memo
        if self.memo is None:
            self.memo = MeasurementMemo()  # this run only: the second round's replies
        connections = (pool_connections(self._main, self.settings, jobs, self._choices) if jobs > 1
                       else [self._main])
        try:
            self._deferring = True
            try:
                outcomes = side_by_side(self._lane, connections, tasks)
            finally:
                self._deferring = False
                if jobs > 1:
                    close_extra(connections)
            for n, outcome in enumerate(outcomes):
                if isinstance(outcome.error, WriteDeferred):
                    outcomes[n] = side_by_side(self._lane, [self._main], [tasks[n]])[0]
            return outcomes
        finally:
            self.memo = memo

    def _writing(self, *statements: str) -> bool:
        """Whether a call measures a write; in the first round of `side_by_side` such a call stops
        its task (`WriteDeferred`)."""
        write = any(writes(sql) for sql in statements)
        if write and self._deferring:
            raise WriteDeferred(statements[0])
        return write

    def _how(self, jobs: int) -> dict[str, Any]:
        repeats = max(1, self.config.repeats)
        how: dict[str, Any] = {
            "jobs": jobs,
            "runs": (f"a TIMING OFF warm-up unless the tables were read already, one run with "
                     f"per-node timing (the plan kept), then {min(MIN_REPEATS, repeats)} to {repeats} "
                     f"TIMING OFF repeats until two agree on rows and buffers and their times are within "
                     f"{TOLERANCE:.0%} (or {FLOOR_MS * 1000:g} µs); a statement whose first run took "
                     f"{BUDGET_MS:g} ms: that run and the timed one; any other write: the warm-up, the "
                     f"timed run, one repeat; ms is the repeats' median"),
        }
        if jobs > 1:
            how["max_parallel_workers"] = parallel_workers_for(jobs)  # the pool's cap (explain/pool.py)
        return how

    def measure(self, group: QueryGroup, sql: str | None = None) -> Measurement:
        """EXPLAIN ANALYZE `group` (or `sql`, a rewrite of it using the same parameters)."""
        return self._measure(group, sql)

    def _measure(self, group: QueryGroup, sql: str | None = None, ahead: GroupResult | None = None) -> Measurement:
        """`measure`; `ahead`: the group's result, measured already on another connection."""
        sql = sql or group.example.sql
        key = self.memo.key("measure", group_identity(group), sql) if self.memo else None
        choice_key = (group.fingerprint, sql)

        def run() -> tuple[list[Measurement], list[Problem]]:
            result = ahead or measure_group(self.conn, group, sql)
            if result.choice is not None:
                self._choices[choice_key] = result.choice
            return [result.measurement], result.problems

        with self.gate.entry(alone=self._writing(sql)):
            return self._remembered(key, run, choice_key)[0]

    def measure_raw(self, sql: str, params: tuple | None = None) -> Measurement:
        """EXPLAIN ANALYZE an ad-hoc statement (fingerprint ""), with `params` if given."""
        key = self.memo.key("raw", raw_identity([(sql, params)])) if self.memo else None
        with self.gate.entry(alone=self._writing(sql)):
            return self._remembered(key, lambda: ([measure_statement(self.conn, sql, params)], []))[0]

    def trial(
        self,
        ddl: list[str],
        groups: Iterable[QueryGroup],
        raw: Sequence[tuple[str, tuple | None]] = (),
    ) -> list[Measurement]:
        """Apply `ddl` in a transaction, re-measure `groups` with their usual parameters, roll back.

        `raw` (extension): ad-hoc `(sql, params)` statements measured in the same trial, as
        `measure_raw` would; their measurements follow those of `groups`.
        """
        groups = list(groups)
        key = None
        if self.memo:
            key = self.memo.key("trial", list(ddl), [group_identity(g) for g in groups], raw_identity(raw))

        def run() -> tuple[list[Measurement], list[Problem]]:
            result = run_trial(self.conn, ddl, groups, raw)
            return result.measurements, result.problems

        statements = [g.example.sql for g in groups] + [sql for sql, _ in raw]
        with self.gate.trial(ddl, alone=self._writing(*statements)):
            return self._remembered(key, run)

    def build(self, changes: Sequence[IndexChange]) -> list[Built] | BuildFailure:
        """Create `changes` for real, kept until `unbuild` or `undo_builds` (explain/builds.py)."""
        with self.gate.exclusive():
            self._state = None
            return self.builds.build(changes)

    def unbuild(self, changes: Sequence[IndexChange]) -> None:
        with self.gate.exclusive():
            self._state = None
            self.builds.unbuild(changes)

    def undo_builds(self) -> None:
        with self.gate.exclusive():
            self._state = None
            self.builds.undo_all()

    def index_state(self) -> str:
        """`memo.index_state` of the database, read once and again only after a build or unbuild: the
        only Lab calls that commit a change to it (a trial's DDL is rolled back, and every Lab call
        reads the state outside its trial). Called under the gate, which keeps builds alone; read on
        the calling lane's connection, which is outside any trial then (another lane's may not be)."""
        state = self._state
        if state is None:
            state = self._state = index_state(self.conn.db)
        return state

    def fetch(self, sql: str, params: tuple | None = None) -> list[tuple]:
        """Rows of a read-only query on the seeded data (extension, e.g. a keyset cursor value).

        Runs in a rolled-back transaction under the statement timeout; [] when it fails. Values
        other than None, str, int, float and bool come as their text (`memo.plain_row`): the rows
        are remembered with the measurements, and read back the same.
        """
        info = inspect_statement(sql)
        if info.error or info.writes:
            return []
        key = self.memo.key("fetch", raw_identity([(sql, params)])) if self.memo else None
        hit = self.memo.get(key) if self.memo and key else None
        if hit is not None and hit.rows is not None:
            return hit.rows
        conn = self.conn
        try:
            with self.gate.shared(), conn.db.rolled_back():
                conn.set_timeout()
                rows = [plain_row(row) for row in conn.db.fetchall(sql, raw_params(params))]
        except psycopg.Error:
            return []
        if self.memo and key:
            self.memo.put(key, Remembered(measurements=[], rows=rows))
        return rows

    def measure_all(
        self, groups: Iterable[QueryGroup], progress: Callable[[QueryGroup], None] | None = None,
        jobs: int = 1,
    ) -> dict[str, Measurement]:
        """Measure every group; `progress` is called after each one.

        The reads are measured before the writes, whatever the groups' order and `jobs`: a
        rolled-back INSERT or UPDATE still leaves dead tuples and extended pages behind, so a read
        measured after it reads a few more buffers than one measured before (3 buffers on 2 of
        saas' 48 groups). `jobs` > 1: the reads are measured side by side on that many connections
        (`pool`) and the writes one at a time beside them, each once the reads of the tables it may
        touch are done; the remembered ones then on this one. Measurements, problems and
        the memo are the same for any `jobs`; the result keeps the groups' order.
        """
        groups = list(groups)
        self.how = self._how(jobs)
        ahead = self._side_by_side(groups, progress, jobs) if jobs > 1 and len(groups) > 1 else {}
        writes = {g.fingerprint for g in groups if inspect_statement(g.example.sql).writes}
        measured: dict[str, Measurement] = {}
        for group in [g for g in groups if g.fingerprint not in writes] + [g for g in groups if g.fingerprint in writes]:
            early = ahead.get(group.fingerprint)
            measured[group.fingerprint] = self._measure(group, ahead=early)
            if progress and early is None:
                progress(group)
        return {g.fingerprint: measured[g.fingerprint] for g in groups}

    def _side_by_side(
        self, groups: list[QueryGroup], progress: Callable[[QueryGroup], None] | None, jobs: int
    ) -> dict[str, GroupResult]:
        """The groups the memo does not know, measured on `jobs` connections: the reads side by side,
        the writes one at a time in order, each once the reads of its tables are done (`pool`)."""
        state = self.index_state() if self.memo is not None else ""
        reads, written = [], []
        for group in groups:
            sql = group.example.sql
            if self.memo is not None and self.memo.has(self.memo.key(
                    "in state", state, self.memo.key("measure", group_identity(group), sql))):
                continue
            (written if inspect_statement(sql).writes else reads).append(group)
        if not reads or len(reads) + len(written) < 2:
            return {}
        by_fingerprint = {g.fingerprint: g for g in reads + written}
        reads_of = {g.fingerprint: getattr(self.shapes.get(g.fingerprint), "tables", None) for g in reads}
        triggered = self._triggered() if written else set()
        writes = [(g, write_reach(getattr(self.shapes.get(g.fingerprint), "tables", ()) or (), self.schema,
                                  triggered)) for g in written]
        connections = pool_connections(self.conn, self.settings, min(jobs, len(reads) + (1 if written else 0)))
        try:
            return measure_side_by_side(connections, longest_first(reads, self.shapes, self.schema), done=(
                lambda r: progress(by_fingerprint[r.fingerprint])) if progress else None,
                reads_of=reads_of, writes=writes)
        finally:
            close_extra(connections)

    def _triggered(self) -> set[str]:
        """Tables with a trigger of their own (not a foreign key's): a write on them may reach any table."""
        rows = self.db.fetchall("SELECT n.nspname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal")
        return {table_key(nsp, name) for nsp, name in rows}

    def _remembered(
        self,
        key: str | None,
        run: Callable[[], tuple[list[Measurement], list[Problem]]],
        choice_key: tuple[str, str] | None = None,
    ) -> list[Measurement]:
        """`run()`, or what it gave in an earlier run on the same seeded database (see `memo`);
        the problems either met are added to `problems`."""
        if key is None or self.memo is None:
            results, problems = run()
            self._add(problems)
            return results
        key = self.memo.key("in state", self.index_state(), key)  # e.g. the advisor applied an index
        with self._flights_lock:
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:  # two lanes asking the same (two rules trying one index): one measures, one reuses
            hit = self.memo.get(key)
            if hit is not None:
                self._add(hit.problems)
                if choice_key and hit.choice:
                    self._choices[choice_key] = Choice(*hit.choice)
                for m in hit.measurements:
                    self.conn.name(m.plan, m.fingerprint)
                return hit.measurements
            results, problems = run()
            self._add(problems)
            choice = self._choices.get(choice_key) if choice_key else None
            self.memo.put(key, Remembered(
                measurements=results,
                problems=list(problems) if self.problems is not None else [],
                choice=(choice.params, choice.source) if choice else None,
            ))
            return results

    def _add(self, problems: list[Problem]) -> None:
        sink = self._lane.sink  # a side-by-side task's: handed back in the tasks' order
        if sink is not None:
            sink.extend(problems)
        elif self.problems is not None:
            self.problems.items.extend(problems)
