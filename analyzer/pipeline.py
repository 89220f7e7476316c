"""The audit, start to finish: a short straight pipeline, each stage named by its call.

    captures ─► workload ─┐
    schema DDL ─► scratch database ─► seed ─► EXPLAIN ANALYZE ─► rules ─► findings ─► report
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections import defaultdict
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import psycopg
from psycopg import sql as pgsql

from dbperf import __version__
from dbperf.capture import capture_bytes, load_workload
from dbperf.config import Config, allows_empty
from dbperf.context import Context
from dbperf.diagnostics import DbperfError, Origin, Problems
from dbperf.explain.memo import MeasurementMemo, code_digest
from dbperf.explain.runner import Runner
from dbperf.findings import SEVERITIES, Finding, IndexChange
from dbperf.migrate.fix import index_changes
from dbperf.postgres.database import Database, with_database
from dbperf.postgres.embedded import EmbeddedPostgres
from dbperf.postgres.stats import column_stats
from dbperf.project import Project
from dbperf.report.model import QueryReport, Report
from dbperf.rules import all_rules
from dbperf.schema.catalog import read_schema
from dbperf.schema.loader import SchemaLoad, load_schema, refresh_sizes
from dbperf.schema.model import Schema
from dbperf.seed.hints import workload_hints
from dbperf.seed.plan import SeedPlan, make_plan, table_use
from dbperf.seed.profile import apply_profiles
from dbperf.seed.seeder import SeedResult, seed
from dbperf.sql.shape import QueryShape, analyze
from dbperf.workload import Workload

_RUNS = itertools.count()  # scratch database names unique within a process


class UI:
    """How the pipeline tells the user what it is doing. The default says nothing."""

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        yield

    def bar(self, description: str, total: int, unit: str = "") -> Callable[..., None]:
        """Start a progress bar counting `unit`s (rows: also shows the rate); returns
        `advance(n, description=None)`."""
        return lambda n, description=None: None

    def note(self, message: str) -> None:
        pass


@dataclass
class AuditOptions:
    seed: int | None = None  # None: the config's
    scale: float | None = None
    server_uri: str | None = None  # a server dbperf owns (tests share one); None: start an embedded one
    rules: list[str] | None = None  # only these rule ids
    # Each of these overrides its [database] setting in dbperf.toml when not None (see docs/cache.md).
    cache: bool | None = None  # reuse a cached seeded database; False: --no-cache
    cache_dir: Path | None = None
    dsn: str | None = None  # audit an existing database: read-only, rolled back, no seeding
    allow_writes: bool | None = None  # with dsn: EXPLAIN ANALYZE writes too, still rolled back
    postgres: str | None = None  # "14".."18": a postgres:NN container (docker extra) instead of the embedded 18
    keep: bool = False  # leave the seeded database (and its server) running; report.database["uri"] says where
    rows: dict[str, int] | None = None  # per-table row counts at scale 1, over [seed] rows
    seed_only: bool = False  # stop after seeding (`dbperf seed`): no EXPLAIN, no rules
    stats: Path | None = None  # stats.json (`dbperf stats export`): production's row counts and distributions
    advise: bool = False  # also run the index advisor (workload-level proposals) after the rules


@dataclass
class AuditResult:
    report: Report
    context: Context
    changes: list[IndexChange] = field(default_factory=list)  # index migrations proposed by findings
    advice: Any = None  # dbperf.advisor.advise.Advice with `advise=True`; its changes replace `changes`
    empty: list[str] = field(default_factory=list)  # tables seeding left empty that may not be: `audit` exits 2


@dataclass
class Measured:
    """What the measuring stages produced, while the database is still open (see `measured`)."""

    context: Context
    where: "_Where"
    loaded: SchemaLoad
    seeded: SeedResult
    problems: Problems
    timings: dict[str, float]
    stack: ExitStack  # closes the database (and its cluster) when `measured` exits
    memo: MeasurementMemo | None = None  # measurements reused from / kept for the cache
    plan: SeedPlan | None = None  # row counts asked for (None on --dsn)
    empty: list[str] = field(default_factory=list)  # tables left empty and not in [seed] allow_empty


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
    _check_options(options, config)  # before anything slow: a typo must not cost a whole audit
    problems = Problems()
    _check_rule_settings(config, problems)
    timings: dict[str, float] = {}

    def timed(name: str):
        return _Timer(name, timings, ui)

    with timed("capture"):
        bar = _CaptureBar(project.query_paths, ui)
        try:
            workload = load_workload(project.query_paths, problems, progress=bar.progress)
        finally:
            bar.finish()

    with ExitStack() as stack:
        with timed("postgres"):
            where = _open_database(stack, options, config)
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
            else:
                apply_profiles(db, schema, config, options.stats or config.stats, problems, workload)  # docs/seeding.md
                plan = make_plan(schema, config, table_use(shapes.values()))
                seeded = _seed_or_restore(where, schema, config, plan, workload_hints(workload, shapes, schema), problems, ui)
            schema = refresh_sizes(schema, db)
            stats = column_stats(db)
        empty, refused = _empty_tables(schema, seeded, plan, config, problems) if plan else (set(), [])
        memo = _memo(where, config)
        runner = Runner(db, config, shapes, problems, memo=memo, schema=schema)
        measurements: dict = {}
        if not options.seed_only:
            with timed("explain"):
                # A query on a table the schema lacks was reported when its shape was analysed.
                # So was one on a foreign table (its rows live elsewhere: nothing to measure).
                runnable = [g for g in workload.groups.values()
                            if not shapes[g.fingerprint].unknown_tables and not shapes[g.fingerprint].foreign_tables]
                advance = ui.bar("EXPLAIN ANALYZE", len(runnable))
                measurements = runner.measure_all(runnable, progress=lambda g: advance(1))
                _queries_on_empty(runnable, measurements, shapes, schema, empty, refused, problems)
            if memo is not None and memo.reused:
                ui.note(f"[dim]{memo.reused} of {len(runnable)} query measurements reused from the cache "
                        "(same seeded database, same statements; --no-cache measures afresh)[/dim]")
        ctx = Context(schema=schema, workload=workload, measurements=measurements, shapes=shapes,
                      config=config, stats=stats, lab=runner)
        yield Measured(ctx, where, loaded, seeded, problems, timings, stack, memo, plan, empty=refused)
        if memo is not None and where.cache is not None and where.cache_key:
            try:
                where.cache.remember(where.cache_key, memo.new)
            except psycopg.Error as exc:
                problems.add("explain", f"measurements could not be cached: {str(exc).strip()}",
                             hint="the audit is complete; the next run measures again", severity="info")


def run_audit(project: Project, options: AuditOptions | None = None, ui: UI | None = None) -> AuditResult:
    options = options or AuditOptions()
    with measured(project, options, ui) as m:
        ctx, where, problems = m.context, m.where, m.problems
        findings: list[Finding] = []
        advice = None
        if not options.seed_only:
            with _Timer("rules", m.timings, ui or UI()):
                findings = run_rules(ctx, problems, options.rules)
            if options.advise:
                advice = _advise(ctx, where, problems, m.timings, ui or UI())
        database = {
            "postgres": where.db.fetchval("SHOW server_version"),
            "kind": where.kind,
            "seed": ctx.config.seed,
            "scale": ctx.config.scale,
            "rows_seeded": m.seeded.total_rows if where.kind != "dsn" else 0,
            "tables": len(ctx.schema.tables),
            "cache": where.cache_state,
        }
        if m.memo is not None:
            database["measurements_reused"] = m.memo.reused
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
    changes = advice.changes() if advice is not None else index_changes(findings)
    return AuditResult(report=report, context=ctx, changes=changes, advice=advice,
                       empty=[display_name(ctx.schema.tables[k]) for k in m.empty])


def _advise(ctx: Context, where: _Where, problems: Problems, timings: dict[str, float], ui: UI) -> Any:
    """`audit --advise`: the index advisor on the audit's own seeded database (None on --dsn)."""
    if where.kind == "dsn":
        problems.add("advise", "the index advisor needs a seeded database dbperf owns: skipped with --dsn",
                     hint="run `dbperf advise` on the project (it seeds its own database)", severity="info")
        return None
    from dbperf.advisor.advise import advise

    with _Timer("advise", timings, ui):
        return advise(ctx)


def _check_options(options: AuditOptions, config: Config) -> None:
    """Options that make the audit meaningless stop it at once, with what to do."""
    if options.dsn and options.keep:
        raise DbperfError("--keep has nothing to keep with --dsn", hint="--keep leaves a seeded scratch database running")
    if (options.dsn or config.database.dsn) and options.stats:
        raise DbperfError("--stats has nothing to seed with --dsn: the database's own data is measured",
                          hint="leave out --stats to audit the database, or --dsn to seed production's distributions")
    if options.stats is None and config.stats is not None and not config.stats.is_file():
        raise DbperfError(f"{config.source}: [seed] stats = {config.stats}: no such file",
                          hint="create it with: dbperf stats export --dsn URI -o stats.json (paths are relative "
                          "to dbperf.toml)")
    if options.postgres is not None and str(options.postgres) not in SUPPORTED_POSTGRES:
        raise DbperfError(f"--postgres {options.postgres} is not supported",
                          hint=f"use one of: {', '.join(SUPPORTED_POSTGRES)}")
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


SUPPORTED_POSTGRES = ("13", "14", "15", "16", "17", "18")


@dataclass
class _Where:
    """The database an audit works in, and how it got there."""

    db: Database
    kind: str  # "embedded" (throw-away cluster), "cache" (cache cluster), "server" (server_uri), "local"
    # (installed binaries of --postgres NN), "container" (Docker), "dsn"
    name: str = ""  # database name on the server
    server_uri: str = ""  # admin URI of the server (its `postgres` database)
    cache: Any = None  # SeedCache when the cache is used
    cache_state: str = "off"  # "hit" | "miss" | "off"
    cache_key: str | None = None  # the seeded database's key when it is (now) in the cache
    cluster: Any = None  # CacheCluster | EmbeddedPostgres | container, for --keep
    _keep: Callable[[], tuple[str, str]] | None = None

    def keep(self, stack: ExitStack) -> tuple[str, str]:
        """Leave the database (and its server) running after the audit; its URI and how to stop it."""
        if self._keep is None:
            raise DbperfError(f"--keep is not possible on a {self.kind} database")
        return self._keep()


def _open_database(stack: ExitStack, options: AuditOptions, config: Config) -> _Where:
    """Connect to where the audit runs: --dsn, a given server, a container, the cache cluster or a new one."""
    settings = config.database
    dsn = options.dsn or settings.dsn
    timeout = config.statement_timeout_ms
    if dsn:
        try:
            db = Database.existing(dsn, statement_timeout_ms=timeout, lock_timeout_ms=settings.lock_timeout_ms)
        except psycopg.Error as exc:
            raise DbperfError(f"cannot connect to --dsn: {str(exc).strip().splitlines()[0]}",
                              hint="check host, port, user, password and database name in the URI") from exc
        db.allow_writes = bool(options.allow_writes if options.allow_writes is not None else settings.allow_writes)
        stack.callback(db.close)
        return _Where(db, "dsn")
    postgres = options.postgres or settings.postgres
    use_cache = options.cache if options.cache is not None else settings.cache
    if options.server_uri is not None:
        kind, server_uri, cluster = "server", options.server_uri, None
        use_cache = False  # a shared server (tests) is not dbperf's cache
        name = f"dbperf_{config.seed}_{os.getpid()}_{next(_RUNS)}"
    elif postgres and postgres != "18":
        from dbperf.postgres.local import LocalPostgres, server_for

        cluster = stack.enter_context(server_for(postgres))  # installed binaries of that version, else Docker
        kind = "local" if isinstance(cluster, LocalPostgres) else "container"
        server_uri, use_cache = cluster.uri, False
        name = f"dbperf_{config.seed}_{os.getpid()}_{next(_RUNS)}"
    elif use_cache:
        from dbperf.cache import SeedCache, cache_dir
        from dbperf.postgres.cluster import CacheCluster

        cluster = stack.enter_context(CacheCluster(cache_dir(options.cache_dir or settings.cache_dir)))
        kind, server_uri = "cache", cluster.uri
        name = CacheCluster.keep_name() if options.keep else CacheCluster.run_name()
    else:
        cluster = stack.enter_context(EmbeddedPostgres())
        kind, server_uri = "embedded", cluster.uri
        name = f"dbperf_{config.seed}_{os.getpid()}_{next(_RUNS)}"
    dropped = {"drop": True}
    if kind in ("server", "cache"):
        # The server outlives the audit: drop the work database when done (registered first, so it
        # runs after the connection below is closed).
        stack.callback(lambda: dropped["drop"] and _drop_database(server_uri, name))
    db = stack.enter_context(Database.scratch(server_uri, name=name, statement_timeout_ms=timeout))
    where = _Where(db, kind, name=name, server_uri=server_uri, cluster=cluster)
    if use_cache:
        where.cache = SeedCache(server_uri, max_databases=settings.cache_max_databases,
                                max_bytes=settings.cache_max_gb * 2**30)

    def keep() -> tuple[str, str]:
        dropped["drop"] = False
        if kind == "cache":
            cluster.mark_kept(name)
            stop = f"dbperf stop {name}"
        elif kind in ("embedded", "local"):
            stop = f"dbperf stop {cluster.detach()}"
        else:
            cluster.detach()
            stop = "docker rm -f <the postgres container> (docker ps lists it)"
        return with_database(server_uri, name), stop

    where._keep = keep if kind != "server" else None
    return where


def _seed_or_restore(where: _Where, schema: Schema, config: Config, plan: SeedPlan, hints: dict,
                     problems: Problems, ui: UI) -> SeedResult:
    """Seed `where.db`, or copy the cached seeded database with the same key; fills `where.cache_state`."""
    from dbperf.cache import CachedSeed, TooLarge, cache_key, schema_text
    from dbperf.seed.values import ANCHOR

    db = where.db
    key = None
    if where.cache is not None:
        try:
            ddl = schema_text(db.uri)
        except Exception as exc:  # pg_dump missing or failed: seed without the cache
            problems.add("seed", f"cache disabled for this run: pg_dump failed: {exc}", severity="warning")
            where.cache = None
        else:
            key = cache_key(ddl, seed=config.seed, scale=config.scale, rows=plan.rows, hints=hints,
                            profiles=config.profiles,
                            server_version=db.server_version_num, anchor=ANCHOR)
            started = time.perf_counter()
            db.close()
            restored = where.cache.restore(key, where.name)
            db.reconnect()
            if restored is not None:
                where.cache_state, where.cache_key = "hit", key
                for problem in restored.problem_objects():
                    problems.items.append(problem)
                ui.note(f"[dim]seeded database reused from the cache ({restored.seconds:.1f} s of seeding "
                        "skipped; --no-cache seeds afresh)[/dim]")
                return SeedResult(rows=restored.rows, seconds=time.perf_counter() - started,
                                  seconds_per_table={}, failed=restored.failed)
            where.cache_state = "miss"
    advance = ui.bar("seeding", sum(plan.rows.values()), unit="rows")
    done: dict[str, int] = {}

    def on_progress(table: str, rows: int, table_total: int) -> None:
        """Rows so far of `table` (0 of its total when it failed: the bar skips its rows)."""
        so_far = rows if rows or table_total == 0 else table_total
        step = max(0, min(so_far, table_total) - done.get(table, 0))
        done[table] = done.get(table, 0) + step
        advance(step, description=f"seeding {table}")

    before = len(problems.items)
    try:
        seeded = seed(db, schema, config, hints=hints, progress=on_progress, problems=problems, plan=plan)
    finally:
        advance(max(0, sum(plan.rows.values()) - sum(done.values())))  # the bar always ends
    if where.cache is not None and key is not None:
        entry = CachedSeed(rows=seeded.rows, seconds=seeded.seconds, seconds_per_table=seeded.seconds_per_table,
                           failed=seeded.failed, problems=CachedSeed.problem_dicts(problems.items[before:]))
        db.close()  # CREATE DATABASE … TEMPLATE needs the source without sessions
        try:
            where.cache.store(key, where.name, entry)
            where.cache_key = key
        except psycopg.Error as exc:
            problems.add("seed", f"the seeded database could not be cached: {str(exc).strip()}",
                         hint="the audit goes on; see docs/cache.md")
        except TooLarge as exc:
            problems.add("seed", f"not cached: {exc}", severity="info",
                         hint="the next run seeds again; raise [database] cache_max_gb, or seed fewer rows "
                         "([seed] budget, --scale)")
        finally:
            db.reconnect()
    return seeded


CAPTURE_BAR_BYTES = 8 * 2**20  # smaller captures are read before a bar would show


class _CaptureBar:
    """A bar in kB read while big captures (a day of server logs) are read; nothing for small ones."""

    def __init__(self, paths: list[Path], ui: UI) -> None:
        self.total = capture_bytes(paths)
        self.read = self.shown = 0
        self.advance = ui.bar("reading captures", self.total // 1024, unit="kB") \
            if self.total >= CAPTURE_BAR_BYTES else None

    @property
    def progress(self) -> Callable[[int, int], None] | None:
        return self.on_read if self.advance else None

    def on_read(self, n: int, statements: int) -> None:
        self.read += n
        self._show(min(self.read, self.total) // 1024, f"reading captures ({statements:,} statements)")

    def finish(self) -> None:
        if self.advance:
            self._show(self.total // 1024, None)  # the bar always ends

    def _show(self, kb: int, description: str | None) -> None:
        if self.advance and kb > self.shown:
            self.advance(kb - self.shown, description=description)
            self.shown = kb


def display_name(table: Any) -> str:
    """A table as the report names it: bare in `public`, schema-qualified elsewhere."""
    return table.name if table.schema == "public" else table.qualified_name


EMPTY_HINT = ("fix the seeding problems reported above (or give the table rows: [seed.rows]); "
              "if it may stay empty, list it in [seed] allow_empty in dbperf.toml")


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


def _memo(where: _Where, config: Config) -> MeasurementMemo | None:
    """Measurements of earlier runs on this very seeded database, when it came from (or went to) the cache."""
    if where.cache is None or not where.cache_key:
        return None
    salt = [code_digest(), config.repeats, config.statement_timeout_ms, where.db.server_version_num,
            list(config.search_path)]
    try:
        known = where.cache.measurements(where.cache_key)
    except psycopg.Error:
        known = {}
    return MeasurementMemo(known, salt=json.dumps(salt))


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
