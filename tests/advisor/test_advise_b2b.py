"""The index advisor on the small B2B example (~300k rows): same inputs and seed give the same
proposals, and the budgets (`--max-indexes`, `--max-size`) hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.advisor.advise import Advice, advise
from dbperf.pipeline import measured_context
from dbperf.project import discover
from tests.seeded import shared_seed

B2B = Path(__file__).resolve().parents[2] / "fixtures" / "b2b"
MIN_GAIN = 0.002


def _identity(advice: Advice) -> list[tuple]:
    """What a reviewer reads: which index, on what, for which queries (not the milliseconds)."""
    return [(p.action, p.change.name, p.table, p.columns, p.change.where, p.sql, p.queries, p.level)
            for p in advice.proposals]


@pytest.fixture(scope="module")
def runs(pg_server) -> dict[str, Advice]:
    """Two separate runs (seeded, measured, advised), and the budgeted runs on the second database."""
    out = {}
    with measured_context(discover(B2B), shared_seed(pg_server, seed=7)) as ctx:
        out["first"] = advise(ctx, min_gain=MIN_GAIN)
    with measured_context(discover(B2B), shared_seed(pg_server, seed=7)) as ctx:
        out["second"] = advise(ctx, min_gain=MIN_GAIN)
        out["two"] = advise(ctx, min_gain=MIN_GAIN, max_indexes=2)
        out["small"] = advise(ctx, min_gain=MIN_GAIN, max_size_bytes=2 * 2**20)
    return out


def test_same_inputs_and_seed_give_the_same_proposals(runs: dict[str, Advice]) -> None:
    first, second = runs["first"], runs["second"]
    assert first.creates and first.drops
    assert _identity(first) == _identity(second)
    assert first.queries == second.queries and first.addressable_queries == second.addressable_queries


def test_max_indexes_keeps_the_best_ones(runs: dict[str, Advice]) -> None:
    full, two = runs["second"], runs["two"]
    assert len(full.creates) > 2
    assert [p.change.name for p in two.creates] == [p.change.name for p in full.creates[:2]]
    assert two.after_ms < two.before_ms


def test_max_size_is_respected(runs: dict[str, Advice]) -> None:
    full, small = runs["second"], runs["small"]
    assert sum(p.size_bytes for p in full.creates) > 2 * 2**20, "the budget must actually bind"
    assert small.creates and sum(p.size_bytes for p in small.creates) <= 2 * 2**20
    assert small.after_ms < small.before_ms
    too_big = [p.change.name for p in full.creates if p.size_bytes > 2 * 2**20]
    assert too_big and not {p.change.name for p in small.creates} & set(too_big)
