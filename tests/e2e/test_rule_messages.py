"""What small projects' findings say: one finding per fix, fixes read from the query, failures said.

Each test audits a tiny project (a table or two, a few captured queries) on
the real PostgreSQL, as `dbperf audit` does, and reads the JSON report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dbperf.pipeline import AuditOptions, run_audit
from dbperf.project import discover
from dbperf.report.json_report import render_json

USERS = """
CREATE TABLE "user" (
    id serial PRIMARY KEY,
    email text NOT NULL,
    role text NOT NULL,
    last_seen_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX role_idx ON "user" (role);
"""
QUERIES = """
SELECT id, email FROM "user" WHERE email ILIKE '%@gmail.com';
SELECT id, created_at FROM "user" WHERE email ILIKE '%@example.com' ORDER BY created_at DESC LIMIT 50;
SELECT id, email FROM "user" WHERE role = 'admin' ORDER BY last_seen_at DESC LIMIT 20;
"""
CONFIG = """schema = "schema.sql"
queries = ["queries"]
[seed]
seed = 7
rows = { user = 30000 }
[seed.columns."user.role"]
values = { member = 0.97, admin = 0.03 }
[seed.columns."user.email"]
values = { "ann@gmail.com" = 0.2, "bob@example.com" = 0.2 }
[thresholds]
repeats = 1
"""


def _audit(folder: Path, server_uri: str, extra: str = "") -> list[dict]:
    (folder / "schema.sql").write_text(USERS)
    (folder / "queries").mkdir()
    (folder / "queries" / "admin.sql").write_text(QUERIES)
    (folder / "dbperf.toml").write_text(CONFIG + extra)
    result = run_audit(discover(folder), AuditOptions(server_uri=server_uri))
    return json.loads(render_json(result.report))["findings"]


@pytest.fixture(scope="module")
def findings(pg_server, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    return _audit(tmp_path_factory.mktemp("users"), pg_server.uri)


def test_two_searches_of_one_column_make_one_finding(findings: list[dict]) -> None:
    wildcard = [f for f in findings if f["rule"] == "leading-wildcard"]
    assert [(f["table"], f["columns"]) for f in wildcard] == [("user", ["email"])]
    (finding,) = wildcard
    assert len(finding["queries"]) == 2 and finding["evidence"]["queries"] == 2
    assert "in 2 queries" in finding["message"]
    assert finding["fix"]["sql"].count("CREATE INDEX") == 1


def test_the_partial_index_fix_is_keyed_by_the_querys_order_and_quoted(findings: list[dict]) -> None:
    (finding,) = [f for f in findings if f["rule"] == "low-selectivity-index"]
    description = finding["fix"]["description"]
    # the rare-value query sorts by last_seen_at: the key of the partial index, on "user" quoted
    assert 'ON "user" (last_seen_at) WHERE role = …' in description, description
    assert "created_at" not in description
    assert finding["fix"]["drizzle"].startswith("index('…').on(table.lastSeenAt)")


def test_a_failed_trial_is_a_failed_measurement(pg_server, tmp_path: Path) -> None:
    # a 1 ms budget for building the trial index: the trial fails, it does not say "did not help"
    extra = "index_build_timeout_ms = 1\n"
    findings = _audit(tmp_path, pg_server.uri, extra)
    (finding,) = [f for f in findings if f["rule"] == "leading-wildcard"]
    assert "the trial of a trigram index failed" in finding["message"]
    assert "timed out" in finding["evidence"]["trial_error"]
    assert finding["proof"] == "heuristic"  # nothing was measured
    assert "did not help" not in finding["message"] + finding["fix"]["description"]
    assert "trial failed" in finding["fix"]["description"]
