"""Query shape: what one statement reads, filters on, joins, orders and returns.

`analyze(sql, schema)` parses a PostgreSQL statement with sqlglot and resolves
every column reference to the schema table it belongs to, through aliases,
derived tables, CTEs, LATERAL subqueries and correlated subqueries. Every rule
reads the resulting `QueryShape` instead of looking at SQL text.

Identifier semantics are PostgreSQL's: unquoted names fold to lower case,
quoted names keep their case, schema-qualified tables are resolved with
`Schema.relation(name, schema)` and unqualified ones through the schema's
`search_path`. Tables are named by their key (`orders`, `auth.sessions`).

A view is read like the derived table it is: its definition (as PostgreSQL
stored it) is analysed in place, so a filter on a view's column becomes a
predicate on the base table column behind it, where an index can serve it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import sqlglot
from dbperf.schema.model import Schema, Table
from pglast import parser as pg_parser
from sqlglot import exp


@dataclass(frozen=True)
class ColumnRef:
    """A column of a schema table; `table` is its key in `Schema.tables`, never an alias."""

    table: str
    column: str


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


@dataclass
class QueryShape:
    """Everything the rules need to know about one statement's structure."""

    kind: str  # "select" | "insert" | "update" | "delete" | "other"
    tables: list[str] = field(default_factory=list)  # keys in Schema.tables: "orders", "auth.sessions"
    aliases: dict[str, str] = field(default_factory=dict)  # FROM alias (or table name) -> table key
    target: str | None = None
    unknown_tables: list[str] = field(default_factory=list)
    views: list[str] = field(default_factory=list)  # keys of the views it reads (their base tables are in tables)
    foreign_tables: list[str] = field(default_factory=list)  # keys of foreign tables it reads: not measurable
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


def analyze(sql: str, schema: Schema) -> QueryShape:
    """The shape of one statement; never raises (kind "other" and `error` set on failure)."""
    try:
        root = parse_statement(sql)
    except Exception as error:  # noqa: BLE001 - sqlglot raises many types; bad input is reported
        return QueryShape(kind="other", error=str(error) or type(error).__name__)
    if not isinstance(_strip_subquery(root), (exp.Query, exp.Insert, exp.Update, exp.Delete)):
        # not DML, or sqlglot's lenient reading of garbage: PostgreSQL's own parser decides
        try:
            pg_parser.parse_sql(sql)
        except Exception as error:  # noqa: BLE001 - pglast.parser.ParseError and friends
            return QueryShape(kind="other", error=str(error) or type(error).__name__)
        return QueryShape(kind="other")
    try:
        return _Analyzer(schema, root).shape()
    except Exception as error:  # noqa: BLE001 - a resolver bug must not stop the audit either
        return QueryShape(kind="other", error=f"{type(error).__name__}: {error}")


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


# --- scopes -----------------------------------------------------------------------------------


@dataclass(eq=False)
class _Source:
    """A FROM item: a schema table, a derived query (subquery/CTE) or something opaque."""

    table: Table | None = None
    key: str | None = None  # key of `table` in Schema.tables
    scope: _Scope | None = None  # the derived query's scope
    columns: list[str] = field(default_factory=list)  # alias column list: AS s(a, b)


@dataclass(frozen=True)
class _Where:
    """Where a condition sits: its scope, its clause, and whether a NOT surrounds it."""

    scope: _Scope
    clause: str
    negated: bool


@dataclass(eq=False)
class _Scope:
    """One query level: its FROM sources (by alias) and the enclosing level for correlation."""

    query: exp.Expr
    parent: _Scope | None
    ctes: dict[str, _Source]
    sources: dict[str, _Source] = field(default_factory=dict)
    branches: list[_Scope] = field(default_factory=list)  # set operations: one scope per SELECT

    def selects(self) -> list[_Scope]:
        """The SELECT scopes whose lists make this query's output (several for UNION)."""
        if not self.branches:
            return [self] if isinstance(self.query, exp.Select) else []
        return [leaf for branch in self.branches for leaf in branch.selects()]


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
# Aggregates whose result carries the aggregated column values back to the client.
_COLLECTING = (exp.JSONArrayAgg, exp.ArrayAgg, exp.GroupConcat, exp.JSONObjectAgg)
_ANONYMOUS_AGGREGATES = {"jsonb_agg", "jsonb_object_agg", "bool_and", "bool_or", "every"}
_ANONYMOUS_COLLECTING = {"jsonb_agg", "jsonb_object_agg"}


def _strip(node: exp.Expr) -> exp.Expr:
    while isinstance(node, exp.Paren):
        node = node.this
    return node


def _is_aggregate(node: exp.Expr) -> bool:
    if isinstance(node, exp.Anonymous):
        return node.name.lower() in _ANONYMOUS_AGGREGATES
    return isinstance(node, exp.AggFunc)


def _is_collecting(node: exp.Expr) -> bool:
    if isinstance(node, exp.Anonymous):
        return node.name.lower() in _ANONYMOUS_COLLECTING
    return isinstance(node, _COLLECTING)


def _shallow_queries(node: exp.Expr) -> Iterator[exp.Expr]:
    """Nested queries in `node`, outermost only (their own subqueries are theirs to visit)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, exp.Query):
            yield current
            continue
        stack.extend(reversed(list(current.iter_expressions())))


def _local_nodes(node: exp.Expr) -> Iterator[exp.Expr]:
    """`node` and its descendants, without entering nested queries."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(c for c in current.iter_expressions() if not isinstance(c, exp.Query))


def _literal(node: exp.Expr) -> tuple[bool, object]:
    """(True, python value) when `node` is a constant literal."""
    node = _strip(node)
    if isinstance(node, exp.Cast):
        return _literal(node.this)
    if isinstance(node, exp.Null):
        return True, None
    if isinstance(node, exp.Boolean):
        return True, bool(node.this)
    if isinstance(node, exp.Neg):
        ok, value = _literal(node.this)
        return (True, -value) if ok and isinstance(value, (int, float)) else (False, None)
    if isinstance(node, exp.Literal):
        if node.is_string:
            return True, node.this
        try:
            return True, int(node.this)
        except ValueError:
            return True, float(node.this)
    return False, None


def _function_name(node: exp.Expr) -> str:
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


def _is_trivial(condition: exp.Expr) -> bool:
    """True for conditions that are constant true: `1=1`, `true`, `(1=1 AND true)`."""
    condition = _strip(condition)
    if isinstance(condition, exp.Boolean):
        return bool(condition.this)
    if isinstance(condition, exp.And):
        return _is_trivial(condition.this) and _is_trivial(condition.expression)
    if isinstance(condition, exp.EQ):
        left, right = _literal(condition.this), _literal(condition.expression)
        return left[0] and right[0] and left[1] == right[1] and left[1] is not None
    return False


class _Analyzer:
    """Walks one statement, building scopes and collecting shape facts as it goes."""

    def __init__(self, schema: Schema, root: exp.Expr) -> None:
        self.schema = schema
        self.root = root
        self.tables: list[str] = []
        self.aliases: dict[str, str | None] = {}
        self.unknown: list[str] = []
        self.views: list[str] = []
        self.foreign: list[str] = []
        self.predicates: list[Predicate] = []
        self.joins: list[tuple[ColumnRef, ColumnRef]] = []
        self.param_columns: dict[int, ColumnRef] = {}
        self.scopes: dict[int, _Scope] = {}  # id(query node) -> its scope
        self.placeholders = self._number_placeholders(root)

    # --- entry point ---------------------------------------------------------------------------

    def shape(self) -> QueryShape:
        root = _strip_subquery(self.root)
        kinds: dict[type, str] = {exp.Insert: "insert", exp.Update: "update", exp.Delete: "delete"}
        kind = "select" if isinstance(root, exp.Query) else kinds.get(type(root), "other")
        if kind == "other":
            return QueryShape(kind="other")
        scope = self.visit(root, None, {})
        shape = QueryShape(
            kind=kind,
            tables=self.tables,
            aliases={alias: key for alias, key in self.aliases.items() if key is not None},
            unknown_tables=self.unknown,
            views=self.views,
            foreign_tables=self.foreign,
            predicates=self.predicates,
            joins=self.joins,
            param_columns=self.param_columns,
        )
        if scope is None:
            return shape
        where = root.args.get("where")
        shape.has_where = where is not None and not _is_trivial(where.this)
        if kind == "select":
            self._select_facts(root, scope, shape)
        else:  # the written table is the first source registered for INSERT/UPDATE/DELETE
            target = next(iter(scope.sources.values()), None)
            shape.target = target.key if target else None
        return shape

    def _select_facts(self, root: exp.Expr, scope: _Scope, shape: QueryShape) -> None:
        shape.target = self._main_table(scope)
        first = scope.selects()[0] if scope.selects() else None
        order = root.args.get("order")
        shape.order_by = [
            (self._resolve_output_ref(o.this, first), bool(o.args.get("desc")))
            for o in (order.expressions if order is not None else [])
        ]
        if isinstance(root, exp.Select):
            group = root.args.get("group")
            for e in group.expressions if group else []:
                ref = self._resolve_output_ref(e, scope, inputs_first=True)
                if ref:
                    shape.group_by.append(ref)
        shape.limit, shape.limit_param = self._count(root.args.get("limit"))
        shape.offset, shape.offset_param = self._count(root.args.get("offset"))
        shape.aggregates = any(
            (s.query.args.get("group") is not None)
            or any(
                _is_aggregate(n) and not isinstance(n.parent, exp.Window)
                for e in s.query.expressions
                for n in _local_nodes(e)
            )
            for s in scope.selects()
        )
        shape.selected = self._returned(scope)
        for key, columns in shape.selected.items():
            table = self.schema.tables.get(key)
            if table and table.columns and set(table.column_names) <= columns:
                shape.all_columns_of.append(key)

    def _count(self, node: exp.Expr | None) -> tuple[int | None, int | None]:
        """(literal, param) of a LIMIT / OFFSET / FETCH clause."""
        if node is None:
            return None, None
        value = node.args.get("count") if isinstance(node, exp.Fetch) else node.expression
        if value is None:
            return None, None
        value = _strip(value)
        if isinstance(value, exp.Cast):
            value = _strip(value.this)
        n = self._param(value)
        if n is not None:
            return None, n
        ok, literal = _literal(value)
        return (literal if ok and isinstance(literal, int) else None), None

    # --- visiting queries ----------------------------------------------------------------------

    def visit(
        self, node: exp.Expr, parent: _Scope | None, ctes: dict[str, _Source]
    ) -> _Scope | None:
        """Visit any query-like node, collecting its facts; returns its scope."""
        if isinstance(node, exp.Subquery):
            inner = self.visit(node.this, parent, ctes)
            if inner is not None:
                self.scopes[id(node)] = inner
            return inner
        ctes = self._with(node, parent, ctes)
        scope: _Scope | None
        if isinstance(node, exp.Select):
            scope = self._select(node, parent, ctes)
        elif isinstance(node, exp.SetOperation):
            scope = _Scope(node, parent, ctes)
            for branch in (node.this, node.expression):
                child = self.visit(branch, parent, ctes)
                if child is not None:
                    scope.branches.append(child)
            for key in ("order", "limit", "offset"):
                if node.args.get(key) is not None:
                    self._nested(node.args[key], scope)
        elif isinstance(node, exp.Insert):
            scope = self._insert(node, parent, ctes)
        elif isinstance(node, exp.Update):
            scope = self._update(node, parent, ctes)
        elif isinstance(node, exp.Delete):
            scope = self._delete(node, parent, ctes)
        else:  # VALUES lists and the like
            scope = _Scope(node, parent, ctes)
            self._nested_children(node, scope)
        if scope is not None:
            self.scopes[id(node)] = scope
        return scope

    def _with(
        self, node: exp.Expr, parent: _Scope | None, ctes: dict[str, _Source]
    ) -> dict[str, _Source]:
        with_ = node.args.get("with_") or node.args.get("with")
        if not with_:
            return ctes
        ctes = dict(ctes)
        for cte in with_.expressions:
            alias = cte.args.get("alias")
            name = fold(alias.this) if alias else ""
            source = _Source(columns=[fold(c) for c in alias.columns] if alias else [])
            if with_.args.get("recursive"):
                ctes[name] = source  # a recursive CTE sees itself; a plain one sees the real table
            source.scope = self.visit(cte.this, parent, ctes)
            ctes[name] = source
        return ctes

    def _select(self, node: exp.Select, parent: _Scope | None, ctes: dict[str, _Source]) -> _Scope:
        scope = _Scope(node, parent, ctes)
        from_ = node.args.get("from_") or node.args.get("from")
        if from_ is not None:
            for item in [from_.this, *from_.expressions] if from_.this else from_.expressions:
                self._add_source(scope, item)
        self._joins(scope, node.args.get("joins") or [])
        for e in node.expressions:
            self._nested(e, scope)
        if node.args.get("where") is not None:
            self._condition(node.args["where"].this, scope, "where")
        if node.args.get("having") is not None:
            self._condition(node.args["having"].this, scope, "having")
        skip = {"expressions", "from_", "from", "joins", "where", "having", "with_", "with"}
        for key, value in node.args.items():
            if key in skip:
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, exp.Expression):
                    self._nested(item, scope)
        return scope

    def _joins(self, scope: _Scope, joins: list[exp.Expr]) -> None:
        for join in joins:
            source = self._add_source(scope, join.this)
            if join.args.get("on") is not None:
                self._condition(join.args["on"], scope, "join")
            for ident in join.args.get("using") or []:
                self._using(scope, source, fold(ident))

    def _using(self, scope: _Scope, right: _Source | None, name: str) -> None:
        """JOIN … USING (col): an equi-join between the new source and an earlier one."""
        right_ref = self._from_source(right, name) if right else None
        left_ref = None
        for source in scope.sources.values():
            if source is not right and name in self._output_names(source):
                left_ref = self._from_source(source, name)
                break
        if left_ref and right_ref:
            self._add_join(left_ref, right_ref)
            for ref in (left_ref, right_ref):
                self.predicates.append(Predicate(ref, "=", "column", clause="join"))

    def _add_source(self, scope: _Scope, item: exp.Expr) -> _Source | None:
        """Register one FROM/JOIN item under its alias and visit what it contains."""
        if (isinstance(item, exp.Subquery) and isinstance(item.this, (exp.Table, exp.Subquery))
                and not item.args.get("alias")):
            # `FROM (a JOIN b ON …)`, as pg_get_viewdef writes every join: its tables are this level's
            source = self._add_source(scope, item.this)
            self._joins(scope, item.args.get("joins") or [])
            return source
        alias_node = item.args.get("alias")
        alias = (
            fold(alias_node.this)
            if isinstance(alias_node, exp.TableAlias) and alias_node.this
            else ""
        )
        alias_columns = (
            [fold(c) for c in alias_node.columns] if isinstance(alias_node, exp.TableAlias) else []
        )
        source: _Source
        if isinstance(item, exp.Table) and isinstance(item.this, exp.Identifier):
            name = fold(item.this)
            db = fold(item.args["db"]) if item.args.get("db") else None
            if db is None and name in scope.ctes:
                cte = scope.ctes[name]
                source = _Source(scope=cte.scope, columns=alias_columns or cte.columns)
            else:
                table = self.schema.relation(name, db)  # unqualified: through the search_path
                owner = self.schema.partition_owner(name, db) if table is None else None
                if owner is not None:  # a partition holds its table's rows: indexes are the table's
                    table = self.schema.tables[owner]
                if table is None:
                    self._note_unknown(f"{db}.{name}" if db else name)
                    source = _Source(columns=alias_columns)
                elif table.kind in ("view", "foreign"):
                    source = self._relation_source(table, alias_columns)
                else:
                    self._note_table(table.key)
                    self._note_alias(alias or name, table.key)
                    source = _Source(table=table, key=table.key)
            scope.sources[alias or name] = source
            self._joins(scope, item.args.get("joins") or [])
            return source
        if isinstance(item, exp.Lateral):
            inner = item.this
            if isinstance(inner, exp.Query):
                source = _Source(scope=self.visit(inner, scope, scope.ctes), columns=alias_columns)
            else:  # LATERAL generate_series(…) / unnest(…)
                self._nested(inner, scope)
                source = _Source(columns=alias_columns)
        elif isinstance(item, exp.Query):
            # a derived table sees the enclosing query levels, not its siblings in this FROM
            child = self.visit(item, scope.parent, scope.ctes)
            source = _Source(scope=child, columns=alias_columns)
        else:  # table functions, unnest(…), VALUES
            self._nested_children(item, scope)
            source = _Source(columns=alias_columns)
        scope.sources[alias] = source
        return source

    def _relation_source(self, relation: Table, alias_columns: list[str]) -> _Source:
        """A view as the derived table its definition is (it sees no enclosing query); a foreign table,
        noted, as an opaque source."""
        key = relation.key
        columns = alias_columns or relation.column_names
        if relation.kind == "foreign":
            if key not in self.foreign:
                self.foreign.append(key)
            return _Source(columns=columns)
        if key not in self.views:
            self.views.append(key)
        definition = _view_query(relation.definition or "")
        if definition is None or len(self.views) > 50:  # unreadable, or views nested beyond reason
            return _Source(columns=columns)
        return _Source(scope=self.visit(definition, None, {}), columns=columns)

    def _insert(self, node: exp.Insert, parent: _Scope | None, ctes: dict[str, _Source]) -> _Scope:
        scope = _Scope(node, parent, ctes)
        target, columns = node.this, None
        if isinstance(target, exp.Schema):
            columns = [fold(c) for c in target.expressions]
            target = target.this
        source = self._add_source(scope, target) if isinstance(target, exp.Table) else None
        if source and source.table and columns is None:
            columns = source.table.column_names
        refs = [ColumnRef(source.key, c) for c in columns or []] if source and source.key else []
        body = node.expression
        if isinstance(body, exp.Values):
            for row in body.expressions:
                values = row.expressions if isinstance(row, exp.Tuple) else [row]
                self._assign(refs, values)
            self._nested_children(body, scope)
        elif isinstance(body, exp.Query):
            child = self.visit(body, parent, ctes)
            selects = child.selects() if child else []
            if selects:
                self._assign(refs, selects[0].query.expressions)
        conflict = node.args.get("conflict")
        if conflict is not None:
            scope.sources["excluded"] = source or _Source()
            for assignment in conflict.expressions:
                self._set_clause(assignment, source, scope)
            if conflict.args.get("where") is not None:
                self._nested(conflict.args["where"], scope)
        if node.args.get("returning") is not None:
            self._nested(node.args["returning"], scope)
        return scope

    def _update(self, node: exp.Update, parent: _Scope | None, ctes: dict[str, _Source]) -> _Scope:
        scope = _Scope(node, parent, ctes)
        target = self._add_source(scope, node.this)
        from_ = node.args.get("from_") or node.args.get("from")
        if from_ is not None:
            for item in [from_.this, *from_.expressions] if from_.this else from_.expressions:
                self._add_source(scope, item)
        self._joins(scope, node.args.get("joins") or [])
        for assignment in node.expressions:
            self._set_clause(assignment, target, scope)
        if node.args.get("where") is not None:
            self._condition(node.args["where"].this, scope, "where")
        if node.args.get("returning") is not None:
            self._nested(node.args["returning"], scope)
        return scope

    def _delete(self, node: exp.Delete, parent: _Scope | None, ctes: dict[str, _Source]) -> _Scope:
        scope = _Scope(node, parent, ctes)
        self._add_source(scope, node.this)
        for item in node.args.get("using") or []:
            self._add_source(scope, item)
        if node.args.get("where") is not None:
            self._condition(node.args["where"].this, scope, "where")
        if node.args.get("returning") is not None:
            self._nested(node.args["returning"], scope)
        return scope

    def _set_clause(self, assignment: exp.Expr, target: _Source | None, scope: _Scope) -> None:
        """`SET col = $n` (or `(a, b) = ($1, $2)`): map parameters to the target's columns."""
        if isinstance(assignment, exp.EQ) and target is not None and target.key:
            left, right = _strip(assignment.this), _strip(assignment.expression)
            lefts = left.expressions if isinstance(left, exp.Tuple) else [left]
            rights = right.expressions if isinstance(right, exp.Tuple) else [right]
            refs = [ColumnRef(target.key, fold(c.this)) for c in lefts if isinstance(c, exp.Column)]
            if len(refs) == len(lefts):
                self._assign(refs, rights)
        self._nested(assignment, scope)

    def _assign(self, refs: list[ColumnRef], values: list[exp.Expr]) -> None:
        for ref, value in zip(refs, values):
            n = self._param(_uncast(value))
            if n is not None:
                self.param_columns.setdefault(n, ref)

    def _nested(self, node: exp.Expr, scope: _Scope) -> None:
        """Visit the subqueries inside an expression as children of `scope`."""
        for query in _shallow_queries(node):
            self.visit(query, scope, scope.ctes)

    def _nested_children(self, node: exp.Expr, scope: _Scope) -> None:
        for child in node.iter_expressions():
            self._nested(child, scope)

    # --- predicates ----------------------------------------------------------------------------

    def _condition(self, node: exp.Expr, scope: _Scope, clause: str, negated: bool = False) -> None:
        """Walk the AND/OR/NOT structure of a condition down to its leaf comparisons."""
        if isinstance(node, exp.Connector):
            self._condition(node.this, scope, clause, negated)
            self._condition(node.expression, scope, clause, negated)
        elif isinstance(node, exp.Paren):
            self._condition(node.this, scope, clause, negated)
        elif isinstance(node, exp.Not):
            self._condition(node.this, scope, clause, not negated)
        else:
            leaf = node.this if isinstance(node, exp.Escape) else node
            if leaf.args.get("negate"):  # sqlglot spells NOT LIKE / IS NOT NULL with a flag
                negated = not negated
            self._leaf(leaf, _Where(scope, clause, negated))
            self._nested(node, scope)

    def _add(self, where: _Where, ref: ColumnRef, op: str, **fields: Any) -> None:
        op = _NEGATE.get(op, op) if where.negated else op
        self.predicates.append(Predicate(ref, op, clause=where.clause, **fields))

    def _leaf(self, node: exp.Expr, where: _Where) -> None:
        if isinstance(node, exp.Column):
            ref = self._resolve(node, where.scope)
            if ref:
                self._add(where, ref, "=", value="literal", literal=True)
        elif type(node) in _COMPARISONS:
            left, right = _strip(node.this), _strip(node.expression)
            if isinstance(left, exp.Tuple) and isinstance(right, exp.Tuple):
                self._row_comparison(_COMPARISONS[type(node)], left, right, where)
            else:
                self._comparison(_COMPARISONS[type(node)], left, right, where)
        elif type(node) in _OPERATORS:
            side = self._column_side(node.this, where.scope)
            if side:
                self._compare(side, _OPERATORS[type(node)], _strip(node.expression), where)
        elif isinstance(node, exp.MatchAgainst):  # tsvector @@ tsquery
            side = (
                self._column_side(node.expressions[0], where.scope)
                if len(node.expressions) == 1
                else None
            )
            if side:
                self._compare(side, "@@", _strip(node.this), where)
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
                self._add(
                    where,
                    side[0],
                    "=",
                    value="literal",
                    literal=bool(target.this),
                    function=side[1],
                )
        elif isinstance(node, exp.Between):
            self._between(node, where)

    def _comparison(self, op: str, left: exp.Expr, right: exp.Expr, where: _Where) -> None:
        left_side, right_side = (
            self._column_side(left, where.scope),
            self._column_side(right, where.scope),
        )
        if left_side:
            self._compare(left_side, op, right, where)
        if right_side:
            self._compare(right_side, _FLIP[op], left, where)
        if (
            op == "="
            and left_side
            and right_side
            and isinstance(left, exp.Column)
            and isinstance(right, exp.Column)
        ):
            left_source, right_source = (
                self._lookup(left, where.scope),
                self._lookup(right, where.scope),
            )
            if left_source and right_source and left_source[0] is not right_source[0]:
                self._add_join(left_side[0], right_side[0])

    def _row_comparison(self, op: str, left: exp.Tuple, right: exp.Tuple, where: _Where) -> None:
        """`(a, b) = ($1, $2)` is a = $1 AND b = $2; `(a, b) < ($1, $2)` bounds only a (a <= $1)."""
        pairs = list(zip(left.expressions, right.expressions))
        if op not in ("=", "<>"):
            op, pairs = {"<": "<=", ">": ">="}.get(op, op), pairs[:1]
        for column, value in pairs:
            self._comparison(op, _strip(column), _strip(value), where)

    def _compare(
        self, side: tuple[ColumnRef, str | None], op: str, other: exp.Expr, where: _Where
    ) -> None:
        ref, function = side
        if isinstance(other, exp.Any) and op == "=":
            op, (kind, literal, params) = "any", self._value(other.this, where.scope, in_array=True)
        else:
            kind, literal, params = self._value(other, where.scope)
        for n in params:
            self.param_columns.setdefault(n, ref)
        param = params[0] if kind == "param" else None
        self._add(where, ref, op, value=kind, literal=literal, param=param, function=function)

    def _in(self, node: exp.In, where: _Where) -> None:
        side = self._column_side(node.this, where.scope)
        if side is None:
            return
        ref, function = side
        if node.args.get("query") is not None or not node.expressions:
            self._add(where, ref, "in", value="expr", function=function)
            return
        kinds = [self._value(e, where.scope) for e in node.expressions]
        for _, _, params in kinds:
            for n in params:
                self.param_columns.setdefault(n, ref)
        if all(k[0] == "literal" for k in kinds):
            self._add(
                where, ref, "in", value="literal", literal=[k[1] for k in kinds], function=function
            )
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
        kinds = [self._value(b, where.scope) for b in bounds]
        for _, _, params in kinds:
            for n in params:
                self.param_columns.setdefault(n, ref)
        if kinds and all(k[0] == "literal" for k in kinds):
            self._add(
                where,
                ref,
                "between",
                value="literal",
                literal=[k[1] for k in kinds],
                function=function,
            )
        elif kinds and kinds[0][0] == "param":
            self._add(where, ref, "between", value="param", param=kinds[0][2][0], function=function)
        else:
            self._add(where, ref, "between", value="expr", function=function)

    def _like(self, node: exp.Expr, where: _Where) -> None:
        side = self._column_side(node.this, where.scope)
        if side is None:
            return
        ref, function = side
        pattern = _strip(node.expression)
        leftmost = pattern  # '%' || $1 || '%' and concat('%', $1): what the pattern starts with
        while isinstance(leftmost, (exp.DPipe, exp.Concat, exp.Paren, exp.Cast)):
            if isinstance(leftmost, exp.Concat):
                if not leftmost.expressions:
                    break
                leftmost = leftmost.expressions[0]
            else:
                leftmost = leftmost.this
        kind, literal, params = self._value(pattern, where.scope)
        is_literal, first = _literal(leftmost)
        leading = is_literal and isinstance(first, str) and first[:1] in ("%", "_")
        pattern_param = self._param(leftmost)
        if pattern_param is not None:
            self.param_columns.setdefault(pattern_param, ref)
        self._add(
            where, ref, "ilike" if isinstance(node, exp.ILike) else "like",
            value=kind, literal=literal, param=params[0] if kind == "param" else None,
            function=function, leading_wildcard=leading, pattern_param=pattern_param,
        )  # fmt: skip

    def _value(
        self, node: exp.Expr, scope: _Scope, in_array: bool = False
    ) -> tuple[str, object, list[int]]:
        """Classify the non-column side: (kind, python literal, parameter numbers)."""
        node = _strip(node)
        bare = _uncast(node)
        n = self._param(bare)
        if n is not None:
            return "param", None, [n]
        if in_array and isinstance(bare, (exp.Array, exp.Tuple)):
            kinds = [self._value(e, scope) for e in bare.expressions]
            if kinds and all(k[0] == "literal" for k in kinds):
                return "literal", [k[1] for k in kinds], []
            if kinds and all(k[0] == "param" for k in kinds):
                return "param", None, [k[2][0] for k in kinds]
            return "expr", None, []
        ok, literal = _literal(node)
        if ok:
            return "literal", literal, []
        if isinstance(bare, exp.Column):
            return "column", None, []
        return "expr", None, []

    def _column_side(self, node: exp.Expr, scope: _Scope) -> tuple[ColumnRef, str | None] | None:
        """(column, wrapping function) when `node` is a column, or a function of exactly one column."""
        node = _strip(node)
        if isinstance(node, exp.Column):
            ref = self._resolve(node, scope)
            return (ref, None) if ref else None
        if isinstance(node, (exp.Any, exp.All, exp.Query, exp.Window)) or _is_aggregate(node):
            return None
        if not isinstance(node, (exp.Func, exp.Binary, exp.Unary, exp.Cast)):
            return None
        nodes = list(_local_nodes(node))
        if any(isinstance(n, exp.Query) or _is_aggregate(n) for n in nodes):
            return None
        columns = [n for n in nodes if isinstance(n, exp.Column)]
        if len(columns) != 1:
            return None
        ref = self._resolve(columns[0], scope)
        return (ref, _function_name(node)) if ref else None

    def _add_join(self, left: ColumnRef, right: ColumnRef) -> None:
        if (left, right) not in self.joins and (right, left) not in self.joins:
            self.joins.append((left, right))

    # --- name resolution -----------------------------------------------------------------------

    def _lookup(self, column: exp.Column, scope: _Scope | None) -> tuple[_Source, str] | None:
        """The source a column reference reads from, searching outward for correlated names."""
        if isinstance(column.this, exp.Star):
            return None
        name = fold(column.this)
        qualifier = column.args.get("table")
        current = scope
        while current is not None:
            if qualifier is not None:
                source = current.sources.get(fold(qualifier))
                if source is not None:
                    return source, name
            else:
                for source in current.sources.values():
                    if name in self._output_names(source):
                        return source, name
            current = current.parent
        return None

    def _resolve(self, column: exp.Column, scope: _Scope | None) -> ColumnRef | None:
        found = self._lookup(column, scope)
        return self._from_source(found[0], found[1]) if found else None

    def _from_source(self, source: _Source, name: str, depth: int = 0) -> ColumnRef | None:
        """The schema column behind `source.name`, following derived tables and CTEs."""
        if source.table is not None:
            if source.key and (source.table.column(name) or not source.table.columns):
                return ColumnRef(source.key, name)
            return None
        output = self._output(source, name)
        if output is None or depth > 20:
            return None
        node, scope = output
        if isinstance(node, _Source):
            return self._from_source(node, name, depth + 1)
        node = _strip(node.unalias() if isinstance(node, exp.Alias) else node)
        return self._resolve(node, scope) if isinstance(node, exp.Column) else None

    def _output(self, source: _Source, name: str) -> tuple[exp.Expr | _Source, _Scope] | None:
        """The select-list expression (or, through `*`, the inner source) that makes output `name`."""
        if source.scope is None or not source.scope.selects():
            return None
        select = source.scope.selects()[0]
        expressions = select.query.expressions
        if source.columns:
            if name not in source.columns:
                return None
            index = source.columns.index(name)
            if any(
                isinstance(e, exp.Star) or isinstance(e.this, exp.Star)
                for e in expressions[: index + 1]
            ):
                return None
            return (expressions[index], select) if index < len(expressions) else None
        for e in expressions:
            if isinstance(e, exp.Star) or (
                isinstance(e, exp.Column) and isinstance(e.this, exp.Star)
            ):
                qualifier = e.args.get("table")
                sources = (
                    [select.sources.get(fold(qualifier))]
                    if qualifier is not None
                    else select.sources.values()
                )
                for inner in sources:
                    if inner is not None and name in self._output_names(inner):
                        return inner, select
            elif _output_name(e) == name:
                return e, select
        return None

    def _output_names(self, source: _Source, depth: int = 0) -> set[str]:
        """The column names a source exposes."""
        if source.table is not None:
            return set(source.table.column_names)
        if source.columns:
            return set(source.columns)
        if source.scope is None or not source.scope.selects() or depth > 20:
            return set()
        select = source.scope.selects()[0]
        names: set[str] = set()
        for e in select.query.expressions:
            if isinstance(e, exp.Star) or (
                isinstance(e, exp.Column) and isinstance(e.this, exp.Star)
            ):
                qualifier = e.args.get("table")
                inner = (
                    [select.sources.get(fold(qualifier))]
                    if qualifier is not None
                    else select.sources.values()
                )
                for s in inner:
                    if s is not None:
                        names |= self._output_names(s, depth + 1)
            else:
                names.add(_output_name(e))
        return names

    def _resolve_output_ref(
        self, node: exp.Expr, scope: _Scope | None, inputs_first: bool = False
    ) -> ColumnRef | None:
        """Resolve an ORDER BY / GROUP BY item: a position, an output name or an input column."""
        if scope is None:
            return None
        node = _strip(node)
        expressions = scope.query.expressions if isinstance(scope.query, exp.Select) else []
        ok, position = _literal(node)
        if ok and isinstance(position, int) and 0 < position <= len(expressions):
            node = _strip(expressions[position - 1].unalias())
        elif isinstance(node, exp.Column) and node.args.get("table") is None:
            if inputs_first:
                ref = self._resolve(node, scope)
                if ref:
                    return ref
            for e in expressions:
                if _output_name(e) == fold(node.this):
                    node = _strip(e.unalias())
                    break
        return self._resolve(node, scope) if isinstance(node, exp.Column) else None

    def _main_table(self, scope: _Scope | None, depth: int = 0) -> str | None:
        """The table of the first FROM item, through derived tables and CTEs."""
        selects = scope.selects() if scope else []
        if not selects or depth > 20:
            return None
        source = next(iter(selects[0].sources.values()), None)
        if source is None:
            return None
        return source.key if source.table is not None else self._main_table(source.scope, depth + 1)

    # --- returned columns ----------------------------------------------------------------------

    def _returned(self, scope: _Scope, depth: int = 0) -> dict[str, set[str]]:
        """Schema columns that reach the client through the select list (also inside json_agg)."""
        result: dict[str, set[str]] = {}
        if depth > 20:
            return result
        for select in scope.selects():
            for e in select.query.expressions:
                self._returned_expr(e, select, result, depth)
        return result

    def _returned_expr(
        self, node: exp.Expr, scope: _Scope, result: dict[str, set[str]], depth: int
    ) -> None:
        if isinstance(node, exp.Star):
            for source in scope.sources.values():
                self._returned_source(source, result, depth)
            return
        if isinstance(node, exp.Query):  # a scalar subquery returns its own select list
            subquery = self.scopes.get(id(node))
            if subquery is not None:
                _merge(result, self._returned(subquery, depth + 1))
            return
        if isinstance(node, exp.Column):
            self._returned_column(node, scope, result, depth)
            return
        if _is_aggregate(node) and not _is_collecting(node):
            return  # count(x), sum(x): the values do not reach the client
        if isinstance(node, (exp.Order, exp.Where)):
            return  # json_agg(x ORDER BY y), count(*) FILTER (WHERE …): y and the filter are not returned
        if isinstance(node, exp.Window):
            self._returned_expr(node.this, scope, result, depth)
            return
        for child in node.iter_expressions():
            self._returned_expr(child, scope, result, depth)

    def _returned_column(
        self, column: exp.Column, scope: _Scope, result: dict[str, set[str]], depth: int
    ) -> None:
        """A returned column: a table's, or a derived table's output followed to what makes it."""
        if isinstance(column.this, exp.Star):  # t.*
            qualifier = column.args.get("table")
            star = self._lookup_alias(fold(qualifier), scope) if qualifier is not None else None
            if star is not None:
                self._returned_source(star, result, depth)
            return
        found = self._lookup(column, scope)
        if found is None:
            return
        source, name = found
        output = self._output(source, name) if source.table is None and depth < 20 else None
        if output is not None and not isinstance(output[0], _Source):
            self._returned_expr(output[0], output[1], result, depth + 1)
            return
        ref = self._from_source(source, name)
        if ref:
            result.setdefault(ref.table, set()).add(ref.column)

    def _returned_source(self, source: _Source, result: dict[str, set[str]], depth: int) -> None:
        if source.table is not None and source.key:
            result.setdefault(source.key, set()).update(source.table.column_names)
        elif source.scope is not None:
            _merge(result, self._returned(source.scope, depth + 1))

    def _lookup_alias(self, alias: str, scope: _Scope | None) -> _Source | None:
        while scope is not None:
            if alias in scope.sources:
                return scope.sources[alias]
            scope = scope.parent
        return None

    # --- bookkeeping ---------------------------------------------------------------------------

    def _note_table(self, key: str) -> None:
        if key not in self.tables:
            self.tables.append(key)

    def _note_alias(self, alias: str, key: str) -> None:
        """What a plan node's "Alias" names; None when two query levels use it for different tables."""
        if self.aliases.setdefault(alias, key) != key:
            self.aliases[alias] = None

    def _note_unknown(self, name: str) -> None:
        if name not in self.unknown:
            self.unknown.append(name)

    def _param(self, node: exp.Expr) -> int | None:
        n = param_number(node)
        return n if n is not None else self.placeholders.get(id(node))

    @staticmethod
    def _number_placeholders(root: exp.Expr) -> dict[int, int]:
        """Number client-side placeholders (%s, ?, %(name)s, :name) after the last $n, in text order."""
        nodes = list(root.walk(bfs=False))
        base = max((n for n in map(param_number, nodes) if n is not None), default=0)
        numbers: dict[int, int] = {}
        by_name: dict[str, int] = {}
        for node in nodes:
            if not isinstance(node, exp.Placeholder):
                continue
            name = (
                node.this.name if isinstance(node.this, exp.Expression) else node.this
            )  # None for %s and ?
            if name and name in by_name:
                numbers[id(node)] = by_name[name]
                continue
            base += 1
            numbers[id(node)] = base
            if name:
                by_name[name] = base
        return numbers


def _view_query(definition: str) -> exp.Expr | None:
    """A fresh tree of a view's query (pg_get_viewdef text), None when sqlglot cannot read it."""
    parsed = _parsed_view(definition)
    return parsed.copy() if parsed is not None else None


@lru_cache(maxsize=256)
def _parsed_view(definition: str) -> exp.Expr | None:
    try:
        root = parse_statement(definition.strip().rstrip(";"))
    except Exception:  # noqa: BLE001 - sqlglot raises many types; the view stays opaque
        return None
    return root if isinstance(_strip_subquery(root), exp.Query) else None


def _uncast(node: exp.Expr) -> exp.Expr:
    node = _strip(node)
    while isinstance(node, (exp.Cast, exp.TryCast)):
        node = _strip(node.this)
    return node


def _strip_subquery(node: exp.Expr) -> exp.Expr:
    while isinstance(node, exp.Subquery):
        node = node.this
    return node


def _output_name(e: exp.Expr) -> str:
    """The name PostgreSQL gives a select-list item (folded)."""
    if isinstance(e, exp.Alias):
        return fold(e.args["alias"])
    if isinstance(e, exp.Column):
        return fold(e.this)
    return e.alias_or_name.lower()


def _merge(into: dict[str, set[str]], other: dict[str, set[str]]) -> None:
    for key, columns in other.items():
        into.setdefault(key, set()).update(columns)
