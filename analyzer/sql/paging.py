"""Rewrites for measuring pagination: the same query at another page, the row a page starts at, and
the first page of a query that has no LIMIT."""

from __future__ import annotations

from typing import Any, Sequence

import sqlglot
from sqlglot import exp


def _parse(sql: str) -> exp.Select | None:
    try:
        tree = sqlglot.parse_one(sql, read="postgres")
    except (sqlglot.errors.ParseError, sqlglot.errors.TokenError):
        return None
    return tree if isinstance(tree, exp.Select) else None


def inline_params(sql: str, params: Sequence[Any] | None) -> str | None:
    """The query with every `$n` replaced by its value as an untyped literal ('42', NULL).

    PostgreSQL resolves an untyped literal from its context just as it does a
    text-bound parameter, so the query plans the same; the result can be
    rewritten freely without renumbering parameters.
    """
    tree = _parse_any(sql)
    if tree is None:
        return None
    values = list(params or ())

    def replace(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Parameter):
            index = int(node.name) if node.name.isdigit() else 0
            if 1 <= index <= len(values):
                value = values[index - 1]
                return exp.null() if value is None else exp.Literal.string(_text(value))
        return node

    return tree.transform(replace).sql(dialect="postgres")


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        import json

        return json.dumps(value)
    return str(value)


def _parse_any(sql: str) -> exp.Expression | None:
    try:
        return sqlglot.parse_one(sql, read="postgres")
    except (sqlglot.errors.ParseError, sqlglot.errors.TokenError):
        return None


def with_offset(sql: str, offset: int) -> str | None:
    """The query with its top-level OFFSET replaced by a literal `offset` (parameters elsewhere kept)."""
    tree = _parse(sql)
    if tree is None:
        return None
    return tree.offset(offset, copy=False).sql(dialect="postgres")


def paginated(sql: str, table: str | None, order: Sequence[str], limit: int) -> str | None:
    """The first page of a query without LIMIT: `LIMIT limit`, and `ORDER BY order` (columns of
    `table`, its unique key) when the query has no ORDER BY, so pages follow a stable order."""
    tree = _parse(sql)
    if tree is None:
        return None
    if order and not tree.args.get("order") and table:
        alias = _alias_of(tree, table.rsplit(".", 1)[-1])
        tree = tree.order_by(*(exp.column(col, table=alias, quoted=True) for col in order), copy=False)
    return tree.limit(limit, copy=False).sql(dialect="postgres")


def cursor_probe(sql: str, columns: list[tuple[str, str]], offset: int) -> str | None:
    """Select only `columns` ((table, column) pairs) of the row at `offset`: the cursor of that page.

    Used to give a keyset query the same starting point as the OFFSET page it replaces.
    """
    tree = _parse(sql)
    if tree is None:
        return None
    projections = [exp.column(col, table=_alias_of(tree, table), quoted=True) for table, col in columns]
    tree.set("expressions", projections)
    tree.set("distinct", None)
    return tree.offset(offset, copy=False).limit(1, copy=False).sql(dialect="postgres")


def _alias_of(tree: exp.Select, table: str) -> str:
    for t in tree.find_all(exp.Table):
        if t.name == table:
            return t.alias_or_name
    return table
