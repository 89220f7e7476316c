"""What a table's CHECK constraints and unique keys say, read with pglast.

Generators honour the CHECK shapes they understand: a list of allowed values
(`col = ANY (ARRAY[...])`, `col IN (...)`), constant bounds (`amount > 0`,
`rating BETWEEN 1 AND 5`) and column-vs-column order (`ends_at > starts_at`),
each possibly under AND. Any other CHECK (a function call, OR, several
columns) is honoured by repair: `check_expression` gives its boolean
expression, which the INSERT evaluates on each generated row
(`seed/repair.py`). Unique keys (`unique_key`) are read from an index or
constraint definition: their key expressions, predicate and NULLS NOT
DISTINCT, for generators (which columns must never repeat) and for the
last-resort removal of duplicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pglast import ast, parse_sql
from pglast.enums import A_Expr_Kind, BoolExprType, ConstrType
from pglast.parser import ParseError
from pglast.stream import RawStream
from pglast.visitors import Visitor

from dbperf.schema.model import Check

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


@dataclass
class ColumnRules:
    """What the CHECK constraints of one column allow."""

    allowed: tuple[str, ...] | None = None  # the value list of an IN / = ANY check, as text
    low: float | None = None
    low_strict: bool = False
    high: float | None = None
    high_strict: bool = False
    after: list[tuple[str, bool]] = field(default_factory=list)  # (other column, strict): self >= other


def parse_checks(checks: list[Check]) -> dict[str, ColumnRules]:
    """Rules per column name from a table's CHECK constraints; unparsable ones are skipped."""
    rules: dict[str, ColumnRules] = {}
    for check in checks:
        expr = _check_node(check)
        if expr is not None:
            _visit(expr, rules)
    return rules


def _check_node(check: Check) -> ast.Node | None:
    try:
        stmt = parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {check.expression}")[0].stmt
        return stmt.cmds[0].def_.raw_expr  # type: ignore[attr-defined]
    except (ParseError, AttributeError, IndexError):  # not a CHECK we can read
        return None


def check_expression(check: Check) -> str | None:
    """The boolean expression of a CHECK constraint as SQL (`NOT VALID` and `NO INHERIT` left out)."""
    node = _check_node(check)
    return None if node is None else RawStream()(node)


@dataclass(frozen=True)
class UniqueKey:
    """What a unique index or UNIQUE/PRIMARY KEY constraint makes unique."""

    keys: tuple[str, ...]  # SQL of each key: a column name (quoted) or an expression
    columns: frozenset[str]  # the table columns the keys read (not the predicate)
    predicate: str | None = None  # WHERE of a partial index
    nulls_not_distinct: bool = False
    expressions: bool = False  # a key is an expression (lower(name)), not a bare column
    relation: str | None = None  # the quoted table of an index definition
    plain: frozenset[str] = frozenset()  # the columns that are keys by themselves (not in an expression)


def unique_key(definition: str) -> UniqueKey | None:
    """The key of `pg_get_indexdef()` of a unique index, or of `pg_get_constraintdef()` of a
    PRIMARY KEY/UNIQUE constraint; None for anything else."""
    try:
        if definition.lstrip().upper().startswith("CREATE"):
            stmt = parse_sql(definition)[0].stmt
            if not isinstance(stmt, ast.IndexStmt) or not stmt.unique:
                return None
            elems, where, nnd = stmt.indexParams, stmt.whereClause, bool(stmt.nulls_not_distinct)
            rel = stmt.relation
            relation = ".".join(_quote(n) for n in (rel.schemaname, rel.relname) if n)
        else:
            stmt = parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt
            con = stmt.cmds[0].def_  # type: ignore[attr-defined]
            if not isinstance(con, ast.Constraint) or not con.keys:
                return None
            elems = tuple(ast.IndexElem(name=k.sval) for k in con.keys)
            where, nnd = None, bool(con.nulls_not_distinct) or con.contype == ConstrType.CONSTR_PRIMARY
            relation = None
    except (ParseError, AttributeError, IndexError):
        return None
    keys = tuple(RawStream()(e.expr) if e.expr is not None else _quote(e.name) for e in elems)
    columns = {e.name for e in elems if e.expr is None}
    for e in elems:
        columns |= expression_columns(e.expr)
    return UniqueKey(keys, frozenset(columns), RawStream()(where) if where is not None else None, nnd,
                     any(e.expr is not None for e in elems), relation,
                     frozenset(e.name for e in elems if e.expr is None))


class _ColumnRefs(Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_ColumnRef(self, ancestors: object, node: ast.ColumnRef) -> None:
        if node.fields and isinstance(node.fields[-1], ast.String):
            self.names.add(node.fields[-1].sval)


def expression_columns(node: ast.Node | str | None) -> set[str]:
    """Column names an expression (a node, or SQL text) reads."""
    if isinstance(node, str):
        try:
            node = parse_sql(f"SELECT {node}")[0].stmt.targetList[0].val  # type: ignore[attr-defined]
        except (ParseError, AttributeError, IndexError):
            return set()
    if node is None:
        return set()
    refs = _ColumnRefs()
    refs(node)
    return refs.names


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _visit(node: ast.Node, rules: dict[str, ColumnRules]) -> None:
    if isinstance(node, ast.BoolExpr) and node.boolop == BoolExprType.AND_EXPR:
        for arg in node.args:
            _visit(arg, rules)
        return
    if isinstance(node, ast.BoolExpr) and node.boolop == BoolExprType.OR_EXPR:
        _one_of(node, rules)
        return
    if not isinstance(node, ast.A_Expr) or not node.name:
        return
    op = node.name[-1].sval
    if node.kind in (A_Expr_Kind.AEXPR_OP_ANY, A_Expr_Kind.AEXPR_IN) and op == "=":
        column = _column(node.lexpr)
        values = _constants(node.rexpr)
        if column and values is not None:
            rules.setdefault(column, ColumnRules()).allowed = tuple(str(v) for v in values)
    elif node.kind == A_Expr_Kind.AEXPR_OP and op in _FLIP:
        left, right = _column(node.lexpr), _column(node.rexpr)
        if left and right:
            _order(rules, left, right, op)
        elif left:
            _bound(rules, left, op, _constant(node.rexpr))
        elif right:
            _bound(rules, right, _FLIP[op], _constant(node.lexpr))


def _one_of(node: ast.BoolExpr, rules: dict[str, ColumnRules]) -> None:
    """`direction = 1 OR direction = 2`: a list of allowed values, like `direction IN (1, 2)`."""
    columns, values = set(), []
    for arg in node.args:
        if not (isinstance(arg, ast.A_Expr) and arg.kind == A_Expr_Kind.AEXPR_OP and arg.name[-1].sval == "="):
            return
        column, value = _column(arg.lexpr), _constant(arg.rexpr)
        if column is None:
            column, value = _column(arg.rexpr), _constant(arg.lexpr)
        if column is None or value is None:
            return
        columns.add(column)
        values.append(str(value))
    if len(columns) == 1:
        rules.setdefault(columns.pop(), ColumnRules()).allowed = tuple(values)


def _order(rules: dict[str, ColumnRules], left: str, right: str, op: str) -> None:
    strict = op in ("<", ">")
    if op in (">", ">="):
        rules.setdefault(left, ColumnRules()).after.append((right, strict))
    else:
        rules.setdefault(right, ColumnRules()).after.append((left, strict))


def _bound(rules: dict[str, ColumnRules], column: str, op: str, value: object) -> None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return
    rule = rules.setdefault(column, ColumnRules())
    if op in (">", ">="):
        if rule.low is None or number >= rule.low:
            rule.low, rule.low_strict = number, op == ">"
    elif rule.high is None or number <= rule.high:
        rule.high, rule.high_strict = number, op == "<"


def _strip_casts(node: ast.Node | None) -> ast.Node | None:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    return node


def _column(node: ast.Node | None) -> str | None:
    node = _strip_casts(node)
    if isinstance(node, ast.ColumnRef) and node.fields and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval
    return None


def _constant(node: ast.Node | None) -> object:
    node = _strip_casts(node)
    if isinstance(node, ast.A_Expr) and node.lexpr is None and node.name and node.name[-1].sval == "-":
        value = _constant(node.rexpr)  # unary minus: "(- 5)"
        return -float(value) if isinstance(value, (int, float, str)) else None  # type: ignore[arg-type]
    if not isinstance(node, ast.A_Const) or node.isnull:
        return None
    val = node.val
    if isinstance(val, ast.Integer):
        return val.ival
    if isinstance(val, ast.Float):
        return val.fval
    if isinstance(val, ast.String):
        return val.sval
    if isinstance(val, ast.Boolean):
        return val.boolval
    return None


def _constants(node: ast.Node | None) -> list[object] | None:
    node = _strip_casts(node)
    items = node.elements if isinstance(node, ast.A_ArrayExpr) else node if isinstance(node, tuple) else None
    if items is None:
        return None
    values = [_constant(item) for item in items]
    return None if any(v is None for v in values) else values


def default_constant(default: str | None) -> object:
    """The constant of a literal column DEFAULT ("'user'::text" -> "user"), else None."""
    if not default:
        return None
    try:
        stmt = parse_sql(f"SELECT {default}")[0].stmt
        return _constant(stmt.targetList[0].val)  # type: ignore[attr-defined]
    except (ParseError, AttributeError, IndexError):
        return None
