"""The Markdown report: a summary table by rule, each finding with its fix."""

from __future__ import annotations

from dbperf.report.markdown import render_markdown
from dbperf.report.model import Report


def test_summary_table_by_rule(make_report) -> None:
    text = render_markdown(make_report())
    assert "| Rule | Severity | Findings |" in text
    assert "| `missing-index` | 🔴 error | 1 |" in text
    assert "**1 error, 1 warning, 1 info**" in text


def test_findings_with_evidence_and_sql_fix(make_report) -> None:
    text = render_markdown(make_report())
    assert "### 🔴 error: `missing-index` — `orders`" in text
    assert "```sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_created_at_idx" in text
    assert "45.2 ms → 0.31 ms" in text
    assert "`app/orders.ts:42`" in text
    # errors before warnings before info
    assert (
        text.index("missing-index` —")
        < text.index("duplicate-index` —")
        < text.index("over-select` —")
    )


def test_markup_in_messages_is_escaped_outside_code(make_report) -> None:
    text = render_markdown(make_report())
    assert "users\\_email\\_key \\| every write" in text  # a "|" must not break the page
    assert "`WHERE user_id = $1`" in text  # code spans left as written
    assert "SELECT \\* on users" in text


def test_problems_table(make_report) -> None:
    text = render_markdown(make_report())
    assert "### Problems met (2)" in text
    assert "| warning | capture | `logs/app.log:17` |" in text


def test_long_reports_are_cut(make_report) -> None:
    text = render_markdown(make_report(), max_findings=1)
    assert "…and 2 more findings" in text
    assert "duplicate-index` —" not in text


def test_empty_report() -> None:
    text = render_markdown(Report())
    assert "No performance problems found" in text
    assert "| Rule |" not in text
