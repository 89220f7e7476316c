"""`python -m tests.rules.record` on PostgreSQL: the recording replays to exactly the live findings."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from tests.rules.case import CASES_DIR, load_case
from tests.rules.record import record


def test_a_recorded_case_replays_the_findings_of_the_live_audit(pg_server, tmp_path: Path) -> None:
    case = replace(load_case(CASES_DIR / "offset_pagination.toml"),
                   recorded_dir=tmp_path / "recorded", snapshots_dir=tmp_path / "snapshots")
    record(case, pg_server.uri, tmp_path / "work")  # stops when the replay differs from the live run

    recording = json.loads(case.recording.read_text())
    assert recording["digest"] == case.digest() and recording["postgres"].startswith("18")
    calls = {call["call"] for call in recording["lab"]}
    assert {"measure_raw", "trial", "fetch"} <= calls  # the cost curve, the keyset trial, its cursor
    assert "$CASE/" in case.recording.read_text() and str(tmp_path) not in case.recording.read_text()
    found = json.loads(case.snapshot.read_text())["rules"]["offset-pagination"]
    assert [(f["table"], f["columns"]) for f in found] == [("posts", ["created_at", "id"])]
    assert found[0]["evidence"]["cost_curve"] and found[0]["fix"]["sql"].count("$") >= 1
