"""One SQL generator expression per column, as a function of the row number.

`TableSql(ctx, key).expr(column, row)` is the value of `column` in row
number `row` (an SQL bigint expression, `g.i` in the INSERT). Keys never
repeat (a function of the row number that cannot collide), a foreign key
recomputes its parent's key expression at a skewed parent row number (so it
always holds without a lookup), and the remaining columns get realistic
values from `values.py`, with the captured workload's filter literals (hints)
mixed in at a realistic frequency, unless a column profile (production's
distribution from stats.json or `[seed.columns]`, see profile.py) says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from dbperf.schema.model import Column, ForeignKey, Schema, Table
from dbperf.seed import hashing, types, values, vocab
from dbperf.seed.checks import ColumnRules, default_constant, parse_checks, unique_key
from dbperf.seed.hints import PATTERN_SHARE, Pattern
from dbperf.seed.plan import SeedPlan, pair_fks, unique_fk
from dbperf.seed.profile import profile_builder

NULL_SHARE = 0.05  # nullable columns without a default
FK_NULL_SHARE = 0.10  # nullable foreign keys
SELF_FK_NULL_SHARE = 0.7  # nullable self-references: most rows are roots (top-level comments…)
DOMINANT_SHARE = 0.7  # the main value of a categorical column
# Each filter literal of the workload in a categorical column: one of the main values, not a rare one
# (a query filters on a status because many rows have it; 4 % made `status = 'completed'` look rare and
# every index on it a win). Hinted values together take at most HINT_TOTAL. Findings that depend on it
# say so (rules/shares.py); [seed.columns] or stats.json give the real share.
HINT_SHARE = 0.25
HINT_TOTAL = 0.6
FREE_HINT_SHARE = 0.01  # each filter literal in a free-form column
_PERMUTATION_PRIMES = (1_000_003, 999_983, 104_729, 7_919, 101)

Builder = Callable[[str], str]


class SkipTable(Exception):
    """The table cannot be seeded (e.g. a NOT NULL foreign key to a table that failed)."""


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


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_table(table: Table) -> str:
    return f"{quote_ident(table.schema)}.{quote_ident(table.name)}"


def sql_literal(value: object) -> str:
    """A constant for an SQL statement (standard_conforming_strings is on in PostgreSQL ≥ 9.1)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


class TableSql:
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
        self.fk_of = {c: fk for fk in self.table.foreign_keys for c in fk.columns}
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
        fixed |= {c for key in [*self.table.uniques, *self.unique_index_keys] for c in key}
        fixed |= {c.name for c in self.table.columns if c.identity or (self.key, c.name) in self.ctx.referenced}
        for fk in self.table.foreign_keys:
            if fk.ref_table == self.key or (self.pair and fk in self.pair) or unique_fk(self.table, fk):
                fixed |= set(fk.columns)
        return fixed

    def cell(self, col: Column, row: str) -> values.Cell:
        """The value helpers of `col` at row number `row` (for repairs: other shapes of values)."""
        return self._cell(col, row)

    # -- decisions ------------------------------------------------------------------------------

    def _injective_columns(self) -> set[str]:
        """Columns whose values must never repeat, one per PK/UNIQUE/unique index not made of foreign
        keys: the one that can hold the most distinct values (`char(2)` only 256 of them)."""
        chosen: set[str] = set()
        keys = [(k, True) for k in [self.table.primary_key, *self.table.uniques] if k]
        keys += [(k, False) for k in self.unique_index_keys]
        for key, enforced_while_loading in keys:
            fk_covered = {c for c in key if c in self.fk_of}
            if fk_covered == set(key) and (self.pair or any(unique_fk(self.table, self.fk_of[c]) for c in key)):
                continue
            if set(key) & chosen:
                continue
            candidates = [c for c in key if c not in self.fk_of and self._can_be_injective(c)]
            if candidates:
                chosen.add(max(candidates, key=lambda c: _capacity(self.table.column(c))))  # first of equals
            elif enforced_while_loading:
                self.needs_on_conflict = True
        return chosen

    def _indexed_unique_keys(self) -> list[tuple[str, ...]]:
        """Columns of partial and expression unique indexes (`lower(name)`, `WHERE path !~ …`): a
        column carrying the row number makes them unique whatever the predicate or a lower()/trim()."""
        keys = []
        for index in self.table.indexes:
            if index.unique and not index.primary and (index.predicate or index.expressions):
                key = unique_key(index.definition)
                if key and key.columns:
                    keys.append(tuple(c for c in self.table.column_names if c in key.columns))
        return keys

    def _can_be_injective(self, name: str) -> bool:
        col = self.table.column(name)
        return bool(col) and not col.enum_values and col.base_type != "boolean" \
            and not (self.rules.get(name) and self.rules[name].allowed)  # type: ignore[union-attr]

    def _nullable(self, fk: ForeignKey) -> bool:
        return all(not (c := self.table.column(n)) or not c.not_null for n in fk.columns)

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

    # -- keys and foreign keys ------------------------------------------------------------------

    def _key_builder(self, col: Column) -> Builder:
        """Values that never repeat: a function of the row number that cannot collide."""
        base_type = col.base_type
        max_len = _max_length(col)

        def build(row: str) -> str:
            cell = self._cell(col, row)
            if col.is_array:
                return f"ARRAY[{row}]::text[]"
            if base_type in values.INTEGER_TYPES or base_type in ("numeric", *values.FLOAT_TYPES):
                return row
            if base_type == "uuid":
                return f"({hashing.hex16(row, cell.salt('uuid'))} || lpad(to_hex({row}), 16, '0'))::uuid"
            if base_type in values.TIME_TYPES:
                return f"({values.anchor(col)} - {row} * interval '1 second')"
            if base_type == "bytea":
                return f"int8send({row})"
            if base_type not in values.TEXT_TYPES:
                return f"{row}::text"
            name = values.snake(col.name)
            long_enough = max_len is None or max_len >= 40
            if max_len is not None and max_len < 8:  # char(2): the row number in hex, 16^n values
                return f"lpad(to_hex({row}), {max_len}, '0')"
            id_like = name == "id" or name.endswith("_id") or col.name in self.table.primary_key
            shaped = _shaped_key(col, row, cell, max_len, id_like)
            if shaped:
                return shaped
            if id_like:
                return (f"({hashing.hex16(row, cell.salt('id'))} || lpad(to_hex({row}), 8, '0'))" if long_enough
                        else f"(lpad(to_hex({row}), 8, '0') || {hashing.hex16(row, cell.salt('id'))})")
            if "email" in name and long_enough:
                return (f"(lower({cell.first_name()}) || '.' || "
                        f"lower({cell.last_name()}) || {row} || '@' || "
                        f"{cell.pick(values.DOMAINS, len(vocab.DOMAINS), 'd')})")
            base = values.text_value(cell)
            return f"({base} || '-' || {row})" if long_enough else f"({row}::text || '-' || {base})"

        return build

    def _fk_builder(self, fk: ForeignKey, col: Column) -> Builder | None:
        deferred = self.ctx.plan.is_deferred(fk)
        nullable = self._nullable(fk)
        if fk.ref_table not in self.ctx.schema.tables:
            return None if col.default is not None or not col.not_null else self._value_builder(col)
        if fk.ref_table in self.ctx.failed or (deferred and nullable):
            if not nullable:
                raise SkipTable(f"{fk.ref_table} could not be seeded and {self.table.name}.{col.name} "
                                "is a NOT NULL foreign key to it")
            return lambda row: f"NULL::{col.type}"
        if deferred:
            self.needs_replica = True  # parent rows arrive later: insert with FK triggers off
        return lambda row: self._fk_value(fk, col.name, row)

    def _fk_value(self, fk: ForeignKey, column: str, row: str, skewed_only: bool = False) -> str:
        """The parent's key expression at the parent row this row points to."""
        parent = self.ctx.table(fk.ref_table)
        ref_column = fk.ref_columns[fk.columns.index(column)]
        salt = hashing.salt(self.ctx.seed, self.table.name, fk.name)
        self_ref = fk.ref_table == self.key
        if self_ref and not skewed_only:
            # An earlier row of the same table (or this one for row 1): always inserted by now.
            parent_row = f"(1 + floor(({row} - 1) * {hashing.uniform(row, salt)})::bigint)"
        elif self.pair and fk in self.pair and not skewed_only:
            parent_row = self._pair_row(fk, row)
        elif unique_fk(self.table, fk) and not skewed_only:
            parent_row = row
        else:
            parent_row = _permuted(hashing.skewed(row, salt, parent.rows), parent.rows)
        value = parent.expr(ref_column, parent_row)
        share = SELF_FK_NULL_SHARE if self_ref else FK_NULL_SHARE
        if self._nullable(fk) and not (self.pair and fk in self.pair) and not unique_fk(self.table, fk):
            null_salt = hashing.salt(self.ctx.seed, self.table.name, fk.name, "null")
            return f"CASE WHEN {hashing.uniform(row, null_salt)} < {share} THEN NULL ELSE {value} END"
        return value

    def _pair_row(self, fk: ForeignKey, row: str) -> str:
        """Rows of a join table map to distinct (a, b) pairs: each a gets consecutive b's from a skewed offset."""
        assert self.pair is not None
        first, second = self.pair
        n_a = self.ctx.plan.rows[first.ref_table]
        n_b = self.ctx.plan.rows[second.ref_table]
        a_row = f"((({row}) - 1) % {n_a} + 1)"
        if fk is first:
            return a_row
        salt = hashing.salt(self.ctx.seed, self.table.name, second.name, "offset")
        offset = f"floor({n_b} * power({hashing.uniform(a_row, salt)}, 3))::bigint"
        return f"(((({row}) - 1) / {n_a} + {offset}) % {n_b} + 1)"

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
            value = values.time_value(cell)
            if col.not_null:
                return value
            flag = values.boolean_sibling(cell)
            if flag and flag not in self._building:
                return f"CASE WHEN {self.expr(flag, row)} THEN {value} END"
            share = values.event_share(name)
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
            return values.time_value(cell) if seconds else values.number_value(cell)
        if seconds:
            return f"({base} + ({int(strict)} + floor({cell.u('after')} * {30 * values.DAY})) * interval '1 second')"
        return f"({base} + {int(strict)} + floor({cell.u('after')} * 100))"

    # -- categorical values and hints ----------------------------------------------------------

    def _categories(self, col: Column, rules: ColumnRules, default: object) -> list[str] | None:
        """The value list of an enum-like column (dominant first), or None if it is free-form."""
        labels: list[str] = list(col.enum_values or rules.allowed or ())
        hints = self._hints(col)
        if labels:
            dominant = self._dominant(labels, default)
            return [dominant] + [v for v in labels if v != dominant]
        if col.base_type not in values.TEXT_TYPES:
            return None
        vocabulary = _vocabulary(values.snake(col.name), values.snake(self.table.name))
        if vocabulary is None and not (isinstance(default, str) and default and hints):
            return None
        labels = list(vocabulary or ())
        if isinstance(default, str) and default:
            labels = [default] + [v for v in labels if v != default]
        return labels + [str(h) for h in hints if str(h) not in labels]

    @staticmethod
    def _dominant(labels: list[str], default: object) -> str:
        if isinstance(default, str) and default in labels:
            return default
        for value in vocab.DOMINANT:
            if value in labels:
                return value
        return labels[0]

    def _categorical(self, col: Column, categories: list[str], default: object) -> Builder:
        """A skewed pick: the first value dominates, hinted values get a few percent each."""
        hinted = ({str(h) for h in self._hints(col)} & set(categories)) - {categories[0]}
        shares = _category_shares(categories, hinted)
        cases = []
        cumulative = 0.0
        for value, share in zip(categories[:-1], shares[:-1]):
            cumulative += share
            cases.append(f"WHEN u < {cumulative!r} THEN {sql_literal(value)}::{col.type}")
        last = f"{sql_literal(categories[-1])}::{col.type}"

        def build(row: str) -> str:
            u = self._cell(col, row).u()
            body = " ".join(c.replace("WHEN u <", f"WHEN {u} <") for c in cases)
            return f"CASE {body} ELSE {last} END" if cases else last

        return self._nullable_wrap(col, build)

    def _hints(self, col: Column) -> list[object]:
        """Workload literals for this column; none for keys, whose values other rows depend on."""
        if (self.key, col.name) in self.ctx.referenced or col.name in self.fk_of:
            return []
        if col.base_type == "boolean" or col.base_type in values.TIME_TYPES or col.is_array:
            return []
        found = self.ctx.hints.get((self.key, col.name)) or self.ctx.hints.get((self.table.name, col.name)) or []
        return [h for h in found if h is not None and not isinstance(h, (dict, list, tuple, Pattern))]

    def _with_patterns(self, col: Column, builder: Builder) -> Builder:
        """Rows matching each LIKE/ILIKE pattern of the workload, PATTERN_SHARE of them each (hints.py):
        built from the usual value, so that a unique column stays unique."""
        if (self.key, col.name) in self.ctx.referenced or col.name in self.fk_of or \
                col.base_type not in values.TEXT_TYPES or col.name in self.table.primary_key:
            return builder
        found = self.ctx.hints.get((self.key, col.name)) or self.ctx.hints.get((self.table.name, col.name)) or []
        patterns = [h for h in found if isinstance(h, Pattern)]
        if not patterns:
            return builder

        def build(row: str) -> str:
            u = self._cell(col, row).u("pattern")
            usual = builder(row)
            cases = " ".join(f"WHEN {u} < {PATTERN_SHARE * (k + 1)!r} THEN {p.matching(f'({usual})::text', row)}"
                             for k, p in enumerate(patterns))
            return f"CASE {cases} ELSE {usual} END"

        return build

    def _unique_hints(self, col: Column, builder: Builder) -> Builder:
        """A UNIQUE column holds each hint exactly once, at rows spread over the table."""
        hints = [] if col.name in self.table.primary_key else self._hints(col)[:10]
        if not hints:
            return builder
        self.needs_on_conflict = True  # a hint may equal a generated value
        spots = [(2 * k + 1) * self.rows // (2 * len(hints)) + 1 for k in range(len(hints))]
        cases = " ".join(f"WHEN {spot} THEN {sql_literal(h)}::{col.type}" for spot, h in zip(spots, hints))
        return lambda row: f"CASE {row} {cases} ELSE {builder(row)} END"

    def _with_hints(self, col: Column, builder: Builder) -> Builder:
        """Free-form columns: each hint at ~1 % of rows (exactly once when the column is unique)."""
        hints = self._hints(col)
        if not hints or self._categories(col, self.rules.get(col.name, ColumnRules()), default_constant(col.default)):
            return builder
        literals = [f"{sql_literal(h)}::{col.type}" for h in hints[:10]]

        def build(row: str) -> str:
            u = self._cell(col, row).u("hint")
            cases = " ".join(f"WHEN {u} < {FREE_HINT_SHARE * (k + 1)!r} THEN {lit}" for k, lit in enumerate(literals))
            return f"CASE {cases} ELSE {builder(row)} END"

        return build


def _category_shares(categories: list[str], hinted: set[str]) -> list[float]:
    """Shares summing to 1: hinted values 25 % each (60 % together at most), the dominant ~70 % of
    the rest, the others halving."""
    hint_total = min(HINT_SHARE * len(hinted), HINT_TOTAL)
    per_hint = hint_total / len(hinted) if hinted else 0.0
    others = [v for v in categories[1:] if v not in hinted]
    dominant = DOMINANT_SHARE * (1.0 - hint_total) if others else 1.0 - hint_total
    rest = 1.0 - dominant - hint_total
    weights = [0.5 ** k for k in range(len(others))]
    total = sum(weights) or 1.0
    other_share = {v: rest * w / total for v, w in zip(others, weights)}
    return [dominant] + [per_hint if v in hinted else other_share[v] for v in categories[1:]]


def _vocabulary(name: str, table: str) -> tuple[str, ...] | None:
    """Typical values of a categorical column judged by its name (status, role, locale…)."""
    if name.endswith(("_id", "_at", "_url", "_key", "_token")) and name != "provider_id":
        return None
    if name == "status" or name.endswith("_status") or name.startswith("status"):
        for words, statuses in vocab.STATUSES:
            if not words or any(w in table for w in words):
                return statuses
    for words, labels in vocab.CATEGORIES:
        if any(name == w or name.endswith("_" + w) or name.startswith(w + "_") or name == w + "s" for w in words):
            return labels
    return None


def _shaped_key(col: Column, row: str, cell: values.Cell, max_len: int | None, id_like: bool) -> str | None:
    """A text key shaped like the ids the application makes, recognised by its DEFAULT, or the name
    or length of an id column: a uuid as text (`gen_random_uuid()::text`), a cuid (`c` + 24
    lowercase letters and digits, 25 characters) or a nanoid (21 characters of A-Za-z0-9_-). The
    row number is part of each, so none repeats; None for any other text key."""
    hint = f"{col.default or ''} {col.name if id_like else ''}".lower()
    if not id_like and not col.default:
        return None
    h1, h2 = hashing.hex16(row, cell.salt("id")), hashing.hex16(row, cell.salt("id2"))
    if "uuid" in hint and (max_len is None or max_len >= 36):
        return f"(({h1} || lpad(to_hex({row}), 16, '0'))::uuid)::text"
    if "nanoid" in hint or (id_like and max_len == 21):
        bytes_ = f"int8send({hashing.hash64(row, cell.salt('nanoid'))})"
        return f"(translate(left(encode({bytes_}, 'base64'), 11), '+/', '-_') || lpad(to_hex({row}), 10, '0'))"
    if "cuid" in hint or (id_like and max_len == 25):
        return f"('c' || {h2} || lpad(to_hex({row}), 8, '0'))"
    return None


def _capacity(col: Column | None) -> float:
    """How many distinct values a key column can hold (as generated: text in hex digits)."""
    if col is None:
        return 0.0
    max_len = _max_length(col)
    if max_len is not None:
        return 16.0 ** min(max_len, 16)
    return {"smallint": 32_767.0, "integer": 2.0 ** 31}.get(col.base_type, float("inf"))


def _max_length(col: Column) -> int | None:
    """n of varchar(n)/char(n), else None."""
    return values.max_length(col)


def _permuted(row: str, n: int) -> str:
    """Scatter parent row numbers so the busiest parents are not simply the oldest ones."""
    prime = next((p for p in _PERMUTATION_PRIMES if n % p), 1)
    return f"((({row} - 1) * {prime}) % {n} + 1)"
