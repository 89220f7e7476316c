"""The index advisor: a workload-level, measured choice of indexes to create and to drop.

Greedy, on the scratch database the audit seeded: each round every remaining candidate is tried
(`Lab.trial`, rolled back) on the queries it can affect; it counts only on the queries where
`verified()` confirms it (half the rows examined or buffers, not slower), so noise never counts.
Candidates are ranked, and the loop stopped, by the shared buffers they save (calls × buffers):
buffer counts are the same on every run of the same data and plans, milliseconds on a shared
machine are not, and ranking by time made the proposals differ between identical runs. The
milliseconds saved are what the proposals report. The best one is applied for real (its build time and size are recorded),
the queries it touches are measured again as the new baseline, and it is kept only when the gain
holds and every index it adds appears in the new plans of its queries; then the next round
starts. It stops when the best saves less than `min_gain` of the buffers of the index-addressable
part (below), or at the budget. A bundle (trigram indexes that serve an OR together) is tried,
kept and proposed as one. Then: drops (duplicates, redundant prefixes, low-selectivity, unused), each with the bytes it frees; and
the statistics objects (CREATE STATISTICS) that correct a GROUP BY the planner misjudges
(the missing-statistics rule's trial, with the chosen indexes in place, then built and kept as an
index is).

Index-addressable part: the statements an index can narrow at all, i.e. SELECT/UPDATE/DELETE
with a WHERE or JOIN condition, or an ORDER BY … LIMIT, on a table. The rest (INSERTs, an
UPDATE without WHERE, an aggregate over a whole table) stays in the workload total; `Advice`
reports both totals so nobody mistakes the one ratio for the other.

Weight of a query: calls × median measured ms, scaled to the captured mean when the capture
has durations (so its before/after is in the application's own milliseconds).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

import psycopg
from psycopg import errors as pgerrors

from dbperf.advisor.candidates import Candidate, candidates, covered
from dbperf.context import Context
from dbperf.diagnostics import DbperfError
from dbperf.explain.measurement import Measurement
from dbperf.explain.runner import prepare_ddl
from dbperf.findings import IndexChange
from dbperf.migrate.ddl import create_index_sql, drop_index_sql, object_name, quote_ident
from dbperf.rules import duplicate_index, low_selectivity_index
from dbperf.rules.common import trial_ddl, verified
from dbperf.rules.missing_statistics import statistics_trial
from dbperf.schema.model import Index

REAL_GAIN = 0.1  # once applied, an index must still cut its queries' time by 10 %
UNUSED_CAVEAT = ("no captured query's plan uses it; the capture may not hold every query the application "
                 "runs (reports, cron jobs): check pg_stat_user_indexes.idx_scan in production first")
WRITE_KINDS = ("insert", "update", "delete")


@dataclass
class Proposal:
    action: str  # "create" | "drop"
    change: IndexChange
    queries: tuple[str, ...] = ()
    before_ms: float | None = None  # workload ms of `queries` before / after (creates)
    after_ms: float | None = None
    size_bytes: int | None = None
    write_overhead_calls: int = 0
    write_overhead_ms: float | None = None  # creates: workload ms the writes on its table gained, measured
    level: str = "warning"  # "info": an unused index (see caveat)
    caveat: str | None = None
    kind: str = ""  # creates: "index" | "statistics"; drops: "duplicate" | "redundant-prefix" | "low-selectivity" | "unused"
    build_ms: float | None = None  # creates: CREATE INDEX time on the seeded data (one core, no CONCURRENTLY)
    together_with: tuple[str, ...] = ()  # creates of one bundle: before/after are those of the bundle

    @property
    def table(self) -> str:
        return self.change.table

    @property
    def columns(self) -> tuple[str, ...]:
        return self.change.columns

    @property
    def sql(self) -> str:
        if self.action == "create":
            sql = create_index_sql(self.change)
            if self.change.extension:
                sql = f"CREATE EXTENSION IF NOT EXISTS {quote_ident(self.change.extension)};\n{sql}"
            return sql
        return drop_index_sql(self.change)

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "kind": self.kind,
            "table": self.table,
            "columns": list(self.columns),
            "sql": self.sql,
            "queries": list(self.queries),
            "before_ms": _round(self.before_ms),
            "after_ms": _round(self.after_ms),
            "size_bytes": self.size_bytes,
            "write_overhead_calls": self.write_overhead_calls,
            "write_overhead_ms": _round(self.write_overhead_ms),
            "build_ms": _round(self.build_ms),
            "together_with": list(self.together_with),
        }


@dataclass
class Advice:
    before_ms: float
    after_ms: float
    queries: int
    proposals: list[Proposal] = field(default_factory=list)
    seconds: float = 0.0
    trials: int = 0
    addressable_before_ms: float = 0.0  # the index-addressable part (module docstring)
    addressable_after_ms: float = 0.0
    addressable_queries: int = 0
    not_addressable: list[tuple[str, str, float]] = field(default_factory=list)  # (fingerprint, origin, ms) after
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (index, why): applied, measured, undone
    unmeasured: list[tuple[str, str, str]] = field(default_factory=list)  # (fingerprint, origin, why): no advice

    @property
    def ratio(self) -> float:
        return self.before_ms / max(self.after_ms, 0.001)

    @property
    def addressable_ratio(self) -> float:
        return self.addressable_before_ms / max(self.addressable_after_ms, 0.001)

    @property
    def creates(self) -> list[Proposal]:
        """New indexes (not statistics objects)."""
        return [p for p in self.proposals if p.action == "create" and p.kind != "statistics"]

    @property
    def statistics(self) -> list[Proposal]:
        """New statistics objects (CREATE STATISTICS): no index, no write cost."""
        return [p for p in self.proposals if p.kind == "statistics"]

    @property
    def drops(self) -> list[Proposal]:
        return [p for p in self.proposals if p.action == "drop"]

    def changes(self, include_unused: bool = False) -> list[IndexChange]:
        """The migration: every create, every drop but the unused ones (info level) unless asked."""
        return [p.change for p in self.proposals if include_unused or p.level != "info"]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "workload": {"before_ms": _round(self.before_ms), "after_ms": _round(self.after_ms),
                         "queries": self.queries,
                         "index_addressable": {"before_ms": _round(self.addressable_before_ms),
                                               "after_ms": _round(self.addressable_after_ms),
                                               "queries": self.addressable_queries},
                         "not_index_addressable": [{"query": fp, "origin": origin, "ms": _round(ms)}
                                                   for fp, origin, ms in self.not_addressable],
                         "unmeasured": [{"query": fp, "origin": origin, "error": why}
                                        for fp, origin, why in self.unmeasured]},
            "proposals": [p.to_json() for p in self.proposals],
            "rejected": [{"index": name, "reason": why} for name, why in self.rejected],
        }


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


class _Workload:
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
        m = m or self.base[fp]
        return max(self.groups[fp].calls, 1) * (m.ms or 0.0) * self.scale[fp]

    def total(self, fps=None) -> float:
        return sum(self.cost(fp) for fp in (self.base if fps is None else fps))

    def addressable(self, fp: str) -> bool:
        """An index can narrow this statement: a filter, a join or ORDER BY … LIMIT, on a table large
        enough for an index to matter (config: large_table_rows)."""
        shape = self.ctx.shapes.get(fp)
        if shape is None or shape.kind not in ("select", "update", "delete") or not any(
                self.ctx.is_large(t) for t in shape.tables):
            return False
        limited = shape.limit is not None or shape.limit_param is not None
        return bool(shape.predicates or shape.joins or (limited and shape.order_by))

    def touching(self, table: str) -> list[str]:
        return sorted(fp for fp in self.base
                      if table in (getattr(self.ctx.shapes.get(fp), "tables", None) or []))


def _affected(ctx: Context, w: _Workload, cand: Candidate) -> list[str]:
    """Queries the candidate may change: those it was made for, and those that filter, join or
    sort on its leading column."""
    found = {fp for fp in cand.queries if fp in w.base}
    for fp in w.base:
        shape = ctx.shapes.get(fp)
        if shape is None or shape.kind not in ("select", "update", "delete"):
            continue
        refs = [p.column for p in shape.predicates] + [s for j in shape.joins for s in j] + \
            [r for r, _ in shape.order_by if r is not None]
        for change in cand.changes:
            lead = change.columns[0]
            if any(r.table == change.table and (r.column == lead or r.column in lead) for r in refs):
                found.add(fp)
    return sorted(found)


def _write_calls(ctx: Context, w: _Workload, table: str) -> int:
    calls = 0
    for fp, g in w.groups.items():
        shape = ctx.shapes.get(fp)
        if shape is not None and shape.kind in WRITE_KINDS and (shape.target == table or (
                shape.target is None and table in shape.tables)):
            calls += g.calls
    return calls


def _lab_db(ctx: Context):
    db = getattr(ctx.lab, "db", None)
    if db is None or not getattr(db, "owned", False):
        raise DbperfError("the index advisor needs a scratch database that dbperf owns",
                          hint="run it on a seeded scratch database, not on --dsn")
    return db


def advise(ctx: Context, *, max_indexes: int | None = None, max_size_bytes: int | None = None,
           min_gain: float = 0.002, keep_applied: bool = False, progress=None) -> Advice:
    """Measured index proposals for the whole workload of `ctx` (see the module docstring).

    The chosen indexes are created in the scratch database while choosing and dropped again at
    the end (`keep_applied=True` leaves them). `min_gain` is the fraction of the index-addressable
    queries' shared buffers (calls × buffers) that the next index must save.
    `max_indexes` counts indexes (a bundle counts each of its indexes).

    Measurements remembered across runs (the Lab's `memo`) stay valid while the advisor changes
    the indexes: they are keyed by a digest of the indexes in place too, so a second `dbperf
    advise` of an unchanged project reuses them and a measurement from before an index existed
    never stands in for one after it.
    """
    started = time.perf_counter()
    return _advise(ctx, _lab_db(ctx), ctx.lab, started, max_indexes, max_size_bytes, min_gain, keep_applied,
                   progress)


def _trial_ddl(cand: Candidate) -> list[str]:
    return [statement for change in cand.changes for statement in trial_ddl(change)]


def _advise(ctx, db, lab, started, max_indexes, max_size_bytes, min_gain, keep_applied, progress) -> Advice:
    w = _Workload(ctx)
    before_total = w.total()
    addressable = sorted(fp for fp in w.base if w.addressable(fp))
    addressable_before = w.total(addressable)
    pool = {c.name: c for c in candidates(ctx)}
    affected = {name: _affected(ctx, w, c) for name, c in pool.items()}
    scores: dict[str, tuple[float, dict[str, Measurement]]] = {}  # name -> (buffers saved, verified afters)
    # The bar an index must clear is a share of what indexes can save at all: one UPDATE without
    # WHERE dirtying every page would otherwise make every index look negligible.
    addressable_buffers = max(sum(_buffers(w, fp) for fp in addressable), 1)
    applied: list[Proposal] = []
    rejected: list[tuple[str, str]] = []
    size_used = 0
    trials = 0
    stale: set[str] = set()  # queries on a table that got an index since they were last measured

    while pool and (max_indexes is None or len(applied) < max_indexes):
        for name in sorted(pool):
            if name in scores:
                continue
            cand = pool[name]
            fps = affected[name]
            if not fps:
                scores[name] = (0, {})
                continue
            afters = lab.trial(_trial_ddl(cand), [w.groups[fp] for fp in fps])
            trials += 1
            failure = next((a.error for a in afters if a.error and a.error.startswith("trial DDL")), None)
            if failure:  # the index could not even be built (a timeout): say so, never drop it silently
                rejected.extend((c.name, failure) for c in cand.changes)
            good = {fp: a for fp, a in zip(fps, afters) if verified(w.base[fp], a)}
            gain = sum(_buffers(w, fp) - _buffers(w, fp, a) for fp, a in good.items())
            scores[name] = (max(gain, 0), good)
            if progress:
                progress(name)
        # Most buffers saved first; equal: fewer indexes, then by name. Only candidates with a
        # verified gain compete.
        viable = [n for n in pool if scores[n][0] > 0 and scores[n][1]]
        if not viable:
            break
        best = _smaller_variant(min(viable, key=lambda n: (-scores[n][0], len(pool[n].changes), n)),
                                viable, pool, scores, w)
        gain, good = scores[best]
        if gain < min_gain * addressable_buffers:
            break
        cand = pool.pop(best)
        scores.pop(best)
        if max_indexes is not None and len(applied) + len(cand.changes) > max_indexes:
            continue  # a bundle that does not fit the count: the next best may
        built, failure = _build(db, cand, ctx.config.index_build_timeout_ms)
        if failure:
            rejected.extend((c.name, failure) for c in cand.changes)
            continue
        size = sum(size for _, size in built.values())
        if max_size_bytes is not None and size_used + size > max_size_bytes:
            _undo(db, cand)
            continue  # too big for the budget: the next best may fit
        size_used += size
        fps = sorted(good)
        before_ms = sum(w.cost(fp) for fp in fps)
        saved, fresh = _remeasure(lab, w, cand, fps)
        remeasure = sorted(fresh)
        after_ms = sum(w.cost(fp) for fp in fps)
        dearer = _dearer_writes(ctx, saved, fresh, exclude=fps)
        overhead_ms = max(sum(w.cost(fp, fresh[fp]) - w.cost(fp, saved[fp]) for fp in dearer), 0.0)
        overhead_buffers = sum(_buffers(w, fp, fresh[fp]) - _buffers(w, fp, saved[fp]) for fp in dearer)
        used = {node.index_name for fp in fps for node in (fresh[fp].plan.walk() if fresh[fp].plan else ())
                if node.index_name}
        why = None
        if any(not _family(db, c) & used for c in cand.changes):
            why = "not used by the plans of its queries once built"
        elif after_ms >= before_ms * (1 - REAL_GAIN):
            why = f"its queries went only from {_ms(before_ms)} to {_ms(after_ms)} ms once built"
        # The writes' extra buffers or ms outweigh what the index saves. Both: an UPDATE's extra work
        # depends on whether it can stay HOT, i.e. on the free space VACUUM left on its pages, so one
        # unit alone can read "cheap" on one run and "dear" on the next.
        elif overhead_buffers >= gain or after_ms + overhead_ms >= before_ms * (1 - REAL_GAIN):
            why = (f"its queries go from {_ms(before_ms)} to {_ms(after_ms)} ms ({gain:,.0f} buffers fewer), but "
                   f"writes on {', '.join(sorted({c.table for c in cand.changes}))} touch {overhead_buffers:,} "
                   f"buffers more, {_ms(overhead_ms)} ms ({_origins(w, dearer)}): the index costs more than it saves")
        if why:
            _undo(db, cand)
            w.base.update(saved)
            size_used -= size
            rejected.extend((c.name, why) for c in cand.changes)
            continue
        for fp in dearer:  # index maintenance is real: the writes keep their new, dearer measurement
            w.base[fp] = fresh[fp]
        for c in cand.changes:
            stale |= set(w.touching(c.table))
        stale -= set(remeasure)
        names = [c.name for c in cand.changes]
        for change in cand.changes:
            reason = (f"speeds up {len(fps)} quer{'y' if len(fps) == 1 else 'ies'} from {before_ms:,.1f} ms to "
                      f"{after_ms:,.1f} ms of workload time ({before_ms / max(after_ms, 0.001):.1f}x), "
                      f"{(before_ms - after_ms) / max(before_total, 1e-9):.0%} of the workload")
            others = tuple(n for n in names if n != change.name)
            if others:
                reason += (f", together with {', '.join(others)} (an OR of LIKE/ILIKE is served by a "
                           "BitmapOr only when each side has an index)")
            build_ms, size_one = built[change.name]
            reason += f"; builds in {build_ms / 1000:,.1f} s to {size_one / 2**20:,.1f} MB on the seeded data"
            if overhead_ms > 0:
                reason += f"; writes on {change.table} take {_ms(overhead_ms)} ms more ({_origins(w, dearer)})"
            applied.append(Proposal("create", replace(change, reason=reason), queries=tuple(fps),
                                    before_ms=before_ms, after_ms=after_ms, size_bytes=int(size_one),
                                    write_overhead_calls=_write_calls(ctx, w, change.table), kind="index",
                                    build_ms=build_ms, together_with=others,
                                    write_overhead_ms=overhead_ms))
        # Candidates now served by what was applied are gone; the others on the same table, or
        # sharing a re-measured query, are tried again against the new baseline.
        chosen = [p.change for p in applied]
        tables = {c.table for c in cand.changes}
        keys = {(c.table, c.columns, c.method, c.where) for c in chosen}
        for name in list(pool):
            other = pool[name]
            if all(((t := ctx.table(c.table)) is not None and covered(t, c, chosen))
                   or (c.table, c.columns, c.method, c.where) in keys  # a variant (INCLUDE or not) of a chosen one
                   for c in other.changes):
                pool.pop(name)
                scores.pop(name, None)
            elif {c.table for c in other.changes} & tables or set(affected[name]) & set(remeasure):
                scores.pop(name, None)

    for fp in sorted(stale):  # plans that may now use an index chosen after their last measurement
        _update(w, fp, lab.measure(w.groups[fp]))
    indexes = [p.change for p in applied]
    applied += _statistics(ctx, w, db, lab, rejected)
    after_total = w.total()
    drops = _drops(ctx, w, indexes)
    if not keep_applied:
        for p in reversed(applied):
            db.execute(drop_index_sql(p.change, concurrently=False))
    rest = sorted(((fp, _origin(w, fp), w.cost(fp)) for fp in w.base if fp not in set(addressable)),
                  key=lambda r: (-r[2], r[0]))
    return Advice(before_ms=before_total, after_ms=after_total, queries=len(w.base),
                  proposals=applied + drops, seconds=time.perf_counter() - started, trials=trials,
                  addressable_before_ms=addressable_before, addressable_after_ms=w.total(addressable),
                  addressable_queries=len(addressable), not_addressable=rest, rejected=rejected,
                  unmeasured=_unmeasured(ctx, w))


def _unmeasured(ctx: Context, w: _Workload) -> list[tuple[str, str, str]]:
    """Query groups the audit could not measure (a timeout, an error): the advice cannot speak for them."""
    out = []
    for fp in sorted(w.groups):
        m = ctx.measurements.get(fp)
        if fp not in w.base and m is not None and m.error:
            out.append((fp, _origin(w, fp), m.error))
    return out


def _statistics(ctx: Context, w: _Workload, db, lab, rejected: list[tuple[str, str]]) -> list[Proposal]:
    """Statistics objects for the GROUP BYs whose groups the plan misjudges (the missing-statistics
    rule's trial, against the plans with the chosen indexes), each created for real, its table
    ANALYZEd and its queries measured again; kept when the gain holds."""
    out = []
    for fp in sorted(w.base):
        before = w.base[fp]
        tried = statistics_trial(ctx, w.groups[fp], before)
        if tried is None:
            continue
        change = tried[0]
        cand = Candidate(change, {fp})
        built, failure = _build(db, cand, ctx.config.index_build_timeout_ms)
        if failure:
            rejected.append((change.name, failure))
            continue
        saved, fresh = _remeasure(lab, w, cand, [fp])
        before_ms, after_ms = w.cost(fp, before), w.cost(fp, fresh[fp])
        if not fresh[fp].ok or fresh[fp].ms is None or after_ms >= before_ms * (1 - REAL_GAIN):
            _undo(db, cand)
            w.base.update(saved)
            rejected.append((change.name, f"its query went only from {_ms(before_ms)} to {_ms(after_ms)} ms once built"))
            continue
        w.base[fp] = fresh[fp]
        reason = (f"GROUP BY {', '.join(change.columns)}: the planner's estimate of the groups is right with it; "
                  f"speeds up 1 query from {before_ms:,.1f} ms to {after_ms:,.1f} ms of workload time "
                  f"({before_ms / max(after_ms, 0.001):.1f}x); no index, no write cost")
        out.append(Proposal("create", replace(change, reason=reason), queries=(fp,), before_ms=before_ms,
                            after_ms=after_ms, size_bytes=0, kind="statistics",
                            build_ms=built[change.name][0], write_overhead_ms=0.0))
    return out


def _smaller_variant(best: str, viable: list[str], pool: dict[str, Candidate], scores, w: _Workload) -> str:
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
    before = sum(_buffers(w, fp) for fp in fps)
    left_cov, left_plain = before - scores[best][0], before - scores[plain][0]
    return best if left_cov * 2 <= left_plain else plain


def _buffers(w: _Workload, fp: str, m: Measurement | None = None) -> int:
    """Shared buffers of a query over the workload: calls × buffers of one run."""
    m = m or w.base[fp]
    return max(w.groups[fp].calls, 1) * (m.buffers or 0)


def _remeasure(lab, w: _Workload, cand: Candidate, fps: list[str]
               ) -> tuple[dict[str, Measurement], dict[str, Measurement]]:
    """Once `cand` is built: measure again `fps` and every query on its tables, taking the new
    measurements as the baseline where `_update` says so. (the baselines before, the new ones)"""
    remeasure = sorted(set(fps) | {fp for c in cand.changes for fp in w.touching(c.table)})
    saved = {fp: w.base[fp] for fp in remeasure}
    fresh = {fp: lab.measure(w.groups[fp]) for fp in remeasure}
    for fp, m in fresh.items():
        _update(w, fp, m)
    return saved, fresh


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


def _ms(ms: float) -> str:
    """Milliseconds for a sentence: 1 decimal, 3 below 1 ms (0.0 -> 0.0 says nothing)."""
    return f"{ms:,.1f}" if abs(ms) >= 1 else f"{ms:.3f}"


def _origins(w: _Workload, fps: list[str]) -> str:
    return ", ".join(_origin(w, fp).rsplit("/", 1)[-1] for fp in fps[:3]) + (", …" if len(fps) > 3 else "")


def _origin(w: _Workload, fp: str) -> str:
    origins = sorted(str(o) for o in w.groups[fp].origins)
    return origins[0] if origins else ""


def _build(db, cand: Candidate, budget_ms: int) -> tuple[dict[str, tuple[float, int]], str | None]:
    """Create the candidate's indexes for real: (name -> (build ms, size bytes), None).

    Each build has `budget_ms` (thresholds.index_build_timeout_ms) of its own, not the measuring
    statement timeout. One that fails or runs out is undone with the rest of the candidate and
    named: ({}, why).

    Only an expression index is followed by ANALYZE (the planner needs statistics on its
    expression), as in a trial: ANALYZE samples rows at random, and re-sampling a table for a plain
    index would change the plans of its other queries for no reason of the index."""
    out = {}
    analyze: list[str] = []
    for change in cand.changes:
        t0 = time.perf_counter()
        statements, tables = prepare_ddl(trial_ddl(change))
        try:
            db.execute(f"SET statement_timeout = {int(budget_ms)}")
            for statement in statements:
                db.execute(statement)
        except psycopg.Error as exc:
            spent = time.perf_counter() - t0
            _undo(db, cand)
            if isinstance(exc, pgerrors.QueryCanceled):
                return {}, (f"building it timed out after {spent:,.1f} s "
                            f"(thresholds.index_build_timeout_ms = {budget_ms:,})")
            return {}, f"building it failed: {str(exc).splitlines()[0]}"
        finally:
            db.execute(f"SET statement_timeout = {int(db.statement_timeout_ms)}")
        build_ms = (time.perf_counter() - t0) * 1000
        size = db.fetchval("SELECT pg_relation_size(to_regclass($1))", (object_name(change),)) or 0
        out[change.name] = (build_ms, int(size))
        analyze += tables
    for table in dict.fromkeys(analyze):
        db.execute(f"ANALYZE {table}")
    return out, None


def _family(db, change: IndexChange) -> set[str]:
    """The index's name, and on a partitioned table those of its partitions' indexes (plans name those)."""
    if not change.partitions:
        return {change.name}
    rows = db.fetchall("SELECT c.relname FROM pg_partition_tree(to_regclass($1)) pt "
                       "JOIN pg_class c ON c.oid = pt.relid", (quote_ident(change.name),))
    return {change.name} | {r[0] for r in rows}


def _undo(db, cand: Candidate) -> None:
    for change in reversed(cand.changes):
        db.execute(drop_index_sql(change, concurrently=False))


def _update(w: _Workload, fp: str, m: Measurement) -> None:
    """A new measurement becomes the baseline when the plan changed or it is verified better;
    a re-run of the same plan is noise, not a change."""
    old = w.base[fp]
    if not m.ok or m.ms is None:
        return
    if verified(old, m) or (old.plan is not None and m.plan is not None and old.plan.shape() != m.plan.shape()):
        w.base[fp] = m


def _drop_change(table: str, index: Index, reason: str) -> IndexChange:
    return IndexChange(action="drop", name=index.name, table=table, columns=index.columns, method=index.method,
                       unique=index.unique, where=index.predicate, include=index.include,
                       definition=index.definition, reason=reason)


def _drops(ctx: Context, w: _Workload, creates: list[IndexChange]) -> list[Proposal]:
    """Indexes to drop, against the final plans (with the chosen indexes in place)."""
    final = Context(schema=ctx.schema, workload=ctx.workload, measurements=dict(w.base), shapes=ctx.shapes,
                    config=ctx.config, stats=ctx.stats, lab=None)
    used: dict[str, set[str]] = {}
    for fp, m in w.base.items():
        for node in m.plan.walk() if m.plan else ():
            if node.index_name:
                used.setdefault(ctx.schema.index_root(node.index_name), set()).add(fp)
    out: dict[str, Proposal] = {}

    def add(table_key: str, change: IndexChange, kind: str, level: str = "warning", caveat: str | None = None):
        if change.name in out:
            return
        table = ctx.table(table_key)
        index = next((ix for ix in table.indexes if ix.name == change.name), None) if table else None
        out[change.name] = Proposal("drop", change, queries=tuple(sorted(used.get(change.name, ()))),
                                    size_bytes=index.size_bytes if index else None,
                                    write_overhead_calls=_write_calls(ctx, w, change.table), level=level,
                                    caveat=caveat, kind=kind)

    for finding in duplicate_index.check(final):
        for change in finding.fix.indexes if finding.fix else ():
            add(change.table, change, "duplicate")
    for table_key, table in sorted(ctx.schema.tables.items()):
        others = [(ix.columns, ix.name) for ix in table.indexes
                  if ix.method == "btree" and not ix.predicate and not ix.expressions]
        others += [(c.columns, c.name) for c in creates
                   if c.table in (table_key, table.name) and c.method == "btree" and not c.where]
        for ix in sorted(table.indexes, key=lambda i: i.name):
            if ix.is_constraint or ix.unique or ix.predicate or ix.expressions or ix.method != "btree":
                continue
            wider = next((name for cols, name in sorted(others, key=lambda o: o[1]) if name != ix.name
                          and len(cols) > len(ix.columns) and tuple(cols[: len(ix.columns)]) == ix.columns), None)
            if wider:
                add(table_key, _drop_change(table_key, ix, f"Index {ix.name} on {table_key} "
                                            f"({', '.join(ix.columns)}) is a prefix of {wider}, which serves "
                                            "every lookup it could; drop it."), "redundant-prefix")
    for finding in low_selectivity_index.check(final):
        for change in finding.fix.indexes if finding.fix else ():
            add(change.table, change, "low-selectivity")
    read = {t for fp in w.base for t in (getattr(ctx.shapes.get(fp), "tables", None) or [])}
    for table_key, table in sorted(ctx.schema.tables.items()):
        if table_key not in read and table.name not in read:
            continue
        fk_leads = {fk.columns[0] for fk in table.foreign_keys if fk.columns}
        for ix in sorted(table.indexes, key=lambda i: i.name):
            if ix.is_constraint or ix.unique or ix.name in used or ix.name in out:
                continue
            if ix.columns and ix.columns[0] in fk_leads:
                continue  # it serves the FK checks of deletes on the referenced table
            add(table_key, _drop_change(table_key, ix, f"Index {ix.name} on {table_key} "
                                        f"({', '.join(ix.columns)}): {UNUSED_CAVEAT}."),
                "unused", level="info", caveat=UNUSED_CAVEAT)
    return sorted(out.values(), key=lambda p: (p.level != "warning", p.table, p.change.name))
