"""What every command shares: the stderr console, progress display, error handling and output files.

Progress goes to stderr: rich bars on a terminal (`RichUI`), plain `dbperf: …`
lines in a log such as CI's (`PlainUI`). A `DbperfError` is printed as
`error: …` + `hint: …` and exits 2, never a traceback (`run`, `guard`).
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import typer
from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)
from rich.text import Text

from dbperf.capture import capture_bytes
from dbperf.diagnostics import DbperfError
from dbperf.gate import EXIT_ERROR  # 2: dbperf could not run (every command, not only the gate)

EXIT_INTERRUPTED = 130

err = Console(stderr=True)


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


def progress_ui(console: Console = err) -> RichUI | PlainUI:
    """The pipeline's progress display: rich bars on a terminal, plain lines in a log (CI)."""
    return RichUI(console, enabled=True) if console.is_terminal else PlainUI(console.file)


@contextmanager
def reading_progress(paths: list[Path]) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr (bytes read, statements/s) while captures are read; none off a terminal."""
    if not err.is_terminal:
        yield None
        return
    total = None if any(str(p) == "-" for p in paths) else capture_bytes(paths) or None
    columns = (TextColumn("reading captures"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("read", total=total, rate="")
        started = time.perf_counter()

        def advance(read: int, statements: int) -> None:
            rate = statements / max(time.perf_counter() - started, 1e-6)
            bar.update(task, advance=read, rate=f"{statements:,} statements · {rate:,.0f}/s")

        yield advance


def _print_error(exc: DbperfError) -> None:
    # escape(): messages quote user input (paths, TOML, SQL) that may look like rich markup;
    # soft_wrap: a path or a file:line is never broken across lines.
    err.print(f"[bold red]error:[/bold red] {escape(exc.message)}", soft_wrap=True)
    if exc.hint:
        err.print(f"[dim]hint:[/dim] {escape(exc.hint)}", soft_wrap=True)


def run(job: Callable[[], None]) -> None:
    """Run a command; a DbperfError is printed with its hint and exits 2, never a traceback."""
    try:
        job()
    except DbperfError as exc:
        _print_error(exc)
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]")
        raise typer.Exit(EXIT_INTERRUPTED) from None


def guard(job: Callable[[], int]) -> int:
    """A command whose exit code is a verdict (`check`): 2 for anything that stops dbperf, even a bug,
    so that a crash never reads as "the gate failed" (1); never a traceback."""
    try:
        return job()
    except DbperfError as exc:
        _print_error(exc)
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]")
        return EXIT_INTERRUPTED
    except Exception as exc:
        err.print(f"[bold red]internal error:[/bold red] {escape(f'{type(exc).__name__}: {exc}')}", soft_wrap=True)
        err.print(escape("".join(traceback.format_exception(exc)[-3:])), soft_wrap=True, style="dim")
        err.print("[dim]hint:[/dim] please report this bug with the input that triggers it")
        return EXIT_ERROR


def writable_folder(folder: Path, what: str) -> None:
    """Create `folder` or stop with `what` and the reason: checked before a long run, not after it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DbperfError(f"{what}: {exc.strerror or exc}", hint="choose a folder you can write to") from exc
    if not os.access(folder, os.W_OK):
        raise DbperfError(f"{what}: permission denied", hint="choose a folder you can write to")


def write_output(text: str, output: Path | None, what: str = "report") -> None:
    """`text` to the `-o` file (said on stderr), else to stdout. A file that cannot be written gets the
    text on stdout instead, so a finished run is not lost, and exit 2."""
    if output is None:
        if text:
            sys.stdout.write(text)
            sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        sys.stdout.write(text)
        raise DbperfError(f"cannot write the {what} to {output}: {exc.strerror or exc}",
                          hint=f"the {what} was printed to stdout instead; choose a writable -o path") from exc
    err.print(f"{what} written to {escape(str(output))}", soft_wrap=True)
