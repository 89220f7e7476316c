"""`dbperf check`: the CI gate. Audit, then pass (exit 0) or fail (exit 1).

Exit codes of `dbperf check` (and `dbperf baseline`):

    0  the gate passed (baseline: written)
    1  the gate failed: a finding at or above --fail-on, a regression, a query over its limit
    2  dbperf could not run: bad input or config, unreadable baseline, unknown --against ref,
       the database could not start, an internal error
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from dbperf.audit_options import default_jobs
from dbperf.cli import options
from dbperf.cli.console import err, guard, progress_ui, writable_folder, write_output
from dbperf.cli.options import GateFormat
from dbperf.diagnostics import DbperfError
from dbperf.gate.github import publish_ci
from dbperf.gate.render import render, render_console
from dbperf.gate.run import CheckOptions, rules_run, run_check
from dbperf.pipeline import AuditOptions


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def check(
    path: Path = options.project_path(),
    baseline_file: Optional[Path] = typer.Option(None, "--baseline", "-b", help="Baseline to compare with "
                                                 "(default: \\[gate] baseline, else PATH/.dbperf-baseline.json "
                                                 "when present). Only new findings and regressions fail."),
    no_baseline: bool = typer.Option(False, "--no-baseline", help="Ignore any baseline: every finding counts."),
    against: Optional[str] = typer.Option(None, "--against", help="Compare with another version: a git ref "
                                          "(branch, tag, commit) or a directory. Both are audited with the same "
                                          "seed on one server; no stored baseline needed."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Fail on findings of this severity or "
                                             "worse (default: \\[gate] fail_on, else error)."),
    max_query_ms: Optional[float] = typer.Option(None, "--max-query-ms", help="Fail when a query group's median "
                                                 "time exceeds this (ms)."),
    max_regression: Optional[float] = typer.Option(None, "--max-regression", help="Allowed growth, in percent, "
                                                   "of a query's buffers (and time) over the baseline."),
    output_format: GateFormat = options.output_format(GateFormat.rich),
    output: Optional[Path] = options.output("the verdict"),
    schema: Optional[List[str]] = options.schema(),
    queries: Optional[List[Path]] = options.queries(),
    format_in: Optional[str] = options.format_in(),
    seed: Optional[int] = options.seed(),
    scale: Optional[float] = options.scale(),
    jobs: Optional[int] = options.jobs(),
    rule: Optional[List[str]] = options.rule(),
) -> None:
    """CI gate: audit, then pass (exit 0) or fail (exit 1); exit 2 when it could not check everything.

    Exit 2 also when dbperf could not run, or a rule crashed or a query could not be measured.

    With a baseline (`dbperf baseline`, or --against a git ref) only what is new or worse fails.
    Under GitHub Actions it also prints annotations and writes the step summary.

    Examples:

      dbperf check .                                   # thresholds, or .dbperf-baseline.json when present

      dbperf check . --against origin/main             # fail on what this branch makes worse

      dbperf check . --format sarif -o dbperf.sarif    # for github/codeql-action/upload-sarif

      dbperf check . --format junit -o dbperf.xml --fail-on warning
    """
    code = guard(lambda: _check(path, baseline_file, no_baseline, against, fail_on, max_query_ms, max_regression,
                                output_format, output, options.schema_sources(schema), queries, format_in,
                                seed, scale, rule, jobs))
    raise typer.Exit(code)


def _check(path, baseline_file, no_baseline, against, fail_on, max_query_ms, max_regression, output_format,
           output, schema, queries, format_in, seed, scale, rule, jobs=1) -> int:
    if against is not None and (baseline_file is not None or no_baseline):
        raise DbperfError("--against cannot be combined with --baseline or --no-baseline",
                          hint="--against builds the baseline of REF itself")
    if output is not None:
        writable_folder(output.parent, f"cannot write {output}")
    check_options = CheckOptions(baseline=baseline_file, use_baseline=not no_baseline, against=against,
                                 fail_on=fail_on.value if fail_on else None, max_query_ms=max_query_ms,
                                 max_regression_pct=max_regression,
                                 audit=AuditOptions(seed=seed, scale=scale, jobs=jobs or default_jobs(), rules=rule or None, format_in=format_in))
    run = run_check(path, schema, queries, check_options, progress_ui(err))
    result = run.result
    text = render(result, output_format.value, rules_run=rules_run(run.project.config, rule or None),
                  to_file=output is not None)
    machine_stdout = output is None and output_format != GateFormat.rich
    write_output(text, output, output_format.value)
    if output is not None or machine_stdout:
        render_console(result, err)  # the verdict in the CI log, whatever the file format
    publish_ci(result, annotations_to=sys.stderr if machine_stdout else sys.stdout)
    return result.exit_code
