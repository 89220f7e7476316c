"""Which schema column each column reference of a statement reads, on sqlglot's optimizer.

`qualified(tree, schema)` binds every table reference to the schema relation PostgreSQL would
pick (the search_path, partitions read as their partitioned table, views replaced by their
definition as PostgreSQL stored it), then runs sqlglot's `qualify` over a `MappingSchema` of the
catalog, so every column carries the alias of the FROM item it belongs to. `Resolver` follows
those aliases through `sqlglot.optimizer.scope` scopes (derived tables, CTEs, LATERAL and
correlated subqueries) down to the table column behind them.

Identifier semantics are PostgreSQL's: unquoted names fold to lower case, quoted ones keep it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlglot import exp
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import Scope, traverse_scope
from sqlglot.schema import MappingSchema

from dbperf.schema.model import Schema, Table
from dbperf.sql.syntax import fold, is_star, parse_statement, strip, unwrap

RELATION = "dbperf_relation"  # Table.meta: key of the schema table it reads
ALIAS = "dbperf_alias"  # Table.meta: the name a plan node's "Alias" shows (alias or table name)
UNKNOWN = "dbperf_unknown"  # Table.meta: the name of a relation the schema lacks
FOREIGN = "dbperf_foreign"  # Table.meta: key of a foreign table (not measurable)
VIEW = "dbperf_view"  # Subquery.meta: key of the view it stands for
USING = "dbperf_using"  # Coalesce.meta: made by sqlglot from JOIN … USING (its first column is it)
_UNKNOWN_SCHEMA = "dbperf unknown"  # where relations the schema lacks are put for sqlglot
_NO_COLUMN = "dbperf no column"  # the one column sqlglot is told such a relation has
WRITE = "dbperf_write"  # Select.meta: stands for a write statement (dbperf.sql.writes)
MAX_VIEWS = 50  # views nested beyond reason stay opaque
MAX_DEPTH = 20


def qualified(tree: exp.Expr, schema: Schema, columns: bool = True) -> None:
    """Bind `tree`'s table references to `schema` and qualify its columns, in place.

    Raises sqlglot's OptimizeError when sqlglot cannot qualify the columns of the statement;
    `columns=False` qualifies the tables only (columns stay as written)."""
    mapping = _mapping(schema)
    _bind(tree, schema, [0], mapping)
    before = {id(node) for node in tree.find_all(exp.Coalesce)}
    qualify(
        tree,
        schema=mapping,
        dialect="postgres",
        qualify_columns=columns,
        allow_partial_qualification=True,  # a column the schema lacks stays unresolved, no error
        validate_qualify_columns=False,
        quote_identifiers=False,
        identify=False,
    )
    for node in tree.find_all(exp.Coalesce):
        if id(node) not in before:
            node.meta[USING] = True


def _bind(tree: exp.Expr, schema: Schema, views: list[int], mapping: MappingSchema) -> None:
    for table in _relations(tree):
        name = fold(table.this)
        db = fold(table.args["db"]) if table.args.get("db") else None
        alias_node = table.args.get("alias")
        alias = fold(alias_node.this) if alias_node is not None and alias_node.this else name
        relation = schema.relation(name, db)  # unqualified: through the search_path
        if relation is None and (owner := schema.partition_owner(name, db)) is not None:
            relation = schema.tables[owner]  # a partition holds its table's rows and indexes
        if relation is not None and relation.kind == "view":
            views[0] += 1
            table.replace(_view(relation, table, alias, schema, views, mapping))
            continue
        if relation is None:  # a relation without columns: names resolve to the other sources
            table.meta[UNKNOWN] = f"{db}.{name}" if db else name
            nsp, name = _UNKNOWN_SCHEMA, table.meta[UNKNOWN]
            columns = {_NO_COLUMN: "text"}  # known to sqlglot, so names it lacks are not guessed
            mapping.add_table(exp.table_(name, db=nsp, quoted=True), columns, normalize=False)
        else:
            table.meta[FOREIGN if relation.kind == "foreign" else RELATION] = relation.key
            nsp, name = relation.schema, relation.name
        table.meta[ALIAS] = alias
        table.set("this", exp.to_identifier(name, quoted=True))
        table.set("db", exp.to_identifier(nsp, quoted=True))
        if not table.alias:
            table.set("alias", exp.TableAlias(this=exp.to_identifier(alias, quoted=True)))


def _relations(tree: exp.Expr) -> list[exp.Table]:
    """The table references of `tree` that name a relation, not a CTE (sqlglot's scopes decide)."""
    found: dict[int, exp.Table] = {}
    if isinstance(tree, exp.Query):
        for scope in traverse_scope(tree):
            for source in scope.sources.values():
                if isinstance(source, exp.Table) and isinstance(source.this, exp.Identifier):
                    found.setdefault(id(source), source)
    return list(found.values())


def _view(
    relation: Table,
    table: exp.Table,
    alias: str,
    schema: Schema,
    views: list[int],
    mapping: MappingSchema,
) -> exp.Expr:
    """A view as the derived table its definition is; opaque (unknown columns) when unreadable."""
    alias_node = table.args.get("alias")
    columns = [fold(c) for c in alias_node.columns] if alias_node is not None else []
    columns = columns or relation.column_names
    body = _view_query(relation.definition or "") if views[0] <= MAX_VIEWS else None
    if body is None:
        body = exp.select(*(exp.Null().as_(c, quoted=True) for c in columns))
    else:
        _bind(body, schema, views, mapping)
    table_alias = exp.TableAlias(
        this=exp.to_identifier(alias, quoted=True),
        columns=[exp.to_identifier(c, quoted=True) for c in columns],
    )
    subquery = exp.Subquery(this=body, alias=table_alias)
    subquery.meta[VIEW] = relation.key
    for join in table.args.get("joins") or []:
        subquery.append("joins", join)
    return subquery


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
    return root if isinstance(unwrap(root), exp.Query) else None


_MAPPINGS: list[tuple[Schema, int, MappingSchema]] = []


def _mapping(schema: Schema) -> MappingSchema:
    """sqlglot's view of the catalog: {schema: {table: {column: type}}}, exact names (no folding).

    Types are irrelevant to resolution and PostgreSQL's own spellings are not all sqlglot's."""
    size = len(schema.tables) + len(schema.views) + len(schema.foreign)
    for known, known_size, mapping in _MAPPINGS:
        if known is schema and known_size == size:
            return mapping
    nested: dict[str, dict[str, dict[str, str]]] = {}
    for group in (schema.tables, schema.views, schema.foreign):
        for table in group.values():
            nested.setdefault(table.schema, {})[table.name] = dict.fromkeys(
                table.column_names, "text"
            )
    mapping = MappingSchema(nested, dialect="postgres", normalize=False)
    _MAPPINGS[:] = [(schema, size, mapping)]
    return mapping


@dataclass(frozen=True)
class ColumnRef:
    """A column of a schema table; `table` is its key in `Schema.tables`, never an alias."""

    table: str
    column: str


Source = exp.Table | Scope


class Resolver:
    """Resolves qualified column references of a `qualified` tree through its scopes."""

    def __init__(self, tree: exp.Expr, schema: Schema) -> None:
        self.schema = schema
        self.scopes: dict[int, Scope] = {}
        if isinstance(tree, exp.Query):
            for scope in traverse_scope(tree):
                self.scopes.setdefault(id(scope.expression), scope)

    def scope_of(self, query: exp.Expr) -> Scope | None:
        """The scope of a query node (through its parentheses)."""
        return self.scopes.get(id(unwrap(query))) or self.scopes.get(id(query))

    def lookup(self, column: exp.Column, scope: Scope | None) -> tuple[Source, str] | None:
        """The FROM item a column reads, searching outward for correlated names."""
        if isinstance(column.this, exp.Star) or not column.table:
            return None
        qualifier = column.table
        while scope is not None:
            source = scope.sources.get(qualifier)
            if source is not None:
                return source, fold(column.this)
            scope = scope.parent
        return None

    def resolve(self, column: exp.Column, scope: Scope | None) -> ColumnRef | None:
        found = self.lookup(column, scope)
        return self.from_source(found[0], found[1]) if found else None

    def from_source(self, source: Source, name: str, depth: int = 0) -> ColumnRef | None:
        """The schema column behind output `name` of `source`, through derived tables and CTEs."""
        if isinstance(source, exp.Table):
            key = source.meta.get(RELATION)
            table = self.schema.tables.get(key) if key else None
            if table is not None and (table.column(name) or not table.columns):
                return ColumnRef(key, name)
            return None
        output = self.output(source, name) if depth <= MAX_DEPTH else None
        if output is None:
            return None
        node, scope = output
        if isinstance(node, (exp.Table, Scope)):
            return self.from_source(node, name, depth + 1)
        node = self.merged(strip(node))
        return self.resolve(node, scope) if isinstance(node, exp.Column) else None

    def output(self, scope: Scope, name: str) -> tuple[exp.Expr | Source, Scope] | None:
        """The select-list expression (or, through an unexpanded `*`, the source) making `name`."""
        select = self.leading_select(scope)
        if select is None:
            return None
        for e in select.expression.selects:
            if is_star(e):
                qualifier = e.table if isinstance(e, exp.Column) else ""
                sources = [select.sources.get(qualifier)] if qualifier else select.sources.values()
                for inner in sources:
                    if inner is not None and self.from_source(inner, name) is not None:
                        return inner, select
            elif e.alias_or_name == name:
                return e.unalias(), select
        return None

    def leading_select(self, scope: Scope | None) -> Scope | None:
        """The first SELECT of a scope (the left branch of a set operation, a LATERAL's query)."""
        for _ in range(MAX_DEPTH):
            if scope is None or isinstance(scope.expression, exp.Select):
                return scope
            if isinstance(scope.expression, exp.SetOperation):
                left = scope.expression.this
                while isinstance(unwrap(left), exp.SetOperation):
                    left = unwrap(left).this
                scope = self.scope_of(left)
            elif scope.subquery_scopes:
                scope = scope.subquery_scopes[0]
            else:
                return None
        return None

    @staticmethod
    def merged(node: exp.Expr) -> exp.Expr:
        """A JOIN … USING column is its first table's (sqlglot writes it as a COALESCE)."""
        if isinstance(node, exp.Coalesce) and node.meta.get(USING):
            return node.this
        return node

    def main_table(self, scope: Scope | None, depth: int = 0) -> str | None:
        """The table of the first FROM item, through derived tables and CTEs."""
        select = self.leading_select(scope)
        from_ = select.expression.args.get("from_") if select is not None else None
        if from_ is None or depth > MAX_DEPTH or select.expression.meta.get(WRITE):
            return None  # nothing read, or a write's RETURNING (WITH x AS (UPDATE …) SELECT …)
        item = from_.this
        while isinstance(item, exp.Subquery) and isinstance(item.this, (exp.Table, exp.Subquery)):
            item = item.this  # `FROM (a JOIN b ON …)`, as pg_get_viewdef writes joins: a
        source = select.sources.get(item.alias_or_name) if isinstance(item, exp.Table) else None
        if source is None and not isinstance(item, exp.Table):
            source = self.scope_of(item)
        if isinstance(source, exp.Table):
            return source.meta.get(RELATION) or None
        return self.main_table(source, depth + 1)
