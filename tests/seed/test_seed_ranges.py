"""A big table generated in ranges on several connections: the same rows, in the same physical order."""

from __future__ import annotations

import pytest

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.seed.ranges import STAGE_SCHEMA, bounds
from dbperf.seed.seeder import seed

pytestmark = [pytest.mark.db, pytest.mark.slow]

DDL = """
CREATE TABLE author (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE article (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  author_id text NOT NULL REFERENCES author(id),
  title text NOT NULL,
  body text NOT NULL,
  views integer NOT NULL CHECK (views % 7 <> 3),
  published boolean NOT NULL DEFAULT false,
  created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX article_author_idx ON article (author_id, created_at);
"""
ROWS = {"author": 1_000, "article": 24_000}
_VISIBILITY = ("SELECT relname, relpages, relallvisible FROM pg_class "
               "WHERE relname IN ('author', 'article') ORDER BY relname")


def _seeded(db: Database, jobs: int) -> tuple[Problems, object]:
    db.execute(DDL)
    problems = Problems()
    result = seed(db, read_schema(db), Config(seed=7, rows=ROWS), problems=problems, jobs=jobs)
    return problems, result


def _physical(db: Database, table: str) -> str:
    """md5 of the table's rows in their physical order (ctid), so order and values both count."""
    return db.fetchval(f"SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.ctid)) FROM {table} t")


def test_ranges_on_two_connections_give_the_rows_and_order_of_one(scratch_db, pg_server):
    other = Database.scratch(pg_server.uri, name="ranges_one_job")
    try:
        one_problems, one = _seeded(other, jobs=1)
        two_problems, two = _seeded(scratch_db, jobs=3)
        assert one.ranges == {}
        # once author's rows are in, its finish (indexes, VACUUM, ANALYZE) takes one connection and
        # article's rows, the only other ready task, the two left
        assert two.ranges == {"article": 2}
        assert one.rows == two.rows == ROWS
        for table in ROWS:
            assert _physical(scratch_db, table) == _physical(other, table), table
        # the CHECK refused generated rows in both: repaired the same way, staged or not
        assert [p.message for p in one_problems] == [p.message for p in two_problems]
        assert any("CHECK article_views_check refused" in p.message for p in two_problems)
        assert scratch_db.fetchval(f"SELECT count(*) FROM pg_namespace WHERE nspname = '{STAGE_SCHEMA}'") == 0
        assert scratch_db.fetchval("SELECT count(*) FROM pg_indexes WHERE indexname = 'article_author_idx'") == 1
        assert scratch_db.fetchval("SELECT last_value FROM article_id_seq") == ROWS["article"]
        # VACUUM ran once no load was open and every commit was in the WAL: the visibility map is
        # that of one connection (index-only scans' heap fetches, and the planner's price for them,
        # do not depend on timing); author all-visible, article but the page VACUUM leaves with the
        # dead line pointers of the insert the CHECK refused (too few to vacuum its indexes for)
        assert scratch_db.fetchall(_VISIBILITY) == other.fetchall(_VISIBILITY)
        visibility = other.fetchall(_VISIBILITY)
        assert [(n, p, v) for n, p, v in visibility if v < p - 1 or n == "author" and v < p] == []
    finally:
        other.close()


def test_ranges_cover_every_row_once():
    assert bounds(10, 3) == [(1, 4), (5, 7), (8, 10)]
    assert bounds(2, 4) == [(1, 1), (2, 2)]
    assert bounds(24_000, 2) == [(1, 12_000), (12_001, 24_000)]


def test_a_schema_of_the_staging_name_is_left_alone(scratch_db):
    """An application schema named like dbperf's staging one: no ranges, and it survives seeding."""
    scratch_db.execute(f"CREATE SCHEMA {STAGE_SCHEMA}; CREATE TABLE {STAGE_SCHEMA}.mine (x int)")
    _, result = _seeded(scratch_db, jobs=2)
    assert result.ranges == {}
    assert {k: result.rows[k] for k in ROWS} == ROWS
    assert scratch_db.fetchval(f"SELECT count(*) FROM pg_tables WHERE schemaname = '{STAGE_SCHEMA}'") == 1
