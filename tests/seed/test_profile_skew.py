"""A plan choice driven by production's skew is reproduced from its statistics alone.

"Production" is a database of the test session with 96 % of orders `shipped`;
its statistics (never its rows) go through stats.json into a fresh seeded
database of the same schema. There, as in production, the rare status is
read through the index and the dominant one by a sequential scan. The
seeder's name heuristics alone do not know `shipped` and plan it differently.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import psycopg
import pytest

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.seed.profile import apply_profiles
from dbperf.seed.seeder import seed
from dbperf.stats.export import export_stats
from dbperf.stats.format import dumps

DDL = """
CREATE TABLE customers (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers(id),
  status text NOT NULL,
  amount numeric(10, 2),
  created_at timestamptz NOT NULL
);
CREATE INDEX orders_status_idx ON orders (status);
"""

PRODUCTION = """
INSERT INTO customers (name) SELECT 'c' || g FROM generate_series(1, 2000) g;
INSERT INTO orders (customer_id, status, amount, created_at)
SELECT 1 + g % 2000,
       CASE WHEN g % 200 = 0 THEN 'pending' WHEN g % 25 = 0 THEN 'cancelled' ELSE 'shipped' END,
       (g % 997) * 1.5,
       timestamptz '2024-01-01' + g * interval '10 minutes'
FROM generate_series(1, 60000) g;
ANALYZE customers; ANALYZE orders;
"""

_names = itertools.count()


def scan_of(db: Database, status: str) -> str:
    """The node that reads `orders` for `status = …`: Seq Scan, Index Scan, Bitmap Heap Scan…"""
    plan = db.fetchval(f"EXPLAIN (FORMAT JSON) SELECT * FROM orders WHERE status = '{status}'")[0]["Plan"]
    while plan.get("Relation Name") != "orders":
        plan = plan["Plans"][0]
    return plan["Node Type"]


@pytest.fixture
def seeded(pg_server):
    """seeded(stats, problems): a new database with the schema, seeded (with stats.json when given)."""
    made: list[Database] = []

    def make(stats: Path | None, problems: Problems, rows: dict | None = None) -> Database:
        made.append(_seeded(pg_server, stats, problems, rows))
        return made[-1]

    yield make
    for db in made:
        name = db.conn.info.dbname
        db.close()
        with psycopg.connect(pg_server.uri, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _seeded(pg_server, stats: Path | None, problems: Problems, rows: dict | None) -> Database:
    db = Database.scratch(pg_server.uri, name=f"test_skew_{next(_names)}")
    db.execute(DDL)
    schema = read_schema(db)
    config = Config(seed=7, rows=dict(rows or {}))
    apply_profiles(db, schema, config, stats, problems)
    seed(db, schema, config, problems=problems)
    return db


@pytest.fixture
def production_stats(scratch_db, tmp_path) -> Path:
    scratch_db.execute(DDL)
    for statement in PRODUCTION.split(";"):
        if statement.strip():
            scratch_db.execute(statement)
    path = tmp_path / "stats.json"
    with Database.existing(scratch_db.uri) as ro:
        path.write_text(dumps(export_stats(ro)))
    assert scan_of(scratch_db, "shipped") == "Seq Scan"
    assert scan_of(scratch_db, "pending") != "Seq Scan"
    return path


def test_skewed_plan_choices_are_reproduced_from_stats(seeded, production_stats):
    problems = Problems()
    db = seeded(production_stats, problems)
    assert not [p for p in problems if p.severity == "error"], [str(p) for p in problems]
    assert db.fetchval("SELECT count(*) FROM orders") == 60000  # reltuples, scale 1
    assert db.fetchval("SELECT count(*) FROM customers") == 2000
    shares = dict(db.fetchall("SELECT status, round(count(*) / 60000.0, 3)::float8 FROM orders GROUP BY 1"))
    assert shares["shipped"] == pytest.approx(0.955, abs=0.01)
    assert shares["cancelled"] == pytest.approx(0.04, abs=0.01)
    assert shares["pending"] == pytest.approx(0.005, abs=0.002)
    assert scan_of(db, "shipped") == "Seq Scan"
    assert scan_of(db, "pending") != "Seq Scan"
    # Histogram bounds and correlation: amounts in production's range, created_at in row order.
    low, high = db.fetchall("SELECT min(amount), max(amount) FROM orders")[0]
    assert 0 <= low and high <= 1494
    corr = db.fetchval("SELECT correlation FROM pg_stats WHERE tablename = 'orders' AND attname = 'created_at'")
    assert corr > 0.9


def test_heuristics_alone_do_not_reproduce_the_skew(seeded):
    db = seeded(None, Problems())
    assert db.fetchval("SELECT count(*) FROM orders WHERE status = 'shipped'") == 0
    assert scan_of(db, "shipped") != "Seq Scan"  # production scans the table for it


def test_same_stats_same_seed_same_data(seeded, production_stats):
    digests = [seeded(production_stats, Problems()).fetchval(
        "SELECT md5(string_agg(o::text, '|' ORDER BY id)) FROM orders o") for _ in range(2)]
    assert digests[0] == digests[1]


def test_explicit_row_counts_win_over_the_stats(seeded, production_stats):
    db = seeded(production_stats, Problems(), {"customers": 500})
    assert db.fetchval("SELECT count(*) FROM customers") == 500
    assert db.fetchval("SELECT count(*) FROM orders") == 60000
