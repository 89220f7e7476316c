"""Column statistics of the seeded database (pg_stats), for rules about selectivity (`ColumnStats`)."""

from __future__ import annotations

from dbperf.postgres.database import Database
from dbperf.schema.model import ColumnStats, table_key

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
