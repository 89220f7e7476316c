"""The gate on copies of the bundled example (fixtures/saas, ~1 M rows): the issue's acceptance tests.

The baseline of the unchanged example is recorded from the session's audit of it
(`saas_audit`, tests/conftest.py: the audit `dbperf baseline` runs, on the same
seeded data); each test audits one copy once, measuring afresh, except the one
that adds a query: like a CI run with the cache, it reuses the measurements of
the unchanged queries and measures the new one:

- the unchanged example passes against its own baseline (exit 0), and its
  SARIF validates against the official SARIF 2.1.0 schema and its JUnit
  parses;
- dropping `author_idx` from the copy's migration fails (exit 1) naming the
  moderation UPDATE of queries/app.sql and its plan change (the index scan
  on author_idx becomes a Seq Scan on posts, buffers jump);
- appending a query with `OFFSET 50000` to queries/app.sql fails with a new
  offset-pagination finding.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from dbperf.config import BASELINE_FILE
from dbperf.gate.baseline import from_report, load
from dbperf.gate.render import render
from dbperf.gate.run import CheckOptions, CheckRun, rules_run, run_check
from dbperf.pipeline import AuditResult
from dbperf.project import discover
from dbperf.rules import all_rules
from tests.seeded import shared_seed

SAAS = Path(__file__).resolve().parents[2] / "fixtures" / "saas"
SARIF_SCHEMA = Path(__file__).resolve().parents[1] / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"
MIGRATION = "lib/db/migrations/0001_brown_gorilla_man.sql"
AUTHOR_IDX = 'CREATE INDEX IF NOT EXISTS "author_idx" ON "posts" USING btree ("author_id");'
MODERATION = "queries/app.sql:49"  # UPDATE posts SET deleted = true … WHERE author_id = '…': uses author_idx


@pytest.fixture(scope="module")
def baseline_file(saas_audit: AuditResult, tmp_path_factory) -> Path:
    """The baseline `dbperf baseline` writes for the unchanged example (`run_baseline`: its audit, then
    `from_report`), from the session's audit of it; reused by every test of the module."""
    assert not saas_audit.empty  # run_baseline refuses a baseline measured on empty tables
    project = discover(SAAS)
    baseline = from_report(saas_audit.report, rules_run(project.config, None), root=project.root)
    path = tmp_path_factory.mktemp("saas-baseline") / BASELINE_FILE
    baseline.write(path)
    return path


def _copy(tmp_path: Path, baseline_file: Path) -> Path:
    copy = tmp_path / "saas"
    shutil.copytree(SAAS, copy)
    shutil.copy(baseline_file, copy / BASELINE_FILE)  # picked up by `check` automatically
    return copy


def _check(copy: Path, pg_server, memo: bool = False) -> CheckRun:
    return run_check(copy, options=CheckOptions(audit=shared_seed(pg_server, memo=memo)))


def _explain(result) -> str:
    """Everything needed to diagnose a gate that moved on unchanged input."""
    lines = [result.summary(), *result.reasons()]
    lines += [f"new: {g.status} {g.finding.severity} {g.identity}" for g in result.new_findings]
    lines += [f"fixed: {f.severity} {f.identity}" for f in result.fixed]
    lines += [f"regression: {r.query.fingerprint} {r.message()}" for r in result.regressions]
    lines += [f"plan change: {r.query.fingerprint} {r.message()}" for r in result.plan_changes]
    return "\n".join(lines + result.warnings)


def test_baseline_file_is_sorted_and_holds_no_captured_values(baseline_file: Path) -> None:
    text = baseline_file.read_text()
    data = json.loads(text)
    ids = [f["identity"] for f in data["findings"]]
    fps = [q["fingerprint"] for q in data["queries"]]
    assert ids == sorted(ids) and fps == sorted(fps)
    assert len(fps) >= 50 and len(ids) >= 20
    moderation = next(q for q in data["queries"] if MODERATION in q["origins"])
    assert "author_idx" in moderation["shape"] and moderation["buffers"] < 100
    # captured values (an e-mail of app.sql, a user id of the Drizzle log, a token) never reach the file
    for value in ("maya.chen@acme-labs.io", "Zr3xV0dQe8mY1sKp4TfB7nWc2LhJ9uGa", "ops@saasly.dev"):
        assert value not in text
    assert not any(o.startswith("/") for q in data["queries"] for o in q["origins"])  # relative to the project
    assert load(baseline_file).findings  # it reads back


def test_unchanged_example_passes_against_its_own_baseline(baseline_file, pg_server, tmp_path) -> None:
    run = _check(_copy(tmp_path, baseline_file), pg_server)
    result = run.result
    assert result.exit_code == 0, _explain(result)
    assert not result.regressions, _explain(result)
    # Rules whose verdict rests on a timed trial (a missing-index whose measured win is marginal) can come
    # and go between two audits of the same data: such noise is reported (new / fixed) but never blocks.
    assert not result.blocking_findings
    assert len(result.new_findings) + len(result.fixed) <= 2, _explain(result)
    assert len(result.existing_findings) >= len(run.baseline.findings) - 2

    # the outputs of this real run: SARIF validates, JUnit parses, Markdown says it passed
    sarif = json.loads(render(result, "sarif"))
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.validators.validator_for(schema)(schema).validate(sarif)
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert "How to fix it" in rules["missing-index"]["help"]["markdown"]
    results = sarif["runs"][0]["results"]
    assert len(results) == len(result.findings)
    assert all(r["baselineState"] == "unchanged" for r in results)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert any(u.endswith("queries/app.drizzle.log") for u in uris)
    assert any(u.endswith("lib/db/migrations/0000_loving_orphan.sql") for u in uris)  # DDL findings
    assert not any(u.startswith("/") for u in uris)

    junit = ET.fromstring(render(result, "junit"))
    assert junit.get("failures") == "0"
    assert int(junit.get("tests")) == len(result.report.queries) + len(all_rules()) + 2  # + the 2 gate checks
    assert render(result, "markdown").startswith("## ✅ dbperf check passed")


def test_dropping_an_index_a_query_needs_fails(baseline_file, pg_server, tmp_path) -> None:
    copy = _copy(tmp_path, baseline_file)
    migration = copy / MIGRATION
    text = migration.read_text()
    assert AUTHOR_IDX in text
    migration.write_text(text.replace(AUTHOR_IDX, ""))

    result = _check(copy, pg_server).result
    assert result.exit_code == 1
    regression = next(r for r in result.blocking_regressions if MODERATION in r.query.origins[0])
    assert regression.plan_changed and regression.buffers_regressed
    assert "author_idx" in " ".join(regression.removed_nodes)
    assert "Seq Scan on posts" in regression.added_nodes
    reasons = "\n".join(result.reasons())
    assert MODERATION in reasons and "Seq Scan on posts" in reasons and "author_idx" in reasons
    markdown = render(result, "markdown")
    assert "❌ dbperf check failed" in markdown and "Biggest plan regressions" in markdown
    assert MODERATION in markdown
    junit = ET.fromstring(render(result, "junit"))
    failed = [c for c in junit.iter("testcase") if c.find("failure") is not None]
    assert any(MODERATION in c.get("name") for c in failed)


def test_adding_a_deep_offset_query_fails(baseline_file, pg_server, tmp_path) -> None:
    copy = _copy(tmp_path, baseline_file)
    app_sql = copy / "queries" / "app.sql"
    lines = app_sql.read_text().splitlines()
    app_sql.write_text("\n".join(lines + [
        "",
        "-- Blog archive, page 2,501",
        "SELECT id, title, slug, created_at FROM posts WHERE published = true",
        "ORDER BY created_at DESC LIMIT 20 OFFSET 50000;",
    ]) + "\n")
    origin = f"queries/app.sql:{len(lines) + 3}"

    run = _check(copy, pg_server, memo=True)  # the unchanged queries' measurements are the baseline audit's
    print(f"\ncache {run.audit.report.database['cache']}, "
          f"{run.audit.report.database.get('measurements_reused')} measurements reused")
    result = run.result
    assert result.exit_code == 1
    new = [g for g in result.blocking_findings if g.finding.rule == "offset-pagination"]
    assert new and new[0].status == "new", "\n".join(result.reasons())
    assert any(o.endswith(origin) for o in new[0].finding.origins)
    assert any(q.fingerprint in new[0].finding.queries for q in result.new_queries)
    sarif = json.loads(render(result, "sarif"))
    states = {r["baselineState"] for r in sarif["runs"][0]["results"] if r["ruleId"] == "offset-pagination"}
    assert "new" in states
