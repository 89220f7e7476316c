"""The `db` marker cannot be forgotten: a test without it that reaches PostgreSQL fails (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

VARIABLE = "DBPERF_TEST_UNDECLARED_POSTGRES"
CONNECT = "import psycopg; psycopg.connect('postgresql:///nowhere?host=/nonexistent')"


def test_a_test_not_marked_db_is_refused_postgresql_here_and_in_its_subprocesses() -> None:
    touched = Path(os.environ[VARIABLE])
    with pytest.raises(psycopg.OperationalError, match="not marked `db`"):
        psycopg.connect("postgresql:///nowhere?host=/nonexistent")
    run = subprocess.run([sys.executable, "-c", CONNECT], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode != 0 and "not marked `db`" in run.stderr, run.stderr
    assert touched.read_text().count("psycopg.connect") == 2  # teardown fails the test on this file
    touched.unlink()  # … which this test wanted: it must not fail


@pytest.mark.db
def test_a_test_marked_db_connects() -> None:
    assert VARIABLE not in os.environ
    with pytest.raises(psycopg.OperationalError) as refused:  # no server there: the real psycopg answered
        psycopg.connect("postgresql:///nowhere?host=/nonexistent", connect_timeout=2)
    assert "not marked `db`" not in str(refused.value)
