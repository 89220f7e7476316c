"""N+1 queries: the same query shape run once per row of a previous result.

What it finds
-------------
Within one session (a backend pid in a server log, a trace, one Drizzle log
sequence), the same query shape executed at least 5 times (`[thresholds]
n_plus_one_min_calls`) in a burst, with different parameters, usually right
after the query that returned those keys — the loop
`for (const post of posts) await db.query.users.findFirst({ where: eq(users.id, post.authorId) })`.
dbperf measures the single query on the seeded data and a batched rewrite
(`= ANY($1)` with all the burst's values) and reports both.

Why it is slow
--------------
Each round trip costs a network hop, a parse/plan/execute cycle and a
wake-up of the application, typically 0.2–1 ms even for a primary-key
lookup, so 50 lookups cost 10–50 ms where one batched query costs about one.
It grows with the page size and is invisible on a developer's laptop.

How to fix it
-------------
Fetch all the keys in one query, or let the ORM join:

    SELECT * FROM "user" WHERE id = ANY($1);   -- $1 = the list of author ids

In Drizzle, use the relational query builder, which sends one query:

    db.query.posts.findMany({ with: { author: true } })

or `db.select().from(users).where(inArray(users.id, authorIds))`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.drizzle_index import camel_case
from dbperf.rules.common import measurement, origins, session_place
from dbperf.sql.rewrite import batch_rewrite
from dbperf.workload import Burst

ID = "n-plus-one"
SEVERITY = "warning"
SUMMARY = "The same query runs once per row of a previous result; one batched query does the work."


def _varying_param(burst: Burst) -> int | None:
    """The 1-based parameter that changes from one execution to the next, if exactly one does."""
    params = [e.params for e in burst.executions if e.params]
    if not params:
        return None
    width = min(len(p) for p in params)
    varying = [i for i in range(width) if len({repr(p[i]) for p in params}) > 1]
    return varying[0] + 1 if len(varying) == 1 else None


def _pg_array(values: list[Any]) -> str:
    """A PostgreSQL array literal of text values (the server casts it to the column's type)."""
    items = []
    for v in values:
        text = str(v).replace("\\", "\\\\").replace('"', '\\"')
        items.append(f'"{text}"')
    return "{" + ",".join(items) + "}"


def check(ctx: Context) -> Iterable[Finding]:
    # The bursts were found while the capture was read (dbperf.workload.bursts, the one detector).
    bursts = ctx.workload.candidates(ctx.config.n_plus_one_min_calls)
    by_shape: dict[str, list[Burst]] = defaultdict(list)
    for burst in bursts:
        by_shape[burst.fingerprint].append(burst)
    for fingerprint, shape_bursts in by_shape.items():
        group = ctx.workload.groups.get(fingerprint)
        if group is None:
            continue
        largest = max(shape_bursts, key=lambda b: len(b.executions))
        n = len(largest.executions)
        single = measurement(ctx, group)
        session = largest.session
        info = ctx.workload.session_info.get(largest.key)
        parent = largest.parent.fingerprint if largest.parent else None
        evidence: dict = {
            "bursts": len(shape_bursts),
            "largest_burst": n,
            "distinct_params": largest.distinct_params,
            "session": session,
            "confidence": largest.confidence,  # trace: high; timed connection: medium
            "after_query": parent,
        }
        captured = [e.duration_ms for e in largest.executions if e.duration_ms is not None]
        if captured:
            evidence["captured_total_ms"] = round(sum(captured), 3)
        batched_sql = None
        param = _varying_param(largest)
        if param is not None:
            batched_sql = batch_rewrite(group.example.sql, param, ctx.schema)
        if single is not None and single.ms is not None:
            evidence["single_ms"] = round(single.ms, 3)
            evidence["n_times_single_ms"] = round(single.ms * n, 3)
        if batched_sql and ctx.lab is not None:
            base = list(largest.executions[0].params or ())
            values = list(dict.fromkeys(e.params[param - 1] for e in largest.executions if e.params))
            base[param - 1] = _pg_array(values)
            batched = ctx.lab.measure_raw(batched_sql, tuple(base))
            if batched.ok and batched.ms is not None:
                evidence["batched_ms"] = round(batched.ms, 3)
        table = ctx.shapes[fingerprint].target if fingerprint in ctx.shapes else None
        cost = (f" ({evidence['n_times_single_ms']:.1f} ms of execution"
                + (f" vs {evidence['batched_ms']:.2f} ms batched)" if "batched_ms" in evidence else ")")
                if "n_times_single_ms" in evidence else "")
        message = (f"The same query on {table or 'a table'} runs {n} times in a row "
                   f"{session_place(session, info.kind if info else None)} with different parameters{cost}: "
                   "an N+1 loop.")
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            proof="measured" if "batched_ms" in evidence else "heuristic",  # the batched query ran, or not
            message=message,
            table=table,
            queries=(fingerprint,) + ((parent,) if parent else ()),
            origins=tuple(dict.fromkeys([str(largest.executions[0].origin), *origins([group])]))[:5],
            evidence=evidence,
            fix=Fix(
                description="Load all rows in one query (= ANY of the keys, or a JOIN) instead of one per row.",
                sql=batched_sql,
                drizzle=_drizzle_fix(ctx, parent, fingerprint),
            ),
        )


def _drizzle_fix(ctx: Context, parent: str | None, child: str) -> str:
    """The relational query that loads the child rows with their parents, when a foreign key links them.

    Relation names are guessed from the schema (`author_id` → `author`); schema.ts may name them otherwise.
    """
    parent_shape = ctx.shapes.get(parent) if parent else None
    child_shape = ctx.shapes.get(child)
    p = parent_shape.target if parent_shape else None
    c = child_shape.target if child_shape else None
    fallback = f"db.select().from({camel_case(c or 'table')}).where(inArray(<key column>, keys))"
    if not p or not c or p == c:
        return fallback
    parent_table = ctx.table(p)
    child_table = ctx.table(c)
    for fk in parent_table.foreign_keys if parent_table else ():  # posts.author_id -> user: one()
        if fk.ref_table == c and len(fk.columns) == 1:
            relation = camel_case(fk.columns[0].removesuffix("_id"))
            return f"db.query.{camel_case(p)}.findMany({{ with: {{ {relation}: true }} }})  or  {fallback}"
    for fk in child_table.foreign_keys if child_table else ():  # post_tags.post_id -> posts: many()
        if fk.ref_table == p:
            return f"db.query.{camel_case(p)}.findMany({{ with: {{ {camel_case(c)}: true }} }})  or  {fallback}"
    return fallback
