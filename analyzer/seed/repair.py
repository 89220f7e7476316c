"""Make seeded rows satisfy the constraints generators cannot guarantee, instead of giving up a table.

- A CHECK the generators do not understand (a function call, OR, several columns): the INSERT
  evaluates every CHECK of the table on each generated row and, when one refuses it, tries the
  row again with other values for its non-key columns (`_attempt_value`: the values of
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
from dbperf.schema.model import Column, ForeignKey, Schema
from dbperf.seed import hashing, values
from dbperf.seed.checks import UniqueKey, check_expression, expression_columns
from dbperf.seed.columns import TableSql
from dbperf.seed.sqltext import quote_ident, quote_table, sql_literal

REPAIR_ATTEMPTS = 16  # attempt 0 is the usual row; the last one falls back to NULL or the DEFAULT
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


def _attempt_value(sql: TableSql, fixed: set[str], column: str, checked: set[str]) -> str:
    """SQL: `column` at repair attempt ATTEMPT: the usual value at another row number (ALT_ROW), for
    the columns of refusing CHECKs other shapes too (slug, hex, digits, small integers), and last
    NULL or the column's DEFAULT. Fixed columns keep the row's own value, except a unique column
    no other table points at, which tries other shapes that still carry the row number."""
    col = sql.table.column(column)
    if col is None or column not in sql.insert_columns:
        return sql.expr(column, "g.i")
    if column in fixed:
        if column not in checked or column not in sql.injective or (sql.key, column) in sql.ctx.referenced:
            return sql.expr(column, "g.i")
        usual = sql.expr(column, "g.i")
        shapes, last = _shapes(sql, col, "g.i", unique=True), usual
    else:
        usual = sql.expr(column, ALT_ROW)
        rules = sql.rules.get(column)
        shapes = [] if column not in checked or (rules and rules.allowed) else _shapes(sql, col, ALT_ROW, unique=False)
        last = _fallback(col, usual)
    final = f"CASE WHEN {ATTEMPT} = {REPAIR_ATTEMPTS - 1} THEN "
    if not shapes:
        return f"{final}{last} ELSE {usual} END"
    # Each column cycles through its shapes, so that different columns' shapes meet in different
    # combinations (and, at another row number, with other values) over the attempts.
    cases = " ".join(f"WHEN {k + 1} THEN ({shape})::{col.type}" for k, shape in enumerate(shapes))
    if last == usual:
        last = f"({shapes[0]})::{col.type}"
    return (f"{final}{last} WHEN {ATTEMPT} = 0 THEN {usual} "
            f"ELSE CASE ({ATTEMPT} - 1) % {len(shapes) + 1} {cases} ELSE {usual} END END")


def _fallback(col: Column, usual: str) -> str:
    """The last attempt's value: NULL (which a CHECK lets pass), else the DEFAULT, else the usual."""
    if not col.not_null:
        return f"NULL::{col.type}"
    return f"({col.default})::{col.type}" if col.default else usual


def _shapes(sql: TableSql, col: Column, row: str, unique: bool) -> list[str]:
    """Other kinds of values for a column a CHECK refuses: slug, hex, digits, a capitalised word, a
    code (a letter then letters and digits, as long as the column allows), digests as hex; small
    integers; digests as bytes (16, 20, 32, 64 of them). `unique`: text only, each with the row
    number in it."""
    cell = sql.cell(col, row)
    if col.is_array:
        return []
    text = col.base_type in values.TEXT_TYPES
    digest = f"int8send({cell.h('digest')})" if not unique else f"int8send({row})"
    if unique:
        number = f"lpad(to_hex({row}), 8, '0')"
        return [f"({row})::text || '-' || {cell.words(2, sep='-')}",
                f"{number} || {hashing.hex16(row, cell.salt('repair'))}",
                f"({row})::text", f"{row}::text || initcap({cell.words(1)})", _code(col, row, unique=True),
                f"encode(sha256({digest}), 'hex')", f"md5(({row})::text)"] if text else []
    if text:
        return [cell.words(2, sep="-"), hashing.hex16(row, cell.salt("repair")),
                f"({cell.below(1_000_000, 'repair')})::text", f"initcap({cell.words(1)})",
                _code(col, hashing.hash64(row, cell.salt("code")), unique=False),
                f"encode(sha256({digest}), 'hex')", f"md5(({digest})::text)"]
    if col.base_type in values.INTEGER_TYPES or col.base_type in ("numeric", *values.FLOAT_TYPES):
        return [f"1 + {cell.below(2, 'repair')}", cell.below(10, "repair"), f"1 + {cell.below(100, 'repair')}"]
    if col.base_type == "bytea":
        return [f"sha256({digest})", f"decode(md5(({digest})::text), 'hex')",
                f"substr(sha256({digest}), 1, 20)", f"sha512({digest})"]
    return []


CODE_LENGTH = 11  # a code's length when the column sets none


def _code(col: Column, number: str, unique: bool) -> str:
    """A code: an upper-case letter, then hex digits up to the column's length (or CODE_LENGTH):
    what identifier CHECKs (`uid ~ '^[A-Za-z][A-Za-z0-9]{10}$'`) accept. Unique: the number in it."""
    length = values.max_length(col) or CODE_LENGTH
    digits = max(1, length - 1)
    body = f"lpad(to_hex({number}), {digits}, '0')" if unique else \
        f"lpad(to_hex(({number}) & {(1 << min(4 * digits, 62)) - 1}), {digits}, '0')"
    return f"chr(65 + ((({number}) % 26 + 26) % 26)::int) || upper({body})"


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
    fixed = sql.fixed_columns()
    exprs = ",\n    ".join(f"{_attempt_value(sql, fixed, c, checked)} AS {quote_ident(c)}" for c in sql.insert_columns)
    stride = max(1, int(sql.rows * 0.618034))  # attempt k reads row i + k·stride (mod rows): far apart
    attempts = (f"SELECT k, CASE WHEN k = 0 THEN g.i ELSE 1 + (g.i - 1 + k * {stride}) % {sql.rows} END AS r "
                f"FROM generate_series(0, {REPAIR_ATTEMPTS - 1}) AS a0(k)")
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
    with db.conn.transaction():
        db.execute("SET LOCAL statement_timeout = 0")
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
    """Rows of `fk`'s table whose parent is missing: their nullable key columns set NULL (a key with a
    NULL column holds, MATCH SIMPLE), else the rows are removed. Returns (rows set NULL, removed)."""
    child, parent = schema.tables[fk.table], schema.tables[fk.ref_table]
    join = " AND ".join(f"p.{quote_ident(r)} = c.{quote_ident(c)}" for c, r in zip(fk.columns, fk.ref_columns))
    not_null = " AND ".join(f"c.{quote_ident(c)} IS NOT NULL" for c in fk.columns)
    orphan = (f"SELECT c.ctid FROM {quote_table(child)} c WHERE {not_null} AND NOT EXISTS "
              f"(SELECT 1 FROM {quote_table(parent)} p WHERE {join})")
    nullable = [c for c in fk.columns if (col := child.column(c)) is not None and not col.not_null]
    if nullable:
        sets = ", ".join(f"{quote_ident(c)} = NULL" for c in nullable)
        try:
            with db.conn.transaction():
                db.execute("SET LOCAL statement_timeout = 0")
                return db.execute(f"UPDATE {quote_table(child)} SET {sets} WHERE ctid IN ({orphan})").rowcount, 0
        except psycopg.errors.IntegrityError:
            pass  # a NULL key would break a unique index (`WHERE parent_id IS NULL`) or a CHECK: remove them
    with db.conn.transaction():
        db.execute("SET LOCAL statement_timeout = 0")
        return 0, db.execute(f"DELETE FROM {quote_table(child)} WHERE ctid IN ({orphan})").rowcount
