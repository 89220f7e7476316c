"""Load one table: INSERT batches, sequences and keys (`load_rows`); then its indexes and foreign
keys (`finish_table`); last VACUUM and ANALYZE (`settle_table`).

Runs on a worker connection; returns what went wrong as messages instead of
touching shared state, so several tables can load side by side.

Keys and indexes are dropped for the load and re-added once the rows are in
(`rebuild.py`); a big table's rows may be generated in ranges on idle
connections side by side and copied in row order (`ranges.py`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg

from dbperf.postgres.database import Database
from dbperf.schema.model import ForeignKey, Index
from dbperf.seed import ranges
from dbperf.seed.columns import TableSql
from dbperf.seed.rebuild import (
    Constraint,
    add_unique,
    first_line,
    orphans,
    recreate_indexes,
    restore_foreign_keys,
)
from dbperf.seed.repair import refused_rows, repaired_insert
from dbperf.seed.sqltext import quote_ident, quote_table, sql_literal

BATCH_BYTES = 32 * 1024 * 1024  # rows per INSERT so that progress moves every second or so
MIN_BATCH, MAX_BATCH = 10_000, 200_000

Progress = Callable[[str, int, int], None]




@dataclass
class Loaded:
    """The outcome of loading one table."""

    inserted: int = 0  # rows in the table once loaded and repaired
    error: str | None = None  # the table could not be seeded and is empty
    warnings: list[str] = field(default_factory=list)  # constraints or indexes not restored as declared
    repairs: list[str] = field(default_factory=list)  # rows repaired or left out so that constraints hold
    # per phase: rows, keys, indexes, foreign keys, vacuum, analyze
    seconds: dict[str, float] = field(default_factory=dict)
    ranges: int = 1  # ranges the rows were generated in side by side (`ranges.py`)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started


def load_rows(
    db: Database,
    sql: TableSql,
    insert: str,
    loaded: Loaded,
    *,
    unchecked: bool,
    progress: Progress | None,
    keys: list[Constraint] = (),
    helpers: Sequence[Database] = (),
) -> None:
    """Load all rows in one transaction, dropping and re-adding `keys` (PRIMARY KEY, UNIQUE) around
    them; with `helpers` (idle connections), the rows are generated in ranges side by side
    (`ranges.py`). A failure is `loaded.error` and leaves the table empty. Once this returns, the
    table's rows and keys are final (children may load); `finish_table` does the rest."""
    keys = [] if sql.needs_on_conflict else list(keys)
    try:
        loaded.inserted = _load_rows(db, sql, insert, unchecked, progress, keys, loaded, helpers)
    except psycopg.Error as exc:
        loaded.error = first_line(exc)


def finish_table(
    db: Database,
    sql: TableSql,
    loaded: Loaded,
    *,
    indexes: list[Index],
    check: list[ForeignKey],
    foreign_keys: list[Constraint] = (),
) -> None:
    """After `load_rows` and once the parent tables are finished: re-create `indexes`, re-add
    `foreign_keys` (validated), count orphans of `check` (loaded without RI triggers). A first
    VACUUM sets the hint bits before the index builds, foreign-key joins and ANALYZE read the pages
    (each of them would dirty every page again)."""
    with loaded.phase("vacuum"), without_timeout(db):
        db.execute(f"VACUUM {quote_table(sql.table)}")
    with loaded.phase("indexes"):
        loaded.warnings += recreate_indexes(db, indexes, loaded.repairs, sql)
    with loaded.phase("foreign keys"):
        loaded.warnings += restore_foreign_keys(db, sql.ctx.schema, list(foreign_keys), loaded.repairs)
    with loaded.phase("foreign keys"), without_timeout(db):
        if loaded.error is None:
            loaded.warnings += orphans(db, sql.ctx.schema, check)
        if loaded.error is None and loaded.repairs:  # rows removed by a repair
            loaded.inserted = int(db.fetchval(f"SELECT count(*) FROM {quote_table(sql.table)}"))


def settle_table(db: Database, sql: TableSql, loaded: Loaded) -> None:
    """VACUUM, then ANALYZE: the visibility map a table has in production, where autovacuum keeps
    it (without it an index-only scan pays a heap fetch per row, so a plan measured before a
    rolled-back write had the table vacuumed differed from the same plan after), and statistics
    for the planner. Run once no load transaction is open (`schedule.py`): VACUUM marks a page
    all-visible only when no transaction that may not see its rows is still running, so a VACUUM
    beside another table's load left the visibility map (pg_class.relallvisible, which the planner
    prices index-only scans with) empty or full depending on the timing."""
    with loaded.phase("vacuum"), without_timeout(db):  # cheap: hint bits and the visibility map
        db.execute(f"VACUUM {quote_table(sql.table)}")
    with loaded.phase("analyze"), without_timeout(db):  # most of the two: a 30,000-row sample per column
        db.execute(f"ANALYZE {quote_table(sql.table)}")


def _load_rows(db: Database, sql: TableSql, insert: str, unchecked: bool, progress: Progress | None,
               keys: list[Constraint], loaded: Loaded, helpers: Sequence[Database] = ()) -> int:
    """Insert the rows; when a CHECK refuses generated rows, load again repairing them
    (`repair.repaired_insert`), and when rows collide on a unique or exclusion constraint that
    stays during the load, again skipping the colliding rows (ON CONFLICT DO NOTHING). The first
    attempt generates the rows in ranges on `db` and `helpers` when there are enough of them."""
    repair = conflict = False
    refused: list[tuple[str, int]] = []
    stages = _stages(db, sql, helpers, progress, loaded)
    try:
        while True:
            try:
                inserted = _insert_rows(db, sql, insert, unchecked, progress, keys, loaded, stages)
                break
            except psycopg.errors.CheckViolation:
                stages = _dropped(db, stages)
                if repair or sql.rows < 1:
                    raise
                repair = True
                with loaded.phase("rows"):
                    refused = refused_rows(db, sql)
                if not refused:  # a domain's CHECK, or one reading a column the INSERT leaves to its DEFAULT
                    raise
            except (psycopg.errors.UniqueViolation, psycopg.errors.ExclusionViolation):
                stages = _dropped(db, stages)
                if conflict:
                    raise
                conflict = True
            repaired = repaired_insert(sql, conflict or sql.needs_on_conflict, refused) if repair else None
            insert = repaired or insert_statement(sql, on_conflict=True)
    finally:
        _dropped(db, stages)
    loaded.repairs += [f"table {sql.key}: CHECK {name} refused {n:,} of {sql.rows:,} generated rows; "
                       "repaired with other values, NULL or the column DEFAULT" for name, n in refused]
    return inserted


_ROWS = "generate_series($1::bigint, $2::bigint) AS g(i)"


def select_statement(sql: TableSql) -> str:
    """The SELECT generating the rows numbered $1 to $2, one expression per inserted column."""
    exprs = ",\n  ".join(sql.expr(c) for c in sql.insert_columns)
    return f"SELECT {exprs}\nFROM {_ROWS}"


def insert_statement(sql: TableSql, on_conflict: bool = False) -> str:
    """INSERT of the rows numbered $1 to $2 (rows colliding on a unique key skipped with `on_conflict`)."""
    if not sql.insert_columns:
        return f"INSERT INTO {quote_table(sql.table)} SELECT FROM {_ROWS}"
    names = ", ".join(quote_ident(c) for c in sql.insert_columns)
    overriding = " OVERRIDING SYSTEM VALUE" if sql.has_identity else ""
    conflict = " ON CONFLICT DO NOTHING" if sql.needs_on_conflict or on_conflict else ""
    return f"INSERT INTO {quote_table(sql.table)} ({names}){overriding}\n{select_statement(sql)}{conflict}"


def _stages(db: Database, sql: TableSql, helpers: Sequence[Database], progress: Progress | None,
            loaded: Loaded) -> list[str]:
    """The table's rows generated in ranges on `db` and `helpers`, staged (`ranges.py`); [] when the
    table loads in one INSERT (one connection, a small table, ON CONFLICT) or staging failed (the
    INSERT then meets the same error where the repairs handle it)."""
    count = ranges.range_count(sql, 1 + len(helpers))
    if count < 2:
        return []
    try:
        with loaded.phase("rows"):
            stages = ranges.generate([db, *helpers][:count], sql, select_statement(sql), progress)
    except psycopg.Error:
        return []
    loaded.ranges = count
    return stages


def _dropped(db: Database, stages: list[str]) -> list[str]:
    """Drop the stages (after the transaction that read them): [] to go on without them."""
    if stages and not db.conn.info.transaction_status:
        ranges.drop(db, stages)
    return []


def _insert_rows(db: Database, sql: TableSql, insert: str, unchecked: bool, progress: Progress | None,
                 keys: list[Constraint], loaded: Loaded, stages: Sequence[str] = ()) -> int:
    """All batches (or the `stages`' rows, in order) in one transaction: a failing batch or a
    duplicate key leaves the table empty."""
    inserted, total = 0, sql.rows
    with db.conn.transaction():
        db.execute("SET LOCAL statement_timeout = 0")
        if unchecked or sql.needs_replica:
            db.execute("SET LOCAL session_replication_role = replica")  # no RI triggers: checked afterwards
        dropped = []
        for key in keys:
            try:
                with db.conn.transaction():  # a savepoint: a key something else depends on stays
                    db.execute(key.drop())
                dropped.append(key)
            except psycopg.Error:
                pass
        batch = batch_size(sql)
        with loaded.phase("rows"):
            if stages:
                db.execute("SET LOCAL synchronize_seqscans = off")  # each stage read from its first row
            for stage in stages:
                inserted += db.execute(ranges.copy_statement(sql, stage)).rowcount
            for start in range(1, total + 1, batch) if not stages else ():
                end = min(start + batch - 1, total)
                inserted += db.execute(insert, (start, end)).rowcount
                if progress:
                    progress(sql.key, end, total)
        with loaded.phase("keys"):
            for key in dropped:  # one sorted index build instead of a btree insert per row
                inserted -= add_unique(db, key.relation, key.table, key.name, key.add(), key.definition,
                                       loaded.repairs)
        _reset_sequences(db, sql)
    return inserted


def batch_size(sql: TableSql) -> int:
    """Fewer rows per INSERT for tables with long text, so progress keeps moving."""
    return max(MIN_BATCH, min(MAX_BATCH, BATCH_BYTES // ranges.row_width(sql.table)))


def _reset_sequences(db: Database, sql: TableSql) -> None:
    """Serial and identity sequences continue after the generated keys."""
    table = quote_table(sql.table)
    for col in sql.table.columns:
        if col.identity and col.name in sql.insert_columns:
            name = quote_ident(col.name)
            db.execute(f"SELECT setval(pg_get_serial_sequence({sql_literal(table)}, {sql_literal(col.name)}), "
                       f"max({name})) FROM {table} HAVING max({name}) IS NOT NULL")


@contextmanager
def without_timeout(db: Database) -> Iterator[None]:
    """No statement timeout for what runs inside (seeding's VACUUM, counts and anti-joins on whole
    tables: they take what they take, more on a loaded machine); VACUUM cannot run in a transaction,
    so `SET LOCAL` cannot do it."""
    db.execute("SET statement_timeout = 0")
    try:
        yield
    finally:
        if not db.conn.closed:
            db.execute(f"SET statement_timeout = {int(db.statement_timeout_ms)}")


def vacuum_analyze(db: Database, relation: str) -> None:
    """VACUUM (ANALYZE) a seeded table or materialized view, however long it takes."""
    with without_timeout(db):
        db.execute(f"VACUUM (ANALYZE) {relation}")

