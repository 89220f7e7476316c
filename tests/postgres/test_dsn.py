"""--dsn on an existing database: read-only, rolled back, no seeding; the database is left byte-for-byte
unchanged (table contents and catalog rows), and nothing writes even when asked to."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import sql as pgsql

from dbperf.config import Config
from dbperf.pipeline import AuditOptions, run_audit
from dbperf.postgres.database import Database, with_database
from dbperf.project import Project

SCHEMA = """
CREATE TYPE status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text, created_at timestamptz NOT NULL);
CREATE INDEX users_email_idx ON users (email);  -- duplicates the UNIQUE constraint
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    status status NOT NULL,
    total numeric(10, 2) NOT NULL CHECK (total >= 0),
    note text,
    created_at timestamptz NOT NULL
);
INSERT INTO users (email, name, created_at)
SELECT 'u' || i || '@example.com', 'user ' || i, timestamptz '2025-01-01' + i * interval '1 minute'
FROM generate_series(1, 5000) i;
INSERT INTO orders (user_id, status, total, note, created_at)
SELECT 1 + (i * 7919) % 5000, (ARRAY['new','paid','shipped']::status[])[1 + i % 3], (i % 1000) / 10.0,
       repeat('x', i % 50), timestamptz '2025-01-01' + i * interval '1 second'
FROM generate_series(1, 40000) i;
ANALYZE;
"""

QUERIES = """
SELECT * FROM orders WHERE user_id = 42;
SELECT id, email FROM users WHERE email = 'u7@example.com';
SELECT * FROM orders ORDER BY created_at DESC LIMIT 20 OFFSET 10000;
UPDATE orders SET status = 'paid';
DELETE FROM users WHERE id = 3;
INSERT INTO users (email, name, created_at) VALUES ('new@example.com', 'n', now());
SELECT * FROM users WHERE name ILIKE '%user 1%';
"""

# Catalog rows that describe tables, columns, indexes and constraints. Cumulative statistics
# (pg_stat_*) are excluded: reading a table counts as a scan there, by design of PostgreSQL.
CATALOG = {
    "pg_class": "SELECT c.oid, c.relname, c.relkind, c.relfilenode, c.relpages, c.reltuples, c.relallvisible, "
                "c.relhasindex, c.relnatts, c.relchecks, c.relfrozenxid::text FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY c.oid",
    "pg_index": "SELECT i.* FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY i.indexrelid",
    "pg_attribute": "SELECT a.attrelid, a.attname, a.atttypid, a.attnum, a.attnotnull, a.atthasdef, a.attisdropped, "
                    "a.attstattarget FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                    "ORDER BY a.attrelid, a.attnum",
    "pg_constraint": "SELECT oid, conname, contype, conrelid, conindid, confrelid, conkey, confkey, "
                     "pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                     "ORDER BY oid",
    "pg_statistic": "SELECT starelid, staattnum, stanullfrac, stadistinct FROM pg_statistic s "
                    "JOIN pg_class c ON c.oid = s.starelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' ORDER BY 1, 2",
    "sequences": "SELECT last_value, is_called FROM orders_id_seq UNION ALL SELECT last_value, is_called FROM users_id_seq",
}


def snapshot(uri: str) -> dict:
    """md5 of every table's ordered rows, the catalog rows above, and the transaction counter."""
    out: dict = {}
    with psycopg.connect(uri, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace "
            "ORDER BY relname").fetchall()]
        for table in tables:
            query = pgsql.SQL("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                              "FROM {} t").format(pgsql.Identifier(table))
            out[f"rows:{table}"] = conn.execute(query).fetchone()
        for name, query in CATALOG.items():
            out[name] = conn.execute(query).fetchall()
        out["xid"] = conn.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").fetchone()[0]
    return out


@pytest.fixture
def target(pg_server) -> str:
    """A database with schema and data, as a user's application would have it; its URI."""
    name = "dbperf_dsn_target"
    with psycopg.connect(pg_server.uri, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    uri = with_database(pg_server.uri, name)
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute(SCHEMA)
        conn.execute("CHECKPOINT")
    yield uri
    with psycopg.connect(pg_server.uri, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def project(tmp_path: Path) -> Project:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "app.sql").write_text(QUERIES)
    config = Config(root=tmp_path)
    config.large_table_rows = 1000
    return Project(tmp_path, config, [], [tmp_path / "queries"], None, None, [])


def test_audit_through_dsn_leaves_the_database_unchanged(target: str, tmp_path: Path) -> None:
    before = snapshot(target)
    result = run_audit(project(tmp_path), AuditOptions(dsn=target))
    after = snapshot(target)
    assert after == before
    report = result.report
    assert report.database["kind"] == "dsn" and report.database["read_only"] is True
    assert report.database["rows_seeded"] == 0 and report.database["cache"] == "off"
    assert report.inputs["schema_kind"] == "catalog"
    # The user's data was measured: the schema came from the catalog, the queries were explained.
    assert set(result.context.schema.tables) >= {"users", "orders"}
    measured = {q.sql.split()[0].upper(): q for q in report.queries}
    assert measured["SELECT"].ms is not None
    rules = {f.rule for f in report.findings}
    assert "duplicate-index" in rules  # catalog-only rules work
    assert "unbounded-write" in rules  # the UPDATE was planned (not run): rows touched come from the plan
    # Rules that verify a fix need trials, which are refused on a database dbperf does not own.
    for f in report.findings:
        if f.rule == "missing-index":
            assert "→" not in str(f.evidence.get("time", ""))


def test_a_dsn_session_cannot_write(target: str) -> None:
    before = snapshot(target)
    db = Database.existing(target)
    try:
        assert db.fetchval("SHOW default_transaction_read_only") == "on"
        assert db.fetchval("SHOW lock_timeout") == "1s"
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            db.execute("UPDATE orders SET status = 'paid'")
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            db.execute("CREATE INDEX ON orders (user_id)")
        with db.rolled_back():
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                db.execute("DELETE FROM users")
    finally:
        db.close()
    assert snapshot(target) == before
