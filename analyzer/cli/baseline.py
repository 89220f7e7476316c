"""`dbperf baseline`: record the current state for `dbperf check` to compare with."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape

from dbperf.audit_options import default_jobs
from dbperf.cli import options
from dbperf.cli.console import err, guard, progress_ui, writable_folder
from dbperf.gate import EXIT_PASSED
from dbperf.gate.run import baseline_path, run_baseline
from dbperf.pipeline import AuditOptions


def baseline(
    path: Path = options.project_path(),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Baseline file (default: \\[gate] baseline, "
                                          "else PATH/.dbperf-baseline.json)."),
    schema: Optional[List[str]] = options.schema(),
    queries: Optional[List[Path]] = options.queries(),
    format_in: Optional[str] = options.format_in(),
    seed: Optional[int] = options.seed(),
    scale: Optional[float] = options.scale(),
    jobs: Optional[int] = options.jobs(),
    rule: Optional[List[str]] = options.rule(),
) -> None:
    """Record the current state as the baseline file to commit; `dbperf check` then fails only on what is new.

    The baseline holds each finding's identity and, per query group, its plan shape, shared buffers
    and median time. Regenerate it when a change is intended.

    Examples:

      dbperf baseline .                    # writes .dbperf-baseline.json: commit it

      dbperf baseline . -o ci/dbperf-baseline.json    # then: dbperf check . -b ci/dbperf-baseline.json
    """
    raise typer.Exit(guard(lambda: _baseline(path, output, options.schema_sources(schema), queries, format_in,
                                             seed, scale, rule, jobs)))


def _baseline(path, output, schema, queries, format_in, seed, scale, rule, jobs=1) -> int:
    if output is not None:
        writable_folder(output.parent, f"cannot write {output}")
    audit_options = AuditOptions(seed=seed, scale=scale, jobs=jobs or default_jobs(), rules=rule or None, format_in=format_in)
    base, project = run_baseline(path, schema, queries, audit_options, progress_ui(err))
    target = baseline_path(project, output)
    base.write(target)
    measured = sum(1 for q in base.queries if q.measured)
    err.print(f"baseline written to {escape(str(target))}: {len(base.findings)} findings, "
              f"{len(base.queries)} query groups ({measured} measured) — commit it; `dbperf check` compares with it",
              soft_wrap=True)
    return EXIT_PASSED
