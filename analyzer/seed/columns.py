"""One SQL generator expression per column, as a function of the row number.

`TableSql(ctx, key).expr(column, row)` is the value of `column` in row
number `row` (an SQL bigint expression, `g.i` in the INSERT). Keys never
repeat (a function of the row number that cannot collide), a foreign key
recomputes its parent's key expression at a skewed parent row number (so it
always holds without a lookup), and the remaining columns get realistic
values from `values.py`, with the captured workload's filter literals (hints)
mixed in at a realistic frequency, unless a column profile (production's
distribution from stats.json or `[seed.columns]`, see profile.py) says otherwise.
Keys and foreign keys are `keys.py`'s part of `TableSql`, categorical columns and
hints `categories.py`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from dbperf.schema.model import Column, Schema
from dbperf.seed import times, types, values
from dbperf.seed.categories import CategoricalColumns
from dbperf.schema.checks import ColumnRules, default_constant, parse_checks
from dbperf.seed.keys import KeyColumns, SkipTable, foreign_key_of_column, unique_fk
from dbperf.seed.plan import SeedPlan, pair_fks
from dbperf.seed.profile import profile_builder
from dbperf.seed.sqltext import quote_ident, quote_table

NULL_SHARE = 0.05  # nullable columns without a default

Builder = Callable[[str], str]

@dataclass
class SeedContext:
    """What every table's expressions depend on: schema, plan, seed, hints, failures so far."""

    schema: Schema
    plan: SeedPlan
    seed: int
    hints: Mapping[tuple[str, str], Sequence[object]] = field(default_factory=dict)
    generated: set[tuple[str, str]] = field(default_factory=set)  # GENERATED … STORED columns
    failed: set[str] = field(default_factory=set)  # tables that could not be seeded
    lacking: frozenset[str] = frozenset()  # types the server cannot make values of (types.unsupported_types)
    _tables: dict[str, TableSql] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.referenced = {(fk.ref_table, c) for t in self.schema.tables.values()
                           for fk in t.foreign_keys for c in fk.ref_columns}

    def table(self, key: str) -> TableSql:
        if key not in self._tables:
            self._tables[key] = TableSql(self, key)
        return self._tables[key]



class TableSql(KeyColumns, CategoricalColumns):
    """The generator expression of every column of one table."""

    def __init__(self, ctx: SeedContext, key: str) -> None:
        self.ctx = ctx
        self.key = key
        self.table = ctx.schema.tables[key]
        self.rows = ctx.plan.rows.get(key, 1)
        self.rules = parse_checks(self.table.checks)
        for col in self.table.columns:  # a domain's CHECKs hold for its columns as a table's would
            if col.name not in self.rules and (domain := types.domain_rules(col.sql_type)) is not None:
                self.rules[col.name] = domain
        self.fk_of = foreign_key_of_column(self.table)
        self.pair = pair_fks(self.table)
        self.needs_on_conflict = False  # a UNIQUE that generated values cannot guarantee
        self.needs_replica = False  # a NOT NULL foreign key deferred by a cycle
        self.notes: list[tuple[str, str]] = []  # (problem, hint): columns whose values are not realistic
        self.unique_index_keys = self._indexed_unique_keys()
        self.injective = self._injective_columns()
        self._building: set[str] = set()
        self._builders: dict[str, Builder | None] = {}
        for col in self.table.columns:
            self._builders[col.name] = self._builder(col)

    # -- public ---------------------------------------------------------------------------------

    @property
    def insert_columns(self) -> list[str]:
        return [name for name, builder in self._builders.items() if builder is not None]

    def expr(self, column: str, row: str = "g.i") -> str:
        """SQL value of `column` at row number `row`."""
        builder = self._builders.get(column)
        if builder is None:
            raise SkipTable(f"column {column} of {self.table.name} has no generated value")
        return builder(row)

    @property
    def has_identity(self) -> bool:
        return any(c.identity for c in self.table.columns)

    def deferred_update(self) -> str | None:
        """UPDATE filling nullable foreign keys deferred by a cycle, or None."""
        fks = [fk for fk in self.table.foreign_keys if self.ctx.plan.is_deferred(fk) and self._nullable(fk)]
        if not fks or not self.table.primary_key or any(fk.ref_table in self.ctx.failed for fk in fks):
            return None
        pk = ", ".join(f"{quote_ident(c)}::text" for c in self.table.primary_key)
        row = f"hashtextextended(concat_ws('|', {pk}), 0)"
        sets = ", ".join(f"{quote_ident(c)} = {self._fk_value(fk, c, row, skewed_only=True)}"
                         for fk in fks for c in fk.columns)
        return f"UPDATE {quote_table(self.table)} SET {sets}"

    def fixed_columns(self) -> set[str]:
        """Columns a repair must not change: keys, values other rows point at, row-ordered self-references."""
        fixed = set(self.injective) | set(self.table.primary_key)
        # A unique key holding an injective column is unique whatever its other columns hold.
        fixed |= {c for key in [*self.table.uniques, *self.unique_index_keys]
                  if not set(key) & self.injective for c in key}
        fixed |= {c.name for c in self.table.columns if c.identity or (self.key, c.name) in self.ctx.referenced}
        for fk in self.table.foreign_keys:
            if fk.ref_table == self.key or (self.pair and fk in self.pair) or unique_fk(self.table, fk):
                fixed |= set(fk.columns)
        return fixed

    def cell(self, col: Column, row: str) -> values.Cell:
        """The value helpers of `col` at row number `row` (for repairs: other shapes of values)."""
        return self._cell(col, row)

    # -- decisions ------------------------------------------------------------------------------

    def _builder(self, col: Column) -> Builder | None:
        """How to compute `col`, or None to leave it to its DEFAULT."""
        if (self.key, col.name) in self.ctx.generated:
            return None
        if col.name in self.fk_of:
            return self._fk_builder(self.fk_of[col.name], col)
        if col.name in self.injective:
            return self._cast(col, self._with_patterns(col, self._unique_hints(col, self._key_builder(col))))
        if col.identity:
            return self._cast(col, lambda row: row)
        builder = self._value_builder(col)
        profile = self.ctx.plan.profiles.get((self.key, col.name))
        if profile is not None:  # production's distribution (stats.json or [seed.columns]), checked
            heuristic = self._with_hints(col, builder) if builder is not None else None
            return self._cast(col, profile_builder(
                profile, col, self.rows, lambda purpose: self._cell(col, "0").salt("profile " + purpose), heuristic))
        if builder is None:
            if col.default is not None:
                self.notes.append(types.unknown_note(self.table.key, col, "its DEFAULT fills every row"))
                return None
            if not col.not_null:
                self.notes.append(types.unknown_note(self.table.key, col, "left NULL"))
                return lambda row: f"NULL::{col.type}"
            self.notes.append(types.unknown_note(self.table.key, col, "trying one word cast to it"))
            return self._cast(col, lambda row: f"({self._cell(col, row).words(1)})::text")
        return self._cast(col, self._with_patterns(col, self._with_hints(col, builder)))

    @staticmethod
    def _cast(col: Column, builder: Builder) -> Builder:
        # An explicit cast also truncates to varchar(n)/char(n), as assignment would refuse to.
        return lambda row: f"({builder(row)})::{col.type}"

    def _cell(self, col: Column, row: str) -> values.Cell:
        return values.Cell(self.table, col, row, self.rows, self.ctx.seed,
                           self.rules.get(col.name, ColumnRules()), self._sibling, lacking=self.ctx.lacking)

    def _sibling(self, name: str, row: str) -> str | None:
        if name in self._building or self._builders.get(name) is None:
            return None
        return self.expr(name, row)

    # -- ordinary values ------------------------------------------------------------------------

    def _value_builder(self, col: Column) -> Builder | None:
        """Realistic values for a column that is no key; None when the type is unknown."""
        base_type = col.base_type
        rules = self.rules.get(col.name, ColumnRules())
        default = default_constant(col.default)
        categories = self._categories(col, rules, default)
        if categories is not None:
            return self._categorical(col, categories, default)
        if col.is_array or (col.sql_type is not None and col.sql_type.kind == "d"):
            return self._typed(col)  # arrays, domains: by the type's structure (types.py)
        if base_type == "boolean":
            share = values.boolean_share(self._cell(col, "0"), default)
            return self._nullable_wrap(col, lambda row: f"({self._cell(col, row).u()} < {share})")
        if base_type in values.TIME_TYPES:
            return self._time_builder(col, rules)
        if base_type in values.INTEGER_TYPES or base_type in values.FLOAT_TYPES or base_type in ("numeric", "money"):
            if rules.after:
                other, strict = rules.after[0]
                return lambda row: self._after(col, other, strict, row, seconds=False)
            return self._nullable_wrap(col, lambda row: values.number_value(self._cell(col, row)))
        if base_type in values.TEXT_TYPES:
            return self._nullable_wrap(col, lambda row: values.text_value(self._cell(col, row)))
        if base_type in ("json", "jsonb"):
            return self._nullable_wrap(col, lambda row: values.json_value(self._cell(col, row)))
        return self._typed(col)

    def _typed(self, col: Column) -> Builder | None:
        """A value of the column's type, whatever it is (types.py); None when no type family fits."""
        if types.value(self._cell(col, "0")) is None:
            return None
        return self._nullable_wrap(col, lambda row: types.value(self._cell(col, row)) or "NULL")

    def _nullable_wrap(self, col: Column, builder: Builder) -> Builder:
        if col.not_null or col.default is not None or (self.key, col.name) in self.ctx.referenced:
            return builder
        return lambda row: (f"CASE WHEN {self._cell(col, row).u('null')} < {NULL_SHARE} "
                            f"THEN NULL ELSE {builder(row)} END")

    def _time_builder(self, col: Column, rules: ColumnRules) -> Builder:
        name = values.snake(col.name)

        def build(row: str) -> str:
            cell = self._cell(col, row)
            if rules.after:
                other, strict = rules.after[0]
                return self._after(col, other, strict, row, seconds=True)
            value = times.time_value(cell)
            if col.not_null:
                return value
            flag = times.boolean_sibling(cell)
            if flag and flag not in self._building:
                return f"CASE WHEN {self.expr(flag, row)} THEN {value} END"
            share = times.event_share(name)
            if share is None:
                share = 1 - NULL_SHARE if col.default is None else 1.0
            return value if share >= 1 else f"CASE WHEN {cell.u('null')} < {share} THEN {value} END"

        return build

    def _after(self, col: Column, other: str, strict: bool, row: str, *, seconds: bool) -> str:
        """A value ≥ (or >) another column of the same row, as a CHECK demands."""
        self._building.add(col.name)
        try:
            base = self._sibling(other, row)
        finally:
            self._building.discard(col.name)
        cell = self._cell(col, row)
        if base is None:
            return times.time_value(cell) if seconds else values.number_value(cell)
        if seconds:
            return f"({base} + ({int(strict)} + floor({cell.u('after')} * {30 * values.DAY})) * interval '1 second')"
        return f"({base} + {int(strict)} + floor({cell.u('after')} * 100))"
