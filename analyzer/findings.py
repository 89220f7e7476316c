"""`Finding`: the one currency of every rule and every output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
# What backs a finding: a trial on the seeded data showed it ("measured"), the planner's estimate or
# the statistics of the seeded data say so ("estimated"), or only the schema or the query's text does
# ("heuristic": nothing was measured). The message uses the matching words.
PROOFS = ("measured", "estimated", "heuristic")


# Where the share of a filtered value in the seeded data came from: dbperf's own guess, the user's
# `[seed.columns]` in dbperf.toml, or production's statistics (`--stats stats.json`).
SHARE_SOURCES = ("seeded default", "[seed.columns]", "stats.json")


@dataclass(frozen=True)
class Assumption:
    """A value share of the seeded data a finding's verdict depends on, and where the verdict flips.

    `share` is measured (a count on the seeded data) of `table` rows matching `predicate`
    (`status = 'completed'`); `break_even` is the share above which the proposed fix stops
    helping (None: it helps at any share), obtained by `method` (the rule's docstring says how).
    """

    table: str
    column: str
    predicate: str  # the filter as SQL text: status = 'completed', email ILIKE '%@gmail.com'
    share: float  # of the table's rows, measured on the seeded data
    rows: int  # rows matching `predicate` in the seeded data
    table_rows: int
    source: str  # one of SHARE_SOURCES
    break_even: float | None  # the share above which the fix stops helping; None: any share
    # the largest share the value could plausibly have: 1 on a low-cardinality column (status, flag),
    # the heaviest seeded value's on others (ids, e-mails)
    plausible_max: float = 1.0
    method: str = ""  # how break_even was obtained, in a few words; "" when no trial measured one
    # "under": the verdict holds while the share is under break_even (an index on the value helps);
    # "over": while it is at or over it (a filter keeps enough rows for a deep page; a value dominates)
    direction: str = "under"

    def __post_init__(self) -> None:
        if self.direction not in ("under", "over"):
            raise ValueError(f"assumption on {self.table}.{self.column}: direction is under or over")
        if self.source not in SHARE_SOURCES:
            raise ValueError(f"assumption on {self.table}.{self.column}: source must be one of "
                             f"{', '.join(SHARE_SOURCES)}, not {self.source!r}")

    @property
    def holds(self) -> bool:
        """The seeded share is on the side of the break-even where the verdict holds."""
        if self.break_even is None:
            return True
        return self.share < self.break_even if self.direction == "under" else self.share >= self.break_even

    @property
    def holds_anywhere(self) -> bool:
        """The verdict holds at any plausible share of the value: the guess cannot flip it."""
        if not self.method:
            return False  # no trial: nothing says where it flips
        if self.break_even is None:
            return True
        return self.break_even >= self.plausible_max if self.direction == "under" else self.break_even <= 0

    @property
    def known(self) -> bool:
        """The share was given (dbperf.toml or stats.json), not guessed by dbperf."""
        return self.source != "seeded default"

    def sentence(self, verdict: str = "holds") -> str:
        """`holds while status = 'completed' is under 12 % of rows; seeded at 4 % (dbperf's guess):
        give production's with --stats or [seed.columns]`."""
        seeded = f"seeded at {percent(self.share)} ({self.rows:,} of {self.table_rows:,} rows"
        seeded += ", dbperf's guess)" if not self.known else f", from {self.source})"
        if self.rows == 0:
            seeded = f"measured on an empty result: no seeded row matches ({self.table_rows:,} rows"
            seeded += ", dbperf's guess)" if not self.known else f", from {self.source})"
        if not self.method:
            head = f"depends on the share of {self.predicate}, no trial measured where it flips"
        elif self.break_even is None:
            head = f"{verdict} at any share of {self.predicate}"
        elif self.direction == "over":
            head = f"{verdict} while {self.predicate} is at least {percent(self.break_even)} of rows"
        elif self.break_even >= 1:
            head = f"{verdict} even if every row matched {self.predicate}"
        else:
            head = f"{verdict} while {self.predicate} is under {percent(self.break_even)} of rows"
        tail = "" if self.known or self.holds_anywhere else "; give production's share with --stats or [seed.columns]"
        return f"{head}; {seeded}{tail}"


def percent(share: float) -> str:
    """0.0407 -> "4 %", 0.0031 -> "0.31 %", 0.000005 -> "0.0005 %": two significant digits below 10 %."""
    value = share * 100
    if value >= 10 or value == 0:
        return f"{value:.0f} %"
    return f"{value:.2g} %"


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
    # the seeded value shares the verdict depends on, with their break-even (empty: it depends on none)
    assumes: tuple[Assumption, ...] = ()

    def __post_init__(self) -> None:
        if self.proof not in PROOFS:
            raise ValueError(f"finding of {self.rule}: proof must be one of {', '.join(PROOFS)}, not {self.proof!r}")

    @property
    def identity(self) -> str:
        """Stable across runs: rule + table + columns + queries (no measured numbers)."""
        return "|".join([self.rule, self.table or "", ",".join(self.columns), ",".join(sorted(self.queries))])

    def sort_key(self) -> tuple:
        return (SEVERITIES.index(self.severity), self.rule, self.table or "", self.columns, self.queries)
