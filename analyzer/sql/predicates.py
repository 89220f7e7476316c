"""Filter, join and parameter facts of a statement's conditions (WHERE, JOIN … ON, HAVING).

`Conditions` walks the AND/OR/NOT structure of each condition down to its comparisons and records
one `Predicate` per compared column (resolved by `dbperf.sql.scope.Resolver`), the equi-joins
between two FROM items, and which column each `$n` parameter is compared with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from dbperf.sql.scope import ColumnRef, Resolver
from dbperf.sql.syntax import (
    function_name,
    is_aggregate,
    literal,
    local_nodes,
    param_number,
    strip,
    uncast,
)


@dataclass(frozen=True)
class Predicate:
    """One filter condition on one column.

    `op` is one of "=", "<>", "<", "<=", ">", ">=", "in", "any", "like", "ilike",
    "not like", "not ilike", "is null", "is not null", "between"; under NOT the
    negated forms "not in", "not any", "not between" also occur, and the
    operators of GIN/GiST/trigram indexes: "@>", "<@", "&&", "?", "@@", "~", "~*",
    "similar to". Row comparisons are split: `(a, b) = ($1, $2)` gives two
    predicates, `(a, b) < ($1, $2)` gives `a <= $1`.
    A bare boolean column (`WHERE users.banned`) is `= True` (`NOT banned`: `= False`).
    """

    column: ColumnRef
    op: str
    value: str  # "param" | "literal" | "column" | "expr"
    literal: object = (
        None  # python value when value == "literal" (list for IN / ANY(ARRAY[…]) / BETWEEN)
    )
    param: int | None = None  # n of $n when value == "param" (first one for IN lists and BETWEEN)
    function: str | None = (
        None  # "lower" for lower(email) = $1; "cast", "->>", "expr" for other wrappers
    )
    leading_wildcard: bool = (
        False  # LIKE/ILIKE pattern literal (or its leftmost literal) starts with % or _
    )
    pattern_param: int | None = (
        None  # $n that is (or starts) a LIKE/ILIKE pattern: the runner checks its value
    )
    clause: str = "where"  # "where" | "join" | "having"


_COMPARISONS: dict[type, str] = {
    exp.EQ: "=",
    exp.NEQ: "<>",
    exp.LT: "<",
    exp.LTE: "<=",
    exp.GT: ">",
    exp.GTE: ">=",
}
# Operators that GIN / GiST / trigram indexes serve; the column is on the left.
_OPERATORS: dict[type, str] = {
    exp.ArrayContainsAll: "@>",
    exp.ArrayContainedBy: "<@",
    exp.ArrayOverlaps: "&&",
    exp.JSONBContainsTopKey: "?",
    exp.RegexpLike: "~",
    exp.RegexpILike: "~*",
    exp.SimilarTo: "similar to",
}
_FLIP = {"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_NEGATE = {
    "=": "<>", "<>": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">",
    "in": "not in", "not in": "in", "any": "not any", "not any": "any",
    "like": "not like", "not like": "like", "ilike": "not ilike", "not ilike": "ilike",
    "is null": "is not null", "is not null": "is null", "between": "not between",
    "~": "!~", "~*": "!~*", "similar to": "not similar to",
}  # fmt: skip


@dataclass(frozen=True)
class _Where:
    """Where a condition sits: its scope, its clause, and whether a NOT surrounds it."""

    scope: Scope | None
    clause: str
    negated: bool


class Conditions:
    """Collects predicates, joins and parameter columns; `nested` visits a leaf's subqueries."""

    def __init__(
        self, resolver: Resolver, nested: Callable[[exp.Expr, Scope | None], None]
    ) -> None:
        self.resolver = resolver
        self.nested = nested
        self.predicates: list[Predicate] = []
        self.joins: list[tuple[ColumnRef, ColumnRef]] = []
        self.param_columns: dict[int, ColumnRef] = {}

    def condition(
        self, node: exp.Expr, scope: Scope | None, clause: str, negated: bool = False
    ) -> None:
        """Walk the AND/OR/NOT structure of a condition down to its leaf comparisons."""
        if isinstance(node, exp.Connector):
            self.condition(node.this, scope, clause, negated)
            self.condition(node.expression, scope, clause, negated)
        elif isinstance(node, exp.Paren):
            self.condition(node.this, scope, clause, negated)
        elif isinstance(node, exp.Not):
            self.condition(node.this, scope, clause, not negated)
        else:
            leaf = node.this if isinstance(node, exp.Escape) else node
            if leaf.args.get("negate"):  # sqlglot spells NOT LIKE / IS NOT NULL with a flag
                negated = not negated
            self._leaf(leaf, _Where(scope, clause, negated))
            self.nested(node, scope)

    def assign(self, refs: list[ColumnRef], values: list[exp.Expr]) -> None:
        """Parameters written into columns (INSERT values, UPDATE SET): $n -> its column."""
        for ref, value in zip(refs, values):
            n = param_number(uncast(value))
            if n is not None:
                self.param_columns.setdefault(n, ref)

    def add_join(self, left: ColumnRef, right: ColumnRef) -> None:
        if (left, right) not in self.joins and (right, left) not in self.joins:
            self.joins.append((left, right))

    def _add(self, where: _Where, ref: ColumnRef, op: str, **fields: Any) -> None:
        op = _NEGATE.get(op, op) if where.negated else op
        self.predicates.append(Predicate(ref, op, clause=where.clause, **fields))

    def _leaf(self, node: exp.Expr, where: _Where) -> None:
        if isinstance(node, exp.Column):
            ref = self.resolver.resolve(node, where.scope)
            if ref:
                self._add(where, ref, "=", value="literal", literal=True)
        elif type(node) in _COMPARISONS:
            left, right = strip(node.this), strip(node.expression)
            if isinstance(left, exp.Tuple) and isinstance(right, exp.Tuple):
                self._row_comparison(_COMPARISONS[type(node)], left, right, where)
            else:
                self._comparison(_COMPARISONS[type(node)], left, right, where)
        elif type(node) in _OPERATORS:
            side = self._column_side(node.this, where.scope)
            if side:
                self._compare(side, _OPERATORS[type(node)], strip(node.expression), where)
        elif isinstance(node, exp.MatchAgainst):  # tsvector @@ tsquery
            one = len(node.expressions) == 1
            side = self._column_side(node.expressions[0], where.scope) if one else None
            if side:
                self._compare(side, "@@", strip(node.this), where)
        elif isinstance(node, exp.In):
            self._in(node, where)
        elif isinstance(node, (exp.Like, exp.ILike)):
            self._like(node, where)
        elif isinstance(node, exp.Is):
            side = self._column_side(node.this, where.scope)
            target = node.expression
            if side and isinstance(target, exp.Null):
                self._add(where, side[0], "is null", value="literal", function=side[1])
            elif side and isinstance(target, exp.Boolean):
                self._add(where, side[0], "=", value="literal", literal=bool(target.this),
                          function=side[1])  # fmt: skip
        elif isinstance(node, exp.Between):
            self._between(node, where)

    def _comparison(self, op: str, left: exp.Expr, right: exp.Expr, where: _Where) -> None:
        left_side = self._column_side(left, where.scope)
        right_side = self._column_side(right, where.scope)
        if left_side:
            self._compare(left_side, op, right, where)
        if right_side:
            self._compare(right_side, _FLIP[op], left, where)
        if op == "=" and left_side and right_side:
            left, right = self.resolver.merged(left), self.resolver.merged(right)
            if isinstance(left, exp.Column) and isinstance(right, exp.Column):
                left_source = self.resolver.lookup(left, where.scope)
                right_source = self.resolver.lookup(right, where.scope)
                if left_source and right_source and left_source[0] is not right_source[0]:
                    self.add_join(left_side[0], right_side[0])

    def _row_comparison(self, op: str, left: exp.Tuple, right: exp.Tuple, where: _Where) -> None:
        """`(a, b) = ($1, $2)` is a = $1 AND b = $2; `(a, b) < ($1, $2)` bounds only a (a <= $1)."""
        pairs = list(zip(left.expressions, right.expressions))
        if op not in ("=", "<>"):
            op, pairs = {"<": "<=", ">": ">="}.get(op, op), pairs[:1]
        for column, value in pairs:
            self._comparison(op, strip(column), strip(value), where)

    def _compare(
        self, side: tuple[ColumnRef, str | None], op: str, other: exp.Expr, where: _Where
    ) -> None:
        ref, function = side
        if isinstance(other, exp.Any) and op == "=":
            op, (kind, value, params) = "any", _value(other.this, in_array=True)
        else:
            kind, value, params = _value(other)
        for n in params:
            self.param_columns.setdefault(n, ref)
        param = params[0] if kind == "param" else None
        self._add(where, ref, op, value=kind, literal=value, param=param, function=function)

    def _in(self, node: exp.In, where: _Where) -> None:
        side = self._column_side(node.this, where.scope)
        if side is None:
            return
        ref, function = side
        if node.args.get("query") is not None or not node.expressions:
            self._add(where, ref, "in", value="expr", function=function)
            return
        kinds = [_value(e) for e in node.expressions]
        for _, _, params in kinds:
            for n in params:
                self.param_columns.setdefault(n, ref)
        if all(k[0] == "literal" for k in kinds):
            self._add(where, ref, "in", value="literal", literal=[k[1] for k in kinds],
                      function=function)  # fmt: skip
        elif all(k[0] == "param" for k in kinds):
            self._add(where, ref, "in", value="param", param=kinds[0][2][0], function=function)
        else:
            self._add(where, ref, "in", value="expr", function=function)

    def _between(self, node: exp.Between, where: _Where) -> None:
        side = self._column_side(node.this, where.scope)
        if side is None:
            return
        ref, function = side
        bounds = [node.args[k] for k in ("low", "high") if node.args.get(k) is not None]
        kinds = [_value(b) for b in bounds]
        for _, _, params in kinds:
            for n in params:
                self.param_columns.setdefault(n, ref)
        if kinds and all(k[0] == "literal" for k in kinds):
            self._add(where, ref, "between", value="literal", literal=[k[1] for k in kinds],
                      function=function)  # fmt: skip
        elif kinds and kinds[0][0] == "param":
            self._add(where, ref, "between", value="param", param=kinds[0][2][0], function=function)
        else:
            self._add(where, ref, "between", value="expr", function=function)

    def _like(self, node: exp.Expr, where: _Where) -> None:
        side = self._column_side(node.this, where.scope)
        if side is None:
            return
        ref, function = side
        pattern = strip(node.expression)
        leftmost = pattern  # '%' || $1 || '%' and concat('%', $1): what the pattern starts with
        while isinstance(leftmost, (exp.DPipe, exp.Concat, exp.Paren, exp.Cast)):
            if isinstance(leftmost, exp.Concat):
                if not leftmost.expressions:
                    break
                leftmost = leftmost.expressions[0]
            else:
                leftmost = leftmost.this
        kind, value, params = _value(pattern)
        is_literal, first = literal(leftmost)
        leading = is_literal and isinstance(first, str) and first[:1] in ("%", "_")
        pattern_param = param_number(leftmost)
        if pattern_param is not None:
            self.param_columns.setdefault(pattern_param, ref)
        self._add(
            where, ref, "ilike" if isinstance(node, exp.ILike) else "like",
            value=kind, literal=value, param=params[0] if kind == "param" else None,
            function=function, leading_wildcard=leading, pattern_param=pattern_param,
        )  # fmt: skip

    def _column_side(
        self, node: exp.Expr, scope: Scope | None
    ) -> tuple[ColumnRef, str | None] | None:
        """(column, wrapping function) when `node` is a column, or a function of exactly one column."""
        node = self.resolver.merged(strip(node))
        if isinstance(node, exp.Column):
            ref = self.resolver.resolve(node, scope)
            return (ref, None) if ref else None
        if isinstance(node, (exp.Any, exp.All, exp.Query, exp.Window)) or is_aggregate(node):
            return None
        if not isinstance(node, (exp.Func, exp.Binary, exp.Unary, exp.Cast)):
            return None
        nodes = list(local_nodes(node))
        if any(isinstance(n, exp.Query) or is_aggregate(n) for n in nodes):
            return None
        columns = [n for n in nodes if isinstance(n, exp.Column)]
        if len(columns) != 1:
            return None
        ref = self.resolver.resolve(columns[0], scope)
        return (ref, function_name(node)) if ref else None


def _value(node: exp.Expr, in_array: bool = False) -> tuple[str, object, list[int]]:
    """Classify the non-column side: (kind, python literal, parameter numbers)."""
    node = strip(node)
    bare = uncast(node)
    n = param_number(bare)
    if n is not None:
        return "param", None, [n]
    if in_array and isinstance(bare, (exp.Array, exp.Tuple)):
        kinds = [_value(e) for e in bare.expressions]
        if kinds and all(k[0] == "literal" for k in kinds):
            return "literal", [k[1] for k in kinds], []
        if kinds and all(k[0] == "param" for k in kinds):
            return "param", None, [k[2][0] for k in kinds]
        return "expr", None, []
    ok, value = literal(node)
    if ok:
        return "literal", value, []
    if isinstance(bare, exp.Column):
        return "column", None, []
    return "expr", None, []
