"""Duplicate index: two indexes on the same columns, or an index repeating a PK/UNIQUE constraint.

What it finds
-------------
An index whose key columns, method, predicate and expressions are exactly
those of another index of the same table — most often a plain index added
on a column that already has a `UNIQUE` or `PRIMARY KEY` constraint, which
PostgreSQL backs with a unique index of its own (`email text UNIQUE` plus
`index('email_idx').on(table.email)`).

Why it is slow
--------------
The planner can only use one of the two; the other is pure cost. Every
INSERT, every UPDATE of the column and every DELETE maintains both, VACUUM
scans both, and the duplicate occupies disk and shared buffers (its size is
in the evidence).

How to fix it
-------------
Drop the index that does not back a constraint:

    DROP INDEX CONCURRENTLY IF EXISTS email_idx;

In Drizzle, remove the `index('email_idx').on(table.email)` line: the
column's `.unique()` already creates the index.
"""

from __future__ import annotations

from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding
from dbperf.migrate.fix import index_fix
from dbperf.rules.common import drop_index
from dbperf.schema.model import Index

ID = "duplicate-index"
SEVERITY = "warning"
SUMMARY = "An index repeats another index or a PK/UNIQUE constraint of the same table."


def _signature(index: Index) -> tuple:
    return (index.columns, index.method, index.predicate, index.include)


def check(ctx: Context) -> Iterable[Finding]:
    for table_key, table in sorted(ctx.schema.tables.items()):
        by_signature: dict[tuple, list[Index]] = {}
        for index in table.indexes:
            by_signature.setdefault(_signature(index), []).append(index)
        for same in by_signature.values():
            if len(same) < 2:
                continue
            # Keep the one that backs a constraint (or is unique), drop the others.
            keeper = sorted(same, key=lambda ix: (not ix.is_constraint, not ix.unique, ix.name))[0]
            for extra in same:
                if extra is keeper or extra.is_constraint:
                    continue
                yield _finding(table_key, extra, keeper)


def _finding(table: str, extra: Index, keeper: Index) -> Finding:
    what = f"the {'primary key' if keeper.primary else 'UNIQUE constraint'} {keeper.constraint}" if keeper.is_constraint \
        else f"index {keeper.name}"
    size = f" ({extra.size_bytes / 1e6:.1f} MB)" if extra.size_bytes else ""
    message = f"Index {extra.name} on {table} ({', '.join(extra.columns)}) duplicates {what}{size}; drop it."
    change = drop_index(table, extra, message)
    return Finding(
        rule=ID,
        severity=SEVERITY,
        proof="heuristic",  # the catalog's definitions: nothing to measure
        message=message,
        table=table,
        columns=extra.columns,
        origins=tuple(str(o) for o in (extra.origin,) if o),
        evidence={
            "index": extra.name,
            "duplicates": keeper.name,
            "constraint": keeper.constraint,
            "definition": extra.definition,
            "size_bytes": extra.size_bytes,
        },
        fix=index_fix(change, f"Drop {extra.name}: {keeper.name} already serves every query it could."),
    )
