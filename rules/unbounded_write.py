"""Unbounded write: an UPDATE or DELETE without a WHERE clause.

What it finds
-------------
`UPDATE t SET …` or `DELETE FROM t` with no `WHERE` (and no `FROM`/`USING`
join condition) in the captured workload. In Drizzle this is
`db.update(usage).set({...})` where the `.where(...)` was forgotten: the
query builder happily sends it.

Why it is slow
--------------
It rewrites (or deletes) every row of the table in one transaction: a new
row version per row, every index updated, the whole table's worth of WAL,
row locks on everything — and, almost always, a data bug. The evidence
shows how many rows one call touched on the seeded data.

How to fix it
-------------
Add the condition the code meant, e.g. the owner of the row:

    UPDATE usage SET metadata = $1 WHERE user_id = $2;

In Drizzle:

    await db.update(usage).set({ metadata }).where(eq(usage.userId, userId))

If touching every row is intended (a backfill), run it in batches from a
migration script, not from request code.
"""

from __future__ import annotations

from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.drizzle_index import camel_case
from dbperf.rules.common import origins

ID = "unbounded-write"
SEVERITY = "error"
SUMMARY = "An UPDATE or DELETE has no WHERE clause and touches every row of the table."


def check(ctx: Context) -> Iterable[Finding]:
    for group in ctx.groups():
        shape = ctx.shapes.get(group.fingerprint)
        if shape is None or shape.kind not in ("update", "delete") or shape.has_where or not shape.target:
            continue
        table = ctx.table(shape.target)
        evidence: dict = {"statement": shape.kind.upper(), "calls": group.calls}
        m = ctx.measurements.get(group.fingerprint)
        touched = None
        if m is not None and m.plan is not None:
            scans = [n for n in m.plan.walk() if "Scan" in n.node_type
                     and n.relation == (table.key if table else shape.target)]
            if scans and scans[0].actual_rows is not None:
                touched = int(scans[0].rows_out)
                evidence["rows_touched_per_call"] = touched
            evidence["ms"] = round(m.ms, 3) if m.ms is not None else None
            evidence["buffers"] = m.buffers
        if table is not None and table.rows is not None:
            evidence["table_rows"] = table.rows
        rows = f"{touched:,} rows" if touched is not None else "every row"
        verb = "updates" if shape.kind == "update" else "deletes"
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            proof="measured" if touched is not None else "heuristic",
            message=f"{shape.kind.upper()} on {shape.target} has no WHERE clause: each call {verb} {rows}.",
            table=shape.target,
            queries=(group.fingerprint,),
            origins=origins([group]),
            evidence=evidence,
            fix=Fix(
                description="Add the WHERE condition the code meant (usually the row's owner or id).",
                drizzle=f"db.{shape.kind}({camel_case(shape.target)})"
                + (".set({ … })" if shape.kind == "update" else "")
                + f".where(eq({camel_case(shape.target)}.id, id))",
            ),
        )

