"""How often a statement is run to measure it, and which run is kept: the repetition rule.

Per-node timing is what makes `EXPLAIN ANALYZE` dear: it reads the clock twice per row and node,
about 2x a plain run, against about 1.2x with `TIMING OFF`, which still counts rows and buffers
and measures the whole execution time. So a statement is run:

1. once with `TIMING OFF` as a warm-up, discarded, unless every table it reads was read on this
   connection before (warm-ups are shared per table: the second query on a table does not pay
   for one; its first run then counts as a repeat);
2. once with per-node timing: the plan tree kept, whose node times the reports show;
3. with `TIMING OFF` until the run *settles*: two repeats in a row with the same rows and
   buffers and execution times within `TOLERANCE` of each other (or both under `FLOOR_MS`), at
   least `min(2, repeats)` and at most `repeats` repeats (`thresholds.repeats`, default 3);
4. except that a long statement stops at one repeat: once its runs so far (warm-up included)
   have taken `BUDGET_MS` of execution, a further run would only buy precision its time does not
   need (scheduling noise is micro- to milliseconds; its runs are hundreds). The 1.3 s
   `ILIKE '%…%'` of fixtures/saas is run three times instead of four, or twice once warm.

The warm-up is discarded even when it found every page in shared buffers: a backend's first scan
of an index also reads its metapage (then cached per backend), so the first run on a connection
can count a buffer or two more than the runs after it, and verdicts compare buffers.

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
BUDGET_MS = 250.0  # execution time after which one TIMING OFF repeat is enough


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


def settled(a: Plan, b: Plan) -> bool:
    """Two repeats agree: same rows and buffers, execution times within the tolerance."""
    if (a.root.rows_out, a.buffers) != (b.root.rows_out, b.buffers):
        return False
    ta, tb = a.execution_ms or 0.0, b.execution_ms or 0.0
    return abs(ta - tb) <= max(TOLERANCE * max(ta, tb), FLOOR_MS)


def run_repeated(run: Callable[[bool], Plan], warm: bool, repeats: int) -> Runs:
    """Measure with `run(timing) -> Plan` (one EXPLAIN ANALYZE, per-node timing or not) by the rule
    above; `warm`: every table the statement reads was read on this connection already.
    Errors of `run` (a timeout, say) propagate."""
    most = max(1, repeats)
    least = min(MIN_REPEATS, most)
    untimed: list[Plan] = []
    first = run(False)
    if warm:
        untimed.append(first)
    tree = run(True)
    spent = (first.execution_ms or 0.0) + (tree.execution_ms or 0.0)
    while len(untimed) < most:
        if untimed and spent >= BUDGET_MS:
            break
        untimed.append(run(False))
        spent += untimed[-1].execution_ms or 0.0
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
