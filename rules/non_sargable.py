"""Non-sargable predicate: a function wrapped around an indexed or filtered column.

What it finds
-------------
A filter that applies a function to a column of a large table —
`lower(email) = $1`, `date(created_at) = '2025-01-15'`, `created_at::date = $1`
— when no expression index matches it. A plain index on `email` or
`created_at` cannot serve it: the index is ordered by the column, not by the
function's result. dbperf measures the fix on the seeded data: an
expression index for `lower()`/`upper()`, the equivalent range for `date()`.

Why it is slow
--------------
PostgreSQL must compute the function for every row and compare: a full
sequential scan even when the column has an index, on every call.

How to fix it
-------------
Compare the bare column with a range, so the existing index works:

    WHERE created_at >= '2025-01-15' AND created_at < '2025-01-16'

or index the expression the query uses:

    CREATE INDEX CONCURRENTLY IF NOT EXISTS user_lower_email_idx ON "user" (lower(email));

For case-insensitive emails, a `citext` column or storing the lower-cased
value avoids the problem. In Drizzle, an expression index is
``index('user_lower_email_idx').on(sql`lower(${table.email})`)``; the range is
`and(gte(posts.createdAt, day), lt(posts.createdAt, nextDay))`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.ddl import create_index_sql, quote_ident
from dbperf.migrate.drizzle_index import drizzle_index_builder
from dbperf.rules.common import (
    before_after,
    measured_groups,
    new_index,
    origins,
    partitions_of,
    trial_ddl,
    verified,
)
from dbperf.sql.sargable import date_range_rewrite

ID = "non-sargable"
SEVERITY = "warning"
SUMMARY = "A function around a filtered column (lower(email), date(created_at)) prevents index use."

COMPARISONS = {"=", "<", "<=", ">", ">=", "in", "between", "any"}
CASE_FUNCTIONS = {"lower", "upper"}
DATE_FUNCTIONS = {"date", "cast", "::date"}


def check(ctx: Context) -> Iterable[Finding]:
    for group, shape, before in measured_groups(ctx):
        seen = set()
        for p in shape.predicates:
            if not p.function or p.op not in COMPARISONS or p.value not in ("param", "literal"):
                continue
            table, column = p.column.table, p.column.column
            if (table, column) in seen or not ctx.is_large(table) or _has_expression_index(ctx, table, column, p.function):
                continue
            seen.add((table, column))
            finding = _finding(ctx, group, before, table, column, p.function.lower())
            if finding:
                yield finding


def _has_expression_index(ctx: Context, table: str, column: str, function: str) -> bool:
    t = ctx.table(table)
    return bool(t) and any(
        ix.expressions and any(function.lower() in key.lower() and column in key for key in ix.columns)
        for ix in t.indexes
    )


def _finding(ctx, group, before, table, column, function) -> Finding | None:
    evidence: dict = {"function": function, "ms": round(before.ms or 0, 3), "buffers": before.buffers}
    fix_sql = None
    change = None
    gained = False
    if function in CASE_FUNCTIONS:
        expression = f"{function}({quote_ident(column)})"
        change = new_index(table, (expression,), partitions=partitions_of(ctx, table))
        change = replace(change, name=f"{table}_{function}_{column}_idx"[:63])
        if ctx.lab is not None:
            after = ctx.lab.trial(trial_ddl(change), [group])[0]
            if after.ok:
                evidence.update(before_after(before, after))
                gained = verified(before, after)
        fix_sql = create_index_sql(change)
        remedy = f"an expression index on {function}({column})"
    elif function in DATE_FUNCTIONS or function.startswith("date"):
        rewritten = date_range_rewrite(group.example.sql, column)
        if rewritten and ctx.lab is not None:
            after = ctx.lab.measure(group, sql=rewritten)
            if after.ok:
                evidence.update(before_after(before, after))
                gained = verified(before, after)
        fix_sql = rewritten
        remedy = f"a range on {column}"
    else:
        remedy = f"comparing {column} itself"
    message = (f"{function}({column}) in a filter on {table} prevents index use"
               + (f": {evidence['before_ms']:.1f} ms, {evidence['after_ms']:.2f} ms with {remedy}."
                  if gained else f" ({before.ms or 0:.1f} ms per call); use {remedy}."))
    if change is not None:
        if not gained:
            change = None  # not proven: no migration for it
        else:
            change = replace(change, reason=message)
    return Finding(
        rule=ID,
        severity=SEVERITY,
        proof="measured" if gained else "heuristic",
        message=message,
        table=table,
        columns=(column,),
        queries=(group.fingerprint,),
        origins=origins([group]),
        evidence=evidence,
        fix=Fix(
            description=f"Use {remedy}.",
            sql=fix_sql,
            drizzle=drizzle_index_builder(change) if change else None,
            indexes=(change,) if change else (),
        ),
    )
