"""Statistics objects (CREATE STATISTICS) for the GROUP BYs whose groups the plan misjudges: the
missing-statistics rule's trial, against the plans with the chosen indexes in place, then built
for real through the Lab and kept by the rule's own criterion (no more sort on disk, or 1.3× fewer
pages): pages, not milliseconds, decide; the milliseconds are reported."""

from __future__ import annotations

from dataclasses import replace

from dbperf.advisor.model import BUILD_FAILED, NO_GAIN, TIMEOUT, Proposal, Rejected
from dbperf.advisor.workload_cost import Workload, ms_text
from dbperf.context import Context, Lab
from dbperf.explain.measurement import BuildFailure
from dbperf.rules.missing_statistics import less_work, statistics_trial


def statistics(ctx: Context, w: Workload, lab: Lab, rejected: list[Rejected]) -> list[Proposal]:
    """The statistics objects to create, each built, its table ANALYZEd and its query measured
    again; kept when the query does less work with them (`less_work`)."""
    out = []
    for fp in sorted(w.base):
        before = w.base[fp]
        tried = statistics_trial(ctx, w.groups[fp], before)
        if tried is None:
            continue
        change = tried[0]
        built = lab.build([change])
        if isinstance(built, BuildFailure):
            rejected.append(Rejected(change.name, TIMEOUT if built.reason == "timeout" else BUILD_FAILED,
                                     built.detail))
            continue
        fresh = lab.measure(w.groups[fp])
        before_ms, after_ms = w.cost(fp, before), w.cost(fp, fresh)
        if not fresh.ok or fresh.ms is None or not less_work(before, fresh):
            lab.unbuild([change])
            rejected.append(Rejected(change.name, NO_GAIN, (
                f"once built, its query touches {before.buffers or 0:,} -> {fresh.buffers or 0:,} buffers "
                f"({ms_text(before_ms)} -> {ms_text(after_ms)} ms): neither the spill to disk gone nor "
                "1.3x fewer pages")))
            continue
        w.base[fp] = fresh
        reason = (f"GROUP BY {', '.join(change.columns)}: the planner's estimate of the groups is right with it; "
                  f"speeds up 1 query from {before_ms:,.1f} ms to {after_ms:,.1f} ms of workload time "
                  f"({before_ms / max(after_ms, 0.001):.1f}x); no index, no write cost")
        out.append(Proposal("create", replace(change, reason=reason), queries=(fp,), before_ms=before_ms,
                            after_ms=after_ms, size_bytes=0, kind="statistics", build_ms=built[0].ms,
                            write_overhead_ms=0.0, before_buffers=w.buffers(fp, before),
                            after_buffers=w.buffers(fp, fresh)))
    return out


