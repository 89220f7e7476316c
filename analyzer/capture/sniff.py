"""Which capture format a file holds, decided from its name and first lines."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path
from typing import TextIO

SQL = "sql"
DRIZZLE = "drizzle"
PG_STDERR = "pg_stderr"

SUPPORTED = (
    "supported capture formats: .sql files (statements separated by ';'), "
    "Drizzle ORM DefaultLogger output ('Query: … -- params: […]' lines), "
    "PostgreSQL stderr server logs (log_min_duration_statement or log_statement); "
    "each may be gzip-compressed (.gz)"
)

SNIFF_LINES = 50  # non-empty lines looked at before giving up

# An optional ISO-8601 timestamp some apps put before Drizzle's "Query: ".
ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})? ")

# A PostgreSQL log line: any log_line_prefix, then a severity, a colon and two spaces.
PG_SEVERITIES = (
    "DEBUG1|DEBUG2|DEBUG3|DEBUG4|DEBUG5|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC"
    "|DETAIL|HINT|QUERY|CONTEXT|STATEMENT|LOCATION"
)
PG_LINE = re.compile(rf"(?P<prefix>.{{0,300}}?)\b(?P<severity>{PG_SEVERITIES}):  (?P<message>.*)")


def open_text(path: Path) -> TextIO:
    """Open a capture file as text, decompressing `.gz`; undecodable bytes are replaced."""
    if path.suffix == ".gz":
        return io.TextIOWrapper(
            gzip.open(path, "rb"), encoding="utf-8", errors="replace", newline=""
        )
    return open(path, encoding="utf-8", errors="replace", newline="")


def base_suffix(path: Path) -> str:
    """The file's extension, ignoring a trailing `.gz`: `q.sql.gz` -> `.sql`."""
    return Path(path.stem).suffix if path.suffix == ".gz" else path.suffix


def is_drizzle_line(line: str) -> bool:
    """True for a Drizzle DefaultLogger line, with or without an ISO timestamp before it."""
    match = ISO_PREFIX.match(line)
    return line.startswith("Query: ", match.end() if match else 0)


def is_pg_line(line: str) -> bool:
    """True for a PostgreSQL stderr log line (whatever its log_line_prefix)."""
    return PG_LINE.match(line) is not None


def sniff(path: Path) -> str | None:
    """The format of `path` (SQL, DRIZZLE, PG_STDERR), or None when not recognised.

    Raises OSError (and gzip.BadGzipFile) when the file cannot be read.
    """
    if base_suffix(path).lower() == ".sql":
        return SQL
    seen = 0
    with open_text(path) as stream:
        for line in stream:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if is_drizzle_line(line):
                return DRIZZLE
            if is_pg_line(line):
                return PG_STDERR
            seen += 1
            if seen >= SNIFF_LINES:
                break
    return None
