"""The workload as the advisor weighs it: each query's weight and its current baseline measurement.

Weight of a query: calls × median measured ms, scaled to the captured mean when the capture has
durations (so its before/after is in the application's own milliseconds), and calls × shared
buffers, which decide (the same on every run of the same data and plan; milliseconds on a shared
machine are not).
"""

from __future__ import annotations

from collections.abc import Iterable

from dbperf.advisor.candidates import Candidate, narrowable
from dbperf.context import Context
from dbperf.explain.measurement import Measurement
from dbperf.rules.common import rows_examined, verified

WRITE_KINDS = ("insert", "update", "delete")


class Workload:
    """Per-query weight and the current baseline measurements."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.groups = {g.fingerprint: g for g in ctx.groups()}
        self.base: dict[str, Measurement] = {fp: m for fp, m in ctx.measurements.items()
                                             if m.ok and m.ms is not None and fp in self.groups}
        self.scale: dict[str, float] = {}
        for fp, m in self.base.items():
            g = self.groups[fp]
            captured = g.total_ms / g.timed_calls if g.timed_calls and g.total_ms > 0 else None
            self.scale[fp] = captured / m.ms if captured and m.ms and m.ms > 0 else 1.0

    def cost(self, fp: str, m: Measurement | None = None) -> float:
        """Workload ms of a query: calls × ms (of `m`, else of the baseline)."""
        m = m or self.base[fp]
        return max(self.groups[fp].calls, 1) * (m.ms or 0.0) * self.scale[fp]

    def buffers(self, fp: str, m: Measurement | None = None) -> int:
        """Shared buffers of a query over the workload: calls × buffers of one run."""
        m = m or self.base[fp]
        return max(self.groups[fp].calls, 1) * (m.buffers or 0)

    def total(self, fps: Iterable[str] | None = None) -> float:
        return sum(self.cost(fp) for fp in (self.base if fps is None else fps))

    def addressable(self, fp: str) -> bool:
        """An index can narrow this statement: a filter, a join or ORDER BY … LIMIT, on a table large
        enough for an index to matter (config: large_table_rows) or that the query reads more of than
        an index lookup would (`candidates.narrowable`)."""
        shape = self.ctx.shapes.get(fp)
        if shape is None or shape.kind not in ("select", "update", "delete") or not any(
                narrowable(self.ctx, t, self.base.get(fp)) for t in shape.tables):
            return False
        limited = shape.limit is not None or shape.limit_param is not None
        return bool(shape.predicates or shape.joins or (limited and shape.order_by))

    def touching(self, table: str) -> list[str]:
        return sorted(fp for fp in self.base
                      if table in (getattr(self.ctx.shapes.get(fp), "tables", None) or []))

    def update(self, fp: str, m: Measurement) -> None:
        """A new measurement becomes the baseline when the plan changed or it is verified better;
        a re-run of the same plan is noise, not a change."""
        old = self.base[fp]
        if not m.ok or m.ms is None:
            return
        if verified(old, m) or (old.plan is not None and m.plan is not None and old.plan.shape() != m.plan.shape()):
            self.base[fp] = m

    def affected(self, cand: Candidate) -> list[str]:
        """Queries the candidate may change: those it was made for, and those that filter, join or
        sort on its leading column."""
        found = {fp for fp in cand.queries if fp in self.base}
        for fp in self.base:
            shape = self.ctx.shapes.get(fp)
            if shape is None or shape.kind not in ("select", "update", "delete"):
                continue
            refs = [p.column for p in shape.predicates] + [s for j in shape.joins for s in j] + \
                [r for r, _ in shape.order_by if r is not None]
            for change in cand.changes:
                lead = change.columns[0]
                if any(r.table == change.table and (r.column == lead or r.column in lead) for r in refs):
                    found.add(fp)
        return sorted(found)

    def write_calls(self, table: str) -> int:
        """Captured calls of the writes on `table`."""
        calls = 0
        for fp, g in self.groups.items():
            shape = self.ctx.shapes.get(fp)
            if shape is not None and shape.kind in WRITE_KINDS and (shape.target == table or (
                    shape.target is None and table in shape.tables)):
                calls += g.calls
        return calls

    def origin(self, fp: str) -> str:
        origins = sorted(str(o) for o in self.groups[fp].origins)
        return origins[0] if origins else ""

    def origins(self, fps: list[str]) -> str:
        """The first three origins' file:line, for a sentence."""
        return ", ".join(self.origin(fp).rsplit("/", 1)[-1] for fp in fps[:3]) + (", …" if len(fps) > 3 else "")


def ms_text(ms: float) -> str:
    """Milliseconds for a sentence: 1 decimal, 3 below 1 ms (0.0 -> 0.0 says nothing)."""
    return f"{ms:,.1f}" if abs(ms) >= 1 else f"{ms:.3f}"


def trial_figures(w: Workload, afters: dict[str, Measurement]) -> str:
    """What a trial measured on its queries, for the rejection that names it: "1 query: 1,540 ->
    1,212 shared buffers, 6,194 -> 6,194 rows examined" (workload buffers: calls × buffers)."""
    ok = {fp: a for fp, a in afters.items() if a.ok and a.plan is not None and w.base[fp].plan is not None}
    if not ok:
        return f"{len(afters)} quer{'y' if len(afters) == 1 else 'ies'}: not measured with it"
    before_buf, after_buf = sum(w.buffers(fp) for fp in ok), sum(w.buffers(fp, a) for fp, a in ok.items())
    calls = {fp: max(w.groups[fp].calls, 1) for fp in ok}
    before_rows = sum(calls[fp] * rows_examined(w.base[fp].plan) for fp in ok)
    after_rows = sum(calls[fp] * rows_examined(a.plan) for fp, a in ok.items())
    return (f"{len(ok)} quer{'y' if len(ok) == 1 else 'ies'}: {before_buf:,} -> {after_buf:,} shared buffers, "
            f"{before_rows:,.0f} -> {after_rows:,.0f} rows examined")
