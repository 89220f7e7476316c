"""`dbperf advise`: workload-level index proposals, measured, as ready-to-commit migrations."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from dbperf.advisor.advise import advise as advise_workload
from dbperf.advisor.console import render as render_advice
from dbperf.audit_options import default_jobs
from dbperf.cli import options
from dbperf.cli.audit import WRITE_MIGRATIONS_HELP
from dbperf.cli.console import err, progress_ui, run, writable_folder, write_output
from dbperf.cli.options import AdviseFormat
from dbperf.migrate.sql_files import up_sql
from dbperf.migrate.writer import write_migrations as write_migration_files
from dbperf.pipeline import AuditOptions, measured_context
from dbperf.project import discover
from dbperf.report.html import render_html
from dbperf.report.json_report import report_dict
from dbperf.report.model import QueryReport, Report


def advise(
    path: Path = options.project_path(),
    schema: Optional[List[str]] = options.schema(),
    queries: Optional[List[Path]] = options.queries(),
    format_in: Optional[str] = options.format_in(),
    write_migrations: Optional[Path] = typer.Option(None, "--write-migrations", help=WRITE_MIGRATIONS_HELP),
    dry_run: bool = typer.Option(False, "--dry-run", help="Print the up migration that would be written "
                                 "(to stderr), write nothing."),
    max_indexes: Optional[int] = typer.Option(None, "--max-indexes", help="Create at most N indexes."),
    max_size: Optional[float] = typer.Option(None, "--max-size", help="New indexes may use at most this "
                                             "many MB (seeded data)."),
    min_gain: float = typer.Option(0.002, "--min-gain", help="Stop when the best index saves less than this "
                                   "fraction of the shared buffers of the index-addressable queries "
                                   "(deterministic; ms are reported)."),
    include_unused: bool = typer.Option(False, "--include-unused", help="Also drop indexes no captured "
                                        "query uses (shown as info otherwise)."),
    output_format: AdviseFormat = options.output_format(AdviseFormat.rich),
    output: Optional[Path] = options.output("the advice"),
    scale: Optional[float] = options.scale(),
    jobs: Optional[int] = options.jobs(),
    seed: Optional[int] = options.seed(),
) -> None:
    """Propose the indexes that most lower the measured workload, and the ones to drop.

    Each index is built on the seeded data and the whole workload re-measured with it: only
    indexes that save shared buffers survive, chosen for the workload (one composite index
    serving several queries beats three single-column ones), write and storage cost counted.

    Examples:

      dbperf advise fixtures/saas

      dbperf advise . --max-indexes 5 --dry-run                # the migration it would write

      dbperf advise . --max-indexes 5 --write-migrations migrations/

      dbperf advise . --format json -o advice.json

      dbperf advise . --format html -o advice.html     # each query before/after, with its plan
    """

    def job() -> None:
        project = discover(path, options.schema_sources(schema), queries or None)
        if output is not None:
            writable_folder(output.parent, f"cannot write the advice to {output}")
        if write_migrations is not None and not dry_run:
            writable_folder(write_migrations, f"cannot write migrations into {write_migrations}")
        ui = progress_ui(err)
        for note in project.notes:
            ui.note(f"[dim]{escape(note)}[/dim]")
        with measured_context(project, AuditOptions(seed=seed, scale=scale, jobs=jobs or default_jobs(), format_in=format_in), ui) as ctx:
            with ui.stage("trying indexes"):
                advice = advise_workload(ctx, max_indexes=max_indexes,
                                         max_size_bytes=int(max_size * 2**20) if max_size is not None else None,
                                         min_gain=min_gain)
        if output_format == AdviseFormat.json:
            text = json.dumps(advice.to_json(), indent=2) + "\n"
        elif output_format == AdviseFormat.html:  # the advice, and the plans it was measured on
            report = Report(inputs={"root": str(project.root)}, advice=advice.to_json(),
                            database={"seed": ctx.config.seed, "scale": ctx.config.scale},
                            queries=[QueryReport.from_group(g, ctx.measurements.get(g.fingerprint))
                                     for g in ctx.groups()])
            text = render_html(report_dict(report), command="advise")
        else:
            console = Console(record=True, file=io.StringIO(), width=100) if output else Console()
            render_advice(advice, console)
            text = console.export_text() if output else ""
        write_output(text, output, "advice")
        if write_migrations is None and not dry_run:
            return
        changes = advice.changes(include_unused=include_unused)
        if dry_run:
            where = f" to {write_migrations}" if write_migrations is not None else ""
            err.print(f"dry run: {len(changes)} change(s) would be written{where}:")
            err.print(up_sql(changes), markup=False, highlight=False, soft_wrap=True)
            return
        for written in write_migration_files(changes, write_migrations, project):
            err.print(f"wrote {escape(str(written))}", soft_wrap=True)

    run(job)
