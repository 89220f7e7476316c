"""INSERT, UPDATE and DELETE read as the SELECT their expressions are evaluated in.

sqlglot's scopes qualify the columns of queries; a write statement's own WHERE, SET values and
RETURNING list are evaluated over its target (and USING / FROM items), so `selects_for_writes`
builds that SELECT from the statement's own nodes. `Write` remembers which values the statement
writes into which columns, so parameters map to their columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from dbperf.sql.scope import WRITE
from dbperf.sql.syntax import fold, strip, unwrap

WRITES = (exp.Insert, exp.Update, exp.Delete)


@dataclass
class Write:
    """Values written into columns of `target`: `columns` None means every column, in order."""

    target: exp.Table
    columns: list[str] | None
    values: list[exp.Expr]


def selects_for_writes(tree: exp.Expr) -> tuple[exp.Expr, exp.Table | None, list[Write]]:
    """`tree` with every write statement (itself, or in a WITH) replaced by its SELECT; the
    statement's own target table node (None for a query), and every write's values."""
    writes: list[Write] = []
    for cte in list(tree.find_all(exp.CTE)):
        if isinstance(cte.this, WRITES):
            select, _ = _as_select(cte.this, writes)
            cte.set("this", select)
    if isinstance(tree, WRITES):
        select, target = _as_select(tree, writes)
        return select, target, writes
    return tree, None, writes


def _as_select(node: exp.Expr, writes: list[Write]) -> tuple[exp.Select, exp.Table | None]:
    """The SELECT a write statement's expressions are evaluated in: its target (first), its
    USING / FROM items, WHERE; SET values, VALUES rows and RETURNING as the select list.

    Also its target table node; appends what it writes to `writes`."""
    items: list[exp.Expr] = []
    joins: list[exp.Expr] = []
    pending: list[tuple[list[str] | None, list[exp.Expr]]] = []
    target = node.this
    if isinstance(node, exp.Insert):
        columns = None
        if isinstance(target, exp.Schema):
            columns, target = [fold(c) for c in target.expressions], target.this
        body = node.expression
        if isinstance(body, exp.Values):
            for row in body.expressions:
                values = row.expressions if isinstance(row, exp.Tuple) else [row]
                pending.append((columns, values))
                items += values
        elif isinstance(body, exp.Query):
            first = leaf_selects(unwrap(body))
            if first:
                pending.append((columns, list(first[0].expressions)))
            alias = exp.TableAlias(this=exp.to_identifier("dbperf insert body", quoted=True))
            joins.append(exp.Join(this=exp.Subquery(this=body, alias=alias)))
        conflict = node.args.get("conflict")
        if conflict is not None:
            for assignment in conflict.expressions or []:
                pending.append(_set_write(assignment))
                items.append(assignment)
            if conflict.args.get("where") is not None:
                items.append(conflict.args["where"].this)
    else:
        if isinstance(node, exp.Update):
            for assignment in node.expressions:
                pending.append(_set_write(assignment))
                items.append(strip(assignment.expression) if isinstance(assignment, exp.EQ)
                             else assignment)  # fmt: skip
            from_ = node.args.get("from_")
            relations = [from_.this, *from_.expressions] if from_ is not None else []
        else:
            relations = list(node.args.get("using") or [])
        joins += [exp.Join(this=relation) for relation in relations]
        joins += node.args.get("joins") or []
    returning = node.args.get("returning")
    if returning is not None:
        items += returning.expressions
    table = target if isinstance(target, exp.Table) else None
    select = exp.Select(expressions=items or [exp.Literal.number(1)])
    select.meta[WRITE] = True
    if table is not None:
        select.set("from_", exp.From(this=table))
    select.set("joins", joins or None)
    if node.args.get("where") is not None:
        select.set("where", node.args["where"])
    if node.args.get("with_") is not None:
        select.set("with_", node.args["with_"])
    if table is not None:
        writes += [Write(table, columns, values) for columns, values in pending if values]
    return select, table


def _set_write(assignment: exp.Expr) -> tuple[list[str] | None, list[exp.Expr]]:
    """`SET col = $n` (or `(a, b) = ($1, $2)`): the columns written and their values."""
    if not isinstance(assignment, exp.EQ):
        return [], []
    left, right = strip(assignment.this), strip(assignment.expression)
    lefts = left.expressions if isinstance(left, exp.Tuple) else [left]
    rights = right.expressions if isinstance(right, exp.Tuple) else [right]
    names = [fold(c.this) for c in lefts if isinstance(c, exp.Column)]
    return (names, rights) if len(names) == len(lefts) else ([], [])


def leaf_selects(query: exp.Expr) -> list[exp.Select]:
    """The SELECTs whose lists make a query's output (several for UNION)."""
    query = unwrap(query)
    if isinstance(query, exp.SetOperation):
        return leaf_selects(query.this) + leaf_selects(query.expression)
    return [query] if isinstance(query, exp.Select) else []
