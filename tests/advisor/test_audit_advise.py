"""`dbperf audit --advise`: the advisor runs inside the audit, on its seeded database, and its set of indexes is
what `--write-migrations` writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.db  # every test here reaches PostgreSQL (tests/conftest.py)

B2B = Path(__file__).resolve().parents[2] / "fixtures" / "b2b"


def _dbperf(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="120", NO_COLOR="1", TERM="dumb")
    return subprocess.run([sys.executable, "-m", "dbperf", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=600, check=False)


def test_audit_with_advise_reports_and_writes_the_advisor_set(tmp_path: Path) -> None:
    out = tmp_path / "migrations"
    run = _dbperf("audit", B2B, "--advise", "--format", "json", "--write-migrations", out, cwd=tmp_path)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    report = json.loads(run.stdout)
    advice = report["advice"]
    assert advice["version"] == 1 and advice["workload"]["after_ms"] < advice["workload"]["before_ms"]
    creates = [p for p in advice["proposals"] if p["action"] == "create"]
    assert creates and report["findings"]  # the audit's findings are still there
    assert "advise" in report["timings"]
    up = "\n".join(f.read_text() for f in sorted(out.rglob("*.sql")) if "down" not in f.name)
    for p in creates:  # the migration is the advisor's set
        name = p["sql"].split(" IF NOT EXISTS ")[-1].split()[0] if "IF NOT EXISTS" in p["sql"] else ""
        assert name and name in up, (name, up[:2000])


def test_audit_with_advise_shows_the_index_plan(tmp_path: Path) -> None:
    run = _dbperf("audit", B2B, "--advise", cwd=tmp_path)
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert "Index plan for the whole workload" in run.stdout and "Index-addressable part" in run.stdout


def test_audit_without_advise_has_no_advice(tmp_path: Path) -> None:
    run = _dbperf("audit", B2B, "--format", "json", "--rule", "duplicate-index", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "advice" not in json.loads(run.stdout)
