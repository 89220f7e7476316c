"""Over-select: every column of a table (wide text/jsonb included) returned for many rows.

What it finds
-------------
`SELECT *`, `SELECT t.*`, or an explicit list of every column — what
Drizzle's `db.select().from(posts)` and `db.query.posts.findMany()` without
`columns:` send — on a query that returns many rows, when the table has
wide columns (`text`, `jsonb`, `bytea` averaging 100 bytes or more), at least
10 rows and 16 kB per call. The evidence is measured on the
seeded data: rows per call, times the planner's row width (pg_stats' average
column widths) with and without the wide columns.

Why it is slow
--------------
Every byte is read (often from the TOAST table, one extra lookup per long
value), serialized, sent over the network and parsed by the driver, and
usually thrown away by the page that only shows a title. A list of 20 posts
with their 4 KB bodies is 80 KB per call instead of 2 KB. It also rules out
index-only scans.

How to fix it
-------------
Select the columns the caller uses:

    SELECT id, title, slug, created_at FROM posts WHERE … LIMIT 20;

In Drizzle:

    db.select({ id: posts.id, title: posts.title, createdAt: posts.createdAt }).from(posts)
    db.query.posts.findMany({ columns: { id: true, title: true, createdAt: true } })
"""

from __future__ import annotations

from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.humanize import size
from dbperf.rules.common import measured_groups, origins
from dbperf.sql.rewrite import narrow_select

ID = "over-select"
SEVERITY = "warning"
SUMMARY = "All columns, including wide text/jsonb ones, are fetched for many rows."

WIDE_TYPES = {"text", "jsonb", "json", "bytea", "xml", "tsvector"}
WIDE_BYTES = 100  # average width (pg_stats) that makes a column "wide"
MIN_ROWS = 10  # fewer rows per call than this is never worth a finding
MIN_BYTES = 16 * 1024  # per call


def check(ctx: Context) -> Iterable[Finding]:
    for group, shape, m in measured_groups(ctx, kind="select"):
        if shape.aggregates:
            continue
        for table_name in shape.all_columns_of:
            table = ctx.table(table_name)
            if table is None:
                continue
            wide = [c.name for c in table.columns
                    if c.base_type in WIDE_TYPES and (c.avg_width or 0) >= WIDE_BYTES]
            rows = m.rows or 0
            width = m.plan.root.plan_width if m.plan else 0
            bytes_per_call = int(rows * width)
            if not wide or rows < MIN_ROWS or bytes_per_call < MIN_BYTES:
                continue
            keep = [c.name for c in table.columns if c.name not in wide]
            narrowed_sql = narrow_select(group.example.sql, keep, table_name)
            widths = {c: table.column(c).avg_width or 0 for c in wide}
            # The planner's row width is the sum of its columns' pg_stats widths: without the wide
            # ones it is that sum less theirs. No second run: EXPLAIN ANALYZE neither detoasts nor
            # sends the rows it returns, so a measured narrowed query takes the time of the full one.
            narrowed_width = max(0, width - sum(widths.values()))
            evidence = {
                "rows_per_call": int(rows),
                "row_width_bytes": width,
                "bytes_per_call": bytes_per_call,
                "wide_columns": widths,
                "ms": round(m.ms, 3) if m.ms is not None else None,
                "narrowed_bytes_per_call": int(rows * narrowed_width),
            }
            # sizes in the units the report shows the evidence in (humanize.size: 29.8 kB, 116 MB)
            message = (
                f"Query returns every column of {table_name} for {int(rows):,} rows ({size(bytes_per_call)} "
                f"per call), including wide {', '.join(wide)}; without them it is "
                f"{size(evidence['narrowed_bytes_per_call'])}."
            )
            yield Finding(
                rule=ID,
                severity=SEVERITY,
                proof="estimated",  # measured rows times the planner's row width
                message=message,
                table=table_name,
                columns=tuple(wide),
                queries=(group.fingerprint,),
                origins=origins([group]),
                evidence=evidence,
                fix=Fix(
                    description=f"Select only the columns the caller uses; leave out {', '.join(wide)}.",
                    sql=narrowed_sql,
                    drizzle="db.select({ id: t.id, … }).from(t)  or  findMany({ columns: { id: true, … } })",
                ),
            )
