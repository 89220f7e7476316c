"""The report on a terminal (rich): findings by severity, problems met, one summary line.

Colour marks severity and nothing else, so the output reads the same when
piped (rich drops styles when the console is not a terminal). Laid out for
100 columns; narrower consoles wrap.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

from dbperf.diagnostics import Problem
from dbperf.findings import Finding
from dbperf import humanize
from dbperf.report.model import Report

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
SEVERITY_TITLE = {"error": "Errors", "warning": "Warnings", "info": "Info"}
MAX_ORIGINS = 3  # origins shown per finding unless verbose
MAX_EVIDENCE = 6  # evidence items shown per finding unless verbose
MAX_TABLES_LISTED = 12  # tables named in the header's rows line (biggest first)


def render_console(report: Report, console: Console, *, verbose: bool = False) -> None:
    """Print the report: header, findings (errors first), problems, summary line."""
    console.print(_header(report))
    groups = report.by_severity()
    if not report.findings:
        console.print()
        console.print(Text("No performance problems found.", style="bold green"))
    for severity, findings in groups.items():
        if not findings:
            continue
        console.print()
        title = f"{SEVERITY_TITLE[severity]} ({len(findings)})"
        console.print(Rule(Text(title, style=SEVERITY_STYLE[severity]), align="left", style="dim"))
        for finding in findings:
            console.print()
            console.print(_finding(finding, verbose=verbose))
    if report.problems:
        console.print()
        title = f"Input skipped or stages failed ({len(report.problems)})"
        console.print(Rule(Text(title, style="bold"), align="left", style="dim"))
        console.print(_problems(report.problems))
    for note in (report.migration or {}).get("notes", ()):  # advisor.decision: said as `dbperf advise` says it
        console.print()
        console.print(Text(f"Index migration: {note}"))
    console.print()
    console.print(summary_line(report))


def summary_line(report: Report) -> Text:
    """ "2 errors, 1 warning, 0 info — 45 query groups measured in 12.3 s"."""
    counts = report.summary["by_severity"]
    line = Text()
    for i, severity in enumerate(counts):
        if i:
            line.append(", ")
        n = counts[severity]
        line.append(
            humanize.severity_count(severity, n), style=SEVERITY_STYLE[severity] if n else ""
        )
    measured = humanize.plural(report.queries_measured, "query group")
    line.append(f" — {measured} measured")
    if report.timings:
        line.append(f" in {humanize.seconds(report.total_seconds)}")
    return line


def _header(report: Report) -> Text:
    text = Text(
        " · ".join([f"dbperf {report.dbperf}", *humanize.database_summary(report.database)])
    )
    text.stylize("bold")
    read = humanize.inputs_summary(report.inputs)
    if read:
        text.append("\nRead " + " · ".join(read), style="dim")
    rows = rows_line(report.database)
    if rows:
        text.append("\n" + rows, style="dim")
    return text


def rows_line(database: dict, shown: int = MAX_TABLES_LISTED) -> str:
    """ "Rows: orders 200,000 · user 50,000 · …", biggest first, and how to seed production's sizes
    when dbperf chose some of them."""
    rows = database.get("rows_per_table") or {}
    if not rows:
        return ""
    biggest = sorted(rows.items(), key=lambda item: (-item[1], item[0]))
    shown = len(biggest) if len(biggest) <= shown + 1 else shown  # never "1 more table"
    line = "Rows: " + " · ".join(f"{name} {n:,}" for name, n in biggest[:shown])
    if len(biggest) > shown:
        smallest = min(n for _, n in biggest[shown:])
        line += f" · {humanize.plural(len(biggest) - shown, 'more table')} (down to {smallest:,})"
    chosen = database.get("rows_chosen_by_dbperf") or []
    if chosen:
        line += (f"\n{len(chosen)} of {len(rows)} tables sized by dbperf (its row budget, docs/seeding.md); "
                 "give production's sizes with --stats stats.json (dbperf stats export) or [seed.rows]")
    return line


def _finding(finding: Finding, *, verbose: bool) -> RenderableType:
    title = Text()
    title.append(
        f" {finding.severity.upper()} ", style=f"reverse {SEVERITY_STYLE[finding.severity]}"
    )
    title.append(f" {finding.rule}", style="bold")
    where = _where(finding)
    if where:
        title.append(f" · {where}")
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="dim", no_wrap=True)
    rows.add_column(overflow="fold")
    if finding.origins:
        shown = finding.origins if verbose else finding.origins[:MAX_ORIGINS]
        more = len(finding.origins) - len(shown)
        rows.add_row("at", ", ".join(shown) + (f" (+{more} more)" if more else ""))
    items = humanize.evidence_items(finding.evidence, limit=None if verbose else MAX_EVIDENCE)
    if items:
        rows.add_row(finding.proof, " · ".join(f"{label}: {text}" for label, text in items))
    if verbose and finding.queries:
        rows.add_row("queries", ", ".join(finding.queries))
    if finding.fix:
        rows.add_row("fix", finding.fix.description)
        if finding.fix.sql:
            rows.add_row("", _code(finding.fix.sql, "sql"))
        if finding.fix.drizzle:
            rows.add_row("drizzle", _code(finding.fix.drizzle, "typescript"))
    return Group(title, _indent(Text(finding.message)), _indent(rows))


def _indent(renderable: RenderableType) -> Padding:
    return Padding(renderable, (0, 0, 0, 1), expand=False)


def _where(finding: Finding) -> str:
    if not finding.table:
        return ""
    return f"{finding.table} ({', '.join(finding.columns)})" if finding.columns else finding.table


def _code(code: str, lexer: str) -> Syntax:
    return Syntax(
        code.strip(), lexer, theme="ansi_dark", background_color="default", word_wrap=True
    )


def _problems(problems: list[Problem]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    for p in problems:
        style = SEVERITY_STYLE["error"] if p.severity == "error" else SEVERITY_STYLE["warning"]
        message = Text(f"{p.origin}: " if p.origin else "")
        message.append(p.message)
        if p.hint:
            message.append(f"\n→ {p.hint}", style="dim")
        table.add_row(Text(p.severity, style=style), p.stage, message)
    return table
