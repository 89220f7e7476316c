"""Captured queries: one loader per format, all streaming `CapturedStatement`s.

`load(paths, problems)` streams `CapturedStatement`s: each path is a file, a
folder, a glob (`logs/*.log.gz`) or `-` (stdin), each file's format is sniffed
(see `sniff.py`) unless `format_in` forces one, and the statements of every
file come out in order, one at a time. Unreadable input becomes a `Problem`,
never an exception.

`load_workload(paths, problems)` is the fast way to a `Workload`: PostgreSQL
stderr logs go straight from lines to groups without statement objects, and a
big plain log is read on several cores (`parallel.py`).
"""

from __future__ import annotations

import atexit
import glob
import gzip
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dbperf.capture.drizzle_log import load_drizzle_log
from dbperf.capture.json_formats import load_jsonl, load_otlp, load_pgss
from dbperf.capture.model import CapturedStatement
from dbperf.capture.pg_stderr import load_pg_stderr
from dbperf.capture.pg_structured import load_csvlog, load_jsonlog
from dbperf.capture.sniff import (
    DRIZZLE,
    FORMATS,
    JSONL,
    OTLP,
    PG_CSVLOG,
    PG_JSONLOG,
    PG_STDERR,
    PGSS,
    SQL,
    SUPPORTED,
    sniff,
)  # fmt: skip
from dbperf.capture.sql_file import load_sql_file
from dbperf.capture.text import STDIN
from dbperf.diagnostics import Origin, Problems

if TYPE_CHECKING:
    from dbperf.workload import Workload

__all__ = ["FORMATS", "CapturedStatement", "capture_files", "load", "load_file", "load_workload"]

SKIPPED_FOLDERS = {"meta"}  # drizzle-kit's snapshot folder: JSON, not queries
# Files in a capture folder that are surely not captures (scripts, docs, config):
# skipped quietly there, but reported when named explicitly.
SKIPPED_SUFFIXES = {
    ".py", ".ts", ".tsx", ".js", ".mjs", ".cjs", ".sh",
    ".md", ".rst", ".html", ".toml", ".yaml", ".yml", ".lock",
}  # fmt: skip

_LOADERS: dict[str, Callable[[Path, Problems], Iterator[CapturedStatement]]] = {
    SQL: lambda path, problems: load_sql_file(path),
    DRIZZLE: load_drizzle_log,
    PG_STDERR: load_pg_stderr,
    PG_CSVLOG: load_csvlog,
    PG_JSONLOG: load_jsonlog,
    JSONL: load_jsonl,
    PGSS: load_pgss,
    OTLP: load_otlp,
}
FORMAT_ALIASES = {"stderr": PG_STDERR, "pg": PG_STDERR, "json": JSONL, "pg_stat_statements": PGSS,
                  "otel": OTLP}


def load(
    paths: list[Path], problems: Problems, format_in: str | None = None
) -> Iterator[CapturedStatement]:
    """The statements of every capture file under `paths` (files, folders, globs, `-`), in order."""
    for file in files_of(paths, problems):
        yield from load_file(file, problems, format_in)


def load_workload(
    paths: list[Path],
    problems: Problems,
    format_in: str | None = None,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Workload:
    """The `Workload` of every capture file under `paths`: `build_workload(load(…))`, faster.

    `jobs` processes read a big plain PostgreSQL stderr log (default: the CPU count).
    `progress(bytes, statements)` is called as input is read: bytes just read (as stored for
    plain PostgreSQL logs, the whole file at its end for other formats) and statements so far.
    """
    from dbperf.capture.parallel import PARALLEL_MIN_BYTES, scan_parallel
    from dbperf.capture.pg_stderr import FAILED_HINT, SESSION_KIND, failed_message, scan_pg_stderr
    from dbperf.workload.builder import WorkloadBuilder

    jobs = jobs or os.cpu_count() or 1
    builder = WorkloadBuilder(problems)

    def on_read(n: int) -> None:
        if progress is not None:
            progress(n, builder.workload.statements)

    for file in files_of(paths, problems):
        fmt = _format(file, problems, format_in)
        if fmt is None:
            continue
        builder.workload.formats[str(file)] = fmt
        plain_log = fmt == PG_STDERR and _plain(file)
        if fmt != PG_STDERR:
            for statement in _read(file, fmt, problems):
                builder.add(statement)
            on_read(_size(file))
            continue
        try:
            if jobs > 1 and plain_log and file.stat().st_size >= PARALLEL_MIN_BYTES:
                failed = scan_parallel(file, builder, problems, jobs, on_read=on_read)
            else:
                builder.start_file(str(file), SESSION_KIND)
                failed = scan_pg_stderr(file, problems, builder.add_raw, report_failed=False,
                                        emit_statement=builder.add,
                                        on_read=on_read if plain_log else None).failed
                if not plain_log:
                    on_read(_size(file))
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            _unreadable(file, exc, problems)
            continue
        if failed:
            problems.add("capture", failed_message(failed), Origin(str(file)), hint=FAILED_HINT)
    return builder.finish()


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:
        return 0


def files_of(paths: list[Path], problems: Problems) -> Iterator[Path]:
    """Capture files of `paths`: files, folders (walked), globs, and `-` for stdin."""
    for path in paths:
        text = str(path)
        if text == STDIN:
            yield _spooled_stdin()
            continue
        path = Path(path)
        if not path.exists() and glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            if matches:
                for match in matches:
                    yield from capture_files(Path(match))
                continue
        if not path.exists():
            problems.add(
                "capture",
                "capture path does not exist",
                Origin(str(path)),
                hint="check the capture paths given on the command line or in dbperf.toml",
            )
            continue
        yield from capture_files(path)


_stdin_copy: Path | None = None


def _spooled_stdin() -> Path:
    """stdin copied to a temporary file (sniffing reads the start twice; memory stays flat)."""
    global _stdin_copy
    if _stdin_copy is None:
        handle = tempfile.NamedTemporaryFile(prefix="dbperf-stdin-", suffix=".capture", delete=False)
        with handle:
            shutil.copyfileobj(sys.stdin.buffer, handle, 1 << 20)
        _stdin_copy = Path(handle.name)
        atexit.register(_stdin_copy.unlink, missing_ok=True)
    return _stdin_copy


def _plain(path: Path) -> bool:
    with open(path, "rb") as stream:
        return path.suffix != ".gz" and stream.read(2) != b"\x1f\x8b"


def capture_files(path: Path) -> Iterator[Path]:
    """`path` itself, or the capture files under a folder in sorted order.

    In a folder, hidden files and folders, `meta/` and scripts/docs/config files are skipped.
    """
    if not path.is_dir():
        yield path
        return
    for folder, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_FOLDERS)
        for name in sorted(files):
            file = Path(folder) / name
            if not name.startswith(".") and file.suffix.lower() not in SKIPPED_SUFFIXES:
                yield file


def load_file(
    path: Path, problems: Problems, format_in: str | None = None
) -> Iterator[CapturedStatement]:
    """The statements of one capture file, in its sniffed format (or `format_in`)."""
    fmt = _format(path, problems, format_in)
    if fmt is not None:
        yield from _read(path, fmt, problems)


def _format(path: Path, problems: Problems, format_in: str | None) -> str | None:
    if format_in:
        return FORMAT_ALIASES.get(format_in, format_in)
    origin = Origin(str(path))
    try:
        fmt = sniff(path)
    except (OSError, EOFError) as exc:
        problems.add("capture", f"cannot read capture file: {_reason(exc)}", origin, hint=SUPPORTED)
        return None
    if fmt is None:
        problems.add("capture", "unrecognised capture format", origin, hint=SUPPORTED)
    return fmt


def _read(path: Path, fmt: str, problems: Problems) -> Iterator[CapturedStatement]:
    try:
        yield from _LOADERS[fmt](path, problems)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:  # e.g. a truncated .gz: keep what was read
        _unreadable(path, exc, problems)


def _unreadable(path: Path, exc: BaseException, problems: Problems) -> None:
    problems.add(
        "capture",
        f"capture file could not be read to the end: {_reason(exc)}",
        Origin(str(path)),
        hint="the statements before the damage are kept",
    )


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def capture_bytes(paths: list[Path]) -> int:
    """Bytes of the capture files, or of the files under folders (stdin and globs count as 0): a
    progress bar's total."""
    total = 0
    for path in paths:
        try:
            if path.is_file():
                total += path.stat().st_size
            elif path.is_dir():
                total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        except OSError:
            pass
    return total
