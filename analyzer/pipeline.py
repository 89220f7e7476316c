"""The audit, start to finish: a short straight pipeline, each stage named by its call.

    captures ─► workload ─┐
    schema DDL ─► scratch database ─► seed ─► EXPLAIN ANALYZE ─► rules ─► findings ─► report
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

from dbperf import __version__
from dbperf.advisor.advise import advise
from dbperf.advisor.decision import migration_plan
from dbperf.audit_options import AuditOptions, check_options, check_rule_settings
from dbperf.capture import load_workload
from dbperf.config import Config, allows_empty
from dbperf.context import Context
from dbperf.diagnostics import DbperfError, Problems
from dbperf.explain.memo import MeasurementMemo, keep_in_cache, memo_from_cache
from dbperf.explain.lanes import one_by_one
from dbperf.explain.runner import Runner
from dbperf.findings import SEVERITIES, Finding, IndexChange
from dbperf.postgres.open import Where, open_database
from dbperf.schema.pg_stats import column_stats
from dbperf.progress import UI, CaptureBar, Timer
from dbperf.project import Project
from dbperf.report.model import QueryReport, Report
from dbperf.rules import all_rules
from dbperf.schema.catalog import read_schema
from dbperf.schema.loader import SchemaLoad, load_schema, refresh_sizes
from dbperf.schema.model import Schema
from dbperf.seed.hints import workload_hints
from dbperf.seed.plan import SeedPlan, make_plan, table_use
from dbperf.seed.profile import apply_profiles
from dbperf.seed.seeder import SeedResult
from dbperf.seeded import seed_or_restore
from dbperf.sql.shape import QueryShape, analyze
from dbperf.workload import Workload

__all__ = ["UI", "AuditOptions", "AuditResult", "Measured", "measured", "run_audit", "run_rules"]



@dataclass
class AuditResult:
    report: Report
    context: Context
    changes: list[IndexChange] = field(default_factory=list)  # the MigrationPlan: advisor.decision decides it
    advice: Any = None  # dbperf.advisor.advise.Advice with `advise=True`; its changes replace `changes`
    empty: list[str] = field(default_factory=list)  # tables seeding left empty that may not be: `audit` exits 2


@dataclass
class Measured:
    """What the measuring stages produced, while the database is still open (see `measured`)."""

    context: Context
    where: Where
    loaded: SchemaLoad
    seeded: SeedResult
    problems: Problems
    timings: dict[str, float]
    stack: ExitStack  # closes the database (and its cluster) when `measured` exits
    memo: MeasurementMemo | None = None  # measurements reused from / kept for the cache
    plan: SeedPlan | None = None  # row counts asked for (None on --dsn)
    empty: list[str] = field(default_factory=list)  # tables left empty and not in [seed] allow_empty
    measuring: dict[str, Any] = field(default_factory=dict)  # runs per statement, jobs, parallel-worker cap
    runner: Runner | None = None  # the Lab of `context`, whose connections the rules run on


@contextmanager
def measured(project: Project, options: AuditOptions | None = None, ui: UI | None = None) -> Iterator[Measured]:
    """Every stage up to EXPLAIN ANALYZE; yields the `Context` with its database (and `Lab`) open.

    `run_audit` runs the rules inside it; the index advisor runs its trials inside it.
    """
    options = options or AuditOptions()
    ui = ui or UI()
    config = project.config
    if options.seed is not None:
        config.seed = options.seed
    if options.scale is not None:
        config.scale = options.scale
    if options.rows:
        config.rows = {**config.rows, **options.rows}
    check_options(options, config)  # before anything slow: a typo must not cost a whole audit
    problems = Problems()
    check_rule_settings(config, problems)
    timings: dict[str, float] = {}

    def timed(name: str):
        return Timer(name, timings, ui)

    with timed("capture"):
        bar = CaptureBar(project.query_paths, ui)
        try:
            workload = load_workload(project.query_paths, problems, format_in=options.format_in,
                                     progress=bar.progress)
        finally:
            bar.finish()

    with ExitStack() as stack:
        with timed("postgres"):
            where = open_database(stack, config, dsn=options.dsn, allow_writes=options.allow_writes,
                                  postgres=options.postgres, cache=options.cache,
                                  cache_dir_path=options.cache_dir, server_uri=options.server_uri,
                                  keep=options.keep)
            db = where.db
        with timed("schema"):
            if where.kind == "dsn":
                loaded = SchemaLoad(schema=read_schema(db), statements=0, applied=0, source_kind="catalog")
            else:
                loaded = load_schema(project.schema_paths, db, problems)
            schema = loaded.schema
            schema.search_path = config.search_path  # how the captured queries' unqualified names resolve
        if not schema.tables:
            raise _no_tables(project, problems) if where.kind != "dsn" else DbperfError(
                "the database behind --dsn has no tables", hint="check the database name in the URI")
        with timed("analyze queries"):
            shapes = _shapes(workload, schema, problems)
        plan = None
        with timed("seed"):
            if where.kind == "dsn":  # the user's data is the data: nothing is written
                seeded = SeedResult(rows={key: t.rows or 0 for key, t in schema.tables.items()})
                schema, stats, state = refresh_sizes(schema, db), column_stats(db), None
            else:
                apply_profiles(db, schema, config, options.stats or config.stats, problems, workload)  # docs/seeding.md
                plan = make_plan(schema, config, table_use(shapes.values()))
                made = seed_or_restore(where, schema, config, plan, workload_hints(workload, shapes, schema),
                                       problems, ui)
                seeded, schema, stats, state = made.result, made.schema, made.stats, made.index_state
        empty, refused = _empty_tables(schema, seeded, plan, config, problems) if plan else (set(), [])
        memo = (memo_from_cache(where.cache, where.cache_key, config, db.server_version_num)
                if options.memo and where.cache is not None and where.cache_key else None)
        runner = Runner(db, config, shapes, problems, memo=memo, schema=schema, index_state=state)
        measurements: dict = {}
        if not options.seed_only:
            with timed("explain"):
                # A query on a table the schema lacks was reported when its shape was analysed.
                # So was one on a foreign table (its rows live elsewhere: nothing to measure).
                runnable = [g for g in workload.groups.values()
                            if not shapes[g.fingerprint].unknown_tables and not shapes[g.fingerprint].foreign_tables]
                advance = ui.bar("EXPLAIN ANALYZE", len(runnable))
                measurements = runner.measure_all(runnable, progress=lambda g: advance(1), jobs=options.jobs)
                _queries_on_empty(runnable, measurements, shapes, schema, empty, refused, problems)
            if memo is not None and memo.reused:
                ui.note(f"[dim]{memo.reused} of {len(runnable)} query measurements reused from the cache "
                        "(same seeded database, same statements; --no-cache measures afresh)[/dim]")
        ctx = Context(schema=schema, workload=workload, measurements=measurements, shapes=shapes,
                      config=config, stats=stats, lab=runner)
        yield Measured(ctx, where, loaded, seeded, problems, timings, stack, memo, plan, empty=refused,
                       measuring=runner.how, runner=runner)
        if memo is not None and where.cache is not None and where.cache_key:
            keep_in_cache(memo, where.cache, where.cache_key, problems)


def run_audit(project: Project, options: AuditOptions | None = None, ui: UI | None = None) -> AuditResult:
    options = options or AuditOptions()
    with measured(project, options, ui) as m:
        ctx, where, problems = m.context, m.where, m.problems
        findings: list[Finding] = []
        advice = None
        if not options.seed_only:
            with Timer("rules", m.timings, ui or UI()):
                findings = run_rules(ctx, problems, options.rules, jobs=options.jobs, runner=m.runner)
            if options.advise:
                advice = _advise(ctx, where, problems, m.timings, ui or UI())
        database = {
            "postgres": where.db.server_version,
            "kind": where.kind,
            "seed": ctx.config.seed,
            "scale": ctx.config.scale,
            "rows_seeded": m.seeded.total_rows if where.kind != "dsn" else 0,
            "tables": len(ctx.schema.tables),
            "cache": where.cache_state,
        }
        if m.memo is not None:
            database["measurements_reused"] = m.memo.reused
        if m.measuring:
            database["measuring"] = m.measuring
        if m.plan is not None:  # rows per table, and which of them dbperf chose (not the config, not stats.json)
            database["rows_per_table"] = {display_name(ctx.schema.tables[k]): n for k, n in m.seeded.rows.items()
                                          if k in ctx.schema.tables}
            database["rows_chosen_by_dbperf"] = sorted(display_name(ctx.schema.tables[k])
                                                       for k, s in m.plan.sources.items() if s != "config")
        if options.seed_only and m.seeded.seconds_per_table:  # `dbperf seed` prints rows/s per table
            database["seconds_per_table"] = {k: round(s, 3) for k, s in m.seeded.seconds_per_table.items()}
        if where.kind == "dsn":
            database["read_only"] = True
        if options.keep and where.kind != "dsn":
            database["uri"], database["stop"] = where.keep(m.stack)

    workload = ctx.workload
    inputs = {
        "root": str(project.root),
        "schema": [str(p) for p in project.schema_paths],
        "schema_kind": m.loaded.source_kind,
        "queries": [str(p) for p in project.query_paths],
        "statements": workload.statements,
        "query_groups": len(workload.groups),
    }
    report = Report(
        dbperf=__version__,
        database=database,
        inputs=inputs,
        findings=findings,
        queries=[_query_report(g, ctx.measurements.get(g.fingerprint), ctx.shapes.get(g.fingerprint))
                 for g in workload.groups.values()],
        problems=list(problems) + list(workload.problems) if workload.problems is not problems else list(problems),
        timings=m.timings,
        advice=advice.to_json() if advice is not None else None,
    )
    changes = migration_plan(ctx, findings, advice)  # the one decision, as `dbperf advise` takes it
    if changes.notes():
        report.migration = changes.to_json() | {"notes": changes.notes()}
    return AuditResult(report=report, context=ctx, changes=changes, advice=advice,
                       empty=[display_name(ctx.schema.tables[k]) for k in m.empty])


def _advise(ctx: Context, where: Where, problems: Problems, timings: dict[str, float], ui: UI) -> Any:
    """`audit --advise`: the index advisor on the audit's own seeded database (None on --dsn)."""
    if where.kind == "dsn":
        problems.add("advise", "the index advisor needs a seeded database dbperf owns: skipped with --dsn",
                     hint="run `dbperf advise` on the project (it seeds its own database)", severity="info")
        return None
    with Timer("advise", timings, ui):
        return advise(ctx)


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


def display_name(table: Any) -> str:
    """A table as the report names it: bare in `public`, schema-qualified elsewhere."""
    return table.name if table.schema == "public" else table.qualified_name


EMPTY_HINT = ("fix the seeding problems reported above (or give the table rows: [seed.rows]); "
              "if it may stay empty, list it in [seed] allow_empty in dbperf.toml")


def empty_tables_error(empty: list[str], shown: int = 10) -> DbperfError:
    """What `audit`, `check`, `baseline` and `seed` stop on (exit 2) when seeding left tables empty that
    `[seed] allow_empty` does not name (`AuditResult.empty`)."""
    listed = ", ".join(empty[:shown]) + (f" (+{len(empty) - shown} more)" if len(empty) > shown else "")
    return DbperfError(f"seeding left {len(empty)} table(s) empty: {listed}; queries on them were measured on "
                       "no data", hint="the report's problems say why each table could not be seeded; if a "
                       f'table may stay empty: [seed] allow_empty = ["{empty[0]}"] in dbperf.toml '
                       "(docs/configuration.md)")


def _empty_tables(schema: Schema, seeded: SeedResult, plan: SeedPlan, config: Config, problems: Problems,
                  shown: int = 10) -> tuple[set[str], list[str]]:
    """Tables seeding left empty: an error of the audit (a plan on an empty table proves nothing),
    a note for those `[seed] allow_empty` names or given 0 rows. Their keys, and those not allowed."""
    empty = {key for key, table in schema.tables.items() if not seeded.rows.get(key) and not table.rows}
    allowed = {k for k in empty if plan.rows.get(k, 1) == 0
               or allows_empty(config, schema.tables[k].name, schema.tables[k].qualified_name)}
    refused = sorted(empty - allowed, key=lambda k: display_name(schema.tables[k]))
    if refused:
        names = [display_name(schema.tables[k]) for k in refused]
        listed = ", ".join(names[:shown]) + (f" (+{len(names) - shown} more)" if len(names) > shown else "")
        problems.add("seed", f"{len(refused)} of {len(schema.tables)} tables left empty by seeding: {listed}",
                     hint=EMPTY_HINT, severity="error")
    if allowed:
        names = sorted(display_name(schema.tables[k]) for k in allowed)
        problems.add("seed", f"left empty, as [seed] allow_empty or rows = 0 permits: {', '.join(names)}",
                     severity="info")
    return empty, refused


def _queries_on_empty(groups: list, measurements: dict, shapes: dict[str, QueryShape], schema: Schema,
                      empty: set[str], refused: list[str], problems: Problems) -> None:
    """A measured query reading an empty table: its plan and timing say nothing about production
    (an error, unless each such table may be empty)."""
    for group in groups:
        keys = [k for k in shapes[group.fingerprint].tables if k in empty and k in schema.tables]
        if not keys or group.fingerprint not in measurements:
            continue
        names = ", ".join(display_name(schema.tables[k]) for k in keys)
        problems.add("explain", f"query measured on an empty table ({names}): its plan and timing say "
                     "nothing about production", group.example.origin, hint=EMPTY_HINT,
                     severity="error" if set(keys) & set(refused) else "info")


def run_rules(ctx: Context, problems: Problems, only: list[str] | None = None, jobs: int = 1,
              runner: Runner | None = None) -> list[Finding]:
    """Every enabled rule; a rule that fails is reported as a problem, the others still run.

    With `runner` (the Lab of `ctx`) the rules run on `jobs` of its connections side by side
    (`Runner.side_by_side`); findings and problems are the same, in the same order, for any `jobs`.
    """
    rules = [rule for rule in all_rules()
             if rule.id not in ctx.config.disabled_rules and not (only and rule.id not in only)]
    tasks = [partial(_check, rule, ctx) for rule in rules]  # started in RULE_MODULES' order: the costliest first
    outcomes = runner.side_by_side(tasks, jobs) if runner is not None else one_by_one(tasks)
    findings: list[Finding] = []
    for rule, outcome in zip(rules, outcomes):
        problems.items.extend(outcome.problems)
        if outcome.error is not None:  # a bug in one rule must not lose the others' findings
            exc = outcome.error
            problems.add("rules", f"rule {rule.id} failed: {type(exc).__name__}: {exc}",
                         hint="please report this bug with the input that triggers it", severity="error")
            continue
        override = ctx.config.severity.get(rule.id)
        for finding in outcome.value or []:
            if override in SEVERITIES:
                finding.severity = override
            findings.append(finding)
    return sorted(findings, key=Finding.sort_key)


def _check(rule: Any, ctx: Context) -> list[Finding]:
    return list(rule.check(ctx))


def _shapes(workload: Workload, schema: Schema, problems: Problems) -> dict[str, QueryShape]:
    shapes = {}
    for fingerprint, group in workload.groups.items():
        shape = analyze(group.example.sql, schema)
        shapes[fingerprint] = shape
        for name in shape.unknown_tables:
            problems.add("capture", f'query references unknown table "{name}"', group.example.origin,
                         hint="the schema does not define it: check --schema, or the query targets another database")
        for name in shape.foreign_tables[:1]:
            problems.add("capture", f'query reads foreign table "{name}": not measured (its rows live outside the '
                         "database, on the foreign server)", group.example.origin, severity="info",
                         hint="measure it on the server that holds the data")
    return shapes


def _query_report(group, m, shape: QueryShape | None) -> QueryReport:
    query = QueryReport.from_group(group, m)
    if m is None and shape is not None and shape.foreign_tables:  # noted when its shape was analysed
        query.error = f"reads foreign table {shape.foreign_tables[0]}, whose rows live outside the database"
        query.skipped = True
    return query


@contextmanager
def measured_context(project: Project, options: AuditOptions | None = None, ui: UI | None = None
                     ) -> Iterator[Context]:
    """`dbperf advise`: the audit's stages up to EXPLAIN ANALYZE (`measured`), on a database dbperf seeds,
    left open while the index advisor tries indexes in it."""
    options = options or AuditOptions()
    if options.dsn or project.config.database.dsn:
        raise DbperfError("dbperf advise needs a scratch database it seeds itself, not --dsn",
                          hint="run it without --dsn: indexes are tried on seeded data")
    with measured(project, options, ui) as m:
        yield m.context
