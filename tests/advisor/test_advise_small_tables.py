"""Index advice on tables under `large_table_rows` (issue 16: index_advisor's verification(identifier)
and projects(tenant_id …) on saas and b2b, where dbperf proposed nothing), on a small seeded app
(tests/advisor/smalltables_app): a hot query on a 40,000-row table sets the workload bar (0.2 % of
its buffers: 160), a lookup that reads the whole 5,000-row `verifications` to return one row gets
its index by the query bar (16 buffers saved on one call), its INSERT weighed; a lookup in the
1,000-row `tags`, where an index saves 4 of 7 pages, is a trivial gain: not proposed, and the JSON
and the console say why."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.console import Console

from dbperf.advisor.advise import MIN_QUERY_BUFFERS, advise
from dbperf.advisor.console import render
from dbperf.advisor.model import NO_GAIN, Advice
from dbperf.pipeline import AuditOptions, measured_context
from dbperf.project import discover

APP = Path(__file__).resolve().parent / "smalltables_app"


@dataclass
class Run:
    advice: Advice
    line: dict[int, str]  # app.sql line -> fingerprint
    rows: dict[str, int]  # seeded rows per table
    large_table_rows: int
    base_buffers: dict[str, int]  # one call's shared buffers as the audit measured it, per measured query
    console: str


@pytest.fixture(scope="module")
def run(pg_server) -> Run:
    with measured_context(discover(APP), AuditOptions(server_uri=pg_server.uri)) as ctx:
        line = {int(min(str(o) for o in g.origins).rsplit(":", 1)[1]): g.fingerprint for g in ctx.groups()}
        rows = {name: ctx.table(name).rows or 0 for name in ("events", "verifications", "tags")}
        base = {fp: m.buffers or 0 for fp, m in ctx.measurements.items() if m.ok}
        advice = advise(ctx)
        threshold = ctx.config.large_table_rows
    console = Console(file=io.StringIO(), width=200, record=True)
    render(advice, console)
    return Run(advice, line, rows, threshold, base, " ".join(console.export_text().split()))


def test_the_tables_are_small_next_to_a_large_one(run: Run) -> None:
    assert run.rows["events"] >= run.large_table_rows
    assert run.rows["verifications"] < run.large_table_rows and run.rows["tags"] < run.large_table_rows


def test_a_lookup_reading_a_whole_small_table_gets_its_index(run: Run) -> None:
    """SELECT … FROM verifications WHERE identifier = $1, once in the capture: under the workload bar
    (160 buffers), but one call reads every page of the table to return one row; with the index it
    reads a few, and takes less time. Its INSERT was measured with the index (write cost weighed)."""
    lookup = run.line[1]
    [p] = [p for p in run.advice.creates if p.table == "verifications"]
    assert p.columns == ("identifier",) and lookup in p.queries
    assert p.before_buffers is not None and p.after_buffers is not None
    assert p.before_buffers - p.after_buffers >= MIN_QUERY_BUFFERS
    assert p.after_buffers * 4 <= p.before_buffers, (p.before_buffers, p.after_buffers)
    assert p.before_ms is not None and p.after_ms is not None and p.after_ms < p.before_ms
    assert "the query bar" in p.change.reason and "app.sql:1 reads" in p.change.reason
    changed = {c.query: c for c in run.advice.queries_changed}
    assert changed[lookup].after_buffers * 4 <= changed[lookup].before_buffers
    assert p.write_overhead_calls == 1  # the INSERT on verifications (app.sql:2)
    assert run.line[2] in run.base_buffers, "the INSERT was measured, so its cost is weighed"


def test_a_trivial_gain_on_a_tiny_table_is_not_proposed_and_says_why(run: Run) -> None:
    """SELECT id FROM tags WHERE label = $1: an index examines 1 row instead of 1,000 (verified), but
    saves 4 of 7 pages on one call: under both bars, so no index, and the reason is stated."""
    assert run.base_buffers[run.line[3]] < MIN_QUERY_BUFFERS
    assert not [p for p in run.advice.creates if p.table == "tags"]
    rejected = {r["index"]: r for r in json.loads(json.dumps(run.advice.to_json()))["rejected"]}
    tags = rejected["tags_label_idx"]
    assert tags["reason"] == NO_GAIN
    assert "under --min-gain" in tags["detail"] and "a trivial gain" in tags["detail"]
    assert f"not proposed tags_label_idx ({NO_GAIN}): {tags['detail']}" in run.console


def test_the_hot_query_on_the_large_table_still_clears_the_workload_bar(run: Run) -> None:
    events = [p for p in run.advice.creates if p.table == "events"]
    assert events and run.line[4] in events[0].queries
    assert "the query bar" not in events[0].change.reason
