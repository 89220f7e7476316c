"""`Finding`: the one currency of every rule and every output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
# What backs a finding: a trial on the seeded data showed it ("measured"), the planner's estimate or
# the statistics of the seeded data say so ("estimated"), or only the schema or the query's text does
# ("heuristic": nothing was measured). The message uses the matching words.
PROOFS = ("measured", "estimated", "heuristic")


@dataclass(frozen=True)
class IndexChange:
    """One index to create or drop: what the migration writers turn into DDL.

    `columns` are column names, or the SQL text of an expression key
    (`lower(email)`); `definition` is, for a drop, the original CREATE INDEX
    (pg_get_indexdef) so that the rollback can restore it exactly.
    """

    action: str  # "create" | "drop"
    name: str  # deterministic, drizzle-kit style: <table>_<cols>_idx
    table: str
    columns: tuple[str, ...]
    method: str = "btree"  # "btree" | "gin" | "gist" | "hash" | "brin"
    opclass: str | None = None  # e.g. "gin_trgm_ops" for pg_trgm
    unique: bool = False
    where: str | None = None  # partial index predicate
    include: tuple[str, ...] = ()
    definition: str | None = None  # for "drop": the original CREATE INDEX
    extension: str | None = None  # e.g. "pg_trgm" when the index needs one
    reason: str = ""  # one line for the migration header: what it speeds up, measured
    kind: str = "index"  # "index" | "statistics" (CREATE STATISTICS on `columns`, keys or expressions)
    # the table is partitioned: (partition, the table it is a partition of) at every level, "schema.name",
    # parents first; CONCURRENTLY then builds the index partition by partition (migrate/ddl.py)
    partitions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Fix:
    description: str
    sql: str | None = None  # SQL that fixes it: a CREATE INDEX, a rewritten query
    drizzle: str | None = None  # the same fix in Drizzle ORM terms, when it has one
    indexes: tuple[IndexChange, ...] = ()  # the index changes the fix consists of (for migrations)


@dataclass
class Finding:
    """One performance problem, with the measured facts that prove it.

    `queries` are fingerprints of the query groups involved, `origins` are
    `file:line` strings of example statements or DDL lines, `evidence` holds
    measured numbers (plan node, rows removed by filter, ms, buffers, the
    before/after of the fix) as JSON-ready values. `proof` says what backs
    the claim (`PROOFS`); every rule sets it.
    """

    rule: str
    severity: str
    message: str
    table: str | None = None
    columns: tuple[str, ...] = ()
    queries: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict)
    fix: Fix | None = None
    proof: str = ""

    def __post_init__(self) -> None:
        if self.proof not in PROOFS:
            raise ValueError(f"finding of {self.rule}: proof must be one of {', '.join(PROOFS)}, not {self.proof!r}")

    @property
    def identity(self) -> str:
        """Stable across runs: rule + table + columns + queries (no measured numbers)."""
        return "|".join([self.rule, self.table or "", ",".join(self.columns), ",".join(sorted(self.queries))])

    def sort_key(self) -> tuple:
        return (SEVERITIES.index(self.severity), self.rule, self.table or "", self.columns, self.queries)
