"""`dbperf cache`: the cached seeded databases (docs/cache.md)."""

from __future__ import annotations

import typer

from dbperf.cache import SeedCache, cache_dir
from dbperf.cli.console import err, run
from dbperf.postgres.cluster import CacheCluster


def cache(
    clear: bool = typer.Option(False, "--clear", help="Drop every cached seeded database."),
) -> None:
    """List the cached seeded databases and the kept ones (or clear the cache); see docs/cache.md.

    Examples:

      dbperf cache                 # where the cache is, each entry's size and hits

      dbperf cache --clear         # the next audit seeds afresh

      DBPERF_CACHE_DIR=/tmp/c dbperf audit .   # another cache folder
    """

    def job() -> None:
        folder = cache_dir()
        with CacheCluster(folder) as cluster:
            seeded = SeedCache(cluster.uri)
            if clear:
                err.print(f"dropped {seeded.clear()} cached database(s)")
                return
            entries = seeded.entries()
            typer.echo(f"cache: {folder}")
            for e in entries:
                typer.echo(f"  {e['key'][:12]}  {e['bytes'] / 2**20:8,.0f} MB  hits {e['hits']:>4}  "
                           f"last used {e['last_used']:%Y-%m-%d %H:%M}")
            for name, uri in cluster.kept().items():
                typer.echo(f"  kept {name}: {uri}")
            if not entries:
                typer.echo("  (empty)")

    run(job)
