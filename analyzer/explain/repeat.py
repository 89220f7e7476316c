"""How often a statement is run to measure it, and which run is kept: the repetition rule.

Per-node timing is what makes `EXPLAIN ANALYZE` dear: it reads the clock twice per row and node,
about 2x a plain run, against about 1.2x with `TIMING OFF`, which still counts rows and buffers
and measures the whole execution time. So a statement is run:

1. once with `TIMING OFF` as a warm-up, discarded, unless every table it reads was read on this
   connection (or another of its pool) before (warm-ups are shared per table: the second query on a table does not pay
   for one; its first run then counts as a repeat, if it read the rows and buffers the timed run
   read: a backend's first scan of an index, a TOAST table's index included, also reads the
   index's metapage, cached per backend, so a first run can count a buffer or two more);
2. once with per-node timing: the plan tree kept, whose node times the reports show;
3. with `TIMING OFF` until the run *settles*: two repeats in a row with the same rows and
   buffers and execution times within `TOLERANCE` of each other (or both under `FLOOR_MS`), at
   least `min(2, repeats)` and at most `repeats` repeats (`thresholds.repeats`, default 3).

Two kinds of statement are run a fixed number of times instead:

- a **long** one, whose first run took `BUDGET_MS` or more, twice: that first run is its one
  repeat (the time), the timed run its plan, rows and buffers (always the second run, after
  anything a first access reads: a write's too). Another run would only buy precision its time does not
  need: scheduling noise is micro- to milliseconds, its runs hundreds. The 1.3 s `ILIKE '%…%'`
  of fixtures/saas is run twice instead of four times;
- any other **write**, three times (the warm-up, the timed run, one repeat): each run leaves its
  table a little changed even once rolled back and vacuumed, so runs read other buffers, and a number of
  runs that depended on time would change the buffers kept (`fixed`).

`ms` is the median execution time of the `TIMING OFF` repeats (the lower middle one for an even
count). The plan kept is the timed run's, unless its rows or buffers differ from the median
repeat's (then that repeat's plan, without node times): rows, buffers and the plan's shape make
the verdicts, and they are those of the median repeat either way. Rows and buffers do not
depend on the timing option, so a verdict is the same as with every run timed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from dbperf.explain.plan import Plan

EXPLAIN_TIMED = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) "
EXPLAIN_UNTIMED = "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) "
TOLERANCE = 0.10  # two repeats' execution times within 10 % of the larger one: time is stable
FLOOR_MS = 0.05  # below 50 µs two times count as equal (clock and scheduling noise)
MIN_REPEATS = 2
BUDGET_MS = 250.0  # a first run this long makes a long statement: run twice


@dataclass
class Runs:
    """The runs of one measurement: the plan kept, the repeats' execution times, what was run."""

    plan: Plan
    repeats: list[Plan]
    warmed_up: bool  # a warm-up run was made (and discarded)

    @property
    def median(self) -> Plan:
        ordered = sorted(self.repeats, key=lambda p: p.execution_ms or 0.0)
        return ordered[(len(ordered) - 1) // 2]

    @property
    def runs_ms(self) -> list[float]:
        return [p.execution_ms or 0.0 for p in self.repeats]


def same_reads(a: Plan, b: Plan) -> bool:
    """Two runs returned the same rows and touched the same buffers."""
    return (a.root.rows_out, a.buffers) == (b.root.rows_out, b.buffers)


def settled(a: Plan, b: Plan) -> bool:
    """Two repeats agree: same rows and buffers, execution times within the tolerance."""
    if not same_reads(a, b):
        return False
    ta, tb = a.execution_ms or 0.0, b.execution_ms or 0.0
    return abs(ta - tb) <= max(TOLERANCE * max(ta, tb), FLOOR_MS)


def run_repeated(run: Callable[[bool], Plan], warm: bool, repeats: int, fixed: bool = False) -> Runs:
    """Measure with `run(timing) -> Plan` (one EXPLAIN ANALYZE, per-node timing or not) by the rule
    above; `warm`: every table the statement reads was read on this connection already; `fixed`:
    a write (the warm-up, the timed run, exactly one repeat). Errors of `run` (a timeout) propagate."""
    most = 1 if fixed else max(1, repeats)
    least = min(MIN_REPEATS, most)
    first = run(False)
    tree = run(True)
    if (first.execution_ms or 0.0) >= BUDGET_MS:  # long (a write too): its first run is the repeat
        return Runs(tree, [first], warmed_up=False)
    warm = warm and not fixed and same_reads(first, tree)  # else a metapage read, say: a warm-up
    untimed: list[Plan] = [first] if warm else []
    while len(untimed) < most:
        untimed.append(run(False))
        if len(untimed) >= least and len(untimed) >= 2 and settled(untimed[-2], untimed[-1]):
            break
    result = Runs(tree, untimed, warmed_up=not warm)
    median = result.median
    if (tree.root.rows_out, tree.buffers) != (median.root.rows_out, median.buffers):
        result.plan = median
    return result


def tables_read(plan: Plan) -> set[str]:
    """The tables a plan scanned (their keys once `parse.name_relations` named them)."""
    return {node.relation for node in plan.walk() if node.relation}


def all_warm(tables: Collection[str], warm: Collection[str]) -> bool:
    """Whether a statement on `tables` needs no warm-up: it names its tables and all are warm."""
    return bool(tables) and all(t in warm for t in tables)
