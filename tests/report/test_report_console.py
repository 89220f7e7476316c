"""The console report renders at 100 columns, with and without a terminal."""

from __future__ import annotations

from rich.console import Console

from dbperf.report.console import render_console
from dbperf.report.model import Report


def _render(report: Report, **kwargs) -> Console:
    console = Console(record=True, width=100, force_terminal=False, color_system=None)
    render_console(report, console, **kwargs)
    return console


def test_renders_findings_problems_and_summary(make_report, make_findings) -> None:
    text = _render(make_report()).export_text()
    for finding in make_findings():
        assert finding.message in text
    assert "missing-index · orders (user_id, created_at)" in text
    assert "45.2 ms → 0.31 ms" in text
    assert "100,000" in text
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_created_at_idx" in text
    assert "logs/app.log:17: could not parse statement" in text
    assert "→ fix the statement or exclude the file" in text
    assert (
        text.rstrip().splitlines()[-1]
        == "1 error, 1 warning, 1 info — 1 query group measured in 12.2 s"
    )


def test_errors_come_first_and_lines_fit(make_report) -> None:
    text = _render(make_report()).export_text()
    assert text.index("Errors (1)") < text.index("Warnings (1)") < text.index("Info (1)")
    assert max(len(line) for line in text.splitlines()) <= 100


def test_origins_are_cut_unless_verbose(make_report) -> None:
    short = _render(make_report()).export_text()
    assert "(+1 more)" in short and "logs/app.log:1400" not in short
    full = _render(make_report(), verbose=True).export_text()
    assert "logs/app.log:1400" in full and "queries   a1" in full


def test_colour_only_on_a_terminal(make_report) -> None:
    console = Console(record=True, width=100, force_terminal=True, color_system="truecolor")
    render_console(make_report(), console)
    assert "\x1b[" in console.export_text(styles=True)
    plain = Console(record=True, width=100, force_terminal=False)
    render_console(make_report(), plain)
    assert "\x1b[" not in plain.export_text(styles=False)


def test_empty_report() -> None:
    text = _render(Report()).export_text()
    assert "No performance problems found." in text
    assert "0 errors, 0 warnings, 0 info — 0 query groups measured" in text
