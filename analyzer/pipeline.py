"""The audit, start to finish: a short straight pipeline, each stage named by its call.

    captures ─► workload ─┐
    schema DDL ─► scratch database ─► seed ─► EXPLAIN ANALYZE ─► rules ─► findings ─► report
"""

from __future__ import annotations

import itertools
import os
import time
from collections import defaultdict
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import psycopg
from psycopg import sql as pgsql

from dbperf import __version__
from dbperf.capture import load as load_captures
from dbperf.config import Config
from dbperf.context import Context
from dbperf.diagnostics import DbperfError, Origin, Problems
from dbperf.explain.runner import Runner
from dbperf.findings import SEVERITIES, Finding, IndexChange
from dbperf.migrate.fix import index_changes
from dbperf.postgres.database import Database
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.postgres.stats import column_stats
from dbperf.project import Project
from dbperf.report.model import QueryReport, Report
from dbperf.rules import all_rules
from dbperf.schema.loader import load_schema, refresh_sizes
from dbperf.schema.model import Schema
from dbperf.seed.seeder import seed
from dbperf.sql.shape import QueryShape, analyze
from dbperf.workload import Workload, build_workload

HINT_MAX_DISTINCT = 12  # captured parameter values kept as seeding hints for one column
_RUNS = itertools.count()  # scratch database names unique within a process


class UI:
    """How the pipeline tells the user what it is doing. The default says nothing."""

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        yield

    def bar(self, description: str, total: int) -> Callable[[int], None]:
        """Start a progress bar; returns `advance(n)`."""
        return lambda n: None

    def note(self, message: str) -> None:
        pass


@dataclass
class AuditOptions:
    seed: int | None = None  # None: the config's
    scale: float | None = None
    server_uri: str | None = None  # a server dbperf owns (tests share one); None: start an embedded one
    rules: list[str] | None = None  # only these rule ids


@dataclass
class AuditResult:
    report: Report
    context: Context
    changes: list[IndexChange] = field(default_factory=list)  # index migrations proposed by findings


def run_audit(project: Project, options: AuditOptions | None = None, ui: UI | None = None) -> AuditResult:
    options = options or AuditOptions()
    ui = ui or UI()
    config = project.config
    if options.seed is not None:
        config.seed = options.seed
    if options.scale is not None:
        config.scale = options.scale
    _check_options(options, config)  # before anything slow: a typo must not cost a whole audit
    problems = Problems()
    _check_rule_settings(config, problems)
    timings: dict[str, float] = {}

    def timed(name: str):
        return _Timer(name, timings, ui)

    with timed("capture"):
        workload = build_workload(load_captures(project.query_paths, problems), problems)

    with ExitStack() as stack:
        with timed("postgres"):
            server_uri = options.server_uri
            if server_uri is None:
                server_uri = stack.enter_context(EmbeddedPostgres()).uri
            # Unique per run: two audits on one shared server must not drop each other's database.
            name = f"dbperf_{config.seed}_{os.getpid()}_{next(_RUNS)}"
            if options.server_uri is not None:
                # A shared server outlives the audit: drop the scratch database when done
                # (registered first, so it runs after the connection below is closed).
                stack.callback(_drop_database, server_uri, name)
            db = stack.enter_context(
                Database.scratch(server_uri, name=name, statement_timeout_ms=config.statement_timeout_ms)
            )
        with timed("schema"):
            loaded = load_schema(project.schema_paths, db, problems)
            schema = loaded.schema
        if not schema.tables:
            raise _no_tables(project, problems)
        with timed("analyze queries"):
            shapes = _shapes(workload, schema, problems)
        with timed("seed"):
            total = sum(1 for _ in schema.tables)
            advance = ui.bar("seeding", total)
            done: set[str] = set()

            def on_progress(table: str, rows: int, table_total: int) -> None:
                if rows >= table_total and table not in done:
                    done.add(table)
                    advance(1)

            seeded = seed(db, schema, config, hints=_hints(workload, shapes, schema), progress=on_progress,
                          problems=problems)
            schema = refresh_sizes(schema, db)
            stats = column_stats(db)
        runner = Runner(db, config, shapes, problems)
        with timed("explain"):
            advance = ui.bar("EXPLAIN ANALYZE", len(workload.groups))
            measurements = runner.measure_all(list(workload.groups.values()), progress=lambda g: advance(1))
        ctx = Context(schema=schema, workload=workload, measurements=measurements, shapes=shapes,
                      config=config, stats=stats, lab=runner)
        with timed("rules"):
            findings = run_rules(ctx, problems, options.rules)
        database = {
            "postgres": db.fetchval("SHOW server_version"),
            "seed": config.seed,
            "scale": config.scale,
            "rows_seeded": seeded.total_rows,
            "tables": len(schema.tables),
        }

    inputs = {
        "root": str(project.root),
        "schema": [str(p) for p in project.schema_paths],
        "schema_kind": loaded.source_kind,
        "queries": [str(p) for p in project.query_paths],
        "statements": workload.statements,
        "query_groups": len(workload.groups),
    }
    report = Report(
        dbperf=__version__,
        database=database,
        inputs=inputs,
        findings=findings,
        queries=[_query_report(g, measurements.get(g.fingerprint)) for g in workload.groups.values()],
        problems=list(problems) + list(workload.problems) if workload.problems is not problems else list(problems),
        timings=timings,
    )
    return AuditResult(report=report, context=ctx, changes=index_changes(findings))


def _check_options(options: AuditOptions, config: Config) -> None:
    """Options that make the audit meaningless stop it at once, with what to do."""
    if options.rules:
        known = [r.id for r in all_rules()]
        unknown = [r for r in options.rules if r not in known]
        if unknown:
            raise DbperfError(f"unknown rule {', '.join(repr(r) for r in unknown)}",
                              hint=f"known rules: {', '.join(known)} (dbperf rules lists them)")
    if not config.scale > 0:
        where = "--scale" if options.scale is not None else f"scale in {config.source or 'dbperf.toml'}"
        raise DbperfError(f"{where} must be a number above 0, not {config.scale:g}",
                          hint="1 seeds the row counts of dbperf.toml as written, 0.1 a tenth of them")


def _check_rule_settings(config: Config, problems: Problems) -> None:
    """`[rules]` entries naming no rule (a typo) would silently do nothing: say so, go on."""
    known = {r.id for r in all_rules()}
    origin = Origin(str(config.source)) if config.source else None
    hint = f"known rules: {', '.join(sorted(known))}"
    for rule_id in config.disabled_rules:
        if rule_id not in known:
            problems.add("config", f"[rules] disable names unknown rule {rule_id!r}; nothing was disabled for it",
                         origin, hint=hint)
    for rule_id, severity in config.severity.items():
        if rule_id not in known:
            problems.add("config", f"[rules] severity names unknown rule {rule_id!r}", origin, hint=hint)
        elif severity not in SEVERITIES:
            problems.add("config", f"[rules] severity of {rule_id} is {severity!r}, which is not a severity; "
                         "the rule's default is used", origin, hint=f"use one of: {', '.join(SEVERITIES)}")


def _no_tables(project: Project, problems: Problems, shown: int = 5) -> DbperfError:
    """The audit cannot go on: say which statements failed (there is no report to show them in)."""
    met = [p for p in problems if p.stage == "schema"]
    paths = ", ".join(str(p) for p in project.schema_paths)
    if not met:
        return DbperfError(f"the schema {paths} defines no tables",
                           hint="point --schema (or `schema` in dbperf.toml) at the CREATE TABLE statements: "
                           "a drizzle-kit migrations folder, a .sql DDL file or pg_dump --schema-only output")
    lines = [f"  {p}" for p in met[:shown]]
    if len(met) > shown:
        lines.append(f"  … and {len(met) - shown} more")
    return DbperfError(f"the schema {paths} defines no tables; {len(met)} statement(s) could not be used:\n"
                       + "\n".join(lines), hint="fix the statements above and run the audit again")


def _drop_database(server_uri: str, name: str) -> None:
    try:
        with psycopg.connect(server_uri, autocommit=True) as admin:
            admin.execute(pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name)))
    except psycopg.Error:
        pass  # clean-up only: never hide the audit's own outcome


def run_rules(ctx: Context, problems: Problems, only: list[str] | None = None) -> list[Finding]:
    """Every enabled rule; a rule that fails is reported as a problem, the others still run."""
    findings: list[Finding] = []
    for rule in all_rules():
        if rule.id in ctx.config.disabled_rules or (only and rule.id not in only):
            continue
        try:
            produced = list(rule.check(ctx))
        except Exception as exc:  # a bug in one rule must not lose the others' findings
            problems.add("rules", f"rule {rule.id} failed: {type(exc).__name__}: {exc}",
                         hint="please report this bug with the input that triggers it", severity="error")
            continue
        override = ctx.config.severity.get(rule.id)
        for finding in produced:
            if override in SEVERITIES:
                finding.severity = override
            findings.append(finding)
    return sorted(findings, key=Finding.sort_key)


def _shapes(workload: Workload, schema: Schema, problems: Problems) -> dict[str, QueryShape]:
    shapes = {}
    for fingerprint, group in workload.groups.items():
        shape = analyze(group.example.sql, schema)
        shapes[fingerprint] = shape
        for name in shape.unknown_tables:
            problems.add("capture", f'query references unknown table "{name}"', group.example.origin,
                         hint="the schema does not define it: check --schema, or the query targets another database")
    return shapes


def _hints(workload: Workload, shapes: dict[str, QueryShape], schema: Schema) -> dict[tuple[str, str], list[Any]]:
    """Values the workload filters on, per column, so that seeding makes them exist."""
    hints: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for fingerprint, shape in shapes.items():
        group = workload.groups[fingerprint]
        for p in shape.predicates:
            if p.op not in ("=", "in", "<>"):
                continue
            table = schema.find(p.column.table)
            if table is None or (p.column.column,) in table.uniques or (p.column.column,) == table.primary_key:
                continue
            key = (p.column.table, p.column.column)
            values = p.literal if isinstance(p.literal, list) else [p.literal]
            if p.value == "literal":
                hints[key].extend(v for v in values if v is not None)
            elif p.value == "param" and p.param:
                hints[key].extend(s.params[p.param - 1] for s in group.samples
                                  if s.params and len(s.params) >= p.param and s.params[p.param - 1] is not None)
    return {k: list(dict.fromkeys(v)) for k, v in hints.items() if 0 < len(set(map(str, v))) <= HINT_MAX_DISTINCT}


def _query_report(group, m) -> QueryReport:
    return QueryReport.from_group(group, m)


class _Timer:
    def __init__(self, name: str, timings: dict[str, float], ui: UI) -> None:
        self.name, self.timings, self.ui = name, timings, ui

    def __enter__(self) -> None:
        self.start = time.perf_counter()
        self._stage = self.ui.stage(self.name)
        self._stage.__enter__()

    def __exit__(self, *exc: object) -> None:
        self._stage.__exit__(*exc)
        self.timings[self.name] = round(time.perf_counter() - self.start, 3)
