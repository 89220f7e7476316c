"""PostgreSQL `csvlog` and `jsonlog` server logs (log_destination, PG 15+ for jsonlog).

Each record carries the timestamp, the backend pid and the severity in their
own fields, and the DETAIL of a message (bound parameters) in its `detail`
field: records are handed to the stderr reader's statement logic
(`StderrParser.record`), so durations, parameters, log_statement +
log_duration, extended protocol, failed statements and auto_explain plans
behave exactly as in stderr logs. CSV records may span several lines (quoted
newlines); the origin is the record's first line. A record that cannot be
read is counted and reported with its line, never fatal.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dbperf.captured import CapturedStatement
from dbperf.capture.pg_messages import SESSION_KIND
from dbperf.capture.pg_prefix import split_timestamp
from dbperf.capture.pg_stderr import MAX_LINE_PROBLEMS, StderrParser
from dbperf.capture.text import lines, open_binary
from dbperf.diagnostics import Origin, Problems

# csvlog columns (PostgreSQL 13+: backend_type, leader_pid; 14+: query_id)
CSV_TIME, CSV_PID, CSV_SEVERITY, CSV_MESSAGE, CSV_DETAIL = 0, 3, 11, 13, 14
CSV_MIN_FIELDS = 22
HINT = "the record is skipped; is the log truncated or garbled?"


def load_csvlog(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the statements of a csvlog file (plain or `.gz`)."""
    source = str(path)
    found: list[CapturedStatement] = []
    parser = _parser(source, problems, found)
    bad = 0
    with io.TextIOWrapper(open_binary(path), encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.reader(f)
        line = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error:
                row = None
            first, line = line, reader.line_num + 1
            if not row or len(row) < CSV_MIN_FIELDS:
                if row is None or any(field.strip() for field in row):
                    bad += 1
                    _bad(problems, source, first, bad)
                continue
            timestamp = _when(row[CSV_TIME])
            pid = row[CSV_PID] or None
            severity = row[CSV_SEVERITY]
            parser.record(first, severity, timestamp, pid, row[CSV_MESSAGE])
            if row[CSV_DETAIL]:
                parser.record(first, "DETAIL", timestamp, pid, row[CSV_DETAIL])
            if found:
                yield from found
                found.clear()
    parser.finish()
    _summary(problems, source, bad)
    yield from found


def load_jsonlog(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the statements of a jsonlog file (one JSON object per line)."""
    source = str(path)
    found: list[CapturedStatement] = []
    parser = _parser(source, problems, found)
    bad = 0
    for number, text in enumerate(lines(path, problems), 1):
        if not text.strip():
            continue
        try:
            record = json.loads(text)
            severity = record["error_severity"]
            message = record.get("message", "")
        except (ValueError, KeyError, TypeError, AttributeError):
            bad += 1
            _bad(problems, source, number, bad)
            continue
        timestamp = _when(record.get("timestamp"))
        pid = str(record["pid"]) if record.get("pid") is not None else None
        parser.record(number, str(severity), timestamp, pid, str(message))
        if record.get("detail"):
            parser.record(number, "DETAIL", timestamp, pid, str(record["detail"]))
        if found:
            yield from found
            found.clear()
    parser.finish()
    _summary(problems, source, bad)
    yield from found


def _parser(source: str, problems: Problems, found: list[CapturedStatement]) -> StderrParser:
    def emit(sql, params, session, timestamp, duration_ms, line):  # type: ignore[no-untyped-def]
        found.append(CapturedStatement(sql, Origin(source, line), params, session, timestamp,
                                       duration_ms, session_kind=SESSION_KIND))

    return StderrParser(source, problems, emit, emit_statement=found.append)


def _when(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return split_timestamp(text)[0]
    except ValueError:
        return None


def _bad(problems: Problems, source: str, line: int, count: int) -> None:
    if count <= MAX_LINE_PROBLEMS:
        problems.add("capture", "unreadable log record", Origin(source, line), hint=HINT)


def _summary(problems: Problems, source: str, count: int) -> None:
    if count > MAX_LINE_PROBLEMS:
        problems.add("capture", f"{count - MAX_LINE_PROBLEMS} more unreadable log records",
                     Origin(source), hint=HINT)


__all__ = ["load_csvlog", "load_jsonlog", "timezone"]
