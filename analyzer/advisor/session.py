"""A measured `Context` whose scratch database stays open while the advisor works.

`pipeline.run_audit()` closes its database before it returns, so its `Context.lab` cannot be
used afterwards. Until the pipeline offers a hook (see analyzer/advisor/README in the report:
`AuditOptions.on_context`), this module runs the same stages with the pipeline's own helpers
— open the database, load the schema, analyze the queries, seed (or restore from the cache),
EXPLAIN ANALYZE every group — and yields the Context inside the open database.
"""

from __future__ import annotations

from contextlib import ExitStack, contextmanager
from typing import Iterator

from dbperf import pipeline
from dbperf.capture import load_workload
from dbperf.context import Context
from dbperf.diagnostics import DbperfError, Problems
from dbperf.explain.runner import Runner
from dbperf.pipeline import UI, AuditOptions
from dbperf.postgres.stats import column_stats
from dbperf.project import Project
from dbperf.schema.loader import load_schema, refresh_sizes


@contextmanager
def measured_context(project: Project, options: AuditOptions | None = None, ui: UI | None = None
                     ) -> Iterator[Context]:
    options = options or AuditOptions()
    ui = ui or UI()
    if options.dsn or project.config.database.dsn:
        raise DbperfError("dbperf advise needs a scratch database it seeds itself, not --dsn",
                          hint="run it without --dsn: indexes are tried on seeded data")
    config = project.config
    if options.seed is not None:
        config.seed = options.seed
    if options.scale is not None:
        config.scale = options.scale
    if options.rows:
        config.rows = {**config.rows, **options.rows}
    problems = Problems()
    with ui.stage("capture"):
        workload = load_workload(project.query_paths, problems)
    with ExitStack() as stack:
        with ui.stage("postgres"):
            where = pipeline._open_database(stack, options, config)
            db = where.db
        with ui.stage("schema"):
            schema = load_schema(project.schema_paths, db, problems).schema
        if not schema.tables:
            raise pipeline._no_tables(project, problems)
        shapes = pipeline._shapes(workload, schema, problems)
        with ui.stage("seed"):
            pipeline._seed_or_restore(where, schema, config, pipeline._hints(workload, shapes, schema), problems, ui)
            schema = refresh_sizes(schema, db)
            stats = column_stats(db)
        runner = Runner(db, config, shapes, problems)
        with ui.stage("explain"):
            advance = ui.bar("EXPLAIN ANALYZE", len(workload.groups))
            measurements = runner.measure_all(list(workload.groups.values()), progress=lambda g: advance(1))
        yield Context(schema=schema, workload=workload, measurements=measurements, shapes=shapes,
                      config=config, stats=stats, lab=runner)
