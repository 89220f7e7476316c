"""The index advisor: a workload-level, measured choice of indexes to create and to drop.

Greedy, on the scratch database the audit seeded: each round every remaining candidate is tried
(`Lab.trial`, rolled back) on the queries it can affect; it counts only on the queries where
`verified()` confirms it (at most half the buffers, or half the rows examined without more
buffers), so noise never counts. Candidates are ranked, and the loop stopped, by the shared
buffers they save (calls × buffers): buffer counts are the same on every run of the same data and
plans, milliseconds on a shared machine are not. The best one is built for real through the Lab
(`Lab.build`: its own timeout, undone at the end whatever happens), the queries it touches are
measured again as the new baseline, and it is kept only when, once built, its queries are still
`verified()` better, every index it adds appears in their plans, and the writes on its table
touch fewer extra buffers than its queries save. Writes the audit flags as bugs (an UPDATE
without WHERE) are left out of that judgement and named (`decision.bug_writes`); a trigram index
on prose is no candidate: full-text search is its fix (`decision.rewrite_instead`). Milliseconds
are reported, never decide. An index must clear one of two bars, so that trivial gains are never
proposed: the workload bar (it saves at least `min_gain` of the buffers of the index-addressable
part: a hot query) or the query bar (on one of its queries it saves at least `min_query_buffers`
shared buffers per call, 128 kB by default, four index lookups' worth: a query that reads a whole table, however small, to
return a few rows, which a DBA indexes whatever its share of the capture). It stops when no
candidate clears either, or at the budget. Every candidate tried and not kept is named in
`Advice.rejected` with its reason (`model.REASONS`). Then: statistics objects (`statistics.py`)
and drops (`drops.py`).

Index-addressable part: the statements an index can narrow at all, i.e. SELECT/UPDATE/DELETE
with a WHERE or JOIN condition, or an ORDER BY … LIMIT, on a table. The rest (INSERTs, an
UPDATE without WHERE, an aggregate over a whole table) stays in the workload total; `Advice`
reports both totals so nobody mistakes the one ratio for the other.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from dbperf.advisor import model
from dbperf.advisor.candidates import Candidate, candidates, covered
from dbperf.advisor.decision import bug_writes, rewrite_instead, rewrites
from dbperf.advisor.drops import drops
from dbperf.advisor.model import Advice, Proposal, QueryChange, Rejected
from dbperf.advisor.statistics import statistics
from dbperf.advisor.workload_cost import WRITE_KINDS, Workload, ms_text, trial_figures
from dbperf.context import Context, Lab
from dbperf.diagnostics import DbperfError
from dbperf.explain.measurement import BuildFailure, Built, Measurement
from dbperf.migrate.plan import UncountedWrite
from dbperf.rules.common import trial_ddl, verified


MIN_QUERY_BUFFERS = 16  # the query bar: shared buffers (128 kB) one call of one query must save


def advise(ctx: Context, *, max_indexes: int | None = None, max_size_bytes: int | None = None,
           min_gain: float = 0.002, min_query_buffers: int = MIN_QUERY_BUFFERS, keep_applied: bool = False,
           progress=None) -> Advice:
    """Measured index proposals for the whole workload of `ctx` (see the module docstring).

    The chosen indexes are built in the scratch database through the Lab while choosing and
    dropped again at the end, also on an error (`keep_applied=True` leaves them). `min_gain` is
    the fraction of the index-addressable queries' shared buffers (calls × buffers) that the next
    index must save, unless it saves at least `min_query_buffers` on one call of one of its queries
    (the query bar). `max_indexes` counts indexes (a bundle counts each of its indexes).

    Measurements remembered across runs (the Lab's `memo`) stay valid while the advisor changes
    the indexes: they are keyed by a digest of the indexes in place too.
    """
    lab = ctx.lab
    refused = lab.build([]) if lab is not None else None
    if lab is None or isinstance(refused, BuildFailure):
        raise DbperfError("the index advisor needs a scratch database that dbperf owns",
                          hint="run it on a seeded scratch database, not on --dsn")
    started = time.perf_counter()
    search = _Search(ctx, lab, Workload(ctx), bug_writes(ctx), max_indexes, max_size_bytes, progress)
    try:
        return search.run(min_gain, min_query_buffers, started)
    finally:
        if not keep_applied:
            lab.undo_builds()


@dataclass
class _Search:
    ctx: Context
    lab: Lab
    w: Workload
    bugs: dict[str, UncountedWrite]
    max_indexes: int | None
    max_size_bytes: int | None
    progress: object = None
    applied: list[Proposal] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    trials: int = 0
    size_used: int = 0
    stale: set[str] = field(default_factory=set)  # queries on a table that got an index since measured
    built_on: set[str] = field(default_factory=set)  # tables an index was built on and judged
    untried: set[str] = field(default_factory=set)  # candidates no measured query could use
    tried: dict[str, str] = field(default_factory=dict)  # name -> its trial's figures, for a rejection
    bar: float = 0.0  # the workload bar: shared buffers the next index must save (min_gain × addressable)
    min_query_buffers: int = MIN_QUERY_BUFFERS  # the query bar: shared buffers one call must save

    def run(self, min_gain: float, min_query_buffers: int, started: float) -> Advice:
        ctx, w = self.ctx, self.w
        self.min_query_buffers = min_query_buffers
        before_total = w.total()
        planned_rewrites = rewrites(ctx)
        # a query that needs a rewrite (full-text search) is not for an index to narrow
        rewritten = {fp for r in planned_rewrites for fp in r.queries}
        addressable = sorted(fp for fp in w.base if w.addressable(fp) and fp not in rewritten)
        addressable_before = w.total(addressable)
        # no trigram index for prose, nor for a search that is to be rewritten anyway
        pool = {c.name: c for c in candidates(ctx) if not any(rewrite_instead(ctx, ch) for ch in c.changes)
                and not (c.change.opclass == "gin_trgm_ops" and c.queries <= rewritten)}
        affected = {name: w.affected(c) for name, c in pool.items()}
        scores: dict[str, tuple[float, dict[str, Measurement]]] = {}  # name -> (buffers saved, verified afters)
        # The bar is a share of what indexes can save at all: one UPDATE without WHERE dirtying every
        # page would otherwise make every index look negligible.
        self.bar = min_gain * max(sum(w.buffers(fp) for fp in addressable), 1)
        while pool and (self.max_indexes is None or self._count() < self.max_indexes):
            for name in sorted(pool):
                if name not in scores:
                    scores[name] = self._score(pool[name], affected[name])
            for name in [n for n in pool if scores[n][0] < 0]:  # could not be tried: named already
                pool.pop(name)
            viable = [n for n in pool if scores[n][0] > 0 and scores[n][1]]
            # the workload bar or the query bar: anything under both is a trivial gain
            clearing = [n for n in viable if self._clears(*scores[n])]
            if not clearing:
                break
            best = _smaller_variant(min(clearing, key=lambda n: (-scores[n][0], len(pool[n].changes), n)),
                                    clearing, pool, scores, w)
            gain, good = scores[best]
            cand = pool.pop(best)
            scores.pop(best)
            remeasured = self._try(cand, sorted(good), before_total)
            if remeasured is None:
                continue
            # Candidates now served by what was applied are gone; the others on the same table, or
            # sharing a re-measured query, are tried again against the new baseline.
            chosen = [p.change for p in self.applied]
            tables = {c.table for c in cand.changes}
            keys = {(c.table, c.columns, c.method, c.where): c.name for c in chosen}
            for name in list(pool):
                other = pool[name]
                served = [keys.get((c.table, c.columns, c.method, c.where)) or (
                    _covering_name(ctx, c, chosen)) for c in other.changes]
                if all(served):
                    pool.pop(name)
                    scores.pop(name, None)
                    self._reject(other, model.COVERED, f"{', '.join(sorted(set(served)))}, chosen, serves "
                                 "every query it would")
                elif {c.table for c in other.changes} & tables or set(affected[name]) & set(remeasured):
                    scores.pop(name, None)
        self._reject_rest(pool, scores)
        for fp in sorted(self.stale):  # plans that may now use an index chosen after their last measurement
            w.update(fp, self.lab.measure(w.groups[fp]))
        indexes = [p.change for p in self.applied]
        proposals = self.applied + statistics(ctx, w, self.lab, self.rejected)
        after_total = w.total()
        rest = sorted(((fp, w.origin(fp), w.cost(fp)) for fp in w.base if fp not in set(addressable)),
                      key=lambda r: (-r[2], r[0]))
        return Advice(before_ms=before_total, after_ms=after_total, queries=len(w.base),
                      proposals=proposals + drops(ctx, w, indexes), seconds=time.perf_counter() - started,
                      trials=self.trials, addressable_before_ms=addressable_before,
                      addressable_after_ms=w.total(addressable), addressable_queries=len(addressable),
                      not_addressable=rest, rejected=self.rejected, unmeasured=_unmeasured(ctx, w),
                      rewrites=planned_rewrites, uncounted_writes=self._uncounted(),
                      queries_changed=_changed(ctx, w))

    # -- one candidate ------------------------------------------------------------------

    def _score(self, cand: Candidate, fps: list[str]) -> tuple[float, dict[str, Measurement]]:
        """(shared buffers saved on the queries where the trial is verified, those measurements);
        -1 when the trial could not build the index (named in `rejected`)."""
        if not fps:
            self.untried.add(cand.name)
            return 0, {}
        afters = self.lab.trial([s for c in cand.changes for s in trial_ddl(c)], [self.w.groups[fp] for fp in fps])
        self.trials += 1
        failure = next((a.error for a in afters if a.error and a.error.startswith("trial DDL")), None)
        if failure:  # the index could not even be built (a timeout): say so, never drop it silently
            self._reject(cand, model.TIMEOUT if "timed out" in failure else model.BUILD_FAILED, failure)
            return -1, {}
        good = {fp: a for fp, a in zip(fps, afters) if verified(self.w.base[fp], a)}
        self.tried[cand.name] = trial_figures(self.w, dict(zip(fps, afters)))
        gain = sum(self.w.buffers(fp) - self.w.buffers(fp, a) for fp, a in good.items())
        if self.progress:
            self.progress(cand.name)
        return max(gain, 0), good

    def _clears(self, gain: float, good: dict[str, Measurement]) -> bool:
        """The workload bar (`gain` is at least `bar`) or the query bar: under both, a trivial gain."""
        return gain >= self.bar or self._per_call(good) >= self.min_query_buffers

    def _per_call(self, good: dict[str, Measurement]) -> int:
        """The most shared buffers one call of one query saves in a verified trial (the query bar)."""
        base = self.w.base
        return max(((base[fp].buffers or 0) - (a.buffers or 0) for fp, a in good.items()), default=0)

    def _try(self, cand: Candidate, fps: list[str], before_total: float) -> list[str] | None:
        """Build `cand`, measure again, keep it or undo it: the re-measured queries, or None."""
        w = self.w
        if self.max_indexes is not None and self._count() + len(cand.changes) > self.max_indexes:
            self._reject(cand, model.BUDGET, f"--max-indexes {self.max_indexes} leaves no room for "
                         f"{len(cand.changes)} more")
            return None
        built = self.lab.build(cand.changes)
        if isinstance(built, BuildFailure):
            self._reject(cand, model.TIMEOUT if built.reason == "timeout" else model.BUILD_FAILED, built.detail)
            return None
        size = sum(b.size_bytes for b in built)
        self.built_on |= {c.table for c in cand.changes}
        if self.max_size_bytes is not None and self.size_used + size > self.max_size_bytes:
            self.lab.unbuild(cand.changes)
            self._reject(cand, model.BUDGET, f"{size / 2**20:,.1f} MB do not fit --max-size "
                         f"({self.size_used / 2**20:,.1f} of {self.max_size_bytes / 2**20:,.1f} MB used)")
            return None
        remeasure = sorted(set(fps) | {fp for c in cand.changes for fp in w.touching(c.table)})
        saved = {fp: w.base[fp] for fp in remeasure}
        fresh = {fp: self.lab.measure(w.groups[fp]) for fp in remeasure}
        for fp, m in fresh.items():
            w.update(fp, m)
        before_ms, after_ms = sum(w.cost(fp, saved[fp]) for fp in fps), sum(w.cost(fp) for fp in fps)
        before_buf, after_buf = sum(w.buffers(fp, saved[fp]) for fp in fps), sum(w.buffers(fp) for fp in fps)
        gain = before_buf - after_buf
        dearer = _dearer_writes(self.ctx, saved, fresh, exclude=fps)
        judged = [fp for fp in dearer if fp not in self.bugs]
        overhead_buffers = sum(w.buffers(fp, fresh[fp]) - w.buffers(fp, saved[fp]) for fp in judged)
        overhead_ms = max(sum(w.cost(fp, fresh[fp]) - w.cost(fp, saved[fp]) for fp in judged), 0.0)
        used = {node.index_name for fp in fps for node in (fresh[fp].plan.walk() if fresh[fp].plan else ())
                if node.index_name}
        tables = ", ".join(sorted({c.table for c in cand.changes}))
        why = None
        if any(not b.names & used for b in built):
            why = (model.NOT_USED, "built, the plans of its queries do not use it")
        elif not any(verified(saved[fp], fresh[fp]) for fp in fps) or gain <= 0:
            why = (model.NO_GAIN, (f"once built, its queries touch {before_buf:,} -> {after_buf:,} buffers "
                                   f"({ms_text(before_ms)} -> {ms_text(after_ms)} ms): none touches at most half "
                                   "the buffers or examines half the rows"))
        elif overhead_buffers >= gain:
            why = (model.WRITE_COST, (f"its queries touch {gain:,} buffers fewer ({ms_text(before_ms)} -> "
                                      f"{ms_text(after_ms)} ms), but writes on {tables} touch {overhead_buffers:,} "
                                      f"buffers more, {ms_text(overhead_ms)} ms ({w.origins(judged)}): the index "
                                      "costs more than it saves"))
        if why:
            self.lab.unbuild(cand.changes)
            w.base.update(saved)
            self._reject(cand, *why)
            return None
        self.size_used += size
        for fp in dearer:  # index maintenance is real: the writes keep their new, dearer measurement,
            # but a write flagged as a bug keeps its old one: its fix (a WHERE) removes what the index
            # adds to it, and the totals would otherwise charge the index for the bug (the create's
            # reason states that extra, measured)
            w.base[fp] = saved[fp] if fp in self.bugs else fresh[fp]
        for c in cand.changes:
            self.stale |= set(w.touching(c.table))
        self.stale -= set(remeasure)
        bugs = [fp for fp in dearer if fp in self.bugs]
        bug_buffers = sum(w.buffers(fp, fresh[fp]) - w.buffers(fp, saved[fp]) for fp in bugs)
        common = {"before_ms": before_ms, "after_ms": after_ms, "before_buf": before_buf, "after_buf": after_buf,
                  "before_total": before_total, "overhead_ms": overhead_ms, "judged": judged, "bugs": bugs,
                  "bug_buffers": bug_buffers, "one_call": _one_call(w, fps, saved)}
        for b in built:
            self.applied.append(self._proposal(cand, b, built, fps, **common))
        return remeasure

    def _proposal(self, cand: Candidate, b: Built, built: list[Built], fps: list[str], *, before_ms, after_ms,
                  before_buf, after_buf, before_total, overhead_ms, judged, bugs, bug_buffers,
                  one_call) -> Proposal:
        w, change = self.w, b.change
        reason = (f"speeds up {len(fps)} quer{'y' if len(fps) == 1 else 'ies'} from {ms_text(before_ms)} ms to "
                  f"{ms_text(after_ms)} ms of workload time ({before_ms / max(after_ms, 0.001):.1f}x; "
                  f"{before_buf:,} -> {after_buf:,} shared buffers), "
                  f"{(before_ms - after_ms) / max(before_total, 1e-9):.0%} of the workload")
        others = tuple(o.change.name for o in built if o is not b)
        if others:
            reason += (f", together with {', '.join(others)} (an OR of LIKE/ILIKE is served by a "
                       "BitmapOr only when each side has an index)")
        if before_buf - after_buf < self.bar:  # kept by the query bar: say so ("0% of the workload" alone misleads)
            reason += (f"; under --min-gain ({self.bar:,.0f} buffers of the workload), proposed for what one call "
                       f"saves: {one_call} (the query bar: {self.min_query_buffers:,})")
        reason += f"; builds in {b.ms / 1000:,.1f} s to {b.size_bytes / 2**20:,.1f} MB on the seeded data"
        if overhead_ms > 0:
            reason += f"; writes on {change.table} take {ms_text(overhead_ms)} ms more ({w.origins(judged)})"
        if bugs:
            reason += (f"; not counted: the write without WHERE ({w.origins(bugs)}), which touches {bug_buffers:,} "
                       "shared buffers more with it and which unbounded-write flags as a bug")
        return Proposal("create", replace(change, reason=reason), queries=tuple(fps), before_ms=before_ms,
                        after_ms=after_ms, size_bytes=b.size_bytes, write_overhead_calls=w.write_calls(change.table),
                        kind="index", build_ms=b.ms, together_with=others, write_overhead_ms=overhead_ms,
                        before_buffers=before_buf, after_buffers=after_buf)

    # -- bookkeeping --------------------------------------------------------------------

    def _count(self) -> int:
        return len(self.applied)

    def _reject(self, cand: Candidate, reason: str, detail: str) -> None:
        self.rejected.extend(Rejected(c.name, reason, detail) for c in cand.changes)

    def _reject_rest(self, pool: dict[str, Candidate], scores) -> None:
        """Name every candidate left when the search stopped, with why it was not taken."""
        for name in sorted(pool):
            gain, good = scores.get(name, (None, {}))
            if gain is None:
                self._reject(pool[name], model.BUDGET, f"--max-indexes {self.max_indexes} reached before it was tried")
            elif name in self.untried:
                self._reject(pool[name], model.NO_GAIN, "no measured query filters, joins or sorts on its "
                             "leading column")
            elif gain <= 0 or not good:
                self._reject(pool[name], model.NO_GAIN, f"tried, {self.tried.get(name, 'its queries')}: none "
                             "touches at most half the shared buffers or examines half the rows with it")
            elif self.max_indexes is not None and self._count() >= self.max_indexes:
                self._reject(pool[name], model.BUDGET, f"--max-indexes {self.max_indexes} reached "
                             f"({gain:,.0f} buffers saved in its trial)")
            else:
                self._reject(pool[name], model.NO_GAIN, f"saves {gain:,.0f} shared buffers in its trial "
                             f"({self.tried.get(name, '')}), under --min-gain ({self.bar:,.0f} buffers), and at "
                             f"most {self._per_call(good):,} on one call of a query (under "
                             f"{self.min_query_buffers:,}): a trivial gain")

    def _uncounted(self) -> list[UncountedWrite]:
        """The bug writes on a table an index was built on: its judgement left them out."""
        return [u for u in self.bugs.values() if u.table in self.built_on]


def _changed(ctx: Context, w: Workload) -> list[QueryChange]:
    """The queries whose baseline the chosen indexes replaced: the audit's measurement -> the last one."""
    out = []
    for fp in sorted(w.base):
        before, after = ctx.measurements.get(fp), w.base[fp]
        if before is not None and after is not before:
            out.append(QueryChange(fp, w.origin(fp), w.groups[fp].calls, before.ms, after.ms,
                                   before.buffers, after.buffers))
    return out


def _one_call(w: Workload, fps: list[str], saved: dict[str, Measurement]) -> str:
    """The query whose one call saves the most shared buffers now, for a sentence:
    "app.sql:3 reads 67 -> 3 shared buffers a call"."""
    fp = max(fps, key=lambda f: ((saved[f].buffers or 0) - (w.base[f].buffers or 0), f))
    return (f"{w.origin(fp).rsplit('/', 1)[-1]} reads {saved[fp].buffers or 0:,} -> {w.base[fp].buffers or 0:,} "
            "shared buffers a call")


def _covering_name(ctx: Context, change, chosen) -> str | None:
    """The chosen index (or an existing one) that serves every query `change` would, by name."""
    table = ctx.table(change.table)
    if table is None or not covered(table, change, chosen):
        return None
    same = [c for c in chosen if c.table == change.table and covered(table, change, [c])]
    return same[0].name if same else "an existing index"


def _unmeasured(ctx: Context, w: Workload) -> list[tuple[str, str, str]]:
    """Query groups the audit could not measure (a timeout, an error): the advice cannot speak for them."""
    out = []
    for fp in sorted(w.groups):
        m = ctx.measurements.get(fp)
        if fp not in w.base and m is not None and m.error:
            out.append((fp, w.origin(fp), m.error))
    return out


def _smaller_variant(best: str, viable: list[str], pool: dict[str, Candidate], scores, w: Workload) -> str:
    """The plain variant of a covering (INCLUDE) candidate, unless the covering one leaves at most
    half the buffers the plain one leaves on its queries (the `verified()` bar): INCLUDE columns
    make every row of the index wider and every write dearer, for a few heap pages less."""
    change = pool[best].change
    if not change.include:
        return best
    plain = next((n for n in sorted(viable) if not pool[n].companions and not pool[n].change.include
                  and pool[n].change.method == "btree" and (pool[n].change.table, pool[n].change.columns,
                  pool[n].change.where) == (change.table, change.columns, change.where)), None)
    if plain is None:
        return best
    fps = set(scores[best][1]) | set(scores[plain][1])
    before = sum(w.buffers(fp) for fp in fps)
    left_cov, left_plain = before - scores[best][0], before - scores[plain][0]
    return best if left_cov * 2 <= left_plain else plain


def _dearer_writes(ctx: Context, saved: dict[str, Measurement], fresh: dict[str, Measurement],
                   exclude: list[str]) -> list[str]:
    """Writes (not among `exclude`, the queries the index speeds up) that touch more shared buffers
    with the new index: its maintenance. Buffers, not ms, decide, so noise never counts."""
    out = []
    for fp, m in fresh.items():
        shape = ctx.shapes.get(fp)
        if fp in exclude or shape is None or shape.kind not in WRITE_KINDS or not m.ok or m.ms is None:
            continue
        if (m.buffers or 0) > (saved[fp].buffers or 0):
            out.append(fp)
    return sorted(out)
