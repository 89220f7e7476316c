"""Re-record the saas report the HTML tests render, and the screenshot in docs/img/.

    python -m tests.report.record_saas_report             # JSON report + docs/img/report-saas.png
    python -m tests.report.record_saas_report --screenshot-only

Runs `dbperf audit --advise --format json` on a copy of fixtures/saas (named saas, so the page
says so), writes tests/report/data/saas-report.json, renders it with `--format html`'s renderer
and has headless Chromium take the screenshot (1280 × 1500, the top of the page).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from dbperf.report.html import render_html
from tests.report.test_report_html_chromium import FLAGS, RECORDED, chromium

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "docs" / "img" / "report-saas.png"


def record(folder: Path) -> None:
    project = folder / "saas"
    shutil.copytree(REPO / "fixtures" / "saas", project)
    RECORDED.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "dbperf",
            "audit",
            str(project),
            "--advise",
            "--format",
            "json",
            "-o",
            str(RECORDED),
        ],
        check=True,
    )


def screenshot(folder: Path) -> None:
    page = folder / "report.html"
    page.write_text(render_html(json.loads(RECORDED.read_text())), encoding="utf-8")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            chromium(),
            *FLAGS,
            f"--user-data-dir={folder / 'profile'}",
            "--window-size=1280,1500",
            "--hide-scrollbars",
            f"--screenshot={SCREENSHOT}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
    )
    print(f"wrote {SCREENSHOT}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        if "--screenshot-only" not in sys.argv:
            record(Path(tmp))
        screenshot(Path(tmp))
