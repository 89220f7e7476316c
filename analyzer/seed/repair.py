"""Make seeded rows satisfy the constraints generators cannot guarantee, instead of giving up a table.

- A CHECK the generators do not understand (a function call, OR, several columns): the INSERT
  evaluates every CHECK of the table on each generated row and, when one refuses it, tries the
  row again with other values for its non-key columns (`TableSql.repair_expr`: the values of
  another row number, other shapes, then NULL or the DEFAULT). Keys keep the row's own values,
  so foreign keys computed from row numbers still find their parent. A row no attempt repairs
  is left out and counted.
- A unique key the data breaks (a partial or expression index, a key the generator could not
  make injective): rows repeating the key of a partial or expression index are moved out of it
  when a column its predicate or expression reads has another value that does (`status =
  'canceled'`, `"primary" = false`); the remaining
  duplicates are removed before the index or constraint is built again.
- A foreign key that lost its parent row that way: a nullable one is set NULL, otherwise the
  child row is removed; the key is then re-added, validated.

Each repair is counted, for the report.
"""

from __future__ import annotations

import psycopg
from dbperf.postgres.database import Database
from dbperf.schema.model import ForeignKey, Schema
from dbperf.seed.checks import UniqueKey, check_expression, expression_columns
from dbperf.seed.columns import TableSql, quote_ident, quote_table, sql_literal

ATTEMPT = "a.k"
ALT_ROW = "a.r"


def _checks(sql: TableSql) -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, expression, columns) of the table's CHECKs whose columns the INSERT writes."""
    written = set(sql.insert_columns)
    found = []
    for check in sql.table.checks:
        expression = check_expression(check)
        if expression and set(check.columns) <= written:
            found.append((check.name, expression, check.columns))
    return found


def repaired_insert(sql: TableSql, on_conflict: bool, refused: list[tuple[str, int]]) -> str | None:
    """INSERT of the rows numbered $1 to $2 in which each row is the first of REPAIR_ATTEMPTS
    variants that every CHECK accepts; None when the table has no CHECK to honour this way. The
    columns of the `refused` CHECKs (`refused_rows`) also try other shapes of values."""
    checks = _checks(sql)
    if not checks or sql.rows < 1:
        return None
    failing = {name for name, _ in refused}
    checked = {c for name, _, columns in checks if name in failing for c in columns}
    names = [quote_ident(c) for c in sql.insert_columns]
    exprs = ",\n    ".join(f"{sql.repair_expr(c, 'g.i', ALT_ROW, ATTEMPT, checked)} AS {quote_ident(c)}"
                           for c in sql.insert_columns)
    stride = max(1, int(sql.rows * 0.618034))  # attempt k reads row i + k·stride (mod rows): far apart
    attempts = (f"SELECT k, CASE WHEN k = 0 THEN g.i ELSE 1 + (g.i - 1 + k * {stride}) % {sql.rows} END AS r "
                f"FROM generate_series(0, {sql.REPAIR_ATTEMPTS - 1}) AS a0(k)")
    accepted = " AND ".join(f"({expression}) IS NOT FALSE" for _, expression, _ in checks)
    overriding = " OVERRIDING SYSTEM VALUE" if sql.has_identity else ""
    conflict = " ON CONFLICT DO NOTHING" if on_conflict else ""
    return (f"INSERT INTO {quote_table(sql.table)} ({', '.join(names)}){overriding}\n"
            f"SELECT {', '.join('s.' + n for n in names)}\n"
            f"FROM generate_series($1::bigint, $2::bigint) AS g(i)\n"
            f"CROSS JOIN LATERAL (SELECT * FROM (\n  SELECT\n    {exprs}\n  FROM ({attempts}) AS a\n"
            f") AS s WHERE {accepted} LIMIT 1) AS s{conflict}")


def refused_rows(db: Database, sql: TableSql) -> list[tuple[str, int]]:
    """(CHECK name, generated rows it refused before repair), for each CHECK that refused some."""
    checks = _checks(sql)
    if not checks:
        return []
    columns = sorted({c for _, _, cols in checks for c in cols})
    exprs = ", ".join(f"{sql.expr(c, 'g.i')} AS {quote_ident(c)}" for c in columns)
    counts = ", ".join(f"count(*) FILTER (WHERE NOT ({expression}))" for _, expression, _ in checks)
    found = db.fetchall(f"SELECT {counts} FROM (SELECT {exprs} FROM generate_series(1, {sql.rows}) AS g(i)) AS s")
    return [(name, int(n)) for (name, _, _), n in zip(checks, found[0]) if n]


def _duplicates(relation: str, key: UniqueKey) -> str:
    """SQL: the ctid of every row but the first (physical order) of each group of equal keys."""
    where = [f"({key.predicate})"] if key.predicate else []
    if not key.nulls_not_distinct:  # NULLs are distinct: rows with a NULL key never collide
        where += [f"({k}) IS NOT NULL" for k in key.keys]
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    return (f"SELECT ctid FROM (SELECT ctid, row_number() OVER (PARTITION BY {', '.join(key.keys)} "
            f"ORDER BY ctid) AS n FROM {relation}{condition}) AS d WHERE n > 1")


def remove_duplicates(db: Database, relation: str, key: UniqueKey) -> int:
    """Delete every row but the first of each group of equal keys; rows removed."""
    return db.execute(f"DELETE FROM {relation} WHERE ctid IN ({_duplicates(relation, key)})").rowcount


def move_out_of_key(db: Database, relation: str, key: UniqueKey, sql: TableSql) -> list[str]:
    """Rows repeating the key of a partial unique index (`(user_id) WHERE status = 'active'`) or of
    an expression (`(user_id, CASE WHEN "primary" THEN true END)`: one primary email per user) take
    another value of a column the predicate or the expression reads (`canceled`: an older
    subscription; `primary = false`), tried in turn among the column's enum or CHECK values,
    booleans and NULL; the changes made (`status = 'canceled' (12 rows)`)."""
    readers = (expression_columns(key.predicate) if key.predicate else set()) | (key.columns - key.plain)
    changes = []
    for name in sorted(readers - key.plain):
        col = sql.table.column(name)
        if col is None or name in sql.injective or name in sql.table.primary_key \
                or (sql.key, name) in sql.ctx.referenced:
            continue
        rules = sql.rules.get(name)
        labels = col.enum_values or (rules.allowed if rules else None) or ()
        candidates = [f"{sql_literal(v)}::{col.type}" for v in labels]
        candidates += ["false", "true"] if col.base_type == "boolean" else []
        candidates += [] if col.not_null else [f"NULL::{col.type}"]
        for value in candidates:
            duplicates = int(db.fetchval(f"SELECT count(*) FROM ({_duplicates(relation, key)}) AS d"))
            if not duplicates:
                return changes
            try:
                with db.conn.transaction():
                    moved = db.execute(f"UPDATE {relation} SET {quote_ident(name)} = {value} "
                                       f"WHERE ctid IN ({_duplicates(relation, key)})").rowcount
                    left = int(db.fetchval(f"SELECT count(*) FROM ({_duplicates(relation, key)}) AS d"))
                    if left >= duplicates:
                        raise _Undo
                changes.append(f"{quote_ident(name)} = {value} ({moved} rows)")
            except (_Undo, psycopg.Error):  # still inside the predicate, or refused by a CHECK
                continue
    return changes


class _Undo(Exception):
    """Roll back the savepoint: the change did not help."""


def repair_orphans(db: Database, schema: Schema, fk: ForeignKey) -> tuple[int, int]:
    """Rows of `fk`'s table whose parent is missing: set NULL when the key is nullable, else removed.
    Returns (rows set NULL, rows removed)."""
    child, parent = schema.tables[fk.table], schema.tables[fk.ref_table]
    join = " AND ".join(f"p.{quote_ident(r)} = c.{quote_ident(c)}" for c, r in zip(fk.columns, fk.ref_columns))
    not_null = " AND ".join(f"c.{quote_ident(c)} IS NOT NULL" for c in fk.columns)
    orphan = (f"SELECT c.ctid FROM {quote_table(child)} c WHERE {not_null} AND NOT EXISTS "
              f"(SELECT 1 FROM {quote_table(parent)} p WHERE {join})")
    columns = [child.column(c) for c in fk.columns]
    if all(col is not None and not col.not_null for col in columns):
        sets = ", ".join(f"{quote_ident(c)} = NULL" for c in fk.columns)
        return db.execute(f"UPDATE {quote_table(child)} SET {sets} WHERE ctid IN ({orphan})").rowcount, 0
    return 0, db.execute(f"DELETE FROM {quote_table(child)} WHERE ctid IN ({orphan})").rowcount
