"""Drizzle ORM `DefaultLogger` output.

drizzle-orm's `DefaultLogger.logQuery` writes one message per query::

    Query: <sql> -- params: [<p1>, <p2>]

where each parameter is `JSON.stringify(p)` (falling back to `String(p)`) and
the params suffix is left out when there are none. Some apps put an ISO-8601
timestamp before it (`2026-01-01T00:00:00.000Z Query: …`). The logger has no
connection id, so one file is one session, in order.

A query written with newlines in it (a raw `sql` template) spans several
lines: lines that are not `Query:` lines continue the current query while the
SQL so far keeps parsing; other lines (the app's own output) are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from pglast.parser import ParseError, fingerprint

from dbperf.captured import CapturedStatement
from dbperf.capture.sniff import ISO_PREFIX, open_text
from dbperf.capture.text import cut_short
from dbperf.diagnostics import Origin, Problems

PARAMS_MARK = " -- params: "
QUERY_MARK = "Query: "
MAX_QUERY_LINES = 500  # a query longer than this is app output after it, not SQL


def load_drizzle_log(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the queries of one Drizzle log file (plain or `.gz`)."""
    source = str(path)
    with open_text(path) as stream:
        record: _Record | None = None
        for number, raw in enumerate(stream, 1):
            line = raw.rstrip("\r\n")
            timestamp, body = _split_timestamp(line)
            if not raw.endswith("\n"):  # the last line, cut short: the logger ends every line
                opening = body.startswith(QUERY_MARK)
                if opening or (record is not None and not record.closed):
                    cut_short(source, number, problems)
                    if not opening:
                        record = None  # the query it continues was cut
                break
            if body.startswith(QUERY_MARK):
                if record is not None:
                    yield record.finish(problems)
                record = _Record(source, number, timestamp, body[len(QUERY_MARK) :])
            elif record is not None and not record.closed:
                record.add(line)
        if record is not None:
            yield record.finish(problems)


class _Record:
    """One `Query:` message, possibly spanning several lines."""

    def __init__(self, source: str, line: int, timestamp: datetime | None, first: str) -> None:
        self.source = source
        self.origin = Origin(source, line)
        self.timestamp = timestamp
        self.lines = [first]
        # A params suffix ends the message: later lines are not part of it.
        self.closed = _split_params(first)[1] is not None

    def add(self, line: str) -> None:
        self.lines.append(line)
        self.closed = _split_params(line)[1] is not None or len(self.lines) >= MAX_QUERY_LINES

    def finish(self, problems: Problems) -> CapturedStatement:
        text = "\n".join(self.lines)
        if (
            len(self.lines) > 1
            and not _parses(_split_params(text)[0])
            and self.lines[0].strip()
            and _parses(self.lines[0])
        ):
            text = self.lines[0]  # what followed was the app's own output, not more SQL
        sql, params = _split_params(text)
        if params is None and PARAMS_MARK in text and text.rstrip().endswith("]"):
            problems.add(
                "capture",
                "could not read the query parameters (not a JSON array)",
                self.origin,
                hint="the query is kept without parameters; dbperf fills them from seeded data",
            )
        return CapturedStatement(
            sql=sql.strip(),
            origin=self.origin,
            params=params,
            session=self.source,
            session_kind="file",  # no connection id: the whole log is one session
            timestamp=self.timestamp,
        )


def _split_params(text: str) -> tuple[str, tuple[Any, ...] | None]:
    """Split `<sql> -- params: [...]` at the last marker followed by a JSON array.

    A parameter value may itself contain the marker, so earlier markers are tried
    when the tail after the last one is not a JSON array. Params are None when no
    marker is followed by one.
    """
    at = len(text)
    while (at := text.rfind(PARAMS_MARK, 0, at)) >= 0:
        tail = text[at + len(PARAMS_MARK) :].strip()
        if tail.startswith("["):
            try:
                values = json.loads(tail)
            except ValueError:
                continue
            if isinstance(values, list):
                return text[:at], tuple(values)
    return text, None


def _split_timestamp(line: str) -> tuple[datetime | None, str]:
    match = ISO_PREFIX.match(line)
    if not match:
        return None, line
    return _parse_iso(match.group().strip()), line[match.end() :]


def _parse_iso(text: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp


def _parses(sql: str) -> bool:
    try:
        fingerprint(sql)
    except ParseError:
        return False
    return True
