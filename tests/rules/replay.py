"""Rules on recorded database answers: record a case once on PostgreSQL, replay it in milliseconds.

A rule reads a `Context` (dbperf.context): the schema as the seeded database
has it (row counts, sizes), the measurement of every query group, pg_stats,
and — to prove a fix — the answers of its `Lab` (measure, trial, measure_raw,
fetch). `RecordingLab` wraps the real Lab of an audit and writes down every
call and its answer; `ReplayLab` serves those answers without a database. The
parts of a Context that do not come from the database — the workload, the
query shapes and the config — are rebuilt from the case's files on every
replay, by the current code.

A Lab call is found again by what it was asked (the memo's identity of the
query group or statement, the DDL of a trial), not by its order, so rules
may run in any order. A call the recording lacks fails with the command that
re-records the case.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dbperf.capture import load_workload
from dbperf.context import Context, Lab
from dbperf.diagnostics import Problems
from dbperf.explain.measurement import Measurement
from dbperf.explain.memo import group_identity, raw_identity
from dbperf.findings import Finding
from dbperf.pipeline import run_rules
from dbperf.schema.model import ColumnStats
from dbperf.project import discover
from dbperf.report.json_report import jsonable
from dbperf.schema.model import Schema
from dbperf.sql.shape import analyze
from dbperf.workload import QueryGroup
from tests.rules.case import Case
from tests.rules.codec import decode, encode

VERSION = 1
ROOT_TOKEN = "$CASE"  # the case's project folder, in recordings and snapshots (it differs per run)
RECORD_COMMAND = "python -m tests.rules.record"


class NotRecorded(LookupError):
    """A rule asked the Lab something the case's recording holds no answer for."""


def call_key(kind: str, *parts: Any) -> str:
    """How a Lab call is found again: its kind and what it was asked, as JSON text."""
    return json.dumps([kind, *parts], sort_keys=True, default=str)


def measure_key(group: QueryGroup, sql: str | None) -> str:
    return call_key("measure", group_identity(group), sql or group.example.sql)


def trial_key(ddl: list[str], groups: list[QueryGroup], raw: Sequence[tuple[str, tuple | None]]) -> str:
    return call_key("trial", list(ddl), [group_identity(g) for g in groups], raw_identity(raw))


def raw_key(sql: str, params: tuple | None) -> str:
    return call_key("measure_raw", raw_identity([(sql, params)]))


def fetch_key(sql: str, params: tuple | None) -> str:
    return call_key("fetch", raw_identity([(sql, params)]))


_ANSWER_TYPES: dict[str, Any] = {
    "measure": Measurement, "measure_raw": Measurement, "trial": list[Measurement], "fetch": list[tuple[Any, ...]],
}


@dataclass
class RecordingLab:
    """The audit's Lab, writing down every call and answer. A call asked twice gets the first answer
    again, read back from its record: the live rules see exactly what a replay will serve."""

    lab: Lab
    calls: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> {"call", "answer"}

    def _answer(self, kind: str, key: str, ask: Any) -> Any:
        if key not in self.calls:
            self.calls[key] = {"call": kind, "answer": encode(ask(), _ANSWER_TYPES[kind])}
        return decode(self.calls[key]["answer"], _ANSWER_TYPES[kind])

    def measure(self, group: QueryGroup, sql: str | None = None) -> Measurement:
        return self._answer("measure", measure_key(group, sql), lambda: self.lab.measure(group, sql))

    def trial(self, ddl: list[str], groups: list[QueryGroup],
              raw: Sequence[tuple[str, tuple | None]] = ()) -> list[Measurement]:
        groups = list(groups)
        return self._answer("trial", trial_key(ddl, groups, raw), lambda: self.lab.trial(ddl, groups, raw))

    def measure_raw(self, sql: str, params: tuple | None = None) -> Measurement:
        return self._answer("measure_raw", raw_key(sql, params), lambda: self.lab.measure_raw(sql, params))

    def fetch(self, sql: str, params: tuple | None = None) -> list[tuple]:
        return self._answer("fetch", fetch_key(sql, params), lambda: self.lab.fetch(sql, params))


@dataclass
class ReplayLab:
    """Serves the recorded answers; a call that was never recorded raises `NotRecorded`."""

    case: str
    calls: dict[str, dict[str, Any]]

    def _answer(self, kind: str, key: str) -> Any:
        if key not in self.calls:
            raise NotRecorded(
                f"the recording of case {self.case} has no answer to Lab.{kind}({key}): the rule asks the "
                f"database something new; re-record the case with `{RECORD_COMMAND} {self.case}`")
        return decode(self.calls[key]["answer"], _ANSWER_TYPES[kind])

    def measure(self, group: QueryGroup, sql: str | None = None) -> Measurement:
        return self._answer("measure", measure_key(group, sql))

    def trial(self, ddl: list[str], groups: list[QueryGroup],
              raw: Sequence[tuple[str, tuple | None]] = ()) -> list[Measurement]:
        return self._answer("trial", trial_key(ddl, list(groups), raw))

    def measure_raw(self, sql: str, params: tuple | None = None) -> Measurement:
        return self._answer("measure_raw", raw_key(sql, params))

    def fetch(self, sql: str, params: tuple | None = None) -> list[tuple]:
        return self._answer("fetch", fetch_key(sql, params))


def recording_of(case: Case, ctx: Context, lab: RecordingLab, postgres: str, root: Path) -> str:
    """The JSON text of a case's recording: what its audit read from the database and every Lab answer."""
    data = {
        "version": VERSION,
        "case": case.name,
        "digest": case.digest(),
        "postgres": postgres,
        "schema": encode(ctx.schema, Schema),
        "stats": [[table, column, encode(s, ColumnStats)] for (table, column), s in sorted(ctx.stats.items())],
        "measurements": {fp: encode(m, Measurement) for fp, m in sorted(ctx.measurements.items())},
        "lab": [{"key": key, **lab.calls[key]} for key in sorted(lab.calls)],
    }
    return _portable(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n", root)


def replay_context(case: Case, root: Path) -> Context:
    """The Context the case's audit gave its rules, rebuilt from its recording and its files under `root`."""
    if not case.recording.is_file():
        raise NotRecorded(f"case {case.name} has no recording ({case.recording}): record it with "
                          f"`{RECORD_COMMAND} {case.name}`")
    data = json.loads(case.recording.read_text().replace(ROOT_TOKEN, str(root)))
    if data.get("version") != VERSION or data.get("digest") != case.digest():
        raise NotRecorded(f"the recording of case {case.name} is of another version of the case file: "
                          f"re-record it with `{RECORD_COMMAND} {case.name}`")
    project = discover(case.write(root))
    workload = load_workload(project.query_paths, Problems())
    schema = decode(data["schema"], Schema)
    return Context(
        schema=schema,
        workload=workload,
        measurements={fp: decode(m, Measurement) for fp, m in data["measurements"].items()},
        shapes={fp: analyze(group.example.sql, schema) for fp, group in workload.groups.items()},
        config=project.config,
        stats={(table, column): decode(s, ColumnStats) for table, column, s in data["stats"]},
        lab=ReplayLab(case.name, {call["key"]: call for call in data["lab"]}),
    )


def snapshot_of(findings: list[Finding], root: Path) -> list[dict[str, Any]]:
    """Findings as the snapshot keeps them: every field (rule, severity, proof, message, table, columns,
    evidence, fix …), numbers rounded as the JSON report rounds them, the case folder as $CASE."""
    return json.loads(_portable(json.dumps([jsonable(f) for f in findings]), root))


def _portable(text: str, root: Path) -> str:
    return text.replace(str(root), ROOT_TOKEN)


def replay_rules(case: Case, root: Path, only: list[str] | None = None) -> list[Finding]:
    """The findings of the rules (`only` these ids) on the case's recording; a rule that fails — e.g.
    it asks the Lab what was not recorded — raises `AssertionError` with the reason."""
    problems = Problems()
    findings = run_rules(replay_context(case, root), problems, only)
    if list(problems):
        raise AssertionError("\n".join(p.message for p in problems))
    return findings
