"""Run the `dbperf` command in a test: in this process (`invoke`) or as a real one (`run_process`).

`invoke` calls the same typer app that `python -m dbperf` runs, with typer's `CliRunner`: the
same exit code, stdout and stderr a user sees, without starting Python and importing dbperf
again (about 1 s of CPU per call). `run_process` starts `python -m dbperf`: for what only a
real process shows (the entry point, stdin and tty, signals, progress on a real stderr).
Both give a `Run`, so a test can switch between them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from dbperf.cli import app

ENV = {"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"}
TIMEOUT_S = 300


@dataclass
class Run:
    code: int
    out: str
    err: str

    def __str__(self) -> str:  # shown by pytest when an assertion fails
        return f"exit {self.code}\n--- stdout\n{self.out[-3000:]}\n--- stderr\n{self.err[-3000:]}"


def invoke(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str | None] | None = None
) -> Run:
    """`dbperf ARGS` in this process; an exception dbperf let escape shows as a traceback on stderr.
    `env` sets variables for the call (None unsets one)."""
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, [str(arg) for arg in args], env={**ENV, **(env or {})},
                                    catch_exceptions=True, prog_name="dbperf")
    finally:
        os.chdir(old)
    err = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        err += "".join(traceback.format_exception(result.exception))
    return Run(result.exit_code, result.stdout, err)


def run_process(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
                timeout: float = TIMEOUT_S) -> Run:
    """`python -m dbperf ARGS` in a process of its own."""
    proc = subprocess.run([sys.executable, "-m", "dbperf", *map(str, args)], cwd=cwd,
                          env={**os.environ, **ENV, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, check=False)
    return Run(proc.returncode, proc.stdout, proc.stderr)
