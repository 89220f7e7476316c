"""Column statistics of the seeded database (pg_stats), for rules about selectivity."""

from __future__ import annotations

from dataclasses import dataclass

from dbperf.postgres.database import Database
from dbperf.schema.model import table_key


@dataclass(frozen=True)
class ColumnStats:
    n_distinct: float  # > 0: distinct values; < 0: fraction of rows (PostgreSQL's convention)
    null_frac: float
    most_common_freq: float  # frequency of the most common value, 0 when none
    correlation: float | None = None

    def distinct(self, rows: int) -> float:
        """Estimated number of distinct values for a table of `rows` rows."""
        return self.n_distinct if self.n_distinct >= 0 else -self.n_distinct * rows


_STATS = """
SELECT schemaname, tablename, attname, n_distinct, null_frac,
       coalesce((most_common_freqs::text::float4[])[1], 0), correlation
FROM pg_stats
WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
"""


def column_stats(db: Database) -> dict[tuple[str, str], ColumnStats]:
    """pg_stats of every user column, keyed by (table key, column): `auth.sessions` outside public.
    Run after ANALYZE."""
    return {
        (table_key(nsp, table), column): ColumnStats(float(nd), float(nf), float(mcf), corr)
        for nsp, table, column, nd, nf, mcf, corr in db.fetchall(_STATS)
    }
