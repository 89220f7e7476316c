"""`dbperf stats export --dsn URI > stats.json`: production's statistics, for `--stats`."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import psycopg
import typer

from dbperf.cli import options
from dbperf.cli.console import err, run, write_output
from dbperf.diagnostics import DbperfError
from dbperf.postgres.database import Database
from dbperf.stats.export import export_stats
from dbperf.stats.format import dumps

app = typer.Typer(help="Production statistics without production rows (docs/seeding.md).", no_args_is_help=True)


def export_to_text(dsn: str, redact: bool, schemas: list[str] | None) -> tuple[str, int, int]:
    """stats.json text of the database at `dsn` (read-only), with its table and column counts."""
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


@app.command("export")
def export(
    dsn: str = typer.Option(..., "--dsn", help="The database to read statistics from (read-only, rolled "
                            "back, with statement and lock timeouts)."),
    redact: bool = typer.Option(False, "--redact", help="Replace text values (most-common values, histogram "
                                "bounds) by stand-ins; frequencies are kept."),
    schema: Optional[List[str]] = typer.Option(None, "--schema", help="Only this PostgreSQL schema. "
                                               "Repeatable; default: every non-system schema."),
    output: Optional[Path] = options.output("stats.json"),
) -> None:
    """Write stats.json: row counts (reltuples) and pg_stats of every column, never a row.

    Run ANALYZE first if the tables never were. Then: dbperf audit . --stats stats.json

    Examples:

      dbperf stats export --dsn postgresql://ro@prod/app > stats.json

      dbperf stats export --dsn "$DATABASE_URL" --redact -o stats.json
    """

    def job() -> None:
        text, tables, columns = export_to_text(dsn, redact, schema or None)
        write_output(text, output, "stats.json")
        err.print(f"statistics of {tables} tables, {columns} columns"
                  + (" (text values redacted)" if redact else ""), soft_wrap=True)

    run(job)
