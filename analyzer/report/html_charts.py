"""Inline SVG charts of the HTML report: the workload's top query shapes, an OFFSET cost curve,
before/after pairs. Plain SVG text (no script, no external font), every label escaped."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

from dbperf import humanize

WIDTH = 640
TOP_QUERIES = 10
BLUE, ORANGE, GREEN, GREY = "#0969da", "#fb8f44", "#1a7f37", "#8c959f"


@dataclass(frozen=True)
class Bar:
    label: str  # shown above the bar
    value: float
    text: str  # the value as shown at the bar's end
    title: str = ""  # tooltip (the full SQL)


def bar_chart(bars: list[Bar], *, caption: str) -> str:
    """Horizontal bars, biggest first, scaled to the biggest."""
    if not bars:
        return ""
    top = max(b.value for b in bars) or 1.0
    row, left, right = 34, 8, 150
    height = row * len(bars) + 8
    out = [_svg_open(height, caption)]
    for i, b in enumerate(bars):
        y = 6 + i * row
        w = max((WIDTH - left - right) * b.value / top, 1.5)
        out.append(
            f"<g><title>{escape(b.title or b.label)}</title>"
            f"<text class='lbl' x='{left}' y='{y + 10}'>{escape(_cut(b.label, 92))}</text>"
            f"<rect x='{left}' y='{y + 15}' width='{w:.1f}' height='12' rx='2' fill='{BLUE}'/>"
            f"<text class='v' x='{left + w + 6:.1f}' y='{y + 25}'>{escape(b.text)}</text></g>"
        )
    out.append("</svg>")
    return "".join(out)


def top_queries_chart(queries: list[dict[str, Any]], limit: int = TOP_QUERIES) -> str:
    """The measured query shapes with the most total time (calls × median ms on the seeded data)."""
    ranked = sorted(
        (q for q in queries if q.get("ms") is not None),
        key=lambda q: (-(q["calls"] or 1) * q["ms"], q["fingerprint"]),
    )[:limit]
    bars = []
    for q in ranked:
        calls = max(int(q.get("calls") or 1), 1)
        total = calls * q["ms"]
        origin = (q.get("origins") or [""])[0].rsplit("/", 1)[-1]
        label = (f"{origin} · " if origin else "") + " ".join(str(q["sql"]).split())
        text = f"{humanize.duration(total)} ({calls:,} × {humanize.duration(q['ms'])})"
        bars.append(Bar(label, total, text, title=str(q["sql"])))
    return bar_chart(bars, caption="Top query shapes by total time (calls × measured median)")


def offset_curve_chart(evidence: dict[str, Any]) -> str:
    """An offset-pagination finding's page measurements: shared buffers per page (y) at each
    measured OFFSET (x, evenly spaced), each point labelled with its ms; a page past the end of the
    data (0 rows) drawn hollow; the keyset query at the deepest page as a green diamond."""
    curve = evidence.get("cost_curve") or {}
    points = sorted(
        (int(k), p)
        for k, p in curve.items()
        if isinstance(p, dict) and p.get("buffers") is not None
    )
    if len(points) < 2:
        return ""
    keyset = None
    if evidence.get("keyset_buffers_at_deepest") is not None:
        with_rows = [o for o, p in points if p.get("rows")]
        deepest = evidence.get("deepest_page_offset") or (
            max(with_rows) if with_rows else points[-1][0]
        )
        keyset = (
            int(deepest),
            float(evidence["keyset_buffers_at_deepest"]),
            evidence.get("keyset_ms_at_deepest"),
        )
    height, left, right, top, bottom = 260, 64, 40, 34, 46
    y_max = _nice_max(max(float(p["buffers"]) for _, p in points))
    step = (WIDTH - left - right) / (len(points) - 1)
    xs = {o: left + i * step for i, (o, _) in enumerate(points)}

    def sy(y: float) -> float:
        return top + (height - top - bottom) * (1 - y / y_max)

    out = [_svg_open(height, "OFFSET cost curve: shared buffers per page against the offset")]
    for tick in _ticks(y_max):
        out.append(
            f"<line class='gridl' x1='{left}' x2='{WIDTH - right}' y1='{sy(tick):.1f}' y2='{sy(tick):.1f}'/>"
            f"<text x='{left - 6}' y='{sy(tick) + 4:.1f}' text-anchor='end'>{escape(_short(tick))}</text>"
        )
    out.append(
        f"<line class='axis' x1='{left}' x2='{WIDTH - right}' y1='{sy(0):.1f}' y2='{sy(0):.1f}'/>"
    )
    for o, _ in points:
        out.append(
            f"<text x='{xs[o]:.1f}' y='{height - bottom + 16}' text-anchor='middle'>{o:,}</text>"
        )
    out.append(
        f"<text x='{(left + WIDTH - right) / 2}' y='{height - 8}' text-anchor='middle'>OFFSET of the page "
        "(rows read and thrown away)</text>"
        f"<text x='14' y='{(top + height - bottom) / 2}' text-anchor='middle' "
        f"transform='rotate(-90 14 {(top + height - bottom) / 2})'>shared buffers per page</text>"
    )
    path = " ".join(
        f"{'M' if i == 0 else 'L'}{xs[o]:.1f},{sy(float(p['buffers'])):.1f}"
        for i, (o, p) in enumerate(points)
    )
    out.append(f"<path d='{path}' fill='none' stroke='{ORANGE}' stroke-width='2.5'/>")
    for o, p in points:
        x, y = xs[o], sy(float(p["buffers"]))
        past = not p.get("rows")
        tip = (
            f"OFFSET {o:,}: {humanize.count(p['buffers'])} shared buffers, {humanize.duration(p.get('ms'))}, "
            f"{humanize.count(p.get('rows'))} rows" + (" (past the last page)" if past else "")
        )
        label = humanize.duration(p.get("ms")) + (" · no rows" if past else "")
        anchor = "end" if x > WIDTH - right - 40 else "middle"
        fill = "#fff" if past else ORANGE
        out.append(
            f"<g><title>{escape(tip)}</title><circle cx='{x:.1f}' cy='{y:.1f}' r='4.5' fill='{fill}' "
            f"stroke='{ORANGE}' stroke-width='2'/><text class='v' x='{x + (4 if anchor == 'end' else 0):.1f}' "
            f"y='{y - 10:.1f}' text-anchor='{anchor}'>{escape(label)}</text></g>"
        )
    if keyset is not None and keyset[0] in xs:
        x, y = xs[keyset[0]], sy(keyset[1])
        tip = f"keyset at OFFSET {keyset[0]:,}: {humanize.count(keyset[1])} buffers, {humanize.duration(keyset[2])}"
        out.append(
            f"<g><title>{escape(tip)}</title><path d='M{x:.1f},{y - 7:.1f} L{x + 7:.1f},{y:.1f} "
            f"L{x:.1f},{y + 7:.1f} L{x - 7:.1f},{y:.1f} Z' fill='{GREEN}'/>"
            f"<text class='v' x='{x + (-10 if x > WIDTH * 0.55 else 10):.1f}' y='{y - 12:.1f}' "
            f"text-anchor='{'end' if x > WIDTH * 0.55 else 'start'}' style='fill:{GREEN}'>"
            f"keyset: {escape(humanize.count(keyset[1]))} buffers, {escape(humanize.duration(keyset[2]))}</text></g>"
        )
    out.append(
        _legend(
            [(ORANGE, "OFFSET page"), (GREEN, "keyset (cursor) page, same depth")]
            if keyset
            else [(ORANGE, "OFFSET page")],
            left,
            8,
        )
    )
    out.append("</svg>")
    return "".join(out)


def paired_bars(pairs: list[tuple[str, float, float, str, str]], *, caption: str, unit: str) -> str:
    """(label, before, after, before text, after text) as a grey and a green bar each, on one scale."""
    if not pairs:
        return ""
    top = max(max(b, a) for _, b, a, _, _ in pairs) or 1.0
    row, left, right = 46, 8, 170
    out = [_svg_open(row * len(pairs) + 30, caption)]
    out.append(
        _legend(
            [(GREY, f"before ({unit})"), (GREEN, f"with the proposed indexes ({unit})")], left, 8
        )
    )
    for i, (label, before, after, before_text, after_text) in enumerate(pairs):
        y = 26 + i * row
        wb = max((WIDTH - left - right) * before / top, 1.5)
        wa = max((WIDTH - left - right) * after / top, 1.5)
        out.append(
            f"<g><title>{escape(label)}</title><text class='lbl' x='{left}' y='{y + 10}'>{escape(_cut(label, 92))}</text>"
            f"<rect x='{left}' y='{y + 15}' width='{wb:.1f}' height='10' rx='2' fill='{GREY}'/>"
            f"<text x='{left + wb + 6:.1f}' y='{y + 24}'>{escape(before_text)}</text>"
            f"<rect x='{left}' y='{y + 28}' width='{wa:.1f}' height='10' rx='2' fill='{GREEN}'/>"
            f"<text class='v' x='{left + wa + 6:.1f}' y='{y + 37}'>{escape(after_text)}</text></g>"
        )
    out.append("</svg>")
    return "".join(out)


def _svg_open(height: int, caption: str) -> str:
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {WIDTH} {height}' role='img' "
        f"aria-label='{escape(caption)}'>"
    )


def _legend(entries: list[tuple[str, str]], x: float, y: float) -> str:
    out = []
    for colour, text in entries:
        out.append(
            f"<rect x='{x:.1f}' y='{y:.1f}' width='10' height='10' rx='2' fill='{colour}'/>"
            f"<text x='{x + 14:.1f}' y='{y + 9:.1f}'>{escape(text)}</text>"
        )
        x += 28 + 6.2 * len(text)
    return "".join(out)


def _nice_max(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^n at or above `value` (an axis' top)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def _ticks(top: float, n: int = 5) -> list[float]:
    return [top * i / n for i in range(n + 1)]


def _short(n: float) -> str:
    """1,500 -> 1.5k, 100000 -> 100k: axis labels."""
    if abs(n) >= 1_000_000:
        return f"{n / 1_000_000:g}M"
    if abs(n) >= 1000:
        return f"{n / 1000:g}k"
    return f"{n:g}"


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
