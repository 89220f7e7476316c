"""Which capture format a file holds, decided from its name and first lines."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import TextIO

SQL = "sql"
DRIZZLE = "drizzle"
PG_STDERR = "pg_stderr"
PG_CSVLOG = "csvlog"
PG_JSONLOG = "jsonlog"
JSONL = "jsonl"
PGSS = "pgss"
OTLP = "otlp"
FORMATS = (SQL, DRIZZLE, PG_STDERR, PG_CSVLOG, PG_JSONLOG, JSONL, PGSS, OTLP)

SUPPORTED = (
    "supported capture formats: .sql files (statements separated by ';'), "
    "Drizzle ORM DefaultLogger output ('Query: … -- params: […]' lines), "
    "PostgreSQL server logs: stderr, csvlog, jsonlog (log_min_duration_statement or "
    "log_statement, auto_explain), a pg_stat_statements export (CSV or JSON), "
    "OpenTelemetry OTLP JSON traces, generic JSON Lines ({\"sql\": …}, see docs/capture.md); "
    "each may be gzip-compressed (.gz); --format-in forces one of: " + ", ".join(FORMATS)
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
    """Open a capture file as text, decompressing `.gz` (or gzip content); bad bytes are replaced."""
    from dbperf.capture.text import open_binary

    return io.TextIOWrapper(open_binary(path), encoding="utf-8", errors="replace", newline="")


def base_suffix(path: Path) -> str:
    """The file's extension, ignoring a trailing `.gz`: `q.sql.gz` -> `.sql`."""
    return Path(path.stem).suffix if path.suffix == ".gz" else path.suffix


_CSV_STAMP = re.compile(r'\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}')


def _structured(first: str, stream: TextIO) -> str | None:
    """JSON, OTLP, pg_stat_statements or csvlog, from the first non-empty line."""
    text = first.lstrip("\ufeff").strip()
    if text.startswith(("{", "[")):
        try:
            value = json.loads(text)
        except ValueError:  # a document over several lines: look at its start
            head = text + stream.read(1 << 16)
            if '"resourceSpans"' in head:
                return OTLP
            if '"query"' in head and '"calls"' in head:
                return PGSS
            if '"sql"' in head:
                return JSONL
            return None
        if isinstance(value, list):
            value = value[0] if value and isinstance(value[0], dict) else {}
        if not isinstance(value, dict):
            return None
        if "resourceSpans" in value:
            return OTLP
        if "error_severity" in value:
            return PG_JSONLOG
        if "query" in value and "calls" in value:
            return PGSS
        if "sql" in value:
            return JSONL
        return None
    try:
        row = next(csv.reader([text]))
    except (csv.Error, StopIteration):
        return None
    columns = {c.strip().lower() for c in row}
    if {"query", "calls"} <= columns:
        return PGSS
    if len(row) >= 22 and _CSV_STAMP.match(row[0]) and row[11] in PG_SEVERITIES.split("|"):
        return PG_CSVLOG
    return None


def is_drizzle_line(line: str) -> bool:
    """True for a Drizzle DefaultLogger line, with or without an ISO timestamp before it."""
    match = ISO_PREFIX.match(line)
    return line.startswith("Query: ", match.end() if match else 0)


def is_pg_line(line: str) -> bool:
    """True for a PostgreSQL stderr log line (whatever its log_line_prefix)."""
    return PG_LINE.match(line) is not None


def sniff(path: Path) -> str | None:
    """The format of `path` (one of FORMATS), or None when not recognised.

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
            if seen == 0:
                structured = _structured(line, stream)
                if structured is not None:
                    return structured
            if is_drizzle_line(line):
                return DRIZZLE
            if is_pg_line(line):
                return PG_STDERR
            seen += 1
            if seen >= SNIFF_LINES:
                break
    return None
