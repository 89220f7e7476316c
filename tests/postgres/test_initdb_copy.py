"""A throw-away cluster starts on a copy of a data directory initialised once (postgres/initdb.py):
the same server as one the wheel initialises itself, without paying initdb every time."""

from __future__ import annotations

import psycopg
import pytest

from dbperf.postgres import embedded
from dbperf.postgres.embedded import EmbeddedPostgres

pytestmark = pytest.mark.db

SETTINGS = ("server_encoding", "lc_messages", "lc_monetary", "TimeZone", "DateStyle", "default_text_search_config")


def _described(uri: str) -> tuple:
    with psycopg.connect(uri) as conn:
        shown = tuple(conn.execute(f"SHOW {name}").fetchone()[0] for name in SETTINGS)
        databases = conn.execute("SELECT datname, datcollate, datctype, datlocprovider, encoding FROM pg_database "
                                 "ORDER BY datname").fetchall()
    return shown, databases


def test_a_copied_cluster_is_the_cluster_initdb_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    with EmbeddedPostgres() as first:  # makes the pristine copy if this machine has none yet
        copied = _described(first.uri)
        assert (first.data_dir / "PG_VERSION").exists()
    monkeypatch.setattr(embedded, "copy_initialised", lambda pgdata: False)  # the wheel's own initdb
    with EmbeddedPostgres() as own:
        assert _described(own.uri) == copied


def test_each_cluster_gets_its_own_copy() -> None:
    with EmbeddedPostgres() as one, EmbeddedPostgres() as two:
        assert one.data_dir != two.data_dir
        with psycopg.connect(one.uri, autocommit=True) as conn:
            conn.execute("CREATE DATABASE only_in_one")
        with psycopg.connect(two.uri) as conn:
            assert conn.execute("SELECT count(*) FROM pg_database WHERE datname = 'only_in_one'").fetchone()[0] == 0
