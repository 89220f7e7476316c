"""The index advisor: a workload-level, measured choice of indexes to create and to drop.

Greedy, on the scratch database the audit seeded: each round every remaining candidate is tried
(`Lab.trial`, rolled back) on the queries it can affect; its score is the workload time it saves
on the queries where `verified()` confirms it (half the rows examined or buffers, not slower),
so noise never counts. The best one is applied for real, the queries it touches are measured
again as the new baseline, and the next round starts; it stops when the best gain is below
`min_gain` of the workload, or at the budget. Then: drops (duplicates, redundant prefixes,
low-selectivity, unused), each with the bytes it frees.

Weight of a query: calls × median measured ms, scaled to the captured mean when the capture
has durations (so its before/after is in the application's own milliseconds).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

from dbperf.advisor.candidates import Candidate, candidates, covered
from dbperf.context import Context
from dbperf.diagnostics import DbperfError
from dbperf.explain.measurement import Measurement
from dbperf.findings import IndexChange
from dbperf.migrate.ddl import create_index_sql, drop_index_sql, qualified, quote_ident
from dbperf.rules import duplicate_index, low_selectivity_index
from dbperf.rules.common import trial_ddl, verified
from dbperf.schema.model import Index

REAL_GAIN = 0.1  # once applied, an index must still cut its queries' time by 10 %
GAIN_QUANTUM = 0.005  # gains are compared in steps of 0.5 % of the workload: ms noise must not reorder picks
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
    level: str = "warning"  # "info": an unused index (see caveat)
    caveat: str | None = None
    kind: str = ""  # create: "index" | drops: "duplicate" | "redundant-prefix" | "low-selectivity" | "unused"

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
            "table": self.table,
            "columns": list(self.columns),
            "sql": self.sql,
            "queries": list(self.queries),
            "before_ms": _round(self.before_ms),
            "after_ms": _round(self.after_ms),
            "size_bytes": self.size_bytes,
            "write_overhead_calls": self.write_overhead_calls,
        }


@dataclass
class Advice:
    before_ms: float
    after_ms: float
    queries: int
    proposals: list[Proposal] = field(default_factory=list)
    seconds: float = 0.0
    trials: int = 0

    @property
    def creates(self) -> list[Proposal]:
        return [p for p in self.proposals if p.action == "create"]

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
                         "queries": self.queries},
            "proposals": [p.to_json() for p in self.proposals],
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

    def total(self) -> float:
        return sum(self.cost(fp) for fp in self.base)

    def touching(self, table: str) -> list[str]:
        return sorted(fp for fp in self.base
                      if table in (getattr(self.ctx.shapes.get(fp), "tables", None) or []))


def _affected(ctx: Context, w: _Workload, cand: Candidate) -> list[str]:
    """Queries the candidate may change: those it was made for, and those that filter, join or
    sort on its leading column."""
    change = cand.change
    lead = change.columns[0]
    found = {fp for fp in cand.queries if fp in w.base}
    for fp in w.base:
        shape = ctx.shapes.get(fp)
        if shape is None or shape.kind not in ("select", "update", "delete"):
            continue
        refs = [p.column for p in shape.predicates] + [s for j in shape.joins for s in j] + \
            [r for r, _ in shape.order_by if r is not None]
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
           min_gain: float = 0.01, keep_applied: bool = False, progress=None) -> Advice:
    """Measured index proposals for the whole workload of `ctx` (see the module docstring).

    The chosen indexes are created in the scratch database while choosing and dropped again at
    the end (`keep_applied=True` leaves them). `min_gain` is a fraction of the workload time.
    """
    started = time.perf_counter()
    db = _lab_db(ctx)
    lab = ctx.lab
    w = _Workload(ctx)
    before_total = w.total()
    pool = {c.name: c for c in candidates(ctx)}
    affected = {name: _affected(ctx, w, c) for name, c in pool.items()}
    scores: dict[str, tuple[float, dict[str, Measurement]]] = {}  # name -> (gain ms, verified afters)
    applied: list[Proposal] = []
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
                scores[name] = (0.0, {})
                continue
            afters = lab.trial(trial_ddl(cand.change), [w.groups[fp] for fp in fps])
            trials += 1
            good = {fp: a for fp, a in zip(fps, afters) if verified(w.base[fp], a)}
            gain = sum(w.cost(fp) - w.cost(fp, a) for fp, a in good.items())
            scores[name] = (max(gain, 0.0), good)
            if progress:
                progress(name)
        quantum = max(before_total * GAIN_QUANTUM, 1e-9)
        ranked = sorted(pool, key=lambda n: (-round(scores[n][0] / quantum), n))
        best = ranked[0]
        gain, good = scores[best]
        if gain <= 0 or gain < min_gain * before_total or not good:
            break
        cand = pool.pop(best)
        scores.pop(best)
        change = cand.change
        for statement in trial_ddl(change):
            db.execute(statement)
        db.execute(f"ANALYZE {qualified(change.table)}")
        size = db.fetchval("SELECT pg_relation_size(to_regclass($1))", (quote_ident(change.name),)) or 0
        if max_size_bytes is not None and size_used + size > max_size_bytes:
            db.execute(f"DROP INDEX IF EXISTS {quote_ident(change.name)}")
            continue  # too big for the budget: the next best may fit
        size_used += size
        fps = sorted(good)
        before_ms = sum(w.cost(fp) for fp in fps)
        remeasure = sorted(set(fps) | set(w.touching(change.table)))
        saved = {fp: w.base[fp] for fp in remeasure}
        for fp in remeasure:
            _update(w, fp, lab.measure(w.groups[fp]))
        after_ms = sum(w.cost(fp) for fp in fps)
        if after_ms >= before_ms * (1 - REAL_GAIN):  # the trial's gain did not hold once applied: undo
            db.execute(f"DROP INDEX IF EXISTS {quote_ident(change.name)}")
            w.base.update(saved)
            size_used -= size
            continue
        stale |= set(w.touching(change.table))
        stale -= set(remeasure)
        table = ctx.table(change.table)
        reason = (f"speeds up {len(fps)} quer{'y' if len(fps) == 1 else 'ies'} from {before_ms:,.1f} ms to "
                  f"{after_ms:,.1f} ms of workload time ({before_ms / max(after_ms, 0.001):.1f}x), "
                  f"{(before_ms - after_ms) / max(before_total, 1e-9):.0%} of the workload")
        applied.append(Proposal("create", replace(change, reason=reason), queries=tuple(fps), before_ms=before_ms,
                                after_ms=after_ms, size_bytes=int(size),
                                write_overhead_calls=_write_calls(ctx, w, change.table), kind="index"))
        # Candidates now served by what was applied are gone; the others on the same table, or
        # sharing a re-measured query, are tried again against the new baseline.
        chosen = [p.change for p in applied]
        for name in list(pool):
            other = pool[name]
            if table is not None and covered(table, other.change, chosen):
                pool.pop(name)
                scores.pop(name, None)
            elif other.change.table == change.table or set(affected[name]) & set(remeasure):
                scores.pop(name, None)

    for fp in sorted(stale):  # plans that may now use an index chosen after their last measurement
        _update(w, fp, lab.measure(w.groups[fp]))
    after_total = w.total()
    drops = _drops(ctx, w, [p.change for p in applied])
    if not keep_applied:
        for p in reversed(applied):
            db.execute(f"DROP INDEX IF EXISTS {quote_ident(p.change.name)}")
    return Advice(before_ms=before_total, after_ms=after_total, queries=len(w.base),
                  proposals=applied + drops, seconds=time.perf_counter() - started, trials=trials)


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
                used.setdefault(node.index_name, set()).add(fp)
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
