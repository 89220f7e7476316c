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
from dbperf.context import Context
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


def dbperf_advice(project: Path, scale: float | None, out: Path) -> Advice:
    """`dbperf advise PROJECT --format json` as a user runs it (embedded PostgreSQL 18)."""
    args = ["advise", str(project), "--format", "json", "-o", str(out)]
    args += ["--scale", f"{scale:g}"] if scale is not None else []
    done = _dbperf(*args)
    if not out.is_file():
        raise SystemExit(f"error: dbperf {' '.join(args)} wrote no advice (exit {done.returncode}):\n"
                         f"{done.stderr[-2000:]}")
    data = json.loads(out.read_text())
    creates = [p for p in data["proposals"] if p["action"] == "create"]
    labels: dict[str, str] = {}
    for p in creates:
        label = index_label(p["sql"])
        for raw in parse_sql(p["sql"]):
            if isinstance(raw.stmt, ast.IndexStmt) and raw.stmt.idxname:
                labels[raw.stmt.idxname] = label
    return Advice([p["sql"] for p in creates], labels)


def _dbperf(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "dbperf"
    command = [str(exe) if exe.exists() else (shutil.which("dbperf") or "dbperf"), *args]
    return subprocess.run(command, check=False, capture_output=True, text=True)


def checksums(uri: str, tables: list[str]) -> dict[str, tuple]:
    """Rows and a hash of every row's text, per table: equal on two servers = the same data."""
    with psycopg.connect(uri, autocommit=True) as conn:
        return {t: conn.execute(f"SELECT count(*), sum(hashtextextended(r::text, 0)::numeric) FROM {t} r"
                                ).fetchone() for t in tables}


def compare(name: str, project: Path, server_uri: str, advisor_sql: str, scale: float | None,
            check_data: bool = True, log: Callable[[str], None] = print) -> tuple[list[Row], Advice, str]:
    """Seed `project` on the PostgreSQL 15 server, ask index_advisor about every captured query,
    measure each with no new index, with index_advisor's set and with dbperf's set. The third
    value says whether the PostgreSQL 18 and 15 databases hold the same rows."""
    scaled = ["--scale", f"{scale:g}"] if scale is not None else []
    with tempfile.TemporaryDirectory(prefix="peers-") as tmp:
        log(f"{name}: dbperf advise (embedded PostgreSQL 18)…")
        advice = dbperf_advice(project, scale, Path(tmp) / "advice.json")
    seeded18 = _dbperf("seed", str(project), "--keep", *scaled).stdout.strip() if check_data else ""
    log(f"{name}: {len(advice.sql)} creates; seeding and measuring on PostgreSQL 15…")
    options = AuditOptions(server_uri=server_uri, cache=False, scale=scale)
    try:
        with measured_context(discover(project), options) as ctx:
            same = _same_data(ctx, seeded18) if seeded18 else "not checked"
            log(f"{name}: PostgreSQL 18 and 15 databases: {same}")
            return _measure(name, ctx, advice, advisor_sql, log), advice, same
    finally:
        if seeded18:
            _dbperf("stop", seeded18)


def _same_data(ctx: Context, uri18: str) -> str:
    """Whether the PostgreSQL 18 database at `uri18` and the context's hold the same rows."""
    tables = [f'"{t.schema}"."{t.name}"' for t in ctx.schema.tables.values()
              if t.kind in ("table", "partitioned", "matview")]
    ours18, ours15 = checksums(uri18, tables), checksums(ctx.lab.db.conn.info.dsn, tables)
    differ = [t for t in tables if ours18[t] != ours15[t]]
    if differ:
        return f"rows differ in {len(differ)} of {len(tables)} tables: {', '.join(differ[:5])}"
    return f"same rows in all {len(tables)} tables"


def _measure(name: str, ctx: Context, advice: Advice, advisor_sql: str,
             log: Callable[[str], None]) -> list[Row]:
    """index_advisor asked about every query, then each measured without and with either set."""
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
    return rows


def _indexes(m: Measurement) -> set[str]:
    """Names of the indexes a measured plan scans."""
    if m.plan is None:
        return set()
    return {node.index_name for node in m.plan.root.walk() if node.index_name}
