"""Options that mean the same on every command, and --help that teaches. No database needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from dbperf.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "capture"
READS_CAPTURES = ("audit", "advise", "check", "baseline", "workload", "seed")
PRINTS_A_REPORT = ("audit", "demo", "advise", "check", "workload")


def _command(name: str) -> Any:
    """The click command typer builds for `dbperf NAME`."""
    return typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]


def _option(command: Any, flag: str) -> Any:
    return next((p for p in command.params if flag in p.opts and p.param_type_name == "option"), None)


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.output


@pytest.mark.parametrize("name", READS_CAPTURES)
def test_every_command_reading_captures_takes_format_in(name: str) -> None:
    option = _option(_command(name), "--format-in")
    assert option is not None, f"dbperf {name} has no --format-in"
    assert "drizzle" in (option.help or "") and "pg_stderr" in (option.help or "")


@pytest.mark.parametrize("name", PRINTS_A_REPORT)
def test_every_command_printing_a_report_takes_format_and_output(name: str) -> None:
    command = _command(name)
    fmt, out = _option(command, "--format"), _option(command, "--output")
    assert fmt is not None and "-f" in fmt.opts, f"dbperf {name}: --format/-f"
    assert out is not None and "-o" in out.opts, f"dbperf {name}: -o/--output"
    line = next(x for x in _invoke(name, "--help")[1].splitlines() if x.startswith("│ --format "))
    assert "rich" in line and "json" in line  # the same two everywhere, at least


@pytest.mark.parametrize("name", [*{*READS_CAPTURES, *PRINTS_A_REPORT, "stop", "cache", "rules"}])
def test_help_shows_examples(name: str) -> None:
    code, text = _invoke(name, "--help")
    assert code == 0, text
    assert "Examples:" in text and f"dbperf {name}" in text.split("Examples:", 1)[1]


def test_write_migrations_help_says_it_edits_the_drizzle_folder() -> None:
    for name in ("audit", "advise"):
        code, text = _invoke(name, "--help")
        help_text = " ".join(text.split())
        assert "drizzle migrations folder" in help_text and "meta/_journal.json" in help_text, name


def test_config_sections_survive_rich_markup_in_help() -> None:
    assert "[gate] baseline" in _invoke("check", "--help")[1]
    assert "[seed] rows" in _invoke("seed", "--help")[1]


def test_an_unknown_format_in_is_refused_before_anything_runs() -> None:
    code, text = _invoke("audit", ".", "--format-in", "mysql-log")
    assert code == 2
    assert "unknown capture format 'mysql-log'" in " ".join(text.split()) and "drizzle" in text


def test_workload_writes_its_summary_to_output(tmp_path: Path) -> None:
    target = tmp_path / "out" / "workload.json"
    code, text = _invoke("workload", str(SAMPLES / "app.jsonl"), "--format", "json", "-o", str(target),
                         "--format-in", "jsonl")
    assert code == 0, text
    assert json.loads(target.read_text(encoding="utf-8"))["statements"] == 8
    assert "summary written to" in text


def test_workload_format_in_forces_the_reader(tmp_path: Path) -> None:
    capture = tmp_path / "capture.txt"  # no suffix a sniffer could go by
    capture.write_text((SAMPLES / "app.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    code, text = _invoke("workload", str(capture), "--format", "json", "--format-in", "jsonl")
    assert code == 0, text
    assert json.loads(text[text.index("{"):])["statements"] == 8


@pytest.mark.parametrize("name", ("audit", "advise", "check", "baseline"))
def test_every_command_that_measures_takes_jobs(name: str) -> None:
    """`--jobs N`: the captured reads EXPLAIN ANALYZEd on N connections side by side (issue 15)."""
    option = _option(_command(name), "--jobs")
    assert option is not None and "-j" in option.opts, f"dbperf {name} has no --jobs/-j"
    # default: the cores (None until the command resolves it with audit_options.default_jobs)
    assert option.default is None and "Same findings for any value" in (option.help or "")
    assert "Default: the cores" in (option.help or "")
