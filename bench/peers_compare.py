"""One example, compared: dbperf advise's indexes (chosen on the embedded PostgreSQL 18) and
index_advisor's (asked on PostgreSQL 15 with HypoPG), each measured on the same PostgreSQL 15
database, seeded by dbperf with the same seed and scale as the advice was.

Every measurement is dbperf's own (`Lab.measure`/`Lab.trial`): one warm-up run and
`thresholds.repeats` (3) timed `EXPLAIN (ANALYZE, BUFFERS)` runs with the query's chosen
parameters, the median kept; an index set is applied in a transaction that is rolled back.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from peers_index_advisor import Suggestion, ask, index_label, install
from pglast import ast, parse_sql

from dbperf.audit_options import AuditOptions
from dbperf.explain.measurement import Measurement
from dbperf.pipeline import measured_context
from dbperf.project import discover


@dataclass
class Row:
    """One query of one example, measured with no new index, index_advisor's and dbperf's."""

    example: str
    origin: str
    sql: str  # normalized (no values)
    theirs: Suggestion
    ours: list[str]  # dbperf's indexes the query's plan uses once dbperf's whole set exists
    none: Measurement
    with_theirs: Measurement | None  # None: index_advisor proposed nothing
    with_ours: Measurement
    theirs_labels: list[str] = field(default_factory=list)
    ours_all: list[str] = field(default_factory=list)  # every create of dbperf's advice


@dataclass
class Advice:
    """dbperf advise's creates (indexes and statistics): their SQL and `table(columns)` labels."""

    sql: list[str]
    labels: dict[str, str]  # index name (parent and partitions) -> label
    rejected: list[dict]


def dbperf_advice(project: Path, scale: float | None, out: Path) -> Advice:
    """`dbperf advise PROJECT --format json` as a user runs it (embedded PostgreSQL 18)."""
    exe = Path(sys.executable).parent / "dbperf"
    command = [str(exe) if exe.exists() else (shutil.which("dbperf") or "dbperf"),
               "advise", str(project), "--format", "json", "-o", str(out)]
    if scale is not None:
        command += ["--scale", f"{scale:g}"]
    done = subprocess.run(command, check=False, capture_output=True, text=True)
    if not out.is_file():
        raise SystemExit(f"error: {' '.join(command)} wrote no advice (exit {done.returncode}):\n"
                         f"{done.stderr[-2000:]}")
    data = json.loads(out.read_text())
    creates = [p for p in data["proposals"] if p["action"] == "create"]
    labels: dict[str, str] = {}
    for p in creates:
        label = index_label(p["sql"])
        for raw in parse_sql(p["sql"]):
            if isinstance(raw.stmt, ast.IndexStmt) and raw.stmt.idxname:
                labels[raw.stmt.idxname] = label
    return Advice([p["sql"] for p in creates], labels, data.get("rejected", []))


def compare(name: str, project: Path, server_uri: str, advisor_sql: str, scale: float | None,
            log: Callable[[str], None] = print) -> tuple[list[Row], Advice]:
    """Seed `project` on the PostgreSQL 15 server, ask index_advisor about every captured query,
    measure each with no new index, with index_advisor's set and with dbperf's set."""
    with tempfile.TemporaryDirectory(prefix="peers-") as tmp:
        log(f"{name}: dbperf advise (embedded PostgreSQL 18)…")
        advice = dbperf_advice(project, scale, Path(tmp) / "advice.json")
    log(f"{name}: {len(advice.sql)} creates; seeding and measuring on PostgreSQL 15…")
    options = AuditOptions(server_uri=server_uri, cache=False, scale=scale)
    with measured_context(discover(project), options) as ctx:
        lab = ctx.lab
        dsn = lab.db.conn.info.dsn
        install(dsn, advisor_sql)
        existing = {r[0] for r in lab.db.fetchall("SELECT relname FROM pg_class WHERE relkind IN ('i', 'I')")}
        groups = [g for g in ctx.groups() if g.fingerprint in ctx.measurements]
        with psycopg.connect(dsn, autocommit=True, prepare_threshold=None) as conn:
            suggestions = [ask(conn, g.example.sql) for g in groups]
        log(f"{name}: index_advisor asked about {len(groups)} queries; dbperf's set on all of them…")
        with_ours = lab.trial(list(advice.sql), groups) if advice.sql else [ctx.measurements[g.fingerprint]
                                                                             for g in groups]
        rows = []
        for g, suggestion, ours in zip(groups, suggestions, with_ours):
            theirs = lab.trial(suggestion.runnable, [g])[0] if suggestion.runnable else None
            used = sorted({advice.labels.get(n, n) for n in _indexes(ours) if n not in existing})
            rows.append(Row(name, str(g.origins[0]) if g.origins else "", g.sql, suggestion, used,
                            ctx.measurements[g.fingerprint], theirs, ours,
                            [index_label(s) for s in suggestion.runnable], sorted(set(advice.labels.values()))))
        return rows, advice


def _indexes(m: Measurement) -> set[str]:
    """Names of the indexes a measured plan scans."""
    if m.plan is None:
        return set()
    return {node.index_name for node in m.plan.root.walk() if node.index_name}
