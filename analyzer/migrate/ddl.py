"""CREATE INDEX / DROP INDEX (and CREATE / DROP STATISTICS) statements built from an `IndexChange`.

SQL is built, never parsed with regular expressions: identifiers are quoted
by PostgreSQL's own rule (`quote_ident`), expression keys are recognised with
pglast, and a dropped index's original definition is re-emitted through
pglast's deparser.
"""

from __future__ import annotations

import hashlib

from pglast import ast, parse_sql
from pglast.keywords import COL_NAME_KEYWORDS, RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS
from pglast.parser import ParseError
from pglast.stream import RawStream

from dbperf.findings import IndexChange

MAX_IDENTIFIER_BYTES = 63  # NAMEDATALEN - 1: PostgreSQL truncates longer names silently
_SIMPLE_FIRST = set("abcdefghijklmnopqrstuvwxyz_")
_SIMPLE_REST = _SIMPLE_FIRST | set("0123456789$")
# Unreserved keywords (e.g. "name", "data") are fine bare, as in quote_ident().
_QUOTED_KEYWORDS = (
    frozenset(RESERVED_KEYWORDS) | frozenset(TYPE_FUNC_NAME_KEYWORDS) | frozenset(COL_NAME_KEYWORDS)
)


def quote_ident(name: str) -> str:
    """`name` as PostgreSQL's quote_ident() writes it: bare when it is lower-case
    simple and not a keyword that must be quoted, else double-quoted."""
    simple = bool(name) and name[0] in _SIMPLE_FIRST and all(ch in _SIMPLE_REST for ch in name)
    if simple and name not in _QUOTED_KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def split_table(table: str) -> tuple[str | None, str]:
    """A table key (`schema.model.table_key`) apart: "auth.sessions" -> ("auth", "sessions");
    "orders" -> (None, "orders"), a table of public."""
    schema, dot, name = table.partition(".")
    return (schema, name) if dot else (None, table)


def qualified(table: str) -> str:
    """A table reference, schema-qualified when the name carries a schema."""
    schema, name = split_table(table)
    return f"{quote_ident(schema)}.{quote_ident(name)}" if schema else quote_ident(name)


def is_expression(key: str) -> bool:
    """True when an index key is an expression (`lower(email)`), not a column name.

    A column name is made of identifier characters only (letters, digits, "_",
    "$", any case); anything else is taken as expression SQL. A column whose
    name holds spaces or punctuation cannot be told apart: it is not supported.
    """
    return not key or not all(ch.isalnum() or ch in "_$" for ch in key)


def index_name(table: str, columns: tuple[str, ...] | list[str], suffix: str = "idx") -> str:
    """`<table>_<col1>_<col2>_<suffix>`, as drizzle-kit names indexes, at most 63 bytes.

    Expression keys contribute their words (`lower(email)` -> `lower_email`).
    A name that would be too long is cut and given a short hash of the full
    name, so that two long names never collide after truncation.
    """
    _, bare = split_table(table)
    parts = [bare, *(_name_part(c) for c in columns), suffix]
    name = "_".join(p for p in parts if p)
    if len(name.encode()) <= MAX_IDENTIFIER_BYTES:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    tail = f"_{digest}_{suffix}" if suffix else f"_{digest}"
    head = name.encode()[: MAX_IDENTIFIER_BYTES - len(tail.encode())].decode(errors="ignore")
    return head.rstrip("_") + tail


def _name_part(key: str) -> str:
    """A column name as is; an expression reduced to its words joined by "_"."""
    if not is_expression(key):
        return key
    words, word = [], []
    for ch in key:
        if ch.isalnum() or ch == "_":
            word.append(ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return "_".join(words).lower()


def _key_sql(key: str, opclass: str | None) -> str:
    sql = expression_key_sql(key) if is_expression(key) else quote_ident(key)
    return f"{sql} {opclass}" if opclass else sql


def expression_key_sql(expression: str) -> str:
    """An expression as an index key: a function call as is, anything else in parentheses.

    The expression goes through pglast (parse + deparse), so `(data->>'x')`
    and `data ->> 'x'` give the same `(data ->> 'x')`.
    """
    try:
        stmt = parse_sql(f"SELECT {expression}")[0].stmt
    except ParseError:
        return f"({expression})"
    if not (isinstance(stmt, ast.SelectStmt) and stmt.targetList and len(stmt.targetList) == 1):
        return f"({expression})"
    node = stmt.targetList[0].val
    text = RawStream()(node)
    return text if isinstance(node, ast.FuncCall) else f"({text})"


def create_index_sql(
    change: IndexChange, concurrently: bool = True, if_not_exists: bool = True
) -> str:
    """The CREATE INDEX statement (with its ";") that makes `change`'s index (CREATE STATISTICS for a
    statistics object: it takes no lock that blocks writes, so there is no CONCURRENTLY).

    On a partitioned table CONCURRENTLY is refused ("cannot create index on partitioned table
    concurrently"), so the index is built as PostgreSQL documents for it: created on the parent
    alone (`ON ONLY`, invalid until complete), built CONCURRENTLY on each partition, and each
    attached (`ALTER INDEX … ATTACH PARTITION`), which makes it valid once every partition has one.
    """
    if change.kind == "statistics":
        return create_statistics_sql(change, if_not_exists=if_not_exists)
    if concurrently and change.partitions:
        return _partitioned_index_sql(change, if_not_exists)
    return _create_index(change, change.name, change.table, concurrently=concurrently, if_not_exists=if_not_exists)


def _create_index(change: IndexChange, name: str, table: str, *, concurrently: bool, if_not_exists: bool,
                  only: bool = False) -> str:
    words = ["CREATE", "UNIQUE INDEX" if change.unique else "INDEX"]
    if concurrently:
        words.append("CONCURRENTLY")
    if if_not_exists:
        words.append("IF NOT EXISTS")
    words += [quote_ident(name), "ON"] + (["ONLY"] if only else []) + [qualified(table)]
    if change.method and change.method != "btree":
        words += ["USING", change.method]
    words.append("(" + ", ".join(_key_sql(k, change.opclass) for k in change.columns) + ")")
    if change.include:
        words.append("INCLUDE (" + ", ".join(quote_ident(c) for c in change.include) + ")")
    if change.where:
        words += ["WHERE", change.where]
    return " ".join(words) + ";"


def _partitioned_index_sql(change: IndexChange, if_not_exists: bool) -> str:
    """ON ONLY on the parent (and on each sub-partitioned partition), CONCURRENTLY on each leaf,
    each attached to its parent's index."""
    suffix = change.name.rsplit("_", 1)[-1] if "_" in change.name else "idx"
    names = {_table_key(change.table): change.name}
    partitioned = {parent for _, parent in change.partitions}
    lines = [
        f"-- {change.table} is partitioned: its index is created on the parent alone (invalid until every",
        "-- partition has one), built CONCURRENTLY on each partition, and attached. A partition this list",
        "-- lacks keeps the parent's index invalid until it gets its own and it is attached the same way.",
        _create_index(change, change.name, change.table, concurrently=False, if_not_exists=if_not_exists,
                      only=True),
    ]
    for partition, parent in change.partitions:
        table = _table_key(partition)
        names[table] = index_name(table, change.columns, suffix=suffix)
        sub = partition in partitioned
        lines.append(_create_index(change, names[table], table, concurrently=not sub, if_not_exists=if_not_exists,
                                   only=sub))
        parent_index = _index_ref(_table_key(parent), names[_table_key(parent)])
        lines.append(f"ALTER INDEX {parent_index} ATTACH PARTITION {_index_ref(table, names[table])};")
    return "\n".join(lines)


def _table_key(name: str) -> str:
    """"public.events_2024_01" -> "events_2024_01"; other schemas stay qualified."""
    schema, bare = split_table(name)
    return bare if schema in (None, "public") else name


def _index_ref(table: str, index: str) -> str:
    """An index name, in its table's schema when the table names one."""
    schema, _ = split_table(table)
    return f"{quote_ident(schema)}.{quote_ident(index)}" if schema else quote_ident(index)


def create_statistics_sql(change: IndexChange, if_not_exists: bool = True) -> str:
    """CREATE STATISTICS on one expression (PostgreSQL 14+), or `(ndistinct)` on several keys."""
    keys = [f"({k})" if is_expression(k) else quote_ident(k) for k in change.columns]
    on = f"ON {keys[0]}" if len(keys) == 1 else "(ndistinct) ON " + ", ".join(keys)
    exists = " IF NOT EXISTS" if if_not_exists else ""
    return f"CREATE STATISTICS{exists} {object_name(change)} {on} FROM {qualified(change.table)};"


def object_name(change: IndexChange) -> str:
    """The index (or statistics object) name, in its table's schema when the table names one: index
    names are unique per schema, so `sessions_user_id_idx` may exist in public and in auth."""
    schema, _ = split_table(change.table)
    return f"{quote_ident(schema)}.{quote_ident(change.name)}" if schema else quote_ident(change.name)


def drop_index_sql(change: IndexChange, concurrently: bool = True, if_exists: bool = True) -> str:
    """The DROP INDEX statement (with its ";") that removes `change`'s index (or statistics object).
    A partitioned table's index cannot be dropped CONCURRENTLY: a plain DROP INDEX removes it and its
    partitions' indexes."""
    name = object_name(change)
    words = ["DROP STATISTICS" if change.kind == "statistics" else "DROP INDEX"]
    if concurrently and change.kind != "statistics" and not on_partitioned_table(change):
        words.append("CONCURRENTLY")
    if if_exists:
        words.append("IF EXISTS")
    words.append(name)
    return " ".join(words) + ";"


def on_partitioned_table(change: IndexChange) -> bool:
    """The index is a partitioned table's: the change names its partitions, or its definition
    (pg_get_indexdef) reads `ON ONLY`, as it does for every index of a partitioned table."""
    if change.partitions:
        return True
    if not change.definition:
        return False
    try:
        stmt = parse_sql(change.definition)[0].stmt
    except ParseError:
        return False
    return isinstance(stmt, ast.IndexStmt) and stmt.relation is not None and not stmt.relation.inh


def restore_index_sql(change: IndexChange, concurrently: bool = True) -> str:
    """The CREATE INDEX that brings a dropped index back, for a rollback.

    Uses the original `definition` (made CONCURRENTLY / IF NOT EXISTS through
    pglast's AST) when there is one, else rebuilds it from the change's fields.
    """
    if change.definition:
        try:
            stmt = parse_sql(change.definition)[0].stmt
        except ParseError:
            stmt = None
        if isinstance(stmt, ast.IndexStmt):
            partitioned = not stmt.relation.inh  # ON ONLY: a partitioned table's, never CONCURRENTLY
            stmt.concurrent = concurrently and not partitioned
            stmt.relation.inh = True  # the whole index back, its partitions' included
            stmt.if_not_exists = True
            return RawStream()(stmt) + ";"
    return create_index_sql(change, concurrently=concurrently, if_not_exists=True)
