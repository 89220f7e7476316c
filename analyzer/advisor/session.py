"""A measured `Context` whose scratch database stays open while the advisor works."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from dbperf.context import Context
from dbperf.diagnostics import DbperfError
from dbperf.pipeline import UI, AuditOptions, measured
from dbperf.project import Project


@contextmanager
def measured_context(project: Project, options: AuditOptions | None = None, ui: UI | None = None
                     ) -> Iterator[Context]:
    """The audit's stages up to EXPLAIN ANALYZE (`pipeline.measured`), on a database dbperf seeds."""
    options = options or AuditOptions()
    if options.dsn or project.config.database.dsn:
        raise DbperfError("dbperf advise needs a scratch database it seeds itself, not --dsn",
                          hint="run it without --dsn: indexes are tried on seeded data")
    with measured(project, options, ui) as m:
        yield m.context
