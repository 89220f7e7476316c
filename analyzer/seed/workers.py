"""Tables loading side by side: each table's tasks (`schedule.py`) run on a pool of connections.

A worker connection runs one task at a time (`load.load_rows`, `load.finish_table`, or the prose
corpus) and returns what went wrong as messages; the problems and the result are gathered here, on
the calling thread, as each task completes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg

from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.model import Index
from dbperf.seed import ranges, values
from dbperf.seed.columns import SeedContext, SkipTable, TableSql
from dbperf.seed.load import (
    Loaded,
    Progress,
    finish_table,
    insert_statement,
    load_rows,
    settle_table,
)
from dbperf.seed.plan import SeedPlan
from dbperf.seed.rebuild import Constraint, first_line
from dbperf.seed.schedule import Schedule, Task

_Table = tuple[TableSql, str, Loaded]  # a table's expressions, its INSERT, what loading it did

REPAIR_HINT = "the generated values broke a constraint; [seed.columns] can give the column values that fit"


@dataclass
class SeedResult:
    """What seeding produced: rows per table and where the time went."""

    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    seconds_per_table: dict[str, float] = field(default_factory=dict)
    # Summed over tables (they load side by side, so the sum exceeds `seconds`): rows, keys, indexes,
    # foreign keys, vacuum, analyze.
    seconds_per_phase: dict[str, float] = field(default_factory=dict)
    ranges: dict[str, int] = field(default_factory=dict)  # tables generated in several ranges: how many
    failed: list[str] = field(default_factory=list)  # tables left empty, each reported as a Problem

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds else 0.0


@dataclass
class Deferred:
    """What each table's worker builds after its rows are in (entries are popped when handed out)."""

    indexes: dict[str, list[Index]]  # secondary indexes, dropped before seeding
    foreign_keys: dict[str, list[Constraint]]  # by child table, dropped before seeding
    keys: dict[str, list[Constraint]]  # PRIMARY KEY/UNIQUE, dropped inside the load transaction


@dataclass
class Corpus:
    """The prose corpus (`values.long_text`), made by its task: dropped at the end when made."""

    made: bool = False


def create_corpus(db: Database, problems: Problems) -> bool:
    """The documents long prose columns copy (`values.long_text`), until seeding ends; True when made."""
    try:
        with db.conn.transaction():
            db.execute("SET LOCAL statement_timeout = 0")
            for statement in values.corpus_statements():
                db.execute(statement)
    except psycopg.Error as exc:
        problems.add("seed", f"the prose corpus could not be created: {first_line(exc)}", severity="error",
                     hint=f"the schema {values.CORPUS_SCHEMA} is dbperf's while seeding; rename yours")
        return False
    return True


def load_all(db: Database, ctx: SeedContext, later: Deferred, unchecked: bool,
             progress: Progress | None, problems: Problems, result: SeedResult, jobs: int,
             split: bool = True, corpus: Corpus | None = None) -> None:
    """Run the tables' tasks (`schedule.py`: rows, finish, settle; the prose corpus first when `corpus`
    is given) on `jobs` connections at once, the longest chain first; with `split`, connections
    no ready task takes help generate the rows of the first table handed out with them (its rows
    generated in ranges)."""
    plan = ctx.plan
    parents = {key: {fk.ref_table for fk in ctx.schema.tables[key].foreign_keys
                     if fk.ref_table in plan.rows and fk.ref_table != key and not plan.is_deferred(fk)}
               for key in plan.order}
    # a row of prose costs ten of a narrow table's
    costs = {key: plan.rows[key] * ranges.row_width(ctx.schema.tables[key]) for key in plan.order}
    prose = {key for key in plan.order if any(values.is_long_text(ctx.schema.tables[key], c)
                                              for c in ctx.schema.tables[key].columns)}
    schedule = Schedule(plan.order, costs, parents, prose if corpus else set(),
                        values.CORPUS_DOCUMENTS * ranges.LONG_TEXT_WIDTH)
    connections = max(1, min(jobs, len(plan.order) + (corpus is not None)))
    idle = [db] + [Database(db.uri, owned=db.owned, statement_timeout_ms=db.statement_timeout_ms)
                   for _ in range(connections - 1)]
    extra = idle[1:]
    serial = connections >= (os.cpu_count() or 1)
    if serial:
        _set_serial(idle, True)
    tables: dict[str, _Table] = {}
    seconds: dict[str, float] = {}
    running: dict[Future[object], tuple[Task, list[Database], float]] = {}
    try:
        with ThreadPoolExecutor(max_workers=connections) as pool, _cancelled_on_interrupt(running):
            while not schedule.finished or running:
                handed: list[tuple[Task, Database]] = []
                for task in schedule.ready():
                    if not idle:
                        break
                    if task.kind == "rows":
                        prepared = _prepare(ctx, task.key, problems, progress)
                        if prepared is None:
                            result.rows[task.key] = 0
                            schedule.skip(task.key)
                            continue
                        tables[task.key] = (*prepared, Loaded())
                    schedule.start(task)
                    handed.append((task, idle.pop()))
                for task, conn in handed:
                    helpers: list[Database] = []
                    if split and task.kind == "rows" and idle:  # no ready task wants these connections
                        share = ranges.range_count(tables[task.key][0], 1 + len(idle))
                        helpers = [idle.pop() for _ in range(share - 1)]
                    work = _work(task, conn, helpers, tables, later, plan, unchecked, progress, problems,
                                 corpus)
                    future = pool.submit(work)
                    running[future] = (task, [conn, *helpers], time.perf_counter())
                if not running:
                    continue
                for future in wait(running, return_when=FIRST_COMPLETED).done:
                    task, conns, started = running.pop(future)
                    idle += conns
                    future.result()
                    schedule.complete(task)
                    if task.kind == "corpus":
                        continue
                    seconds[task.key] = seconds.get(task.key, 0.0) + time.perf_counter() - started
                    loaded = tables[task.key][2]
                    if task.kind == "rows" and loaded.error is not None:
                        ctx.failed.add(task.key)  # before its children are prepared
                    if task.kind == "settle":
                        _finished(ctx, task.key, loaded, problems, progress, result, seconds)
    finally:
        for conn in extra:
            conn.close()
        if serial and not db.conn.closed:
            _set_serial([db], False)
    result.rows = {key: result.rows.get(key, 0) for key in plan.order}
    result.failed = [key for key in plan.order if key in ctx.failed]


# Parallel workers (of an index build, a scan) pay off on cores no connection uses. With a seeding
# connection on every core they only add CPU: each worker process starts, and the sorted runs are
# merged again (fixtures/saas on 2 cores: cluster CPU 8.94-9.08 s -> 8.47-8.65 s). The indexes and
# rows are the same; the settings are the session's, so EXPLAIN's connections keep the defaults.
_PARALLEL = ("max_parallel_maintenance_workers", "max_parallel_workers_per_gather")


def _set_serial(conns: list[Database], serial: bool) -> None:
    """No parallel workers on `conns` (`serial`), or back to the server's settings."""
    for conn in conns:
        for name in _PARALLEL:
            conn.execute(f"SET {name} = 0" if serial else f"RESET {name}")


@contextmanager
def _cancelled_on_interrupt(running: dict[Future[object], tuple[Task, list[Database], float]]) -> Iterator[None]:
    """Ctrl-C or SIGTERM while tables load: cancel the statements running on the worker connections,
    so that the run stops now instead of after the INSERT under way (9.9 s measured for 3 M rows)."""
    try:
        yield
    except (KeyboardInterrupt, SystemExit):
        for _task, conns, _started in list(running.values()):
            for conn in conns:
                try:
                    conn.conn.cancel_safe(timeout=2.0)
                except Exception:  # the connection may be gone already: nothing left to stop
                    pass
        raise


def _work(task: Task, conn: Database, helpers: list[Database], tables: dict[str, _Table],
          later: Deferred, plan: SeedPlan, unchecked: bool, progress: Progress | None,
          problems: Problems, corpus: Corpus | None) -> Callable[[], None]:
    """What a worker connection runs for `task`; what the table's task builds is taken from `later`
    here, on the calling thread, so that seeding's clean-up restores what no task took."""
    if task.kind == "corpus":
        assert corpus is not None

        def make_corpus() -> None:
            corpus.made = create_corpus(conn, problems)

        return make_corpus
    sql, insert, loaded = tables[task.key]
    if task.kind == "rows":
        keys = later.keys.pop(task.key, [])
        return lambda: load_rows(conn, sql, insert, loaded, unchecked=unchecked, progress=progress,
                                 keys=keys, helpers=helpers)
    if task.kind == "settle":
        return lambda: settle_table(conn, sql, loaded)
    fks = later.foreign_keys.pop(task.key, [])
    revalidated = {c.name for c in fks}
    check = [fk for fk in sql.table.foreign_keys
             if not plan.is_deferred(fk) and fk.name not in revalidated] if unchecked else []
    indexes = later.indexes.pop(task.key, [])
    return lambda: finish_table(conn, sql, loaded, indexes=indexes, check=check, foreign_keys=fks)


def _finished(ctx: SeedContext, key: str, loaded: Loaded, problems: Problems, progress: Progress | None,
              result: SeedResult, seconds: dict[str, float]) -> None:
    result.seconds_per_table[key] = seconds.get(key, 0.0)
    for phase, spent in loaded.seconds.items():
        result.seconds_per_phase[phase] = result.seconds_per_phase.get(phase, 0.0) + spent
    if loaded.ranges > 1:
        result.ranges[key] = loaded.ranges
    result.rows[key] = _outcome(ctx, key, loaded, problems, progress)


def _prepare(ctx: SeedContext, key: str, problems: Problems,
             progress: Progress | None) -> tuple[TableSql, str] | None:
    """The table's generator expressions and INSERT, or None (reported) when it cannot be seeded."""
    try:
        sql = ctx.table(key)
        insert = insert_statement(sql)
    except SkipTable as exc:
        _failed(ctx, key, str(exc), problems, progress)
        return None
    for note, hint in sql.notes:
        problems.add("seed", note, hint=hint)
    return sql, insert


def _outcome(ctx: SeedContext, key: str, loaded: Loaded, problems: Problems, progress: Progress | None) -> int:
    for message in loaded.warnings:
        problems.add("seed", message, severity="error", hint="plans touching this table may be unrealistic")
    for message in loaded.repairs:
        problems.add("seed", message, hint=REPAIR_HINT)
    if loaded.error is not None:
        _failed(ctx, key, loaded.error, problems, progress)
        return 0
    total = ctx.plan.rows[key]
    if loaded.inserted < total:
        problems.add("seed", f"table {key}: {total - loaded.inserted} of {total} rows "
                     "left out: they broke a unique, exclusion or CHECK constraint that generated values "
                     "cannot guarantee", hint=REPAIR_HINT)
    return loaded.inserted


def _failed(ctx: SeedContext, key: str, message: str, problems: Problems, progress: Progress | None) -> None:
    ctx.failed.add(key)
    problems.add("seed", f"table {key} could not be seeded: {message}",
                 hint="set its row count to 0 in [seed] rows, or report the column type", severity="error")
    if progress:
        progress(key, 0, ctx.plan.rows[key])


