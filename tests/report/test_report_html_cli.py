"""`--format html` on `dbperf audit`, `dbperf check` and `dbperf advise`, as a user runs them, on
tests/fixtures/broken (2,000 + 20,000 rows, a couple of seconds each, real PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.dbperf_cli import run_process
from tests.report.test_report_html import Page

pytestmark = [pytest.mark.db]

BROKEN = Path(__file__).resolve().parents[1] / "fixtures" / "broken"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html") / "shop"
    shutil.copytree(BROKEN, folder)
    return folder


def test_audit_writes_one_page_with_findings_plans_and_problems(project: Path) -> None:
    run = run_process("audit", ".", "--format", "html", "-o", "report.html", cwd=project)
    assert run.code == 0, run
    page = Page((project / "report.html").read_text(encoding="utf-8"))
    assert {a["data-rule"] for a in page.all("article")} >= {"missing-index"}
    assert page.all("table", **{"class": "plan"}), "the measured plans, as trees"
    assert "Seq Scan on orders" in page.plain
    assert "queries/app.sql:5" in page.plain, "input problems with their origin"
    report = json.loads(page.scripts[0])["report"]
    assert report["version"] == 1 and report["summary"]["findings"] == len(page.all("article"))


def test_check_page_states_the_verdict(project: Path) -> None:
    """The broken fixture's bad statements leave queries unchecked: the gate fails closed (exit 2),
    and the page says so, with what failed."""
    run = run_process(
        "check", ".", "--no-baseline", "--format", "html", "-o", "check.html", cwd=project
    )
    assert run.code == 2, run
    page = Page((project / "check.html").read_text(encoding="utf-8"))
    gate = json.loads(page.scripts[0])["gate"]
    assert gate["passed"] is False and gate["exit_code"] == 2
    assert f"✗ failed: {gate['summary']}" in page.plain
    for reason in gate["reasons"]:
        assert " ".join(reason.split()) in page.plain
    assert "INCOMPLETE" in run.err, "the verdict is also in the CI log"


def test_advise_page_shows_each_query_before_and_after(project: Path) -> None:
    run = run_process("advise", ".", "--format", "html", "-o", "advice.html", cwd=project)
    assert run.code == 0, run
    page = Page((project / "advice.html").read_text(encoding="utf-8"))
    advice = json.loads(page.scripts[0])["report"]["advice"]
    assert "Index advice (measured)" in page.plain
    assert advice["proposals"], "the broken fixture's orders (customer_id) gets an index"
    assert advice["queries_changed"] and "Shared buffers per query, before → after" in page.plain
    changed = advice["queries_changed"][0]
    assert changed["after_buffers"] < changed["before_buffers"]
