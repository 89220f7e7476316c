"""Missing index: a query reads far more rows of a large table than it returns.

What it finds
-------------
A sequential scan (or a scan through the wrong index) of a large table that
throws away most of what it reads — it reads at least `large_table_rows` rows
and keeps at most 10 % of them: rows removed by a filter, a whole table read
to find a join partner, or sorted to keep the first few rows of an
`ORDER BY … LIMIT`. A scan through an index that skips its leading key
column(s) is one too (below). dbperf derives a candidate index from the query's
equality columns first, then one range column, then the sort columns;
creates it in the scratch database; re-runs the queries; and reports it only
when the shared buffers the query touches at least halve, or the rows its
scans examine halve without more buffers (`rules.common.verified`; time is
reported, never decides). The finding is an error when the query reads
25,000 shared buffers (195 MB) or more per call without the index, and
the verdict does not rest on a guessed value share (below).

Each equality filter the index serves on a literal or a parameter
(`status = 'completed'`, `user_id = $1`) is counted on the seeded data, and
the finding states the share seeded, where it came from (dbperf's guess,
`[seed.columns]` or stats.json) and the break-even share above which the
index stops helping (`assumes`; `rules/shares.py`): pages per matching row
measured by the trial, extrapolated linearly to the share at which the index
reads as many buffers as a sequential scan reads pages (`share × relpages /
buffers with the index`), or any share when the index feeds a LIMIT in order.
A candidate whose seeded share is already above its break-even is not
reported. A guessed share that could plausibly exceed its break-even (any value of a
column with at most 100 distinct values; the heaviest seeded value of
others) keeps the finding a warning.
Candidates that do not help are not reported; a trial that could not run
is reported as a problem with its error. A candidate that is the index a
foreign key lacks (fk-without-index) is tried once for both rules: that
rule's children lookup is measured in the same trial, after the queries.

An index scan removes nothing by filter when its index condition throws the
entries away, so the test above cannot see a scan that skips through an
index: one whose condition constrains a key column after a key column it
does not constrain with equality (`rules/skip_scans.py` reads the Index Cond
with pglast). PostgreSQL 18 answers `user_id = $1` through a primary key
`(org_id, user_id)` with a skip scan, one descent of the index per `org_id`
("Index Searches" in EXPLAIN ANALYZE); before 18 it reads the whole index.
Such a scan of a large table is a candidate when it visits index pages at
least 30 times and returns fewer than 20 rows per index page visit (a
B-tree leaf page holds hundreds of entries: an index led by the filtered
column descends in 2–4 pages, then reads one page per hundreds of rows;
a skip scan descends once per value of the skipped column, re-reading
pages). Its index page visits are its buffers less the heap pages it can
have read (one per row an Index Scan fetched, the Heap Fetches of an Index
Only Scan, whose visibility-map pages stay counted); a Bitmap Index Scan
reads index pages only. The candidate index is led by the filtered columns,
trialled and reported like any other, and the message names the index
skipped through, the key columns skipped, the index page visits and the
index searches.

A query on a view is judged on the base tables its plan scans, and the
message names the view it read them through. The partitions a query on a
partitioned table scans (an Append of one scan per partition) count as one
scan of that table: the finding and the index are the parent's.

Why it is slow
--------------
Without a usable index PostgreSQL reads every page of the table for every
call: on a 200,000-row table that is thousands of buffers and tens of
milliseconds per call, growing linearly with the table, where an index
lookup reads three or four pages whatever the size.

How to fix it
-------------
Create the index dbperf proposes (the migration it writes uses
`CREATE INDEX CONCURRENTLY`, which does not block writes):

    CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);

On a partitioned table CONCURRENTLY is refused, so the migration creates
the index `ON ONLY` the parent, builds it CONCURRENTLY on each partition and
attaches each (`ALTER INDEX … ATTACH PARTITION`): the parent's index is valid
once every partition has one.

In Drizzle, add it to the table's extra config in `schema.ts`:

    (table) => [index('orders_user_id_idx').on(table.userId)]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from dbperf.context import Context
from dbperf.explain.measurement import Measurement
from dbperf.explain.plan import PlanNode
from dbperf.findings import Finding
from dbperf.migrate.fix import index_fix
from dbperf.rules import shares
from dbperf.rules.common import (
    before_after,
    covering_index,
    fk_lookup,
    measurement,
    new_index,
    node_evidence,
    origins,
    reads_only,
    table_scans,
    trial_ddl,
    unindexed_foreign_key,
    verified,
    views_over,
)
from dbperf.rules.skip_scans import SkipScan, skip_scans
from dbperf.workload import QueryGroup

ID = "missing-index"
SEVERITY = "warning"
SUMMARY = "A query scans far more rows of a large table than it returns; a measured index fixes it."

# A scan is wasteful when it keeps less than this fraction of the rows it reads.
MAX_KEPT_FRACTION = 0.1
EQUALITY_OPS = {"=", "in", "any", "is null"}
RANGE_OPS = {"<", "<=", ">", ">=", "between"}
# Reading this many shared buffers per call (195 MB; ~100 ms of Seq Scan on a quiet 2-core machine)
# makes the finding an error. Buffers, not ms: the same data and plan read the same buffers on every
# run, while a loaded machine pushed 54 ms scans past a 100 ms bar and flipped the verdict.
ERROR_BUFFERS = 25_000
# A scan that skips through an index's leading key column is a candidate when it visits index pages
# at least this many times (ten descents of a three-level B-tree)...
SKIP_MIN_INDEX_PAGES = 30
# ... and returns fewer rows than this per index page visit: a B-tree leaf page holds hundreds of
# entries, so an index led by the filtered column reads one page per hundreds of rows.
SKIP_ROWS_PER_PAGE = 20
CLEAR_TIME_GAIN = 1.2  # a time drop smaller than this is noise on a shared machine: the message speaks of work


def check(ctx: Context) -> Iterable[Finding]:
    for (table_name, columns), hits in sorted(_candidates(ctx).items()):
        table = ctx.table(table_name)
        if table is None or covering_index(table, columns):
            continue
        groups = _groups(hits)
        change = new_index(table_name, columns, partitions=table.partitions)
        _, node, skip = hits[0]
        finding = _verify(ctx, table_name, columns, change, groups, node, skip)
        if finding:
            yield finding


def trial_groups(ctx: Context, table: str, columns: tuple[str, ...]) -> list[QueryGroup]:
    """The query groups this rule tries an index on `table (columns)` with ([] when it tries none):
    fk-without-index measures its lookup in the same trial (`_trial`)."""
    found = ctx.table(table)
    hits = _candidates(ctx).get((table, tuple(columns)), [])
    if found is None or covering_index(found, columns):
        return []
    return _groups(hits)


def _groups(hits: list[tuple[QueryGroup, PlanNode, SkipScan | None]]) -> list[QueryGroup]:
    """The distinct query groups of `hits`, in order."""
    return list({g.fingerprint: g for g, _, _ in hits}.values())


def _candidates(ctx: Context) -> dict[tuple[str, tuple[str, ...]], list[tuple[QueryGroup, PlanNode, SkipScan | None]]]:
    """(table, candidate index columns) -> the wasteful scans (group, scan, skip scan) it would serve."""
    candidates: dict[tuple[str, tuple[str, ...]], list[tuple[QueryGroup, PlanNode, SkipScan | None]]] = \
        defaultdict(list)
    for group in ctx.groups():
        m = measurement(ctx, group)
        shape = ctx.shapes.get(group.fingerprint)
        if m is None or shape is None or m.plan is None:
            continue
        sorted_scans = _scans_sorted_for_limit(ctx, m.plan)
        for node in table_scans(ctx, m.plan.root):
            skip = _skip_scan(ctx, node)
            if not (_wasteful(ctx, node) or node in sorted_scans or skip):
                continue
            columns = _candidate_columns(ctx, shape, node.relation)
            if columns:
                candidates[(node.relation, columns)].append((group, node, skip))
    return candidates


def _trial(ctx: Context, table: str, columns: tuple[str, ...], change, groups: list[QueryGroup]) -> list[Measurement]:
    """The measurements of `groups` with the candidate index. When the index is the one a foreign key
    lacks (fk-without-index), that rule's children lookup is measured in the same trial, after the
    groups, so that the index is built once for both (both ask the Lab for this same trial); not when
    a group writes (`reads_only`)."""
    raw = []
    if unindexed_foreign_key(ctx, table, columns) and reads_only(ctx, groups):
        lookup = fk_lookup(ctx, table, columns)
        raw = [lookup] if lookup is not None else []
    return ctx.lab.trial(trial_ddl(change), groups, raw)[:len(groups)]


def _wasteful(ctx: Context, node: PlanNode) -> bool:
    """A scan node on a large table that keeps few of the rows it reads."""
    if not node.relation or node.actual_rows is None or not ctx.is_large(node.relation):
        return False
    if node.node_type not in ("Seq Scan", "Parallel Seq Scan", "Bitmap Heap Scan", "Index Scan"):
        return False
    read = node.rows_read
    return read >= ctx.config.large_table_rows and node.rows_out <= read * MAX_KEPT_FRACTION


def _skip_scan(ctx: Context, node: PlanNode) -> SkipScan | None:
    """The read of an index by `node`, a scan of a large table, that skips the index's leading key
    column(s) and visits many index pages for the rows it returns."""
    table = ctx.table(node.relation)
    if table is None or node.actual_rows is None or not ctx.is_large(node.relation):
        return None
    return next((skip for skip in skip_scans(node, table, ctx.schema) if skip.index_page_visits >= SKIP_MIN_INDEX_PAGES
                 and skip.rows < SKIP_ROWS_PER_PAGE * skip.index_page_visits), None)


def _scans_sorted_for_limit(ctx: Context, plan) -> list[PlanNode]:
    """Scans of a large table read whole to sort them and keep the first few rows (ORDER BY … LIMIT)."""
    found: list[PlanNode] = []
    for limit in plan.walk():
        if limit.node_type != "Limit":
            continue
        for sort in limit.walk():
            if sort.node_type not in ("Sort", "Incremental Sort"):
                continue
            for scan in table_scans(ctx, sort):
                if (scan.node_type in ("Seq Scan", "Parallel Seq Scan") and ctx.is_large(scan.relation)
                        and scan.rows_out >= ctx.config.large_table_rows
                        and limit.rows_out <= scan.rows_out * MAX_KEPT_FRACTION):
                    found.append(scan)
    return found


def _candidate_columns(ctx: Context, shape, table: str) -> tuple[str, ...]:
    """Equality columns first, then one range column; else join keys; else ORDER BY columns."""
    preds = [p for p in shape.predicates if p.column.table == table and not p.function and not p.leading_wildcard
             and p.pattern_param is None]
    if any(p.column.table == table and (p.leading_wildcard or p.pattern_param is not None) for p in shape.predicates):
        return ()  # a trigram index is the fix: see leading-wildcard
    equality = _unique(p.column.column for p in preds if p.op in EQUALITY_OPS and p.value in ("param", "literal"))
    equality = [c for c in equality if not _low_selectivity(ctx, table, c)] or equality
    ranges = _unique(p.column.column for p in preds if p.op in RANGE_OPS and p.value in ("param", "literal", "expr"))
    columns = equality + [c for c in ranges[:1] if c not in equality]
    order = [ref.column for ref, _desc in shape.order_by if ref is not None and ref.table == table]
    if columns and order and (shape.limit is not None or shape.limit_param is not None):
        columns += [c for c in order if c not in columns]
    if not columns:
        joins = _unique(side.column for a, b in shape.joins for side in (a, b) if side.table == table)
        columns = joins[:1]
    if not columns and order and (shape.limit is not None or shape.limit_param is not None):
        columns = order
    return tuple(columns[:3])


def _low_selectivity(ctx: Context, table: str, column: str) -> bool:
    stats = ctx.stats.get((table, column))
    return bool(stats and stats.most_common_freq >= 0.5)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _gain(evidence: dict, before_ms: float, after_ms: float | None) -> str:
    """What the index measurably changes: the time when it clearly drops, else the work (rows examined,
    buffers) with the time stated as it was — never "cuts it from 69.6 ms to 73.9 ms"."""
    if after_ms is None:
        return "would avoid it"
    if after_ms * CLEAR_TIME_GAIN <= before_ms:
        return f"cuts it from {before_ms:.1f} ms to {after_ms:.2f} ms"
    rows = (evidence.get("before_rows_examined"), evidence.get("after_rows_examined"))
    buffers = (evidence.get("before_buffers"), evidence.get("after_buffers"))
    if rows[0] and rows[1] is not None and rows[0] >= 2 * max(rows[1], 1):
        work = f"cuts the rows examined from {rows[0]:,} to {rows[1]:,}"
    else:
        work = f"cuts the buffers read from {buffers[0] or 0:,} to {buffers[1] or 0:,}"
    same = " about the same" if after_ms <= before_ms * CLEAR_TIME_GAIN else ""
    return f"{work} (time on the seeded data{same}: {before_ms:.1f} ms, then {after_ms:.1f} ms)"


def _buffers_saved(before: Measurement, after: Measurement) -> tuple[float, str]:
    """The pair whose buffers drop most is the evidence (deterministic; the fingerprint breaks ties)."""
    return ((before.buffers or 0) / max(after.buffers or 0, 1), before.fingerprint)


def _where(table: str, views: list[str], partitions: list[str]) -> str:
    """`orders (read through view order_details)`, `events (3 partitions)`, or the table alone."""
    if views:
        return f"{table} (read through view {', '.join(views)})"
    if len(partitions) > 1:
        return f"{table} ({len(partitions)} partitions)"
    if partitions:
        return f"{table} (partition {partitions[0]})"
    return table


def _waste(evidence: dict, where: str, skip: SkipScan | None) -> str:
    """What the scan wastes: rows read for the rows returned, or index pages visited by a skip scan."""
    if skip is None:
        return (f"{evidence['node']} on {where} reads {evidence['rows_read']:,} rows to return "
                f"{evidence['rows_returned']:,}")
    searches = f" in {skip.searches:,} index searches" if skip.searches is not None else ""
    return (f"{evidence['node']} on {where} skips through {skip.index} ({', '.join(skip.key)}) over "
            f"{', '.join(skip.skipped)}, which the query does not filter by equality: it visits index "
            f"pages {skip.index_page_visits:,} times{searches} for {skip.rows:,} rows")


def _verify(ctx, table_name, columns, change, groups, node, skip=None) -> Finding | None:
    befores = [ctx.measurements[g.fingerprint] for g in groups]
    evidence = node_evidence(node)
    if skip is not None:
        evidence["skip_scan"] = skip.evidence()
    if ctx.lab is not None:
        afters = _trial(ctx, table_name, columns, change, groups)
        pairs = [(b, a) for b, a in zip(befores, afters) if a.ok]
        helped = [(b, a) for b, a in pairs if verified(b, a)]
        if not helped:
            return None
        best_before, best_after = max(helped, key=lambda pair: _buffers_saved(*pair))
        evidence.update(before_after(best_before, best_after))
        evidence["per_query"] = {
            b.fingerprint: {"before_ms": round(b.ms or 0, 3), "after_ms": round(a.ms or 0, 3)} for b, a in pairs
        }
        best_group = next(g for g in groups if g.fingerprint == best_before.fingerprint)
        assumes = shares.assumptions(ctx, best_group, table_name, columns, best_before, best_after)
        if not all(a.holds for a in assumes):
            return None  # at the seeded share the index reads as many pages as the table has
        groups = [g for g, (b, a) in zip(groups, zip(befores, afters)) if verified(b, a)]
        after_ms = best_after.ms
    else:
        after_ms = None
        assumes = ()
    before_ms = evidence.get("before_ms") or befores[0].ms or 0
    cols = ", ".join(columns)
    views = views_over(ctx, table_name, groups)
    if views:
        evidence["views"] = views
    where = _where(table_name, views, evidence.get("partitions", []))
    message = (
        f"{_waste(evidence, where, skip)}; an index on ({cols}) "
        + _gain(evidence, before_ms, after_ms)
        + shares.sentences(assumes)
    )
    before_buffers = evidence.get("before_buffers") or befores[0].buffers or 0
    severity = shares.capped("error" if before_buffers >= ERROR_BUFFERS else SEVERITY, assumes)
    change = replace(change, reason=message)
    return Finding(
        rule=ID,
        severity=severity,
        proof="measured" if after_ms is not None else "estimated",  # a trial, else the plan alone
        message=message,
        table=table_name,
        columns=tuple(columns),
        queries=tuple(g.fingerprint for g in groups),
        origins=origins(groups),
        evidence=evidence,
        fix=index_fix(change, f"Create an index on {table_name} ({cols})."),
        assumes=assumes,
    )

