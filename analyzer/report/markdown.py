"""The report as GitHub-flavoured Markdown: a PR comment or `$GITHUB_STEP_SUMMARY`.

A summary table by rule, then each finding with its evidence and fix in
```sql blocks, then the problems met. GitHub caps a comment at 65,536
characters, so past `max_findings` the rest is only counted.
"""

from __future__ import annotations

from dbperf.findings import Finding
from dbperf import humanize
from dbperf.report.model import Report

SEVERITY_MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}
DEFAULT_MAX_FINDINGS = 50


def render_markdown(report: Report, *, max_findings: int | None = DEFAULT_MAX_FINDINGS) -> str:
    """The whole report as Markdown text."""
    out = ["## dbperf report", "", _summary(report), ""]
    if report.findings:
        out += _rule_table(report) + [""]
    findings = list(report.findings)
    shown = findings if max_findings is None else findings[:max_findings]
    for finding in shown:
        out += _finding(finding) + [""]
    if len(shown) < len(findings):
        rest = len(findings) - len(shown)
        out += [f"…and {humanize.plural(rest, 'more finding')}: see the JSON report.", ""]
    if report.advice:
        out += _advice(report.advice) + [""]
    if report.problems:
        out += _problems(report) + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def _advice(advice: dict) -> list[str]:
    """`audit --advise`: the workload-level index plan, as a table."""
    w = advice["workload"]
    ratio = w["before_ms"] / max(w["after_ms"] or 0, 0.001)
    lines = ["### Index plan for the whole workload", "",
             f"{w['queries']} queries: {w['before_ms']:,.1f} ms → {w['after_ms']:,.1f} ms ({ratio:.1f}×), measured "
             "with each index created for real.", "",
             "| Action | Table | Columns | Before ms | After ms | Size |", "| --- | --- | --- | ---: | ---: | ---: |"]
    for p in advice["proposals"]:
        before = f"{p['before_ms']:,.1f}" if p.get("before_ms") is not None else ""
        after = f"{p['after_ms']:,.1f}" if p.get("after_ms") is not None else ""
        size = f"{(p.get('size_bytes') or 0) / 2**20:.1f} MB"
        action = "create statistics" if p.get("kind") == "statistics" else p["action"]
        lines.append(f"| {action} | `{p['table']}` | {', '.join(p['columns'])} | {before} | {after} | {size} |")
    rejected = advice.get("rejected") or []
    if rejected:
        lines += ["", "Tried, measured and not proposed:", ""]
        lines += [f"- `{r['index']}` ({r['reason']}): {r.get('detail', '')}" for r in rejected]
    for r in advice.get("rewrites") or []:  # advisor.decision: a rewrite, not an index
        lines += ["", f"Not indexed: `{r['table']}` ({', '.join(r['columns'])}): {r['why']}; {r['fix']}."]
    for u in advice.get("writes_not_counted") or []:
        lines += ["", (f"Not counted in the write cost: the {u['statement']} of every `{u['table']}` row "
                       f"({u['origin']}), which {u['rule']} flags as an {u['severity']}.")]
    return lines


def _summary(report: Report) -> str:
    counts = report.summary["by_severity"]
    measured = humanize.plural(report.queries_measured, "query group")
    line = f"**{humanize.severity_counts(counts)}** — {measured} measured"
    if report.timings:
        line += f" in {humanize.seconds(report.total_seconds)}"
    context = [f"dbperf {report.dbperf}", *humanize.database_summary(report.database)]
    context += humanize.inputs_summary(report.inputs)
    if not report.findings:
        line += "\n\nNo performance problems found. ✅"
    return line + "\n\n<sub>" + " · ".join(context) + "</sub>"


def _rule_table(report: Report) -> list[str]:
    rows: dict[str, tuple[str, int]] = {}
    for f in report.findings:  # sorted: the first severity seen for a rule is its worst
        severity, n = rows.get(f.rule, (f.severity, 0))
        rows[f.rule] = (severity, n + 1)
    lines = ["| Rule | Severity | Findings |", "| --- | --- | ---: |"]
    lines += [f"| `{rule}` | {SEVERITY_MARK[sev]} | {n} |" for rule, (sev, n) in rows.items()]
    return lines


def _finding(finding: Finding) -> list[str]:
    where = ""
    if finding.table:
        cols = f" ({', '.join(finding.columns)})" if finding.columns else ""
        where = f" — `{finding.table}`{_escape(cols)}"
    lines = [
        f"### {SEVERITY_MARK[finding.severity]}: `{finding.rule}`{where}",
        "",
        _escape(finding.message),
        "",
    ]
    if finding.origins:
        lines.append("- **Where:** " + ", ".join(f"`{o}`" for o in finding.origins))
    items = humanize.evidence_items(finding.evidence)
    if items:
        lines.append(
            "- **Measured:** "
            + "; ".join(f"{_escape(label)} {_inline(text)}" for label, text in items)
        )
    if finding.fix:
        lines += ["", f"**Fix:** {_escape(finding.fix.description)}"]
        if finding.fix.sql:
            lines += ["", "```sql", finding.fix.sql.strip(), "```"]
        if finding.fix.drizzle:
            lines += [
                "",
                "<details><summary>Drizzle</summary>",
                "",
                "```ts",
                finding.fix.drizzle.strip(),
                "```",
                "",
                "</details>",
            ]
    return lines


def _problems(report: Report) -> list[str]:
    lines = [
        f"### Problems met ({len(report.problems)})",
        "",
        "| Severity | Stage | Where | Problem | Hint |",
        "| --- | --- | --- | --- | --- |",
    ]
    for p in report.problems:
        where = f"`{p.origin}`" if p.origin else ""
        lines.append(
            f"| {p.severity} | {p.stage} | {where} | {_cell(p.message)} | {_cell(p.hint)} |"
        )
    return lines


def _escape(text: str) -> str:
    """Text safe in Markdown prose: markup characters escaped outside `code spans`."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an unbalanced backtick: no code spans at all
        return _escape_plain(text.replace("`", "\\`"))
    return "`".join(part if i % 2 else _escape_plain(part) for i, part in enumerate(parts))


def _escape_plain(text: str) -> str:
    for ch in "*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def _cell(text: str) -> str:
    return _escape(text).replace("\n", "<br>")


def _inline(text: str) -> str:
    return f"**{_escape(text)}**" if text else ""
