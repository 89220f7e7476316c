"""Seeding shows a progress bar in rows (with rows/s on a terminal), named after the table being loaded."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from dbperf.cli.console import RichUI
from dbperf.pipeline import UI, AuditOptions, run_audit
from dbperf.project import discover

SCHEMA = """
CREATE TABLE teams (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE members (id bigserial PRIMARY KEY, team_id bigint NOT NULL REFERENCES teams (id), email text NOT NULL);
"""


class Recorder(UI):
    def __init__(self) -> None:
        self.bars: list[dict] = []

    def bar(self, description: str, total: int, unit: str = ""):
        record = {"description": description, "total": total, "unit": unit, "steps": [], "names": []}
        self.bars.append(record)

        def advance(n: int, description: str | None = None) -> None:
            record["steps"].append(n)
            if description:
                record["names"].append(description)

        return advance


def _project(tmp_path: Path) -> Path:
    (tmp_path / "schema.sql").write_text(SCHEMA)
    (tmp_path / "dbperf.toml").write_text("[seed]\nrows = { teams = 300, members = 250000 }\n")
    return tmp_path


def test_the_seeding_bar_counts_rows_table_by_table(tmp_path: Path, pg_server) -> None:
    ui = Recorder()
    result = run_audit(discover(_project(tmp_path)), AuditOptions(server_uri=pg_server.uri, seed_only=True), ui)
    (bar,) = [b for b in ui.bars if b["description"] == "seeding"]
    assert bar["unit"] == "rows" and bar["total"] == result.report.database["rows_seeded"] == 250_300
    assert sum(bar["steps"]) == bar["total"] and all(step >= 0 for step in bar["steps"])
    assert {"seeding teams", "seeding members"} <= set(bar["names"])
    assert len([s for s in bar["steps"] if s]) >= 2  # it moves during the load, not only at the end


def test_the_terminal_bar_shows_rows_and_rate() -> None:
    out = io.StringIO()
    ui = RichUI(Console(file=out, force_terminal=True, width=120), enabled=True)
    advance = ui.bar("seeding", 1000, unit="rows")
    advance(400, description="seeding members")
    advance(600, description="seeding members")
    text = out.getvalue()
    assert "seeding members" in text and "1,000/1,000 rows" in text


def test_a_big_capture_shows_a_reading_bar_that_ends(tmp_path: Path, pg_server) -> None:
    root = _project(tmp_path)
    (root / "queries").mkdir()
    line = "SELECT email FROM members WHERE team_id = 7;\n"
    (root / "queries" / "big.sql").write_text(line * (9 * 2**20 // len(line)))  # 9 MB: above the bar's floor
    (root / "dbperf.toml").write_text('queries = ["queries"]\n[seed]\nrows = { teams = 30, members = 3000 }\n')
    ui = Recorder()
    run_audit(discover(root), AuditOptions(server_uri=pg_server.uri, seed_only=True), ui)
    (bar,) = [b for b in ui.bars if b["description"] == "reading captures"]
    assert bar["unit"] == "kB" and bar["total"] == (root / "queries" / "big.sql").stat().st_size // 1024
    assert sum(bar["steps"]) == bar["total"]
    assert any("statements)" in name for name in bar["names"])
