"""Missing statistics: the planner guesses the number of groups of a GROUP BY far off.

What it finds
-------------
A GROUP BY on an expression (`date(created_at)`, `lower(email)`) or on
several columns of one large table, where the plan's aggregate expected at
least 10 times more (or fewer) groups than it produced, the larger of the two
being at least 1,000 groups. dbperf creates the
statistics object that describes those keys on the seeded data, ANALYZEs,
measures again, and reports the finding only when the estimate is then right,
the plan changes, and the query no longer sorts on disk or touches at least
1.3 times fewer pages (shared buffers plus temporary blocks). Time is
reported, never decides: the same data and plan give the same pages.

Why it is slow
--------------
PostgreSQL keeps statistics per column, not per expression or column
combination. For `GROUP BY date(created_at)` it takes the distinct count of
`created_at` itself — one group per row — so it plans a sort of every row
(spilling to disk once the rows outgrow `work_mem`) where a small hash table
of ~700 days would do; for `GROUP BY country, city` it multiplies the two
counts although the columns are correlated. Joins and sorts above the
aggregate inherit the wrong row count too.

How to fix it
-------------
Create the statistics the planner lacks, then ANALYZE (PostgreSQL 14+ for
expressions; 10+ for column combinations):

    CREATE STATISTICS IF NOT EXISTS orders_date_created_at_stats ON (date(created_at)) FROM orders;
    ANALYZE orders;

    CREATE STATISTICS IF NOT EXISTS addresses_country_city_stats (ndistinct) ON country, city FROM addresses;

It costs no index and no write overhead, only a little more work for
ANALYZE. drizzle-kit has no statistics objects: put the statement in a
custom migration (`drizzle-kit generate --custom`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pglast import ast, parse_sql
from pglast.parser import ParseError
from pglast.stream import RawStream
from pglast.visitors import Visitor

from dbperf.context import Context
from dbperf.explain.measurement import Measurement
from dbperf.explain.plan import PlanNode
from dbperf.findings import Finding, Fix, IndexChange
from dbperf.migrate.ddl import create_index_sql, index_name, is_expression, qualified
from dbperf.rules.common import before_after, measured_groups, origins, trial_ddl

ID = "missing-statistics"
SEVERITY = "warning"
SUMMARY = "A GROUP BY on an expression or correlated columns: the planner misjudges the groups by 10x or more."

MISESTIMATE = 10.0  # estimated vs actual groups, either way
MIN_ROWS = 1000  # the larger of the two must be at least this many groups
# With the statistics the query must no longer spill to disk, or touch this many times fewer buffers
# (shared and temporary). Buffers, not ms: a 1.8 -> 1.3 ms gain came and went between identical runs
# on a loaded machine (bench/determinism.py), buffers are the same on every run of the same plan.
MIN_LESS_WORK = 1.3


def check(ctx: Context) -> Iterable[Finding]:
    for group, _, before in measured_groups(ctx, kind="select"):
        tried = statistics_trial(ctx, group, before)
        if tried is not None:
            yield _finding(group, before, *tried)


def statistics_trial(ctx: Context, group, before: Measurement
                     ) -> tuple[IndexChange, Measurement, PlanNode, PlanNode] | None:
    """(the statistics object, the measurement with it, the grouping node before, after) when the
    plan of `group` misjudges its groups and the statistics, tried on the seeded data, correct the
    estimate and make it faster (or stop its sort on disk); None otherwise. Also the index
    advisor's test for the statistics it proposes."""
    shape = ctx.shapes.get(group.fingerprint)
    tables = list(dict.fromkeys(shape.tables)) if shape is not None else []
    if len(tables) != 1 or not ctx.is_large(tables[0]) or before.plan is None or ctx.lab is None:
        return None
    aggregate = _aggregate(before)
    if aggregate is None or not _misjudged(aggregate):
        return None
    keys = group_keys(group.example.sql)
    if not keys or (len(keys) == 1 and not is_expression(keys[0])):
        return None  # one plain column: its own statistics already count its groups
    change = IndexChange(action="create", name=index_name(tables[0], keys, suffix="stats"), table=tables[0],
                         columns=tuple(keys), kind="statistics")
    (after,) = ctx.lab.trial(trial_ddl(change), [group])
    if not after.ok or after.plan is None or before.ms is None or after.ms is None:
        return None
    fixed = _aggregate(after)
    if fixed is None or _misjudged(fixed):
        return None  # the statistics did not correct the estimate
    if after.plan.shape() == before.plan.shape():
        return None  # same plan: any difference in time is noise
    if not less_work(before, after):
        return None
    return change, after, aggregate, fixed


def less_work(before: Measurement, after: Measurement) -> bool:
    """`after` no longer sorts on disk, or does `MIN_LESS_WORK` times fewer pages (shared buffers plus
    temporary blocks): the rule's criterion, also the advisor's once the statistics are built."""
    if before.plan is None or after.plan is None:
        return False
    return _unspilled(before, after) or _work(before) >= MIN_LESS_WORK * max(_work(after), 1)


def _unspilled(before: Measurement, after: Measurement) -> bool:
    return _spilled(before) and not _spilled(after)


def _work(m: Measurement) -> int:
    """Shared buffers touched plus temporary blocks written and read: what the plan does, in pages."""
    return (m.buffers or 0) + sum(n.temp_written + n.temp_read for n in m.plan.walk())


def _spilled(m: Measurement) -> bool:
    return sum(n.temp_written for n in m.plan.walk()) > 0


def _aggregate(m: Measurement) -> PlanNode | None:
    """The topmost grouping node of the plan (its estimate is the one the rest of the plan uses)."""
    return next((n for n in m.plan.walk() if n.node_type in ("Aggregate", "Group")
                 and n.raw.get("Strategy") != "Plain" and n.actual_rows is not None), None)


def _misjudged(node: PlanNode) -> bool:
    estimated, actual = node.plan_rows * node.loops, node.rows_out
    return max(estimated, actual) >= MIN_ROWS and max(estimated, actual) >= MISESTIMATE * max(min(estimated, actual), 1)


class _Unqualified(Visitor):
    """`"orders"."created_at"` -> `created_at`: a statistics object names its table once."""

    def visit_ColumnRef(self, ancestors, node):
        return ast.ColumnRef(fields=(node.fields[-1],))


class _Kinds(Visitor):
    """The node types in an expression tree."""

    @classmethod
    def of(cls, node) -> set[type]:
        visitor = cls()
        visitor.seen = set()
        visitor(node)
        return visitor.seen

    def visit(self, ancestors, node):
        self.seen.add(type(node))


def group_keys(sql: str) -> list[str]:
    """The GROUP BY keys of the top-level SELECT: column names, or expression SQL without table
    names; [] when one is neither (a subquery, a grouping set…)."""
    try:
        stmt = parse_sql(sql)[0].stmt
    except (ParseError, IndexError):
        return []
    if not isinstance(stmt, ast.SelectStmt) or not stmt.groupClause:
        return []
    keys = []
    for node in stmt.groupClause:
        if isinstance(node, ast.A_Const) and isinstance(node.val, ast.Integer):  # GROUP BY 1
            n = node.val.ival
            if not stmt.targetList or not 0 < n <= len(stmt.targetList):
                return []
            node = stmt.targetList[n - 1].val
        if isinstance(node, ast.ColumnRef) and isinstance(node.fields[-1], ast.String):
            keys.append(node.fields[-1].sval)
            continue
        kinds = _Kinds.of(node)
        if (not isinstance(node, (ast.FuncCall, ast.TypeCast, ast.A_Expr)) or ast.ColumnRef not in kinds
                or kinds & {ast.SubLink, ast.A_Star} or (isinstance(node, ast.FuncCall) and node.agg_star)):
            return []
        _Unqualified()(node)
        keys.append(RawStream()(node))
    return list(dict.fromkeys(keys))


def _finding(group, before: Measurement, change: IndexChange, after: Measurement, aggregate: PlanNode,
             fixed: PlanNode) -> Finding:
    table, keys = change.table, change.columns
    spilled = _spilled(before)
    estimated, actual = int(aggregate.plan_rows * aggregate.loops), int(aggregate.rows_out)
    off = max(estimated, actual) / max(min(estimated, actual), 1)
    message = (f"GROUP BY {', '.join(keys)} on {table}: the planner expects {estimated:,} groups, there are "
               f"{actual:,} ({off:,.0f}x off){', so it sorts on disk' if spilled else ''}; with statistics on "
               f"{'the expression' if len(keys) == 1 else 'the keys'} it expects {int(fixed.plan_rows * fixed.loops):,} "
               f"and the query takes {after.ms:,.1f} ms instead of {before.ms:,.1f} ms.")
    evidence = {"group_keys": list(keys), "estimated_groups": estimated, "actual_groups": actual,
                "estimated_groups_with_statistics": int(fixed.plan_rows * fixed.loops),
                "sorted_on_disk": spilled, **before_after(before, after)}
    return Finding(
        rule=ID,
        severity=SEVERITY,
        proof="measured",
        message=message,
        table=table,
        columns=tuple(keys),
        queries=(group.fingerprint,),
        origins=origins([group]),
        evidence=evidence,
        fix=Fix(
            description=f"Create the statistics object {change.name}, then ANALYZE {table} (no index, no write cost).",
            sql=f"{create_index_sql(change)}\nANALYZE {qualified(table)};",
            drizzle="drizzle-kit has no statistics objects: add the SQL to a custom migration "
                    "(drizzle-kit generate --custom).",
            indexes=(replace(change, reason=message),),
        ),
    )
