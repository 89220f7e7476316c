"""The advisor on the seeded B2B example (~300k rows): it changes the database only through the Lab,
which undoes every build (also when the advisor fails half-way); a build that runs out of time is a
result; machine load (milliseconds) never changes what it proposes or rejects; and every candidate
it considered is either proposed or named with the reason it was not."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from dbperf.advisor.advise import advise
from dbperf.advisor.candidates import candidates
from dbperf.advisor.console import render
from dbperf.advisor.decision import rewrite_instead
from dbperf.advisor.model import BUDGET, REASONS, Advice
from dbperf.pipeline import measured_context
from dbperf.explain.builds import BuildFailure, Builds, Built
from dbperf.explain.inspect import prepare_ddl
from dbperf.explain.measurement import Measurement
from dbperf.findings import IndexChange
from dbperf.project import discover
from tests.seeded import shared_seed

B2B = Path(__file__).resolve().parents[2] / "fixtures" / "b2b"
TASKS_BY_ASSIGNEE = IndexChange(action="create", name="tasks_assignee_id_idx", table="tasks", columns=("assignee_id",))
EVENTS_BY_TENANT = IndexChange(action="create", name="events_tenant_id_occurred_at_idx", table="events",
                               columns=("tenant_id", "occurred_at"))


def _indexes(ctx) -> set[str]:
    return {r[0] for r in ctx.lab.db.fetchall("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}


def _identity(advice: Advice) -> list[tuple]:
    return [(p.action, p.change.name, p.queries, p.level) for p in advice.proposals]


@dataclass
class Runs:
    plain: Advice
    noisy: Advice
    one: Advice  # --max-indexes 1
    considered: set[str]  # every candidate index name the advisor starts from
    left_as_before: bool  # after all three runs and the failed one, the same indexes as before
    failed_with: str  # the error raised half-way through a run (the undo still happened)
    after_failure: bool


class _NoisyLab:
    """The real Lab, whose milliseconds are scaled by up to 4x either way (a loaded machine)."""

    def __init__(self, lab: Any) -> None:
        self.lab, self.calls = lab, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.lab, name)

    def _noise(self, m: Measurement) -> Measurement:
        self.calls += 1
        factor = (0.25, 4.0, 1.0, 3.0, 0.5)[self.calls % 5]
        return replace(m, ms=m.ms * factor) if m.ms is not None else m

    def measure(self, group, sql=None) -> Measurement:
        return self._noise(self.lab.measure(group, sql))

    def trial(self, ddl, groups, raw=()) -> list[Measurement]:
        return [self._noise(m) for m in self.lab.trial(ddl, groups, raw)]


class _FailingLab(_NoisyLab):
    """The real Lab, failing on the first measurement after an index was built for real."""

    def _noise(self, m: Measurement) -> Measurement:
        return m

    def measure(self, group, sql=None) -> Measurement:
        if self.lab.builds.live:
            raise RuntimeError("the connection dropped")
        return self.lab.measure(group, sql)


@pytest.fixture(scope="module")
def runs(pg_server) -> Runs:
    with measured_context(discover(B2B), shared_seed(pg_server, seed=7)) as ctx:
        before = _indexes(ctx)
        plain = advise(ctx)
        noisy = advise(replace(ctx, lab=_NoisyLab(ctx.lab)))
        one = advise(ctx, max_indexes=1)
        with pytest.raises(RuntimeError) as failure:
            advise(replace(ctx, lab=_FailingLab(ctx.lab)))
        after_failure = _indexes(ctx) == before
        considered = {c.name for cand in candidates(ctx) if not any(rewrite_instead(ctx, c) for c in cand.changes)
                      for c in cand.changes}
        return Runs(plain, noisy, one, considered, _indexes(ctx) == before, str(failure.value), after_failure)


def test_machine_load_does_not_change_the_advice(runs: Runs) -> None:
    """Milliseconds scaled 0.25x..4x on every measurement: the same proposals, the same rejections
    with the same reasons (buffers, rows and plan shape decide; time is reported)."""
    assert runs.plain.creates
    assert _identity(runs.noisy) == _identity(runs.plain)
    assert [(r.index, r.reason) for r in runs.noisy.rejected] == [(r.index, r.reason) for r in runs.plain.rejected]


def test_every_candidate_is_proposed_or_named_with_its_reason(runs: Runs) -> None:
    for advice in (runs.plain, runs.one):
        proposed = {p.change.name for p in advice.proposals if p.action == "create"}
        rejected = {r.index for r in advice.rejected}
        assert runs.considered <= proposed | rejected, sorted(runs.considered - proposed - rejected)
        assert not proposed & rejected
        assert all(r.reason in REASONS and r.detail for r in advice.rejected)
    [kept] = runs.one.creates
    assert kept.change.name == runs.plain.creates[0].change.name
    budget = [r for r in runs.one.rejected if r.reason == BUDGET]
    assert {p.change.name for p in runs.plain.creates[1:]} <= {r.index for r in budget}
    assert all("--max-indexes 1" in r.detail for r in budget)
    assert [r["reason"] for r in runs.one.to_json()["rejected"]] == [r.reason for r in runs.one.rejected]


def test_the_console_says_why_each_candidate_was_not_proposed(runs: Runs) -> None:
    console = Console(file=io.StringIO(), width=200, record=True)
    render(runs.one, console)
    text = console.export_text()
    for r in runs.one.rejected:
        assert f"not proposed {r.index} ({r.reason}): {r.detail}" in text


def test_the_advisor_leaves_the_database_as_it_was_even_when_it_fails(runs: Runs) -> None:
    assert runs.failed_with == "the connection dropped"
    assert runs.after_failure and runs.left_as_before


def test_the_lab_builds_keeps_and_undoes(pg_server) -> None:
    with measured_context(discover(B2B), shared_seed(pg_server, seed=7)) as ctx:
        before = _indexes(ctx)
        built = ctx.lab.build([TASKS_BY_ASSIGNEE])
        assert isinstance(built, list) and [b.change for b in built] == [TASKS_BY_ASSIGNEE]
        [b] = built
        assert isinstance(b, Built) and b.size_bytes > 0 and b.ms > 0 and b.names == {"tasks_assignee_id_idx"}
        assert _indexes(ctx) == before | {"tasks_assignee_id_idx"}
        ctx.lab.unbuild([TASKS_BY_ASSIGNEE])
        assert _indexes(ctx) == before
        ctx.lab.build([TASKS_BY_ASSIGNEE])
        ctx.lab.build([EVENTS_BY_TENANT])
        assert len(_indexes(ctx) - before) == 2
        ctx.lab.undo_builds()
        assert _indexes(ctx) == before


def test_a_build_that_runs_out_of_time_is_a_result(pg_server) -> None:
    with measured_context(discover(B2B), shared_seed(pg_server, seed=7)) as ctx:
        before = _indexes(ctx)
        timeout = ctx.lab.db.fetchval("SHOW statement_timeout")
        builds = Builds(ctx.lab.db, 1, prepare_ddl)  # 1 ms: no index on 100k+ rows builds in time
        failure = builds.build([TASKS_BY_ASSIGNEE, EVENTS_BY_TENANT])
        assert isinstance(failure, BuildFailure) and failure.reason == "timeout"
        assert "timed out after" in failure.detail and "index_build_timeout_ms = 1" in failure.detail
        assert _indexes(ctx) == before and builds.live == []
        assert ctx.lab.db.fetchval("SHOW statement_timeout") == timeout  # the measuring timeout is back
        broken = replace(TASKS_BY_ASSIGNEE, name="tasks_nope_idx", columns=("no_such_column",))
        failed = Builds(ctx.lab.db, 60_000, prepare_ddl).build([broken])
        assert isinstance(failed, BuildFailure) and failed.reason == "build failed"
        assert "no_such_column" in failed.detail and _indexes(ctx) == before


def test_the_advisor_reaches_the_database_only_through_the_lab() -> None:
    """No advisor module imports a database driver or reads a Lab's `.db` (issue 14.3)."""
    import ast

    import dbperf.advisor

    for module in sorted(Path(dbperf.advisor.__file__).parent.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {m for m in imported if m.startswith(("psycopg", "dbperf.postgres"))}, module.name
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "db"], module.name
