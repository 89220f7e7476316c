"""Measurements remembered across runs on an unchanged seeded database.

A measurement depends only on the seeded database (its cache key: schema,
seed settings, hints, server and dbperf version), on what was measured (the
statement, the parameters the capture offers, the trial DDL) and on how
(repeats, timeout, the measuring code). When all of these are the same, a
second run gets the same plans and buffers, so it reuses them instead of
running EXPLAIN ANALYZE again — `dbperf audit` and `dbperf check` of an
unchanged project then take a few seconds. `--no-cache` measures afresh.

The entries live next to the seeded database they belong to (the cache
cluster's `dbperf_measurements` table, see `dbperf.cache`) and go with it
when it is evicted. Timeouts are never remembered (they depend on the load
of the machine); other failures are, with the problems they reported.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from dbperf.config import Config
from dbperf.diagnostics import Origin, Problem, Problems
from dbperf.explain.measurement import Measurement
from dbperf.explain.params import param_text
from dbperf.explain.parse import parse_plan
from dbperf.workload import QueryGroup

VERSION = 1


def code_digest() -> str:
    """Hash of the measuring code: a change to how dbperf measures invalidates remembered results."""
    h = hashlib.sha256()
    for path in sorted((Path(__file__).resolve().parent).glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@dataclass
class Remembered:
    """One remembered Lab call: its measurements, the problems it reported, the parameters it chose."""

    measurements: list[Measurement]
    problems: list[Problem] = field(default_factory=list)
    choice: tuple[Any, str] | None = None  # (params, source) a measure() settled on
    rows: list[tuple] | None = None  # what a fetch() returned (plain values: `plain_row`)


def memo_from_cache(cache: Any, key: str, config: Config, server_version: int) -> MeasurementMemo:
    """The measurements remembered with the cached seeded database `key` (`cache`: a SeedCache),
    salted with how this run measures (code, repeats, timeout, server, search_path)."""
    salt = [code_digest(), config.repeats, config.statement_timeout_ms, server_version, list(config.search_path)]
    try:
        known = cache.measurements(key)
    except psycopg.Error:
        known = {}
    return MeasurementMemo(known, salt=json.dumps(salt))


def keep_in_cache(memo: MeasurementMemo, cache: Any, key: str, problems: Problems) -> None:
    """Store the measurements this run made next to the cached seeded database `key`."""
    try:
        cache.remember(key, memo.new)
    except psycopg.Error as exc:
        problems.add("explain", f"measurements could not be cached: {str(exc).strip()}",
                     hint="the audit is complete; the next run measures again", severity="info")


class MeasurementMemo:
    """Lab results by key: `known` ones loaded from the cache, `new` ones to store after the run."""

    def __init__(self, known: dict[str, Any] | None = None, salt: str = "") -> None:
        self.known = dict(known or {})
        self.new: dict[str, Any] = {}
        self.salt = salt
        self.reused = 0
        self.measured = 0
        self._count = threading.Lock()  # lanes (explain/lanes.py) call from several threads

    def key(self, kind: str, *parts: Any) -> str:
        payload = json.dumps([VERSION, self.salt, kind, *parts], sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()

    def has(self, key: str) -> bool:
        """Whether `get(key)` would find an entry (without counting it as reused)."""
        return key in self.known or key in self.new

    def get(self, key: str) -> Remembered | None:
        """The entry of `key`; `reused` counts those that came from the cache."""
        entry = self.known.get(key)
        cached = entry is not None
        entry = entry if cached else self.new.get(key)
        if entry is None:
            return None
        try:
            remembered = _decode(entry)
        except (KeyError, TypeError, ValueError):  # an entry of an older layout: measure again
            return None
        if cached:
            with self._count:
                self.reused += 1
        return remembered

    def put(self, key: str, remembered: Remembered) -> None:
        with self._count:
            self.measured += 1
        if any(m.timed_out for m in remembered.measurements):
            return
        self.new[key] = _encode(remembered)


def index_state(db: Any) -> str:
    """A digest of the indexes and statistics objects of `db` as it is now: a measurement remembered
    with others in place (before the advisor created one for real, say) is not this one."""
    return str(db.fetchval(
        "SELECT md5(coalesce((SELECT string_agg(pg_get_indexdef(i.indexrelid) || i.indisvalid::text, ';'"
        " ORDER BY pg_get_indexdef(i.indexrelid)) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
        " WHERE c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace,"
        " 'pg_toast'::regnamespace)), '')"
        " || coalesce((SELECT string_agg(pg_get_statisticsobjdef(s.oid), ';' ORDER BY pg_get_statisticsobjdef(s.oid))"
        " FROM pg_statistic_ext s), ''))"))


def group_identity(group: QueryGroup) -> list[Any]:
    """What of a group decides how it is measured: fingerprint, SQL and the parameter sets captured."""
    params = [None if s.params is None else [_text(v) for v in s.params] for s in [group.example, *group.samples]]
    return [group.fingerprint, group.example.sql, params]


def raw_identity(raw: Iterable[tuple[str, Sequence[Any] | None]]) -> list[Any]:
    return [[sql, None if params is None else [_text(v) for v in params]] for sql, params in raw]


def plain_row(row: Sequence[Any]) -> tuple:
    """A fetched row as JSON keeps it: None, str, int, float and bool as they are, any other value
    (a date, a UUID, a Decimal) as its text, which is also how it goes back as a parameter."""
    return tuple(v if v is None or isinstance(v, (str, int, float, bool)) else param_text(v) for v in row)


def _text(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float, bool)) else repr(value)


# -- JSON layout ----------------------------------------------------------------------------------------

def _encode(r: Remembered) -> dict[str, Any]:
    return {
        "measurements": [_encode_measurement(m) for m in r.measurements],
        "problems": [{"stage": p.stage, "message": p.message, "hint": p.hint, "severity": p.severity,
                      "origin": [p.origin.path, p.origin.line] if p.origin else None} for p in r.problems],
        "choice": None if r.choice is None else [list(r.choice[0]) if r.choice[0] is not None else None,
                                                 r.choice[1]],
        "rows": None if r.rows is None else [list(row) for row in r.rows],
    }


def _decode(entry: dict[str, Any]) -> Remembered:
    problems = [Problem(p["stage"], p["message"], Origin(*p["origin"]) if p.get("origin") else None,
                        p.get("hint", ""), p.get("severity", "warning")) for p in entry["problems"]]
    choice = entry.get("choice")
    return Remembered(
        measurements=[_decode_measurement(m) for m in entry["measurements"]],
        problems=problems,
        choice=None if choice is None else (tuple(choice[0]) if choice[0] is not None else None, choice[1]),
        rows=None if entry.get("rows") is None else [tuple(row) for row in entry["rows"]],
    )


def _encode_measurement(m: Measurement) -> dict[str, Any]:
    return {
        "fingerprint": m.fingerprint, "sql": m.sql,
        "params": None if m.params is None else [_text(v) for v in m.params],
        "params_source": m.params_source,
        "plan": None if m.plan is None else {"raw": m.plan.raw, "analyzed": m.plan.analyzed},
        "ms": m.ms, "planning_ms": m.planning_ms, "runs": m.runs, "buffers": m.buffers, "rows": m.rows,
        "error": m.error,
    }


def _decode_measurement(d: dict[str, Any]) -> Measurement:
    plan = d["plan"]
    return Measurement(
        fingerprint=d["fingerprint"], sql=d["sql"],
        params=None if d["params"] is None else tuple(d["params"]),
        params_source=d["params_source"],
        plan=None if plan is None else parse_plan(plan["raw"], analyzed=plan["analyzed"]),
        ms=d["ms"], planning_ms=d["planning_ms"], runs=list(d["runs"]), buffers=d["buffers"], rows=d["rows"],
        error=d["error"],
    )
