"""`dbperf stop`: stop and delete a database left running by `--keep`."""

from __future__ import annotations

import shutil
from pathlib import Path

import typer
from psycopg.conninfo import conninfo_to_dict
from rich.markup import escape

from dbperf.cache import cache_dir as default_cache_dir
from dbperf.cli.console import err, run
from dbperf.diagnostics import DbperfError
from dbperf.postgres.cluster import CacheCluster, stop_server


def stop_kept(target: str, cache_dir: Path | None = None) -> bool:
    """Stop what `--keep` left running: a database name / URI on the cache cluster, or a data directory."""
    folder = Path(target).expanduser()
    if folder.is_dir() and (folder / "PG_VERSION").exists():  # a kept throw-away cluster (--no-cache)
        stop_server(folder)
        shutil.rmtree(folder.parent if folder.name == "pgdata" else folder, ignore_errors=True)
        return True
    name = target
    if "=" in target or "://" in target:
        try:
            name = conninfo_to_dict(target).get("dbname") or target
        except Exception:
            pass
    with CacheCluster(default_cache_dir(cache_dir)) as cluster:
        return cluster.release_kept(str(name))


def stop(
    target: str = typer.Argument(..., help="What `seed --keep` / `audit --keep` printed: a database name "
                                 "or URI, or a data directory."),
) -> None:
    """Stop a database left running by `--keep` and delete it.

    Examples:

      dbperf stop dbperf_keep_3f2a…          # the name `dbperf seed --keep` printed

      dbperf cache                           # lists what is kept
    """

    def job() -> None:
        if not stop_kept(target):
            raise DbperfError(f"nothing kept is called {target!r}", hint="`dbperf cache` lists kept databases")
        err.print(f"stopped {escape(target)}", soft_wrap=True)

    run(job)
