"""The index advice on a rich console: totals, the proposals with their measured why, every
candidate tried and not kept with its reason, the rewrites an index cannot replace, and the writes
left out of the write cost (`dbperf advise`, `dbperf audit --advise`)."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dbperf.advisor.model import Advice


def render(advice: Advice, console: Console) -> None:
    stats = f", {len(advice.statistics)} statistics object(s)" if advice.statistics else ""
    console.print(f"[bold]Workload[/bold]: {advice.queries} queries, {advice.before_ms:,.1f} ms → "
                  f"{advice.after_ms:,.1f} ms ({advice.ratio:.2f}x) with {len(advice.creates)} new index(es){stats}, "
                  f"{len(advice.drops)} to drop; {advice.trials} trials in {advice.seconds:.1f} s")
    console.print(f"[bold]Index-addressable part[/bold] ({advice.addressable_queries} queries with a filter, join "
                  f"or ORDER BY … LIMIT on a table an index can narrow): {advice.addressable_before_ms:,.1f} ms → "
                  f"{advice.addressable_after_ms:,.1f} ms ({advice.addressable_ratio:.2f}x)")
    rest = [r for r in advice.not_addressable if r[2] >= 0.01 * max(advice.after_ms, 1e-9)]
    if rest:
        console.print(escape("No index speeds up the rest (" + ", ".join(
            f"{origin or fp}: {ms:,.1f} ms" for fp, origin, ms in rest[:3]) + ")"), soft_wrap=True)
    table = Table(show_lines=False, box=box.SIMPLE_HEAD)
    table.add_column("action")
    table.add_column("index", ratio=1)  # the one column that may wrap (between words)
    for column in ("queries", "ms", "size", "build", "writes"):  # numbers are never cut
        table.add_column(column, justify="right", no_wrap=True)
    for p in advice.proposals:
        where = f" WHERE {p.change.where}" if p.change.where else ""
        ms = f"{p.before_ms:,.1f} → {p.after_ms:,.1f}" if p.before_ms is not None and p.after_ms is not None else ""
        table.add_row(
            ("create statistics" if p.kind == "statistics" else p.action) + (" (info)" if p.level == "info" else ""),
            escape(f"{p.table} ({', '.join(p.columns)}){where}"),
            str(len(p.queries)), ms, f"{(p.size_bytes or 0) / 2**20:.1f} MB",
            f"{p.build_ms / 1000:.1f} s" if p.build_ms is not None else "", str(p.write_overhead_calls))
    console.print(table)
    for p in advice.proposals:  # the why, unabridged: the table would cut it to a word per line
        console.print(f"[bold]{p.action} {escape(p.change.name)}[/bold]: {escape(p.change.reason)}", soft_wrap=False)
    for r in advice.rewrites:
        console.print(f"[bold]rewrite[/bold] {escape(r.sentence)}", soft_wrap=False)
    for u in advice.uncounted_writes:
        console.print(f"[bold]write cost[/bold]: {escape(u.sentence)}", soft_wrap=False)
    for r in advice.rejected:
        console.print(f"[dim]not proposed {escape(r.index)}[/dim] ({r.reason}): {escape(r.detail)}", soft_wrap=True)
    for fp, origin, why in advice.unmeasured:
        console.print(f"[yellow]not measured[/yellow] {escape(origin or fp)}: {escape(why)} (no advice for this "
                      "query)", soft_wrap=False)
