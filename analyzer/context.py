"""`Context`: everything a rule may read. Rules never open connections or files.

A rule that wants to *prove* a fix (create an index, re-run the query) asks
the `lab`, which owns the scratch database; the lab is None when dbperf runs
without a database it owns (e.g. on a user's --dsn), and rules then report
without the before/after.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, Sequence

from dbperf.config import Config
from dbperf.explain.measurement import BuildFailure, Built, Measurement
from dbperf.findings import IndexChange
from dbperf.schema.model import ColumnStats, Schema, Table
from dbperf.workload import QueryGroup, Workload

if TYPE_CHECKING:
    from dbperf.sql.shape import QueryShape


class Lab(Protocol):
    """Experiments on the scratch database, on behalf of rules."""

    def measure(self, group: QueryGroup, sql: str | None = None) -> Measurement:
        """EXPLAIN ANALYZE `group` (or `sql`, a rewrite of it with the same parameters)."""

    def trial(
        self, ddl: list[str], groups: list[QueryGroup], raw: Sequence[tuple[str, tuple | None]] = ()
    ) -> list[Measurement]:
        """Apply `ddl` (e.g. CREATE INDEX), re-measure `groups` then the ad-hoc `raw` statements, undo the DDL."""

    def measure_raw(self, sql: str, params: tuple | None = None) -> Measurement:
        """EXPLAIN ANALYZE an ad-hoc statement (e.g. a deep OFFSET page)."""

    def fetch(self, sql: str, params: tuple | None = None) -> list[tuple]:
        """Rows of a read-only query, in a transaction that is rolled back (e.g. a page's cursor values);
        values other than None, str, int, float and bool come as their text (which is how they go back
        as parameters)."""

    def build(self, changes: Sequence[IndexChange]) -> list[Built] | BuildFailure:
        """Create `changes` for real (all or none, each with the index build timeout), kept for the
        measurements that follow until `unbuild` or `undo_builds` (the index advisor's choices)."""

    def unbuild(self, changes: Sequence[IndexChange]) -> None:
        """Drop what `build` created for `changes`."""

    def undo_builds(self) -> None:
        """Drop everything `build` created and nobody dropped yet: the database is as it was."""


@dataclass
class Context:
    schema: Schema
    workload: Workload
    measurements: dict[str, Measurement] = field(default_factory=dict)  # by fingerprint
    shapes: dict[str, "QueryShape"] = field(default_factory=dict)  # by fingerprint
    config: Config = field(default_factory=Config)
    stats: dict[tuple[str, str], ColumnStats] = field(default_factory=dict)  # pg_stats by (table, column)
    lab: Lab | None = None

    def table(self, name: str | None) -> Table | None:
        """The table of a key (`orders`, `auth.sessions`), as shapes, plans and findings name tables."""
        if not name:
            return None
        return self.schema.tables.get(name) or self.schema.find(name)

    def is_large(self, table: str | None) -> bool:
        """A table big enough that reading all of it is a problem (config: large_table_rows)."""
        t = self.table(table)
        return bool(t and (t.rows or 0) >= self.config.large_table_rows)

    def groups(self) -> list[QueryGroup]:
        return list(self.workload.groups.values())
