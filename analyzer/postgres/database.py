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
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence

import psycopg
from psycopg import sql as pgsql
from psycopg.pq import TransactionStatus

DEFAULT_STATEMENT_TIMEOUT_MS = 30_000
DEFAULT_LOCK_TIMEOUT_MS = 1_000  # on a user's database (--dsn): never queue behind the application's locks
# Code-point order, and the planner's rules of a collation other than "C": `LIKE 'abc%'` needs a
# text_pattern_ops index, as on a production server created with en_US.UTF-8 (libc "C" or the
# builtin provider would let a plain B-tree serve it). Every text sort pays strcoll for it.
SCRATCH_LOCALE = "C.UTF-8"


class Database:
    """A connection to one database.

    `owned=True`: dbperf created the database and may write to it (seeding, trials).
    `owned=False` (a user's database, `--dsn`): the session is read-only
    (`default_transaction_read_only`, set when connecting, before any statement runs),
    every statement runs in a transaction that is rolled back, and `lock_timeout`
    is set, so dbperf can neither change the database nor wait behind the
    application's locks.
    """

    def __init__(self, uri: str, *, owned: bool, statement_timeout_ms: int = DEFAULT_STATEMENT_TIMEOUT_MS,
                 lock_timeout_ms: int | None = None, connect: bool = True):
        self.uri = uri
        self.owned = owned
        self.statement_timeout_ms = statement_timeout_ms
        self.lock_timeout_ms = lock_timeout_ms if lock_timeout_ms is not None else (
            None if owned else DEFAULT_LOCK_TIMEOUT_MS)
        self._savepoints = itertools.count()
        self.allow_writes = False  # --allow-writes on a database dbperf does not own (still rolled back)
        self._conn: psycopg.Connection | None = None
        self._prepare: Callable[[], None] | None = None  # runs before a deferred connection opens
        self._opening = threading.Lock()
        self._session: list[str] = []  # SETs every connection of this Database gets (`session`)
        self.server_version, self.server_version_num = "", 0
        if connect:
            self._conn = self._connect()
            version, number = self.execute(
                "SELECT current_setting('server_version'), current_setting('server_version_num')").fetchone()
            self.server_version, self.server_version_num = str(version), int(number)

    @property
    def conn(self) -> psycopg.Connection:
        """The connection; a deferred one (`defer`, `sibling`) opens on first use."""
        conn = self._conn
        return conn if conn is not None else self._open()

    def _open(self) -> psycopg.Connection:
        with self._opening:
            if self._conn is None:
                if self._prepare is not None:
                    self._prepare()  # if it raises, the next use tries again: never an unprepared database
                    self._prepare = None
                self._conn = self._connect()
            return self._conn

    def defer(self, prepare: Callable[[], None]) -> None:
        """Close the connection; the next use runs `prepare()` (e.g. creates the database anew from
        a template) and connects again. Until then nothing reaches the server."""
        self.close()
        self._conn, self._prepare = None, prepare

    @property
    def deferred(self) -> bool:
        return self._conn is None and self._prepare is not None

    def open(self) -> None:
        """Connect now if the connection was deferred."""
        self.conn  # noqa: B018 - the property opens it

    def sibling(self) -> "Database":
        """Another connection to the same database with the same settings, opened on first use
        (after this one, whose deferred preparation may have to create the database first)."""
        other = Database(self.uri, owned=self.owned, statement_timeout_ms=self.statement_timeout_ms,
                         lock_timeout_ms=self.lock_timeout_ms, connect=False)
        other.allow_writes = self.allow_writes
        other.server_version, other.server_version_num = self.server_version, self.server_version_num
        other._prepare = self.open
        return other

    def session(self, *statements: str) -> None:
        """Session settings (`SET …`) run now if connected, and on every later (re)connection."""
        for statement in statements:
            if statement in self._session:
                continue
            self._session.append(statement)
            if self._conn is not None:
                self._conn.execute(statement)

    def reset(self, *names: str) -> None:
        """`RESET name` of settings `session` set (now if connected; later connections skip them)."""
        self._session = [s for s in self._session if s.split()[1] not in names]
        if self._conn is not None:
            for name in names:
                self._conn.execute(f"RESET {name}")

    def _connect(self) -> psycopg.Connection:
        kwargs: dict[str, Any] = {}
        if not self.owned:
            # Read-only from the very first statement; libpq passes these as startup options.
            options = ["-c default_transaction_read_only=on",
                       f"-c statement_timeout={int(self.statement_timeout_ms)}",
                       f"-c lock_timeout={int(self.lock_timeout_ms or DEFAULT_LOCK_TIMEOUT_MS)}",
                       "-c idle_in_transaction_session_timeout=60000"]
            kwargs["options"] = " ".join(options)
            kwargs["application_name"] = "dbperf (read-only)"
        conn = psycopg.connect(self.uri, autocommit=True, cursor_factory=psycopg.RawCursor, **kwargs)
        conn.execute(f"SET statement_timeout = {int(self.statement_timeout_ms)}")
        if self.lock_timeout_ms is not None:
            conn.execute(f"SET lock_timeout = {int(self.lock_timeout_ms)}")
        for statement in self._session:
            conn.execute(statement)
        return conn

    @classmethod
    def existing(cls, dsn: str, *, statement_timeout_ms: int = DEFAULT_STATEMENT_TIMEOUT_MS,
                 lock_timeout_ms: int = DEFAULT_LOCK_TIMEOUT_MS) -> "Database":
        """A user's database (`--dsn`): read-only, rolled back, timeouts set; never `owned`."""
        return cls(dsn, owned=False, statement_timeout_ms=statement_timeout_ms, lock_timeout_ms=lock_timeout_ms)

    def reconnect(self, uri: str | None = None) -> None:
        """Close the connection and open a new one (to `uri` if given): the database was re-created."""
        self.close()
        if uri is not None:
            self.uri = uri
        self._prepare = None
        self._conn = self._connect()

    @classmethod
    def scratch(cls, server_uri: str, name: str = "dbperf", **kwargs: Any) -> "Database":
        """Create (or re-create) database `name` on a server dbperf owns and connect to it.

        Its locale is `SCRATCH_LOCALE` wherever the system has it, whatever the machine's `LANG`
        (initdb's default): text sorts and compares the same on every machine, so do index builds,
        `ORDER BY` on text and the plans; else the server's default."""
        with psycopg.connect(server_uri, autocommit=True) as admin:
            admin.execute(pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name)))
            try:
                admin.execute(pgsql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LOCALE {}").format(
                    pgsql.Identifier(name), pgsql.Literal(SCRATCH_LOCALE)))
            except psycopg.Error:  # no such locale here (macOS has no C.UTF-8), or not UTF8-able
                admin.execute(pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name)))
        return cls(with_database(server_uri, name), owned=True, **kwargs)

    def execute(self, query: str, params: Sequence[Any] | None = None) -> psycopg.Cursor:
        """Run one statement (`$n` placeholders) in autocommit mode.

        On a database dbperf does not own, a statement outside a transaction runs in its own
        read-only transaction that is rolled back (its rows are already fetched by then).
        """
        if not self.owned and self.conn.info.transaction_status == TransactionStatus.IDLE:
            with self.rolled_back():
                return self.conn.execute(query, params, prepare=False)  # type: ignore[arg-type]
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
        self.conn.execute("BEGIN" if self.owned else "BEGIN READ ONLY")
        try:
            yield self.conn
        finally:
            try:
                self.conn.execute("ROLLBACK")
            except psycopg.Error:
                pass

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

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
