"""The index advisor's part of the HTML report: totals, each query before/after the proposed
indexes (shared buffers and ms), the proposals, and what was not proposed and why.

Input is the advice's JSON (docs/advisor.md), as `dbperf advise --format json` writes it and the
JSON report carries under `advice`.
"""

from __future__ import annotations

from html import escape
from typing import Any

from dbperf import humanize
from dbperf.report.html_charts import paired_bars

MAX_PAIRS = 15  # queries drawn before/after, the biggest buffer savings first


def render_advice(advice: dict[str, Any], queries: dict[str, dict[str, Any]]) -> str:
    """The advice section's inner HTML; `queries` (fingerprint -> query of the report) names them."""
    work = advice.get("workload") or {}
    part = work.get("index_addressable") or {}
    proposals = advice.get("proposals") or []
    creates = [p for p in proposals if p.get("action") == "create"]
    drops = [p for p in proposals if p.get("action") == "drop"]
    out = [
        "<div class='cards'>",
        _stat(
            f"{humanize.duration(work.get('before_ms'))} → {humanize.duration(work.get('after_ms'))}",
            f"workload time, {work.get('queries', 0)} queries",
        ),
        _stat(
            f"{humanize.duration(part.get('before_ms'))} → {humanize.duration(part.get('after_ms'))}",
            f"index-addressable part, {part.get('queries', 0)} queries",
        ),
        _stat(str(len(creates)), "to create"),
        _stat(str(len(drops)), "to drop"),
        _stat(str(len(advice.get("rejected") or [])), "candidates not proposed"),
        "</div>",
    ]
    changed = advice.get("queries_changed") or []
    if changed:
        out.append("<div class='grid2' style='margin-top:12px'>")
        out.append(
            _card("Shared buffers per query, before → after", _pairs(changed, queries, "buffers"))
        )
        out.append(_card("Time per query, before → after", _pairs(changed, queries, "ms")))
        out.append("</div>")
    if proposals:
        out.append(
            "<div class='card' style='margin-top:12px'><h3>Proposed changes</h3><table class='data'>"
            "<thead><tr><th>Action</th><th>Index</th><th class=num>Queries</th>"
            "<th class=num>Buffers (workload)</th><th class=num>Workload time</th><th class=num>Size</th>"
            "<th>Why</th></tr></thead><tbody>"
        )
        for p in proposals:
            buffers = (
                f"{humanize.count(p['before_buffers'])} → {humanize.count(p['after_buffers'])}"
                if p.get("before_buffers") is not None and p.get("after_buffers") is not None
                else ""
            )
            ms = (
                f"{humanize.duration(p['before_ms'])} → {humanize.duration(p['after_ms'])}"
                if p.get("before_ms") is not None and p.get("after_ms") is not None
                else ""
            )
            what = (
                "create statistics"
                if p.get("kind") == "statistics"
                else f"{p.get('action')} ({p.get('kind')})"
            )
            out.append(
                f"<tr><td>{escape(what)}</td><td><code>{escape(str(p.get('sql') or ''))}</code></td>"
                f"<td class=num>{len(p.get('queries') or [])}</td><td class=num>{escape(buffers)}</td>"
                f"<td class=num>{escape(ms)}</td><td class=num>{escape(humanize.size(p.get('size_bytes')))}</td>"
                f"<td class='small'>{escape(str(p.get('reason') or ''))}</td></tr>"
            )
        out.append("</tbody></table></div>")
    notes = [
        f"<li><b>rewrite</b> {escape(str(r.get('why') or r.get('fix') or ''))}</li>"
        for r in advice.get("rewrites") or []
    ]
    notes += [
        f"<li><b>not proposed</b> <code>{escape(str(r.get('index')))}</code> ({escape(str(r.get('reason')))}): "
        f"{escape(str(r.get('detail')))}</li>"
        for r in advice.get("rejected") or []
    ]
    notes += [
        f"<li><b>not measured</b> {escape(str(u.get('origin') or u.get('query')))}: {escape(str(u.get('error')))}</li>"
        for u in work.get("unmeasured") or []
    ]
    if notes:
        out.append(
            f"<details class='q' style='margin-top:12px'><summary><b>Rewrites, candidates not proposed "
            f"and why ({len(notes)})</b></summary><div class='body'><ul class='small'>{''.join(notes)}</ul>"
            "</div></details>"
        )
    return "".join(out)


def _pairs(changed: list[dict[str, Any]], queries: dict[str, dict[str, Any]], what: str) -> str:
    rows = [
        c
        for c in changed
        if c.get(f"before_{what}") is not None and c.get(f"after_{what}") is not None
    ]
    rows.sort(key=lambda c: (-(c["before_buffers"] or 0) + (c["after_buffers"] or 0), c["query"]))
    show = humanize.count if what == "buffers" else humanize.duration
    pairs = []
    for c in rows[:MAX_PAIRS]:
        q = queries.get(c["query"], {})
        origin = str(c.get("origin") or "").rsplit("/", 1)[-1]
        label = f"{origin} · {' '.join(str(q.get('sql', c['query'])).split())}"
        pairs.append(
            (
                label,
                float(c[f"before_{what}"]),
                float(c[f"after_{what}"]),
                show(c[f"before_{what}"]),
                show(c[f"after_{what}"]),
            )
        )
    unit = "shared buffers" if what == "buffers" else "median ms"
    return paired_bars(
        pairs, caption=f"{unit} per query before and after the proposed indexes", unit=unit
    )


def _stat(value: str, label: str) -> str:
    return (
        f"<div class='card stat'><div class='n' style='font-size:18px'>{escape(value)}</div>"
        f"<div class='l'>{escape(label)}</div></div>"
    )


def _card(title: str, body: str) -> str:
    return f"<div class='card chart'><h3>{escape(title)}</h3>{body}</div>"
