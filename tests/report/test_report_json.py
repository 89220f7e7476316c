"""The JSON report follows ARCHITECTURE.md's contract and is deterministic."""

from __future__ import annotations

import json
import random

from dbperf.report.json_report import render_json
from dbperf.report.model import Report


def test_top_level_keys_follow_the_contract(make_report) -> None:
    data = json.loads(render_json(make_report()))
    assert list(data) == [
        "version", "dbperf", "database", "inputs", "summary", "findings", "queries", "problems", "timings",
    ]  # fmt: skip
    assert data["version"] == 1
    assert data["dbperf"] == "0.1.0"
    assert data["database"]["server_version"] == "18.1"


def test_findings_have_the_contract_keys_and_errors_come_first(make_report) -> None:
    data = json.loads(render_json(make_report()))
    finding = data["findings"][0]
    assert list(finding) == [
        "rule", "severity", "proof", "message", "table", "columns", "queries", "origins", "evidence", "assumes",
        "fix",
    ]  # fmt: skip
    assert list(finding["fix"]) == ["description", "sql", "drizzle"]
    assert [f["severity"] for f in data["findings"]] == ["error", "warning", "info"]
    assert finding["rule"] == "missing-index"
    assert finding["columns"] == ["user_id", "created_at"]
    assert finding["evidence"]["rows_read"] == 100_000
    assert finding["fix"]["sql"].startswith("CREATE INDEX CONCURRENTLY")


def test_queries_carry_measurement_and_plan_tree(make_report) -> None:
    data = json.loads(render_json(make_report()))
    measured, failed = data["queries"]
    assert {"fingerprint", "sql", "calls", "plan"} <= set(measured)
    assert measured["calls"] == 420
    assert measured["params_source"] == "captured"
    root = measured["plan"]["root"]
    assert root["node_type"] == "Sort"
    scan = root["children"][0]
    assert scan["relation"] == "orders"
    assert scan["rows_removed_by_filter"] == 99_988
    assert failed["plan"] is None and "does not exist" in failed["error"]


def test_summary_and_problems(make_report) -> None:
    data = json.loads(render_json(make_report()))
    assert data["summary"] == {
        "findings": 3,
        "by_severity": {"error": 1, "warning": 1, "info": 1},
        "by_rule": {"duplicate-index": 1, "missing-index": 1, "over-select": 1},
        "queries": 2,
        "queries_measured": 1,
        "problems": 2,
    }
    problem = data["problems"][0]
    assert list(problem) == ["stage", "message", "origin", "hint", "severity"]
    assert problem["origin"] == "logs/app.log:17"


def test_output_does_not_depend_on_finding_or_evidence_order(make_report, make_findings) -> None:
    findings = make_findings()
    random.Random(7).shuffle(findings)
    for f in findings:
        f.evidence = dict(reversed(list(f.evidence.items())))
    assert render_json(make_report(findings=findings)) == render_json(make_report())


def test_findings_hold_no_run_timings(make_report) -> None:
    fast = json.loads(render_json(make_report(timings={"explain": 1.0})))
    slow = json.loads(render_json(make_report(timings={"explain": 99.0})))
    assert fast["findings"] == slow["findings"] and fast["summary"] == slow["summary"]


def test_odd_evidence_values_are_json_ready(make_findings) -> None:
    finding = make_findings()[0]
    finding.evidence = {
        "ratio": float("nan"),
        "tables": {"b", "a"},
        "ms": 1.23456789,
        "cols": ("x", "y"),
    }
    data = json.loads(render_json(Report(findings=[finding])))
    assert data["findings"][0]["evidence"] == {
        "cols": ["x", "y"],
        "ms": 1.235,
        "ratio": None,
        "tables": ["a", "b"],
    }


def test_empty_report_renders() -> None:
    data = json.loads(render_json(Report()))
    assert data["findings"] == [] and data["summary"]["findings"] == 0
