"""Catches a test that reaches PostgreSQL without being marked `db` (tests/conftest.py).

conftest puts this folder first on PYTHONPATH while a test not marked `db`
runs, with DBPERF_TEST_UNDECLARED_POSTGRES naming a file, so every Python
process the test starts (`python -m dbperf …`) loads this module; the test
process itself is patched by conftest the same way. A connection is then written to that file
and refused; conftest fails the test with what to do.
"""

from __future__ import annotations

import os

VARIABLE = "DBPERF_TEST_UNDECLARED_POSTGRES"
MESSAGE = ("this test is not marked `db` but connects to PostgreSQL: mark it @pytest.mark.db "
           "(a test using the pg_server fixture is marked automatically)")


def refusing(psycopg, path: str):
    """A `psycopg.connect` that writes every connection down in `path` and refuses it."""

    def refused(*args, **kwargs):
        with open(path, "a", encoding="utf-8") as touched:
            touched.write(f"pid {os.getpid()}: psycopg.connect{args[:1]}\n")
        raise psycopg.OperationalError(MESSAGE)

    return refused


if os.environ.get(VARIABLE):
    try:
        import psycopg as _psycopg
    except ImportError:  # a process without psycopg cannot reach PostgreSQL through dbperf
        pass
    else:
        _psycopg.connect = refusing(_psycopg, os.environ[VARIABLE])
