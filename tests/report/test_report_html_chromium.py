"""The HTML report of fixtures/saas in a real browser: headless Debian Chromium opens the file
offline, its script runs (under the page's Content-Security-Policy), and the screenshot is a
real picture of the page.

The report is `tests/report/data/saas-report.json`, recorded from
`dbperf audit fixtures/saas --advise --format json` (re-record it with
`python -m tests.report.record_saas_report`); rendering needs no database. Debian's chromium is
installed by the first test that needs it when it is missing and the tests run as root (as on a
fresh CI machine: `pytest` is the one test command); otherwise the test fails with the command to
run.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

from dbperf.report.html import render_html
from dbperf.report.html_plan import node_types
from tests.report.test_report_html import Page

RECORDED = Path(__file__).resolve().parent / "data" / "saas-report.json"
WIDTH, HEIGHT = 1280, 2000
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@functools.cache
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found and os.geteuid() == 0 and shutil.which("apt-get"):
        quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for step in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
            subprocess.run(step, capture_output=True, env=quiet, timeout=900, check=False)
        found = shutil.which("chromium")
    assert found, "the HTML report test needs Debian's chromium: sudo apt-get install -y chromium"
    return found


def browse(
    page: Path, profile: Path, *extra: str, fragment: str = ""
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            chromium(),
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={WIDTH},{HEIGHT}",
            "--virtual-time-budget=3000",
            *extra,
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def png_pixels(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """(width, height, bytes per pixel, unfiltered rows) of an 8-bit RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IHDR":
            header = data[pos + 8 : pos + 8 + length]
        elif kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (
        f"unexpected PNG format: depth {depth}, colour type {colour}"
    )
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], raw[start + 1 : start + 1 + stride]
        if kind == 0:
            out = bytes(line)
        elif kind == 2:  # Up: the most common filter, done in one pass
            out = bytes([(x + p) & 255 for x, p in zip(line, prev)])
        else:
            cur = bytearray(line)
            for i in range(stride):
                a = cur[i - bpp] if i >= bpp else 0
                b = prev[i]
                if kind == 1:
                    cur[i] = (cur[i] + a) & 255
                elif kind == 3:
                    cur[i] = (cur[i] + ((a + b) >> 1)) & 255
                else:  # Paeth
                    c = prev[i - bpp] if i >= bpp else 0
                    pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                    cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            out = bytes(cur)
        rows.append(out)
        prev = out
    return width, height, bpp, rows


@pytest.fixture(scope="module")
def saas_page(tmp_path_factory) -> tuple[dict, Path]:
    report = json.loads(RECORDED.read_text())
    folder = tmp_path_factory.mktemp("html")
    page = folder / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    return report, page


@pytest.fixture(scope="module")
def opened(saas_page, tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    """The page opened once, as a user opens it: its DOM after the script ran, and a screenshot
    (one Chromium start for both)."""
    _, page = saas_page
    folder = tmp_path_factory.mktemp("opened")
    shot = folder / "report.png"
    run = browse(page, folder / "profile", "--dump-dom", f"--screenshot={shot}", "--hide-scrollbars")
    return run, shot


def test_chromium_renders_findings_plans_and_charts(saas_page, opened) -> None:
    report, _ = saas_page
    run, _ = opened
    assert run.returncode == 0, run.stderr[-2000:]
    dom = Page(run.stdout)
    text = dom.plain
    findings = report["findings"]
    assert len(findings) >= 10
    assert {a["data-rule"] for a in dom.all("article")} == {f["rule"] for f in findings}
    for f in findings:
        assert " ".join(f["message"].split()) in text, f["message"]
    # the page's script ran (the CSP let it): it replaced "N findings" by "N of N shown"
    assert f"{len(findings)} of {len(findings)} shown" in text
    types = {t for q in report["queries"] if q.get("plan") for t in node_types(q["plan"])}
    assert {"Seq Scan", "Index Scan", "Limit", "Sort"} <= types
    for node_type in types:
        assert node_type in text, node_type
    assert "OFFSET cost curve" in text and "keyset:" in text
    assert "Top query shapes by total time" in text
    assert "Shared buffers per query, before → after" in text  # the advice's before/after


def test_severity_and_rule_filters_hide_findings(saas_page, tmp_path: Path) -> None:
    """The filters, preset by the link (#severity=…&rule=…), hide the other findings' cards."""
    report, page = saas_page
    run = browse(page, tmp_path / "profile", "--dump-dom", fragment="#severity=error")
    assert run.returncode == 0, run.stderr[-2000:]
    cards = Page(run.stdout).all("article")
    errors = sum(1 for f in report["findings"] if f["severity"] == "error")
    assert 0 < errors < len(cards)
    assert [c["data-severity"] for c in cards if "hidden" not in c] == ["error"] * errors
    assert f"{errors} of {len(cards)} shown" in Page(run.stdout).plain
    run = browse(
        page,
        tmp_path / "profile2",
        "--dump-dom",
        fragment="#severity=error,warning&rule=missing-index",
    )
    cards = Page(run.stdout).all("article")
    shown = [c["data-rule"] for c in cards if "hidden" not in c]
    assert shown == ["missing-index"] * sum(
        1 for f in report["findings"] if f["rule"] == "missing-index"
    )


def test_screenshot_is_a_real_picture_of_the_page(opened) -> None:
    run, shot = opened
    assert run.returncode == 0 and shot.is_file(), run.stderr[-2000:]
    width, height, bpp, rows = png_pixels(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    pixels = [rows[y][x * bpp : x * bpp + 3] for y in range(0, height, 7) for x in range(width)]
    counts = Counter(pixels)
    colours = set(counts)
    assert len(colours) > 200, f"only {len(colours)} colours: a blank or broken page"
    common = {colour for colour, _ in counts.most_common(2)}
    assert common == {bytes.fromhex("ffffff"), bytes.fromhex("f6f8fa")}, (
        "white cards on the grey page"
    )
    drawn = sum(n for colour, n in counts.items() if colour not in common) / len(pixels)
    assert drawn > 0.08, f"{drawn:.0%} of the page is text, bars or lines: it did not render"
    title_bar = [rows[10][x * bpp : x * bpp + 3] for x in range(0, width, 5)]
    assert title_bar.count(bytes.fromhex("1f2937")) > 0.9 * len(title_bar), (
        "the dark title bar on top"
    )
    severity = {bytes.fromhex("cf222e"), bytes.fromhex("fb8f44"), bytes.fromhex("0969da")}
    assert severity <= colours, "error red, the OFFSET curve's orange and the bars' blue are drawn"
