"""Logs written by a real PostgreSQL, read back by the stderr loader.

Each test run starts its own embedded PostgreSQL (it changes logging settings
with ALTER SYSTEM), runs the known workload of
tests/fixtures/capture/generate_pg_logs.py with psycopg, and reads the whole
server log (data_dir/"log") with `dbperf.capture.load`.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from dbperf.capture import load
from dbperf.capture.model import CapturedStatement
from dbperf.diagnostics import Problems
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.workload.builder import build_workload

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "capture"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_pg_logs", SAMPLES / "generate_pg_logs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generator = _generator()


@pytest.fixture(scope="module", params=sorted(generator.MODES))
def real_log(request: pytest.FixtureRequest) -> Iterator[tuple[str, Path, dict[str, int]]]:
    """(mode, path of the server log, backend pid of each workload connection)."""
    with EmbeddedPostgres() as pg:
        assert pg.data_dir is not None
        _, pids = generator.capture(pg, request.param)
        yield request.param, pg.data_dir / "log", pids


def _read(log: Path) -> tuple[list[CapturedStatement], Problems]:
    problems = Problems()
    return list(load([log], problems)), problems


def test_statements_params_durations_and_pids(real_log: tuple[str, Path, dict[str, int]]) -> None:
    mode, log, pids = real_log
    found, problems = _read(log)
    by_pid = {role: [s for s in found if s.session == str(pid)] for role, pid in pids.items()}

    simple = by_pid["simple"]
    assert [s.sql for s in simple][1:] == [
        "INSERT INTO \"User\" VALUES (1, 'a@x.io', 'Ann'), (2, 'o''brien@x.io', NULL)",
        "SELECT count(*) FROM post",
    ]
    assert simple[0].sql.startswith('CREATE TABLE "User"') and "\n" in simple[0].sql
    assert all(s.params is None for s in simple)

    bound = by_pid["bound"]
    assert [(s.sql, s.params) for s in bound] == [
        ("BEGIN", None),
        ('SELECT email FROM "User" WHERE id = $1', ("1",)),
        ('SELECT email FROM "User" WHERE id = $1', ("2",)),
        ("INSERT INTO post (user_id, title) VALUES ($1, $2)", ("1", "it's\nmulti-line")),
        ("INSERT INTO post (user_id, title) VALUES ($1, $2)", ("2", None)),
        (generator.MULTI_LINE.replace("%s", "$1"), ("1",)),
        ('UPDATE "User" SET name = $1 WHERE id = $2', (None, "2")),
        ("COMMIT", None),
    ]

    raw = by_pid["raw"]
    assert [(s.sql, s.params) for s in raw] == [
        (generator.SCHEMA_QUALIFIED, ("1",))
    ]  # the failed one is skipped
    assert any(p.message.startswith("skipped 1 statement(s) that failed") for p in problems)

    workload_statements = simple + bound + raw
    assert all(s.duration_ms is not None and s.duration_ms >= 0 for s in workload_statements), mode
    assert all(
        s.timestamp is not None and s.timestamp.tzinfo is not None for s in workload_statements
    )
    assert [s.timestamp for s in bound] == sorted(s.timestamp for s in bound)  # type: ignore[type-var]
    lines = log.read_text().splitlines()
    for statement in workload_statements:
        logged = lines[statement.origin.line - 1]
        assert f"[{statement.session}]" in logged
        assert "statement: " in logged or "execute <unnamed>: " in logged, logged
        message = "\n".join(lines[statement.origin.line - 1 : statement.origin.line + 4])
        assert statement.sql.splitlines()[0] in message
    assert not [p for p in problems if p.origin and p.origin.line], [str(p) for p in problems]


def test_workload_from_real_log(real_log: tuple[str, Path, dict[str, int]]) -> None:
    _, log, pids = real_log
    found, problems = _read(log)
    ours = [s for s in found if s.session in {str(pid) for pid in pids.values()}]
    workload = build_workload(ours, problems)
    by_sql = {g.sql: g for g in workload.groups.values()}
    email = by_sql['SELECT email FROM "User" WHERE id = $1']
    assert email.calls == 2 and email.timed_calls == 2 and email.kind == "select"
    assert [s.params for s in email.samples] == [("1",), ("2",)]
    insert = by_sql["INSERT INTO post (user_id, title) VALUES ($1, $2)"]
    assert insert.kind == "insert" and insert.calls == 2
    assert by_sql['INSERT INTO "User" VALUES ($1, $2, $3), ($4, $5, $6)'].calls == 1
    assert generator.SCHEMA_QUALIFIED in by_sql
    assert workload.utility == 4  # two CREATE TABLE (one query string), BEGIN, COMMIT
    # N+1 candidates only: the two lookups by id, then the two inserts after the second lookup
    bound = str(pids["bound"])
    assert [[e.params for e in workload.sessions[key]] for key in (bound, f"{bound}#2")] == [
        [("1",), ("2",)],
        [("2",), ("1", "it's\nmulti-line"), ("2", None)],
    ]
    assert workload.session_info[bound].confidence == "medium"  # a connection, timed
    assert len(workload.sessions) == 2
    assert not [p for p in problems if "parse" in p.message]
