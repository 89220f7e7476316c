"""`Report` keeps findings in severity order and counts them."""

from __future__ import annotations

import pytest

from dbperf.captured import CapturedStatement
from dbperf.diagnostics import Origin
from dbperf.explain.measurement import Measurement
from dbperf.findings import Finding
from dbperf.report.model import QueryReport, Report
from dbperf.workload import QueryGroup


def test_findings_sorted_and_grouped(make_report) -> None:
    report = make_report()
    assert [f.severity for f in report.findings] == ["error", "warning", "info"]
    assert {s: len(fs) for s, fs in report.by_severity().items()} == {
        "error": 1,
        "warning": 1,
        "info": 1,
    }
    assert report.queries_measured == 1
    assert report.total_seconds == pytest.approx(12.25)


def test_unknown_severity_is_refused() -> None:
    with pytest.raises(ValueError, match="severity"):
        Report(findings=[Finding(rule="x", severity="fatal", message="m", proof="heuristic")])


def test_query_report_joins_group_and_measurement(make_report) -> None:
    origin = Origin("logs/app.log", 3)
    group = QueryGroup(
        fingerprint="f1",
        sql="SELECT * FROM orders WHERE id = $1",
        example=CapturedStatement("SELECT * FROM orders WHERE id = 7", origin),
        kind="select",
        calls=2,
        origins=[origin],
    )
    assert QueryReport.from_group(group).error == "not measured"
    plan = make_report().queries[0].plan
    m = Measurement("f1", group.sql, params_source="captured", plan=plan, ms=1.5, buffers=3, rows=1)
    query = QueryReport.from_group(group, m)
    assert query.measured and query.ms == 1.5 and query.origins == ("logs/app.log:3",)
