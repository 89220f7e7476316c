"""The multi-tenant B2B example, end to end: `dbperf audit fixtures/b2b` meets its expected.json.

One audit of the whole example (schema.sql applied to PostgreSQL 18, ~300k rows
seeded, every query group of the real server log EXPLAIN ANALYZEd, every rule
run) is shared by the tests of this module.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dbperf.pipeline import AuditOptions, AuditResult, run_audit
from dbperf.project import discover
from dbperf.report.json_report import render_json

from . import expectations

B2B = Path(__file__).resolve().parents[2] / "fixtures" / "b2b"
EXPECTED = expectations.load(B2B)
MISSION_RULES = ("missing-index", "over-select", "n-plus-one", "offset-pagination")


@pytest.fixture(scope="module")
def audit(pg_server) -> AuditResult:
    return run_audit(discover(B2B), AuditOptions(server_uri=pg_server.uri))


@pytest.fixture(scope="module")
def report_json(audit) -> dict:
    return json.loads(render_json(audit.report))


@pytest.mark.parametrize("spec", EXPECTED["must_find"], ids=expectations.spec_id)
def test_must_find(report_json, spec) -> None:
    expectations.assert_found(report_json["findings"], spec)


@pytest.mark.parametrize("spec", EXPECTED["must_not_find"], ids=expectations.spec_id)
def test_must_not_find(report_json, spec) -> None:
    expectations.assert_not_found(report_json["findings"], spec)


def test_every_finding_is_planted_or_allowed(report_json) -> None:
    # precision: a finding in neither list is a false positive (or an `allowed` entry to write)
    expectations.assert_precise(report_json["findings"], EXPECTED)


def test_mission_rules_carry_measured_evidence(report_json) -> None:
    by_rule = {f["rule"]: f for f in report_json["findings"]}
    for rule in MISSION_RULES:
        assert rule in by_rule, f"{rule} missing"
    missing = [f for f in report_json["findings"] if f["rule"] == "missing-index"]
    for f in missing:  # verified: half the rows examined or half the buffers, and not slower
        e = f["evidence"]
        # buffers and rows decide, as rules.common.verified says: time is the noisy signal on a shared machine
        assert (e["after_buffers"] * 2 <= e["before_buffers"]
                or (e["after_rows_examined"] * 2 <= e["before_rows_examined"]
                    and e["after_buffers"] <= e["before_buffers"])), f["message"]
    assert all(f["fix"]["sql"].startswith("CREATE INDEX CONCURRENTLY") for f in missing)
    over = next(f for f in report_json["findings"] if f["rule"] == "over-select")
    assert "payload" in over["evidence"]["wide_columns"]
    assert over["evidence"]["narrowed_bytes_per_call"] < over["evidence"]["bytes_per_call"]
    n1 = next(f for f in report_json["findings"] if f["rule"] == "n-plus-one")
    assert n1["evidence"]["largest_burst"] >= 8
    offset = next(f for f in report_json["findings"] if f["rule"] == "offset-pagination")
    curve = offset["evidence"]["cost_curve"]
    assert len(curve) >= 3 and "keyset_ms_at_deepest" in offset["evidence"]
    assert "ORDER BY" in offset["fix"]["sql"] and "OFFSET" not in offset["fix"]["sql"].split(";")[0]


def test_n_plus_one_batched_rewrite_is_measured(report_json) -> None:
    """The N+1 here is an aggregate (count(*) per project): the batched rewrite must group by the key."""
    n1 = next(f for f in report_json["findings"] if f["rule"] == "n-plus-one" and f["table"] == "tasks")
    assert "batched_ms" in n1["evidence"], f"batched rewrite not measurable: {n1['fix']['sql']}"


def test_report_contract(report_json) -> None:
    assert report_json["version"] == 1
    for key in ("dbperf", "database", "summary", "findings", "queries"):
        assert key in report_json
    for finding in report_json["findings"]:
        assert set(finding) >= {"rule", "severity", "message", "table", "columns", "queries", "origins",
                                "evidence", "fix"}
        assert finding["severity"] in ("error", "warning", "info")
    assert report_json["database"]["rows_seeded"] >= 290_000
    assert len(report_json["queries"]) >= 20


def test_findings_point_at_their_origin(report_json) -> None:
    for finding in report_json["findings"]:
        assert finding["origins"], f"{finding['rule']} {finding['table']} has no origin"
        assert all(":" in o for o in finding["origins"])


def _verdicts(report: dict) -> list[tuple]:
    """What a finding decides. Its counts may differ: with one connection a Gather launches parallel
    workers, with two they are capped (explain/pool.py), and workers count a few other buffers."""
    return [(f["rule"], f["severity"], f["proof"], f["table"], tuple(f["columns"]), tuple(f["queries"]),
             tuple(f["origins"])) for f in report["findings"]]


def test_two_connections_give_the_findings_of_one(report_json, pg_server) -> None:
    """`--jobs 2`: reads measured and rules run side by side (explain/pool.py, explain/lanes.py),
    with the findings of one connection (tests/explain/test_explain_lanes.py: the same rows and
    buffers, call by call)."""
    two = json.loads(render_json(run_audit(discover(B2B), AuditOptions(server_uri=pg_server.uri, jobs=2)).report))
    assert two["database"]["measuring"]["jobs"] == 2
    assert _verdicts(two) == _verdicts(report_json)
    assert [p["message"] for p in two["problems"]] == [p["message"] for p in report_json["problems"]]
