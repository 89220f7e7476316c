"""Value counts read from a measured plan instead of counted again.

A share in `assumes` (rules/shares.py) is a count on the seeded data: the rows
matching a filter, of the table's rows. The query group's EXPLAIN ANALYZE often
counted exactly that already: a sequential scan of the table that read every row
once and kept the rows matching its Filter has `actual rows` = the matching rows
and `actual rows + Rows Removed by Filter` = the table's rows. Reading them from
the plan spares a second scan of the table (at 10 M seeded rows, 13 s for an
`ILIKE` over 900k long posts).

The plan's numbers are used only when they are that count, exactly:

- the scan is a `Seq Scan` of the table run once (`loops` 1: a parallel scan
  that workers shared has one loop per process, its rows per-loop averages), and it read the whole table: a node above
  it that reads all of its input once started (Sort, Hash, a plain or hashed
  Aggregate) is reached before any node that may stop early (Limit, a join, a
  subplan), else the plan's top node is reached, which EXPLAIN ANALYZE runs to
  its end;
- its Filter is the counted condition itself, read with pglast: the same
  columns, operators (`=`, `LIKE`, `ILIKE`; a bare boolean column is `= true`)
  and values (a constant, or the value of its `$n` in the measurement's
  parameters, equal to the one the count would use), with no other condition; LIKE and ILIKE only on text columns, whose operator
  the count spells the same way.

A Filter `p OR q` (a search of two columns) counted rows matching either. The
rows matching `p` alone are then `kept - count(q AND p IS NOT TRUE)`: still a
count on the seeded data, but one that evaluates `p` only on the rows `q`
matches. It is used when `q`'s column is narrower than `p`'s (its average width
in the statistics), i.e. when it reads less than counting `p` directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pglast import ast, parse_sql
from pglast.enums import A_Expr_Kind, BoolExprType
from pglast.parser import ParseError

from dbperf.context import Context
from dbperf.explain.measurement import Measurement
from dbperf.explain.plan import Plan, PlanNode
from dbperf.sql.shape import Predicate

# Nodes that read all of their child's rows as soon as they start: below them the scan ran to its end.
_DRAINING = ("Sort", "Hash")
_DRAINING_AGGREGATES = ("Plain", "Hashed")
# Nodes that pass rows on and read all of their input when they themselves run to their end.
# (Not a WindowAgg: with a Run Condition it stops early.)
_PASSING = ("Result", "Subquery Scan", "Unique", "Group", "Incremental Sort", "Aggregate", "Gather", "Gather Merge")
_OPERATORS = {"=": "=", "~~": "like", "~~*": "ilike"}
_TEXT_TYPES = ("text", "character varying", "varchar", "character", "bpchar")


@dataclass(frozen=True)
class Term:
    """One condition of a scan's Filter: `column op value` (`value` as text, or `$n`)."""

    column: str
    op: str  # "=", "like" or "ilike"
    value: str | None = None  # a constant as text
    param: int | None = None  # or the n of $n


@dataclass(frozen=True)
class Kept:
    """The rows a whole-table scan kept with its Filter, and the rows it read (the table's)."""

    rows: int
    total: int
    other: Predicate | None = None  # set: the Filter was `counted OR other`, `rows` matched either


def whole_scans(plan: Plan, table: str) -> list[PlanNode]:
    """The plan's Seq Scans of `table` that read every row of it exactly once (module docstring)."""
    found: list[PlanNode] = []

    def down(node: PlanNode, path: list[PlanNode]) -> None:
        if node.relation == table and node.node_type == "Seq Scan" and node.actual_loops == 1 \
                and node.actual_rows is not None and _ran_to_end(node, path):
            found.append(node)
        for child in node.children:
            down(child, [*path, node])

    down(plan.root, [])
    return found


def _ran_to_end(scan: PlanNode, ancestors: list[PlanNode]) -> bool:
    child = scan
    for node in reversed(ancestors):
        if child.parent_relationship in ("InitPlan", "SubPlan"):
            return False
        if node.node_type in _DRAINING or (node.node_type == "Aggregate"
                                           and node.raw.get("Strategy") in _DRAINING_AGGREGATES):
            return True
        if node.node_type not in _PASSING:
            return False
        child = node
    return True  # the top node: EXPLAIN ANALYZE runs it to its end


def filter_terms(node: PlanNode) -> tuple[str, list[Term]] | None:
    """("and" | "or", the terms) of the scan's Filter, or None when a part of it is not a Term."""
    text = node.raw.get("Filter")
    if not text:
        return None
    try:
        expr = parse_sql(f"SELECT {text}")[0].stmt.targetList[0].val
    except (ParseError, AttributeError, IndexError):
        return None
    kind, parts = "and", [expr]
    if isinstance(expr, ast.BoolExpr) and expr.boolop in (BoolExprType.AND_EXPR, BoolExprType.OR_EXPR):
        kind = "and" if expr.boolop == BoolExprType.AND_EXPR else "or"
        parts = list(expr.args)
    terms = [_term(part) for part in parts]
    return (kind, terms) if all(t is not None for t in terms) else None  # type: ignore[return-value]


def _term(expr: ast.Node) -> Term | None:
    if isinstance(expr, ast.ColumnRef):
        return Term(_column(expr), "=", "true") if _column(expr) else None
    if isinstance(expr, ast.BoolExpr) and expr.boolop == BoolExprType.NOT_EXPR and len(expr.args) == 1 \
            and isinstance(expr.args[0], ast.ColumnRef):
        return Term(_column(expr.args[0]), "=", "false") if _column(expr.args[0]) else None
    if not (isinstance(expr, ast.A_Expr) and expr.kind == A_Expr_Kind.AEXPR_OP and len(expr.name) == 1):
        return None
    op = _OPERATORS.get(expr.name[0].sval)
    left, right = _uncast(expr.lexpr), _uncast(expr.rexpr)
    if op is None or not isinstance(left, ast.ColumnRef) or not _column(left):
        return None
    if isinstance(right, ast.ParamRef):
        return Term(_column(left), op, param=right.number)
    if isinstance(right, ast.A_Const) and not right.isnull:
        val = right.val
        value = val.sval if isinstance(val, ast.String) else val.fval if isinstance(val, ast.Float) else \
            str(val.ival) if isinstance(val, ast.Integer) else None
        return Term(_column(left), op, value) if value is not None else None
    return None


def _uncast(expr: ast.Node) -> ast.Node:
    """`(locale)::text` -> locale, `'en'::text` -> 'en': the casts EXPLAIN prints to text types."""
    while isinstance(expr, ast.TypeCast) and not expr.typeName.arrayBounds \
            and expr.typeName.names[-1].sval in ("text", "varchar", "bpchar"):
        expr = expr.arg
    return expr


def _column(ref: ast.ColumnRef) -> str | None:
    last = ref.fields[-1] if ref.fields else None
    return last.sval if isinstance(last, ast.String) else None


def kept(ctx: Context, measured: Measurement | None, table: str, predicates: Sequence[Predicate],
         values: Sequence[list[str]], others: Sequence[Predicate] = (),
         other_values: Sequence[list[str]] = ()) -> Kept | None:
    """What a whole-table scan of the `measured` plan kept with `predicates` (each with the `values`
    the count uses) as its Filter; or, for one predicate `p`, with `p OR q` as its Filter where `q`
    is one of `others` on a narrower column (`Kept.other`). None when the plan did not count them."""
    plan = measured.plan if measured is not None else None
    if plan is None or not plan.analyzed:
        return None
    params = measured.params
    for scan in whole_scans(plan, table):
        read = filter_terms(scan)
        if read is None:
            continue
        kind, terms = read
        rows = int(round(scan.actual_rows or 0))
        total = rows + int(round(scan.rows_removed_by_filter))
        if (kind == "and" or len(terms) == 1) and _same(ctx, table, terms, predicates, values, params):
            return Kept(rows, total)
        if kind == "or" and len(terms) == 2 and len(predicates) == 1:
            for other, other_vals in zip(others, other_values):
                if other.column.column != predicates[0].column.column \
                        and _same(ctx, table, terms, [predicates[0], other], [values[0], other_vals], params) \
                        and _width(ctx, table, other) < _width(ctx, table, predicates[0]):
                    return Kept(rows, total, other)
    return None


def _same(ctx: Context, table: str, terms: list[Term], predicates: Sequence[Predicate],
          values: Sequence[list[str]], params: tuple | None) -> bool:
    """Each predicate (with its one value) is one of `terms`, and there is no other term; a term's
    `$n` stands for the n-th of `params`, the values the plan ran with."""
    if len(terms) != len(predicates):
        return False
    left = list(terms)
    for predicate, vals in zip(predicates, values):
        match = next((t for t in left if _matches(ctx, table, t, predicate, vals, params)), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def _matches(ctx: Context, table: str, term: Term, predicate: Predicate, vals: list[str],
             params: tuple | None) -> bool:
    if len(vals) != 1 or term.column != predicate.column.column:
        return False
    op = "=" if predicate.op == "in" else predicate.op
    if term.op != op:
        return False
    if op in ("like", "ilike"):
        found = ctx.table(table)
        col = found.column(term.column) if found is not None else None
        if col is None or col.base_type not in _TEXT_TYPES:
            return False
    value = term.value
    if term.param is not None:
        if not params or term.param > len(params) or params[term.param - 1] is None:
            return False
        raw = params[term.param - 1]
        value = ("true" if raw else "false") if isinstance(raw, bool) else str(raw)
    return value == vals[0]


def _width(ctx: Context, table: str, predicate: Predicate) -> int:
    found = ctx.table(table)
    col = found.column(predicate.column.column) if found is not None else None
    return (col.avg_width or 0) if col is not None else 0
