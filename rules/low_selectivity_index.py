"""Low-selectivity index: an index on a column with only a handful of distinct values.

What it finds
-------------
A plain single-column B-tree index on a boolean, or on a column whose
seeded statistics show at most 5 distinct values with one of them dominant
(`published`, `deleted`, `status`, `role`). The evidence has the column's
distinct values, the share of its most common value, the index size,
whether any captured query's plan used the index, and how many read most of
the table through it. The most common value's share is counted on the seeded
data and stated with where it came from (`assumes`, rules/shares.py): the
verdict on a non-boolean column holds while it is at least 40 %.

Why it is slow
--------------
For the common value the planner will not use the index at all: reading
80 % of a table through an index costs more random I/O than a sequential
scan. So the index is maintained on every write and never read. For the
rare value it can help, but a *partial* index serves that case at a
fraction of the size. One exception is measured, not assumed: a count of
the common value (or of every row) can read such an index by Index Only
Scan, a deduplicated B-tree far smaller than the table. The finding then
says how many captured queries read most of the table through it, and asks
to measure before dropping it.

How to fix it
-------------
Drop it, or, when queries look for the rare value, replace it with a
partial index on the column they sort or filter by next (read from those
queries: their ORDER BY on the table, else their other filters on it, else
the primary key):

    DROP INDEX CONCURRENTLY IF EXISTS published_idx;
    CREATE INDEX CONCURRENTLY posts_created_at_published_idx ON posts (created_at) WHERE published;

In Drizzle: ``index('…').on(table.createdAt).where(sql`${table.published}`)``.
"""

from __future__ import annotations

from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.ddl import drop_index_sql, qualified, quote_ident
from dbperf.migrate.drizzle_index import camel_case
from dbperf.rules import shares
from dbperf.rules.common import drop_index

ID = "low-selectivity-index"
SEVERITY = "warning"
SUMMARY = "An index on a boolean or a column with a few dominant values: maintained on every write, rarely used."

MAX_DISTINCT = 5
MIN_COMMON_FREQ = 0.4


def check(ctx: Context) -> Iterable[Finding]:
    used: dict[str, list[str]] = {}  # index name -> fingerprints of the queries whose plans use it
    for m in ctx.measurements.values():
        for node in m.plan.walk() if m.plan else ():
            if node.index_name:
                used.setdefault(ctx.schema.index_root(node.index_name), []).append(m.fingerprint)
    for table_key, table in sorted(ctx.schema.tables.items()):
        for index in table.indexes:
            if index.unique or index.predicate or index.expressions or len(index.columns) != 1:
                continue
            if index.method != "btree":
                continue
            column = table.column(index.columns[0])
            if column is None:
                continue
            stats = ctx.stats.get((table_key, column.name))
            distinct = stats.distinct(table.rows or 0) if stats else None
            boolean = column.base_type == "boolean"
            few = stats is not None and distinct is not None and distinct <= MAX_DISTINCT \
                and stats.most_common_freq >= MIN_COMMON_FREQ
            if not (boolean or few):
                continue
            users = [ctx.workload.groups[f] for f in dict.fromkeys(used.get(index.name, ()))
                     if f in ctx.workload.groups]
            common = [g for g in users if _reads_common_value(ctx, g.fingerprint, index.name, table.rows)]
            rare = [g for g in users if g not in common]
            following = _next_columns(ctx, rare, table_key, column.name) or list(table.primary_key[:1])
            dominant = shares.dominant_assumption(ctx, table_key, column.name, None if boolean else MIN_COMMON_FREQ)
            yield _finding(table_key, index, column.name, column.type, stats, distinct, users, common,
                           dominant, following)


def _next_columns(ctx: Context, groups: list, table: str, column: str) -> list[str]:
    """The columns of `table` the rare-value queries sort by, else the ones they also filter by:
    the key of the partial index that replaces a low-selectivity one."""
    for group in groups:
        shape = ctx.shapes.get(group.fingerprint)
        if shape is None:
            continue
        ordered = [ref.column for ref, _ in shape.order_by
                   if ref is not None and ref.table == table and ref.column != column]
        if ordered:
            return list(dict.fromkeys(ordered))
    for group in groups:
        shape = ctx.shapes.get(group.fingerprint)
        filtered = [p.column.column for p in (shape.predicates_on(table) if shape else ())
                    if p.column.column != column and p.function is None and p.clause == "where"]
        if filtered:
            return list(dict.fromkeys(filtered))
    return []


def _reads_common_value(ctx: Context, fingerprint: str, index_name: str, table_rows: int | None) -> bool:
    """The query's plan reads at least MIN_COMMON_FREQ of the table through the index: the common
    value, which an Index Only Scan of a small deduplicated index can count cheaply."""
    m = ctx.measurements.get(fingerprint)
    if m is None or m.plan is None or not table_rows:
        return False
    return any(n.index_name == index_name and n.rows_out >= MIN_COMMON_FREQ * table_rows for n in m.plan.walk())


def _finding(table, index, column, col_type, stats, distinct, users, common=(), dominant=None,
             following=()) -> Finding:
    key = ", ".join(quote_ident(c) for c in following) or "…"
    drizzle_key = ", ".join(f"table.{camel_case(c)}" for c in following) or "…"
    used = bool(users)
    share = f", {stats.most_common_freq:.0%} of rows share one value" if stats else ""
    rare = len(users) - len(common)
    uses = []
    if common:
        uses.append(f"{len(common)} captured quer{'y reads' if len(common) == 1 else 'ies read'} most of the table "
                    "through it (this small index stands in for the table: measure before dropping it)")
    if rare:
        uses.append(f"{rare} captured quer{'y uses' if rare == 1 else 'ies use'} it for a rare value")
    message = (
        f"Index {index.name} on {table} ({column}) indexes a {col_type} column with "
        f"{int(distinct) if distinct is not None else 2} distinct values{share}"
        + ("; no captured query used it" if not used else "; " + "; ".join(uses))
        + (shares.sentences([dominant]) if dominant is not None else "") + "."
    )
    change = drop_index(table, index, reason=message)
    return Finding(
        rule=ID,
        severity=SEVERITY,
        proof="estimated",  # the distinct values and shares are the seeded data's statistics
        message=message,
        table=table,
        columns=index.columns,
        assumes=(dominant,) if dominant is not None else (),
        queries=tuple(g.fingerprint for g in users),
        origins=tuple(str(o) for o in (index.origin, *(g.example.origin for g in users)) if o),
        evidence={
            "index": index.name,
            "type": col_type,
            "distinct_values": int(distinct) if distinct is not None else None,
            "most_common_freq": round(stats.most_common_freq, 3) if stats else None,
            "size_bytes": index.size_bytes,
            "used_by_workload": used,
            "queries_reading_most_rows": len(common),
        },
        fix=Fix(
            description=(f"Measure before dropping {index.name}: the queries above read most of {table} through it; "
                         "without it they read the table or another index." if used and not rare else
                         f"Replace {index.name} by a partial index for the rare value the queries look for, "
                         f"on the column they sort or filter by next: CREATE INDEX … ON {qualified(table)} ({key}) "
                         f"WHERE {quote_ident(column)} = …; then drop {index.name}." if used else
                         f"Drop {index.name}: the planner reads the table rather than use it for common values."),
            sql=None if used else drop_index_sql(change),
            drizzle=(f"index('…').on({drizzle_key}).where(sql`${{table.{camel_case(column)}}} = …`)" if rare
                     else None if used  # nothing to replace it with: measure first
                     else f"Remove index('{index.name}') from schema.ts."),
            indexes=() if used else (change,),  # a used index is not dropped before its replacement exists
        ),
    )
