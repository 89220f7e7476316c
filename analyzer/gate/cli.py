"""`dbperf check` and `dbperf baseline`, added to the typer app by `register(app)`.

Exit codes of `dbperf check` (and `dbperf baseline`):

    0  the gate passed (baseline: written)
    1  the gate failed: a finding at or above --fail-on, a regression, a query over its limit
    2  dbperf could not run: bad input or config, unreadable baseline, unknown --against ref,
       the database could not start, an internal error
"""

from __future__ import annotations

import io
import os
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Callable, List, Optional

import typer
from rich.console import Console
from rich.markup import escape

from dbperf.diagnostics import DbperfError
from dbperf.gate import EXIT_ERROR, EXIT_FAILED, EXIT_PASSED

err = Console(stderr=True)


class GateFormat(str, Enum):
    rich = "rich"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def register(app: typer.Typer) -> None:
    """Add `check` and `baseline` to the `dbperf` app."""
    app.command("check")(check)
    app.command("baseline")(baseline)


def check(
    path: Path = typer.Argument(Path("."), help="Project root (as for `dbperf audit`)."),
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
    output_format: GateFormat = typer.Option(GateFormat.rich, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the output to this file "
                                          "(the verdict is still printed to stderr)."),
    schema: Optional[List[Path]] = typer.Option(None, "--schema", "-s", help="Schema path (repeatable)."),
    queries: Optional[List[Path]] = typer.Option(None, "--queries", "-q", help="Captured queries (repeatable)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed of the synthetic data."),
    scale: Optional[float] = typer.Option(None, "--scale", help="Multiply every table's row count."),
    rule: Optional[List[str]] = typer.Option(None, "--rule", help="Run only this rule (repeatable)."),
) -> None:
    """CI gate: audit, then pass (exit 0) or fail (exit 1); exit 2 when dbperf could not run or could not
    check everything (a crashed rule, a query not measured).

    Examples:

      dbperf check .                                   # thresholds, or .dbperf-baseline.json when present

      dbperf check . --against origin/main             # fail on what this branch makes worse

      dbperf check . --format sarif -o dbperf.sarif    # for github/codeql-action/upload-sarif
    """
    code = _guard(lambda: _check(path, baseline_file, no_baseline, against, fail_on, max_query_ms, max_regression,
                                 output_format, output, schema, queries, seed, scale, rule))
    raise typer.Exit(code)


def baseline(
    path: Path = typer.Argument(Path("."), help="Project root (as for `dbperf audit`)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Baseline file (default: \\[gate] baseline, "
                                          "else PATH/.dbperf-baseline.json)."),
    schema: Optional[List[Path]] = typer.Option(None, "--schema", "-s", help="Schema path (repeatable)."),
    queries: Optional[List[Path]] = typer.Option(None, "--queries", "-q", help="Captured queries (repeatable)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed of the synthetic data."),
    scale: Optional[float] = typer.Option(None, "--scale", help="Multiply every table's row count."),
    rule: Optional[List[str]] = typer.Option(None, "--rule", help="Run only this rule (repeatable)."),
) -> None:
    """Record the current state as the baseline file to commit; `dbperf check` then fails only on what is new."""
    raise typer.Exit(_guard(lambda: _baseline(path, output, schema, queries, seed, scale, rule)))


def _ui():
    from dbperf.cli import progress_ui  # the audit's progress display

    return progress_ui(err)


def _check(path, baseline_file, no_baseline, against, fail_on, max_query_ms, max_regression, output_format,
           output, schema, queries, seed, scale, rule) -> int:
    from dbperf.gate.run import CheckOptions, rules_run, run_check
    from dbperf.pipeline import AuditOptions

    if against is not None and (baseline_file is not None or no_baseline):
        raise DbperfError("--against cannot be combined with --baseline or --no-baseline",
                          hint="--against builds the baseline of REF itself")
    if output is not None:
        _writable(output)
    options = CheckOptions(baseline=baseline_file, use_baseline=not no_baseline, against=against,
                           fail_on=fail_on.value if fail_on else None, max_query_ms=max_query_ms,
                           max_regression_pct=max_regression,
                           audit=AuditOptions(seed=seed, scale=scale, rules=rule or None))
    run = run_check(path, schema, queries, options, _ui())
    result = run.result
    text = render(result, output_format.value, rules_run=rules_run(run.project.config, rule or None),
                  to_file=output is not None)
    machine_stdout = output is None and output_format != GateFormat.rich
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise DbperfError(f"cannot write {output}: {exc.strerror or exc}", hint="choose a writable -o path") from exc
    elif text:
        sys.stdout.write(text)
    if output is not None or machine_stdout:
        from dbperf.gate.render import render_console

        render_console(result, err)  # the verdict in the CI log, whatever the file format
        if output is not None:
            err.print(f"{output_format.value} written to {escape(str(output))}", soft_wrap=True)
    publish_ci(result, annotations_to=sys.stderr if machine_stdout else sys.stdout)
    return result.exit_code


def render(result, output_format: str, *, rules_run: list[str] | None = None, to_file: bool = False) -> str:
    """The gate result in one format ("" for rich to the terminal: printed directly)."""
    if output_format == "json":
        from dbperf.gate.render import render_json

        return render_json(result)
    if output_format == "sarif":
        from dbperf.report.sarif import render_sarif

        return render_sarif(result.report, gate=result)
    if output_format == "junit":
        from dbperf.report.junit import render_junit

        return render_junit(result, rules_run=rules_run)
    if output_format == "markdown":
        from dbperf.gate.render import render_markdown

        return render_markdown(result)
    from dbperf.gate.render import render_console

    console = Console(record=True, file=io.StringIO(), width=100) if to_file else Console()
    render_console(result, console)
    return console.export_text() if to_file else ""


def publish_ci(result, annotations_to=None, environ=None) -> None:
    """GitHub Actions: annotations when GITHUB_ACTIONS=true, the Markdown summary to $GITHUB_STEP_SUMMARY."""
    environ = os.environ if environ is None else environ
    if environ.get("GITHUB_ACTIONS") == "true":
        from dbperf.report.github import annotations

        stream = annotations_to or sys.stdout
        for line in annotations(result):
            stream.write(line + "\n")
        stream.flush()
    summary = environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        from dbperf.gate.render import render_markdown

        try:
            with open(summary, "a", encoding="utf-8") as fh:
                fh.write(render_markdown(result) + "\n")
        except OSError as exc:
            err.print(f"[yellow]warning:[/yellow] cannot write $GITHUB_STEP_SUMMARY ({escape(str(exc))})")


def _baseline(path, output, schema, queries, seed, scale, rule) -> int:
    from dbperf.gate.run import baseline_path, run_baseline
    from dbperf.pipeline import AuditOptions

    if output is not None:
        _writable(output)
    base, project = run_baseline(path, schema, queries, AuditOptions(seed=seed, scale=scale, rules=rule or None),
                                 _ui())
    target = baseline_path(project, output)
    base.write(target)
    measured = sum(1 for q in base.queries if q.measured)
    err.print(f"baseline written to {escape(str(target))}: {len(base.findings)} findings, "
              f"{len(base.queries)} query groups ({measured} measured) — commit it; `dbperf check` compares with it",
              soft_wrap=True)
    return EXIT_PASSED


def _writable(output: Path) -> None:
    folder = output.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DbperfError(f"cannot write {output}: {exc.strerror or exc}", hint="choose a writable path") from exc
    if not os.access(folder, os.W_OK):
        raise DbperfError(f"cannot write {output}: permission denied", hint="choose a writable path")


def _guard(job: Callable[[], int]) -> int:
    """Exit 2 for anything that stops dbperf (never a traceback, never mistaken for a failed gate)."""
    try:
        return job()
    except DbperfError as exc:
        err.print(f"[bold red]error:[/bold red] {escape(exc.message)}", soft_wrap=True)
        if exc.hint:
            err.print(f"[dim]hint:[/dim] {escape(exc.hint)}", soft_wrap=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/yellow]")
        return 130
    except Exception as exc:  # a crash must not read as "the gate failed" (exit 1)
        err.print(f"[bold red]internal error:[/bold red] {escape(f'{type(exc).__name__}: {exc}')}", soft_wrap=True)
        err.print(escape("".join(traceback.format_exception(exc)[-3:])), soft_wrap=True, style="dim")
        err.print("[dim]hint:[/dim] please report this bug with the input that triggers it")
        return EXIT_ERROR


__all__ = ["EXIT_ERROR", "EXIT_FAILED", "EXIT_PASSED", "baseline", "check", "register"]
