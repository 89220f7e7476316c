"""The `dbperf` command. Thin: parses options, calls the pipeline, renders the report."""

from __future__ import annotations

import io
import os
import sys
import threading
import time
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Callable, Iterator, List, Optional, TextIO

import typer
from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from dbperf import __version__
from dbperf.diagnostics import DbperfError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

app = typer.Typer(
    name="dbperf",
    help=(
        "Find the performance problems of a PostgreSQL application before production does.\n\n"
        "dbperf loads your schema into a seeded scratch PostgreSQL, runs EXPLAIN ANALYZE on every "
        "captured query shape and reports missing indexes, over-selecting, N+1 loops, OFFSET "
        "pagination and more — each with measured evidence and a fix.\n\n"
        "Start with:  dbperf demo     (audits the bundled example app)\n\n"
        "Then:        dbperf audit PATH/TO/YOUR/APP"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
err = Console(stderr=True)


class OutputFormat(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dbperf {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    pass


class _Rate(ProgressColumn):
    """`84,512 rows/s` once there is a rate to show."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:,.0f} {self.unit}/s" if task.speed else "")


class RichUI:
    """Progress for the pipeline on stderr: a line per stage, bars for long ones."""

    def __init__(self, console: Console, enabled: bool) -> None:
        self.console = console
        self.enabled = enabled
        self.progress: Progress | None = None

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if not self.enabled:
            yield
            return
        with self.console.status(f"[bold]{name}…", spinner="dots"):
            yield

    def bar(self, description: str, total: int, unit: str = "") -> Callable[..., None]:
        if not self.enabled:
            return lambda n, description=None: None
        counts = (TextColumn("{task.completed:,.0f}/{task.total:,.0f} " + unit), _Rate(unit)) if unit else \
            (TextColumn("{task.completed}/{task.total}"),)
        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), *counts,
                            TimeElapsedColumn(), console=self.console, transient=True)
        task = progress.add_task(description, total=total)
        progress.start()

        def advance(n: int, description: str | None = None) -> None:
            progress.update(task, advance=n, **({"description": description} if description else {}))
            if progress.finished:
                progress.stop()

        if total == 0:
            progress.stop()
        return advance

    def note(self, message: str) -> None:
        if self.enabled:
            self.console.print(message)


PLAIN_EVERY_S = 5.0  # at most one progress line per stage this often when stderr is a log


class PlainUI:
    """Progress for a log (stderr not a terminal, as in CI): plain lines, never redrawn.

    A line when a stage starts and ends, a bar's count every `every` seconds (rows/s while
    seeding, n/m while measuring), and a "still running" line when a stage has said nothing
    for that long, so that a CI log shows the run moving.
    """

    def __init__(self, stream: TextIO | None = None, every: float = PLAIN_EVERY_S) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self._lock = threading.Lock()
        self._last = time.monotonic()

    def _say(self, text: str) -> None:
        with self._lock:
            self.stream.write(f"dbperf: {text}\n")
            self.stream.flush()
            self._last = time.monotonic()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.monotonic()
        self._say(f"{name}…")
        done = threading.Event()

        def heartbeat() -> None:
            while not done.wait(self.every / 2):
                if time.monotonic() - self._last >= self.every:
                    self._say(f"{name}: still running ({time.monotonic() - started:.0f} s)")

        ticker = threading.Thread(target=heartbeat, name="dbperf-progress", daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
            self._say(f"{name} done in {time.monotonic() - started:.1f} s")

    def bar(self, description: str, total: int, unit: str = "") -> Callable[..., None]:
        started = time.monotonic()
        state = {"done": 0, "label": description, "shown": started}

        def advance(n: int, description: str | None = None) -> None:
            state["done"] += n
            state["label"] = description or state["label"]
            now = time.monotonic()
            finished = total > 0 and state["done"] >= total
            if not (finished and state["shown"] != float("inf")) and now - state["shown"] < self.every:
                return
            state["shown"] = float("inf") if finished else now  # the end is said once
            count = f"{state['done']:,}/{total:,}" + (f" {unit}" if unit else "")
            rate = f" ({state['done'] / (now - started):,.0f} {unit}/s)" if unit and now > started else ""
            self._say(f"{state['label']}: {count}{rate}")

        return advance

    def note(self, message: str) -> None:
        try:
            self._say(Text.from_markup(message).plain)  # notes carry rich markup ([dim]…) for the terminal
        except MarkupError:
            self._say(message)


def progress_ui(console: Console) -> RichUI | PlainUI:
    """The pipeline's progress display: rich bars on a terminal, plain lines in a log (CI)."""
    return RichUI(console, enabled=True) if console.is_terminal else PlainUI(console.file)


@app.command()
def audit(
    path: Path = typer.Argument(Path("."), help="Project root (or a schema file). dbperf finds the schema and "
                                "captured queries by convention: dbperf.toml, a drizzle-kit migrations folder, "
                                "schema.sql, a queries/ folder."),
    schema: Optional[List[str]] = typer.Option(None, "--schema", "-s", help="Schema: a migrations folder "
                                               "(drizzle-kit, Prisma, golang-migrate, dbmate, Flyway, diesel, "
                                               "sqlx, Supabase), a DDL file, pg_dump --schema-only output, or "
                                               "a postgresql:// URI to read it from with pg_dump "
                                               "(docs/schema-sources.md). Repeatable."),
    queries: Optional[List[Path]] = typer.Option(None, "--queries", "-q", help="Captured queries: .sql files, "
                                                 "Drizzle logger output, PostgreSQL logs (stderr, csvlog, "
                                                 "jsonlog, auto_explain), pg_stat_statements exports, JSON "
                                                 "Lines, OpenTelemetry traces; files, folders, .gz. "
                                                 "Repeatable (docs/capture.md)."),
    output_format: OutputFormat = typer.Option(OutputFormat.rich, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed of the synthetic data (default 42, or "
                                       "dbperf.toml). Same seed, same data, same findings."),
    scale: Optional[float] = typer.Option(None, "--scale", help="Multiply every table's row count."),
    write_migrations: Optional[Path] = typer.Option(None, "--write-migrations", help="Write the proposed index "
                                                    "changes as migration files into this folder; for a "
                                                    "drizzle-kit project also a migration (and journal entry) "
                                                    "in the project's own migrations folder."),
    rule: Optional[List[str]] = typer.Option(None, "--rule", help="Run only this rule (repeatable)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show every measured query."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Seed afresh instead of reusing the cached seeded "
                                  "database of an unchanged project (docs/cache.md)."),
    dsn: Optional[str] = typer.Option(None, "--dsn", help="Audit this existing database instead of a seeded "
                                      "one: read-only, every statement rolled back, statement and lock "
                                      "timeouts set; the schema is read from its catalog."),
    allow_writes: bool = typer.Option(False, "--allow-writes", help="With --dsn: EXPLAIN ANALYZE writes too "
                                      "(still in a transaction that is rolled back)."),
    keep: bool = typer.Option(False, "--keep", help="Leave the seeded database running and print its URI."),
    postgres: Optional[str] = typer.Option(None, "--postgres", help="Run on PostgreSQL 13-17 instead of the embedded "
                                           "18: that version's installed server binaries (e.g. Debian's "
                                           "postgresql-15, or DBPERF_PG_BINDIR), else a Docker container "
                                           "(docker extra)."),
    stats: Optional[Path] = typer.Option(None, "--stats", exists=True, dir_okay=False,
                                         help="stats.json from `dbperf stats export`: seed production's row "
                                         "counts (x --scale) and value distributions (docs/seeding.md)."),
    advise: bool = typer.Option(False, "--advise", help="Also run the index advisor: the smallest set of "
                                "indexes for the whole workload, each measured (as `dbperf advise`); "
                                "--write-migrations then writes that set."),
) -> None:
    """Audit an application: seed its schema, EXPLAIN ANALYZE its queries, report problems with evidence.

    Examples:

      dbperf audit .                                  # find schema and captures by convention

      dbperf audit . --schema drizzle --queries logs/postgresql.log

      dbperf audit . --format json -o report.json

      dbperf audit . --write-migrations migrations/   # index migrations, ready to commit

      dbperf audit . --dsn postgresql://ro@staging/app  # a real database, read-only

      dbperf audit . --advise --write-migrations migrations/  # the workload's index plan, measured
    """
    from dbperf.pipeline import AuditOptions

    options = AuditOptions(seed=seed, scale=scale, rules=rule or None, cache=False if no_cache else None,
                           dsn=dsn, allow_writes=allow_writes or None, keep=keep, postgres=postgres,
                           stats=stats, advise=advise)
    _run(lambda: _audit(path, schema, queries, output_format, output, write_migrations, verbose, options))


@app.command()
def demo(
    output_format: OutputFormat = typer.Option(OutputFormat.rich, "--format", "-f", help="Report format."),
    scale: Optional[float] = typer.Option(None, "--scale", help="Multiply every table's row count."),
) -> None:
    """Audit the bundled example: a Next.js + Drizzle SaaS with 13 tables and the usual mistakes."""
    example = FIXTURES / "saas"
    relative = Path(os.path.relpath(example))
    path = relative if not str(relative).startswith("..") else example
    from dbperf.pipeline import AuditOptions

    _run(lambda: _audit(path, None, None, output_format, None, None, False, AuditOptions(scale=scale)))


@app.command("rules")
def list_rules(
    rule_id: Optional[str] = typer.Argument(None, help="Show the full documentation of this rule."),
) -> None:
    """List every rule with its documentation (generated from the rule's docstring)."""
    from dbperf.report.rules_doc import render_rules

    _run(lambda: render_rules(Console(), rule_id))


def _audit(path, schema, queries, output_format, output, write_migrations, verbose, options) -> None:
    from dbperf.pipeline import run_audit
    from dbperf.project import discover

    project = discover(path, _schema_sources(schema), queries or None, require_schema=not options.dsn)
    if output is not None:  # before the audit: a typo in -o must not throw a finished report away
        _writable_folder(output.parent, f"cannot write the report to {output}")
    if write_migrations is not None:
        _writable_folder(write_migrations, f"cannot write migrations into {write_migrations}")
    ui = progress_ui(err)
    for note in project.notes:
        ui.note(f"[dim]{escape(note)}[/dim]")
    result = run_audit(project, options, ui)
    if options.keep and result.report.database.get("uri"):
        err.print(f"database kept: {result.report.database['uri']}  (stop it: {result.report.database['stop']})",
                  soft_wrap=True)
    text = _render(result.report, output_format, verbose, to_file=output is not None, advice=result.advice)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            sys.stdout.write(text)  # the audit's result is not lost: it goes to stdout instead
            raise DbperfError(f"cannot write the report to {output}: {exc.strerror or exc}",
                              hint="the report was printed to stdout instead; choose a writable -o path") from exc
        err.print(f"report written to {escape(str(output))}", soft_wrap=True)
    elif text:
        sys.stdout.write(text)
    if write_migrations is not None:
        from dbperf.migrate.writer import write_migrations as write

        try:
            written_paths = write(result.changes, write_migrations, project)
        except (OSError, ValueError) as exc:
            raise DbperfError(f"cannot write the migrations: {exc}",
                              hint="fix the path or the drizzle-kit journal named above and run the audit again") from exc
        for written in written_paths:
            err.print(f"wrote {escape(str(written))}", soft_wrap=True)
        if not written_paths:
            err.print("no index changes to write: no migration files written", soft_wrap=True)
    if result.empty:  # after the report: it says why each table could not be seeded
        shown = ", ".join(result.empty[:10]) + (f" (+{len(result.empty) - 10} more)" if len(result.empty) > 10 else "")
        raise DbperfError(f"seeding left {len(result.empty)} table(s) empty: {shown}; queries on them were "
                          "measured on no data",
                          hint="the report's problems say why each table could not be seeded; if a table may "
                          f'stay empty: [seed] allow_empty = ["{result.empty[0]}"] in dbperf.toml '
                          "(docs/configuration.md)")


def _schema_sources(schema: list[str] | None) -> list[Path | str] | None:
    """--schema values: paths, except postgresql:// URIs (a Path would fold their `//`)."""
    from dbperf.schema.dump import is_dsn

    return [s if is_dsn(s) else Path(s) for s in schema] if schema else None


def _writable_folder(folder: Path, what: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DbperfError(f"{what}: {exc.strerror or exc}", hint="choose a folder you can write to") from exc
    if not os.access(folder, os.W_OK):
        raise DbperfError(f"{what}: permission denied", hint="choose a folder you can write to")


def _render(report, output_format: OutputFormat, verbose: bool, to_file: bool, advice=None) -> str:
    if output_format == OutputFormat.json:
        from dbperf.report.json_report import render_json

        return render_json(report)
    if output_format == OutputFormat.markdown:
        from dbperf.report.markdown import render_markdown

        return render_markdown(report)
    from dbperf.report.console import render_console

    console = Console(record=True, file=io.StringIO(), width=100) if to_file else Console()
    render_console(report, console, verbose=verbose)
    if advice is not None:
        from dbperf.advisor.cli import render as render_advice

        console.rule("[bold]Index plan for the whole workload[/bold] (dbperf advise)")
        render_advice(advice, console)
    return console.export_text() if to_file else ""


def _run(job: Callable[[], None]) -> None:
    """Run a command; a DbperfError is printed with its hint and exits 2, never a traceback."""
    try:
        job()
    except DbperfError as exc:
        # escape(): messages quote user input (paths, TOML, SQL) that may look like rich markup;
        # soft_wrap: a path or a file:line is never broken across lines.
        err.print(f"[bold red]error:[/bold red] {escape(exc.message)}", soft_wrap=True)
        if exc.hint:
            err.print(f"[dim]hint:[/dim] {escape(exc.hint)}", soft_wrap=True)
        raise typer.Exit(2)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]")
        raise typer.Exit(130)


def main() -> None:
    app()


def _register_commands() -> None:
    """Commands defined next to the code they drive."""
    from dbperf.advisor.cli import register as register_advise
    from dbperf.capture.cli import register as register_workload
    from dbperf.gate.cli import register as register_gate
    from dbperf.seedcli import register as register_seed

    register_gate(app)
    register_advise(app)
    register_workload(app)
    register_seed(app)


_register_commands()
