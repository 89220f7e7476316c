"""A connection to a database dbperf works in, and the few ways dbperf uses it.

`Database.scratch()` creates a fresh database on a server dbperf owns;
everything that writes (DDL, seeding, trial indexes) goes through a
`Database` whose `owned` flag is True. Work that only reads (EXPLAIN of a
SELECT) and work that must leave no trace (EXPLAIN ANALYZE of an UPDATE) runs
in `rolled_back()`.
"""

from __future__ import annotations

import itertools
import re
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import psycopg
from psycopg import sql as pgsql
from psycopg.pq import TransactionStatus

DEFAULT_STATEMENT_TIMEOUT_MS = 30_000


class Database:
    def __init__(self, uri: str, *, owned: bool, statement_timeout_ms: int = DEFAULT_STATEMENT_TIMEOUT_MS):
        self.uri = uri
        self.owned = owned
        self.statement_timeout_ms = statement_timeout_ms
        self.conn = psycopg.connect(uri, autocommit=True, cursor_factory=psycopg.RawCursor)
        self.conn.execute(f"SET statement_timeout = {int(statement_timeout_ms)}")
        self.server_version_num = int(self.conn.execute("SHOW server_version_num").fetchone()[0])
        self._savepoints = itertools.count()

    @classmethod
    def scratch(cls, server_uri: str, name: str = "dbperf", **kwargs: Any) -> "Database":
        """Create (or re-create) database `name` on a server dbperf owns and connect to it."""
        with psycopg.connect(server_uri, autocommit=True) as admin:
            admin.execute(pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name)))
            admin.execute(pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name)))
        return cls(with_database(server_uri, name), owned=True, **kwargs)

    def execute(self, query: str, params: Sequence[Any] | None = None) -> psycopg.Cursor:
        """Run one statement (`$n` placeholders) in autocommit mode."""
        return self.conn.execute(query, params, prepare=False)  # type: ignore[arg-type]

    def fetchall(self, query: str, params: Sequence[Any] | None = None) -> list[tuple]:
        return self.execute(query, params).fetchall()

    def fetchval(self, query: str, params: Sequence[Any] | None = None) -> Any:
        row = self.execute(query, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def rolled_back(self) -> Iterator[psycopg.Connection]:
        """A transaction that is always rolled back, whatever happens inside.

        Nested use (inside another `rolled_back()`) becomes a savepoint that is
        rolled back, so the outer transaction survives both errors and undo.
        """
        if self.conn.info.transaction_status != TransactionStatus.IDLE:
            name = f"dbperf_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            finally:
                try:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                except psycopg.Error:
                    pass
            return
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            try:
                self.conn.execute("ROLLBACK")
            except psycopg.Error:
                pass

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def with_database(uri: str, name: str) -> str:
    """The same server URI pointing at database `name`."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(uri)
    params["dbname"] = name
    return make_conninfo(**params)


_SAFE_NAME = re.compile(r"[^a-z0-9_]")


def database_name(label: str) -> str:
    """A valid, lower-case database name derived from `label`."""
    return _SAFE_NAME.sub("_", label.lower())[:60] or "dbperf"
