"""The wheel as a user gets it: installed into a fresh virtualenv outside the checkout,
`dbperf demo` audits the example shipped inside it (issue 17). CI runs it with the rest of `pytest`.

The new virtualenv gets only the wheel (`pip --python VENV install --no-deps`); its dependencies are
seen through a .pth naming the test's own site-packages, so nothing is downloaded again. A .pth in
a folder named by another .pth is not read, so the checkout's editable install stays out: the test
asserts that `dbperf` is imported from the new virtualenv, run from a folder outside the checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from tests.test_packaging import ROOT, build_wheel

pytestmark = [pytest.mark.db, pytest.mark.slow]

TIMEOUT_S = 900


def _venv_with_wheel(tmp_path: Path, wheel: Path) -> Path:
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "dbperf_smoke_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    return venv


def test_the_wheel_runs_the_demo_from_a_fresh_virtualenv(tmp_path: Path) -> None:
    started = time.monotonic()
    venv = _venv_with_wheel(tmp_path, build_wheel(tmp_path))
    installed = time.monotonic()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(
        {
            "COLUMNS": "100",
            "NO_COLOR": "1",
            "PATH": f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        }
    )

    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import dbperf; print(dbperf.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), (
        f"dbperf imported from {where}, not from the new virtualenv"
    )
    assert not Path(where).is_relative_to(ROOT)

    version = subprocess.run(
        ["dbperf", "--version"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert version.returncode == 0 and "PostgreSQL 18." in version.stdout, version

    demo = subprocess.run(
        ["dbperf", "demo", "--scale", "0.1", "--format", "json", "-o", "demo.json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    finished = time.monotonic()
    print(f"wheel + venv {installed - started:.1f} s, demo {finished - installed:.1f} s")
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "Traceback" not in demo.stderr
    assert "the bundled example, copied to" in demo.stderr
    report = json.loads((elsewhere / "demo.json").read_text())
    rules = {finding["rule"] for finding in report["findings"]}
    assert {"duplicate-index", "unbounded-write", "offset-pagination"} <= rules, sorted(rules)
    origins = [o for finding in report["findings"] for o in finding["origins"]]
    assert any("app.drizzle.log:" in o for o in origins)
    assert not any(str(ROOT) in o for o in origins), "the audit read the checkout's fixtures"
    assert list(elsewhere.iterdir()) == [
        elsewhere / "demo.json"
    ]  # nothing else written where it ran
