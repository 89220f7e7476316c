"""What a CI log shows: progress lines while the audit runs, and an audit that measured queries on
empty tables fails (exit 2) instead of passing silently.

Real processes (`python -m dbperf`) with stderr to a pipe, as on a CI runner, on small projects
(tests/fixtures/broken: 22,000 rows; a 3-table shop below) and the embedded PostgreSQL.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dbperf.audit_options import default_jobs

BROKEN = Path(__file__).resolve().parents[1] / "fixtures" / "broken"
TIMEOUT_S = 300

SHOP = """
CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL);
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id),
                     status text NOT NULL, amount integer NOT NULL);
-- No row can ever satisfy this CHECK: seeding leaves the table empty, whatever the generator does.
CREATE TABLE archived_orders (id bigint PRIMARY KEY, reason text NOT NULL, CHECK (false));
"""
QUERIES = """
SELECT * FROM orders WHERE customer_id = 42;
SELECT id, reason FROM archived_orders WHERE reason = 'fraud';
"""


def dbperf(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLUMNS="80", NO_COLOR="1", TERM="dumb")
    return subprocess.run([sys.executable, "-m", "dbperf", *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=TIMEOUT_S, check=False)


def shop(tmp_path: Path, seed_settings: str = "") -> Path:
    (tmp_path / "schema.sql").write_text(SHOP)
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "app.sql").write_text(QUERIES)
    rows = "rows = { customers = 1000, orders = 5000, archived_orders = 100 }\n"
    (tmp_path / "dbperf.toml").write_text(f'schema = "schema.sql"\nqueries = ["queries"]\n[seed]\n{rows}{seed_settings}')
    return tmp_path


@pytest.mark.db
def test_progress_lines_reach_a_log(tmp_path: Path) -> None:
    project = shutil.copytree(BROKEN, tmp_path / "app")
    run = dbperf("audit", project, "--format", "json", "--no-cache")  # seeds: the rows line is shown
    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    # one line as each stage starts and ends, the seeding count with its rate, the EXPLAIN count
    for stage in ("postgres", "schema", "seed", "explain", "rules"):
        assert f"dbperf: {stage}…" in lines, run.stderr
        assert any(line.startswith(f"dbperf: {stage} done in ") for line in lines), run.stderr
    assert any(line.startswith("dbperf: seeding ") and "22,000/22,000 rows (" in line and "rows/s)" in line
               for line in lines), run.stderr
    assert any(line.startswith("dbperf: EXPLAIN ANALYZE: ") and line.endswith("/4") for line in lines), run.stderr
    database = json.loads(run.stdout)["database"]
    assert database["rows_per_table"] == {"customers": 2000, "orders": 20000}
    # the report says how it measured: a connection a core by default, and the repetition rule
    assert database["measuring"]["jobs"] == default_jobs() and "TIMING OFF" in database["measuring"]["runs"]


@pytest.mark.db
def test_a_table_left_empty_fails_the_audit(tmp_path: Path) -> None:
    run = dbperf("audit", shop(tmp_path), "--format", "json")
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    error = next(line for line in run.stderr.splitlines() if line.startswith("error:"))
    assert "seeding left 1 table(s) empty: archived_orders" in error
    assert 'allow_empty = ["archived_orders"]' in run.stderr  # the hint says how to allow it
    report = json.loads(run.stdout)  # the report is still written, with the reasons
    problems = [(p["stage"], p["severity"], p["message"]) for p in report["problems"]]
    assert ("seed", "error", "1 of 3 tables left empty by seeding: archived_orders") in problems
    assert any(stage == "explain" and severity == "error" and "empty table (archived_orders)" in message
               for stage, severity, message in problems), problems
    assert report["database"]["rows_per_table"]["archived_orders"] == 0


@pytest.mark.db
def test_an_allowed_empty_table_does_not_fail_the_audit(tmp_path: Path) -> None:
    run = dbperf("audit", shop(tmp_path, 'allow_empty = ["archived_orders"]\n'), "--format", "json")
    assert run.returncode == 0, run.stderr
    problems = json.loads(run.stdout)["problems"]
    assert not [p for p in problems if "empty" in p["message"] and p["severity"] == "error"], problems
    assert any("permits: archived_orders" in p["message"] for p in problems), problems


def test_the_report_header_lists_rows_per_table_and_how_to_give_productions() -> None:
    from dbperf.report.console import rows_line

    database = {"rows_per_table": {f"t{i:02d}": 1000 * i for i in range(1, 16)},
                "rows_chosen_by_dbperf": ["t01", "t02"]}
    line = rows_line(database)
    assert line.startswith("Rows: t15 15,000 · t14 14,000 · ")
    assert "· 3 more tables (down to 1,000)" in line
    assert "2 of 15 tables sized by dbperf" in line and "--stats stats.json" in line and "[seed.rows]" in line
    assert rows_line({"rows_per_table": {"a": 5, "b": 7}}) == "Rows: b 7 · a 5"  # all named: no advice


def test_a_silent_stage_still_prints_a_line_every_few_seconds() -> None:
    import io
    import time

    from dbperf.cli.console import PlainUI

    out = io.StringIO()
    ui = PlainUI(out, every=0.2)
    with ui.stage("seed"):
        advance = ui.bar("seeding", 300, unit="rows")
        advance(100, description="seeding orders")  # too soon after the start: not printed
        time.sleep(0.7)  # nothing said for a while: the heartbeat speaks
        advance(200, description="seeding posts")  # the end of a bar is always printed, once
        advance(0)
    lines = out.getvalue().splitlines()
    assert lines[0] == "dbperf: seed…"
    assert any(line.startswith("dbperf: seed: still running (") for line in lines), lines
    assert [line for line in lines if "300/300 rows" in line] == [lines[-2]]
    assert lines[-2].startswith("dbperf: seeding posts: 300/300 rows (") and lines[-2].endswith(" rows/s)")
    assert lines[-1].startswith("dbperf: seed done in ")
    assert not any("100/300" in line for line in lines)
