"""The visibility map of the seeded tables, set for certain once every table is in.

Each table is vacuumed as soon as its rows are in (`load`), and that VACUUM may leave pages
not all-visible for two reasons that depend on timing, not on the data:

- dbperf's clusters commit asynchronously (`synchronous_commit = off`), and VACUUM cannot mark a
  page all-visible while the commit of the rows on it is not yet flushed to the WAL (the hint-bit
  rule of asynchronous commits): whether the WAL writer flushed it in the meantime is luck;
- other connections may still be loading other tables, and a page is all-visible only when its
  rows are visible to every transaction still open.

Measured on fixtures/saas: two cold seedings of the same data left 7 and 8 tables with
`pg_class.relallvisible` 0, not the same ones, and `SELECT 1 FROM post_tags WHERE tag_id = $1`
with an index on tag_id was an Index Only Scan (5 buffers) after one and a Bitmap Heap Scan (782
buffers) after the other: a finding's proof moved with the machine's timing.

So once the seeder's connections are done, the WAL is flushed (one synchronous commit flushes
every record before it) and every table whose visibility map is not all set is vacuumed again:
a VACUUM of a table already all-visible only reads its visibility map, the others end as a
production table's autovacuum keeps them.
"""

from __future__ import annotations

from dbperf.postgres.database import Database

NOT_ALL_VISIBLE = (
    "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'm') AND c.relpersistence = 'p' AND c.relpages > 0"
    " AND c.relallvisible < c.relpages"
    " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
    " ORDER BY 1"
)


def settle_visibility(db: Database) -> list[str]:
    """VACUUM the tables whose visibility map is not all set; the tables vacuumed."""
    tables = [row[0] for row in db.fetchall(NOT_ALL_VISIBLE)]
    if tables:
        flush_wal(db)
    for table in tables:
        db.execute(f"VACUUM {table}")
    return tables


def flush_wal(db: Database) -> None:
    """Flush the WAL written so far: a transaction that writes a WAL record (a logical message, which
    changes no table), committed synchronously. One that only takes a transaction id writes no WAL
    of its own and commits without a flush."""
    db.execute("SET synchronous_commit = on")
    try:
        db.execute("SELECT pg_logical_emit_message(true, 'dbperf', 'flush before VACUUM')")
    finally:
        db.execute("RESET synchronous_commit")
