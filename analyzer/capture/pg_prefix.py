"""The log_line_prefix of a PostgreSQL stderr log line: its timestamp and backend pid.

The prefix is not configured: the timestamp (`%m`, `%t` or `%n`) and the
backend pid (`[%p]`, `[%p-%l]`, `pid=%p`) are found wherever the prefix puts
them. A damaged stamp gives no time rather than an error.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

# Regular expressions below read log-line prefixes and log messages, never SQL.
_TIMESTAMP = re.compile(
    r"(?P<stamp>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?)"
    r"(?: (?P<zone>[A-Za-z][A-Za-z0-9_/]*|[+-]\d{2}(?::?\d{2})?))?"
)
_EPOCH = re.compile(r"(?<![\d.])(?P<epoch>\d{9,11}\.\d{3})(?![\d.])")
_PID = re.compile(r"\[(?P<pid>\d+)(?:-\d+)?\]|\bpid=(?P<pid2>\d+)")
_BARE_NUMBER = re.compile(r"(?<![\S])(?P<pid>\d+)(?![\S])")

# Zone abbreviations PostgreSQL prints with %m/%t, when unambiguous; others give naive timestamps.
_ZONES = {
    "UTC": 0, "UCT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "MET": 1, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "HKT": 8,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}  # fmt: skip

_STAMP_AT_START = re.compile(
    r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?"
    r"(?: (?:[A-Za-z][A-Za-z0-9_/]*|[+-]\d{2}(?::?\d{2})?))?"
)
MAX_CACHED_PREFIXES = 4096


class PrefixReader:
    """(timestamp, pid) of log_line_prefixes, cached: the same prefix repeats a lot."""

    def __init__(self) -> None:
        self._prefixes: dict[str, tuple[datetime | None, str | None]] = {}
        self._stamps: dict[str, datetime] = {}
        self._pids: dict[str, str | None] = {}

    def read(self, prefix: str) -> tuple[datetime | None, str | None]:
        """(timestamp, pid) of a log_line_prefix; cached, the same prefix repeats a lot."""
        parsed = self._prefixes.get(prefix)
        if parsed is not None:
            return parsed
        match = _STAMP_AT_START.match(prefix)
        if match is not None:
            stamp = match.group()
            timestamp = self._stamps.get(stamp)
            if timestamp is None:
                timestamp, _ = split_timestamp(stamp)
                if len(self._stamps) >= MAX_CACHED_PREFIXES:
                    self._stamps.clear()
                self._stamps[stamp] = timestamp  # type: ignore[assignment]
            rest = prefix[match.end() :]
            if rest in self._pids:
                pid = self._pids[rest]
            else:
                pid = self._pids[rest] = _pid(" " + rest)
        else:
            timestamp, rest = split_timestamp(prefix)
            pid = _pid(rest)
        if len(self._prefixes) >= MAX_CACHED_PREFIXES:
            self._prefixes.clear()
        parsed = self._prefixes[prefix] = (timestamp, pid)
        return parsed


def split_timestamp(prefix: str) -> tuple[datetime | None, str]:
    """The prefix's timestamp, and the prefix without it (so its digits are not taken for a pid).

    A damaged stamp (a flipped byte makes month 13, a zone of +99:00) is taken out of the prefix
    all the same but gives no time: the statement is kept, only its time is unknown.
    """
    match = _TIMESTAMP.search(prefix)
    if match:
        try:
            stamp: datetime | None = datetime.fromisoformat(match.group("stamp").replace(" ", "T"))
            zone = _zone(match.group("zone"))
        except ValueError:
            stamp, zone = None, None
        if stamp is not None and zone is not None:
            stamp = stamp.replace(tzinfo=zone)
        return stamp, prefix[: match.start()] + " " + prefix[match.end() :]
    match = _EPOCH.search(prefix)
    if match:
        try:
            stamp = datetime.fromtimestamp(float(match.group("epoch")), timezone.utc)
        except (ValueError, OverflowError, OSError):
            stamp = None
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
