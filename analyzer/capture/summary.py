"""The top query groups of a capture, without a database: what `dbperf workload` prints.

The pgBadger-like view: calls, total / mean / p95 time, rows and an example
origin per query shape, from any capture format. Normalized SQL only (`$n`
placeholders) unless `show_values`: captured parameters and literals are
production data.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dbperf.diagnostics import Problems
from dbperf.workload import QueryGroup, Workload


def summarise(
    workload: Workload, problems: Problems, top: int = 20, sort: str = "total",
    show_values: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """The `dbperf workload` report as plain data (the JSON output)."""
    key = {
        "total": lambda g: (g.total_ms, g.calls),
        "calls": lambda g: (g.calls, g.total_ms),
        "mean": lambda g: (g.mean_ms or 0.0, g.calls),
        "p95": lambda g: (g.p95_ms or 0.0, g.calls),
    }[sort]
    groups = sorted(workload.groups.values(), key=key, reverse=True)
    shown = groups[:top] if top > 0 else groups
    timed = sum(g.total_ms for g in workload.groups.values())
    return {
        "version": 1,
        "sources": workload.sources,
        "formats": workload.formats,
        "statements": workload.statements,
        "query_groups": len(workload.groups),
        "utility_statements": workload.utility,
        "unparsable_statements": workload.unparsable,
        "total_ms": round(timed, 3),
        "groups": [_group(g, timed, workload, show_values) for g in shown],
        "n_plus_one_candidates": [
            {"fingerprint": fp, "bursts": count} for fp, count in workload.bursts.items()
        ],
        "problems": [
            {"message": p.message, "origin": str(p.origin) if p.origin else None, "hint": p.hint}
            for p in problems
        ],
    }


def _group(g: QueryGroup, timed: float, workload: Workload, show_values: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "fingerprint": g.fingerprint,
        "kind": g.kind,
        "sql": g.sql,
        "calls": g.calls,
        "total_ms": round(g.total_ms, 3),
        "share": round(g.total_ms / timed, 4) if timed else None,
        "mean_ms": _round(g.mean_ms),  # over the timed calls only: timed_calls of calls
        "timed_calls": g.timed_calls,
        "p95_ms": _round(g.p95_ms),
        "max_ms": _round(g.max_ms),
        "rows": g.rows if g.counted_rows else None,
        "origin": str(g.example.origin),
        "n_plus_one_bursts": workload.bursts.get(g.fingerprint, 0),
        "plans": len(g.plans),
    }
    if show_values:
        out["example"] = {"sql": g.example.sql, "params": g.example.params}
    return out


def _mean(g: dict[str, Any]) -> str:
    """The mean, and over how many calls when some carried no duration (a statement log line
    without its `duration:` line)."""
    return _ms(g["mean_ms"]) + ("*" if _partly_timed(g) else "")


def _partly_timed(g: dict[str, Any]) -> bool:
    return g["mean_ms"] is not None and g["timed_calls"] < g["calls"]


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def render(report: dict[str, Any], console: Console) -> None:
    console.print(
        f"[bold]{report['statements']:,}[/] statements, [bold]{report['query_groups']}[/] query "
        f"shapes, {report['total_ms'] / 1000:,.1f} s captured "
        f"({report['utility_statements']:,} utility, {report['unparsable_statements']:,} unparsable)"
    )
    table = Table(show_lines=False)
    for column, justify in (("calls", "right"), ("total ms", "right"), ("%", "right"),
                            ("mean", "right"), ("p95", "right"), ("rows", "right"),
                            ("query", "left"), ("origin", "left")):
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for g in report["groups"]:
        sql = " ".join(g["sql"].split())
        if len(sql) > 120:
            sql = sql[:117] + "…"
        if "example" in g:
            sql += "\n[dim]e.g. " + escape(" ".join(g["example"]["sql"].split())[:200]) + (
                f" {escape(repr(g['example']['params']))}" if g["example"]["params"] else "") + "[/]"
        table.add_row(
            f"{g['calls']:,}", f"{g['total_ms']:,.1f}",
            f"{g['share'] * 100:.1f}" if g["share"] is not None else "",
            _mean(g), _ms(g["p95_ms"]),
            f"{g['rows']:,}" if g["rows"] is not None else "",
            escape(sql) if "example" not in g else sql, escape(g["origin"]),
        )  # fmt: skip
    console.print(table)
    partly = [g for g in report["groups"] if _partly_timed(g)]
    if partly:
        console.print("* mean over the calls that carry a duration only: "
                      + ", ".join(f"{g['timed_calls']:,} of {g['calls']:,}" for g in partly[:5])
                      + (" …" if len(partly) > 5 else "")
                      + " (the others were logged without a duration)")
    if report["n_plus_one_candidates"]:
        console.print(f"{len(report['n_plus_one_candidates'])} query shape(s) repeat in bursts "
                      "(N+1 candidates: `dbperf audit` measures them)")
    for problem in report["problems"][:10]:
        where = f"{problem['origin']}: " if problem["origin"] else ""
        console.print(f"[yellow]warning[/] {escape(where + problem['message'])}")
    if len(report["problems"]) > 10:
        console.print(f"… and {len(report['problems']) - 10} more problems (--format json)")


def _ms(value: float | None) -> str:
    return f"{value:,.3f}" if value is not None else ""
