"""Fill a scratch database with synthetic rows, entirely server-side.

Tables load side by side on `jobs` connections (by default one a core), as
tasks (`schedule.py`, run by `workers.py`): a table's rows once its parents'
rows are in, its indexes, foreign keys, VACUUM and ANALYZE once its parents
are finished too. A big table handed out while connections are left idle has
its rows generated in ranges on those connections too, then copied in row
order (`ranges.py`): the same rows in the same physical order whatever `jobs`
is. Each one is an `INSERT … SELECT <expression
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

import psycopg

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.model import Schema
from dbperf.seed import ranges, types, values
from dbperf.seed.columns import SeedContext
from dbperf.seed.existing import clear_migration_rows
from dbperf.seed.hints import Pattern
from dbperf.seed.load import (
    Progress,
    vacuum_analyze,
    without_timeout,
)
from dbperf.seed.matviews import refresh_matviews
from dbperf.seed.partitions import add_default_partitions, partition_profiles
from dbperf.seed.plan import SeedPlan, make_plan
from dbperf.seed.rebuild import (
    drop_foreign_keys,
    drop_secondary_indexes,
    droppable_keys,
    first_line,
    orphans,
    recreate_indexes,
    restore_foreign_keys,
)
from dbperf.seed.sqltext import quote_table, sql_literal
from dbperf.seed.workers import REPAIR_HINT, Corpus, Deferred, SeedResult, load_all


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
def _missing_objects(db: Database, declared: set[tuple], problems: Problems) -> None:
    """Every constraint and index declared before seeding exists, valid, afterwards; else an error."""
    reported = " ".join(p.message for p in problems)
    for kind, relation, name, _ in sorted(declared - set(db.fetchall(_OBJECTS))):
        if name not in reported:
            problems.add("seed", f"{kind} {name} of {relation} is missing or not valid after seeding",
                         severity="error", hint="plans touching this table may differ from production")


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
    prose = any(values.is_long_text(t, c) for t in schema.tables.values() for c in t.columns)
    corpus = Corpus() if prose else None
    result = SeedResult()
    staging = False
    try:
        jobs = max(1, jobs or default_jobs())
        staging = jobs > 1 and _create_stage_schema(db)
        load_all(db, ctx, Deferred(dropped, fks, keys), unchecked, _serialized(progress), problems, result,
                  jobs, split=staging, corpus=corpus)
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
            problems.add("seed", message, hint=REPAIR_HINT)
        if corpus is not None and corpus.made:
            db.execute(values.drop_corpus_statement())
        if staging:
            db.execute(ranges.drop_schema_statement())
        _missing_objects(db, declared, problems)
    for key in plan.order:
        if key not in result.seconds_per_table:
            vacuum_analyze(db, quote_table(schema.tables[key]))
    refresh_matviews(db, schema, problems, result.rows)
    result.seconds = time.perf_counter() - started
    return result


def _create_stage_schema(db: Database) -> bool:
    """The schema of the ranges' staging tables, until seeding ends; False (and no ranges) when a
    schema of that name exists already: it is not dbperf's to fill and drop."""
    try:
        with db.conn.transaction():
            db.execute(ranges.create_schema_statement())
    except psycopg.errors.DuplicateSchema:
        return False
    return True


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
