"""Small helpers shared by rules: index coverage, candidate index DDL, evidence formatting."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from dbperf.context import Context
from dbperf.explain.measurement import Measurement
from dbperf.explain.parse import table_scans as _table_scans
from dbperf.explain.plan import Plan, PlanNode
from dbperf.findings import IndexChange
from dbperf.migrate.ddl import create_index_sql, index_name, qualified, quote_ident
from dbperf.schema.model import Index, Partition, Table
from dbperf.workload import QueryGroup

# A verified fix must at least halve the rows the query's scans examine or the shared buffers it
# touches. Rows and buffers, not time, decide: they are the same on every run of the same data and
# plan, so the same inputs give the same findings, while times on a busy 2-core machine move by 2×
# and more. Time must not get clearly worse.
MIN_SPEEDUP = 2.0


def covering_index(table: Table, columns: Iterable[str]) -> Index | None:
    """An existing full btree index whose leading key columns are `columns` (in any order among them)."""
    wanted = list(columns)
    for index in table.indexes:
        if index.predicate or index.method != "btree":
            continue
        lead = list(index.columns[: len(wanted)])
        if len(lead) == len(wanted) and set(lead) == set(wanted):
            return index
    return None


def drop_index(table: str, index: Index, reason: str = "") -> IndexChange:
    """The change that drops `index` of `table` (its definition kept, so the down migration re-creates it)."""
    return IndexChange(action="drop", name=index.name, table=table, columns=index.columns, method=index.method,
                       unique=index.unique, where=index.predicate, include=index.include,
                       definition=index.definition, reason=reason)


def new_index(table: str, columns: tuple[str, ...], *, method: str = "btree", opclass: str | None = None,
              extension: str | None = None, reason: str = "", partitions: Iterable[Partition] = ()) -> IndexChange:
    """An index to create; on a partitioned table, `partitions` (Table.partitions) let its migration
    build it partition by partition."""
    suffix = "trgm_idx" if opclass == "gin_trgm_ops" else "idx"
    return IndexChange(
        action="create",
        name=index_name(table, columns, suffix=suffix),
        table=table,
        columns=columns,
        method=method,
        opclass=opclass,
        extension=extension,
        reason=reason,
        partitions=tuple((p.name, p.parent) for p in partitions),
    )


def partitions_of(ctx: Context, table: str | None) -> tuple[Partition, ...]:
    """The partitions of a partitioned table (for `new_index`), () for any other relation."""
    found = ctx.table(table)
    return found.partitions if found is not None else ()


def trial_ddl(change: IndexChange) -> list[str]:
    """The statements that create `change` inside a trial transaction (no CONCURRENTLY there)."""
    ddl = []
    if change.extension:
        ddl.append(f"CREATE EXTENSION IF NOT EXISTS {change.extension}")
    ddl.append(create_index_sql(change, concurrently=False, if_not_exists=False))
    return ddl


def speedup(before: Measurement, after: Measurement) -> float:
    """How many times faster `after` is, by time (buffers when time is unknown)."""
    if before.ms and after.ms:
        return before.ms / max(after.ms, 0.001)
    if before.buffers and after.buffers:
        return before.buffers / max(after.buffers, 1)
    return 1.0


def verified(before: Measurement, after: Measurement) -> bool:
    """`after` (with the fix) touches at most half the shared buffers of `before`, or examines at
    most half the rows without touching more buffers.

    Both counts are the same on every run of the same data and plan; time is not (a loaded 2-core
    machine triples single timings), so it never decides: it is reported as evidence only.
    """
    if not after.ok or before.plan is None or after.plan is None:
        return False
    fewer_rows = rows_examined(before.plan) >= MIN_SPEEDUP * max(rows_examined(after.plan), 1)
    fewer_buffers = (before.buffers or 0) >= MIN_SPEEDUP * max(after.buffers or 0, 1)
    no_more_buffers = (after.buffers or 0) <= (before.buffers or 0)
    return fewer_buffers or (fewer_rows and no_more_buffers)


def rows_examined(plan: Plan) -> float:
    """Rows the plan's scans looked at: returned plus removed by filters and rechecks, over all loops.
    A bitmap heap scan looked at least at every entry its bitmap collected: under a LIMIT it stops
    fetching early, but the bitmap index scans below it ran to the end (a trigram index matching 5 %
    of a table reads all of those entries to return 20 rows)."""
    total = 0.0
    for node in plan.walk():
        if not node.relation:
            continue
        examined = node.rows_read + node.rows_removed_by_index_recheck * node.loops
        if node.node_type == "Bitmap Heap Scan":
            collected = sum(child.rows_out for child in node.walk() if child.node_type == "Bitmap Index Scan")
            examined = max(examined, collected)
        total += examined
    return total


def before_after(before: Measurement, after: Measurement) -> dict:
    return {
        "before_ms": _round(before.ms),
        "after_ms": _round(after.ms),
        "before_buffers": before.buffers,
        "after_buffers": after.buffers,
        "before_rows_examined": int(rows_examined(before.plan)) if before.plan else None,
        "after_rows_examined": int(rows_examined(after.plan)) if after.plan else None,
        "speedup": round(speedup(before, after), 1),
    }


def table_scans(ctx: Context, root: PlanNode) -> list[PlanNode]:
    """The scans under `root`, per table: a partitioned table's partitions scanned under one Append
    are one scan of the table (its key in the schema), where an index is created."""
    return _table_scans(root, ctx.schema.partition_owner)


def views_over(ctx: Context, table: str, groups: Iterable[QueryGroup]) -> list[str]:
    """The views through which `groups` read `table` (their base table), by key, first seen first."""
    found: list[str] = []
    for group in groups:
        shape = ctx.shapes.get(group.fingerprint)
        for view in shape.views if shape is not None else ():
            relation = ctx.schema.views.get(view)
            if relation is not None and _reads(ctx, relation, table) and view not in found:
                found.append(view)
    return found


def _reads(ctx: Context, view: Table, table: str, depth: int = 0) -> bool:
    """`view` reads `table`, directly or through other views."""
    if table in view.reads:
        return True
    inner = [ctx.schema.views[key] for key in view.reads if key in ctx.schema.views]
    return depth < 20 and any(_reads(ctx, v, table, depth + 1) for v in inner)


def node_evidence(node: PlanNode) -> dict:
    evidence = {
        "node": node.node_type,
        "relation": node.relation,
        "rows_read": int(node.rows_read),
        "rows_returned": int(node.rows_out),
        "rows_removed_by_filter": int(node.rows_removed_by_filter * node.loops),
        "loops": node.loops,
    }
    if node.filter:
        evidence["filter"] = node.filter
    if node.raw.get("Partitions"):
        evidence["partitions"] = list(node.raw["Partitions"])
    return evidence


def origins(groups: Iterable[QueryGroup], limit: int = 5) -> tuple[str, ...]:
    seen: list[str] = []
    for group in groups:
        for origin in group.origins:
            if str(origin) not in seen:
                seen.append(str(origin))
    return tuple(seen[:limit])


def measured_groups(ctx: Context, kind: str | None = None) -> Iterator[tuple[QueryGroup, Any, Measurement]]:
    """(group, shape, measurement) of every query group that was analysed and measured."""
    for group in ctx.groups():
        shape = ctx.shapes.get(group.fingerprint)
        m = measurement(ctx, group)
        if shape is not None and m is not None and (kind is None or shape.kind == kind):
            yield group, shape, m


def measurement(ctx: Context, group: QueryGroup) -> Measurement | None:
    m = ctx.measurements.get(group.fingerprint)
    return m if m is not None and m.ok else None


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def fmt_rows(n: float) -> str:
    return f"{int(n):,}"


def session_place(session: str, kind: str | None) -> str:
    """Where the burst ran, in the words of what the session is (CapturedStatement.session_kind)."""
    if kind == "connection":
        return f"on one connection (backend pid {session})"
    if kind == "trace":
        return f"in one request (trace {session})"
    if kind == "file":  # a log without connection or request ids: the whole file is one session
        return f"in {Path(session).name} (a log without connection ids: read as one session)"
    return f"in session {session}"


def fk_lookup(ctx: Context, child: str, columns: tuple[str, ...]) -> tuple[str, tuple] | None:
    """The lookup PostgreSQL runs for each deleted parent row, `SELECT 1 FROM child WHERE fk = $1`
    (the RI trigger's, without FOR KEY SHARE), for one parent that has children: (sql, params); None
    when no child row has a parent (or there is no Lab)."""
    if ctx.lab is None:
        return None
    cols = [quote_ident(c) for c in columns]
    keys = ctx.lab.fetch(f"SELECT {', '.join(cols)} FROM {qualified(child)} "
                         f"WHERE {' AND '.join(f'{c} IS NOT NULL' for c in cols)} LIMIT 1")
    if not keys:
        return None
    match = " AND ".join(f"{c} = ${n}" for n, c in enumerate(cols, start=1))
    return f"SELECT 1 FROM {qualified(child)} WHERE {match}", tuple(keys[0])


def unindexed_foreign_key(ctx: Context, table: str, columns: tuple[str, ...]) -> bool:
    """`table` is large and has a foreign key on exactly `columns` that no index leads with
    (fk-without-index's verdict, checked the same way)."""
    found = ctx.table(table)
    return bool(found is not None and ctx.is_large(table) and not covering_index(found, columns)
                and any(tuple(fk.columns) == tuple(columns) for fk in found.foreign_keys))


def reads_only(ctx: Context, groups: Iterable[QueryGroup]) -> bool:
    """Every group's measured plan only reads: no ModifyTable, no LockRows. (A write measured in a
    trial leaves its rows and index entries behind until the trial's rollback: a statement measured
    after it in the same trial reads them.)"""
    for group in groups:
        m = ctx.measurements.get(group.fingerprint)
        if m is None or m.plan is None or any(n.node_type in ("ModifyTable", "LockRows") for n in m.plan.walk()):
            return False
    return True
