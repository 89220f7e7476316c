"""`MigrationPlan`: the index changes a migration holds, and what it says it left out and why.

The decision itself is `dbperf.advisor.decision.migration_plan` (one for `dbperf audit` and `dbperf
advise`); this module is the data the writers read: the changes (it *is* their list), the searches
that need a rewrite rather than an index, and the writes left out of the write-cost judgement
because the audit flags them as bugs. The migration files state both in their header.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dbperf.findings import IndexChange


@dataclass(frozen=True)
class Rewrite:
    """A query that needs a rewrite, not an index (e.g. full-text search over prose)."""

    table: str
    columns: tuple[str, ...]
    rule: str  # the audit's rule that says so
    why: str  # what makes an index the wrong fix, measured on the seeded data
    fix: str  # the rewrite, in one sentence
    sql: str | None  # the rewrite's DDL/SQL sketch
    queries: tuple[str, ...]  # fingerprints
    origins: tuple[str, ...]  # file:line

    @property
    def sentence(self) -> str:
        where = f" ({self.origins[0]})" if self.origins else ""
        return (f"{self.table} ({', '.join(self.columns)}): no index proposed{where}: {self.why}; "
                f"{self.fix} ({self.rule})")

    def to_json(self) -> dict[str, Any]:
        return {"table": self.table, "columns": list(self.columns), "rule": self.rule, "why": self.why,
                "fix": self.fix, "sql": self.sql, "queries": list(self.queries), "origins": list(self.origins)}


@dataclass(frozen=True)
class UncountedWrite:
    """A write the audit flags as a bug, left out of what indexes on its table are said to cost."""

    query: str  # fingerprint
    origin: str  # file:line
    table: str
    statement: str  # "UPDATE" | "DELETE"
    rule: str
    severity: str

    @property
    def sentence(self) -> str:
        return (f"the {self.statement} of every {self.table} row ({self.origin or self.query}) is left out of "
                f"the write cost of indexes on {self.table}: {self.rule} flags it as an {self.severity} "
                "(no WHERE); once it has its WHERE it no longer rewrites every row")

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "origin": self.origin, "table": self.table, "statement": self.statement,
                "rule": self.rule, "severity": self.severity}


class MigrationPlan(list[IndexChange]):
    """The changes to write (a list of `IndexChange`), with the rewrites and uncounted writes the
    migration files state in their header."""

    def __init__(self, changes: Iterable[IndexChange] = (), *, rewrites: Iterable[Rewrite] = (),
                 uncounted_writes: Iterable[UncountedWrite] = ()) -> None:
        super().__init__(changes)
        self.rewrites = list(rewrites)
        self.uncounted_writes = list(uncounted_writes)

    def notes(self) -> list[str]:
        """One sentence per rewrite and per uncounted write (on a table this plan indexes)."""
        tables = {c.table for c in self if c.action == "create"}
        return ([f"Not indexed: {r.sentence}." for r in self.rewrites]
                + [f"Write cost: {w.sentence}." for w in self.uncounted_writes if w.table in tables])

    def to_json(self) -> dict[str, Any]:
        return {"changes": [{"action": c.action, "name": c.name, "table": c.table, "columns": list(c.columns)}
                            for c in self],
                "rewrites": [r.to_json() for r in self.rewrites],
                "writes_not_counted": [w.to_json() for w in self.uncounted_writes]}


def plan_notes(changes: Iterable[IndexChange]) -> list[str]:
    """The notes of a `MigrationPlan`; none for a plain list of changes."""
    return changes.notes() if isinstance(changes, MigrationPlan) else []
