"""The gate's outputs on hand-made results (no database): SARIF 2.1.0 (schema-valid), JUnit XML,
GitHub annotations, Markdown and JSON."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from conftest import finding, plan, query, report

from dbperf.config import Config, Ignore
from dbperf.gate.baseline import from_report
from dbperf.gate.decide import evaluate
from dbperf.gate.github import annotations, command, publish_ci
from dbperf.gate.render import render
from dbperf.rules import all_rules

SARIF_SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"


@pytest.fixture
def result(tmp_path: Path):
    """A failing gate: a new error, a known warning, a fixed finding, a regression, a slow query, an ignore."""
    root = tmp_path / "app"
    (root / "queries").mkdir(parents=True)
    origin = str(root / "queries" / "app.sql")
    known = finding(origins=(f"{origin}:3",))
    fixed = finding(rule="over-select", columns=("content",), origins=(f"{origin}:3",))
    q1 = query(origin=f"{origin}:3", buffers=6)
    q2 = query("bbbb000000000002", origin=f"{origin}:7", ms=900.0, buffers=50, sql="SELECT count(*) FROM posts")
    base = from_report(report([known, fixed], [q1, q2]), [r.id for r in all_rules()], root=root)
    base.source = ".dbperf-baseline.json"
    new = finding(rule="offset-pagination", severity="error", columns=("created_at", "id"),
                  queries=("cccc000000000003",), origins=(f"{origin}:12", f"{origin}:14"),
                  message='OFFSET pagination on posts: page 2,500 takes 70 ms, "100%" slower, a|b')
    ddl = finding(rule="duplicate-index", table="user", columns=("email",), queries=(),
                  origins=(str(root / "schema.sql") + ":9",), message="duplicate index")
    ignored = finding(rule="missing-index", table="orders", columns=("status",), queries=(), origins=())
    q3 = query("cccc000000000003", origin=f"{origin}:12")
    seq = plan("Seq Scan", index=None, buffers=2400)
    current = report([known, new, ddl, ignored],
                     [query(origin=f"{origin}:3", buffers=2400, ms=0.9, shape=seq), q2, q3])
    config = Config(root=root)
    config.gate.max_query_ms = 500.0
    config.ignores = [Ignore(reason="runs on a replica", rule="missing-index", table="orders"),
                      Ignore(reason="old", rule="n-plus-one", index=1)]
    return evaluate(current, config, base, root=root, rules_run=[r.id for r in all_rules()])


def test_decision_of_the_fixture(result) -> None:
    assert result.exit_code == 1
    assert {g.finding.rule for g in result.blocking_findings} == {"offset-pagination"}
    assert [f.rule for f in result.fixed] == ["over-select"]
    assert result.regressions and result.slow and not result.slow[0].blocking  # slow in the baseline already


def test_sarif_validates_against_the_official_schema(result) -> None:
    sarif = json.loads(render(result, "sarif"))
    schema = json.loads(SARIF_SCHEMA.read_text())
    assert schema["id"].endswith("sarif-schema-2.1.0.json")
    jsonschema.Draft4Validator(schema).validate(sarif)
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids[: len(all_rules())] == [r.id for r in all_rules()] and "plan-regression" in ids
    missing = next(r for r in rules if r["id"] == "missing-index")
    doc = next(r for r in all_rules() if r.id == "missing-index").sections()
    assert doc["How to fix it"].splitlines()[0] in missing["help"]["markdown"]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    offset = by_rule["offset-pagination"]
    assert offset["level"] == "error" and offset["baselineState"] == "new"
    assert offset["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "queries/app.sql"},
                                                          "region": {"startLine": 12}}
    assert offset["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 14
    assert len(offset["partialFingerprints"]["dbperfIdentity/v1"]) == 32
    assert by_rule["duplicate-index"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "schema.sql"
    assert by_rule["missing-index"]["level"] == "warning"
    assert any(r.get("suppressions") for r in run["results"])  # the ignored finding
    assert by_rule["plan-regression"]["level"] == "error"
    assert ids[by_rule["plan-regression"]["ruleIndex"]] == "plan-regression"


def test_sarif_of_a_plain_report_is_valid_too() -> None:
    from dbperf.gate.sarif import render_sarif

    sarif = json.loads(render_sarif(report([finding(), finding(origins=())]), root=Path(".")))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(sarif)
    assert all("baselineState" not in r for r in sarif["runs"][0]["results"])


def test_junit_parses_with_one_case_per_query_group_and_rule(result) -> None:
    root = ET.fromstring(render(result, "junit"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    queries, rules = suites["dbperf.queries"], suites["dbperf.rules"]
    assert len(queries.findall("testcase")) == len(result.report.queries)
    assert [c.get("name") for c in rules.findall("testcase")] == [r.id for r in all_rules()] + ["plan-regression",
                                                                                                "slow-query"]
    failed = {c.get("name").split(" ")[0] for c in root.iter("testcase") if c.find("failure") is not None}
    assert failed == {"queries/app.sql:3", "queries/app.sql:12", "offset-pagination", "plan-regression"}
    assert int(root.get("failures")) == 4 and int(root.get("tests")) == 3 + len(all_rules()) + 2
    q12 = next(c for c in queries if c.get("name").startswith("queries/app.sql:12"))
    assert q12.get("file") == "queries/app.sql" and q12.get("line") == "12"


def test_github_annotations(result) -> None:
    lines = annotations(result)
    assert lines[0].startswith("::error file=queries/app.sql,line=12,title=dbperf offset-pagination on posts "
                               "(created_at%2C id)::OFFSET pagination")
    assert "%25" in lines[0]  # "100%" escaped
    assert any(line.startswith("::error file=queries/app.sql,line=3,title=dbperf plan regression::") for line in lines)
    assert any(line.startswith("::warning title=dbperf::[[ignore]] #2") for line in lines)
    assert command("error", "a: b, c", "x\ny", None) == "::error title=a%3A b%2C c::x%0Ay"


def test_publish_ci_writes_annotations_and_the_step_summary(result, tmp_path: Path) -> None:
    out = io.StringIO()
    summary = tmp_path / "summary.md"
    publish_ci(result, annotations_to=out, environ={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert out.getvalue().startswith("::error ")
    text = summary.read_text()
    assert text.startswith("## ❌ dbperf check failed")
    quiet = io.StringIO()
    publish_ci(result, annotations_to=quiet, environ={})
    assert quiet.getvalue() == ""


def test_markdown_summary(result) -> None:
    md = render(result, "markdown")
    assert md.startswith("## ❌ dbperf check failed")
    assert "### New findings" in md and "`offset-pagination`" in md and "a\\|b" in md
    assert "### Fixed findings (1)" in md and "`over-select`" in md
    assert "### Biggest plan regressions" in md
    assert "Index Scan on posts using author_idx → Seq Scan on posts" in md
    assert "queries/app.sql:3" in md and str(result.root) not in md  # repo-relative paths
    assert "### Warnings" in md and "matches nothing" in md


def test_json_output(result) -> None:
    data = json.loads(render(result, "json"))
    gate = data["gate"]
    assert gate["passed"] is False and gate["exit_code"] == 1
    assert [f["rule"] for f in gate["findings"] if f["blocking"]] == ["offset-pagination"]
    assert gate["fixed"][0]["rule"] == "over-select"
    assert gate["regressions"][0]["nodes_added"] == ["Seq Scan on posts"]
    assert data["report"]["version"] == 1


def test_rich_output(result) -> None:
    text = render(result, "rich", to_file=True)
    assert "Failing findings (1)" in text and "Regressions (1)" in text and "Fixed (1)" in text
    assert "FAILED" in text


def test_without_a_baseline_nothing_is_called_new() -> None:
    """No baseline: findings under fail_on are listed as such, not as 'new' (there is nothing to be new to)."""
    text = render(evaluate(report([finding(severity="warning")]), Config(root=Path("."))), "rich", to_file=True)
    assert "Findings below fail_on = error (1)" in text and "New findings" not in text
