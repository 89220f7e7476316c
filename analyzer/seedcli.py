"""`dbperf seed`, `dbperf stop` and `dbperf cache` (and `dbperf stats export`, from stats/cli.py): seeded databases to explore, and the cache of them.

`register(app)` adds the commands to the `dbperf` typer app (cli.py calls it).
"""

from __future__ import annotations

import shutil
import signal
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from dbperf.diagnostics import DbperfError

err = Console(stderr=True)


def parse_rows(items: list[str] | None) -> dict[str, int]:
    """`--rows users=1000 --rows orders=5e5` -> {"users": 1000, "orders": 500000}."""
    rows: dict[str, int] = {}
    for item in items or []:
        table, sep, count = item.partition("=")
        try:
            if not sep or not table.strip():
                raise ValueError
            rows[table.strip()] = int(float(count))
            if rows[table.strip()] < 0:
                raise ValueError
        except ValueError:
            raise DbperfError(f"--rows {item!r} is not TABLE=N",
                              hint="e.g. --rows users=100000 (rows at scale 1; repeat for several tables)") from None
    return rows


def seed_project(path: Path, schema: list[Path] | None, scale: float | None, rows: dict[str, int],
                 seed: int | None, cache: bool, postgres: str | None = None, stats: Path | None = None) -> dict:
    """Seed `path`'s schema into a database that stays running; report.database (with uri and stop)."""
    from dbperf.cli import progress_ui
    from dbperf.pipeline import AuditOptions, run_audit
    from dbperf.project import discover

    project = discover(path, schema or None, None)
    ui = progress_ui(err)
    result = run_audit(project, AuditOptions(seed=seed, scale=scale, rows=rows or None, cache=cache, keep=True,
                                             seed_only=True, postgres=postgres, stats=stats), ui)
    database = dict(result.report.database)
    database["tables"] = {t.name: t.rows for t in result.context.schema.tables.values()}
    database["problems"] = [str(p) for p in result.report.problems if p.stage == "seed"]
    database["empty"] = list(result.empty)  # not allowed by [seed] allow_empty: exit 2 (pipeline.empty_tables_error)
    return database


def stop_kept(target: str, cache_dir: Path | None = None) -> bool:
    """Stop what `--keep` left running: a database name / URI on the cache cluster, or a data directory."""
    from psycopg.conninfo import conninfo_to_dict

    from dbperf.cache import cache_dir as default_cache_dir
    from dbperf.postgres.cluster import CacheCluster, stop_server

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


def register(app: typer.Typer) -> None:
    """Add `seed`, `stop`, `cache` and `stats export` to the dbperf command."""
    from dbperf.stats.cli import register as register_stats

    register_stats(app)

    @app.command("seed")
    def seed_command(
        path: Path = typer.Argument(Path("."), help="Project root (or a schema file), found as for `audit`."),
        schema: Optional[List[Path]] = typer.Option(None, "--schema", "-s", help="Schema path. Repeatable."),
        scale: Optional[float] = typer.Option(None, "--scale", help="Multiply every table's row count."),
        rows: Optional[List[str]] = typer.Option(None, "--rows", help="Rows of one table at scale 1: TABLE=N. "
                                                 "Repeatable; overrides \\[seed] rows."),
        seed: Optional[int] = typer.Option(None, "--seed", help="Seed of the synthetic data."),
        keep: bool = typer.Option(False, "--keep", help="Return at once and leave the database running "
                                  "(stop it with `dbperf stop`); without it, dbperf waits for Ctrl-C."),
        no_cache: bool = typer.Option(False, "--no-cache", help="Seed afresh on a throw-away cluster."),
        postgres: Optional[str] = typer.Option(None, "--postgres", help="PostgreSQL major version (13-17): its "
                                               "installed binaries, else a container (docker extra); "
                                               "default: the embedded 18."),
        stats: Optional[Path] = typer.Option(None, "--stats", exists=True, dir_okay=False,
                                             help="stats.json from `dbperf stats export`: production's row "
                                             "counts (x --scale) and value distributions."),
    ) -> None:
        """Seed a project's schema and leave the database running to explore with psql or your app.

        Examples:

          dbperf seed fixtures/saas --scale 0.1

          dbperf seed . --rows orders=5000000 --keep   # then: psql "$URI"; dbperf stop NAME
        """
        from dbperf.cli import _run
        from dbperf.pipeline import empty_tables_error

        def job() -> None:
            database = seed_project(path, schema, scale, parse_rows(rows), seed, not no_cache, postgres, stats)
            total = sum(v or 0 for v in database["tables"].values())
            err.print(f"seeded {total:,} rows in {len(database['tables'])} tables "
                      f"(PostgreSQL {database['postgres']}, cache {database['cache']})", soft_wrap=True)
            for name, seconds in sorted(database.get("seconds_per_table", {}).items(), key=lambda kv: -kv[1]):
                table_rows = database["tables"].get(name) or 0
                rate = f"{table_rows / seconds:>12,.0f} rows/s" if seconds > 0 else ""
                err.print(f"  {escape(name):24} {table_rows:>12,} rows {seconds:>7.2f} s {rate}", soft_wrap=True)
            for problem in database["problems"]:
                err.print(f"[yellow]seed:[/yellow] {escape(problem)}", soft_wrap=True)
            typer.echo(database["uri"])
            err.print(f"connect:  psql \"{escape(database['uri'])}\"", soft_wrap=True)
            if keep:
                err.print(f"stop it:  {escape(database['stop'])}", soft_wrap=True)
            if database["empty"]:
                if not keep:
                    stop_kept(database["stop"].removeprefix("dbperf stop "))
                raise empty_tables_error(database["empty"])
            if keep:
                return
            err.print("press Ctrl-C to stop and delete it", soft_wrap=True)
            try:
                while True:
                    signal.pause() if hasattr(signal, "pause") else time.sleep(3600)
            except (KeyboardInterrupt, SystemExit):
                pass
            finally:
                stop_kept(database["stop"].removeprefix("dbperf stop "))
                err.print("stopped")

        _run(job)

    @app.command("stop")
    def stop_command(
        target: str = typer.Argument(..., help="What `seed --keep` / `audit --keep` printed: a database name "
                                     "or URI, or a data directory."),
    ) -> None:
        """Stop a database left running by `--keep` and delete it."""
        from dbperf.cli import _run

        def job() -> None:
            if not stop_kept(target):
                raise DbperfError(f"nothing kept is called {target!r}", hint="`dbperf cache` lists kept databases")
            err.print(f"stopped {escape(target)}", soft_wrap=True)

        _run(job)

    @app.command("cache")
    def cache_command(
        clear: bool = typer.Option(False, "--clear", help="Drop every cached seeded database."),
    ) -> None:
        """List the cached seeded databases (or clear them); see docs/cache.md."""
        from dbperf.cache import SeedCache, cache_dir
        from dbperf.cli import _run
        from dbperf.postgres.cluster import CacheCluster

        def job() -> None:
            folder = cache_dir()
            with CacheCluster(folder) as cluster:
                cache = SeedCache(cluster.uri)
                if clear:
                    err.print(f"dropped {cache.clear()} cached database(s)")
                    return
                entries = cache.entries()
                typer.echo(f"cache: {folder}")
                for e in entries:
                    typer.echo(f"  {e['key'][:12]}  {e['bytes'] / 2**20:8,.0f} MB  hits {e['hits']:>4}  "
                               f"last used {e['last_used']:%Y-%m-%d %H:%M}")
                for name, uri in cluster.kept().items():
                    typer.echo(f"  kept {name}: {uri}")
                if not entries:
                    typer.echo("  (empty)")

        _run(job)
