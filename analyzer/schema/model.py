"""The schema of the application under audit, as PostgreSQL itself sees it.

The model is read back from the catalog of the scratch database after the DDL
has been applied (`catalog.read_schema`), so ALTER chains, defaults and
constraint names are exactly what PostgreSQL made of them.

Names are stored as PostgreSQL stores them (case-sensitive, unquoted): a
table created as `"User"` is `User`, one created as `Orders` is `orders`.

A table is named everywhere by its key (`table_key`): the bare name in
`public`, `schema.name` elsewhere (`auth.sessions`). `Schema.tables`, foreign
keys, query shapes, plans, findings, reports, baselines and migrations all
use that one spelling; `migrate.ddl.qualified` turns it into quoted SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dbperf.diagnostics import Origin


def table_key(schema: str, name: str) -> str:
    """How dbperf names a table: `orders` in public, `auth.sessions` in any other schema."""
    return name if schema == "public" else f"{schema}.{name}"


@dataclass(frozen=True)
class SqlType:
    """A type as pg_type describes it, with what generating its values needs.

    `name` has no modifiers ("timestamp without time zone"), `sql` has them
    ("timestamp(3) without time zone"): the spelling a cast uses.
    """

    name: str  # format_type(oid, NULL)
    sql: str  # format_type(oid, typmod)
    kind: str = "b"  # pg_type.typtype: b base, c composite, d domain, e enum, r range, m multirange, p pseudo
    category: str = "U"  # pg_type.typcategory: A array, B boolean, D date/time, N numeric, S string, U user…
    typmod: int = -1  # varchar(n), numeric(p,s), timestamp(p), bit(n), vector(n)… as PostgreSQL encodes them
    element: SqlType | None = None  # an array's element type; a range's subtype; a multirange's range type
    base: SqlType | None = None  # a domain's base type, with the domain's modifiers
    checks: tuple[str, ...] = ()  # a domain's CHECK expressions, on VALUE ("VALUE > 0")
    fields: tuple[tuple[str, SqlType], ...] = ()  # a composite type's attributes
    labels: tuple[str, ...] = ()  # an enum's labels
    input: str = ""  # pg_type.typinput, e.g. "cube_in": what parses the text of an unknown type

    @property
    def scalar(self) -> SqlType:
        """The type values are made of: domains resolved to their base, arrays to their element."""
        found: SqlType = self
        while True:
            if found.kind == "d" and found.base is not None:
                found = found.base
            elif found.category == "A" and found.element is not None:
                found = found.element
            else:
                return found

    @property
    def is_array(self) -> bool:
        found: SqlType = self
        while found.kind == "d" and found.base is not None:
            found = found.base
        return found.category == "A" and found.element is not None


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # format_type() text, e.g. "text", "timestamp without time zone", "character varying(255)"
    not_null: bool = False  # also when the column's domain is NOT NULL
    default: str | None = None  # pg_get_expr() text, e.g. "now()", "'user'::text"
    identity: bool = False  # GENERATED … AS IDENTITY, or a serial default nextval()
    enum_values: tuple[str, ...] = ()  # labels when the type is an enum
    avg_width: int | None = None  # pg_stats.avg_width once the table is seeded and analyzed
    sql_type: SqlType | None = None  # the catalog's description of `type` (None when built by hand)
    array_dims: int = 0  # dimensions an array column was declared with (int[][] -> 2)

    @property
    def base_type(self) -> str:
        """The scalar type without modifiers, domains and arrays resolved:
        "timestamp(3) without time zone" -> "timestamp without time zone", "varchar(255)[]" -> "character varying"."""
        if self.sql_type is not None:
            return self.sql_type.scalar.name
        return self.type.split("(")[0].removesuffix("[]").strip()

    @property
    def is_array(self) -> bool:
        if self.sql_type is not None:
            return self.sql_type.is_array
        return self.type.endswith("[]")


@dataclass(frozen=True)
class Index:
    name: str
    table: str
    columns: tuple[str, ...]  # column names; an expression key is given as its SQL text
    unique: bool = False
    primary: bool = False
    method: str = "btree"
    predicate: str | None = None  # WHERE clause of a partial index
    include: tuple[str, ...] = ()
    definition: str = ""  # pg_get_indexdef()
    constraint: str | None = None  # name of the PK/UNIQUE constraint this index backs, if any
    expressions: bool = False  # True when at least one key is an expression
    size_bytes: int | None = None
    origin: Origin | None = None  # DDL line that created it, when known
    # a partitioned table's index: the indexes of its partitions (plans name those), every level
    partition_indexes: tuple[str, ...] = ()

    @property
    def is_constraint(self) -> bool:
        return self.constraint is not None


@dataclass(frozen=True)
class ForeignKey:
    name: str
    table: str
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    on_delete: str = "no action"  # "cascade", "set null", "restrict", "no action", "set default"
    origin: Origin | None = None


@dataclass(frozen=True)
class Check:
    name: str
    table: str
    expression: str  # pg_get_constraintdef(), e.g. "CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))"
    columns: tuple[str, ...] = ()


# What a relation is (pg_class.relkind): what dbperf does with it.
KINDS = {
    "table": "a plain table: seeded",
    "partitioned": "a partitioned table: seeded through the parent, rows routed to its partitions",
    "matview": "a materialized view: refreshed after seeding, indexable",
    "view": "a view: not seeded; its queries are measured on the base tables it reads",
    "foreign": "a foreign table: its data lives elsewhere, not seeded nor measured",
}


@dataclass(frozen=True)
class Partition:
    """One partition of a partitioned table, at any level of its tree."""

    name: str  # "schema.name"
    parent: str  # "schema.name" of the table it is a partition of
    bound: str  # pg_get_expr(relpartbound): "FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')", "DEFAULT"
    partitioned: bool = False  # itself partitioned (a sub-partitioned level)

    @property
    def is_default(self) -> bool:
        return self.bound == "DEFAULT"


@dataclass
class Table:
    name: str
    schema: str = "public"
    columns: list[Column] = field(default_factory=list)
    primary_key: tuple[str, ...] = ()
    uniques: list[tuple[str, ...]] = field(default_factory=list)  # UNIQUE constraints and unique indexes (non-partial)
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    indexes: list[Index] = field(default_factory=list)
    origin: Origin | None = None  # DDL line of CREATE TABLE, when known
    rows: int | None = None  # row count once seeded (pg_class.reltuples after ANALYZE)
    size_bytes: int | None = None
    kind: str = "table"  # a key of KINDS
    # partitioned: "RANGE (created_at)" (pg_get_partkeydef), its key columns ("" for an expression key),
    # and every partition of its tree, parents before their children
    partition_by: str | None = None
    partition_key: tuple[str, ...] = ()
    partitions: tuple[Partition, ...] = ()
    inherits: tuple[str, ...] = ()  # INHERITS parents, as table keys
    definition: str | None = None  # view / matview: its query (pg_get_viewdef)
    reads: tuple[str, ...] = ()  # view / matview: the relations its query reads, as keys

    @property
    def qualified_name(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def key(self) -> str:
        """Its name in `Schema.tables`, findings and migrations (see `table_key`)."""
        return table_key(self.schema, self.name)

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def leaf_partitions(self) -> list[Partition]:
        return [p for p in self.partitions if not p.partitioned]


@dataclass
class Schema:
    """All user relations of the application, keyed by `table_key` (`orders`, `auth.sessions`).

    `tables` holds the relations with rows of their own: plain and partitioned
    tables (not their partitions) and materialized views (`Table.kind`).
    `views` and `foreign` hold views and foreign tables: nothing is seeded in
    them. `search_path` is the one the application's queries run with (config
    `search_path`, default public): `find()` (tables) and `relation()` (any
    kind) resolve an unqualified name through it, as PostgreSQL does.
    """

    tables: dict[str, Table] = field(default_factory=dict)
    views: dict[str, Table] = field(default_factory=dict)
    foreign: dict[str, Table] = field(default_factory=dict)
    extensions: list[str] = field(default_factory=list)
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    search_path: tuple[str, ...] = ("public",)

    def find(self, name: str, schema: str | None = None) -> Table | None:
        """Resolve a table reference as PostgreSQL would.

        `name` is the identifier as the query spelled it after unquoting
        (quoted identifiers keep their case, unquoted ones are folded to
        lower case by the caller or by `sql` helpers). With `schema`, only that
        schema's table; without, the first schema of `search_path` that has it,
        then a table key as given (`auth.sessions`), then the only table of that
        name in another schema (captures often come from a session whose
        search_path dbperf is not told; an ambiguous name stays unresolved).
        """
        return _find(self.tables, name, schema, self.search_path)

    def relation(self, name: str, schema: str | None = None) -> Table | None:
        """Like `find()`, over tables, views and foreign tables alike."""
        for group in (self.tables, self.views, self.foreign):
            found = _find(group, name, schema, self.search_path)
            if found is not None:
                return found
        return None

    def plan_table(self, relation: str, schema: str | None = None, alias: str | None = None,
                   aliases: dict[str, str] | None = None, referenced: tuple[str, ...] = ()) -> Table | None:
        """The table a plan node scans or writes.

        EXPLAIN names it without its schema ("Schema" comes with VERBOSE only).
        Told apart, when two schemas have a table of that name, by the query's
        alias of it (`aliases`: alias -> key), then by the tables the query
        references (`referenced`, keys), then by `search_path`.
        """
        if schema is not None:
            return self.find(relation, schema)
        named = [table for table in self.tables.values() if table.name == relation]
        if len(named) <= 1:
            return named[0] if named else None
        keys = {table.key: table for table in named}
        if alias and aliases and aliases.get(alias) in keys:
            return keys[aliases[alias]]
        chosen = [key for key in referenced if key in keys]
        if len(set(chosen)) == 1:
            return keys[chosen[0]]
        return self.find(relation)

    def partition_owner(self, relation: str, schema: str | None = None) -> str | None:
        """The key of the partitioned table a partition (any level) belongs to, or None."""
        for key, table in self.tables.items():
            for part in table.partitions:
                nsp, _, bare = part.name.partition(".")
                if bare == relation and (schema is None or nsp == schema):
                    return key
        return None

    def index_root(self, name: str) -> str:
        """The partitioned table's index a partition's index belongs to (plans name the partitions'),
        else `name` itself."""
        for index in self.indexes():
            if name in index.partition_indexes:
                return index.name
        return name

    def referencing(self, table: str) -> list[ForeignKey]:
        """Foreign keys of other tables that point at `table`."""
        return [fk for t in self.tables.values() for fk in t.foreign_keys if fk.ref_table == table]

    def indexes(self) -> list[Index]:
        return [ix for t in self.tables.values() for ix in t.indexes]


def _find(relations: dict[str, Table], name: str, schema: str | None,
          search_path: tuple[str, ...]) -> Table | None:
    """`Schema.find` over one group of relations (see there)."""
    if schema is not None:
        table = relations.get(table_key(schema, name))
        return table if table is not None and (table.schema, table.name) == (schema, name) else None
    for path_schema in search_path:
        table = _find(relations, name, path_schema, search_path)
        if table is not None:
            return table
    if name in relations:
        return relations[name]
    named = [table for table in relations.values() if table.name == name]
    return named[0] if len(named) == 1 else None


@dataclass(frozen=True)
class ColumnStats:
    n_distinct: float  # > 0: distinct values; < 0: fraction of rows (PostgreSQL's convention)
    null_frac: float
    most_common_freq: float  # frequency of the most common value, 0 when none
    correlation: float | None = None

    def distinct(self, rows: int) -> float:
        """Estimated number of distinct values for a table of `rows` rows."""
        return self.n_distinct if self.n_distinct >= 0 else -self.n_distinct * rows
