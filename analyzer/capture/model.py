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
    (backend pid, trace id, request id); None when unknown.
    """

    sql: str
    origin: Origin
    params: tuple[Any, ...] | None = None
    session: str | None = None
    timestamp: datetime | None = None
    duration_ms: float | None = None
    rows: int | None = None
