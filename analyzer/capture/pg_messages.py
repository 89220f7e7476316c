"""Messages of a PostgreSQL log read into values: bound parameters and auto_explain plans."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from dbperf.captured import CapturedStatement
from dbperf.diagnostics import Origin

SESSION_KIND = "connection"  # the session of a server log's statement is a backend pid


def auto_explain(
    text: str,
    duration_ms: float | None,
    pid: str | None,
    timestamp: datetime | None,
    origin: Origin,
) -> CapturedStatement | None:
    """The statement of an auto_explain `plan:` message (JSON or text format), plan kept."""
    body = text.strip("\n ")
    plan: Any
    if body.startswith("{"):
        try:
            plan = json.loads(body)
        except ValueError:
            return None
        sql = plan.get("Query Text") if isinstance(plan, dict) else None
        if not isinstance(sql, str):
            return None
    else:
        lines = body.split("\n")
        if not lines[0].startswith("Query Text: "):
            return None
        sql_lines = [lines[0][len("Query Text: ") :]]
        rest = 1
        # the query text runs until the first plan node line ("… (cost=…" / "(actual …")
        while rest < len(lines) and not _plan_node(lines[rest]):
            sql_lines.append(lines[rest])
            rest += 1
        sql = "\n".join(sql_lines)
        plan = "\n".join(lines[rest:])
    return CapturedStatement(sql.strip(), origin, None, pid, timestamp, duration_ms,
                             session_kind=SESSION_KIND, plan=plan)


def _plan_node(line: str) -> bool:
    return "  (cost=" in line or "  (actual " in line or line.lstrip().startswith("->  ")


def is_protocol_step(text: str) -> bool:
    """parse, bind, fetch, fastpath: a new step of the backend, not a statement."""
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
