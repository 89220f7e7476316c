"""Query shape: what one statement reads, filters on, joins, orders and returns.

`analyze(sql, schema)` parses a PostgreSQL statement with sqlglot, qualifies every column
reference with sqlglot's optimizer over the catalog (`dbperf.sql.scope`), and reads the
conditions (`dbperf.sql.predicates`). Every rule reads the resulting `QueryShape` instead of
looking at SQL text.

Identifier semantics are PostgreSQL's: unquoted names fold to lower case, quoted names keep their
case, schema-qualified tables are resolved with `Schema.relation(name, schema)` and unqualified
ones through the schema's `search_path`. Tables are named by their key (`orders`, `auth.sessions`).

A view is read like the derived table it is: its definition (as PostgreSQL stored it) is analysed
in place, so a filter on a view's column becomes a predicate on the base table column behind it,
where an index can serve it. INSERT, UPDATE and DELETE are read as the SELECT over their target
(and USING / FROM items) that their WHERE, SET values and RETURNING list are evaluated in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pglast import parser as pg_parser
from sqlglot import exp
from sqlglot.errors import OptimizeError
from sqlglot.optimizer.scope import Scope

from dbperf.schema.model import Schema
from dbperf.sql import scope as scopes
from dbperf.sql.predicates import Conditions, Predicate
from dbperf.sql.scope import ColumnRef, Resolver, qualified
from dbperf.sql.syntax import (
    fold,
    is_aggregate,
    is_collecting,
    is_trivial,
    literal,
    local_nodes,
    number_placeholders,
    param_number,
    parse_statement,
    shallow_queries,
    strip,
    unwrap,
)
from dbperf.sql.writes import leaf_selects, selects_for_writes

__all__ = ["ColumnRef", "Predicate", "QueryShape", "analyze", "fold", "param_number",
           "parse_statement"]  # fmt: skip


@dataclass
class QueryShape:
    """Everything the rules need to know about one statement's structure."""

    kind: str  # "select" | "insert" | "update" | "delete" | "other"
    # keys in Schema.tables: "orders", "auth.sessions"
    tables: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # FROM alias (or table name) -> table key
    target: str | None = None
    unknown_tables: list[str] = field(default_factory=list)
    # keys of the views it reads (their base tables are in `tables`)
    views: list[str] = field(default_factory=list)
    # keys of the foreign tables it reads: not measurable
    foreign_tables: list[str] = field(default_factory=list)
    predicates: list[Predicate] = field(default_factory=list)
    joins: list[tuple[ColumnRef, ColumnRef]] = field(default_factory=list)
    order_by: list[tuple[ColumnRef | None, bool]] = field(default_factory=list)
    group_by: list[ColumnRef] = field(default_factory=list)
    limit: int | None = None
    limit_param: int | None = None
    offset: int | None = None
    offset_param: int | None = None
    all_columns_of: list[str] = field(default_factory=list)
    selected: dict[str, set[str]] = field(default_factory=dict)
    has_where: bool = False
    param_columns: dict[int, ColumnRef] = field(default_factory=dict)
    aggregates: bool = False
    error: str | None = None

    def predicates_on(self, table: str) -> list[Predicate]:
        """The predicates whose column belongs to `table`."""
        return [p for p in self.predicates if p.column.table == table]


_KINDS: dict[type, str] = {exp.Insert: "insert", exp.Update: "update", exp.Delete: "delete"}


def analyze(sql: str, schema: Schema) -> QueryShape:
    """The shape of one statement; never raises (kind "other" and `error` set on failure)."""
    try:
        root = parse_statement(sql)
    except Exception as error:  # noqa: BLE001 - sqlglot raises many types; bad input is reported
        return QueryShape(kind="other", error=str(error) or type(error).__name__)
    root = unwrap(root)
    if not isinstance(root, (exp.Query, exp.Insert, exp.Update, exp.Delete)):
        # not DML, or sqlglot's lenient reading of garbage: PostgreSQL's own parser decides
        try:
            pg_parser.parse_sql(sql)
        except Exception as error:  # noqa: BLE001 - pglast.parser.ParseError and friends
            return QueryShape(kind="other", error=str(error) or type(error).__name__)
        return QueryShape(kind="other")
    try:
        try:
            return _shape(root, schema)
        except OptimizeError:  # sqlglot cannot qualify it: the columns its author qualified
            return _shape(unwrap(parse_statement(sql)), schema, columns=False)
    except Exception as error:  # noqa: BLE001 - a resolver bug must not stop the audit either
        return QueryShape(kind="other", error=f"{type(error).__name__}: {error}")


def _shape(root: exp.Expr, schema: Schema, columns: bool = True) -> QueryShape:
    number_placeholders(root)
    kind = "select" if isinstance(root, exp.Query) else _KINDS[type(root)]
    where = root.args.get("where")
    has_where = where is not None and not is_trivial(where.this)
    tree, target, writes = selects_for_writes(root)
    qualified(tree, schema, columns)
    resolver = Resolver(tree, schema)
    walk = _Walk(resolver)
    target_key = target.meta.get(scopes.RELATION) if target is not None else None
    for write in writes:
        key = write.target.meta.get(scopes.RELATION)
        table = schema.tables.get(key) if key else None
        if table is not None:
            names = write.columns if write.columns is not None else table.column_names
            walk.conditions.assign([ColumnRef(key, c) for c in names], write.values)
    walk.query(tree)
    shape = QueryShape(
        kind=kind,
        tables=walk.tables,
        aliases={alias: key for alias, key in walk.aliases.items() if key is not None},
        unknown_tables=walk.unknown,
        views=walk.views,
        foreign_tables=walk.foreign,
        predicates=walk.conditions.predicates,
        joins=walk.conditions.joins,
        param_columns=walk.conditions.param_columns,
        has_where=has_where,
        target=target_key,
    )
    if kind == "select":
        _select_facts(tree, walk, shape)
    return shape


def _select_facts(root: exp.Expr, walk: _Walk, shape: QueryShape) -> None:
    resolver = walk.resolver
    scope = resolver.scope_of(root)
    shape.target = resolver.main_table(scope)
    first = resolver.leading_select(scope)
    order = root.args.get("order")
    shape.order_by = [
        (_output_ref(resolver, o.this, first), bool(o.args.get("desc")))
        for o in (order.expressions if order is not None else [])
    ]
    if isinstance(root, exp.Select):
        group = root.args.get("group")
        for e in group.expressions if group else []:
            ref = _output_ref(resolver, e, scope)
            if ref:
                shape.group_by.append(ref)
    shape.limit, shape.limit_param = _count(root.args.get("limit"))
    shape.offset, shape.offset_param = _count(root.args.get("offset"))
    shape.aggregates = any(
        select.args.get("group") is not None
        or any(
            is_aggregate(n) and not isinstance(n.parent, exp.Window)
            for e in select.expressions
            for n in local_nodes(e)
        )
        for select in leaf_selects(root)
    )
    shape.selected = walk.returned(root)
    for key, columns in shape.selected.items():
        table = resolver.schema.tables.get(key)
        if table and table.columns and set(table.column_names) <= columns:
            shape.all_columns_of.append(key)


def _output_ref(resolver: Resolver, node: exp.Expr, scope: Scope | None) -> ColumnRef | None:
    """An ORDER BY / GROUP BY item: a position, an output name or an input column."""
    if scope is None:
        return None
    node = strip(node)
    selects = scope.expression.selects if isinstance(scope.expression, exp.Select) else []
    ok, position = literal(node)
    if ok and isinstance(position, int) and 0 < position <= len(selects):
        node = strip(selects[position - 1].unalias())
    elif isinstance(node, exp.Column) and not node.table:
        for e in selects:
            if e.alias_or_name == fold(node.this):
                node = strip(e.unalias())
                break
    node = resolver.merged(node)
    return resolver.resolve(node, scope) if isinstance(node, exp.Column) else None


def _count(node: exp.Expr | None) -> tuple[int | None, int | None]:
    """(literal, param) of a LIMIT / OFFSET / FETCH clause."""
    if node is None:
        return None, None
    value = node.args.get("count") if isinstance(node, exp.Fetch) else node.expression
    if value is None:
        return None, None
    value = strip(value)
    if isinstance(value, exp.Cast):
        value = strip(value.this)
    n = param_number(value)
    if n is not None:
        return None, n
    ok, number = literal(value)
    return (number if ok and isinstance(number, int) else None), None


class _Walk:
    """Visits every query level of a qualified tree in reading order (WITH, FROM, JOINs, select
    list, WHERE, HAVING, the rest), noting the relations read and collecting the conditions."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.conditions = Conditions(resolver, self.nested)
        self.tables: list[str] = []
        self.aliases: dict[str, str | None] = {}
        self.unknown: list[str] = []
        self.views: list[str] = []
        self.foreign: list[str] = []

    def query(self, node: exp.Expr) -> None:
        """Visit any query-like node and the queries inside it."""
        node = unwrap(node)
        scope = self.resolver.scope_of(node)
        with_ = node.args.get("with_")
        for cte in with_.expressions if with_ else []:
            self.query(cte.this)
        if isinstance(node, exp.Select):
            self._select(node, scope)
        elif isinstance(node, exp.SetOperation):
            self.query(node.this)
            self.query(node.expression)
            for key in ("order", "limit", "offset"):
                if node.args.get(key) is not None:
                    self.nested(node.args[key], scope)
        else:  # VALUES lists and the like
            self._nested_children(node, scope)

    def nested(self, node: exp.Expr, scope: Scope | None) -> None:
        """Visit the subqueries inside an expression."""
        for query in shallow_queries(node):
            self.query(query)

    def _nested_children(self, node: exp.Expr, scope: Scope | None) -> None:
        for child in node.iter_expressions():
            self.nested(child, scope)

    def _select(self, node: exp.Select, scope: Scope | None) -> None:
        from_ = node.args.get("from_")
        if from_ is not None:
            for item in [from_.this, *from_.expressions] if from_.this else from_.expressions:
                self._item(item, scope)
        self._joins(node.args.get("joins") or [], scope)
        for e in node.expressions:
            self.nested(e, scope)
        if node.args.get("where") is not None:
            self.conditions.condition(node.args["where"].this, scope, "where")
        if node.args.get("having") is not None:
            self.conditions.condition(node.args["having"].this, scope, "having")
        skip = {"expressions", "from_", "joins", "where", "having", "with_"}
        for key, value in node.args.items():
            if key in skip:
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, exp.Expr):
                    self.nested(item, scope)

    def _joins(self, joins: list[exp.Expr], scope: Scope | None) -> None:
        for join in joins:
            self._item(join.this, scope)
            if join.args.get("on") is not None:
                self.conditions.condition(join.args["on"], scope, "join")

    def _item(self, item: exp.Expr, scope: Scope | None) -> None:
        """One FROM / JOIN item: note the relation it reads and visit what it contains."""
        if isinstance(item, exp.Subquery) and isinstance(item.this, (exp.Table, exp.Subquery)):
            # `FROM (a JOIN b ON …)`, as pg_get_viewdef writes every join: its tables are this level's
            self._item(item.this, scope)
            self._joins(item.args.get("joins") or [], scope)
            return
        if isinstance(item, exp.Table):
            self._note(item)
            self._joins(item.args.get("joins") or [], scope)
            return
        if isinstance(item, exp.Lateral):
            if isinstance(item.this, exp.Query):
                self.query(item.this)
            else:  # LATERAL generate_series(…) / unnest(…)
                self.nested(item.this, scope)
        elif isinstance(item, exp.Query):
            view = item.meta.get(scopes.VIEW)
            if view is not None and view not in self.views:
                self.views.append(view)
            self.query(item)
            self._joins(item.args.get("joins") or [], scope)
        else:  # table functions, unnest(…), VALUES
            self._nested_children(item, scope)

    def _note(self, table: exp.Table) -> None:
        meta = table.meta
        if scopes.RELATION in meta:
            key = meta[scopes.RELATION]
            if key not in self.tables:
                self.tables.append(key)
            if self.aliases.setdefault(meta[scopes.ALIAS], key) != key:
                self.aliases[meta[scopes.ALIAS]] = None  # two query levels, two tables: ambiguous
        elif scopes.FOREIGN in meta and meta[scopes.FOREIGN] not in self.foreign:
            self.foreign.append(meta[scopes.FOREIGN])
        elif scopes.UNKNOWN in meta and meta[scopes.UNKNOWN] not in self.unknown:
            self.unknown.append(meta[scopes.UNKNOWN])

    # --- returned columns ----------------------------------------------------------------------

    def returned(self, query: exp.Expr, depth: int = 0) -> dict[str, set[str]]:
        """Schema columns that reach the client through the select list (also inside json_agg)."""
        result: dict[str, set[str]] = {}
        if depth > scopes.MAX_DEPTH:
            return result
        for select in leaf_selects(query):
            scope = self.resolver.scope_of(select)
            for e in select.expressions:
                self._returned_expr(e, scope, result, depth)
        return result

    def _returned_expr(self, node: exp.Expr, scope: Scope | None, result: dict[str, set[str]],
                       depth: int) -> None:  # fmt: skip
        node = self.resolver.merged(node)
        if isinstance(node, exp.Star):
            for _, source in scope.selected_sources.values() if scope else []:
                self._returned_source(source, result, depth)
        elif isinstance(node, exp.Query):  # a scalar subquery returns its own select list
            _merge(result, self.returned(node, depth + 1))
        elif isinstance(node, exp.Column):
            self._returned_column(node, scope, result, depth)
        elif is_aggregate(node) and not is_collecting(node):
            return  # count(x), sum(x): the values do not reach the client
        elif isinstance(node, (exp.Order, exp.Where)):
            return  # json_agg(x ORDER BY y), count(*) FILTER (WHERE …): not returned
        elif isinstance(node, exp.Window):
            self._returned_expr(node.this, scope, result, depth)
        else:
            for child in node.iter_expressions():
                self._returned_expr(child, scope, result, depth)

    def _returned_column(self, column: exp.Column, scope: Scope | None,
                         result: dict[str, set[str]], depth: int) -> None:  # fmt: skip
        """A returned column: a table's, or a derived table's output followed to what makes it."""
        if isinstance(column.this, exp.Star):  # t.*
            found = self.resolver.lookup(exp.column("x", table=column.table), scope)
            if found is not None:
                self._returned_source(found[0], result, depth)
            return
        found = self.resolver.lookup(column, scope)
        if found is None:
            return
        source, name = found
        output = (
            self.resolver.output(source, name)
            if isinstance(source, Scope) and depth < scopes.MAX_DEPTH
            else None
        )
        if output is not None and not isinstance(output[0], (exp.Table, Scope)):
            self._returned_expr(output[0], output[1], result, depth + 1)
            return
        ref = self.resolver.from_source(source, name)
        if ref:
            result.setdefault(ref.table, set()).add(ref.column)

    def _returned_source(self, source: exp.Expr | Scope, result: dict[str, set[str]],
                         depth: int) -> None:  # fmt: skip
        if isinstance(source, exp.Table):
            key = source.meta.get(scopes.RELATION)
            table = self.resolver.schema.tables.get(key) if key else None
            if table is not None:
                result.setdefault(key, set()).update(table.column_names)
        elif isinstance(source, Scope):
            _merge(result, self.returned(source.expression, depth + 1))


def _merge(into: dict[str, set[str]], other: dict[str, set[str]]) -> None:
    for key, columns in other.items():
        into.setdefault(key, set()).update(columns)
