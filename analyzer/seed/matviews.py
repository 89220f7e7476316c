"""Materialized views after seeding: refreshed from the seeded rows, their unique indexes kept.

A unique index on a materialized view states a dependency the base table's columns have in
production but not in generated rows: `release_downloads` groups `downloads` by
`(package_id, release_id)` and is unique on `release_id` alone, because a release belongs to
one package. When the refresh breaks such an index, the view's query is read (pglast): for
`SELECT … FROM base GROUP BY columns`, where the index's columns are among the grouped ones, each
other grouped column is made to follow the index's columns in the base table (every row takes
the value of the first row with the same key: values other rows already hold, so the table's
foreign keys still hold), and the view is refreshed again. Each repair is reported.
"""

from __future__ import annotations

import psycopg
from pglast import ast, parse_sql
from pglast.parser import ParseError

from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.model import Schema
from dbperf.seed.checks import unique_key
from dbperf.seed.load import first_line, vacuum_analyze, without_timeout
from dbperf.seed.sqltext import quote_ident, quote_table

_UNIQUE_INDEXES = "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = $1::regclass AND indisunique"


def refresh_matviews(db: Database, schema: Schema, problems: Problems, rows: dict[str, int]) -> None:
    """Refresh every materialized view (one reading another after it), then VACUUM (ANALYZE) it, like a
    table; its rows go in `rows`. One that cannot be refreshed stays empty and is reported."""
    pending = sorted(key for key, table in schema.tables.items() if table.kind == "matview")
    while pending:
        ready = [k for k in pending if not set(schema.tables[k].reads) & set(pending)] or pending[:1]
        for key in ready:
            pending.remove(key)
            table = quote_table(schema.tables[key])
            try:
                try:
                    _refresh(db, table)
                except psycopg.errors.UniqueViolation:
                    with without_timeout(db):
                        repairs = follow_unique_keys(db, table)
                    if not repairs:
                        raise
                    _refresh(db, table)
                    for repair in repairs:
                        problems.add("seed", f"materialized view {schema.tables[key].name}: {repair}",
                                     hint="the generated rows lacked a dependency production's data has")
                vacuum_analyze(db, table)
                with without_timeout(db):
                    rows[key] = int(db.fetchval(f"SELECT count(*) FROM {table}"))
            except psycopg.Error as exc:
                rows[key] = 0
                problems.add("seed", f"materialized view {schema.tables[key].name} could not be refreshed after "
                             f"seeding: {first_line(exc)}", severity="error",
                             hint="queries on it are measured on an empty relation")


def _refresh(db: Database, table: str) -> None:
    with db.conn.transaction():
        db.execute("SET LOCAL statement_timeout = 0")
        db.execute(f"REFRESH MATERIALIZED VIEW {table}")


def follow_unique_keys(db: Database, matview: str) -> list[str]:
    """Make the base table's grouped columns follow the columns of each unique index of `matview`
    (see the module's docstring); the repairs made, none when the view's query is of another shape."""
    grouped = _grouping(str(db.fetchval("SELECT pg_get_viewdef($1::regclass)", (matview,))))
    if grouped is None:
        return []
    base, outputs, group = grouped
    done = []
    for name, definition in db.fetchall(_UNIQUE_INDEXES, (matview,)):
        key = unique_key(definition)
        if key is None or key.expressions or key.predicate or not key.plain:
            continue
        columns = [outputs.get(c) for c in key.plain]
        if None in columns or not set(columns) <= set(group):  # type: ignore[arg-type]
            continue
        keys = ", ".join(quote_ident(c) for c in columns)  # type: ignore[arg-type]
        same = " AND ".join(f"b.{quote_ident(c)} IS NOT DISTINCT FROM f.{quote_ident(c)}"
                            for c in columns)  # type: ignore[arg-type]
        for other in [c for c in group if c not in columns]:
            col = quote_ident(other)
            changed = db.execute(
                f"UPDATE {base} AS b SET {col} = f.{col} FROM (SELECT DISTINCT ON ({keys}) {keys}, {col} "
                f"FROM {base} ORDER BY {keys}, ctid) AS f WHERE {same} AND b.{col} IS DISTINCT FROM f.{col}"
            ).rowcount
            if changed:
                done.append(f"{changed} rows of {base} given the {other} of the first row with the same "
                            f"{', '.join(columns)}, so that its unique index {name} holds")
    return done


def _grouping(definition: str) -> tuple[str, dict[str, str], list[str]] | None:
    """(base table, output name -> base column, grouped base columns) of `SELECT … FROM one table
    GROUP BY its columns`, else None."""
    try:
        stmt = parse_sql(definition)[0].stmt
    except (ParseError, IndexError):
        return None
    if not isinstance(stmt, ast.SelectStmt) or not stmt.fromClause or len(stmt.fromClause) != 1 \
            or not stmt.groupClause or not isinstance(stmt.fromClause[0], ast.RangeVar):
        return None
    rel = stmt.fromClause[0]
    base = ".".join(quote_ident(n) for n in (rel.schemaname, rel.relname) if n)
    group = [_column(g) for g in stmt.groupClause]
    if None in group:
        return None
    outputs = {}
    for target in stmt.targetList or ():
        column = _column(target.val)
        if column is not None:
            outputs[target.name or column] = column
    return base, outputs, group  # type: ignore[return-value]


def _column(node: object) -> str | None:
    if isinstance(node, ast.ColumnRef) and node.fields and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval
    return None
