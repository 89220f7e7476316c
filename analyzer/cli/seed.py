"""`dbperf seed`: seed a project's schema and leave the database running to explore."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape

from dbperf.cli import options
from dbperf.cli.console import err, progress_ui, run
from dbperf.cli.stop import stop_kept
from dbperf.diagnostics import DbperfError
from dbperf.pipeline import AuditOptions, empty_tables_error, run_audit
from dbperf.project import discover


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


def seed_project(path: Path, schema: list[Path | str] | None, scale: float | None, rows: dict[str, int],
                 seed: int | None, cache: bool, postgres: str | None = None, stats: Path | None = None,
                 queries: list[Path] | None = None, format_in: str | None = None) -> dict:
    """Seed `path`'s schema into a database that stays running; report.database (with uri and stop).
    The captured queries shape the data (values they filter on, tables they read)."""
    project = discover(path, schema or None, queries or None)
    result = run_audit(project, AuditOptions(seed=seed, scale=scale, rows=rows or None, cache=cache, keep=True,
                                             seed_only=True, postgres=postgres, stats=stats, format_in=format_in),
                       progress_ui(err))
    database = dict(result.report.database)
    database["tables"] = {t.name: t.rows for t in result.context.schema.tables.values()}
    database["problems"] = [str(p) for p in result.report.problems if p.stage == "seed"]
    database["empty"] = list(result.empty)  # not allowed by [seed] allow_empty: exit 2 (pipeline.empty_tables_error)
    return database


def seed(
    path: Path = options.project_path(),
    schema: Optional[List[str]] = options.schema(),
    queries: Optional[List[Path]] = options.queries(),
    format_in: Optional[str] = options.format_in(),
    scale: Optional[float] = options.scale(),
    rows: Optional[List[str]] = typer.Option(None, "--rows", help="Rows of one table at scale 1: TABLE=N. "
                                             "Repeatable; overrides \\[seed] rows."),
    seed: Optional[int] = options.seed(),
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

    Prints the database's URI on stdout; per-table row counts and rates on stderr.

    Examples:

      dbperf seed fixtures/saas --scale 0.1

      dbperf seed . --rows orders=5000000 --keep   # then: psql "$URI"; dbperf stop NAME
    """

    def job() -> None:
        database = seed_project(path, options.schema_sources(schema), scale, parse_rows(rows), seed,
                                not no_cache, postgres, stats, queries, format_in)
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

    run(job)
