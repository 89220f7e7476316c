"""`dbperf stats export` and stats.json: production's statistics, never its rows, and back into seeding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dbperf.diagnostics import DbperfError
from dbperf.postgres.database import Database
from dbperf.stats.export import export_stats
from dbperf.stats.format import dumps, load_stats

DDL = """
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  status text NOT NULL,
  amount numeric(10, 2),
  created_at timestamptz NOT NULL
);
CREATE INDEX orders_status_idx ON orders (status);
"""
DATA = """
INSERT INTO orders (status, amount, created_at)
SELECT CASE WHEN g % 200 = 0 THEN 'pending' WHEN g % 25 = 0 THEN 'cancelled' ELSE 'shipped' END,
       (g % 997) * 1.5, timestamptz '2024-01-01' + g * interval '10 minutes'
FROM generate_series(1, 30000) g
"""


@pytest.fixture
def production(scratch_db) -> Database:
    scratch_db.execute(DDL)
    scratch_db.execute(DATA)
    scratch_db.execute("ANALYZE orders")
    return scratch_db


def test_export_reads_row_counts_and_pg_stats(production):
    with Database.existing(production.uri) as ro:
        document = export_stats(ro)
    assert (document["format"], document["version"], document["redacted"]) == ("dbperf-stats", 1, False)
    orders = document["tables"]["public.orders"]
    assert orders["rows"] == 30000
    status = orders["columns"]["status"]
    assert status["mcv"][0][0] == "shipped" and status["mcv"][0][1] == pytest.approx(0.955, abs=0.01)
    assert {v for v, _ in status["mcv"]} == {"shipped", "cancelled", "pending"}
    assert status["null_frac"] == 0 and status["type"] == "text"
    assert len(orders["columns"]["amount"]["histogram"]) > 10
    assert orders["columns"]["created_at"]["correlation"] == pytest.approx(1.0, abs=0.01)
    assert orders["columns"]["id"]["n_distinct"] == -1


def test_redact_replaces_text_values_and_keeps_frequencies(production):
    with Database.existing(production.uri) as ro:
        plain, redacted = export_stats(ro), export_stats(ro, redact=True)
    before = plain["tables"]["public.orders"]["columns"]
    after = redacted["tables"]["public.orders"]["columns"]
    assert redacted["redacted"] is True
    assert [f for _, f in after["status"]["mcv"]] == [f for _, f in before["status"]["mcv"]]
    text = dumps(redacted)
    for word in ("shipped", "cancelled", "pending"):
        assert word not in text
    assert after["status"]["redacted"] is True
    assert after["amount"]["histogram"] == before["amount"]["histogram"]  # numbers are kept


def test_stats_json_round_trip_with_a_line_per_column(production, tmp_path):
    with Database.existing(production.uri) as ro:
        text = dumps(export_stats(ro))
    path = tmp_path / "stats.json"
    path.write_text(text)
    assert json.loads(text)["tables"]["public.orders"]["rows"] == 30000
    stats = load_stats(path)
    assert stats.rows["public.orders"] == 30000
    profile = stats.profiles[("public.orders", "status")]
    assert profile.values[0][0] == "shipped"
    line = next(i for i, s in enumerate(text.splitlines(), 1) if s.lstrip().startswith('"status":'))
    assert profile.origin.line == line and profile.origin.path == str(path)
    # each index's scans in production (pg_stat_user_indexes.idx_scan), for the unused-index rule
    indexes = json.loads(text)["tables"]["public.orders"]["indexes"]
    assert set(indexes) == {"orders_pkey", "orders_status_idx"}
    assert stats.index_scans[("public.orders", "orders_status_idx")] == indexes["orders_status_idx"]["idx_scan"] >= 0


def test_bad_stats_files_say_where_and_what_to_do(tmp_path):
    path = tmp_path / "stats.json"
    path.write_text('{\n "format": "dbperf-stats",\n "version": 1,\n oops\n}\n')
    with pytest.raises(DbperfError) as exc:
        load_stats(path)
    assert f"{path}:4" in exc.value.message and "dbperf stats export" in exc.value.hint
    path.write_text(json.dumps({"format": "dbperf-stats", "version": 99, "tables": {}}))
    with pytest.raises(DbperfError, match="version 99"):
        load_stats(path)
    path.write_text(json.dumps({"rows": 1}))
    with pytest.raises(DbperfError, match="not a dbperf stats file"):
        load_stats(path)
    # One unreadable column is skipped (and said), the others are used.
    path.write_text(dumps({"format": "dbperf-stats", "version": 1, "tables": {"public.t": {"rows": 5, "columns": {
        "a": {"mcv": [["x", "often"]]}, "b": {"mcv": [["y", 0.5]]}}}}}))
    stats = load_stats(path)
    assert list(stats.profiles) == [("public.t", "b")]
    (origin, message), = stats.unreadable
    assert origin.line == 6 and "public.t.a" in message
    # `indexes` is optional; when given, each index has an integer idx_scan
    path.write_text(dumps({"format": "dbperf-stats", "version": 1, "tables": {"public.t": {
        "rows": 5, "indexes": {"t_a_idx": {"idx_scan": "never"}}, "columns": {}}}}))
    with pytest.raises(DbperfError) as exc:
        load_stats(path)
    assert f"{path}:5" in exc.value.message and "idx_scan" in exc.value.message


def _dbperf(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dbperf", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, "NO_COLOR": "1"})


def test_cli_export_then_audit_seeds_production_sizes(production, tmp_path):
    production.execute("CREATE TABLE never_analysed (id int)")
    exported = _dbperf("stats", "export", "--dsn", production.uri, "--redact", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert "statistics of 2 tables" in exported.stderr and "redacted" in exported.stderr
    assert "never analysed" in exported.stderr and "public.never_analysed" in exported.stderr
    stats = tmp_path / "stats.json"
    stats.write_text(exported.stdout)
    project = tmp_path / "app"
    project.mkdir()
    (project / "schema.sql").write_text(DDL)
    (project / "queries.sql").write_text("SELECT * FROM orders WHERE status = 'x';\n")
    audit = _dbperf("audit", str(project), "--stats", str(stats), "--scale", "0.5", "--no-cache",
                    "--format", "json", cwd=tmp_path)
    assert audit.returncode == 0, audit.stderr
    report = json.loads(audit.stdout)
    assert report["database"]["rows_seeded"] == 15000  # reltuples x --scale
    missing = _dbperf("audit", str(project), "--stats", str(tmp_path / "nope.json"), cwd=tmp_path)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and "nope.json" in missing.stderr


TYPES_DDL = """
CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE things (
  id bigserial PRIMARY KEY,
  ref uuid NOT NULL,
  born date,
  seen timestamp,
  flag boolean NOT NULL,
  ratio double precision,
  code varchar(8),
  feeling mood NOT NULL,
  tier text NOT NULL CHECK (tier IN ('free', 'pro')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz CHECK (ends_at > starts_at),
  doc jsonb
);
"""
TYPES_DATA = """
INSERT INTO things (ref, born, seen, flag, ratio, code, feeling, tier, starts_at, ends_at, doc)
SELECT md5(g::text)::uuid, date '2000-01-01' + g % 5000, timestamp '2020-01-01' + g * interval '1 hour',
       g % 3 = 0, CASE WHEN g % 10 = 0 THEN NULL ELSE g / 7.0 END, 'c' || (g % 50),
       (ARRAY['happy', 'sad', 'meh'])[1 + g % 3]::mood, CASE WHEN g % 20 = 0 THEN 'pro' ELSE 'free' END,
       timestamptz '2024-01-01' + g * interval '1 minute', timestamptz '2024-01-02' + g * interval '1 minute',
       jsonb_build_object('k', g % 4)
FROM generate_series(1, 20000) g
"""


@pytest.mark.parametrize("redact", [False, True])
def test_stats_of_every_type_seed_without_breaking_constraints(scratch_db, pg_server, tmp_path, redact):
    from dbperf.config import Config
    from dbperf.diagnostics import Problems
    from dbperf.schema.catalog import read_schema
    from dbperf.seed.profile import apply_profiles
    from dbperf.seed.seeder import seed

    scratch_db.execute(TYPES_DDL)
    scratch_db.execute(TYPES_DATA)
    scratch_db.execute("ANALYZE things")
    path = tmp_path / "stats.json"
    with Database.existing(scratch_db.uri) as ro:
        path.write_text(dumps(export_stats(ro, redact=redact)))
    target = Database.scratch(pg_server.uri, name=f"test_stats_types_{int(redact)}")
    try:
        target.execute(TYPES_DDL)
        schema = read_schema(target)
        config, problems = Config(), Problems()
        apply_profiles(target, schema, config, path, problems)
        result = seed(target, schema, config, problems=problems)
        assert result.rows["things"] == 20000 and not result.failed, [str(p) for p in problems]
        refused = {p.message.split(" profile of ")[1].split(" ")[0]: p for p in problems if "not used" in p.message}
        assert "things.ends_at" in refused  # a CHECK relating it to starts_at
        assert refused["things.ends_at"].origin.path == str(path) and refused["things.ends_at"].origin.line > 0
        assert "things.tier" not in refused  # CHECK-listed values are schema: kept even when redacted
        assert target.fetchval("SELECT count(*) FROM things WHERE tier = 'pro'") == pytest.approx(1000, rel=0.2)
        got = dict(target.fetchall("SELECT feeling::text, count(*) FROM things GROUP BY 1"))
        assert set(got) == {"happy", "sad", "meh"}  # enum labels are schema: kept even when redacted
        assert target.fetchval("SELECT count(DISTINCT ref) FROM things") > 19000  # not 101 histogram bounds
        nulls = target.fetchval("SELECT count(*) FROM things WHERE ratio IS NULL") / 20000
        assert nulls == pytest.approx(0.1, abs=0.02)
        low, high = target.fetchall("SELECT min(born), max(born) FROM things")[0]
        assert str(low) >= "2000-01-01" and str(high) <= "2013-09-09"
        if not redact:
            assert target.fetchval("SELECT count(*) FROM things WHERE doc @> '{\"k\": 1}'") > 4000
    finally:
        target.close()
        import psycopg
        with psycopg.connect(pg_server.uri, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS test_stats_types_{int(redact)} WITH (FORCE)")


def test_stats_in_dbperf_toml_serve_every_command(production, tmp_path, pg_server):
    """`[seed] stats = "stats.json"`: the gate, the advisor and the audit seed production's sizes without a flag."""
    from dbperf.pipeline import AuditOptions, run_audit
    from dbperf.project import discover

    project = tmp_path / "app"
    project.mkdir()
    (project / "schema.sql").write_text(DDL)
    (project / "queries.sql").write_text("SELECT * FROM orders WHERE status = 'x';\n")
    (project / "stats.json").write_text(dumps(export_stats(production)))
    (project / "dbperf.toml").write_text('[seed]\nstats = "stats.json"\nscale = 0.5\n')
    report = run_audit(discover(project), AuditOptions(server_uri=pg_server.uri, seed_only=True)).report
    assert report.database["rows_seeded"] == 15000
    (project / "dbperf.toml").write_text('[seed]\nstats = "missing.json"\n')
    with pytest.raises(DbperfError, match=r"dbperf.toml: \[seed\] stats = .*missing.json: no such file"):
        run_audit(discover(project), AuditOptions(server_uri=pg_server.uri, seed_only=True))
