"""Categorical columns and the workload's literals (hints) in a table's generator expressions
(mixed into `columns.TableSql`): an enum, a CHECK's value list or a name such as `status` gives a
skewed pick (the first value dominates), and each literal the captured queries filter the column
on appears at a realistic frequency (exactly once in a unique column)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dbperf.schema.model import Column, Table
from dbperf.seed import values, vocab
from dbperf.seed.checks import ColumnRules, default_constant
from dbperf.seed.hints import PATTERN_SHARE, Pattern
from dbperf.seed.sqltext import sql_literal

if TYPE_CHECKING:
    from dbperf.seed.columns import SeedContext

DOMINANT_SHARE = 0.7  # the main value of a categorical column
# Each filter literal of the workload in a categorical column: one of the main values, not a rare one
# (a query filters on a status because many rows have it; 4 % made `status = 'completed'` look rare and
# every index on it a win). Hinted values together take at most HINT_TOTAL. Findings that depend on it
# say so (rules/shares.py); [seed.columns] or stats.json give the real share.
HINT_SHARE = 0.25
HINT_TOTAL = 0.6
FREE_HINT_SHARE = 0.01  # each filter literal in a free-form column

Builder = Callable[[str], str]


class CategoricalColumns:
    """The categorical columns and hints of `TableSql` (whose attributes these are)."""

    ctx: SeedContext
    key: str
    table: Table
    rows: int
    rules: dict[str, ColumnRules]
    fk_of: dict
    needs_on_conflict: bool
    _cell: Callable[[Column, str], values.Cell]
    _nullable_wrap: Callable[[Column, Builder], Builder]

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
