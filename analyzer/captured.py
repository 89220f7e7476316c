"""One statement as a capture recorded it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dbperf.diagnostics import Origin


@dataclass(frozen=True)
class CapturedStatement:
    """A statement as executed by the application.

    `sql` is the text as sent (with `$n` placeholders for bound parameters);
    `params` the bound values in order, as the capture spelled them (strings
    from server logs, JSON values from Drizzle), or None when the format has
    none. `session` is whatever groups statements of one client in order
    (backend pid, trace id, request id); None when unknown. `session_kind`
    says what the session is, which is how much an N+1 finding can trust it:
    "trace" (one request: OpenTelemetry trace id), "connection" (a backend
    pid: requests of a pooled connection follow each other), "file" (a whole
    log file, e.g. Drizzle's logger). `parent` is the trace's parent span of
    the statement when the capture has one. `plan` is a plan the capture
    recorded with the statement (auto_explain: the JSON plan as a dict, or
    the text plan as a string). `calls` > 1 when the capture aggregates
    executions (pg_stat_statements): `duration_ms` is then their total.
    """

    sql: str
    origin: Origin
    params: tuple[Any, ...] | None = None
    session: str | None = None
    timestamp: datetime | None = None
    duration_ms: float | None = None
    rows: int | None = None
    session_kind: str | None = None
    parent: str | None = None
    plan: Any = None
    calls: int = 1
