"""`dbperf audit`: seed the schema, EXPLAIN ANALYZE the captured queries, report problems with evidence."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from dbperf.advisor.console import render as render_advice
from dbperf.audit_options import default_jobs
from dbperf.cli import options
from dbperf.cli.console import err, progress_ui, run, writable_folder, write_output
from dbperf.cli.options import ReportFormat
from dbperf.diagnostics import DbperfError
from dbperf.gate.sarif import render_sarif
from dbperf.migrate.writer import write_migrations as write_migration_files
from dbperf.pipeline import AuditOptions, empty_tables_error, run_audit
from dbperf.project import discover
from dbperf.report.console import render_console
from dbperf.report.html import render_html
from dbperf.report.json_report import render_json, report_dict
from dbperf.report.markdown import render_markdown

WRITE_MIGRATIONS_HELP = (
    "Write the proposed index changes into this folder as SQL migrations (up and rollback). In a "
    "drizzle-kit project it ALSO adds a migration, and its meta/_journal.json entry, to the project's own "
    "drizzle migrations folder, so that `drizzle-kit migrate` applies it."
)


def audit(
    path: Path = options.project_path(),
    schema: Optional[List[str]] = options.schema(),
    queries: Optional[List[Path]] = options.queries(),
    format_in: Optional[str] = options.format_in(),
    output_format: ReportFormat = options.output_format(ReportFormat.rich),
    output: Optional[Path] = options.output(),
    seed: Optional[int] = options.seed(),
    scale: Optional[float] = options.scale(),
    jobs: Optional[int] = options.jobs(),
    write_migrations: Optional[Path] = typer.Option(None, "--write-migrations", help=WRITE_MIGRATIONS_HELP),
    rule: Optional[List[str]] = options.rule(),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show every measured query."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Seed afresh instead of reusing the cached seeded "
                                  "database of an unchanged project (docs/cache.md)."),
    dsn: Optional[str] = typer.Option(None, "--dsn", help="Audit this existing database instead of a seeded "
                                      "one: read-only, every statement rolled back, statement and lock "
                                      "timeouts set; the schema is read from its catalog."),
    allow_writes: bool = typer.Option(False, "--allow-writes", help="With --dsn: EXPLAIN ANALYZE writes too "
                                      "(still in a transaction that is rolled back)."),
    keep: bool = typer.Option(False, "--keep", help="Leave the seeded database running and print its URI "
                              "(stop it with `dbperf stop`)."),
    postgres: Optional[str] = typer.Option(None, "--postgres", help="Run on PostgreSQL 13-17 instead of the "
                                           "embedded 18: that version's installed server binaries (e.g. "
                                           "Debian's postgresql-15, or DBPERF_PG_BINDIR), else a Docker "
                                           "container (docker extra)."),
    stats: Optional[Path] = typer.Option(None, "--stats", exists=True, dir_okay=False,
                                         help="stats.json from `dbperf stats export`: seed production's row "
                                         "counts (x --scale) and value distributions (docs/seeding.md)."),
    advise: bool = typer.Option(False, "--advise", help="Also run the index advisor: the smallest set of "
                                "indexes for the whole workload, each measured (as `dbperf advise`); "
                                "--write-migrations then writes that set."),
) -> None:
    """Audit an application: seed its schema, EXPLAIN ANALYZE its queries, report problems with evidence.

    Exit 0 when the audit ran (with findings or not), 2 when it could not run; `dbperf check` is the
    command that fails on findings.

    Examples:

      dbperf audit .                                  # find schema and captures by convention

      dbperf audit . --schema drizzle --queries logs/postgresql.log

      dbperf audit . --queries app.log --format-in drizzle   # don't guess the capture format

      dbperf audit . --format json -o report.json

      dbperf audit . --format html -o report.html     # plans, charts, filters: one offline page

      dbperf audit . --write-migrations migrations/   # index migrations, ready to commit

      dbperf audit . --dsn postgresql://ro@staging/app  # a real database, read-only

      dbperf audit . --advise --write-migrations migrations/  # the workload's index plan, measured
    """
    audit_options = AuditOptions(seed=seed, scale=scale, jobs=jobs or default_jobs(), rules=rule or None, cache=False if no_cache else None,
                                 dsn=dsn, allow_writes=allow_writes or None, keep=keep, postgres=postgres,
                                 stats=stats, advise=advise, format_in=format_in)
    run(lambda: run_and_print(path, options.schema_sources(schema), queries, output_format, output,
                              write_migrations, verbose, audit_options))


def run_and_print(path: Path, schema: list[Path | str] | None, queries: list[Path] | None,
                  output_format: ReportFormat, output: Path | None, write_migrations: Path | None,
                  verbose: bool, audit_options: AuditOptions) -> None:
    """The audit of `path`, printed (or written to `output`), its migrations written; `demo` runs it too."""
    project = discover(path, schema, queries or None, require_schema=not audit_options.dsn)
    if output is not None:  # before the audit: a typo in -o must not throw a finished report away
        writable_folder(output.parent, f"cannot write the report to {output}")
    if write_migrations is not None:
        writable_folder(write_migrations, f"cannot write migrations into {write_migrations}")
    ui = progress_ui(err)
    for note in project.notes:
        ui.note(f"[dim]{escape(note)}[/dim]")
    result = run_audit(project, audit_options, ui)
    if audit_options.keep and result.report.database.get("uri"):
        err.print(f"database kept: {result.report.database['uri']}  (stop it: {result.report.database['stop']})",
                  soft_wrap=True)
    text = render_report(result.report, output_format, verbose, to_file=output is not None, advice=result.advice)
    write_output(text, output)
    if write_migrations is not None:
        try:
            written_paths = write_migration_files(result.changes, write_migrations, project)
        except (OSError, ValueError) as exc:
            raise DbperfError(f"cannot write the migrations: {exc}",
                              hint="fix the path or the drizzle-kit journal named above and run the audit again") from exc
        for written in written_paths:
            err.print(f"wrote {escape(str(written))}", soft_wrap=True)
        if not written_paths:
            err.print("no index changes to write: no migration files written", soft_wrap=True)
    if result.empty:  # after the report: it says why each table could not be seeded
        raise empty_tables_error(result.empty)


def render_report(report: Any, output_format: ReportFormat, verbose: bool, to_file: bool,
                  advice: Any = None) -> str:
    """The report in `output_format`; rich goes straight to the terminal ("" returned) unless `to_file`."""
    if output_format == ReportFormat.json:
        return render_json(report)
    if output_format == ReportFormat.markdown:
        return render_markdown(report)
    if output_format == ReportFormat.sarif:
        return render_sarif(report)
    if output_format == ReportFormat.html:
        return render_html(report_dict(report))
    console = Console(record=True, file=io.StringIO(), width=100) if to_file else Console()
    render_console(report, console, verbose=verbose)
    if advice is not None:
        console.rule("[bold]Index plan for the whole workload[/bold] (dbperf advise)")
        render_advice(advice, console)
    return console.export_text() if to_file else ""
