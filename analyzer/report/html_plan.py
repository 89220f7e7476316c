"""A measured plan as an HTML tree table: one row per node, pev2-style.

Input is the JSON report's plan (`json_report.plan_dict`). Each row: the node type, what it
reads (relation, index), its condition, rows estimated vs actual (a 10x misestimate is marked),
loops, shared buffers (inclusive of its children, as EXPLAIN counts them) and its own share of
the time: the node's total minus its children's, over the whole execution. Without timings (a
plan measured with TIMING OFF) the share is that of the buffers the node itself touched.
"""

from __future__ import annotations

from html import escape
from typing import Any

from dbperf import humanize

MISESTIMATE = 10.0  # actual rows this many times the estimate (or a tenth of it) is marked
HOT_SHARE = 0.5  # a node taking at least this share of the time gets the hot colour
_DETAIL = (
    ("index_cond", "Index Cond"),
    ("recheck_cond", "Recheck Cond"),
    ("hash_cond", "Hash Cond"),
    ("merge_cond", "Merge Cond"),
    ("join_filter", "Join Filter"),
    ("filter", "Filter"),
)


def render_plan(plan: dict[str, Any]) -> str:
    """The plan as a `<table class="plan">`; every text from the plan escaped."""
    root = plan.get("root") or {}
    timed = _total_ms(root) > 0
    whole = _total_ms(root) if timed else max(_buffers(root), 1)
    rows: list[str] = []
    _rows(root, "", "", timed, whole, rows)
    share = "Share of time (own)" if timed else "Share of buffers (own)"
    head = (
        "<tr><th>Node</th><th class=num>Rows est → actual</th><th class=num>Loops</th>"
        f"<th class=num>Shared buffers</th><th class=num>Time</th><th>{share}</th></tr>"
    )
    times = []
    if plan.get("execution_ms") is not None:
        times.append(f"execution {humanize.duration(plan['execution_ms'])}")
    if plan.get("planning_ms") is not None:
        times.append(f"planning {humanize.duration(plan['planning_ms'])}")
    caption = f"<caption class='muted small'>{escape(' · '.join(times))}</caption>" if times else ""
    return (
        f"<table class='plan'>{caption}<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def node_types(plan: dict[str, Any]) -> list[str]:
    """Every node type of the plan, depth first (for summaries and tests)."""
    out: list[str] = []

    def walk(node: dict[str, Any]) -> None:
        out.append(str(node.get("node_type", "")))
        for child in node.get("children", ()):
            walk(child)

    walk(plan.get("root") or {})
    return out


def _rows(
    node: dict[str, Any], lead: str, branch: str, timed: bool, whole: float, out: list[str]
) -> None:
    own = _own_ms(node) if timed else _own_buffers(node)
    share = max(0.0, min(own / whole, 1.0)) if whole else 0.0
    loops = node.get("actual_loops")
    ms = _total_ms(node)
    cells = [
        f"<td><span class='tree'>{escape(lead + branch)}</span>{_label(node)}{_details(node, lead, branch)}</td>",
        f"<td class=num>{_rows_cell(node)}</td>",
        f"<td class=num>{humanize.count(loops) if loops is not None else ''}</td>",
        f"<td class=num>{humanize.count(_buffers(node)) if _buffers(node) else ''}</td>",
        f"<td class=num>{humanize.duration(ms) if timed else ''}</td>",
        _share_cell(share),
    ]
    out.append(f"<tr>{''.join(cells)}</tr>")
    children = list(node.get("children", ()))
    below = lead + ("   " if branch == "└─ " else "│  " if branch else "")
    for i, child in enumerate(children):
        _rows(child, below, "└─ " if i == len(children) - 1 else "├─ ", timed, whole, out)


def _share_cell(share: float) -> str:
    hot = " hot" if share >= HOT_SHARE else ""
    return (
        f"<td><div class='share'><div class='track'><div class='fill{hot}' style='width:{share * 100:.1f}%'>"
        f"</div></div><span>{share * 100:.0f} %</span></div></td>"
    )


def _label(node: dict[str, Any]) -> str:
    text = f"<span class='nt'>{escape(str(node.get('node_type', '?')))}</span>"
    relation = node.get("relation")
    if relation:
        alias = node.get("alias")
        shown = relation + (f" {alias}" if alias and alias != relation else "")
        text += f" <span class='on'>on {escape(shown)}</span>"
    if node.get("index_name"):
        text += f" <span class='on'>using {escape(str(node['index_name']))}</span>"
    return text


def _details(node: dict[str, Any], lead: str, branch: str) -> str:
    parts = [f"{label}: {node[key]}" for key, label in _DETAIL if node.get(key)]
    if node.get("sort_key"):
        parts.append("Sort Key: " + ", ".join(map(str, node["sort_key"])))
    if node.get("sort_method"):
        spill = " (on disk)" if "external" in str(node["sort_method"]) else ""
        parts.append(f"Sort Method: {node['sort_method']}{spill}")
    removed = node.get("rows_removed_by_filter")
    if removed:
        parts.append(f"Rows Removed by Filter: {humanize.count(removed)}")
    if node.get("temp_written"):
        parts.append(f"Temp written: {humanize.count(node['temp_written'])} blocks")
    if not parts:
        return ""
    pad = escape(lead + ("   " if branch else ""))
    return "".join(
        f"<div class='det'><span class='tree'>{pad}</span>{escape(p)}</div>" for p in parts
    )


def _rows_cell(node: dict[str, Any]) -> str:
    est = node.get("plan_rows")
    actual = node.get("actual_rows")
    if actual is None:
        return escape(humanize.count(est))
    text = f"{escape(humanize.count(est))} → {escape(humanize.count(actual))}"
    low, high = min(est or 0, actual), max(est or 0, actual)
    if high >= 1 and high / max(low, 1) >= MISESTIMATE:
        factor = high / max(low, 1)
        return f"<span class='off' title='estimate off by {factor:,.0f}x'>{text}</span>"
    return text


def _total_ms(node: dict[str, Any]) -> float:
    return float(node.get("actual_total_ms") or 0) * float(node.get("actual_loops") or 1)


def _own_ms(node: dict[str, Any]) -> float:
    return max(_total_ms(node) - sum(_total_ms(c) for c in node.get("children", ())), 0.0)


def _buffers(node: dict[str, Any]) -> int:
    return int(node.get("shared_hit") or 0) + int(node.get("shared_read") or 0)


def _own_buffers(node: dict[str, Any]) -> float:
    return float(max(_buffers(node) - sum(_buffers(c) for c in node.get("children", ())), 0))
