"""unused-index with production's idx_scan (stats.json): replayed on the recorded unused_index case."""

from __future__ import annotations

from pathlib import Path

from dbperf.rules import unused_index
from tests.rules.case import CASES_DIR, load_case
from tests.rules.replay import replay_context


def _findings(tmp_path: Path, scans: dict[tuple[str, str], int]) -> dict[str, object]:
    ctx = replay_context(load_case(CASES_DIR / "unused_index.toml"), tmp_path)
    ctx.config.index_scans = scans
    ctx.lab = None  # the write-cost trials of other indexes were not recorded: heuristic findings
    return {f.evidence["index"]: f for f in unused_index.check(ctx)}


def test_without_stats_an_index_no_captured_query_reads_is_info(tmp_path):
    found = _findings(tmp_path, {})
    assert set(found) == {"posts_created_at_idx"}
    assert found["posts_created_at_idx"].severity == "info"
    assert "no captured query used it" in found["posts_created_at_idx"].message


def test_idx_scan_zero_in_production_is_a_warning_and_idx_scan_above_zero_is_not_reported(tmp_path):
    found = _findings(tmp_path, {
        ("posts", "posts_created_at_idx"): 1200,  # production reads it: the capture is partial
        ("audit_log", "audit_log_at_idx"): 0,  # no captured query touches the table, production never scans it
        ("posts", "posts_title_idx"): 0,  # a captured query reads it here, production never does
        ("posts", "posts_author_id_idx"): 0,  # a foreign key's only index: never reported
        ("posts", "posts_slug_key"): 0,  # UNIQUE: never reported
    })
    assert set(found) == {"audit_log_at_idx", "posts_title_idx"}
    audit = found["audit_log_at_idx"]
    assert audit.severity == "warning" and "idx_scan = 0" in audit.message
    assert audit.evidence["production_idx_scan"] == 0
    assert audit.fix.sql == "DROP INDEX CONCURRENTLY IF EXISTS audit_log_at_idx;"
    title = found["posts_title_idx"]
    assert title.severity == "warning" and "yet 1 captured query reads it here" in title.message
    assert title.queries
