"""The decision on hand-made reports (no database): what fails, what is new, fixed, regressed or ignored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import finding, plan, query, report

from dbperf.config import Config, Ignore
from dbperf.diagnostics import Problem
from dbperf.gate.baseline import Baseline, from_report, round_ms
from dbperf.gate.decide import evaluate

ROOT = Path(".")
RULES = ["missing-index", "offset-pagination", "over-select"]


def config(**gate) -> Config:
    c = Config(root=ROOT)
    for key, value in gate.items():
        setattr(c.gate, key, value)
    return c


def baseline_of(rep) -> Baseline:
    b = from_report(rep, RULES, root=ROOT)
    b.source = "base.json"
    return b


def test_without_baseline_findings_at_or_above_fail_on_fail() -> None:
    rep = report([finding(severity="warning"), finding(rule="offset-pagination", severity="error", columns=("id",))])
    result = evaluate(rep, config())
    assert result.exit_code == 1 and [g.finding.rule for g in result.blocking_findings] == ["offset-pagination"]
    only_warnings = evaluate(report([finding(severity="warning")]), config())
    assert only_warnings.passed and only_warnings.exit_code == 0
    assert not evaluate(report([finding(severity="warning")]), config(fail_on="warning")).passed
    assert evaluate(report([finding(severity="info")]), config(fail_on="warning")).passed


def test_against_a_baseline_only_new_findings_fail_and_gone_ones_are_fixed() -> None:
    old_error = finding(rule="offset-pagination", severity="error", columns=("id",))
    gone = finding(rule="over-select", severity="warning", columns=("content",))
    base = baseline_of(report([old_error, gone]))
    new_error = finding(rule="offset-pagination", severity="error", table="orders", columns=("id",),
                        queries=("bbbb000000000002",))
    result = evaluate(report([old_error, new_error]), config(), base)
    assert not result.passed
    assert [g.finding.table for g in result.blocking_findings] == ["orders"]
    assert {g.finding.table: g.status for g in result.findings} == {"posts": "existing", "orders": "new"}
    assert [f.rule for f in result.fixed] == ["over-select"]
    assert evaluate(report([old_error]), config(), base).passed  # the known error alone passes


def test_a_finding_that_only_gains_known_queries_is_the_same_one() -> None:
    known = finding(queries=("aaaa000000000001",))
    other = query("cccc000000000003", origin="queries/app.sql:9")
    base = baseline_of(report([known], [query(), other]))
    grown = finding(queries=("aaaa000000000001", "cccc000000000003"))
    result = evaluate(report([grown], [query(), other]), config(fail_on="warning"), base)
    assert result.passed and result.findings[0].status == "existing" and not result.fixed


def test_a_finding_that_gains_a_new_query_is_new() -> None:
    base = baseline_of(report([finding()]))
    new_query = query("dddd000000000004", origin="queries/app.sql:20")
    grown = finding(queries=("aaaa000000000001", "dddd000000000004"))
    result = evaluate(report([grown], [query(), new_query]), config(fail_on="warning"), base)
    assert not result.passed and result.findings[0].status == "new"
    assert "1 new query" in result.findings[0].note
    assert [q.fingerprint for q in result.new_queries] == ["dddd000000000004"]


def test_a_finding_whose_severity_rose_is_worse() -> None:
    base = baseline_of(report([finding(rule="offset-pagination", severity="warning")]))
    result = evaluate(report([finding(rule="offset-pagination", severity="error")]), config(), base)
    assert not result.passed and result.findings[0].status == "worse"


def test_findings_of_rules_that_did_not_run_are_not_fixed() -> None:
    base = baseline_of(report([finding(rule="over-select")]))
    result = evaluate(report([]), config(), base, rules_run=["missing-index"])
    assert result.fixed == []


def test_buffers_and_plan_shape_are_the_regression_signal() -> None:
    base = baseline_of(report([], [query(buffers=6, ms=0.02)]))
    seq = plan("Seq Scan", index=None, buffers=2500)
    result = evaluate(report([], [query(buffers=2500, ms=0.9, shape=seq)]), config(), base)
    assert not result.passed
    r = result.regressions[0]
    assert r.plan_changed and r.buffers_regressed and not r.time_regressed  # 0.9 ms < 0.02 + 50 ms margin
    assert r.removed_nodes == ["Index Scan on posts using author_idx"] and r.added_nodes == ["Seq Scan on posts"]
    assert "Index Scan on posts using author_idx → Seq Scan on posts" in r.message()
    assert "buffers 6 → 2,500" in r.message()
    assert "queries/app.sql:3" in result.reasons()[0]


def test_small_buffer_growth_and_plan_changes_alone_do_not_fail() -> None:
    base = baseline_of(report([], [query(buffers=6)]))
    bitmap = plan("Bitmap Heap Scan", index=None, buffers=40)
    result = evaluate(report([], [query(buffers=40, shape=bitmap)]), config(), base)  # +34 buffers < 100
    assert result.passed and not result.regressions
    assert len(result.plan_changes) == 1 and result.plan_changes[0].plan_changed
    cheaper = evaluate(report([], [query(buffers=2, shape=plan(index="other_idx", buffers=2))]), config(), base)
    assert cheaper.passed and cheaper.plan_changes


def test_time_is_secondary_with_a_noise_margin() -> None:
    base = baseline_of(report([], [query(ms=10.0, buffers=500)]))
    hash_join = plan("Hash Join", index=None, buffers=510)  # another plan, a few more buffers
    def run(ms: float, **gate):
        return evaluate(report([], [query(ms=ms, buffers=510, shape=hash_join)]), config(**gate), base)
    assert run(59.0).passed  # 5.9× but only +49 ms: within the default max(3×, +50 ms)
    assert not run(61.0).passed and run(61.0).regressions[0].time_regressed
    assert run(61.0, time_regressions=False).passed
    assert not run(31.0, time_factor=2.0, time_margin_ms=20.0).passed  # the margin is configurable
    slow_base = baseline_of(report([], [query(ms=400.0, buffers=500)]))
    def slow(ms: float):
        return evaluate(report([], [query(ms=ms, buffers=510, shape=hash_join)]), config(), slow_base)
    assert slow(1100.0).passed  # < 3×
    assert not slow(1300.0).passed


def test_the_same_plan_over_the_same_buffers_never_regresses_on_time() -> None:
    """A loaded machine triples single timings: without a plan or buffer change that is not a verdict."""
    base = baseline_of(report([], [query(ms=10.0, buffers=500)]))
    loaded = evaluate(report([], [query(ms=400.0, buffers=500)]), config(), base)
    assert loaded.passed and not loaded.regressions


def test_a_query_that_cannot_be_measured_any_more_regresses() -> None:
    base = baseline_of(report([], [query()]))
    broken = query(ms=None, buffers=None, error="canceling statement due to statement timeout")
    result = evaluate(report([], [broken]), config(), base)
    assert not result.passed and result.regressions[0].unmeasurable


def test_max_query_ms_with_per_query_overrides() -> None:
    slow = query("aaaa000000000001", ms=300.0, origin="queries/reports.sql:4")
    fast = query("bbbb000000000002", ms=30.0, origin="queries/app.sql:1")
    rep = report([], [slow, fast])
    result = evaluate(rep, config(max_query_ms=100.0))
    assert not result.passed and [s.query.fingerprint for s in result.slow] == ["aaaa000000000001"]
    assert evaluate(rep, config(max_query_ms=100.0, max_query_ms_for={"queries/reports.sql": 500.0})).passed
    assert evaluate(rep, config(max_query_ms=100.0, max_query_ms_for={"queries/*.sql": 500.0})).passed
    by_fp = evaluate(rep, config(max_query_ms=100.0, max_query_ms_for={"aaaa000000000001": 200.0}))
    assert not by_fp.passed and "aaaa000000000001" in by_fp.slow[0].limit_source
    # against a baseline where it was already too slow: reported, not failing
    base = baseline_of(report([], [query("aaaa000000000001", ms=280.0, origin="queries/reports.sql:4"), fast]))
    known = evaluate(rep, config(max_query_ms=100.0), base)
    assert known.passed and known.slow and not known.slow[0].blocking


def test_ignores_apply_expire_and_report_unmatched() -> None:
    error = finding(rule="offset-pagination", severity="error", columns=("id",))
    today = dt.date(2026, 5, 1)
    c = config()
    c.ignores = [
        Ignore(reason="legacy admin page", rule="offset-pagination", table="posts", index=0),
        Ignore(reason="gone table", rule="missing-index", table="legacy", index=1),
    ]
    result = evaluate(report([error]), c, today=today)
    assert result.passed and result.findings[0].status == "ignored"
    assert [n.status for n in result.ignores] == ["applied", "unmatched"]
    assert any("matches nothing" in w for w in result.warnings)

    c.ignores = [Ignore(reason="legacy admin page", rule="offset-pagination", expires=dt.date(2026, 1, 1))]
    expired = evaluate(report([error]), c, today=today)
    assert not expired.passed and expired.ignores[0].status == "expired"
    assert any("expired on 2026-01-01" in w for w in expired.warnings)


def test_ignore_a_regression_by_query() -> None:
    base = baseline_of(report([], [query(buffers=6)]))
    c = config()
    c.ignores = [Ignore(reason="reindexing on purpose", rule="plan-regression", query="queries/app.sql")]
    seq = plan("Seq Scan", index=None, buffers=2500)
    result = evaluate(report([], [query(buffers=2500, shape=seq)]), c, base)
    assert result.passed and result.regressions and result.regressions[0].ignored_by is not None


def test_seed_mismatch_is_a_warning() -> None:
    base = baseline_of(report([]))
    base.seed = 7
    assert any("seed 7" in w for w in evaluate(report([]), config(), base).warnings)


def test_round_ms_keeps_two_significant_digits() -> None:
    assert [round_ms(x) for x in (0.01234, 1.26, 105.465, 2072.051, 0.0)] == [0.012, 1.3, 110.0, 2100.0, 0.0]


def test_baseline_round_trips(tmp_path: Path) -> None:
    from dbperf.gate.baseline import load

    rep = report([finding(), finding(rule="over-select", columns=("content",))], [query(), query("bbbb000000000002")])
    b = baseline_of(rep)
    path = tmp_path / "b.json"
    b.write(path)
    again = load(path)
    assert again.to_dict() == b.to_dict()
    assert path.read_text() == b.dumps()  # deterministic text


def test_the_gate_fails_closed_on_what_it_could_not_check() -> None:
    crashed = report([])
    crashed.problems.append(Problem("rules", "rule missing-index failed: KeyError 'x'", severity="error"))
    result = evaluate(crashed, config())
    assert result.exit_code == 2 and not result.passed
    assert result.summary().startswith("INCOMPLETE") and "rule missing-index failed" in result.reasons()[0]

    unmeasured = report([], [query(ms=None, buffers=None, error="canceling statement due to statement timeout")])
    assert evaluate(unmeasured, config()).exit_code == 2
    lenient = evaluate(unmeasured, config(fail_on_incomplete=False))
    assert lenient.exit_code == 0 and "not checked by this run" in lenient.warnings[0]

    warned = report([])
    warned.problems.append(Problem("capture", "skipped 1 statement(s)"))  # a warning: input skipped, not a gap
    assert evaluate(warned, config()).exit_code == 0
