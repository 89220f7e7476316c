"""What the mixins of `columns.TableSql` (`keys`, `categories`) read of the seeding run: the shape of
`columns.SeedContext`, as a protocol, so that the mixins need not import the module that mixes them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from dbperf.schema.model import Schema
from dbperf.seed.plan import SeedPlan


class TableExpressions(Protocol):
    """Another table's generator expressions (a foreign key recomputes its parent's key)."""

    rows: int

    def expr(self, column: str, row: str) -> str: ...


class SeedInputs(Protocol):
    schema: Schema
    plan: SeedPlan
    seed: int
    hints: Mapping[tuple[str, str], Sequence[object]]
    failed: set[str]
    referenced: set[tuple[str, str]]  # (table, column) some foreign key points at

    def table(self, key: str) -> TableExpressions: ...
