"""Parsing one PostgreSQL statement with sqlglot, and small readers of its syntax tree.

pglast (PostgreSQL's own scanner) decides where `$n` parameters are; sqlglot builds the tree
that `dbperf.sql.scope` qualifies and `dbperf.sql.predicates` reads.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlglot
from pglast import parser as pg_parser
from sqlglot import exp

# Aggregates whose result carries the aggregated column values back to the client.
_COLLECTING = (exp.JSONArrayAgg, exp.ArrayAgg, exp.GroupConcat, exp.JSONObjectAgg)
_ANONYMOUS_AGGREGATES = {"jsonb_agg", "jsonb_object_agg", "bool_and", "bool_or", "every"}
_ANONYMOUS_COLLECTING = {"jsonb_agg", "jsonb_object_agg"}


def parse_statement(sql: str) -> exp.Expr:
    """Parse exactly one PostgreSQL statement with sqlglot (raises on error)."""
    statements = [s for s in sqlglot.parse(_space_params(sql), read="postgres") if s is not None]
    if not statements:
        raise ValueError("empty statement")
    if len(statements) > 1:
        raise ValueError(f"{len(statements)} statements where one was expected")
    return statements[0]


def fold(name: exp.Expr | str | None) -> str:
    """An identifier as PostgreSQL stores it: quoted keeps its case, unquoted folds to lower."""
    if name is None:
        return ""
    if isinstance(name, str):
        return name.lower()
    if isinstance(name, exp.Identifier):
        return name.this if name.quoted else name.this.lower()
    return name.name.lower()


def param_number(node: exp.Expr) -> int | None:
    """n for a `$n` parameter node, else None."""
    if isinstance(node, exp.Parameter):
        try:
            return int(node.name)
        except ValueError:
            return None
    return None


def number_placeholders(root: exp.Expr) -> None:
    """Turn client-side placeholders (%s, ?, %(name)s, :name) into `$n` after the last `$n`, in
    text order (one number per distinct name), so every reader sees parameters alike."""
    nodes = list(root.walk(bfs=False))
    base = max((n for n in map(param_number, nodes) if n is not None), default=0)
    by_name: dict[str, int] = {}
    for node in nodes:
        if not isinstance(node, exp.Placeholder):
            continue
        name = node.this.name if isinstance(node.this, exp.Expr) else node.this  # None: %s and ?
        if name and name in by_name:
            number = by_name[name]
        else:
            base += 1
            number = base
            if name:
                by_name[name] = number
        node.replace(exp.Parameter(this=exp.Literal.number(number)))


def strip(node: exp.Expr) -> exp.Expr:
    """`node` without the parentheses around it."""
    while isinstance(node, exp.Paren):
        node = node.this
    return node


def uncast(node: exp.Expr) -> exp.Expr:
    """`node` without parentheses and casts around it."""
    node = strip(node)
    while isinstance(node, (exp.Cast, exp.TryCast)):
        node = strip(node.this)
    return node


def unwrap(node: exp.Expr) -> exp.Expr:
    """A query without the Subquery parentheses around it."""
    while isinstance(node, exp.Subquery):
        node = node.this
    return node


def literal(node: exp.Expr) -> tuple[bool, object]:
    """(True, python value) when `node` is a constant literal."""
    node = strip(node)
    if isinstance(node, exp.Cast):
        return literal(node.this)
    if isinstance(node, exp.Null):
        return True, None
    if isinstance(node, exp.Boolean):
        return True, bool(node.this)
    if isinstance(node, exp.Neg):
        ok, value = literal(node.this)
        return (True, -value) if ok and isinstance(value, (int, float)) else (False, None)
    if isinstance(node, exp.Literal):
        if node.is_string:
            return True, node.this
        try:
            return True, int(node.this)
        except ValueError:
            return True, float(node.this)
    return False, None


def is_trivial(condition: exp.Expr) -> bool:
    """True for conditions that are constant true: `1=1`, `true`, `(1=1 AND true)`."""
    condition = strip(condition)
    if isinstance(condition, exp.Boolean):
        return bool(condition.this)
    if isinstance(condition, exp.And):
        return is_trivial(condition.this) and is_trivial(condition.expression)
    if isinstance(condition, exp.EQ):
        left, right = literal(condition.this), literal(condition.expression)
        return left[0] and right[0] and left[1] == right[1] and left[1] is not None
    return False


def is_aggregate(node: exp.Expr) -> bool:
    if isinstance(node, exp.Anonymous):
        return node.name.lower() in _ANONYMOUS_AGGREGATES
    return isinstance(node, exp.AggFunc)


def is_collecting(node: exp.Expr) -> bool:
    """An aggregate whose result holds the aggregated values (json_agg, array_agg, …)."""
    if isinstance(node, exp.Anonymous):
        return node.name.lower() in _ANONYMOUS_COLLECTING
    return isinstance(node, _COLLECTING)


def is_star(node: exp.Expr) -> bool:
    """`*` or `t.*`."""
    return isinstance(node, exp.Star) or (
        isinstance(node, exp.Column) and isinstance(node.this, exp.Star)
    )


def shallow_queries(node: exp.Expr) -> Iterator[exp.Expr]:
    """Nested queries in `node`, outermost only (their own subqueries are theirs to visit)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, exp.Query):
            yield current
            continue
        stack.extend(reversed(list(current.iter_expressions())))


def local_nodes(node: exp.Expr) -> Iterator[exp.Expr]:
    """`node` and its descendants, without entering nested queries."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(c for c in current.iter_expressions() if not isinstance(c, exp.Query))


def function_name(node: exp.Expr) -> str:
    """How PostgreSQL spells the function wrapping a column: lower, date_trunc, cast, ->>."""
    if isinstance(node, exp.JSONExtractScalar):
        return "->>"
    if isinstance(node, exp.JSONExtract):
        return "->"
    if isinstance(node, (exp.Cast, exp.TryCast)):
        return "cast"
    if isinstance(node, exp.Anonymous):
        return node.name.lower()
    if isinstance(node, exp.Func):
        try:  # the name PostgreSQL would see, e.g. TimestampTrunc -> DATE_TRUNC
            return sqlglot.tokenize(node.sql(dialect="postgres"), read="postgres")[0].text.lower()
        except Exception:  # noqa: BLE001 - a name is a nicety, never a failure
            return node.sql_name().lower()
    return "expr"


def _space_params(sql: str) -> str:
    """Put a space after every `$n` glued to the next character.

    sqlglot's tokenizer reads `($1,$2)` (as Prisma writes IN lists) as the start
    of a dollar-quoted string. PostgreSQL's own scanner (pglast) tells exactly
    where the parameters are, so string literals are never touched.
    """
    try:
        tokens = pg_parser.scan(sql)
    except Exception:  # noqa: BLE001 - not PostgreSQL-scannable: let sqlglot report the error
        return sql
    data = sql.encode()
    pieces, last = [], 0
    for token in tokens:
        end = token.end + 1  # pglast token ends are inclusive byte offsets
        if token.name == "PARAM" and end < len(data) and not data[end : end + 1].isspace():
            pieces += [data[last:end], b" "]
            last = end
    pieces.append(data[last:])
    return b"".join(pieces).decode()
