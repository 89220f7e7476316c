"""OFFSET pagination: pages further down cost more, because OFFSET reads and discards every earlier row.

What it finds
-------------
A query with `OFFSET` (Drizzle's `.offset(page * 20)`, `findMany({ offset })`)
on a large table. dbperf measures the cost curve on the seeded data — the
same query at offsets 0, 1,000, 10,000 and 100,000 as far as the table
allows — and the keyset (cursor) rewrite at the deepest page, with the index
it needs created in the scratch database. The finding is an error when a
captured offset reaches 10,000, or the deepest page reads at least 10 times
the shared buffers of the first (buffers, not time, decide). When the query filters on values
(`WHERE published = $1 AND locale = $2`), the deep pages exist only while the
filter keeps enough rows: the finding states each value's seeded share and
the share it needs for the deepest captured page (`assumes`,
rules/shares.py), and is an error only when those shares are given
(`[seed.columns]`, stats.json).

Why it is slow
--------------
`OFFSET n` does not skip rows, it produces and throws away n rows: page
1,000 of 20 reads 20,000 rows (and sorts them, if no index matches the
ORDER BY) to return 20. Time grows linearly with the page number, so the
deepest pages — the ones crawlers and "last page" buttons hit — are the
slowest. Rows inserted meanwhile also shift pages, so users see duplicates.

How to fix it
-------------
Paginate with a cursor: remember the sort key of the last row shown and ask
for the rows after it, with an index on the sort key (plus a unique
tiebreaker):

    SELECT id, title FROM posts
    WHERE (created_at, id) < ($1, $2)
    ORDER BY created_at DESC, id DESC LIMIT 20;
    CREATE INDEX CONCURRENTLY posts_created_at_id_idx ON posts (created_at, id);

In Drizzle:

    db.select().from(posts)
      .where(or(lt(posts.createdAt, cursor.createdAt),
                and(eq(posts.createdAt, cursor.createdAt), lt(posts.id, cursor.id))))
      .orderBy(desc(posts.createdAt), desc(posts.id)).limit(20)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.ddl import create_index_sql
from dbperf.migrate.drizzle_index import camel_case
from dbperf.rules import shares
from dbperf.rules.common import (
    covering_index,
    measured_groups,
    new_index,
    origins,
    partitions_of,
    trial_ddl,
)
from dbperf.sql.paging import cursor_probe, inline_params, with_offset
from dbperf.sql.rewrite import KeysetRewrite, keyset_rewrite
from dbperf.sql.shape import analyze

ID = "offset-pagination"
SEVERITY = "warning"
SUMMARY = "OFFSET pagination reads and discards every earlier row; deep pages get linearly slower."

PROBE_OFFSETS = (0, 1_000, 10_000, 100_000)
ERROR_OFFSET = 10_000  # a captured offset this deep fails the gate
ERROR_GROWTH = 10.0  # or the deepest page reading this many times the shared buffers of the first


def _paged_samples(ctx: Context, group) -> list[tuple[object, object]]:
    """(statement, shape) of the captured statements that have an OFFSET.

    pglast fingerprints ignore LIMIT/OFFSET, so page 1 (no OFFSET, as Drizzle
    sends it) and page 2 share a group: look at every captured variant.
    """
    found = []
    shapes: dict[str, object] = {group.example.sql: ctx.shapes.get(group.fingerprint)}
    for sample in [group.example, *group.samples]:
        if sample.sql not in shapes:
            shapes[sample.sql] = analyze(sample.sql, ctx.schema)
        shape = shapes[sample.sql]
        if shape is not None and (shape.offset is not None or shape.offset_param is not None):
            found.append((sample, shape))
    return found


def _offset_of(sample, shape) -> int | None:
    return _bound(sample, shape.offset, shape.offset_param)


def _page_size(sample, shape) -> int | None:
    return _bound(sample, shape.limit, shape.limit_param)


def _bound(sample, literal, param: int | None) -> int | None:
    """An OFFSET or LIMIT of a captured statement: its literal, else the value its $n was bound to."""
    if literal is not None:
        return int(literal)
    if param and sample.params and len(sample.params) >= param:
        try:
            return int(sample.params[param - 1])
        except (TypeError, ValueError):
            return None
    return None


def check(ctx: Context) -> Iterable[Finding]:
    for group, shape, m in measured_groups(ctx, kind="select"):
        paged = _paged_samples(ctx, group)
        if not paged:
            continue
        table = ctx.table(shape.target)
        if table is None or not ctx.is_large(shape.target):
            continue
        captured = sorted({o for o in (_offset_of(s, sh) for s, sh in paged) if o is not None})
        if captured and max(captured) == 0:
            continue  # an ORM that always sends OFFSET 0 (Prisma) is not paginating
        sample, sample_shape = max(paged, key=lambda pair: _offset_of(*pair) or 0)
        evidence: dict = {"captured_offsets": captured[-5:], "table_rows": table.rows}
        fix_sql = None
        shown = None
        index_change = None
        base = inline_params(sample.sql, sample.params if sample.params is not None else m.params)
        if ctx.lab is not None and base:
            rows = table.rows or 0
            probes = sorted({o for o in PROBE_OFFSETS if o <= rows} | {o for o in captured[-1:] if o <= rows})
            curve = {}
            for offset in probes:
                page_sql = with_offset(base, offset)
                pm = ctx.lab.measure_raw(page_sql) if page_sql else None
                if pm is not None and pm.ok and pm.ms is not None:
                    curve[offset] = {"ms": round(pm.ms, 3), "buffers": pm.buffers, "rows": int(pm.rows or 0)}
                    if not pm.rows:
                        break  # past the last page: deeper probes measure nothing new
            evidence["cost_curve"] = curve
            with_rows = [o for o, point in curve.items() if point["rows"]]
            deepest = max(with_rows) if with_rows else None
            keyset = keyset_rewrite(base, analyze(base, ctx.schema), ctx.schema)
            # Shown as the fix: the rewrite of the statement as the application sends it ($n, no values).
            shown = keyset_rewrite(sample.sql, analyze(sample.sql, ctx.schema), ctx.schema)
            fix_sql = shown.sql if shown is not None else None
            if keyset is not None and deepest is not None:
                probe = cursor_probe(base, [(table.name, c) for c in keyset.cursor_columns], deepest)
                cursor = ctx.lab.fetch(probe) if probe else []
                if cursor:
                    raw = [(keyset.sql, tuple(cursor[0]))]
                    ddl: list[str] = []
                    if not covering_index(table, keyset.index_columns):
                        index_change = new_index(shape.target, tuple(keyset.index_columns),
                                                 partitions=partitions_of(ctx, shape.target))
                        ddl = trial_ddl(index_change)
                    measured = ctx.lab.trial(ddl, [], raw=raw) if ddl else [ctx.lab.measure_raw(*raw[0])]
                    if measured and measured[0].ok:
                        evidence["keyset_ms_at_deepest"] = round(measured[0].ms or 0, 3)
                        evidence["keyset_buffers_at_deepest"] = measured[0].buffers
                        evidence["keyset_index"] = list(keyset.index_columns)
        curve = evidence.get("cost_curve", {})
        first = curve.get(min(curve)) if curve else None
        with_rows = [o for o, point in curve.items() if point["rows"]]
        last_offset = max(with_rows) if with_rows else None
        if last_offset is not None:
            evidence["deepest_page_offset"] = last_offset
        # buffers, not ms: the same data and plan give the same pages on a quiet or a loaded machine
        growth = ((curve[last_offset]["buffers"] or 0) / max(first["buffers"] or 0, 1)) if first and last_offset else 1.0
        deep_captured = max(captured) if captured else 0
        severity = "error" if deep_captured >= ERROR_OFFSET or growth >= ERROR_GROWTH else SEVERITY
        # a filtered query reaches its deep pages only while the filter keeps enough rows (rules/shares.py)
        page = shape.limit if isinstance(shape.limit, int) else 20
        assumes = shares.offset_assumptions(ctx, group, shape.target, sample.params or m.params, deep_captured + page,
                                             m)
        severity = shares.capped(severity, assumes)
        if curve and last_offset:
            numbers = (f"the page at offset {last_offset:,} takes {curve[last_offset]['ms']:.1f} ms "
                       f"vs {first['ms']:.2f} ms for the first")
            if "keyset_ms_at_deepest" in evidence:
                numbers += f"; a keyset query takes {evidence['keyset_ms_at_deepest']:.2f} ms at that depth"
        else:
            numbers = "deeper pages get linearly slower"
        message = (f"OFFSET pagination on {shape.target} (captured offsets up to {deep_captured:,}): {numbers}"
                   + shares.sentences(assumes) + ".")
        sqls = [fix_sql] if fix_sql else []
        if index_change is not None:
            index_change = replace(index_change, reason=message)
            sqls.append(create_index_sql(index_change))
        yield Finding(
            rule=ID,
            severity=severity,
            proof="measured" if curve and last_offset else "heuristic",  # the cost curve was measured
            message=message,
            table=shape.target,
            columns=tuple(evidence.get("keyset_index", ())),
            queries=(group.fingerprint,),
            origins=origins([group]),
            evidence=evidence,
            assumes=assumes,
            fix=Fix(
                description="Paginate with a cursor (keyset) on the sort key plus a unique tiebreaker.",
                sql="\n".join(sqls) or None,
                drizzle=drizzle_keyset(table.name, shown, _page_size(sample, sample_shape),
                                       filtered=sample_shape.has_where) if shown is not None else None,
                indexes=(index_change,) if index_change else (),
            ),
        )


def drizzle_keyset(table: str, keyset: KeysetRewrite, limit: int | None, filtered: bool = False) -> str:
    """The Drizzle query of `keyset`: its cursor condition and ORDER BY, from the query's own ORDER BY.

    `cursor` holds the last row shown; the table and property names follow drizzle-kit's
    introspection (camelCase), which the application's schema.ts may spell otherwise.
    """
    t = camel_case(table)
    props = [f"{t}.{camel_case(c)}" for c in keyset.cursor_columns]
    values = [f"cursor.{camel_case(c)}" for c in keyset.cursor_columns]
    ops = ["lt" if d == "desc" else "gt" for d in keyset.directions]
    condition = f"{ops[-1]}({props[-1]}, {values[-1]})"
    for i in range(len(props) - 2, -1, -1):  # (a, b) after the cursor: a past it, or a equal and b past it
        condition = f"or({ops[i]}({props[i]}, {values[i]}), and(eq({props[i]}, {values[i]}), {condition}))"
    order = ", ".join(f"{d}({p})" for p, d in zip(props, keyset.directions))
    if filtered:  # .where() replaces the query's filters: keep them next to the cursor
        condition = f"and(/* the query's filters */, {condition})"
    return f".where({condition}).orderBy({order}).limit({limit if limit is not None else 'pageSize'})"
