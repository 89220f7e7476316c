"""Redundant index: an index whose key columns lead another index or a PK/UNIQUE constraint.

What it finds
-------------
A B-tree index of a table whose key columns are the leading key columns of
another B-tree index of the same table, or of the index behind its PRIMARY
KEY or a UNIQUE constraint — most often an `(a)` index next to
`UNIQUE (a, b)` or a composite primary key `(a, b)`. The other index covers
it when, key by key over the shorter one, both index the same column or
expression with the same operator class and collation, in the same sort
order (or every key reversed, direction and NULLS placement both: a
B-tree scans backwards), when both have the
same predicate or neither has one (a partial index next to a full one is
left alone: it is smaller for the rows its queries look for), and when its
INCLUDE columns are among the other's keys or INCLUDE columns. A UNIQUE index is never redundant: it
enforces something a longer index does not. Indexes with exactly the same
keys, predicate and INCLUDE list are `duplicate-index`'s, not this rule's:
this rule reports strict prefixes only (or the same keys where the other
INCLUDEs more columns).

The evidence has the sizes of both indexes on the seeded data, the captured
queries whose plans use the redundant index, and, when the scratch database
is dbperf's own, what those queries do with the index dropped (in a
transaction that is rolled back): the index they use instead and their
buffers before and after. The finding is `measured` when that trial ran,
`heuristic` (the catalog alone) otherwise.

Why it is slow
--------------
Every lookup the short index serves, the longer one serves too: its leading
columns are sorted the same way. The short index is still maintained on
every INSERT, on every UPDATE of its columns and by VACUUM, and it competes
for shared buffers (its size is in the evidence).

How to fix it
-------------
Drop the shorter index:

    DROP INDEX CONCURRENTLY IF EXISTS memberships_org_id_idx;

In Drizzle, remove its `index('memberships_org_id_idx').on(table.orgId)`
line: the `unique().on(table.orgId, table.userId)` (or primary key) next to
it already serves those queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pglast import ast, parse_sql
from pglast.enums.parsenodes import SortByDir, SortByNulls
from pglast.parser import ParseError
from pglast.stream import RawStream

from dbperf.context import Context
from dbperf.findings import Finding, IndexChange
from dbperf.migrate.ddl import drop_index_sql
from dbperf.migrate.fix import index_fix
from dbperf.rules.common import drop_index, measured_groups
from dbperf.schema.model import Index, Table

ID = "redundant-index"
SEVERITY = "warning"
SUMMARY = "An index's columns lead another index or a PK/UNIQUE constraint of the same table."


def check(ctx: Context) -> Iterable[Finding]:
    for table_key, table in sorted(ctx.schema.tables.items()):
        for index, wider in redundant_pairs(table):
            yield _finding(ctx, table_key, index, wider)


def redundant_pairs(table: Table) -> list[tuple[Index, Index]]:
    """(redundant index, the index that covers it) of `table`, by the criterion of the docstring."""
    pairs = []
    for index in sorted(table.indexes, key=lambda ix: ix.name):
        if index.unique or index.is_constraint or index.method != "btree":
            continue
        # prefer a constraint's index, then the longest cover (itself covered by none: dropping every
        # redundant index of a chain keeps it), then by name: the same pick every run
        covers = sorted((other for other in table.indexes if other is not index and covered_by(index, other)),
                        key=lambda ix: (not ix.is_constraint, -len(ix.columns), ix.name))
        if covers:
            pairs.append((index, covers[0]))
    return pairs


def covered_by(index: Index, other: Index) -> bool:
    """`other` serves every lookup and order `index` serves (and is not an exact duplicate of it)."""
    if other.method != "btree" or other.predicate != index.predicate:
        return False
    n = len(index.columns)
    if len(other.columns) < n or not set(index.include) <= set(other.columns) | set(other.include):
        return False
    if len(other.columns) == n and set(index.include) >= set(other.include):
        return False  # same keys and no more INCLUDE columns: a duplicate (duplicate-index) or narrower
    mine, theirs = _keys(index), _keys(other)
    if mine is None or theirs is None:  # no parsable definition: the catalog's column lists decide
        return tuple(other.columns[:n]) == tuple(index.columns) and not index.expressions
    lead = theirs[:n]
    same = [(k, op, coll) for k, op, coll, _ in mine] == [(k, op, coll) for k, op, coll, _ in lead]
    forward = all(o == t for (*_, o), (*_, t) in zip(mine, lead))
    backward = all(o == (not t[0], not t[1]) for (*_, o), (*_, t) in zip(mine, lead))  # scanned backwards
    return same and (forward or backward)


def _keys(index: Index) -> list[tuple[str, str, str, tuple]] | None:
    """(key, operator class, collation, (direction, nulls)) of each key of the index's definition."""
    if not index.definition:
        return None
    try:
        stmt = parse_sql(index.definition)[0].stmt
    except ParseError:  # the column lists decide then
        return None
    if not isinstance(stmt, ast.IndexStmt):
        return None
    keys = []
    for elem in stmt.indexParams or ():
        key = elem.name if elem.name else RawStream()(elem.expr)
        opclass = ".".join(n.sval for n in elem.opclass or ())
        collation = ".".join(n.sval for n in elem.collation or ())
        # ASC is the default; NULLS LAST is the default of ASC, NULLS FIRST of DESC
        descending = elem.ordering == SortByDir.SORTBY_DESC
        nulls_first = elem.nulls_ordering == SortByNulls.SORTBY_NULLS_FIRST or (
            descending and elem.nulls_ordering != SortByNulls.SORTBY_NULLS_LAST)
        keys.append((key, opclass, collation, (descending, nulls_first)))
    return keys


def _users(ctx: Context, index: Index) -> list:
    """The measured query groups whose plans read `index`."""
    found = []
    for group, _shape, m in measured_groups(ctx):
        if any(node.index_name and ctx.schema.index_root(node.index_name) == index.name
               for node in m.plan.walk() if m.plan):
            found.append(group)
    return found


def _finding(ctx: Context, table: str, index: Index, wider: Index) -> Finding:
    what = (f"the {'primary key' if wider.primary else 'UNIQUE constraint'} {wider.constraint}"
            if wider.is_constraint else f"index {wider.name}")
    users = _users(ctx, index)
    change = drop_index(table, index)
    evidence: dict = {
        "index": index.name,
        "definition": index.definition,
        "size_bytes": index.size_bytes,
        "covered_by": wider.name,
        "covered_by_definition": wider.definition,
        "covered_by_size_bytes": wider.size_bytes,
        "used_by_workload": bool(users),
    }
    proof = "heuristic"
    trial = _trial(ctx, index, change, users)
    if trial is not None:
        proof = "measured"
        evidence["without_it"] = trial
    size = f" ({index.size_bytes / 1e6:.1f} MB)" if index.size_bytes else ""
    message = (f"Index {index.name} on {table} ({', '.join(index.columns)}){size} is a prefix of {what} "
               f"({', '.join(wider.columns)}), which serves every lookup it serves")
    if not users:
        message += "; no captured query's plan uses it"
    elif trial is not None:
        worse = [t for t in trial if (t.get("after_buffers") or 0) > 2 * max(t.get("before_buffers") or 0, 1)]
        message += (f"; dropped in a trial, the {len(trial)} captured quer{'y' if len(trial) == 1 else 'ies'} "
                    f"using it read {', '.join(sorted({i for t in trial for i in t['indexes_after']}) or ['the table'])} "
                    f"instead ({sum(t.get('before_buffers') or 0 for t in trial):,} -> "
                    f"{sum(t.get('after_buffers') or 0 for t in trial):,} buffers)")
        if worse:
            message += "; measure before dropping it: some read more than twice the buffers without it"
    else:
        message += f"; {len(users)} captured quer{'y uses' if len(users) == 1 else 'ies use'} it"
    message += "; drop it."
    change = replace(change, reason=message)
    return Finding(
        rule=ID,
        severity=SEVERITY,
        proof=proof,
        message=message,
        table=table,
        columns=index.columns,
        queries=tuple(g.fingerprint for g in users),
        origins=tuple(str(o) for o in (index.origin, *(g.example.origin for g in users)) if o),
        evidence=evidence,
        fix=index_fix(change, f"Drop {index.name}: {wider.name} ({', '.join(wider.columns)}) serves every "
                              "query it could."),
    )


def _trial(ctx: Context, index: Index, change: IndexChange, users: list) -> list[dict] | None:
    """The users' plans with the index dropped (rolled back): the indexes they read instead, buffers
    before and after. None without a lab or when the trial did not run."""
    if ctx.lab is None or not users:
        return None
    after = ctx.lab.trial([drop_index_sql(change, concurrently=False)], users)
    if not after or not all(m.ok and m.plan is not None for m in after):
        return None
    rows = []
    for group, m in zip(users, after):
        before = ctx.measurements[group.fingerprint]
        rows.append({
            "query": group.fingerprint,
            "indexes_after": sorted({ctx.schema.index_root(n.index_name) for n in m.plan.walk() if n.index_name}),
            "before_buffers": before.buffers,
            "after_buffers": m.buffers,
            "before_ms": round(before.ms, 3) if before.ms is not None else None,
            "after_ms": round(m.ms, 3) if m.ms is not None else None,
        })
    return rows
