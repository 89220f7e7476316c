"""GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` annotations on the PR diff.

Printed by `dbperf check` when `GITHUB_ACTIONS=true`. What fails the gate is
an `error`; new findings below the gate a `warning` (or `notice` for info);
expired or unmatched `[[ignore]]` entries a `warning` without a file. Paths
are relative to the repository root, as GitHub expects.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from dbperf.gate.model import GateResult
from dbperf.gate.render import render_markdown
from dbperf.report.locations import Location, location, repo_root

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def annotations(gate: GateResult) -> list[str]:
    base = repo_root(Path(gate.root).resolve())
    lines = []
    for g in gate.findings:
        if not (g.blocking or (g.status in ("new", "worse") and gate.baseline)):
            continue
        f = g.finding
        where = f" on {f.table}" + (f" ({', '.join(f.columns)})" if f.columns else "") if f.table else ""
        loc = location(f.origins[0], base) if f.origins else None
        kind = "error" if g.blocking else COMMAND[f.severity]
        lines.append(command(kind, f"dbperf {f.rule}{where}", f.message, loc))
    for r in gate.regressions:
        loc = location(r.query.origins[0], base) if r.query.origins else None
        lines.append(command("error" if r.blocking else "warning", "dbperf plan regression", r.message(), loc))
    for s in gate.slow:
        loc = location(s.query.origins[0], base) if s.query.origins else None
        lines.append(command("error" if s.blocking else "warning", "dbperf slow query", s.message(), loc))
    for warning in gate.warnings:
        lines.append(command("warning", "dbperf", warning, None))
    return lines


def command(kind: str, title: str, message: str, loc: Location | None) -> str:
    props = []
    if loc is not None:
        props.append(f"file={_prop(loc.uri)}")
        if loc.line:
            props.append(f"line={loc.line}")
    props.append(f"title={_prop(title)}")
    return f"::{kind} {','.join(props)}::{_data(message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def publish_ci(result: GateResult, annotations_to: TextIO | None = None,
               environ: Mapping[str, str] | None = None) -> None:
    """GitHub Actions: annotations when GITHUB_ACTIONS=true, the Markdown summary to $GITHUB_STEP_SUMMARY."""
    environ = os.environ if environ is None else environ
    if environ.get("GITHUB_ACTIONS") == "true":
        stream = annotations_to or sys.stdout
        for line in annotations(result):
            stream.write(line + "\n")
        stream.flush()
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        try:
            with open(summary, "a", encoding="utf-8") as fh:
                fh.write(render_markdown(result) + "\n")
        except OSError as exc:
            sys.stderr.write(f"warning: cannot write $GITHUB_STEP_SUMMARY ({exc})\n")
