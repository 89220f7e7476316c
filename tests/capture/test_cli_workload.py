"""`dbperf workload`: the top query groups without a database; values hidden by default."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dbperf.cli import app

SECRETS = ("secret-value", "o''brien", "it's", "a@x.io", "O'Brien")


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["workload", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_json_top_groups(samples: Path) -> None:
    report = json.loads(_run(str(samples / "app.jsonl"), "--format", "json"))
    assert report["statements"] == 8 and report["query_groups"] == 3
    first = report["groups"][0]
    assert first["calls"] == 1 and first["total_ms"] == 12.0  # sorted by total time
    users = next(g for g in report["groups"] if g["calls"] == 6)
    assert users["mean_ms"] == 0.3 and users["p95_ms"] == 0.3 and users["rows"] == 6
    assert users["origin"].endswith("app.jsonl:2") and users["n_plus_one_bursts"] == 1


def test_no_values_by_default(samples: Path) -> None:
    paths = [str(p) for p in sorted(samples.iterdir()) if p.suffix != ".py"]
    for fmt in ("json", "rich"):
        output = _run(*paths, "--format", fmt, "--top", "0")
        for secret in SECRETS:
            assert secret not in output, (fmt, secret)
    shown = _run(str(samples / "app.jsonl"), "--format", "json", "--show-values")
    assert "secret-value" in shown and "100" in shown


def test_rich_output(samples: Path) -> None:
    output = _run(str(samples / "pg_stat_statements.csv"))
    assert "3,540 statements" in output and "1,500" in output


def test_mean_says_when_some_calls_carry_no_duration(tmp_path: Path) -> None:
    """The mean divides by the calls that have a duration; when some have none, both output formats say
    over how many calls it was taken instead of passing it off as the mean of every call."""
    log = tmp_path / "partly_timed.jsonl"
    rows = [{"sql": "select id from users where id = $1", "params": [n], "session": f"r{n}"} for n in range(3)]
    rows[0]["duration_ms"] = 3.0
    log.write_text("".join(json.dumps(r) + "\n" for r in rows))
    report = json.loads(_run(str(log), "--format", "json"))
    group = report["groups"][0]
    assert group["calls"] == 3 and group["timed_calls"] == 1 and group["mean_ms"] == 3.0
    assert "* mean over the calls that carry a duration only: 1 of 3" in " ".join(_run(str(log), "--format", "rich").split())
