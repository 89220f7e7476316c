"""`dbperf stats export --dsn URI > stats.json`: production's statistics, for `--stats`.

`register(app)` adds the `stats` command group (seedcli.register calls it).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import psycopg
import typer
from rich.console import Console

from dbperf.diagnostics import DbperfError

err = Console(stderr=True)


def export_to_text(dsn: str, redact: bool, schemas: list[str] | None) -> tuple[str, int, int]:
    """stats.json text of the database at `dsn` (read-only), with its table and column counts."""
    from dbperf.postgres.database import Database
    from dbperf.stats.export import export_stats
    from dbperf.stats.format import dumps

    try:
        db = Database.existing(dsn)
    except psycopg.Error as exc:
        raise DbperfError(f"cannot connect to --dsn: {str(exc).strip().splitlines()[0]}",
                          hint="check the URI, e.g. postgresql://user@host:5432/app") from None
    try:
        document = export_stats(db, redact=redact, schemas=schemas)
    except psycopg.Error as exc:
        raise DbperfError(f"reading pg_stats failed: {str(exc).strip().splitlines()[0]}",
                          hint="the role needs to read pg_class and pg_stats (any role can, for tables it may read)"
                          ) from None
    finally:
        db.close()
    tables = document["tables"]
    never = sorted(name for name, t in tables.items() if t["rows"] < 0)
    if never:
        shown = ", ".join(never[:5]) + (f" and {len(never) - 5} more" if len(never) > 5 else "")
        err.print(f"[yellow]warning:[/yellow] never analysed, no statistics: {shown} (their row counts and values "
                  "stay dbperf's guesses; run ANALYZE on them, then export again)", soft_wrap=True)
    return dumps(document), len(tables), sum(len(t["columns"]) for t in tables.values())


def register(app: typer.Typer) -> None:
    """Add `dbperf stats export`."""
    stats = typer.Typer(help="Production statistics without production rows (docs/seeding.md).",
                        no_args_is_help=True)

    @stats.command("export")
    def export_command(
        dsn: str = typer.Option(..., "--dsn", help="The database to read statistics from (read-only, rolled "
                                "back, with statement and lock timeouts)."),
        redact: bool = typer.Option(False, "--redact", help="Replace text values (most-common values, histogram "
                                    "bounds) by stand-ins; frequencies are kept."),
        schema: Optional[List[str]] = typer.Option(None, "--schema", help="Only this PostgreSQL schema. "
                                                   "Repeatable; default: every non-system schema."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    ) -> None:
        """Write stats.json: row counts (reltuples) and pg_stats of every column, never a row.

        Run ANALYZE first if the tables never were. Then: dbperf audit . --stats stats.json

        Examples:

          dbperf stats export --dsn postgresql://ro@prod/app > stats.json

          dbperf stats export --dsn "$DATABASE_URL" --redact -o stats.json
        """
        from dbperf.cli import _run

        def job() -> None:
            text, tables, columns = export_to_text(dsn, redact, schema or None)
            if output is not None:
                try:
                    output.write_text(text, encoding="utf-8")
                except OSError as exc:
                    raise DbperfError(f"cannot write {output}: {exc.strerror}", hint="choose another --output") \
                        from None
            else:
                typer.echo(text, nl=False)
            err.print(f"statistics of {tables} tables, {columns} columns"
                      + (" (text values redacted)" if redact else ""), soft_wrap=True)

        _run(job)

    app.add_typer(stats, name="stats")
