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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.drizzle import camel_case
from dbperf.rules.common import measurement, origins
from dbperf.sql.rewrite import batch_rewrite
from dbperf.workload import Execution

ID = "n-plus-one"
SEVERITY = "warning"
SUMMARY = "The same query runs once per row of a previous result; one batched query does the work."

MAX_GAP = 3  # other statements allowed between two executions of one burst (the loop body)
MAX_GAP_SECONDS = 2.0


@dataclass
class Burst:
    fingerprint: str
    session: str
    parent: str | None  # fingerprint of the statement right before the burst
    executions: list[Execution] = field(default_factory=list)
    last_pos: int = 0

    @property
    def distinct_params(self) -> int:
        return len({repr(e.params) for e in self.executions})  # repr: Drizzle JSON params are unhashable


def find_bursts(sessions: dict[str, list[Execution]], min_calls: int) -> list[Burst]:
    """Runs of one query shape, close together in one session, with varying parameters."""
    found: list[Burst] = []
    for session, executions in sessions.items():
        open_bursts: dict[str, Burst] = {}
        for pos, ex in enumerate(executions):
            burst = open_bursts.get(ex.fingerprint)
            if burst is not None and _continues(burst, pos, ex, executions):
                burst.executions.append(ex)
                burst.last_pos = pos
                continue
            if burst is not None:
                found.append(burst)
            parent = executions[pos - 1].fingerprint if pos else None
            open_bursts[ex.fingerprint] = Burst(ex.fingerprint, session, parent, [ex], pos)
        found.extend(open_bursts.values())
    return [b for b in found if len(b.executions) >= min_calls and b.distinct_params >= 2]


def _continues(burst: Burst, pos: int, ex: Execution, executions: list[Execution]) -> bool:
    if pos - burst.last_pos - 1 > MAX_GAP:
        return False
    between = executions[burst.last_pos + 1 : pos]
    if burst.parent is not None and any(e.fingerprint == burst.parent for e in between):
        return False  # the query that produced the keys ran again: a new loop (the next page, request)
    previous = burst.executions[-1].timestamp
    if previous is not None and ex.timestamp is not None:
        return (ex.timestamp - previous).total_seconds() <= MAX_GAP_SECONDS
    return True


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
    bursts = find_bursts(ctx.workload.sessions, ctx.config.n_plus_one_min_calls)
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
        info = ctx.workload.session_info.get(largest.session)
        session = info.session if info else largest.session
        evidence: dict = {
            "bursts": len(shape_bursts),
            "largest_burst": n,
            "distinct_params": largest.distinct_params,
            "session": session,
            "confidence": info.confidence if info else "low",  # trace: high; timed connection: medium
            "after_query": largest.parent,
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
                   f"{_where(session, info.kind if info else None)} with different parameters{cost}: "
                   "an N+1 loop.")
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            proof="measured" if "batched_ms" in evidence else "heuristic",  # the batched query ran, or not
            message=message,
            table=table,
            queries=(fingerprint,) + ((largest.parent,) if largest.parent else ()),
            origins=tuple(dict.fromkeys([str(largest.executions[0].origin), *origins([group])]))[:5],
            evidence=evidence,
            fix=Fix(
                description="Load all rows in one query (= ANY of the keys, or a JOIN) instead of one per row.",
                sql=batched_sql,
                drizzle=_drizzle_fix(ctx, largest.parent, fingerprint),
            ),
        )


def _where(session: str, kind: str | None) -> str:
    """Where the burst ran, in the words of what the session is (CapturedStatement.session_kind)."""
    if kind == "connection":
        return f"on one connection (backend pid {session})"
    if kind == "trace":
        return f"in one request (trace {session})"
    if kind == "file":  # a log without connection or request ids: the whole file is one session
        return f"in {Path(session).name} (a log without connection ids: read as one session)"
    return f"in session {session}"


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
