"""Foreign key without an index on the referencing columns.

What it finds
-------------
A foreign key of a large table (`orders.user_id → user.id`) whose columns are
not the leading columns of any index. PostgreSQL indexes the referenced key
(it must be unique) but never the referencing one. Every delete of a parent
row (and every change of its key) makes PostgreSQL look up its children:
`SELECT 1 FROM orders x WHERE user_id = $1 FOR KEY SHARE OF x` (or the
cascaded `DELETE`/`UPDATE … WHERE user_id = $1`). dbperf measures that
lookup on the seeded data, for a parent that has children, without and with
this one index (the index in a transaction that is rolled back): its buffers
and rows examined are this key's share of the delete, which an `EXPLAIN
ANALYZE` of the `DELETE` hides (it counts the trigger's time, not its
buffers) and which a `RESTRICT` key of another table would stop. The finding
is `measured` when the index at least halves the lookup's buffers (or rows
examined), `heuristic` (the schema alone) when the lookup could not run.
When missing-index tries the same index for some queries (reads only), the
lookup is measured in that same trial, after them: the index (the dear part of
a trial on a table of millions of rows) is built once for both rules.

Why it is slow
--------------
Every DELETE (or key UPDATE) of a parent row makes PostgreSQL look for
children: without an index that is a sequential scan of the child table per
parent row, under a lock — deleting one user scans all 200,000 orders, and
`ON DELETE CASCADE` does it again for each cascaded table. Joins from the
parent to its children (`user` → their `orders`) have the same problem.

How to fix it
-------------
Index the referencing columns:

    CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);

In Drizzle: `(table) => [index('orders_user_id_idx').on(table.userId)]`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding
from dbperf.migrate.fix import index_fix
from dbperf.rules import missing_index
from dbperf.rules.common import covering_index, fk_lookup, new_index, reads_only, rows_examined, trial_ddl, verified

ID = "fk-without-index"
SEVERITY = "warning"
SUMMARY = "A foreign key's referencing columns have no index: parent deletes and joins scan the child table."


def check(ctx: Context) -> Iterable[Finding]:
    for table_key, table in sorted(ctx.schema.tables.items()):
        if not ctx.is_large(table_key):
            continue
        for fk in table.foreign_keys:
            if covering_index(table, fk.columns):
                continue
            evidence: dict = {
                "foreign_key": fk.name,
                "references": f"{fk.ref_table} ({', '.join(fk.ref_columns)})",
                "on_delete": fk.on_delete,
                "child_rows": table.rows,
            }
            change = new_index(table_key, fk.columns, partitions=table.partitions)
            measured = ctx.lab is not None and _attribute(ctx, evidence, change, table.key, fk.columns)
            cost = ""
            if measured:
                cost = (f"; each delete of a {fk.ref_table} row looks up its {table_key} rows: "
                        f"{evidence['lookup_buffers']:,} buffers, {evidence['lookup_rows_examined']:,} rows "
                        f"examined ({evidence['lookup_ms']:.1f} ms), {evidence['lookup_buffers_with_index']:,} "
                        f"buffers ({evidence['lookup_ms_with_index']:.2f} ms) with this index")
            message = (f"Foreign key {table_key} ({', '.join(fk.columns)}) → {fk.ref_table} has no index "
                       f"on a {table.rows or 0:,}-row table{cost}.")
            change = replace(change, reason=message)
            yield Finding(
                rule=ID,
                severity=SEVERITY,
                proof="measured" if measured else "heuristic",
                message=message,
                table=table_key,
                columns=fk.columns,
                origins=tuple(str(o) for o in (fk.origin or table.origin,) if o),
                evidence=evidence,
                fix=index_fix(change, f"Index {table_key} ({', '.join(fk.columns)})."),
            )


def _attribute(ctx: Context, evidence: dict, change, child: str, columns: tuple[str, ...]) -> bool:
    """Measure the children lookup of one parent that has children, without and with this key's index
    only. True when the index at least halves its buffers or rows examined (`verified`).

    When missing-index tries the same index, the lookup is measured in that trial, after its query
    groups (`missing_index._trial`): the index is built once for both rules."""
    found = fk_lookup(ctx, child, columns)
    if found is None:
        evidence["lookup_error"] = "no child row with a parent: nothing to look up"
        return False
    lookup, params = found
    before = ctx.lab.measure_raw(lookup, params)
    shared = missing_index.trial_groups(ctx, child, columns)
    groups = shared if shared and reads_only(ctx, shared) else []
    measured = ctx.lab.trial(trial_ddl(change), groups, raw=[(lookup, params)])
    after = measured[len(groups):]
    if not (before.ok and before.plan is not None and after and after[0].ok and after[0].plan is not None):
        evidence["lookup_error"] = before.error or (after[0].error if after else "not measured")
        return False
    evidence["lookup_sql"] = lookup
    evidence["lookup_ms"] = round(before.ms or 0.0, 3)
    evidence["lookup_ms_with_index"] = round(after[0].ms or 0.0, 3)
    evidence["lookup_buffers"] = before.buffers
    evidence["lookup_buffers_with_index"] = after[0].buffers
    evidence["lookup_rows_examined"] = int(rows_examined(before.plan))
    evidence["lookup_rows_examined_with_index"] = int(rows_examined(after[0].plan))
    return verified(before, after[0])
