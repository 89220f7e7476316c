"""`dbperf advise`: workload-level index proposals, measured, as ready-to-commit migrations."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from dbperf.advisor.advise import Advice, advise
from dbperf.advisor.session import measured_context
from dbperf.pipeline import AuditOptions

err = Console(stderr=True)


class AdviseFormat(str, Enum):
    rich = "rich"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add `advise` to the dbperf app."""
    app.command("advise")(advise_command)


def advise_command(
    path: Path = typer.Argument(Path("."), help="Project root (as for `dbperf audit`)."),
    write_migrations: Optional[Path] = typer.Option(None, "--write-migrations", help="Write the migrations "
                                                    "(SQL up/down) into this folder; for a drizzle-kit project "
                                                    "also a migration (and journal entry) in the project's own "
                                                    "migrations folder."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the up migration that would be written, "
                                 "write nothing."),
    max_indexes: Optional[int] = typer.Option(None, "--max-indexes", help="Create at most N indexes."),
    max_size: Optional[float] = typer.Option(None, "--max-size", help="New indexes may use at most this "
                                             "many MB (seeded data)."),
    min_gain: float = typer.Option(0.002, "--min-gain", help="Stop when the best index saves less than this "
                                   "fraction of the shared buffers of the index-addressable queries (deterministic; ms are reported)."),
    include_unused: bool = typer.Option(False, "--include-unused", help="Also drop indexes no captured "
                                        "query uses (shown as info otherwise)."),
    format: AdviseFormat = typer.Option(AdviseFormat.rich, "--format", help="rich or json."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the report to this file."),
    scale: Optional[float] = typer.Option(None, "--scale", help="Multiply every table's row count."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed of the synthetic data."),
) -> None:
    """Propose the indexes that most lower the measured workload time, and the ones to drop.

    Examples:

      dbperf advise fixtures/saas

      dbperf advise . --max-indexes 5 --write-migrations migrations/
    """
    from dbperf.cli import _run
    from dbperf.project import discover

    def job() -> None:
        project = discover(path)
        with measured_context(project, AuditOptions(seed=seed, scale=scale)) as ctx:
            with err.status("trying indexes…"):
                advice = advise(ctx, max_indexes=max_indexes,
                                max_size_bytes=int(max_size * 2**20) if max_size is not None else None,
                                min_gain=min_gain)
        if format == AdviseFormat.json:
            text = json.dumps(advice.to_json(), indent=2) + "\n"
            if output:
                output.write_text(text, encoding="utf-8")
            else:
                typer.echo(text, nl=False)
        else:
            console = Console(file=output.open("w", encoding="utf-8")) if output else Console()
            render(advice, console)
        if write_migrations is not None or dry_run:
            changes = advice.changes(include_unused=include_unused)
            if dry_run:
                from dbperf.migrate.sql_files import up_sql

                where = f" to {write_migrations}" if write_migrations is not None else ""
                err.print(f"dry run: {len(changes)} change(s) would be written{where}:")
                err.print(up_sql(changes), markup=False, highlight=False, soft_wrap=True)
            else:
                from dbperf.migrate.writer import write_migrations as write

                for written in write(changes, write_migrations, project):
                    err.print(f"wrote {written}")

    _run(job)


def render(advice: Advice, console: Console) -> None:
    stats = f", {len(advice.statistics)} statistics object(s)" if advice.statistics else ""
    console.print(f"[bold]Workload[/bold]: {advice.queries} queries, {advice.before_ms:,.1f} ms → "
                  f"{advice.after_ms:,.1f} ms ({advice.ratio:.2f}x) with {len(advice.creates)} new index(es){stats}, "
                  f"{len(advice.drops)} to drop; {advice.trials} trials in {advice.seconds:.1f} s")
    console.print(f"[bold]Index-addressable part[/bold] ({advice.addressable_queries} queries with a filter, join "
                  f"or ORDER BY … LIMIT on a large table): {advice.addressable_before_ms:,.1f} ms → "
                  f"{advice.addressable_after_ms:,.1f} ms ({advice.addressable_ratio:.2f}x)")
    rest = [r for r in advice.not_addressable if r[2] >= 0.01 * max(advice.after_ms, 1e-9)]
    if rest:
        console.print("No index speeds up the rest (" + ", ".join(
            f"{origin or fp}: {ms:,.1f} ms" for fp, origin, ms in rest[:3]) + ")", soft_wrap=True)
    table = Table(show_lines=False, box=box.SIMPLE_HEAD)
    table.add_column("action")
    table.add_column("index", ratio=1)  # the one column that may wrap (between words)
    for column in ("queries", "ms", "size", "build", "writes"):  # numbers are never cut
        table.add_column(column, justify="right", no_wrap=True)
    for p in advice.proposals:
        where = f" WHERE {p.change.where}" if p.change.where else ""
        ms = f"{p.before_ms:,.1f} → {p.after_ms:,.1f}" if p.before_ms is not None and p.after_ms is not None else ""
        table.add_row(
            ("create statistics" if p.kind == "statistics" else p.action) + (" (info)" if p.level == "info" else ""),
            f"{p.table} ({', '.join(p.columns)}){where}",
            str(len(p.queries)), ms, f"{(p.size_bytes or 0) / 2**20:.1f} MB",
            f"{p.build_ms / 1000:.1f} s" if p.build_ms is not None else "", str(p.write_overhead_calls))
    console.print(table)
    for p in advice.proposals:  # the why, unabridged: the table would cut it to a word per line
        console.print(f"[bold]{p.action} {p.change.name}[/bold]: {p.change.reason}", soft_wrap=False)
    for name, why in advice.rejected:
        console.print(f"[dim]not proposed {name}[/dim]: {why}", soft_wrap=False)
    for fp, origin, why in advice.unmeasured:
        console.print(f"[yellow]not measured[/yellow] {origin or fp}: {why} (no advice for this query)",
                      soft_wrap=False, markup=True)
