"""`[thresholds] unbounded_rows` decides what unbounded-select reports (on the recorded case)."""

from __future__ import annotations

from pathlib import Path

from dbperf.rules import get_rule
from tests.rules.case import all_cases
from tests.rules.replay import replay_context


def test_unbounded_rows_threshold(tmp_path: Path) -> None:
    case = next(c for c in all_cases() if c.name == "unbounded_select")
    ctx = replay_context(case, tmp_path)
    rule = get_rule("unbounded-select")
    assert ctx.config.unbounded_rows == 1_000
    (finding,) = rule.check(ctx)
    assert finding.table == "posts" and finding.evidence["rows_per_call"] == 20_000
    ctx.config.unbounded_rows = 20_001  # the whole table of 20,000 posts is now below the threshold
    assert list(rule.check(ctx)) == []
