"""One advice (issue 13.6): `dbperf audit --write-migrations` and `dbperf advise` decide alike, on a
tiny seeded app (tests/advisor/notes_app): the lookup by account gets its index in both, although
the UPDATE of every row (no WHERE, an unbounded-write error) gets dearer with it, because that
statement is a bug and is left out of the write cost; the OR-ed search over prose gets no trigram
index in either, but the full-text rewrite; and both say so in the console, the JSON and the
migration file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent / "notes_app"

pytestmark = [pytest.mark.db, pytest.mark.slow]  # audits and advises in subprocesses (the pg_server mark can't see them)


def _dbperf(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="200", NO_COLOR="1", TERM="dumb")
    return subprocess.run([sys.executable, "-m", "dbperf", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=600, check=False)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("one-advice")
    app = root / "app"
    shutil.copytree(APP, app)
    out = {}
    for name, args in {"audit": ("audit", app, "--format", "json", "--write-migrations", root / "audit"),
                       "audit-console": ("audit", app),
                       "advise": ("advise", app, "--format", "json", "--write-migrations", root / "advise"),
                       "advise-console": ("advise", app)}.items():
        run = _dbperf(*args, cwd=root)
        assert run.returncode in (0, 1) and "Traceback" not in run.stderr, (name, run.stderr)
        out[name] = run
    out["audit-up"] = next((root / "audit").glob("*.up.sql")).read_text()
    out["advise-up"] = next((root / "advise").glob("*.up.sql")).read_text()
    return out


def _flat(up: str) -> str:
    """The migration's header comments as one line of text."""
    return " ".join(line.lstrip("- ") for line in up.split("CREATE INDEX", 1)[0].splitlines())


def test_both_migrations_index_the_lookup_and_no_trigram(runs: dict) -> None:
    """The same key in both; the advisor may take its covering variant (INCLUDE) when that one
    touches at most half the buffers the plain one does (measured, and said in its reason)."""
    for up in (runs["audit-up"], runs["advise-up"]):
        assert "ON notes (account_id)" in up and "CREATE INDEX CONCURRENTLY IF NOT EXISTS notes_account_id" in up
        assert "gin_trgm_ops" not in up


def test_both_migrations_state_the_rewrite_and_the_write_not_counted(runs: dict) -> None:
    for up in (runs["audit-up"], runs["advise-up"]):
        header = _flat(up)
        assert "Not indexed: notes (title, content)" in header and "full-text search" in header
        assert "Write cost: the UPDATE of every notes row" in header and "app.sql:3" in header
        assert "unbounded-write flags it as an error" in header


def test_both_json_outputs_state_them_alike(runs: dict) -> None:
    audit = json.loads(runs["audit"].stdout)["migration"]
    advice = json.loads(runs["advise"].stdout)
    assert [(c["table"], c["columns"]) for c in audit["changes"]] == [("notes", ["account_id"])]
    creates = [p for p in advice["proposals"] if p["action"] == "create"]
    assert [(p["table"], p["columns"]) for p in creates] == [("notes", ["account_id"])]
    assert creates[0]["after_buffers"] < creates[0]["before_buffers"]
    assert "not counted: the write without WHERE (app.sql:3), which touches" in creates[0]["reason"]
    assert "unbounded-write flags as a bug" in creates[0]["reason"]
    assert audit["rewrites"] == advice["rewrites"] and len(advice["rewrites"]) == 1
    assert audit["writes_not_counted"] == advice["writes_not_counted"]
    [write] = advice["writes_not_counted"]
    assert (write["table"], write["statement"], write["rule"]) == ("notes", "UPDATE", "unbounded-write")
    assert write["origin"].endswith("app.sql:3")
    [rewrite] = advice["rewrites"]
    assert rewrite["columns"] == ["title", "content"] and "tsvector" in rewrite["sql"]
    assert not [r for r in advice["rejected"] if "trgm" in r["index"]]  # a rewrite is no candidate


def test_the_audit_console_states_them(runs: dict) -> None:
    text = " ".join(runs["audit-console"].stdout.split())
    assert "Index migration: Not indexed: notes (title, content)" in text
    assert "Index migration: Write cost: the UPDATE of every notes row" in text


def test_the_advice_console_states_them(runs: dict) -> None:
    """The rich view of `dbperf advise` (advisor/console.py): the rewrite, the write not counted, and
    why each candidate it did not propose was left out."""
    text = " ".join(runs["advise-console"].stdout.split())
    rejected = json.loads(runs["advise"].stdout)["rejected"]
    assert "rewrite notes (title, content): no index proposed" in text and "full-text search" in text
    assert "write cost: the UPDATE of every notes row" in text and "unbounded-write flags it as an error" in text
    assert rejected and all(f"not proposed {r['index']} ({r['reason']}):" in text for r in rejected)
