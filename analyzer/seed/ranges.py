"""A big table's rows generated in ranges side by side, then loaded in row order.

The rows numbered 1…n are cut into contiguous ranges; each range is generated
on its own connection into an UNLOGGED staging table of the same columns
(`INSERT INTO stage SELECT <the table's expressions> FROM generate_series(a,
b)`), all ranges at once; the table's load transaction then copies the stages
into the table in range order (`INSERT … SELECT … FROM stage`, which keeps
compressed prose compressed). Every value is a function of (seed, table,
column, row number), so the rows are those of one INSERT over 1…n whatever the
number of ranges, and copying the stages in order gives the table the same
physical order too: pg_stats' correlation and the buffers a plan touches do
not depend on the number of connections. Loading the ranges into the table
directly from several connections would interleave their pages.

Generating the values is what costs (hash expressions, prose): about 1 µs a
row is left for the copy, against 10–50 µs to generate.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import psycopg

from dbperf.postgres.database import Database
from dbperf.schema.model import Table
from dbperf.seed import values
from dbperf.seed.columns import TableSql
from dbperf.seed.sqltext import quote_ident, quote_table

STAGE_SCHEMA = "dbperf_seed_stage"
MIN_RANGE_ROWS = 10_000  # fewer rows per range cost more in connections and copies than they save
LONG_TEXT_WIDTH = 2_500  # bytes of a prose value (before compression), for the row width estimate
_names = itertools.count(1)

Progress = Callable[[str, int, int], None]


def row_width(table: Table) -> int:
    """Estimated bytes of one generated row: ~40 a column, prose columns much more."""
    return (40 * len(table.columns)
            + LONG_TEXT_WIDTH * sum(values.is_long_text(table, col) for col in table.columns))


def range_count(sql: TableSql, connections: int) -> int:
    """How many ranges the table is generated in with `connections` free: one a connection, at
    least MIN_RANGE_ROWS rows each; 1 (no staging) for a table that must load with ON CONFLICT."""
    if connections <= 1 or sql.needs_on_conflict or not sql.insert_columns:
        return 1
    return max(1, min(connections, sql.rows // MIN_RANGE_ROWS))


def bounds(rows: int, count: int) -> list[tuple[int, int]]:
    """`count` contiguous ranges (first, last) covering 1…rows, the first ones one row longer."""
    size, extra = divmod(rows, count)
    out, start = [], 1
    for k in range(count):
        end = start + size + (k < extra) - 1
        out.append((start, end))
        start = end + 1
    return [(a, b) for a, b in out if a <= b]


def create_schema_statement() -> str:
    return f"CREATE SCHEMA {STAGE_SCHEMA}"


def drop_schema_statement() -> str:
    return f"DROP SCHEMA IF EXISTS {STAGE_SCHEMA} CASCADE"


def generate(connections: Sequence[Database], sql: TableSql, select: str,
             progress: Progress | None) -> list[str]:
    """Generate the table's rows into one stage per range, each on one of `connections` at the same
    time; the stage names in row order. `select` is the table's `SELECT … FROM generate_series($1,
    $2)`. Raises the first error, after dropping every stage made."""
    ranges = bounds(sql.rows, len(connections))
    names = [f"{STAGE_SCHEMA}.{quote_ident(f's{next(_names)}')}" for _ in ranges]
    columns = ", ".join(quote_ident(c) for c in sql.insert_columns)
    done: list[int] = []

    def one(conn: Database, name: str, first: int, last: int) -> None:
        with conn.conn.transaction():
            conn.execute("SET LOCAL statement_timeout = 0")
            conn.execute(f"CREATE UNLOGGED TABLE {name} AS SELECT {columns} FROM {quote_table(sql.table)} "
                         "WITH NO DATA")
            conn.execute(f"INSERT INTO {name} ({columns}) {select}", (first, last))
        done.append(last - first + 1)
        if progress:
            progress(sql.key, sum(done), sql.rows)

    with ThreadPoolExecutor(max_workers=len(ranges)) as pool:
        futures = [pool.submit(one, conn, name, first, last)
                   for conn, name, (first, last) in zip(connections, names, ranges)]
        errors = [f.exception() for f in futures]
    failed = next((e for e in errors if e is not None), None)
    if failed is not None:
        drop(connections[0], names)
        raise failed
    return names


def copy_statement(sql: TableSql, stage: str) -> str:
    """INSERT of a stage's rows into the table, in the stage's physical order."""
    columns = ", ".join(quote_ident(c) for c in sql.insert_columns)
    overriding = " OVERRIDING SYSTEM VALUE" if sql.has_identity else ""
    return f"INSERT INTO {quote_table(sql.table)} ({columns}){overriding}\nSELECT {columns} FROM {stage}"


def drop(db: Database, stages: Sequence[str]) -> None:
    for name in stages:
        try:
            db.execute(f"DROP TABLE IF EXISTS {name}")
        except psycopg.Error:
            pass  # the schema goes at the end of seeding anyway
