"""Redundant query: the same SELECT with the same parameters runs again in one request.

What it finds
-------------
Within one request and one burst of that query shape — each execution at
most 3 other statements after the previous one, and at most 2 s apart in a
trace or 1 s on a connection (dbperf.workload.bursts, the burst detector the
n-plus-one rule reads too) — a SELECT run more than once with exactly the
same captured parameters: the user loaded by the layout, the page and a
helper, each with `findFirst({ where: eq(users.id, id) })`. A request is a
trace (a request id), or a backend pid of a server log with timestamps, where
an idle second ends the request. A capture without either (a Drizzle log,
read as one session, or a log without timestamps) cannot tell one request's
repeat from the next request's identical query (every page checks the
session token), so it is never reported. Statements captured without
parameters (literals inline) are never taken as identical. The evidence is
the number of repeats, the sessions they ran in, the captured time the
repeats took, and the query's time measured on the seeded data.

It differs from `n-plus-one`, which finds the same shape run with
*different* parameters (one query per row of a previous result, fixed by one
batched query): a burst that n-plus-one reports (at least
`[thresholds] n_plus_one_min_calls` executions, several parameter sets) is
left to it, since its batched query also removes the repeats.

Why it is slow
--------------
Every repeat costs a full round trip — network hop, parse/plan/execute,
result transfer, driver decoding — for an answer the application already
has: typically 0.2–1 ms each for a primary-key lookup, more for anything
bigger, paid on every request. Repeats also multiply with the layers
(layout, page, components), so they grow unnoticed as the code grows.

How to fix it
-------------
Run the query once per request and pass the result down (hoist it out of the
loop or the helper), or memoize it for the request:

    -- once per request, then reuse the row
    SELECT id, name, role FROM "user" WHERE id = $1;

In Drizzle with React / Next.js, wrap the query in `cache()` (per-request
memo); elsewhere a `Map` on the request context or DataLoader does the same:

    const getUser = cache((id: string) => db.query.user.findFirst({ where: eq(user.id, id) }))
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.drizzle_index import camel_case
from dbperf.rules.common import measurement, origins, session_place
from dbperf.workload import Burst

ID = "redundant-query"
SEVERITY = "warning"
SUMMARY = "The same SELECT with the same parameters runs again in one request; run it once, reuse it."


def check(ctx: Context) -> Iterable[Finding]:
    by_shape: dict[str, list[Burst]] = defaultdict(list)
    for burst in ctx.workload.repeated():  # found as the capture was read (workload/bursts.py)
        if len(burst.executions) >= ctx.config.n_plus_one_min_calls and burst.distinct_params >= 2:
            continue  # an N+1 loop: n-plus-one's, whose batched query removes the repeats too
        if burst.confidence == "low":
            continue  # no request boundary in the capture: the next request may run the same query
        by_shape[burst.fingerprint].append(burst)
    for fingerprint, bursts in by_shape.items():
        group = ctx.workload.groups.get(fingerprint)
        shape = ctx.shapes.get(fingerprint)
        if group is None or group.kind != "select":
            continue
        repeats = sum(b.repeats for b in bursts)
        worst = max(bursts, key=lambda b: (_most_runs(b), b.repeats))
        runs = _most_runs(worst)
        wasted = [e.duration_ms for b in bursts for same in b.same_params().values() for e in same[1:]]
        timed = [d for d in wasted if d is not None]
        sessions = list(dict.fromkeys(b.session for b in bursts))
        info = ctx.workload.session_info.get(worst.key)
        evidence: dict = {
            "repeats": repeats,
            "most_runs_of_one_call": runs,
            "bursts": len(bursts),
            "sessions": sessions[:5],
            "confidence": worst.confidence,  # trace: high; timed connection: medium
        }
        if timed:
            evidence["captured_repeat_ms"] = round(sum(timed), 3)
        single = measurement(ctx, group)
        if single is not None and single.ms is not None:
            evidence["single_ms"] = round(single.ms, 3)
            evidence["repeats_times_single_ms"] = round(single.ms * repeats, 3)
        table = shape.target if shape is not None else None
        cost = (f"; the repeats took {evidence['captured_repeat_ms']:.2f} ms as captured" if timed
                else f"; {evidence['repeats_times_single_ms']:.2f} ms of execution on the seeded data"
                if "repeats_times_single_ms" in evidence else "")
        place = session_place(worst.session, info.kind if info else None)
        more = f" ({repeats} repeats in {len(sessions)} sessions)" if len(sessions) > 1 else ""
        message = (f"The same query on {table or 'a table'} runs {runs} times with the same parameters "
                   f"{place}{more}{cost}: run it once and reuse the result.")
        first = worst.same_params()
        repeated = next(iter(first.values()))
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            proof="heuristic",  # the repeats are read from the capture; nothing is measured of the fix
            message=message,
            table=table,
            queries=(fingerprint,),
            origins=tuple(dict.fromkeys([*(str(e.origin) for e in repeated), *origins([group])]))[:5],
            evidence=evidence,
            fix=Fix(
                description=("Run the query once per request and reuse the result: pass it down, hoist it "
                             "out of the loop, or memoize it for the request (React cache(), DataLoader)."),
                drizzle=(f"const load = cache((…) => db.select().from({camel_case(table or 'table')}).where(…))"
                         "  // call load() wherever the query ran: one round trip per request"),
            ),
        )


def _most_runs(burst: Burst) -> int:
    """How many times the most repeated parameter set of `burst` ran."""
    return max(len(runs) for runs in burst.same_params().values())
