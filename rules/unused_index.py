"""Unused index: no captured query's plan reads it, or production never scanned it.

What it finds
-------------
An index that either

- stats.json (`dbperf stats export`, `--stats`) says production never
  scanned: `idx_scan = 0` in `pg_stat_user_indexes` — severity warning; or
- is on a table that at least one captured query reads or writes, while no
  measured plan of the workload scans it (no Index Scan, Index Only Scan or
  Bitmap Index Scan of it, or of its partitions' indexes), and stats.json
  does not list it (an index production scans, `idx_scan > 0`, is not
  reported) — severity info.

These are never reported:

- an index that backs a constraint (PRIMARY KEY, UNIQUE, exclusion) or is
  UNIQUE itself: dropping it changes what the database accepts;
- the only index whose leading columns are a foreign key's columns: the
  deletes (and key updates) of the referenced table look children up
  through it, and `fk-without-index` would ask for it back;
- an index another rule already tells you to drop: an exact duplicate
  (`duplicate-index`), a prefix of another index (`redundant-index`), an
  index on a boolean or a few dominant values (`low-selectivity-index`).

Without stats.json the severity is info: the capture may not hold every query
the application runs (reports, cron jobs, admin screens), and the message
says "no captured query used it". The evidence has the index's size on the
seeded data, the number of captured queries on its table, production's
`idx_scan` when known, and, when the scratch database is dbperf's own, its
write cost: the shared buffers of the captured INSERTs and UPDATEs of the
table with the index and without it (dropped in a transaction that is
rolled back). The finding is `measured` when that trial
ran, `heuristic` otherwise.

Why it is slow
--------------
An index nobody reads is still written: every INSERT adds an entry to it,
every UPDATE of its columns (and every UPDATE that cannot be HOT because of
it) too, VACUUM scans it, and it takes disk and shared buffers from the
indexes that are read.

How to fix it
-------------
Check `pg_stat_user_indexes.idx_scan` in production first (0 since the last
statistics reset, over weeks, is the confirmation), then drop it:

    DROP INDEX CONCURRENTLY IF EXISTS posts_created_at_idx;

In Drizzle, remove its `index('posts_created_at_idx')` line from schema.ts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dbperf.context import Context
from dbperf.findings import Finding, IndexChange
from dbperf.migrate.ddl import drop_index_sql
from dbperf.migrate.fix import index_fix
from dbperf.rules import duplicate_index, low_selectivity_index, redundant_index
from dbperf.rules.common import drop_index, measured_groups
from dbperf.schema.model import Index, Table

ID = "unused-index"
SEVERITY = "info"
SUMMARY = "No captured query reads an index of a table the workload uses, or production never scanned it."

CAVEAT = ("the capture may not hold every query the application runs (reports, cron jobs): "
          "check pg_stat_user_indexes.idx_scan in production first")


def check(ctx: Context) -> Iterable[Finding]:
    used = used_indexes(ctx)
    touched: dict[str, list] = {}  # table key -> the captured query groups that read or write it
    for group in ctx.groups():
        shape = ctx.shapes.get(group.fingerprint)
        for table in shape.tables if shape is not None else ():
            touched.setdefault(table, []).append(group)
    others = {f.evidence.get("index") for rule in (duplicate_index, low_selectivity_index)
              for f in rule.check(ctx)}
    for table_key, table in sorted(ctx.schema.tables.items()):
        others |= {ix.name for ix, _ in redundant_index.redundant_pairs(table)}
        for index in sorted(table.indexes, key=lambda ix: ix.name):
            scans = ctx.config.index_scans.get((table_key, index.name))  # production's, from stats.json
            unused_here = table_key in touched and index.name not in used
            if not (scans == 0 or (unused_here and scans is None)):
                continue
            if index.name in others or index.unique or index.is_constraint or _serves_foreign_key(table, index):
                continue
            users = [g for g in ctx.groups() if _reads(ctx, g, index)]
            yield _finding(ctx, table_key, index, touched.get(table_key, []), scans, users)


def used_indexes(ctx: Context) -> set[str]:
    """The indexes (partitioned tables' own, for their partitions') some measured plan scans."""
    return {ctx.schema.index_root(node.index_name) for m in ctx.measurements.values() if m.plan
            for node in m.plan.walk() if node.index_name}


def _reads(ctx: Context, group, index: Index) -> bool:
    m = ctx.measurements.get(group.fingerprint)
    return bool(m and m.plan and any(n.index_name and ctx.schema.index_root(n.index_name) == index.name
                                     for n in m.plan.walk()))


def _serves_foreign_key(table: Table, index: Index) -> bool:
    """`index` is the only full B-tree index of `table` whose leading columns are a foreign key's."""
    def leads(ix: Index, columns: tuple[str, ...]) -> bool:
        return ix.method == "btree" and not ix.predicate and set(ix.columns[: len(columns)]) == set(columns)

    return any(leads(index, fk.columns) and not any(leads(ix, fk.columns) for ix in table.indexes if ix is not index)
               for fk in table.foreign_keys if fk.columns)


def _finding(ctx: Context, table: str, index: Index, queries: list, scans: int | None, users: list) -> Finding:
    change = drop_index(table, index)
    evidence: dict = {
        "index": index.name,
        "definition": index.definition,
        "size_bytes": index.size_bytes,
        "queries_on_table": len(queries),
        "production_idx_scan": scans,
    }
    writes = _write_cost(ctx, table, change)
    if writes is not None:
        evidence["write_cost"] = writes
    size = f" ({index.size_bytes / 1e6:.1f} MB)" if index.size_bytes else ""
    message = f"Index {index.name} on {table} ({', '.join(index.columns)}){size}: "
    if scans == 0:
        message += "stats.json says production never scanned it (idx_scan = 0)"
        message += (f", yet {len(users)} captured quer{'y reads' if len(users) == 1 else 'ies read'} it here"
                    if users else "; no captured query used it either")
    else:
        message += (f"no captured query used it, though {len(queries)} captured "
                    f"quer{'y uses' if len(queries) == 1 else 'ies use'} {table}")
    if writes:
        extra = sum(w["with_buffers"] - w["without_buffers"] for w in writes)
        message += (f"; the table's {len(writes)} captured write{'' if len(writes) == 1 else 's'} touched "
                    f"{extra:+,} buffers because of it")
    message += "." if scans == 0 else f"; {CAVEAT}."
    change = replace(change, reason=message)
    return Finding(
        rule=ID,
        severity="warning" if scans == 0 else SEVERITY,
        proof="measured" if writes is not None else "heuristic",
        message=message,
        table=table,
        columns=index.columns,
        queries=tuple(g.fingerprint for g in users),
        origins=tuple(str(o) for o in (index.origin,) if o),
        evidence=evidence,
        fix=index_fix(change, f"Drop {index.name}: production never scanned it." if scans == 0 else
                      f"Drop {index.name} once production confirms it is unused (pg_stat_user_indexes.idx_scan = 0)."),
    )


def _write_cost(ctx: Context, table: str, change: IndexChange) -> list[dict] | None:
    """Buffers of the captured INSERTs and UPDATEs of `table` with the index and without it (dropped in
    a rolled-back trial). None without a lab, without such writes, or when the trial did not run."""
    writes = [(g, m) for g, shape, m in measured_groups(ctx)
              if shape.kind in ("insert", "update") and shape.target == table]
    if ctx.lab is None or not writes:
        return None
    after = ctx.lab.trial([drop_index_sql(change, concurrently=False)], [g for g, _ in writes])
    if len(after) != len(writes) or not all(m.ok for m in after):
        return None
    return [{"query": g.fingerprint, "with_buffers": before.buffers or 0, "without_buffers": m.buffers or 0}
            for (g, before), m in zip(writes, after)]
