"""Which index scans skip through a B-tree (`rules/skip_scans.py`), read from PostgreSQL 18's plans.

The plans are those recorded for the `missing_index_skip_scan` case (real EXPLAIN ANALYZE output of
the embedded PostgreSQL 18), so this runs without a database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.rules.skip_scans import condition_columns, skip_scans
from tests.rules.case import CASES_DIR, load_case
from tests.rules.replay import replay_context


@pytest.mark.parametrize("condition, columns", [
    ("((org_id = $1) AND (user_id = $2))", {"org_id": "equality", "user_id": "equality"}),
    ("(user_id = ANY ($1::integer[]))", {"user_id": "equality"}),
    ("(created_at > (now() - $1::interval))", {"created_at": "other"}),
    ("(user_id = m.id)", {"user_id": "equality"}),  # a join key: the index key is on the left
    ("(deleted_at IS NULL)", {"deleted_at": "equality"}),
    ("(deleted_at IS NOT NULL)", {"deleted_at": "other"}),
    ('("orgId" = $1)', {"orgId": "equality"}),
    ("((created_at > $1) AND (created_at = $2))", {"created_at": "equality"}),
    ("(lower(email) = $1)", {}),  # an expression key: not a column
    ("(condition)", {}),  # what mask_constants leaves of an unparsable condition
    ("((", {}),
])
def test_condition_columns(condition: str, columns: dict) -> None:
    assert condition_columns(condition) == columns


def _scans(tmp_path: Path) -> dict[str, list]:
    """Each recorded query's SQL -> the skip scans of its plan."""
    ctx = replay_context(load_case(CASES_DIR / "missing_index_skip_scan.toml"), tmp_path)
    found = {}
    for group in ctx.groups():
        plan = ctx.measurements[group.fingerprint].plan
        found[group.sql] = [skip for node in plan.walk() if node.relation
                            for skip in skip_scans(node, ctx.table(node.relation), ctx.schema)]
    return found


def test_a_filter_on_the_second_key_column_skips_the_first(tmp_path: Path) -> None:
    scans = _scans(tmp_path)
    [members] = scans["SELECT org_id, role FROM memberships WHERE user_id = $1"]
    assert (members.index, members.key, members.skipped) == ("memberships_pkey", ("org_id", "user_id"), ("org_id",))
    assert members.node_type == "Index Scan" and members.rows == 15
    # one descent per org: 100 orgs seeded; the index pages are the buffers less one heap page per row
    assert members.searches == 101 and members.index_page_visits == 216 - 15
    [recent] = scans["SELECT count(*) FROM comments WHERE created_at > now() - interval $1"]
    assert (recent.index, recent.skipped, recent.node_type) == (
        "comments_article_id_created_at_idx", ("article_id",), "Index Only Scan")
    # rows: comments newer than now() - interval, so each re-recording finds a few fewer, and the index
    # pages visited for them move with them (1,544 recorded at 03:14, 1,558 at 05:38 the same day)
    assert 15_000 < recent.rows < 16_500 and 1_450 < recent.index_page_visits < 1_650 and recent.searches == 178


def test_a_lookup_by_the_leading_columns_does_not_skip(tmp_path: Path) -> None:
    scans = _scans(tmp_path)
    assert scans["SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2"] == []
    assert scans["SELECT count(*) FROM comments WHERE article_id = $1 AND created_at > now() - interval $2"] == []
