"""`dbperf workload PATH…`: the top query groups of a capture, without a database (capture/summary.py)."""

from __future__ import annotations

import io
import json
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from dbperf.capture import load_workload
from dbperf.capture.summary import render, summarise
from dbperf.cli import options
from dbperf.cli.console import reading_progress, run, writable_folder, write_output
from dbperf.cli.options import WorkloadFormat
from dbperf.diagnostics import Problems


class SortKey(str, Enum):
    total = "total"
    calls = "calls"
    mean = "mean"
    p95 = "p95"


def workload(
    paths: List[Path] = typer.Argument(..., help="Capture files, folders, globs, or - for stdin."),
    output_format: WorkloadFormat = options.output_format(WorkloadFormat.rich),
    output: Optional[Path] = options.output("the summary"),
    format_in: Optional[str] = options.format_in(),
    top: int = typer.Option(20, "--top", "-n", help="Query groups shown (0: all)."),
    sort: SortKey = typer.Option(SortKey.total, "--sort", help="Order of the query groups."),
    show_values: bool = typer.Option(False, "--show-values", help="Show an example statement with "
                                     "its captured literals and parameters (off by default: they "
                                     "are production data)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Processes reading a big "
                                       "PostgreSQL log (default: CPU count)."),
) -> None:
    """Summarise captured queries by shape (calls, time, rows), fast, without starting a database.

    Examples:

      dbperf workload logs/postgresql.log                  # top 20 shapes by total time

      dbperf workload logs/ --sort calls -n 50             # a folder, most frequent first

      zcat app.log.gz | dbperf workload - --format-in drizzle

      dbperf workload pgss.csv --format json -o workload.json
    """

    def job() -> None:
        if output is not None:
            writable_folder(output.parent, f"cannot write the summary to {output}")
        problems = Problems()
        with reading_progress(paths) as progress:
            captured = load_workload(paths, problems, format_in=format_in, jobs=jobs, progress=progress)
        report = summarise(captured, problems, top, sort.value, show_values)
        if output_format is WorkloadFormat.json:
            text = json.dumps(report, indent=2, default=str) + "\n"
        else:
            console = Console(record=True, file=io.StringIO(), width=160) if output else Console()
            render(report, console)
            text = console.export_text() if output else ""
        write_output(text, output, "summary")

    run(job)
