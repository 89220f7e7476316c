"""Captured queries: one loader per format, all streaming `CapturedStatement`s.

`load(paths, problems)` is the one entry point: each path is a file or a
folder, each file's format is sniffed (see `sniff.py`), and the statements of
every file come out in order, one at a time. Unreadable input becomes a
`Problem`, never an exception.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import Callable, Iterator

from dbperf.capture.drizzle_log import load_drizzle_log
from dbperf.capture.model import CapturedStatement
from dbperf.capture.pg_stderr import load_pg_stderr
from dbperf.capture.sniff import DRIZZLE, PG_STDERR, SQL, SUPPORTED, sniff
from dbperf.capture.sql_file import load_sql_file
from dbperf.diagnostics import Origin, Problems

__all__ = ["CapturedStatement", "capture_files", "load", "load_file"]

SKIPPED_FOLDERS = {"meta"}  # drizzle-kit's snapshot folder: JSON, not queries
# Files in a capture folder that are surely not captures (scripts, docs, config):
# skipped quietly there, but reported when named explicitly.
SKIPPED_SUFFIXES = {
    ".py", ".ts", ".tsx", ".js", ".mjs", ".cjs", ".sh",
    ".md", ".rst", ".html", ".json", ".toml", ".yaml", ".yml", ".lock",
}  # fmt: skip

_LOADERS: dict[str, Callable[[Path, Problems], Iterator[CapturedStatement]]] = {
    SQL: lambda path, problems: load_sql_file(path),
    DRIZZLE: load_drizzle_log,
    PG_STDERR: load_pg_stderr,
}


def load(paths: list[Path], problems: Problems) -> Iterator[CapturedStatement]:
    """The statements of every capture file under `paths` (files or folders), in order."""
    for path in paths:
        path = Path(path)
        if not path.exists():
            problems.add(
                "capture",
                "capture path does not exist",
                Origin(str(path)),
                hint="check the capture paths given on the command line or in dbperf.toml",
            )
            continue
        for file in capture_files(path):
            yield from load_file(file, problems)


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


def load_file(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """The statements of one capture file, whatever its (sniffed) format."""
    origin = Origin(str(path))
    try:
        fmt = sniff(path)
    except (OSError, EOFError) as exc:
        problems.add("capture", f"cannot read capture file: {_reason(exc)}", origin, hint=SUPPORTED)
        return
    if fmt is None:
        problems.add("capture", "unrecognised capture format", origin, hint=SUPPORTED)
        return
    try:
        yield from _LOADERS[fmt](path, problems)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:  # e.g. a truncated .gz: keep what was read
        problems.add(
            "capture",
            f"capture file could not be read to the end: {_reason(exc)}",
            origin,
            hint="the statements before the damage are kept",
        )


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
