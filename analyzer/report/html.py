"""The HTML report (`--format html`): one self-contained page, no CDN, no network.

Built from the JSON report (`json_report.report_dict`, or a parsed `--format json` file) and,
for `dbperf check`, the gate's JSON (`gate.render.gate_dict`): a summary, severity and rule
filters, each finding with its message, evidence, assumptions and fix, the OFFSET cost curves,
the workload's top query shapes, the advisor's before/after, and every measured plan as a tree.

Safety: every string from the user's schema, queries and logs goes through `html.escape`; the
report's JSON is embedded as `application/json` with `<`, `>` and `&` written as `\\u003c…`, so
no text can close the script element; a Content-Security-Policy allows no network at all and
only the page's own script (by its hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from typing import Any

from dbperf import humanize
from dbperf.findings import SEVERITIES, Assumption
from dbperf.report.html_advice import render_advice
from dbperf.report.html_assets import CSS, JS
from dbperf.report.html_charts import offset_curve_chart, top_queries_chart
from dbperf.report.html_plan import render_plan

MAX_ORIGINS = 5
TITLES = {"error": "Errors", "warning": "Warnings", "info": "Info"}
FAILS = "<span class='badge block'>fails</span>"


def render_html(
    report: dict[str, Any], *, gate: dict[str, Any] | None = None, command: str = "audit"
) -> str:
    """The page for one report (`command`: audit, advise or check, named in the title)."""
    root = str((report.get("inputs") or {}).get("root") or "")
    project = root.rstrip("/").rsplit("/", 1)[-1] if root else ""
    title = f"dbperf {command}" + (f" — {project}" if project else "")
    queries = {q["fingerprint"]: q for q in report.get("queries") or []}
    data, report = report, _relative_origins(report, root)  # data: embedded as it came
    advise_only = command == "advise" and not report.get("findings")
    sections = [
        _summary(report, gate, severities=not advise_only),
        _charts(report),
        "" if advise_only else _findings(report, gate),
    ]
    if gate:
        sections.append(_regressions(gate))
    if report.get("advice"):
        sections.append(
            _section("advice", "Index advice (measured)", render_advice(report["advice"], queries))
        )
    sections += [_queries(report), _problems(report)]
    nav = [
        ("summary", "Summary"),
        ("charts", "Charts"),
        ("findings", "Findings"),
        ("regressions", "Regressions"),
        ("advice", "Advice"),
        ("queries", "Queries & plans"),
        ("problems", "Problems"),
    ]
    body = "".join(s for s in sections if s)
    links = "".join(f"<a href='#{key}'>{label}</a>" for key, label in nav if f"id='{key}'" in body)
    script_hash = base64.b64encode(hashlib.sha256(JS.encode()).digest()).decode()
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{script_hash}'"
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{csp}\">"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"<header class='top'><h1>dbperf {escape(command)}"
        + (f" <span class='cmd'>{escape(project)}</span>" if project else "")
        + f"</h1><div class='meta'>{escape(_meta(report))}</div></header>"
        f"<nav class='toc'>{links}</nav><main>{body}</main>"
        f"<footer>dbperf {escape(str(report.get('dbperf', '')))} · the report's JSON is embedded in this page "
        "(script#dbperf-report)</footer>"
        f"<script type='application/json' id='dbperf-report'>{script_json({'report': data, 'gate': gate})}</script>"
        f"<script>{JS}</script></body></html>\n"
    )


def _relative_origins(report: dict[str, Any], root: str) -> dict[str, Any]:
    """Findings, queries and problems with their origins relative to the project root (a copy)."""
    if not root:
        return report

    def rel(items: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
        out = []
        for item in items:
            value = item.get(key)
            if isinstance(value, list):
                out.append(dict(item, **{key: [humanize.relative(str(v), root) for v in value]}))
            else:
                out.append(
                    dict(item, **{key: humanize.relative(str(value), root) if value else value})
                )
        return out

    return dict(
        report,
        findings=rel(report.get("findings") or [], "origins"),
        queries=rel(report.get("queries") or [], "origins"),
        problems=rel(report.get("problems") or [], "origin"),
    )


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no `</script>`, no `<!--`, whatever the strings hold."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _meta(report: dict[str, Any]) -> str:
    parts = humanize.database_summary(report.get("database") or {})
    parts += humanize.inputs_summary(report.get("inputs") or {})
    return " · ".join(parts)


def _section(key: str, title: str, inner: str, tools: str = "") -> str:
    return f"<section id='{key}'><h2>{escape(title)}{tools}</h2>{inner}</section>"


def _summary(report: dict[str, Any], gate: dict[str, Any] | None, severities: bool = True) -> str:
    summary = report.get("summary") or {}
    counts = summary.get("by_severity") or {}
    queries = report.get("queries") or []
    total = sum(max(q.get("calls") or 1, 1) * q["ms"] for q in queries if q.get("ms") is not None)
    cards = [
        f"<div class='card stat {s}'><div class='n'>{counts.get(s, 0):,}</div><div class='l'>{TITLES[s]}</div></div>"
        for s in SEVERITIES
        if severities
    ]
    cards.append(
        f"<div class='card stat'><div class='n'>{summary.get('queries_measured', 0):,}"
        f"<span class='muted' style='font-size:16px'> / {summary.get('queries', 0):,}</span></div>"
        "<div class='l'>query groups measured</div></div>"
    )
    cards.append(
        f"<div class='card stat'><div class='n'>{escape(humanize.duration(total))}</div>"
        "<div class='l'>workload time (calls × median)</div></div>"
    )
    cards.append(
        f"<div class='card stat'><div class='n'>{summary.get('problems', 0):,}</div>"
        "<div class='l'>input problems</div></div>"
    )
    verdict = ""
    if gate:
        passed = gate.get("passed")
        reasons = "".join(f"<li>{escape(str(r))}</li>" for r in (gate.get("reasons") or [])[:20])
        verdict = (
            f"<div class='verdict {'pass' if passed else 'fail'}'>{'✓ passed' if passed else '✗ failed'}: "
            f"{escape(str(gate.get('summary', '')))}"
            + (f"<ul>{reasons}</ul>" if reasons else "")
            + "</div>"
        )
    return _section("summary", "Summary", verdict + f"<div class='cards'>{''.join(cards)}</div>")


def _charts(report: dict[str, Any]) -> str:
    cards = []
    top = top_queries_chart(report.get("queries") or [])
    if top:
        cards.append(f"<div class='card chart'><h3>Top query shapes by total time</h3>{top}</div>")
    for f in report.get("findings") or []:
        if f.get("rule") == "offset-pagination":
            chart = offset_curve_chart(f.get("evidence") or {})
            if chart:
                where = (f.get("origins") or [""])[0].rsplit("/", 1)[-1]
                cards.append(
                    f"<div class='card chart'><h3>OFFSET cost curve — {escape(str(f.get('table') or ''))}"
                    f" <span class='muted small'>{escape(where)}</span></h3>{chart}</div>"
                )
    if not cards:
        return ""
    return _section("charts", "Charts", f"<div class='grid2'>{''.join(cards)}</div>")


def _findings(report: dict[str, Any], gate: dict[str, Any] | None) -> str:
    findings = report.get("findings") or []
    if not findings:
        return _section(
            "findings", "Findings", "<div class='card'>No performance problems found.</div>"
        )
    standing = {
        (g.get("rule"), g.get("table"), g.get("message")): g
        for g in (gate or {}).get("findings") or []
    }
    counts = {s: sum(1 for f in findings if f.get("severity") == s) for s in SEVERITIES}
    boxes = "".join(
        f"<label class='sev'><input type='checkbox' checked data-filter-severity='{s}'>"
        f"<span class='badge {s}'>{s}</span> {counts[s]}</label>"
        for s in SEVERITIES
    )
    rules = sorted({str(f.get("rule")) for f in findings})
    options = "".join(f"<option value='{escape(r)}'>{escape(r)}</option>" for r in rules)
    bar = (
        f"<div class='filters'>{boxes}<select id='filter-rule' aria-label='rule'><option value=''>all rules"
        f"</option>{options}</select><input id='filter-text' type='search' placeholder='search findings'>"
        f"<span class='count' id='filter-count'>{len(findings)} findings</span></div>"
    )
    cards = "".join(
        _finding(f, standing.get((f.get("rule"), f.get("table"), f.get("message"))))
        for f in findings
    )
    return _section("findings", f"Findings ({len(findings)})", bar + cards)


def _finding(f: dict[str, Any], standing: dict[str, Any] | None) -> str:
    severity = str(f.get("severity"))
    where = str(f.get("table") or "")
    if where and f.get("columns"):
        where += f" ({', '.join(map(str, f['columns']))})"
    head = (
        f"<span class='badge {escape(severity)}'>{escape(severity)}</span><span class='rule'>"
        f"{escape(str(f.get('rule')))}</span>"
        + (f"<span>{escape(where)}</span>" if where else "")
        + f"<span class='badge proof' title='what backs the claim'>{escape(str(f.get('proof')))}</span>"
    )
    if standing:
        if standing.get("blocking"):
            head += "<span class='badge block'>fails the gate</span>"
        head += f"<span class='muted small'>{escape(str(standing.get('status', '')))}</span>"
    rows = []
    origins = [str(o) for o in f.get("origins") or []]
    if origins:
        more = f" (+{len(origins) - MAX_ORIGINS} more)" if len(origins) > MAX_ORIGINS else ""
        rows.append(("at", escape(", ".join(origins[:MAX_ORIGINS]) + more)))
    items = humanize.evidence_items(f.get("evidence") or {})
    if items:
        rows.append(
            (
                "evidence",
                "<ul class='ev'>"
                + "".join(
                    f"<li><span class='muted'>{escape(label)}:</span> {escape(text)}</li>"
                    for label, text in items
                )
                + "</ul>",
            )
        )
    assumes = [_assumption(a) for a in f.get("assumes") or []]
    if assumes:
        rows.append(("assumes", "<br>".join(escape(a) for a in assumes)))
    fix = f.get("fix") or {}
    if fix:
        text = escape(str(fix.get("description") or ""))
        for key in ("sql", "drizzle"):
            if fix.get(key):
                text += f"<pre><code>{escape(str(fix[key]).strip())}</code></pre>"
        rows.append(("fix", text))
    if f.get("queries"):
        rows.append(
            (
                "plans",
                " ".join(
                    f"<a href='#q-{escape(str(q))}'>{escape(str(q)[:10])}</a>" for q in f["queries"]
                ),
            )
        )
    chart = (
        offset_curve_chart(f.get("evidence") or {}) if f.get("rule") == "offset-pagination" else ""
    )
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return (
        f"<article class='card finding {escape(severity)}' data-severity='{escape(severity)}' "
        f"data-rule='{escape(str(f.get('rule')))}'><div class='head'>{head}</div>"
        f"<p class='msg'>{escape(str(f.get('message') or ''))}</p><dl class='kv'>{dl}</dl>"
        + (f"<div class='chart' style='max-width:640px'>{chart}</div>" if chart else "")
        + "</article>"
    )


def _assumption(a: dict[str, Any]) -> str:
    try:
        return Assumption(**a).sentence()
    except (TypeError, ValueError):  # a report of another version: show what it says
        return ", ".join(f"{k} {v}" for k, v in a.items() if v is not None)


def _regressions(gate: dict[str, Any]) -> str:
    rows = gate.get("regressions", []) + gate.get("plan_changes", [])
    if not rows:
        return ""
    body = "".join(
        f"<tr><td>{FAILS if r.get('blocking') else ''}</td>"
        f"<td><code>{escape(' '.join(str(r.get('sql', '')).split())[:160])}</code></td>"
        f"<td class=num>{escape(humanize.count(r.get('buffers_before')))} → {escape(humanize.count(r.get('buffers_after')))}</td>"
        f"<td class=num>{escape(humanize.duration(r.get('ms_before')))} → {escape(humanize.duration(r.get('ms_after')))}</td>"
        f"<td class=small>{escape(str(r.get('message', '')))}</td></tr>"
        for r in rows
    )
    return _section(
        "regressions",
        f"Regressions and plan changes ({len(rows)})",
        "<div class='card'><table class='data'><thead><tr><th></th><th>Query</th><th class=num>Buffers</th>"
        f"<th class=num>Time</th><th>What changed</th></tr></thead><tbody>{body}</tbody></table></div>",
    )


def _queries(report: dict[str, Any]) -> str:
    queries = sorted(
        report.get("queries") or [],
        key=lambda q: (
            q.get("ms") is None,
            -max(q.get("calls") or 1, 1) * (q.get("ms") or 0),
            q["fingerprint"],
        ),
    )
    if not queries:
        return ""
    out = []
    for i, q in enumerate(queries):
        sql = " ".join(str(q.get("sql") or "").split())
        if q.get("ms") is not None:
            nums = (
                f"{max(q.get('calls') or 1, 1):,} calls × {humanize.duration(q['ms'])} · "
                f"{humanize.count(q.get('buffers'))} buffers"
            )
        else:
            nums = "not measured"
        origins = ", ".join(str(o) for o in (q.get("origins") or [])[:MAX_ORIGINS])
        body = f"<pre><code>{escape(str(q.get('sql') or ''))}</code></pre>"
        body += (
            f"<div class='muted small'>{escape(origins)} · {escape(str(q.get('kind', '')))} · parameters "
            f"{escape(str(q.get('params_source', '')))}</div>"
        )
        if q.get("plan"):
            body += render_plan(q["plan"])
        elif q.get("error"):
            body += f"<p class='muted'>{escape(str(q['error']))}</p>"
        out.append(
            f"<details class='q' id='q-{escape(str(q['fingerprint']))}'{' open' if i == 0 else ''}>"
            f"<summary><code>{escape(sql)}</code><span class='nums'>{escape(nums)}</span></summary>"
            f"<div class='body'>{body}</div></details>"
        )
    tools = (
        " <button type='button' data-plans='open' class='small'>open all</button> "
        "<button type='button' data-plans='close' class='small'>close all</button>"
    )
    return _section(
        "queries", f"Queries & plans ({len(queries)}, by total time)", "".join(out), tools
    )


def _problems(report: dict[str, Any]) -> str:
    problems = report.get("problems") or []
    if not problems:
        return ""
    rows = "".join(
        f"<tr><td><span class='badge {escape(str(p.get('severity')))}'>"
        f"{escape(str(p.get('severity')))}</span></td><td>{escape(str(p.get('stage')))}</td>"
        f"<td><code>{escape(str(p.get('origin') or ''))}</code></td><td>{escape(str(p.get('message')))}"
        + (f"<div class='muted small'>→ {escape(str(p['hint']))}</div>" if p.get("hint") else "")
        + "</td></tr>"
        for p in problems
    )
    return _section(
        "problems",
        f"Input problems ({len(problems)})",
        "<div class='card'><table class='data'><thead><tr><th>Severity</th><th>Stage</th><th>Where</th>"
        f"<th>What</th></tr></thead><tbody>{rows}</tbody></table></div>",
    )
