"""Captures that are JSON or tables: generic JSON Lines, pg_stat_statements, OpenTelemetry.

Generic JSON Lines (`docs/capture.md`), one statement per line, for any ORM::

    {"sql": "select … where id = $1", "params": [42], "duration_ms": 0.8,
     "session": "req-7f3a", "ts": "2026-01-15T10:00:00.123Z", "rows": 1}

Only `sql` is required; `ts` is ISO-8601 or epoch seconds/milliseconds;
`session` is a request id (a trace) or a connection id (`"session_kind":
"connection"`).

pg_stat_statements export (CSV with a header, JSON array or JSON Lines) of
`select queryid, query, calls, total_exec_time, mean_exec_time, rows,
shared_blks_hit, shared_blks_read from pg_stat_statements`: one statement
per row that stands for `calls` executions (time and rows are totals); no
parameters, no sessions.

OpenTelemetry OTLP JSON traces (an export `{"resourceSpans": […]}`, or the
collector's file exporter: one such object per line): spans with
`db.statement` / `db.query.text` and `db.system` (or `db.system.name`)
`postgresql`; the trace id is the session (one request), the parent span
id is kept, `db.query.parameter.<n>` attributes are the parameters. Spans
are ordered by start time within each export object.
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
from dbperf.capture.text import lines, open_binary
from dbperf.diagnostics import Origin, Problems

MAX_RECORD_PROBLEMS = 20
HINT = "the record is skipped; is the file truncated, or another format (see docs/capture.md)?"
PGSS_COLUMNS = ("query", "calls")
SQL_ATTRIBUTES = ("db.query.text", "db.statement")
SYSTEM_ATTRIBUTES = ("db.system.name", "db.system")
POSTGRES = {"postgresql", "postgres"}


class _Bad:
    """Counts unreadable records of one file; reports the first ones with their line."""

    def __init__(self, source: str, problems: Problems) -> None:
        self.source, self.problems, self.count = source, problems, 0

    def __call__(self, line: int, why: str = "unreadable record") -> None:
        self.count += 1
        if self.count <= MAX_RECORD_PROBLEMS:
            self.problems.add("capture", why, Origin(self.source, line), hint=HINT)

    def finish(self) -> None:
        if self.count > MAX_RECORD_PROBLEMS:
            self.problems.add("capture", f"{self.count - MAX_RECORD_PROBLEMS} more unreadable "
                              "records", Origin(self.source), hint=HINT)


def _json_records(path: Path, problems: Problems, bad: _Bad) -> Iterator[tuple[int, Any]]:
    """(line, value) of a JSON Lines file, or of a whole JSON document (array items)."""
    head = b""
    with open_binary(path) as stream:
        head = stream.read(64).lstrip()
    if head.startswith(b"[") or (head.startswith(b"{") and _pretty(path)):
        try:
            with open_binary(path) as stream:
                document = json.loads(stream.read().decode("utf-8", errors="replace"))
        except ValueError as exc:
            bad(getattr(exc, "lineno", 1), f"not valid JSON: {exc}")
            return
        for item in document if isinstance(document, list) else [document]:
            yield 1, item
        return
    for number, text in enumerate(lines(path, problems), 1):
        if text.strip():
            try:
                yield number, json.loads(text)
            except ValueError:
                bad(number)


def _pretty(path: Path) -> bool:
    """A JSON document over several lines (its first line alone is not valid JSON)."""
    with open_binary(path) as stream:
        first = stream.readline()
    try:
        json.loads(first)
    except ValueError:
        return True
    return False


def parse_time(value: Any) -> datetime | None:
    """ISO-8601 text, or epoch seconds / milliseconds / nanoseconds."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
        number = float(value)
        while number > 1e11:  # ms, µs, ns
            number /= 1000
        try:
            return datetime.fromtimestamp(number, timezone.utc)
        except (ValueError, OverflowError, OSError):
            return None
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and number >= 0 else None  # not NaN, not negative


def load_jsonl(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the statements of a generic JSON Lines capture."""
    source = str(path)
    bad = _Bad(source, problems)
    for number, record in _json_records(path, problems, bad):
        sql = record.get("sql") if isinstance(record, dict) else None
        if not isinstance(sql, str) or not sql.strip():
            bad(number, 'record without a "sql" string')
            continue
        params = record.get("params")
        if isinstance(params, dict):  # named parameters: in name order
            params = [params[k] for k in sorted(params)]
        session = record.get("session")
        rows = record.get("rows")
        yield CapturedStatement(
            sql=sql.strip(),
            origin=Origin(source, number),
            params=tuple(params) if isinstance(params, list) else None,
            session=str(session) if session is not None else None,
            timestamp=parse_time(record.get("ts")),
            duration_ms=_number(record.get("duration_ms")),
            rows=int(rows) if isinstance(rows, int) and not isinstance(rows, bool) else None,
            session_kind=str(record.get("session_kind") or "trace") if session is not None else None,
        )
    bad.finish()


def load_pgss(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the rows of a pg_stat_statements export (CSV with header, JSON array or lines)."""
    source = str(path)
    bad = _Bad(source, problems)
    with open_binary(path) as stream:
        first = stream.read(1).lstrip()
    if first in (b"[", b"{"):
        records: Iterator[tuple[int, Any]] = _json_records(path, problems, bad)
    else:
        records = _csv_records(path)
    for number, row in records:
        if not isinstance(row, dict):
            bad(number)
            continue
        query, calls = row.get("query"), _number(row.get("calls"))
        if not isinstance(query, str) or not query.strip() or calls is None or calls < 1:
            bad(number, "row without a query and a number of calls")
            continue
        total = _number(row.get("total_exec_time"))
        if total is None and _number(row.get("mean_exec_time")) is not None:
            total = _number(row.get("mean_exec_time")) * calls  # type: ignore[operator]
        rows = _number(row.get("rows"))
        yield CapturedStatement(
            sql=query.strip(),
            origin=Origin(source, number),
            duration_ms=total,
            rows=int(rows) if rows is not None else None,
            calls=int(calls),
        )
    bad.finish()


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with io.TextIOWrapper(open_binary(path), encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.DictReader(f)
        line = 2
        for row in reader:
            yield line, row
            line = reader.line_num + 1


def load_otlp(path: Path, problems: Problems) -> Iterator[CapturedStatement]:
    """Stream the PostgreSQL statements of an OTLP JSON trace export."""
    source = str(path)
    bad = _Bad(source, problems)
    for number, document in _json_records(path, problems, bad):
        if not isinstance(document, dict) or not isinstance(document.get("resourceSpans"), list):
            bad(number, "not an OTLP export object (resourceSpans)")
            continue
        try:
            found = _spans(document, source, number)
        except (TypeError, AttributeError, ValueError, OverflowError):
            bad(number, "malformed OTLP export object")
            continue
        found.sort(key=lambda s: (s.timestamp is None, s.timestamp or datetime.min))
        yield from found
    bad.finish()


def _spans(document: dict[str, Any], source: str, number: int) -> list[CapturedStatement]:
    found = []
    for resource in document["resourceSpans"]:
        resource = resource if isinstance(resource, dict) else {}
        resource_attrs = _attributes((resource.get("resource") or {}).get("attributes"))
        scopes = resource.get("scopeSpans") or resource.get("instrumentationLibrarySpans") or []
        for scope in scopes if isinstance(scopes, list) else []:
            spans = scope.get("spans") if isinstance(scope, dict) else None
            for span in spans if isinstance(spans, list) else []:
                statement = _span(span, resource_attrs, source, number)
                if statement is not None:
                    found.append(statement)
    return found


def _span(span: Any, resource: dict[str, Any], source: str, line: int) -> CapturedStatement | None:
    if not isinstance(span, dict):
        return None
    attrs = {**resource, **_attributes(span.get("attributes"))}
    system = next((attrs[k] for k in SYSTEM_ATTRIBUTES if k in attrs), None)
    sql = next((attrs[k] for k in SQL_ATTRIBUTES if isinstance(attrs.get(k), str)), None)
    if sql is None or str(system).lower() not in POSTGRES:
        return None
    start = _nanos(span.get("startTimeUnixNano"))
    end = _nanos(span.get("endTimeUnixNano"))
    parameters = sorted(
        (k[len("db.query.parameter.") :], v) for k, v in attrs.items()
        if k.startswith("db.query.parameter.")
    )
    parameters.sort(key=lambda kv: (not kv[0].isdigit(), int(kv[0]) if kv[0].isdigit() else 0, kv[0]))
    trace = span.get("traceId") or None
    return CapturedStatement(
        sql=sql.strip(),
        origin=Origin(source, line),
        params=tuple(v for _, v in parameters) or None,
        session=str(trace) if trace else None,
        timestamp=datetime.fromtimestamp(start / 1e9, timezone.utc) if start else None,
        duration_ms=(end - start) / 1e6 if start and end and end >= start else None,
        session_kind="trace" if trace else None,
        parent=str(span.get("parentSpanId")) if span.get("parentSpanId") else None,
    )


def _nanos(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _attributes(items: Any) -> dict[str, Any]:
    """OTLP [{"key": k, "value": {"stringValue": v}}] -> {k: v}."""
    out: dict[str, Any] = {}
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("key"), str):
            out[item["key"]] = _value(item.get("value"))
    return out


def _value(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    for kind in ("stringValue", "boolValue", "doubleValue"):
        if kind in value:
            return value[kind]
    if "intValue" in value:
        return _nanos(value["intValue"])
    if "arrayValue" in value:
        return [_value(v) for v in (value["arrayValue"] or {}).get("values") or []]
    return None
