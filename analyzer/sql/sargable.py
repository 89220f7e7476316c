"""Sargable rewrites: turn `date(col) = X` into a range on `col` that a plain index can serve."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from dbperf.sql.syntax import fold


def _is_date_of(node: exp.Expression, column: str) -> bool:
    """`date(col)` or `col::date` of the named column."""
    if isinstance(node, exp.Date) or (isinstance(node, exp.Cast) and node.to.this == exp.DataType.Type.DATE):
        inner = node.this
        return isinstance(inner, exp.Column) and fold(inner.this) == column
    return False


def date_range_rewrite(sql: str, column: str) -> str | None:
    """`date(col) = X` → `col >= CAST(X AS DATE) AND col < CAST(X AS DATE) + INTERVAL '1 day'`.

    Returns None when the statement has no such comparison.
    """
    try:
        tree = sqlglot.parse_one(sql, read="postgres")
    except (sqlglot.errors.ParseError, sqlglot.errors.TokenError):
        return None
    changed = False

    def rewrite(node: exp.Expression) -> exp.Expression:
        nonlocal changed
        if isinstance(node, exp.EQ):
            for wrapped, value in ((node.this, node.expression), (node.expression, node.this)):
                if _is_date_of(wrapped, column):
                    col = wrapped.this.copy()
                    day = exp.cast(value.copy(), "date")
                    nxt = exp.Add(this=day.copy(), expression=exp.Interval(this=exp.Literal.string("1 day")))
                    changed = True
                    return exp.and_(exp.GTE(this=col, expression=day), exp.LT(this=col.copy(), expression=nxt))
        return node

    result = tree.transform(rewrite)
    return result.sql(dialect="postgres") if changed else None
