"""PostgreSQL server logs in the stderr format.

Statements come from `log_min_duration_statement` (``LOG:  duration: 0.1 ms
statement: …`` / ``execute <unnamed>: …``) or from `log_statement = 'all'`
(``LOG:  statement: …`` / ``LOG:  execute S_1: …``, with ``LOG:  duration: …``
on a later line of the same backend when `log_duration` is on). Bound
parameters come from the ``DETAIL:  parameters: $1 = '42', $2 = NULL`` line
that follows an execute. Extended-protocol ``parse`` and ``bind`` lines are
ignored: only ``statement`` and ``execute`` lines are statements. A statement
that fails (``ERROR:`` then ``STATEMENT:``) is skipped and counted.

The log_line_prefix is not configured: `pg_prefix.py` finds the timestamp
and the backend pid wherever it puts them; `pg_messages.py` reads bound
parameters and auto_explain plans. The pid is the session. Lines of other backends may come between a
statement and its DETAIL or duration lines; continuation lines (a message's
own newlines) start with a tab and belong to the line before them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from itertools import islice
from pathlib import Path

from dbperf.captured import CapturedStatement
from dbperf.capture.pg_messages import (
    SESSION_KIND,
    auto_explain,
    is_protocol_step,
    parse_parameters,
)
from dbperf.capture.pg_prefix import PrefixReader
from dbperf.capture.sniff import PG_LINE, PG_SEVERITIES
from dbperf.capture.text import blocks
from dbperf.diagnostics import Origin, Problems

MAX_LINE_PROBLEMS = 20  # unreadable lines reported one by one per file; the rest are counted

LINE_HINT = (
    "the line is skipped; is the log truncated or garbled? (csvlog and jsonlog files "
    "are recognised by their own format: use --format-in if sniffing picked the wrong one)"
)

SEVERITIES = frozenset(PG_SEVERITIES.split("|"))
# emit(sql, params, session, timestamp, duration_ms, line): one statement found
Emit = Callable[[str, tuple | None, str | None, datetime | None, float | None, int], None]


class _Pending:
    """A statement seen in the log, waiting for its DETAIL parameters or duration line."""

    __slots__ = ("duration_ms", "execute", "failed", "line", "params", "pid", "sql", "timestamp")

    def __init__(self, line, pid, timestamp, sql, execute, duration_ms):  # type: ignore[no-untyped-def]
        self.line = line
        self.pid = pid
        self.timestamp = timestamp
        self.sql = sql
        self.execute = execute  # extended protocol: a DETAIL with parameters may follow
        self.duration_ms = duration_ms
        self.params = None
        self.failed = False  # an ERROR followed; dropped if its STATEMENT is this statement

    @property
    def complete(self) -> bool:
        """Nothing more can be added to it."""
        return self.duration_ms is not None and (not self.execute or self.params is not None)


def load_pg_stderr(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the statements of one PostgreSQL stderr log (plain or `.gz`)."""
    yield from _statements(blocks(path, problems, whole_lines=True), str(path), problems)


def read_log(lines: Iterable[str], source: str, problems: Problems) -> Iterator[CapturedStatement]:
    """The statements of a stream of stderr log lines."""

    def chunks() -> Iterator[tuple[int, list[str]]]:
        it = iter(lines)
        number = 1
        while batch := [line.rstrip("\r\n") for line in islice(it, 1000)]:
            yield number, batch
            number += len(batch)

    yield from _statements(chunks(), source, problems)


def _statements(
    chunks: Iterable[tuple[int, list[str]]], source: str, problems: Problems
) -> Iterator[CapturedStatement]:
    found: list[CapturedStatement] = []

    def emit(sql, params, session, timestamp, duration_ms, line):  # type: ignore[no-untyped-def]
        found.append(
            CapturedStatement(sql, Origin(source, line), params, session, timestamp, duration_ms,
                              session_kind=SESSION_KIND)
        )

    parser = StderrParser(source, problems, emit, emit_statement=found.append)
    for first, lines in chunks:
        parser.feed(lines, first)
        yield from found
        found.clear()
    parser.finish()
    yield from found


class StderrParser:
    """Push parser: `feed` blocks of lines, `finish` at the end; statements go to `emit`.

    Lines are grouped into messages (a prefixed line and the tab-indented lines
    after it); each message is handled when the next one starts. One statement
    may be pending per backend, waiting for its DETAIL parameters or duration.
    """

    def __init__(
        self,
        source: str,
        problems: Problems,
        emit: Emit,
        report_failed: bool = True,
        emit_statement: Callable[[CapturedStatement], None] | None = None,
    ) -> None:
        self.source = source
        self.emit_statement = emit_statement  # statements with more than emit takes (plans)
        self.problems = problems
        self.emit = emit
        self.report_failed = report_failed
        self.pending: dict[str | None, _Pending] = {}
        self.failed = 0
        self.unreadable = 0
        self.entries = 0
        self.lines = 0  # lines read (set by scan_pg_stderr)
        self._prefix = PrefixReader().read
        # the message being read: (line, severity, prefix, first line of text), continuations
        self._current: tuple[int, str, str, str] | None = None
        self._continuation: list[str] = []

    def feed(self, lines: list[str], first: int) -> None:
        current = self._current
        continuation = self._continuation
        severities = SEVERITIES
        entry = self._entry
        number = first - 1
        for line in lines:
            number += 1
            if line[:1] == "\t" and current is not None:
                continuation.append(line[1:])
                continue
            i = line.find(":  ")
            severity = None
            if i > 0:
                j = line.rfind(" ", 0, i) + 1
                if line[j:i] in severities:
                    severity = line[j:i]
                    prefix = line[:j]
                    message = line[i + 3 :]
            if severity is None:
                match = PG_LINE.match(line) if i >= 0 else None
                if match is None:
                    if line.strip():
                        self._unreadable(number)
                    continue
                severity, prefix, message = match["severity"], match["prefix"], match["message"]
            if current is not None:
                if continuation:
                    entry(current, "\n".join([current[3], *continuation]))
                    continuation.clear()
                else:
                    entry(current, current[3])
            current = (number, severity, prefix, message)
        self._current = current

    def finish(self) -> None:
        current = self._current
        if current is not None:
            text = "\n".join([current[3], *self._continuation]) if self._continuation else current[3]
            self._continuation = []
            self._current = None
            self._entry(current, text)
        if self.unreadable > MAX_LINE_PROBLEMS:
            self.problems.add(
                "capture",
                f"{self.unreadable - MAX_LINE_PROBLEMS} more unrecognised log lines",
                Origin(self.source),
                hint=LINE_HINT,
            )
        for pid in list(self.pending):
            self._flush(pid)
        if self.failed and self.report_failed:
            self.problems.add("capture", failed_message(self.failed), Origin(self.source),
                              hint=FAILED_HINT)

    def _unreadable(self, number: int) -> None:
        self.unreadable += 1
        if self.unreadable <= MAX_LINE_PROBLEMS:
            self.problems.add("capture", "unrecognised log line", Origin(self.source, number),
                              hint=LINE_HINT)

    def record(
        self, line: int, severity: str, timestamp: datetime | None, pid: str | None, text: str
    ) -> None:
        """One message whose timestamp and pid are known (csvlog, jsonlog)."""
        self._entry((line, severity, "", ""), text, (timestamp, pid))

    def _entry(
        self,
        current: tuple[int, str, str, str],
        text: str,
        known: tuple[datetime | None, str | None] | None = None,
    ) -> None:
        self.entries += 1
        line, severity, prefix, _ = current
        if severity == "LOG":
            self._log(line, prefix, text, known)
            return
        timestamp, pid = known or self._prefix(prefix)
        if severity == "DETAIL":
            self._detail(line, pid, text)
        elif severity in ("ERROR", "FATAL", "PANIC"):
            pending = self.pending.get(pid)
            if pending is not None and pending.duration_ms is None:
                # the statement being run failed, unless its STATEMENT line says otherwise
                pending.failed = True
            elif pending is not None:
                self._flush(pid)
        elif severity == "STATEMENT":
            pending = self.pending.get(pid)
            self.failed += 1
            if pending is not None and pending.failed and pending.sql == text.strip():
                del self.pending[pid]  # the logged statement is the one that failed
            elif pending is not None:
                self._flush(pid)

    def _log(
        self, line: int, prefix: str, text: str, known: tuple[datetime | None, str | None] | None
    ) -> None:
        duration: float | None = None
        if text.startswith("duration: "):
            end = text.find(" ms", 10)
            try:
                duration = float(text[10:end]) if end > 10 else None
            except ValueError:
                duration = None
            rest = text[end + 3 :] if duration is not None else "?"
            if rest and not rest.startswith("  "):
                self.problems.add(
                    "capture",
                    "truncated or garbled duration line",
                    Origin(self.source, line),
                    hint=LINE_HINT,
                )
                return
            text = rest[2:]
            if text.startswith("plan:"):  # auto_explain
                timestamp, pid = known or self._prefix(prefix)
                statement = auto_explain(text[5:], duration, pid, timestamp,
                                         Origin(self.source, line))
                if statement is None:
                    self.problems.add("capture", "could not read the auto_explain plan",
                                      Origin(self.source, line), hint=LINE_HINT)
                elif self.emit_statement is not None:
                    self.emit_statement(statement)
                else:
                    self.emit(statement.sql, None, pid, timestamp, duration, line)
                return
            if not text:  # log_duration: the time of the statement logged before
                pid = (known or self._prefix(prefix))[1]
                pending = self.pending.get(pid)
                if pending is not None and pending.duration_ms is None:
                    pending.duration_ms = duration
                    if pending.complete:
                        self._flush(pid)
                return
        if text.startswith("statement: "):
            sql, execute = text[11:].strip(), False
        elif text.startswith("execute ") and not text.startswith("execute fetch from "):
            name_end = text.find(": ")
            if name_end < 0:
                return
            sql, execute = text[name_end + 2 :].strip(), True
        else:
            if is_protocol_step(text):  # parse, bind, fetch, fastpath: a new step of this backend
                pid = (known or self._prefix(prefix))[1]
                if pid in self.pending:
                    self._flush(pid)
            return
        timestamp, pid = known or self._prefix(prefix)
        if pid in self.pending:
            self._flush(pid)
        if duration is not None and not execute:
            self.emit(sql, None, pid, timestamp, duration, line)
        else:
            self.pending[pid] = _Pending(line, pid, timestamp, sql, execute, duration)

    def _detail(self, line: int, pid: str | None, text: str) -> None:
        pending = self.pending.get(pid)
        if pending is None or not pending.execute or pending.params is not None:
            return
        if text[:12].lower() != "parameters: ":
            return
        params = parse_parameters(text[12:])
        if params is None:
            self.problems.add(
                "capture",
                "could not read the bound parameters",
                Origin(self.source, line),
                hint="the statement is kept without parameters; dbperf fills them from seeded data",
            )
            params = ()
        pending.params = params
        if pending.complete:
            self._flush(pid)

    def _flush(self, pid: str | None) -> None:
        pending = self.pending.pop(pid, None)
        if pending is not None:
            self.emit(pending.sql, pending.params or None, pending.pid, pending.timestamp,
                      pending.duration_ms, pending.line)


FAILED_HINT = "failed statements are not analysed; the log shows their errors"


def failed_message(count: int) -> str:
    return f"skipped {count} statement(s) that failed on the server (ERROR … STATEMENT)"


def scan_pg_stderr(
    path: Path | str,
    problems: Problems,
    emit: Emit,
    byte_range: tuple[int, int] | None = None,
    source: str | None = None,
    report_failed: bool = True,
    emit_statement: Callable[[CapturedStatement], None] | None = None,
    on_read: Callable[[int], None] | None = None,
) -> StderrParser:
    """Read a stderr log (or a byte range of it) into `emit`, without building statement objects."""
    parser = StderrParser(source or str(path), problems, emit, report_failed, emit_statement)
    for first, lines in blocks(path, problems, byte_range, source, on_read, whole_lines=True):
        parser.feed(lines, first)
        parser.lines = first + len(lines) - 1
    parser.finish()
    return parser



