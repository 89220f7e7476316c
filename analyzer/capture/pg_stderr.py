"""PostgreSQL server logs in the stderr format.

Statements come from `log_min_duration_statement` (``LOG:  duration: 0.1 ms
statement: …`` / ``execute <unnamed>: …``) or from `log_statement = 'all'`
(``LOG:  statement: …`` / ``LOG:  execute S_1: …``, with ``LOG:  duration: …``
on a later line of the same backend when `log_duration` is on). Bound
parameters come from the ``DETAIL:  parameters: $1 = '42', $2 = NULL`` line
that follows an execute. Extended-protocol ``parse`` and ``bind`` lines are
ignored: only ``statement`` and ``execute`` lines are statements. A statement
that fails (``ERROR:`` then ``STATEMENT:``) is skipped and counted.

The log_line_prefix is not configured: the timestamp (`%m`, `%t` or `%n`) and
the backend pid (`[%p]`, `[%p-%l]`, `pid=%p`) are found wherever the prefix
puts them. The pid is the session. Lines of other backends may come between a
statement and its DETAIL or duration lines; continuation lines (a message's
own newlines) start with a tab and belong to the line before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Iterator

from dbperf.capture.model import CapturedStatement
from dbperf.capture.sniff import PG_LINE, open_text
from dbperf.diagnostics import Origin, Problems

MAX_LINE_PROBLEMS = 20  # unreadable lines reported one by one per file; the rest are counted

LINE_HINT = (
    "the line is skipped; is the log truncated, or not in the stderr format "
    "(csvlog and jsonlog are not supported)?"
)

# Regular expressions below read log-line prefixes and log messages, never SQL.
_TIMESTAMP = re.compile(
    r"(?P<stamp>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?)"
    r"(?: (?P<zone>[A-Za-z][A-Za-z0-9_/]*|[+-]\d{2}(?::?\d{2})?))?"
)
_EPOCH = re.compile(r"(?<![\d.])(?P<epoch>\d{9,11}\.\d{3})(?![\d.])")
_PID = re.compile(r"\[(?P<pid>\d+)(?:-\d+)?\]|\bpid=(?P<pid2>\d+)")
_BARE_NUMBER = re.compile(r"(?<![\S])(?P<pid>\d+)(?![\S])")
_DURATION = re.compile(r"duration: (?P<ms>\d+(?:\.\d+)?) ms(?:  (?P<rest>.*))?\Z", re.DOTALL)

# Zone abbreviations PostgreSQL prints with %m/%t, when unambiguous; others give naive timestamps.
_ZONES = {
    "UTC": 0, "UCT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "MET": 1, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "HKT": 8,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}  # fmt: skip


@dataclass
class LogEntry:
    """One log message: its first line's position and prefix, and its text with continuations."""

    line: int
    severity: str
    text: str
    pid: str | None = None
    timestamp: datetime | None = None


@dataclass
class _Pending:
    """A statement seen in the log, waiting for its DETAIL parameters or duration line."""

    entry: LogEntry
    sql: str
    execute: bool  # extended protocol: a DETAIL with parameters may follow
    duration_ms: float | None = None
    params: tuple[str | None, ...] | None = None
    failed: bool = False  # an ERROR followed; dropped if its STATEMENT is this statement

    @property
    def complete(self) -> bool:
        """Nothing more can be added to it."""
        return self.duration_ms is not None and (not self.execute or self.params is not None)


def load_pg_stderr(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the statements of one PostgreSQL stderr log (plain or `.gz`)."""
    with open_text(path) as stream:
        yield from read_log(stream, str(path), problems)


def read_log(lines: Iterable[str], source: str, problems: Problems) -> Iterator[CapturedStatement]:
    """The statements of a stream of stderr log lines."""
    reader = _Reader(source, problems)
    for entry in log_entries(lines, source, problems):
        yield from reader.feed(entry)
    yield from reader.finish()


def log_entries(lines: Iterable[str], source: str, problems: Problems) -> Iterator[LogEntry]:
    """Group log lines into messages: a prefixed line and the tab-indented lines after it."""
    current: LogEntry | None = None
    continuation: list[str] = []
    unreadable = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if line.startswith("\t") and current is not None:
            continuation.append(line[1:])
            continue
        match = PG_LINE.match(line)
        if match is None:
            if line.strip():
                unreadable += 1
                if unreadable <= MAX_LINE_PROBLEMS:
                    problems.add(
                        "capture", "unrecognised log line", Origin(source, number), hint=LINE_HINT
                    )
            continue
        if current is not None:
            yield _joined(current, continuation)
        continuation = []
        current = _entry(number, match)
    if current is not None:
        yield _joined(current, continuation)
    if unreadable > MAX_LINE_PROBLEMS:
        problems.add(
            "capture",
            f"{unreadable - MAX_LINE_PROBLEMS} more unrecognised log lines",
            Origin(source),
            hint=LINE_HINT,
        )


def _joined(entry: LogEntry, continuation: list[str]) -> LogEntry:
    if continuation:
        entry.text = "\n".join([entry.text, *continuation])
    return entry


def _entry(number: int, match: re.Match[str]) -> LogEntry:
    prefix = match.group("prefix")
    timestamp, rest = _timestamp(prefix)
    return LogEntry(number, match.group("severity"), match.group("message"), _pid(rest), timestamp)


def _timestamp(prefix: str) -> tuple[datetime | None, str]:
    """The prefix's timestamp, and the prefix without it (so its digits are not taken for a pid)."""
    match = _TIMESTAMP.search(prefix)
    if match:
        stamp = datetime.fromisoformat(match.group("stamp").replace(" ", "T"))
        zone = _zone(match.group("zone"))
        if zone is not None:
            stamp = stamp.replace(tzinfo=zone)
        return stamp, prefix[: match.start()] + " " + prefix[match.end() :]
    match = _EPOCH.search(prefix)
    if match:
        stamp = datetime.fromtimestamp(float(match.group("epoch")), timezone.utc)
        return stamp, prefix[: match.start()] + " " + prefix[match.end() :]
    return None, prefix


@lru_cache(maxsize=64)
def _zone(name: str | None) -> timezone | None:
    if not name:
        return None
    if name[0] in "+-":
        digits = name[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
        return timezone(timedelta(minutes=minutes if name[0] == "+" else -minutes))
    hours = _ZONES.get(name.upper())
    return timezone(timedelta(hours=hours)) if hours is not None else None


def _pid(prefix: str) -> str | None:
    match = _PID.search(prefix)
    if match:
        return match.group("pid") or match.group("pid2")
    match = _BARE_NUMBER.search(prefix)
    return match.group("pid") if match else None


class _Reader:
    """Turns log messages into statements, one pending statement per backend."""

    def __init__(self, source: str, problems: Problems) -> None:
        self.source = source
        self.problems = problems
        self.pending: dict[str | None, _Pending] = {}
        self.failed = 0

    def feed(self, entry: LogEntry) -> Iterator[CapturedStatement]:
        severity = entry.severity
        if severity == "LOG":
            yield from self._log(entry)
        elif severity == "DETAIL":
            yield from self._detail(entry)
        elif severity in ("ERROR", "FATAL", "PANIC"):
            pending = self.pending.get(entry.pid)
            if pending is not None and pending.duration_ms is None:
                # the statement being run failed, unless its STATEMENT line says otherwise
                pending.failed = True
            elif pending is not None:
                yield from self._flush(entry.pid)
        elif severity == "STATEMENT":
            yield from self._statement_of_error(entry)

    def finish(self) -> Iterator[CapturedStatement]:
        for pid in list(self.pending):
            yield from self._flush(pid)
        if self.failed:
            self.problems.add(
                "capture",
                f"skipped {self.failed} statement(s) that failed on the server (ERROR … STATEMENT)",
                Origin(self.source),
                hint="failed statements are not analysed; the log shows their errors",
            )

    def _log(self, entry: LogEntry) -> Iterator[CapturedStatement]:
        text = entry.text
        duration: float | None = None
        if text.startswith("duration:"):
            match = _DURATION.match(text)
            if match is None:
                self.problems.add(
                    "capture",
                    "truncated or garbled duration line",
                    Origin(self.source, entry.line),
                    hint=LINE_HINT,
                )
                return
            duration = float(match.group("ms"))
            text = match.group("rest") or ""
            if not text:  # log_duration: the time of the statement logged before
                pending = self.pending.get(entry.pid)
                if pending is not None and pending.duration_ms is None:
                    pending.duration_ms = duration
                    if pending.complete:
                        yield from self._flush(entry.pid)
                return
        statement = _statement_text(text)
        if statement is None:
            if _is_protocol_step(text):  # parse, bind, fetch, fastpath: a new step of this backend
                yield from self._flush(entry.pid)
            return
        sql, execute = statement
        yield from self._flush(entry.pid)
        pending = _Pending(entry, sql, execute, duration)
        if pending.complete:
            yield self._captured(pending)
        else:
            self.pending[entry.pid] = pending

    def _detail(self, entry: LogEntry) -> Iterator[CapturedStatement]:
        pending = self.pending.get(entry.pid)
        if pending is None or not pending.execute or pending.params is not None:
            return
        if entry.text[:12].lower() != "parameters: ":
            return
        params = parse_parameters(entry.text[12:])
        if params is None:
            self.problems.add(
                "capture",
                "could not read the bound parameters",
                Origin(self.source, entry.line),
                hint="the statement is kept without parameters; dbperf fills them from seeded data",
            )
            params = ()
        pending.params = params
        if pending.complete:
            yield from self._flush(entry.pid)

    def _statement_of_error(self, entry: LogEntry) -> Iterator[CapturedStatement]:
        pending = self.pending.get(entry.pid)
        self.failed += 1
        if pending is not None and pending.failed and pending.sql == entry.text.strip():
            del self.pending[entry.pid]  # the logged statement is the one that failed
        elif pending is not None:
            yield from self._flush(entry.pid)

    def _flush(self, pid: str | None) -> Iterator[CapturedStatement]:
        pending = self.pending.pop(pid, None)
        if pending is not None:
            yield self._captured(pending)

    def _captured(self, pending: _Pending) -> CapturedStatement:
        entry = pending.entry
        return CapturedStatement(
            sql=pending.sql,
            origin=Origin(self.source, entry.line),
            params=pending.params or None,
            session=entry.pid,
            timestamp=entry.timestamp,
            duration_ms=pending.duration_ms,
        )


def _statement_text(text: str) -> tuple[str, bool] | None:
    """(sql, is_execute) of a `statement: …` or `execute <name>: …` message, else None."""
    if text.startswith("statement: "):
        return text[len("statement: ") :].strip(), False
    if text.startswith("execute ") and not text.startswith("execute fetch from "):
        name_end = text.find(": ")
        if name_end > 0:
            return text[name_end + 2 :].strip(), True
    return None


def _is_protocol_step(text: str) -> bool:
    return text.startswith(("parse ", "bind ", "execute ", "fastpath function call"))


def parse_parameters(text: str) -> tuple[str | None, ...] | None:
    """`$1 = '42', $2 = NULL` -> ('42', None); None when the text is not in that form.

    Values are single-quoted with '' for a quote; NULL is unquoted.
    """
    values: list[str | None] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] != "$":
            return None
        j = i + 1
        while j < n and text[j].isdigit():
            j += 1
        if j == i + 1 or not text.startswith(" = ", j):
            return None
        i = j + 3
        if text.startswith("NULL", i):
            values.append(None)
            i += 4
        elif i < n and text[i] == "'":
            chars: list[str] = []
            i += 1
            while True:
                end = text.find("'", i)
                if end < 0:
                    return None  # unterminated value: truncated line
                chars.append(text[i:end])
                if text.startswith("''", end):
                    chars.append("'")
                    i = end + 2
                else:
                    i = end + 1
                    break
            values.append("".join(chars))
        else:
            return None
        if i < n:
            if not text.startswith(", ", i):
                return None
            i += 2
    return tuple(values)
