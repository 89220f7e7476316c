"""`dbperf demo`: audit the bundled example app.

In a checkout it is `fixtures/saas`; installed from a wheel, the copy shipped as package data
(`dbperf/examples/saas`, put there by setup.py), audited from a temporary folder so that nothing
is ever written into the installed package.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from importlib.resources import as_file, files
from pathlib import Path
from typing import Optional

from dbperf.cli import options
from dbperf.cli.audit import run_and_print
from dbperf.cli.console import err, run
from dbperf.cli.options import ReportFormat
from dbperf.diagnostics import DbperfError
from dbperf.pipeline import AuditOptions

EXAMPLE = "saas"
CHECKOUT_EXAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / EXAMPLE  # absent in a wheel


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
    audit_options = AuditOptions(scale=scale)
    if CHECKOUT_EXAMPLE.is_dir():
        relative = Path(os.path.relpath(CHECKOUT_EXAMPLE))
        path = relative if not str(relative).startswith("..") else CHECKOUT_EXAMPLE
        run(lambda: run_and_print(path, None, None, output_format, output, None, False,
                                  audit_options))
        return
    run(lambda: _audit_packaged(output_format, output, audit_options))


def _audit_packaged(output_format: ReportFormat, output: Path | None,
                    audit_options: AuditOptions) -> None:
    shipped = files("dbperf").joinpath("examples", EXAMPLE)
    if not shipped.is_dir():
        raise DbperfError("the bundled example is not installed (dbperf/examples/saas is missing)",
                          hint="reinstall dbperf from its wheel, or run `dbperf audit PATH` on "
                          "your app")
    with tempfile.TemporaryDirectory(prefix="dbperf-demo-") as scratch, as_file(shipped) as source:
        path = Path(scratch) / EXAMPLE
        shutil.copytree(source, path)
        err.print(f"[dim]the bundled example, copied to {path}[/dim]", soft_wrap=True)
        run_and_print(path, None, None, output_format, output, None, False, audit_options)
