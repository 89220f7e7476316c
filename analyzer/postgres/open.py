"""Where an audit runs: `--dsn` (the user's database, read-only), a given server (tests), an
installed or containerized PostgreSQL of another version, the cache cluster, or a new embedded
cluster. `open_database` chooses, connects and registers the clean-up on an `ExitStack`."""

from __future__ import annotations

import itertools
import os
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import psycopg
from psycopg import sql as pgsql

from dbperf.cache import SeedCache, cache_dir
from dbperf.config import Config
from dbperf.diagnostics import DbperfError
from dbperf.postgres.cluster import CacheCluster
from dbperf.postgres.database import Database, with_database
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.postgres.local import LocalPostgres, server_for

SUPPORTED_POSTGRES = ("13", "14", "15", "16", "17", "18")
_RUNS = itertools.count()  # scratch database names unique within a process


@dataclass
class Where:
    """The database an audit works in, and how it got there."""

    db: Database
    kind: str  # "embedded" (throw-away cluster), "cache" (cache cluster), "server" (server_uri), "local"
    # (installed binaries of --postgres NN), "container" (Docker), "dsn"
    name: str = ""  # database name on the server
    server_uri: str = ""  # admin URI of the server (its `postgres` database)
    cache: SeedCache | None = None  # when the cache is used
    cache_state: str = "off"  # "hit" | "miss" | "off"
    cache_key: str | None = None  # the seeded database's key when it is (now) in the cache
    cluster: Any = None  # CacheCluster | EmbeddedPostgres | container, for --keep
    _keep: Callable[[], tuple[str, str]] | None = None

    def keep(self, stack: ExitStack) -> tuple[str, str]:
        """Leave the database (and its server) running after the audit; its URI and how to stop it."""
        if self._keep is None:
            raise DbperfError(f"--keep is not possible on a {self.kind} database")
        return self._keep()


def open_database(
    stack: ExitStack,
    config: Config,
    *,
    dsn: str | None = None,
    allow_writes: bool | None = None,
    postgres: str | None = None,
    cache: bool | None = None,
    cache_dir_path: Path | None = None,
    server_uri: str | None = None,
    keep: bool = False,
) -> Where:
    """Connect to where the audit runs: --dsn, a given server, a container, the cache cluster or a new one.

    Each argument given overrides its `[database]` setting in `config` (see docs/cache.md).
    """
    settings = config.database
    dsn = dsn or settings.dsn
    timeout = config.statement_timeout_ms
    if dsn:
        try:
            db = Database.existing(dsn, statement_timeout_ms=timeout, lock_timeout_ms=settings.lock_timeout_ms)
        except psycopg.Error as exc:
            raise DbperfError(f"cannot connect to --dsn: {str(exc).strip().splitlines()[0]}",
                              hint="check host, port, user, password and database name in the URI") from exc
        db.allow_writes = bool(allow_writes if allow_writes is not None else settings.allow_writes)
        stack.callback(db.close)
        return Where(db, "dsn")
    postgres = postgres or settings.postgres
    use_cache = cache if cache is not None else settings.cache
    if server_uri is not None:
        kind, cluster = "server", None
        use_cache = cache is True  # a shared server (tests) holds seeded templates only when asked
        name = f"dbperf_{config.seed}_{os.getpid()}_{next(_RUNS)}"
    elif postgres and postgres != "18":
        cluster = stack.enter_context(server_for(postgres))  # installed binaries of that version, else Docker
        kind = "local" if isinstance(cluster, LocalPostgres) else "container"
        server_uri, use_cache = cluster.uri, False
        name = f"dbperf_{config.seed}_{os.getpid()}_{next(_RUNS)}"
    elif use_cache:
        cluster = stack.enter_context(CacheCluster(cache_dir(cache_dir_path or settings.cache_dir)))
        kind, server_uri = "cache", cluster.uri
        name = CacheCluster.keep_name() if keep else CacheCluster.run_name()
    else:
        cluster = stack.enter_context(EmbeddedPostgres())
        kind, server_uri = "embedded", cluster.uri
        name = f"dbperf_{config.seed}_{os.getpid()}_{next(_RUNS)}"
    admin_uri: str = server_uri
    dropped = {"drop": True}
    if kind in ("server", "cache"):
        # The server outlives the audit: drop the work database when done (registered first, so it
        # runs after the connection below is closed).
        stack.callback(lambda: dropped["drop"] and drop_database(admin_uri, name))
    db = stack.enter_context(Database.scratch(admin_uri, name=name, statement_timeout_ms=timeout))
    where = Where(db, kind, name=name, server_uri=admin_uri, cluster=cluster)
    if use_cache:
        where.cache = SeedCache(admin_uri, max_databases=settings.cache_max_databases,
                                max_bytes=settings.cache_max_gb * 2**30)

    def keep_running() -> tuple[str, str]:
        db.open()  # a copy from the cache deferred until needed (dbperf.seeded) is needed now
        dropped["drop"] = False
        if kind == "cache":
            cluster.mark_kept(name)
            stop = f"dbperf stop {name}"
        elif kind in ("embedded", "local"):
            stop = f"dbperf stop {cluster.detach()}"
        else:
            cluster.detach()
            stop = "docker rm -f <the postgres container> (docker ps lists it)"
        return with_database(admin_uri, name), stop

    where._keep = keep_running if kind != "server" else None
    return where


def drop_database(server_uri: str, name: str) -> None:
    """DROP DATABASE `name` on the server, quietly: clean-up only, never hides the audit's outcome."""
    try:
        with psycopg.connect(server_uri, autocommit=True) as admin:
            admin.execute(pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name)))
    except psycopg.Error:
        pass  # clean-up only: never hide the audit's own outcome
