"""Load one table: INSERT batches, sequences, its secondary indexes, FK check, ANALYZE.

Runs on a worker connection; returns what went wrong as messages instead of
touching shared state, so several tables can load side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from dbperf.postgres.database import Database
from dbperf.schema.model import ForeignKey, Index, Schema
from dbperf.seed import values
from dbperf.seed.columns import TableSql, quote_ident, quote_table, sql_literal

BATCH_BYTES = 32 * 1024 * 1024  # rows per INSERT so that progress moves every second or so
MIN_BATCH, MAX_BATCH = 10_000, 200_000
LONG_TEXT_WIDTH = 2_500

Progress = Callable[[str, int, int], None]


@dataclass
class Loaded:
    """The outcome of loading one table."""

    inserted: int = 0
    error: str | None = None  # the table could not be seeded and is empty
    warnings: list[str] = field(default_factory=list)


def load_table(
    db: Database,
    sql: TableSql,
    insert: str,
    *,
    indexes: list[Index],
    check: list[ForeignKey],
    unchecked: bool,
    progress: Progress | None,
) -> Loaded:
    """Run `insert` for all rows, then re-create `indexes`, count orphans of `check` and ANALYZE."""
    loaded = Loaded()
    try:
        loaded.inserted = _insert_rows(db, sql, insert, unchecked, progress)
    except psycopg.Error as exc:
        loaded.error = first_line(exc)
    finally:
        loaded.warnings += recreate_indexes(db, indexes)
    if loaded.error is None:
        loaded.warnings += orphans(db, sql.ctx.schema, check)
    db.execute(f"ANALYZE {quote_table(sql.table)}")
    return loaded


def insert_statement(sql: TableSql) -> str:
    """INSERT of the rows numbered $1 to $2."""
    rows = "generate_series($1::bigint, $2::bigint) AS g(i)"
    if not sql.insert_columns:
        return f"INSERT INTO {quote_table(sql.table)} SELECT FROM {rows}"
    names = ", ".join(quote_ident(c) for c in sql.insert_columns)
    exprs = ",\n  ".join(sql.expr(c) for c in sql.insert_columns)
    overriding = " OVERRIDING SYSTEM VALUE" if sql.has_identity else ""
    conflict = " ON CONFLICT DO NOTHING" if sql.needs_on_conflict else ""
    return f"INSERT INTO {quote_table(sql.table)} ({names}){overriding}\nSELECT {exprs}\nFROM {rows}{conflict}"


def _insert_rows(db: Database, sql: TableSql, insert: str, unchecked: bool, progress: Progress | None) -> int:
    """All batches in one transaction: a failing batch leaves the table empty."""
    inserted, total = 0, sql.rows
    with db.conn.transaction():
        db.execute("SET LOCAL statement_timeout = 0")
        if unchecked or sql.needs_replica:
            db.execute("SET LOCAL session_replication_role = replica")  # no RI triggers: checked afterwards
        batch = batch_size(sql)
        for start in range(1, total + 1, batch):
            end = min(start + batch - 1, total)
            inserted += db.execute(insert, (start, end)).rowcount
            if progress:
                progress(sql.key, end, total)
        _reset_sequences(db, sql)
    return inserted


def batch_size(sql: TableSql) -> int:
    """Fewer rows per INSERT for tables with long text, so progress keeps moving."""
    width = 40 * len(sql.table.columns)
    width += LONG_TEXT_WIDTH * sum(values.is_long_text(sql.table, col) for col in sql.table.columns)
    return max(MIN_BATCH, min(MAX_BATCH, BATCH_BYTES // width))


def _reset_sequences(db: Database, sql: TableSql) -> None:
    """Serial and identity sequences continue after the generated keys."""
    table = quote_table(sql.table)
    for col in sql.table.columns:
        if col.identity and col.name in sql.insert_columns:
            name = quote_ident(col.name)
            db.execute(f"SELECT setval(pg_get_serial_sequence({sql_literal(table)}, {sql_literal(col.name)}), "
                       f"max({name})) FROM {table} HAVING max({name}) IS NOT NULL")


def drop_secondary_indexes(db: Database, schema: Schema) -> dict[str, list[Index]]:
    """Drop indexes that back no constraint (building them after the load is much faster), per table key."""
    dropped: dict[str, list[Index]] = {}
    for key, table in schema.tables.items():
        for index in table.indexes:
            if not index.is_constraint and index.definition:
                db.execute(f"DROP INDEX {quote_ident(table.schema)}.{quote_ident(index.name)}")
                dropped.setdefault(key, []).append(index)
    return dropped


def recreate_indexes(db: Database, indexes: list[Index]) -> list[str]:
    """Re-create dropped indexes exactly from their definitions; messages for those that fail."""
    failures = []
    for index in indexes:
        try:
            with db.conn.transaction():
                db.execute("SET LOCAL statement_timeout = 0")
                db.execute(index.definition)
        except psycopg.Error as exc:
            failures.append(f"index {index.name} could not be re-created after seeding: {first_line(exc)}")
    return failures


def orphans(db: Database, schema: Schema, fks: list[ForeignKey]) -> list[str]:
    """Foreign keys loaded without triggers must still hold: one anti-join per key."""
    messages = []
    for fk in fks:
        child, parent = schema.tables.get(fk.table), schema.tables.get(fk.ref_table)
        if child is None or parent is None:
            continue
        join = " AND ".join(f"p.{quote_ident(r)} = c.{quote_ident(c)}" for c, r in zip(fk.columns, fk.ref_columns))
        not_null = " AND ".join(f"c.{quote_ident(c)} IS NOT NULL" for c in fk.columns)
        count = db.fetchval(f"SELECT count(*) FROM {quote_table(child)} c WHERE {not_null} AND NOT EXISTS "
                            f"(SELECT 1 FROM {quote_table(parent)} p WHERE {join})")
        if count:
            messages.append(f"table {child.name}: {count} rows break foreign key {fk.name}")
    return messages


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
