"""Indexes the advisor proposes to drop, judged against the final plans (the chosen indexes in
place): duplicates, redundant prefixes (also of a chosen index), low-selectivity, and unused (info
level: the capture may not hold every query the application runs)."""

from __future__ import annotations

from dataclasses import replace

from dbperf.advisor.model import Proposal
from dbperf.advisor.workload_cost import Workload
from dbperf.context import Context
from dbperf.findings import IndexChange
from dbperf.rules import duplicate_index, low_selectivity_index, redundant_index, unused_index
from dbperf.rules.common import drop_index
from dbperf.schema.model import Index

UNUSED_CAVEAT = f"no captured query's plan uses it; {unused_index.CAVEAT}"


def drops(ctx: Context, w: Workload, creates: list[IndexChange]) -> list[Proposal]:
    """Indexes to drop, against the final plans (with the chosen indexes in place)."""
    final = Context(schema=ctx.schema, workload=ctx.workload, measurements=dict(w.base), shapes=ctx.shapes,
                    config=ctx.config, stats=ctx.stats, lab=None)
    used: dict[str, set[str]] = {}
    for fp, m in w.base.items():
        for node in m.plan.walk() if m.plan else ():
            if node.index_name:
                used.setdefault(ctx.schema.index_root(node.index_name), set()).add(fp)
    out: dict[str, Proposal] = {}

    def add(table_key: str, change: IndexChange, kind: str, level: str = "warning", caveat: str | None = None):
        if change.name in out:
            return
        table = ctx.table(table_key)
        index = next((ix for ix in table.indexes if ix.name == change.name), None) if table else None
        out[change.name] = Proposal("drop", change, queries=tuple(sorted(used.get(change.name, ()))),
                                    size_bytes=index.size_bytes if index else None,
                                    write_overhead_calls=w.write_calls(change.table), level=level,
                                    caveat=caveat, kind=kind)

    for finding in duplicate_index.check(final):
        for change in finding.fix.indexes if finding.fix else ():
            add(change.table, change, "duplicate")
    for table_key, table in sorted(ctx.schema.tables.items()):
        # the redundant-index rule's criterion, against the table's indexes and the chosen ones
        chosen = [Index(name=c.name, table=table_key, columns=c.columns, method=c.method, predicate=c.where,
                        include=c.include) for c in creates if c.table in (table_key, table.name)]
        for ix, wider in redundant_index.redundant_pairs(replace(table, indexes=[*table.indexes, *chosen])):
            if any(ix is c for c in chosen):
                continue
            add(table_key, drop_index(table_key, ix, f"Index {ix.name} on {table_key} "
                                        f"({', '.join(ix.columns)}) is a prefix of {wider.name}, which serves "
                                        "every lookup it could; drop it."), "redundant-prefix")
    for finding in low_selectivity_index.check(final):
        for change in finding.fix.indexes if finding.fix else ():
            add(change.table, change, "low-selectivity")
    for finding in unused_index.check(final):  # the unused-index rule's criterion, on the final plans
        for change in finding.fix.indexes if finding.fix else ():
            add(change.table, change, "unused", level="info", caveat=UNUSED_CAVEAT)
    return sorted(out.values(), key=lambda p: (p.level != "warning", p.table, p.change.name))
