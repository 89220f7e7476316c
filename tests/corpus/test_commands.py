"""Every command that seeds stops on a table left empty as `audit` does, and every command that
takes a schema reads one from a live database (`--schema postgresql://…`, or `schema = "postgresql://…"`
in dbperf.toml). Real processes (`python -m dbperf`) and the embedded PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from psycopg.conninfo import conninfo_to_dict

from dbperf.postgres.database import Database
from dbperf.project import discover

pytestmark = [pytest.mark.db, pytest.mark.slow]  # every command runs in a subprocess against PostgreSQL

TIMEOUT_S = 300
# The shop of tests/cli/test_progress_ci.py: archived_orders can never be seeded.
SHOP = """
CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamptz NOT NULL);
CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id),
                     status text NOT NULL, amount integer NOT NULL);
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

FAIL_OPEN = "[gate]\nfail_on_incomplete = false\n"


def _with_gate(project: Path, gate: str) -> Path:
    toml = project / "dbperf.toml"
    text = toml.read_text()
    head, _, seed = text.partition("[seed]\n")
    toml.write_text(f"{head}{gate}[seed]\n{seed}")
    return project


def test_check_fails_on_a_table_left_empty_even_when_it_fails_open(tmp_path: Path) -> None:
    run = dbperf("check", _with_gate(shop(tmp_path), FAIL_OPEN), "--no-baseline", "--format", "json")
    assert run.returncode == 2, run.stderr  # like the audit: a plan on no data proves nothing
    assert "Traceback" not in run.stderr
    result = json.loads(run.stdout)["gate"]
    assert result["empty_tables"] == ["archived_orders"]
    assert any(r.startswith("not checked: seeding left 1 table(s) empty: archived_orders") and
               'allow_empty = ["archived_orders"]' in r for r in result["reasons"]), result["reasons"]
    assert result["summary"].startswith("INCOMPLETE")


def test_check_accepts_an_allowed_empty_table(tmp_path: Path) -> None:
    project = shop(tmp_path, 'allow_empty = ["archived_orders"]\n')
    run = dbperf("check", _with_gate(project, FAIL_OPEN), "--no-baseline", "--format", "json")
    assert run.returncode != 2, run.stderr
    assert json.loads(run.stdout)["gate"]["empty_tables"] == []


def test_baseline_and_seed_fail_on_a_table_left_empty(tmp_path: Path) -> None:
    project = shop(tmp_path)
    run = dbperf("baseline", project)
    assert run.returncode == 2, run.stderr
    assert "error: seeding left 1 table(s) empty: archived_orders" in run.stderr
    assert not (project / ".dbperf-baseline.json").exists()  # nothing vouches for plans on no data

    run = dbperf("seed", project)  # without --keep: the database is stopped, not left waiting
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert "error: seeding left 1 table(s) empty: archived_orders" in run.stderr
    assert 'allow_empty = ["archived_orders"]' in run.stderr


def _live_database(pg_server, name: str) -> tuple[Database, str]:
    source = Database.scratch(pg_server.uri, name=name)
    source.execute("CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL)")
    source.execute("CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint NOT NULL "
                   "REFERENCES accounts (id), total integer NOT NULL)")
    params = conninfo_to_dict(source.uri)
    return source, f"postgresql://{params['user']}@/{params['dbname']}?host={quote(params['host'], safe='')}"


def test_every_command_reads_a_schema_from_a_live_database(tmp_path: Path, pg_server) -> None:
    source, uri = _live_database(pg_server, "schema_source_commands")
    try:
        # check, baseline and seed type --schema as a path, which folds the URI's "//"
        project = discover(tmp_path, [Path(uri)])
        assert project.conventions == ["pg_dump"] and "CREATE TABLE public.invoices" in \
            project.schema_paths[0].read_text()
        # advise (and every command) reads dbperf.toml's schema
        (tmp_path / "dbperf.toml").write_text(f'schema = "{uri}"\n')
        assert discover(tmp_path).conventions == ["pg_dump"]
        (tmp_path / "dbperf.toml").unlink()

        (tmp_path / "queries.sql").write_text("SELECT * FROM invoices WHERE account_id = 7;\n")
        run = dbperf("baseline", tmp_path, "--schema", uri, "--queries", tmp_path / "queries.sql")
        assert run.returncode == 0, run.stderr
        baseline = json.loads((tmp_path / ".dbperf-baseline.json").read_text())
        assert baseline["queries"] and all(q["shape"] for q in baseline["queries"])  # measured
        run = dbperf("check", tmp_path, "--schema", uri, "--queries", tmp_path / "queries.sql", "--format", "json")
        assert run.returncode in (0, 1), run.stderr  # decided: the schema came from the database
        assert source.fetchval("SELECT count(*) FROM invoices") == 0  # read, never written
    finally:
        source.close()
