"""Fill a scratch database with synthetic rows, entirely server-side.

Tables load parents first, side by side on `jobs` connections (by default one
a core; a table starts once its parents are done). A big table that starts
while connections are idle and no other table is ready to load has its rows
generated in ranges on those connections too, then copied in row order
(`ranges.py`): the same rows in the same physical order whatever `jobs` is. Each one is an `INSERT … SELECT <expression
per column> FROM generate_series(a, b)` per batch inside one transaction: a
table that cannot be seeded is rolled back to empty and reported, the rest
goes on. Indexes and keys are built once after the rows are in, not row by
row: secondary indexes and foreign keys are dropped first, PRIMARY KEY and
UNIQUE constraints inside the table's load transaction, and all come back
exactly from their definitions (`rebuild.py`); every table is vacuumed and ANALYZEd once.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import psycopg

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.model import Index, Schema
from dbperf.seed import ranges, types, values
from dbperf.seed.columns import SeedContext, SkipTable, TableSql
from dbperf.seed.existing import clear_migration_rows
from dbperf.seed.hints import Pattern
from dbperf.seed.load import (
    Loaded,
    Progress,
    insert_statement,
    load_table,
    vacuum_analyze,
    without_timeout,
)
from dbperf.seed.matviews import refresh_matviews
from dbperf.seed.partitions import add_default_partitions, partition_profiles
from dbperf.seed.plan import SeedPlan, make_plan
from dbperf.seed.rebuild import (
    Constraint,
    drop_foreign_keys,
    drop_secondary_indexes,
    droppable_keys,
    first_line,
    orphans,
    recreate_indexes,
    restore_foreign_keys,
)
from dbperf.seed.sqltext import quote_table, sql_literal
from dbperf.seed.visibility import settle_visibility


def default_jobs() -> int:
    """Connections seeding side by side when not told: one a core."""
    return max(1, os.cpu_count() or 1)


_GENERATED = """
SELECT n.nspname, c.relname, a.attname
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE a.attgenerated <> '' AND a.attnum > 0 AND NOT a.attisdropped
"""


# Every constraint and index of the application's schemas, with whether it is enforced for old rows.
_OBJECTS = """
SELECT 'constraint', c.conrelid::regclass::text, c.conname, c.convalidated FROM pg_constraint c
JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.conrelid <> 0 AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
UNION ALL
SELECT 'index', i.indrelid::regclass::text, i.indexrelid::regclass::text, i.indisvalid FROM pg_index i
JOIN pg_class r ON r.oid = i.indrelid JOIN pg_namespace n ON n.oid = r.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
"""
_REPAIR_HINT = "the generated values broke a constraint; [seed.columns] can give the column values that fit"


def _missing_objects(db: Database, declared: set[tuple], problems: Problems) -> None:
    """Every constraint and index declared before seeding exists, valid, afterwards; else an error."""
    reported = " ".join(p.message for p in problems)
    for kind, relation, name, _ in sorted(declared - set(db.fetchall(_OBJECTS))):
        if name not in reported:
            problems.add("seed", f"{kind} {name} of {relation} is missing or not valid after seeding",
                         severity="error", hint="plans touching this table may differ from production")


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


def seed(
    db: Database,
    schema: Schema,
    config: Config,
    *,
    hints: Mapping[tuple[str, str], Sequence[object]] | None = None,
    progress: Progress | None = None,
    problems: Problems | None = None,
    plan: SeedPlan | None = None,
    jobs: int | None = None,
) -> SeedResult:
    """Seed every table of `schema` in `db` deterministically from `config.seed` (per `plan`, by
    default `make_plan(schema, config)`) on `jobs` connections (default: one a core); the data
    and its physical order are the same for any `jobs`."""
    started = time.perf_counter()
    problems = problems if problems is not None else Problems()
    plan = plan or make_plan(schema, config)
    for note in plan.notes:
        problems.add("seed", note, hint="raise the parent's row count in [seed] rows")
    partitioned = partition_profiles(schema)  # key values inside the declared partitions
    for column, profile in partitioned.profiles.items():
        plan.profiles.setdefault(column, profile)  # the user's own profile of the column wins
    for note in partitioned.notes:
        problems.add("seed", note, hint='describe the key\'s values in [seed.columns."table.column"] (docs/seeding.md)')
    for note in add_default_partitions(db, schema):
        problems.add("seed", note, hint="add the partitions production has to the schema, or keep this one")
    ctx = SeedContext(schema, plan, config.seed, _valid_hints(db, schema, hints or {}, problems),
                      _generated_columns(db, schema), lacking=types.unsupported_types(db))
    # Foreign keys hold by construction: a superuser loads without RI triggers, then checks each key once.
    unchecked = bool(db.fetchval("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
    clear_migration_rows(db, schema, plan, problems)
    declared = set(db.fetchall(_OBJECTS))
    # Without RI triggers the foreign keys are re-added (validated) after their table is loaded instead.
    # First, so that a unique index a foreign key references can be dropped too.
    fks = drop_foreign_keys(db, schema, keep=plan.is_deferred) if unchecked else {}
    dropped = drop_secondary_indexes(db, schema)
    keys = droppable_keys(db, schema)
    corpus = any(values.is_long_text(t, c) for t in schema.tables.values() for c in t.columns)
    result = SeedResult()
    staging = False
    try:
        corpus = corpus and _create_corpus(db, problems)
        jobs = max(1, jobs or default_jobs())
        staging = jobs > 1 and _create_stage_schema(db)
        _load_all(db, ctx, _Deferred(dropped, fks, keys), unchecked, _serialized(progress), problems, result,
                  jobs, split=staging)
        _fill_deferred(db, ctx, unchecked, problems)
    finally:
        repairs: list[str] = []
        for key, indexes in dropped.items():  # tables that never reached a worker
            for message in recreate_indexes(db, indexes, repairs):
                problems.add("seed", message, severity="error")
        for key, constraints in fks.items():
            for message in restore_foreign_keys(db, schema, constraints, repairs):
                problems.add("seed", message, severity="error")
        for message in repairs:
            problems.add("seed", message, hint=_REPAIR_HINT)
        if corpus:
            db.execute(values.drop_corpus_statement())
        if staging:
            db.execute(ranges.drop_schema_statement())
        _missing_objects(db, declared, problems)
    for key in plan.order:
        if key not in result.seconds_per_table:
            vacuum_analyze(db, quote_table(schema.tables[key]))
    refresh_matviews(db, schema, problems, result.rows)
    settle_visibility(db)  # every connection done: the visibility map set whatever the overlap (visibility.py)
    result.seconds = time.perf_counter() - started
    return result


@dataclass
class _Deferred:
    """What each table's worker builds after its rows are in (entries are popped when handed out)."""

    indexes: dict[str, list[Index]]  # secondary indexes, dropped before seeding
    foreign_keys: dict[str, list[Constraint]]  # by child table, dropped before seeding
    keys: dict[str, list[Constraint]]  # PRIMARY KEY/UNIQUE, dropped inside the load transaction


def _create_stage_schema(db: Database) -> bool:
    """The schema of the ranges' staging tables, until seeding ends; False (and no ranges) when a
    schema of that name exists already: it is not dbperf's to fill and drop."""
    try:
        with db.conn.transaction():
            db.execute(ranges.create_schema_statement())
    except psycopg.errors.DuplicateSchema:
        return False
    return True


def _create_corpus(db: Database, problems: Problems) -> bool:
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


def _load_all(db: Database, ctx: SeedContext, later: _Deferred, unchecked: bool,
              progress: Progress | None, problems: Problems, result: SeedResult, jobs: int,
              split: bool = True) -> None:
    """Load tables on `jobs` connections at once, each when its parents are done; with `split`,
    the last table ready while connections are idle gets them as helpers (its rows generated in
    ranges)."""
    plan = ctx.plan
    parents = {key: {fk.ref_table for fk in ctx.schema.tables[key].foreign_keys
                     if fk.ref_table in plan.rows and fk.ref_table != key and not plan.is_deferred(fk)}
               for key in plan.order}
    # the costliest first keeps the connections busy (a row of prose costs ten of a narrow table)
    pending = sorted(plan.order, key=lambda k: -plan.rows[k] * ranges.row_width(ctx.schema.tables[k]))
    connections = max(1, min(jobs, max(len(pending), 1)))
    idle = [db] + [Database(db.uri, owned=db.owned, statement_timeout_ms=db.statement_timeout_ms)
                   for _ in range(connections - 1)]
    extra = idle[1:]
    running: dict[Future[Loaded], tuple[str, list[Database], float]] = {}
    try:
        with ThreadPoolExecutor(max_workers=connections) as pool:
            while pending or running:
                busy = set(pending) | {key for key, _, _ in running.values()}
                ready = [k for k in pending if not parents[k] & busy]
                for n, key in enumerate(ready):
                    if not idle:
                        break
                    pending.remove(key)
                    prepared = _prepare(ctx, key, problems, progress)
                    if prepared is None:
                        result.rows[key] = 0
                        continue
                    sql, insert = prepared
                    conn = idle.pop()
                    # no other table waits for a connection: the idle ones help generate this one's rows
                    last = split and n == len(ready) - 1
                    share = ranges.range_count(sql, 1 + len(idle)) if last else 1
                    helpers = [idle.pop() for _ in range(share - 1)]
                    fks = later.foreign_keys.pop(key, [])
                    revalidated = {c.name for c in fks}
                    check = [fk for fk in sql.table.foreign_keys
                             if not plan.is_deferred(fk) and fk.name not in revalidated] if unchecked else []
                    future = pool.submit(load_table, conn, sql, insert, indexes=later.indexes.pop(key, []),
                                         check=check, unchecked=unchecked, progress=progress,
                                         keys=later.keys.pop(key, []), foreign_keys=fks, helpers=helpers)
                    running[future] = (key, [conn, *helpers], time.perf_counter())
                if running:
                    for future in wait(running, return_when=FIRST_COMPLETED).done:
                        key, conns, table_started = running.pop(future)
                        idle += conns
                        result.seconds_per_table[key] = time.perf_counter() - table_started
                        loaded = future.result()
                        for phase, seconds in loaded.seconds.items():
                            result.seconds_per_phase[phase] = result.seconds_per_phase.get(phase, 0.0) + seconds
                        if loaded.ranges > 1:
                            result.ranges[key] = loaded.ranges
                        result.rows[key] = _outcome(ctx, key, loaded, problems, progress)
    finally:
        for conn in extra:
            conn.close()
    result.rows = {key: result.rows.get(key, 0) for key in plan.order}
    result.failed = [key for key in plan.order if key in ctx.failed]


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
        problems.add("seed", message, hint=_REPAIR_HINT)
    if loaded.error is not None:
        _failed(ctx, key, loaded.error, problems, progress)
        return 0
    total = ctx.plan.rows[key]
    if loaded.inserted < total:
        problems.add("seed", f"table {key}: {total - loaded.inserted} of {total} rows "
                     "left out: they broke a unique, exclusion or CHECK constraint that generated values "
                     "cannot guarantee", hint=_REPAIR_HINT)
    return loaded.inserted


def _failed(ctx: SeedContext, key: str, message: str, problems: Problems, progress: Progress | None) -> None:
    ctx.failed.add(key)
    problems.add("seed", f"table {key} could not be seeded: {message}",
                 hint="set its row count to 0 in [seed] rows, or report the column type", severity="error")
    if progress:
        progress(key, 0, ctx.plan.rows[key])


def _fill_deferred(db: Database, ctx: SeedContext, unchecked: bool, problems: Problems) -> None:
    """Foreign keys that closed a cycle: fill the nullable ones, check the ones loaded without triggers."""
    for key in sorted({fk.table for fk in ctx.plan.deferred} - ctx.failed):
        sql = ctx.table(key)
        update = sql.deferred_update()
        try:
            if update:
                with db.conn.transaction():
                    db.execute("SET LOCAL statement_timeout = 0")
                    db.execute(update)
        except psycopg.Error as exc:
            problems.add("seed", f"table {sql.table.name}: foreign keys of a cycle left NULL: {first_line(exc)}")
        if unchecked or sql.needs_replica:
            deferred = [fk for fk in sql.table.foreign_keys if ctx.plan.is_deferred(fk)]
            with without_timeout(db):
                for message in orphans(db, ctx.schema, deferred):
                    problems.add("seed", message, severity="error")
        vacuum_analyze(db, quote_table(sql.table))


def _serialized(progress: Progress | None) -> Progress | None:
    """The caller's progress callback, never called from two workers at once."""
    if progress is None:
        return None
    lock = threading.Lock()

    def report(table: str, done: int, total: int) -> None:
        with lock:
            progress(table, done, total)

    return report


def _valid_hints(
    db: Database, schema: Schema, hints: Mapping[tuple[str, str], Sequence[object]], problems: Problems
) -> dict[tuple[str, str], list[object]]:
    """Hints whose table and column exist and whose values the column's type accepts."""
    valid: dict[tuple[str, str], list[object]] = {}
    for (table_name, column_name), literals in hints.items():
        table = schema.tables.get(table_name)  # a table key, from the query shapes
        column = table.column(column_name) if table else None
        if table is None or column is None:
            continue  # a literal of a query on another database or an unknown column: nothing to seed
        kept = []
        for value in literals:
            if isinstance(value, Pattern):  # LIKE patterns: matching rows of text columns (columns.py)
                if column.base_type in values.TEXT_TYPES:
                    kept.append(value)
                continue
            try:
                db.execute(f"SELECT ({sql_literal(value)})::{column.type}")
                kept.append(value)
            except psycopg.Error:
                problems.add("seed", f"hint {value!r} for {table.key}.{column.name} is not a valid {column.type}")
        valid[(table_name, column_name)] = kept
    return valid


def _generated_columns(db: Database, schema: Schema) -> set[tuple[str, str]]:
    """(table key, column) of GENERATED … STORED columns, which INSERT must leave out."""
    keys = {(t.schema, t.name): key for key, t in schema.tables.items()}
    return {(keys[(nsp, rel)], att) for nsp, rel, att in db.fetchall(_GENERATED) if (nsp, rel) in keys}
