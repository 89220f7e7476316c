"""`dbperf advise` from the command line, on the small B2B example (~300k rows, a few seconds)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dbperf_cli import invoke

B2B = Path(__file__).resolve().parents[2] / "fixtures" / "b2b"


def _dbperf(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dbperf", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600, check=False)


@pytest.mark.db
def test_advise_json_and_dry_run(tmp_path: Path) -> None:
    out = tmp_path / "migrations"
    run = _dbperf("advise", str(B2B), "--format", "json", "--write-migrations", str(out), "--dry-run", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    advice = json.loads(run.stdout)
    assert advice["version"] == 1
    assert advice["workload"]["after_ms"] < advice["workload"]["before_ms"]
    creates = [p for p in advice["proposals"] if p["action"] == "create"]
    assert creates and all("CREATE INDEX" in p["sql"] and p["queries"] for p in creates)
    assert any(p["action"] == "drop" and p["table"] == "memberships" for p in advice["proposals"])  # duplicate
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS" in run.stderr  # the migration it would write
    assert not out.exists(), "--dry-run writes nothing"


def test_advise_on_a_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    run = invoke("advise", str(tmp_path / "nowhere"), cwd=tmp_path)  # in this process: no database
    assert run.code == 2 and "error:" in run.err and "Traceback" not in run.err, run


@pytest.mark.db
def test_advise_names_what_timed_out_and_goes_on(tmp_path: Path) -> None:
    """A statement timeout of 5 s and index builds that cannot finish: no traceback, each named."""
    import shutil

    app = tmp_path / "b2b"
    shutil.copytree(B2B, app)
    config = app / "dbperf.toml"
    config.write_text(config.read_text().replace(
        "[thresholds]\n", "[thresholds]\nstatement_timeout_ms = 5000\nindex_build_timeout_ms = 1\n"))
    (app / "queries" / "report.sql").write_text(  # fails on the seeded data: named, not dropped
        "SELECT count(*) FROM events WHERE tenant_id = 1 AND 1 / (id - id) = 1;\n")
    run = _dbperf("advise", str(app), "--format", "json", "--dry-run", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert "dry run:" in run.stderr and "would be written:" in run.stderr  # --dry-run alone prints it
    advice = json.loads(run.stdout)
    assert not [p for p in advice["proposals"] if p["action"] == "create" and p.get("kind") == "index"]
    timed_out = [r for r in advice["rejected"] if r["reason"] == "timeout" and "timed out after" in r["detail"]]
    assert timed_out and all("index_build_timeout_ms" in r["detail"] for r in timed_out)
    # the indexes the advisor proposes with a normal budget are among those named
    assert {"events_tenant_id_occurred_at_idx", "tasks_assignee_id_idx"} & {r["index"] for r in timed_out}
    [unmeasured] = advice["workload"]["unmeasured"]
    assert unmeasured["origin"].endswith("report.sql:1") and "division by zero" in unmeasured["error"]
