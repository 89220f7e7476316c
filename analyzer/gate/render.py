"""The gate's verdict as text: rich (terminal), JSON (machines) and Markdown (PR comment / step summary)."""

from __future__ import annotations

import io
import json
from typing import Any

from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from dbperf import __version__
from dbperf.gate.junit import render_junit
from dbperf.gate.model import GateFinding, GateResult, Regression, display, query_label
from dbperf.gate.sarif import render_sarif
from dbperf import humanize
from dbperf.report.html import render_html
from dbperf.report.json_report import finding_dict, report_dict

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}
MAX_EXISTING_LISTED = 0  # existing (baselined) findings are counted, not listed


# -- rich ---------------------------------------------------------------------------------------------

def render_console(result: GateResult, console: Console) -> None:
    report = result.report
    head = Text(" · ".join([f"dbperf {report.dbperf} check", *humanize.database_summary(report.database)]),
                style="bold")
    against = f"baseline {result.baseline}" if result.baseline else "no baseline: every finding counts"
    head.append(f"\n{against} · fail on {result.settings.fail_on} or worse", style="dim")
    if result.settings.max_query_ms:
        head.append(f" · max {humanize.duration(result.settings.max_query_ms)} per query", style="dim")
    console.print(head)

    blocking = [g for g in result.findings if g.blocking]
    others_new = [g for g in result.new_findings if not g.blocking]
    if blocking:
        _section(console, f"Failing findings ({len(blocking)})", "bold red")
        for g in blocking:
            _finding(console, g, result.base)
    if result.regressions:
        _section(console, f"Regressions ({len(result.regressions)})", "bold red")
        for r in result.regressions:
            _regression(console, r, result.base)
    if result.slow:
        _section(console, f"Slow queries ({len(result.slow)})", "bold red")
        for s in result.slow:
            line = Text(" SLOW " if s.blocking else " slow ", style="reverse bold red" if s.blocking else "dim")
            line.append(f" {query_label(s.query, 70, result.base)}")
            console.print(line)
            console.print(Text(f"  {s.message()}" + (" — already in the baseline" if not s.blocking and
                                                      s.ignored_by is None else "") +
                               (f" — ignored: {s.ignored_by.reason}" if s.ignored_by else "")))
    if others_new:
        below = "New findings below the gate" if result.baseline else f"Findings below fail_on = {result.settings.fail_on}"
        _section(console, f"{below} ({len(others_new)})", "bold yellow")
        for g in others_new:
            _finding(console, g, result.base)
    if result.fixed:
        _section(console, f"Fixed ({len(result.fixed)})", "bold green")
        for f in result.fixed:
            cols = f" ({', '.join(f.columns)})" if f.columns else ""
            console.print(Text(f"  ✓ {f.severity} {f.rule} · {f.table or '-'}{cols}", style="green"))
    if result.plan_changes:
        _section(console, f"Plan changes without regression ({len(result.plan_changes)})", "bold")
        for r in result.plan_changes:
            _regression(console, r, result.base)
    if result.ignored_findings:
        _section(console, f"Ignored ({len(result.ignored_findings)})", "dim")
        for g in result.ignored_findings:
            cols = f" ({', '.join(g.finding.columns)})" if g.finding.columns else ""
            console.print(Text(f"  {g.finding.rule} · {g.finding.table or '-'}{cols}: {g.ignored_by.reason}",
                               style="dim"))
    if result.blocked_by_incomplete or result.empty:
        shown = (result.incomplete if result.blocked_by_incomplete else []) + \
            ([result.empty_message()] if result.empty else [])
        _section(console, f"Not checked by this run ({len(shown)})", "bold red")
        for what in shown:
            console.print(Text(f"  ✗ {what}", style="red"))
        if result.blocked_by_incomplete:
            console.print(Text("  the gate fails closed on what it could not check "
                               "([gate] fail_on_incomplete = false makes these warnings)", style="dim"))
    if result.warnings:
        _section(console, f"Warnings ({len(result.warnings)})", "bold yellow")
        for w in result.warnings:
            console.print(Text(f"  ! {w}", style="yellow"))
    if result.report.problems:
        console.print()
        console.print(Text(f"{humanize.plural(len(result.report.problems), 'input problem')} "
                           "(`dbperf audit` lists them)", style="dim"))
    console.print()
    existing = len(result.existing_findings)
    tail = f" · {existing} known in the baseline" if result.baseline and existing else ""
    verdict = Text(result.summary() + tail, style="bold green" if result.passed else "bold red")
    console.print(verdict)


def _section(console: Console, title: str, style: str) -> None:
    console.print()
    console.print(Rule(Text(title, style=style), align="left", style="dim"))


def _finding(console: Console, g: GateFinding, base) -> None:
    f = g.finding
    title = Text()
    title.append(f" {f.severity.upper()} ", style=f"reverse {STYLE[f.severity]}")
    title.append(f" {f.rule}", style="bold")
    if f.table:
        title.append(f" · {f.table}" + (f" ({', '.join(f.columns)})" if f.columns else ""))
    if g.status != "new" or g.note:
        title.append(f"  [{g.status}{', ' + g.note if g.note else ''}]", style="dim")
    console.print(title)
    console.print(Text(f"  {f.message}"))
    if f.origins:
        more = f" (+{len(f.origins) - 3} more)" if len(f.origins) > 3 else ""
        console.print(Text(f"  at {', '.join(display(o, base) for o in f.origins[:3])}{more}", style="dim"))
    if f.fix:
        console.print(Text(f"  fix: {f.fix.description}", style="dim"))


def _regression(console: Console, r: Regression, base) -> None:
    title = Text(" REGRESSION " if r.blocking else (" ignored " if r.ignored_by else " changed "),
                 style="reverse bold red" if r.blocking else "dim")
    title.append(f" {query_label(r.query, 70, base)}")
    console.print(title)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    if r.plan_changed:
        grid.add_row("  plan", r.plan_change())
    b, q = r.before, r.query
    if r.unmeasurable:
        grid.add_row("  error", str(q.error))
    else:
        grid.add_row("  buffers", f"{humanize.buffers(b.buffers)} → {humanize.buffers(q.buffers)}"
                     + ("  (regressed)" if r.buffers_regressed else ""))
        grid.add_row("  time", f"{humanize.duration(b.ms)} → {humanize.duration(q.ms)}"
                     + ("  (regressed)" if r.time_regressed else ""))
    grid.add_row("  query", q.fingerprint)
    if r.ignored_by:
        grid.add_row("  ignored", r.ignored_by.reason)
    console.print(grid)


# -- JSON ---------------------------------------------------------------------------------------------

def gate_dict(result: GateResult) -> dict[str, Any]:
    def finding(g: GateFinding) -> dict[str, Any]:
        d = {"identity": g.identity, "status": g.status, "blocking": g.blocking, **finding_dict(g.finding)}
        if g.note:
            d["note"] = g.note
        if g.ignored_by:
            d["ignored_because"] = g.ignored_by.reason
        return d

    def regression(r: Regression) -> dict[str, Any]:
        q, b = r.query, r.before
        return {
            "fingerprint": q.fingerprint, "sql": q.sql, "origins": list(q.origins), "blocking": r.blocking,
            "plan_changed": r.plan_changed, "buffers_regressed": r.buffers_regressed,
            "time_regressed": r.time_regressed, "unmeasurable": r.unmeasurable,
            "plan_before": b.shape, "plan_after": q.plan.shape() if q.plan else None,
            "nodes_removed": r.removed_nodes, "nodes_added": r.added_nodes,
            "buffers_before": b.buffers, "buffers_after": q.buffers,
            "ms_before": b.ms, "ms_after": None if q.ms is None else round(q.ms, 3),
            "message": r.message(),
            **({"ignored_because": r.ignored_by.reason} if r.ignored_by else {}),
        }

    s = result.settings
    return {
        "passed": result.passed,
        "exit_code": result.exit_code,
        "summary": result.summary(),
        "reasons": result.reasons(),
        "empty_tables": result.empty,
        "baseline": result.baseline,
        "settings": {"fail_on": s.fail_on, "max_query_ms": s.max_query_ms,
                     "max_query_ms_for": dict(sorted(s.max_query_ms_for.items())),
                     "max_regression_pct": s.max_regression_pct, "min_regression_buffers": s.min_regression_buffers,
                     "time_factor": s.time_factor, "time_margin_ms": s.time_margin_ms,
                     "time_regressions": s.time_regressions, "fail_on_incomplete": s.fail_on_incomplete},
        "findings": [finding(g) for g in result.findings if g.status != "existing" or g.blocking],
        "existing_findings": len(result.existing_findings),
        "fixed": [{"identity": f.identity, "rule": f.rule, "severity": f.severity, "table": f.table,
                   "columns": list(f.columns), "queries": list(f.queries), "origins": list(f.origins)}
                  for f in result.fixed],
        "regressions": [regression(r) for r in result.regressions],
        "plan_changes": [regression(r) for r in result.plan_changes],
        "slow_queries": [{"fingerprint": x.query.fingerprint, "sql": x.query.sql, "origins": list(x.query.origins),
                          "ms": round(x.query.ms or 0, 3), "limit_ms": x.limit_ms, "limit_source": x.limit_source,
                          "baseline_ms": x.baseline_ms, "blocking": x.blocking} for x in result.slow],
        "new_queries": [q.fingerprint for q in result.new_queries],
        "removed_queries": [q.fingerprint for q in result.removed_queries],
        "ignores": [{"ignore": n.ignore.describe(), "status": n.status, "matched": n.matched,
                     "reason": n.ignore.reason,
                     "expires": n.ignore.expires.isoformat() if n.ignore.expires else None} for n in result.ignores],
        "warnings": list(result.warnings),
        "incomplete": list(result.incomplete),
    }


def render_json(result: GateResult) -> str:
    data = {"version": 1, "dbperf": __version__, "gate": gate_dict(result), "report": report_dict(result.report)}
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


# -- Markdown -----------------------------------------------------------------------------------------

MAX_ROWS = 30
MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def render_markdown(result: GateResult) -> str:
    """A PR comment / `$GITHUB_STEP_SUMMARY`: verdict, what fails, new/fixed tables, biggest regressions."""
    icon = "✅" if result.passed else "❌"
    against = f"against `{result.baseline}`" if result.baseline else "no baseline (every finding counts)"
    out = [f"## {icon} dbperf check {'passed' if result.passed else 'failed'}", "",
           f"**{_md(result.summary())}** — {against}, failing on {result.settings.fail_on} or worse", ""]
    reasons = result.reasons()
    if reasons:
        out += ["**Why it fails:**", ""] + [f"- {_md(r)}" for r in reasons[:MAX_ROWS]]
        if len(reasons) > MAX_ROWS:
            out.append(f"- …and {len(reasons) - MAX_ROWS} more")
        out.append("")
    new = result.new_findings if result.baseline else [g for g in result.findings if g.status != "ignored"]
    if new:
        title = "New findings" if result.baseline else "Findings"
        out += [f"### {title} ({len(new)})", "", "| | Severity | Rule | Where | Finding | Location |",
                "| --- | --- | --- | --- | --- | --- |"]
        for g in new[:MAX_ROWS]:
            f = g.finding
            where = f"`{f.table}`" + (f" ({', '.join(f.columns)})" if f.columns else "") if f.table else ""
            loc = f"`{display(f.origins[0], result.base)}`" if f.origins else ""
            out.append(f"| {'❌' if g.blocking else ''} | {MARK[f.severity]} | `{f.rule}` | {where} | "
                       f"{_md(f.message)} | {loc} |")
        if len(new) > MAX_ROWS:
            out.append(f"\n…and {len(new) - MAX_ROWS} more: see the JSON output.")
        out.append("")
    if result.fixed:
        out += [f"### Fixed findings ({len(result.fixed)})", "", "| Severity | Rule | Where | Was at |",
                "| --- | --- | --- | --- |"]
        for f in result.fixed[:MAX_ROWS]:
            where = f"`{f.table}`" + (f" ({', '.join(f.columns)})" if f.columns else "") if f.table else ""
            out.append(f"| {MARK[f.severity]} | `{f.rule}` | {where} | "
                       f"{'`' + f.origins[0] + '`' if f.origins else ''} |")
        out.append("")
    changes = result.regressions + result.plan_changes
    if changes:
        out += ["### Biggest plan regressions", "", "| | Query | Plan change | Buffers | Time |",
                "| --- | --- | --- | ---: | ---: |"]
        for r in sorted(changes, key=lambda r: -r.buffers_ratio)[:10]:
            q, b = r.query, r.before
            mark = "❌" if r.blocking else ("🙈" if r.ignored_by else "")
            out.append(f"| {mark} | {_md(query_label(q, 50, result.base))} | {_md(r.plan_change()) or 'same plan'} | "
                       f"{humanize.count(b.buffers)} → {humanize.count(q.buffers)} | "
                       f"{humanize.duration(b.ms)} → {humanize.duration(q.ms)} |")
        out.append("")
    if result.slow:
        out += ["### Slow queries", "", "| | Query | Median | Limit |", "| --- | --- | ---: | ---: |"]
        for s in result.slow[:MAX_ROWS]:
            out.append(f"| {'❌' if s.blocking else ''} | {_md(query_label(s.query, 50, result.base))} | "
                       f"{humanize.duration(s.query.ms)} | {humanize.duration(s.limit_ms)} |")
        out.append("")
    if result.blocked_by_incomplete:
        out += ["### Not checked by this run", ""] + [f"- ❌ {_md(w)}" for w in result.incomplete] + [""]
    if result.warnings:
        out += ["### Warnings", ""] + [f"- ⚠️ {_md(w)}" for w in result.warnings] + [""]
    existing = len(result.existing_findings)
    if result.baseline and existing:
        out += [f"<sub>{existing} known finding(s) in the baseline are not repeated here. "
                f"dbperf {__version__}.</sub>", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _md(text: str) -> str:
    """Safe inside a table cell: no pipes or line breaks."""
    return " ".join(str(text).split()).replace("|", "\\|")


# -- any format -------------------------------------------------------------------------------------

def render(result: GateResult, output_format: str, *, rules_run: list[str] | None = None, to_file: bool = False) -> str:
    """The gate result in one format ("" for rich to the terminal: printed directly)."""
    if output_format == "json":
        return render_json(result)
    if output_format == "sarif":
        return render_sarif(result.report, gate=result)
    if output_format == "junit":
        return render_junit(result, rules_run=rules_run)
    if output_format == "markdown":
        return render_markdown(result)
    if output_format == "html":
        return render_html(report_dict(result.report), gate=gate_dict(result), command="check")
    console = Console(record=True, file=io.StringIO(), width=100) if to_file else Console()
    render_console(result, console)
    return console.export_text() if to_file else ""
