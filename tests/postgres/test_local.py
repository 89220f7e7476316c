"""`--postgres 15` on the PostgreSQL 15 installed on the machine (Debian's postgresql-15 here): no Docker.

PostgreSQL 15 has no `EXPLAIN (GENERIC_PLAN)`: statements without usable values
get their generic plan through PREPARE + force_generic_plan instead.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from dbperf.diagnostics import DbperfError
from dbperf.pipeline import AuditOptions, run_audit
from dbperf.postgres.local import LocalPostgres, find_bindir
from dbperf.project import discover
from tests.apps import write_app

pytestmark = pytest.mark.skipif(find_bindir("15") is None,
                                reason="no PostgreSQL 15 server binaries (Debian: apt install postgresql-15)")

SCHEMA = """
CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, plan text NOT NULL DEFAULT 'free');
CREATE TABLE events (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id),
                     kind text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
"""
QUERIES = """
SELECT * FROM events WHERE account_id = 7001 ORDER BY created_at DESC LIMIT 20;
SELECT count(*) FROM events WHERE created_at > now() - $1::interval;
"""


@pytest.fixture
def app(tmp_path: Path) -> Path:
    return write_app(tmp_path / "app", SCHEMA, QUERIES, "[seed]\nrows = { accounts = 2000, events = 100000 }\n")


@pytest.mark.db
def test_an_audit_runs_on_the_installed_postgresql_15(app: Path) -> None:
    result = run_audit(discover(app), AuditOptions(postgres="15", rules=["missing-index", "fk-without-index"]))
    database = result.report.database
    assert database["kind"] == "local" and database["postgres"].startswith("15.")
    assert database["rows_seeded"] == 102_000
    by_sql = {q.sql.split("WHERE")[1].strip(): q for q in result.report.queries}
    seq = next(q for s, q in by_sql.items() if s.startswith("account_id"))
    assert seq.ms is not None and seq.plan is not None and "Seq Scan on events" in seq.plan.shape()
    # No value for $1 and no GENERIC_PLAN on 15: the generic plan comes from PREPARE.
    generic = next(q for s, q in by_sql.items() if s.startswith("created_at"))
    assert generic.params_source == "generic" and generic.plan is not None and generic.error is None
    assert {f.rule for f in result.report.findings} >= {"missing-index", "fk-without-index"}
    assert not [p for p in result.report.problems if p.severity == "error"]


@pytest.mark.db
def test_the_cluster_is_gone_after_use() -> None:
    with LocalPostgres("15") as pg:
        data = pg.data_dir
        with psycopg.connect(pg.uri) as conn:
            assert conn.execute("SHOW server_version_num").fetchone()[0].startswith("15")
            assert conn.execute("SHOW fsync").fetchone()[0] == "off"
        assert (data / "postmaster.pid").exists()
    assert not data.parent.exists()


def test_a_version_that_is_not_installed_says_what_to_do(monkeypatch) -> None:
    with pytest.raises(DbperfError, match="no PostgreSQL 12 server binaries") as info:
        LocalPostgres("12").start()
    assert "DBPERF_PG_BINDIR" in info.value.hint


@pytest.mark.db
def test_a_dsn_audit_of_a_postgresql_15_database_changes_nothing(tmp_path: Path) -> None:
    """--dsn on 15: read-only, rolled back, generic plans through PREPARE — and the database is as before."""
    from dbperf.config import Config
    from dbperf.project import Project

    def snapshot(uri: str) -> tuple:
        with psycopg.connect(uri, autocommit=True) as conn:
            rows = conn.execute("SELECT count(*), md5(string_agg(e::text, '|' ORDER BY e.id)) FROM events e").fetchone()
            catalog = conn.execute("SELECT relname, relpages, reltuples FROM pg_class "
                                   "WHERE relnamespace = 'public'::regnamespace ORDER BY relname").fetchall()
            stats = conn.execute("SELECT count(*) FROM pg_stats WHERE schemaname = 'public'").fetchone()
            return rows, catalog, stats

    with LocalPostgres("15") as pg:
        with psycopg.connect(pg.uri, autocommit=True) as conn:
            conn.execute(SCHEMA)
            conn.execute("INSERT INTO accounts (email) SELECT 'a' || g || '@x.io' FROM generate_series(1, 500) g")
            conn.execute("INSERT INTO events (account_id, kind) SELECT 1 + g % 500, 'k' || g % 7 "
                         "FROM generate_series(1, 50000) g")
            conn.execute("VACUUM ANALYZE")
        (tmp_path / "queries").mkdir()
        (tmp_path / "queries" / "app.sql").write_text(QUERIES + "UPDATE events SET kind = 'x';\n")
        config = Config(root=tmp_path)
        config.large_table_rows = 1000
        before = snapshot(pg.uri)
        result = run_audit(Project(tmp_path, config, [], [tmp_path / "queries"], None, None, []),
                           AuditOptions(dsn=pg.uri))
        assert snapshot(pg.uri) == before
    report = result.report
    assert report.database["kind"] == "dsn" and report.database["postgres"].startswith("15.")
    assert all(q.plan is not None for q in report.queries), [q.error for q in report.queries]
    assert {"unbounded-write", "fk-without-index"} <= {f.rule for f in report.findings}
