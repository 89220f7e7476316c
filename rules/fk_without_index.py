"""Foreign key without an index on the referencing columns.

What it finds
-------------
A foreign key of a large table (`orders.user_id → user.id`) whose columns are
not the leading columns of any index. PostgreSQL indexes the referenced key
(it must be unique) but never the referencing one. dbperf measures what
deleting one parent row costs on the seeded data without and with this one
index (in transactions that are rolled back), since that is where the
missing index always hurts: the difference is this key's share, not the
whole delete with its other keys and cascades. The finding is `measured`
when both deletes ran, `heuristic` (the schema alone) otherwise.

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
from dbperf.migrate.ddl import qualified, quote_ident
from dbperf.migrate.fix import index_fix
from dbperf.rules.common import covering_index, new_index, trial_ddl

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
            parent = ctx.table(fk.ref_table)
            evidence: dict = {
                "foreign_key": fk.name,
                "references": f"{fk.ref_table} ({', '.join(fk.ref_columns)})",
                "on_delete": fk.on_delete,
                "child_rows": table.rows,
            }
            change = new_index(table_key, fk.columns, partitions=table.partitions)
            measured = False
            if ctx.lab is not None and parent is not None and len(fk.columns) == 1:
                measured = _attribute(ctx, evidence, change,
                                      _parent_delete_sql(table.key, fk.columns[0], parent.key, fk.ref_columns[0]))
            cost = ""
            if measured:
                cost = (f"; deleting one {fk.ref_table} row takes {evidence['parent_delete_ms']:.1f} ms, "
                        f"{evidence['parent_delete_ms_with_index']:.1f} ms with this index")
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


def _attribute(ctx: Context, evidence: dict, change, delete: str) -> bool:
    """Measure one parent DELETE without and with this key's index only: what the index saves is this
    foreign key's share, not the whole delete (its other keys and cascades). False when either failed."""
    before = ctx.lab.measure_raw(delete)
    after = ctx.lab.trial(trial_ddl(change), [], raw=[(delete, None)])
    if not (before.ok and before.ms is not None and after and after[0].ok and after[0].ms is not None):
        evidence["parent_delete_error"] = before.error or (after[0].error if after else "not measured")
        return False
    evidence["parent_delete_ms"] = round(before.ms, 3)
    evidence["parent_delete_ms_with_index"] = round(after[0].ms, 3)
    evidence["parent_delete_buffers"] = before.buffers
    evidence["parent_delete_buffers_with_index"] = after[0].buffers
    return True


def _parent_delete_sql(child: str, column: str, parent: str, key: str) -> str:
    """Delete the parent of one existing child row (measured in a rolled-back transaction)."""
    c, p = qualified(child), qualified(parent)
    col, k = quote_ident(column), quote_ident(key)
    return f"DELETE FROM {p} WHERE {k} = (SELECT {col} FROM {c} WHERE {col} IS NOT NULL LIMIT 1)"
