"""Keys and foreign keys of a table's generator expressions (mixed into `columns.TableSql`).

Keys never repeat: each PRIMARY KEY, UNIQUE and unique index gets one injective column (a
function of the row number that cannot collide, shaped like the ids the application makes:
uuid, cuid, nanoid, an address, a date…). A foreign key recomputes its parent's key expression
at a skewed parent row number, so it always holds without a lookup; a column in several foreign
keys follows the widest one (`foreign_key_of_column`).
"""

from __future__ import annotations

from collections.abc import Callable

from dbperf.schema.checks import ColumnRules, unique_key
from dbperf.schema.model import Column, ForeignKey, Table
from dbperf.seed import hashing, times, values, vocab
from dbperf.seed.inputs import SeedInputs
from dbperf.seed.plan import unique_fk

FK_NULL_SHARE = 0.10  # nullable foreign keys
SELF_FK_NULL_SHARE = 0.7  # nullable self-references: most rows are roots (top-level comments…)
_PERMUTATION_PRIMES = (1_000_003, 999_983, 104_729, 7_919, 101)

Builder = Callable[[str], str]

# Key values of types with a fixed syntax: the row number written in it, so that none repeats.
_KEY_BY_TYPE: dict[str, Builder] = {
    "inet": lambda row: f"(inet '10.0.0.0' + ({row}))",
    "cidr": lambda row: f"(inet '10.0.0.0' + ({row}))::cidr",
    "macaddr": lambda row: f"lpad(to_hex({row}), 12, '0')::macaddr",
    "macaddr8": lambda row: f"lpad(to_hex({row}), 16, '0')::macaddr8",
    "interval": lambda row: f"(({row}) * interval '1 second')",
    "time without time zone": lambda row: f"(time '00:00' + ({row}) * interval '1 microsecond')",
}


class SkipTable(Exception):
    """The table cannot be seeded (e.g. a NOT NULL foreign key to a table that failed)."""


class KeyColumns:
    """The key and foreign key columns of `TableSql` (whose attributes these are)."""

    ctx: SeedInputs
    key: str
    table: Table
    rows: int
    rules: dict[str, ColumnRules]
    fk_of: dict[str, ForeignKey]
    pair: tuple[ForeignKey, ForeignKey] | None
    needs_on_conflict: bool
    needs_replica: bool
    unique_index_keys: list[tuple[str, ...]]
    _cell: Callable[[Column, str], values.Cell]
    expr: Callable[..., str]
    _value_builder: Callable[[Column], Builder | None]

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
                return f"{hashing.hex_of(hashing.hash64(row, cell.salt('uuid')), row)}::uuid"
            if base_type == "date":  # one second apart would repeat the day
                return f"(date '{values.ANCHOR[:10]}' - ({row})::int)"
            if base_type in values.TIME_TYPES:
                return f"({times.anchor(col)} - {row} * interval '1 second')"
            if base_type == "bytea":
                return f"int8send({row})"
            if base_type in _KEY_BY_TYPE:
                return _KEY_BY_TYPE[base_type](row)
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
                hashed = hashing.hash64(row, cell.salt("id"))
                return (hashing.hex_of(hashed, row, digits=8) if long_enough
                        else f"({hashing.hex_of(row, digits=8)} || {hashing.hex16(row, cell.salt('id'))})")
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


def _shaped_key(col: Column, row: str, cell: values.Cell, max_len: int | None, id_like: bool) -> str | None:
    """A text key shaped like the ids the application makes, recognised by its DEFAULT, or the name
    or length of an id column: a uuid as text (`gen_random_uuid()::text`), a cuid (`c` + 24
    lowercase letters and digits, 25 characters) or a nanoid (21 characters of A-Za-z0-9_-). The
    row number is part of each, so none repeats; None for any other text key."""
    hint = f"{col.default or ''} {col.name if id_like else ''}".lower()
    if not id_like and not col.default:
        return None
    if "uuid" in hint and (max_len is None or max_len >= 36):
        return f"({hashing.hex_of(hashing.hash64(row, cell.salt('id')), row)}::uuid)::text"
    if "nanoid" in hint or (id_like and max_len == 21):
        bytes_ = f"int8send({hashing.hash64(row, cell.salt('nanoid'))})"
        return f"(translate(left(encode({bytes_}, 'base64'), 11), '+/', '-_') || lpad(to_hex({row}), 10, '0'))"
    if "cuid" in hint or (id_like and max_len == 25):
        return f"('c' || {hashing.hex_of(hashing.hash64(row, cell.salt('id2')), row, digits=8)})"
    return None


def foreign_key_of_column(table: Table) -> dict[str, ForeignKey]:
    """The foreign key each column takes its value from. A column in several keys (`project_id` in
    `(project_id)` and in `(conversation_id, project_id)`) follows the one with the most columns,
    then the most NOT NULL ones: its parent row sets the whole tuple, so that key holds, and the
    one-column key holds through it (the parent's own key); a nullable column of the other key is
    set NULL where it disagrees (repair.repair_orphans). A self-reference comes last: the value at an
    earlier row of the same column would be computed from itself."""
    def weight(fk: ForeignKey) -> tuple[bool, int, int]:
        return (fk.ref_table != table.key, len(fk.columns),
                sum(1 for c in fk.columns if (col := table.column(c)) and col.not_null))

    chosen: dict[str, ForeignKey] = {}
    for fk in table.foreign_keys:
        for c in fk.columns:
            if c not in chosen or weight(fk) >= weight(chosen[c]):
                chosen[c] = fk
    return chosen


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
