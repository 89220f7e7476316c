"""SQL understanding for rules: the shape of a query, and the rewrites proposed as fixes.

- `analyze(sql, schema) -> QueryShape`: tables, predicates, joins, ORDER BY,
  LIMIT/OFFSET, returned columns and parameter-to-column mapping of one
  statement, resolved against the schema with PostgreSQL identifier rules.
- `narrow_select`, `keyset_rewrite`, `batch_rewrite`: fixes built on sqlglot
  ASTs and emitted as PostgreSQL; each returns None when it does not apply.
"""

from dbperf.sql.rewrite import (
    KeysetRewrite,
    batch_rewrite,
    keyset_rewrite,
    narrow_select,
    param_numbers,
)
from dbperf.sql.shape import ColumnRef, Predicate, QueryShape, analyze, parse_statement

__all__ = [
    "ColumnRef",
    "KeysetRewrite",
    "Predicate",
    "QueryShape",
    "analyze",
    "batch_rewrite",
    "keyset_rewrite",
    "narrow_select",
    "param_numbers",
    "parse_statement",
]
