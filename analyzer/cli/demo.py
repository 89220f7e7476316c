"""`dbperf demo`: audit the bundled example app."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from dbperf.cli import options
from dbperf.cli.audit import run_and_print
from dbperf.cli.console import run
from dbperf.cli.options import ReportFormat
from dbperf.pipeline import AuditOptions

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def demo(
    output_format: ReportFormat = options.output_format(ReportFormat.rich),
    output: Optional[Path] = options.output(),
    scale: Optional[float] = options.scale(),
) -> None:
    """Audit the bundled example: a Next.js + Drizzle SaaS with 13 tables and the usual mistakes.

    Examples:

      dbperf demo

      dbperf demo --scale 0.2 --format markdown -o demo.md
    """
    example = FIXTURES / "saas"
    relative = Path(os.path.relpath(example))
    path = relative if not str(relative).startswith("..") else example
    run(lambda: run_and_print(path, None, None, output_format, output, None, False, AuditOptions(scale=scale)))
