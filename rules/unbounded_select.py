"""Unbounded select: a SELECT without LIMIT returns thousands of rows of a growing table.

What it finds
-------------
A SELECT whose captured statements never carry a LIMIT nor an OFFSET, whose
main table is large (at least `[thresholds] large_table_rows` seeded rows —
the size stats.json or `[seed] rows` give it), and that returns at least
`[thresholds] unbounded_rows` rows (default 1,000) per call when measured with
EXPLAIN ANALYZE on the seeded data — Drizzle's `db.select().from(posts)` or
`findMany()` with no `limit`. Queries that are bounded by their form are left
out: an equality on every column of the primary key or of a UNIQUE constraint
(one row at most), and aggregate output without GROUP BY (one row). The
evidence is the measured rows per call, the planner's row width and their
product in bytes, the time and shared buffers, the captured calls, and the
first page of the paginated rewrite (ordered by the primary key when the
query has no ORDER BY) measured on the same data.

It differs from `over-select`, which is about the columns of each row (wide
text/jsonb fetched and thrown away) whatever the row count, and from
`offset-pagination`, which is about pages that have a LIMIT but reach deep rows
through OFFSET: a query with an OFFSET is left to that rule.

Why it is slow
--------------
The whole result is read, sent and decoded by the driver on every call, and
held in the application's memory at once: 20,000 posts at 200 bytes are 4 MB
per request. The cost grows with the table — fast on a developer's laptop
with 50 rows, a timeout (or an out-of-memory crash) in production a year
later — and no index helps, since every row is wanted.

How to fix it
-------------
Page through the rows with a cursor on a unique order (keyset pagination),
or put a LIMIT on what a screen can show:

    SELECT id, title FROM posts
    WHERE id > $1            -- the last id of the previous page
    ORDER BY id LIMIT 100;

In Drizzle:

    db.select().from(posts).where(gt(posts.id, cursor.id)).orderBy(asc(posts.id)).limit(100)

If the application really needs every row (an export), stream it in batches
(a cursor, or the keyset loop above) rather than one result set.
"""

from __future__ import annotations

from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.humanize import size
from dbperf.migrate.drizzle_index import camel_case
from dbperf.rules.common import measured_groups, origins
from dbperf.rules.offset_pagination import drizzle_keyset
from dbperf.sql.paging import inline_params, paginated
from dbperf.sql.rewrite import keyset_rewrite
from dbperf.sql.shape import QueryShape, analyze

ID = "unbounded-select"
SEVERITY = "warning"
SUMMARY = "A SELECT without LIMIT returns thousands of rows of a growing table on every call."

PAGE_SIZE = 100  # rows per page in the proposed rewrite


def check(ctx: Context) -> Iterable[Finding]:
    for group, shape, m in measured_groups(ctx, kind="select"):
        rows = int(m.rows or 0)
        if rows < ctx.config.unbounded_rows or not ctx.is_large(shape.target):
            continue
        if _bounded(ctx, group, shape):
            continue
        table = ctx.table(shape.target)
        width = m.plan.root.plan_width if m.plan else 0
        evidence: dict = {
            "rows_per_call": rows,
            "row_width_bytes": width,
            "bytes_per_call": rows * width,
            "table_rows": table.rows if table else None,
            "ms": round(m.ms, 3) if m.ms is not None else None,
            "buffers": m.buffers,
            "captured_calls": group.calls,
        }
        sql = group.example.sql
        paged = paginated(sql, shape.target, _order_columns(ctx, shape), PAGE_SIZE)
        keyset = keyset_rewrite(paged, analyze(paged, ctx.schema), ctx.schema) if paged else None
        if paged and ctx.lab is not None:
            params = group.example.params if group.example.params is not None else m.params
            first = inline_params(paged, params)
            page = ctx.lab.measure_raw(first) if first else None
            if page is not None and page.ok:
                evidence["first_page_rows"] = int(page.rows or 0)
                evidence["first_page_ms"] = round(page.ms, 3) if page.ms is not None else None
                evidence["first_page_buffers"] = page.buffers
        after = ""
        if "first_page_ms" in evidence and evidence["first_page_ms"] is not None:
            after = f"; a page of {PAGE_SIZE} takes {evidence['first_page_ms']:.2f} ms"
        took = f" in {m.ms:.1f} ms" if m.ms is not None else ""
        message = (f"Query returns all {rows:,} matching rows of {shape.target} "
                   f"({size(rows * width)} per call){took} with no LIMIT{after}.")
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            proof="measured",  # rows per call: EXPLAIN ANALYZE on the seeded data
            message=message,
            table=shape.target,
            queries=(group.fingerprint,),
            origins=origins([group]),
            evidence=evidence,
            fix=Fix(
                description=(f"Paginate with a cursor on a unique order (keyset), {PAGE_SIZE} rows "
                             "a page, or put a LIMIT on what the caller shows."),
                sql=keyset.sql if keyset is not None else paged,
                drizzle=(f"db.select().from({camel_case(table.name)})"
                         + drizzle_keyset(table.name, keyset, PAGE_SIZE, filtered=shape.has_where)
                         if keyset is not None and table is not None else f".limit({PAGE_SIZE})"),
            ),
        )


def _bounded(ctx: Context, group, shape: QueryShape) -> bool:
    """The query cannot return many rows by its form, or a captured variant has a LIMIT or OFFSET.

    pglast fingerprints ignore LIMIT and OFFSET, so every captured variant of the group is read.
    """
    if shape.aggregates and not shape.group_by:
        return True  # one row
    table = ctx.table(shape.target)
    if table is not None:
        equal = {p.column.column for p in shape.predicates
                 if p.column.table == shape.target and p.op == "=" and p.function is None
                 and p.value in ("param", "literal") and p.clause == "where"}
        keys = [table.primary_key, *table.uniques]
        if any(key and set(key) <= equal for key in keys):
            return True  # one row at most
    seen: dict[str, QueryShape | None] = {group.example.sql: shape}
    for sample in [group.example, *group.samples]:
        if sample.sql not in seen:
            seen[sample.sql] = analyze(sample.sql, ctx.schema)
    for variant in seen.values():
        if variant is None:
            continue
        if variant.limit is not None or variant.limit_param is not None:
            return True
        if variant.offset is not None or variant.offset_param is not None:
            return True  # offset-pagination's
    return False


def _order_columns(ctx: Context, shape: QueryShape) -> list[str]:
    """The columns to order pages by when the query has no ORDER BY: the primary key, else a
    UNIQUE key."""
    if shape.order_by:
        return []
    table = ctx.table(shape.target)
    if table is None:
        return []
    key = table.primary_key or next((u for u in table.uniques), ())
    return list(key)
