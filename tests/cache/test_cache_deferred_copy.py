"""A cache hit copies the seeded database only once a statement needs its data (dbperf.seeded): a re-run
whose measurements are all remembered copies nothing, and one that needs a measurement copies it then,
in the middle of the explain stage or of the rules' lanes, and gets the numbers a fresh copy gives."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest

from dbperf.cli.stop import stop_kept
from dbperf.pipeline import AuditOptions, measured, run_audit, run_rules
from dbperf.project import discover
from tests.apps import write_app

pytestmark = pytest.mark.db

SCHEMA = """
CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, plan text NOT NULL DEFAULT 'free',
                       created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE events (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id),
                     kind text NOT NULL, payload text, created_at timestamptz NOT NULL DEFAULT now());
"""
QUERIES = """
SELECT * FROM events WHERE account_id = 71 ORDER BY created_at DESC LIMIT 20;
SELECT id, email FROM accounts WHERE plan = 'pro';
SELECT * FROM accounts WHERE email ILIKE '%@example.com';
"""
TOML = """
[seed]
rows = { accounts = 2000, events = 40000 }
"""


@pytest.fixture
def app(tmp_path: Path) -> Path:
    return write_app(tmp_path / "app", SCHEMA, QUERIES, TOML)


@pytest.fixture
def cache() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="dbperf-cache-copy-")) / "cache"
    yield folder
    shutil.rmtree(folder.parent, ignore_errors=True)


def _verdicts(report) -> list:
    """What the rules measured: rule, table, columns and the evidence's rows and buffers (not times)."""
    def counts(evidence: dict) -> str:
        return json.dumps({k: v for k, v in evidence.items() if "buffers" in k or "rows" in k}, sort_keys=True,
                          default=str)
    return [(f.rule, f.severity, f.table, f.columns, counts(f.evidence)) for f in report.findings]


def test_a_rerun_with_every_measurement_remembered_copies_nothing(app: Path, cache: Path) -> None:
    first = run_audit(discover(app), AuditOptions(cache_dir=cache))
    with measured(discover(app), AuditOptions(cache_dir=cache, jobs=2)) as m:
        findings = run_rules(m.context, m.problems, jobs=2, runner=m.runner)
        assert m.where.cache_state == "hit"
        assert m.where.db.deferred, "the seeded database was copied though nothing needed it"
        assert [(f.rule, f.table, f.columns, f.message) for f in findings] == \
               [(f.rule, f.table, f.columns, f.message) for f in first.report.findings]
        # The catalog kept with the entry is what the first run read of the seeded database: tables with
        # their rows, sizes, columns' widths, indexes and origins, and pg_stats.
        assert m.context.schema.tables == first.context.schema.tables
        assert m.context.stats == first.context.stats


def test_rules_that_need_a_measurement_copy_it_from_their_lanes(app: Path, cache: Path) -> None:
    run_audit(discover(app), AuditOptions(cache_dir=cache, rules=["unbounded-select"]))  # remembers the explain stage
    warm = run_audit(discover(app), AuditOptions(cache_dir=cache, jobs=2)).report  # the other rules' trials: misses
    cold = run_audit(discover(app), AuditOptions(cache=False, jobs=2)).report
    assert warm.database["cache"] == "hit" and warm.database["measurements_reused"] >= 3
    assert any(f.rule == "missing-index" for f in warm.findings)
    assert _verdicts(warm) == _verdicts(cold)


def test_keep_on_a_hit_keeps_the_seeded_rows(app: Path, cache: Path) -> None:
    run_audit(discover(app), AuditOptions(cache_dir=cache, seed_only=True))
    report = run_audit(discover(app), AuditOptions(cache_dir=cache, seed_only=True, keep=True)).report
    assert report.database["cache"] == "hit"
    uri = report.database["uri"]
    with psycopg.connect(uri) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 40_000
    assert stop_kept(uri, cache_dir=cache)
