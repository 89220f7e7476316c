"""Value shares a verdict rests on: counted on the seeded data, with the break-even of the fix.

A filter such as `status = 'completed'` reads few or many rows depending on
how common 'completed' is, and the seeded data's share is dbperf's guess
unless `[seed.columns]` or `--stats stats.json` gave it. Rules whose verdict
depends on such a share attach an `Assumption` (dbperf.findings) per filtered
column: the share seeded (a count on the seeded data), where it came from,
and the **break-even share**, the share above which the proposed index stops
helping.

The shares a verdict rests on are counted in one scan of the table (a
`count(*) FILTER (WHERE …)` each), except those the query's measured plan
counted already: a Seq Scan that read the whole table with exactly that Filter
(rules/plan_counts.py); the numbers are the same.

Break-even, derived from the measured plans (rows and buffers, never time):
an index read costs about as many buffers per matching row as the trial
measured (`buffers with the index / rows matching at the seeded share`), and
a sequential scan costs the table's pages (`pg_class.relpages`). The two meet
at `share × pages / buffers with the index`. The extrapolation is linear, so
it is a lower bound of the true break-even (a bitmap heap scan reads each
page at most once): a verdict said to hold under it does hold. When the index
hands rows in order to a LIMIT (no Sort between them) the query reads a page
of rows whatever the share: the verdict holds at any share (`break_even`
None).

Two verdicts hold the other way round, while a share is at least a
break-even (direction "over"): an OFFSET query's deepest captured page exists
only while its filter keeps that many rows (`share × rows needed / rows the
whole filter keeps`, each value's share scaling what the filter keeps), and a
low-selectivity index is one while its most common value is at least the
rule's threshold.

A share "could plausibly be anything" on a low-cardinality column (a boolean,
an enum, a column with at most `LOW_CARDINALITY` distinct seeded values:
statuses, types, locales); on other columns (ids, e-mails, foreign keys) no
value is assumed to weigh more than the heaviest value seeded (pg_stats'
first most-common frequency).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dbperf.context import Context
from dbperf.explain.measurement import Measurement
from dbperf.explain.plan import Plan
from dbperf.findings import Assumption
from dbperf.migrate.ddl import qualified, quote_ident
from dbperf.rules import plan_counts
from dbperf.sql.shape import Predicate
from dbperf.workload import QueryGroup

EQUALITY_OPS = ("=", "in", "any")
PATTERN_OPS = ("like", "ilike")
LOW_CARDINALITY = 100  # distinct seeded values up to which any value may plausibly be most rows
METHOD = "linear: share x table pages / buffers read with the index (measured at the seeded share)"
ORDERED_METHOD = "the index feeds a LIMIT in order: a page of rows is read whatever the share"


def source_of(ctx: Context, table: str, column: str) -> str:
    """Where the column's seeded distribution came from: `[seed.columns]`, `stats.json` or dbperf's guess."""
    profile = ctx.config.profiles.get((table, column))
    if profile is None or not (profile.values or profile.domain or profile.histogram or profile.distribution
                               or profile.n_distinct):
        return "seeded default"  # no profile, or one that only adds JSON keys
    return "stats.json" if profile.source == "stats" else "[seed.columns]"


def plausible_max(ctx: Context, table: str, column: str, share: float) -> float:
    """The largest share the filtered value could plausibly have in production (module docstring)."""
    found = ctx.table(table)
    col = found.column(column) if found is not None else None
    if col is not None and (col.base_type == "boolean" or col.enum_values):
        return 1.0
    stats = ctx.stats.get((table, column))
    if stats is None:
        return 1.0
    rows = (found.rows if found is not None else 0) or 0
    if stats.distinct(rows) <= LOW_CARDINALITY:
        return 1.0
    return max(stats.most_common_freq, share)


def value_predicates(ctx: Context, group: QueryGroup, table: str, columns: Iterable[str],
                     ops: tuple[str, ...] = EQUALITY_OPS) -> list[Predicate]:
    """The query's filters on `table`'s `columns` that compare with a literal or a parameter."""
    shape = ctx.shapes.get(group.fingerprint)
    wanted = set(columns)
    found: dict[str, Predicate] = {}
    for p in shape.predicates if shape is not None else ():
        if (p.column.table == table and p.column.column in wanted and p.op in ops and not p.function
                and p.value in ("literal", "param") and p.column.column not in found):
            found[p.column.column] = p
    return list(found.values())


def count_each(ctx: Context, table: str, sets: Sequence[Sequence[Predicate]], params: tuple | None,
               measured: Measurement | None = None, others: Sequence[Predicate] = ()
               ) -> list[tuple[int, int] | None]:
    """For each set of predicates, (rows matching all of them, rows of the table) on the seeded data,
    or None when a value is unknown. A parameter takes its value from `params` (what the measurement
    used). With `measured` (the query's measurement) the rows its plan's whole-table scan kept with
    exactly a set's predicates are its count (rules/plan_counts.py; `others`: the query's other
    filters on `table`, for a Filter `predicate OR other`); the other sets are counted in one scan of
    the table, a `count(*) FILTER (WHERE …)` each."""
    found: list[tuple[int, int] | None] = [None] * len(sets)
    if ctx.lab is None:
        return found
    others = [o for o in others if _values(o, params)]
    filters: list[str] = []
    bound: list[str] = []
    pending: list[tuple[int, plan_counts.Kept | None]] = []  # set, and the plan's `p OR q` rows to correct
    for n, predicates in enumerate(sets):
        values = [_values(p, params) for p in predicates]
        if not predicates or not all(values):
            continue
        kept = plan_counts.kept(ctx, measured, table, predicates, values, others,
                                [_values(o, params) for o in others])
        if kept is not None and kept.other is None:
            found[n] = kept.rows, kept.total
            continue
        conditions, marks = _conditions(ctx, table, predicates, values, start=len(bound))
        condition = " AND ".join(conditions)
        if kept is not None:  # the scan kept `p OR q`: count q's rows p misses, taken away below
            other, more = _conditions(ctx, table, [kept.other], [_values(kept.other, params)],
                                      start=len(bound) + len(marks))
            condition, marks = f"{other[0]} AND ({condition}) IS NOT TRUE", marks + more
        filters.append(f"count(*) FILTER (WHERE {condition})")
        bound += marks
        pending.append((n, kept))
    if not filters:
        return found
    rows = ctx.lab.fetch(f"SELECT {', '.join(filters)}, count(*) FROM {qualified(table)}", tuple(bound))
    if not rows:
        return found
    total = int(rows[0][-1])
    for (n, kept), counted in zip(pending, rows[0]):
        if kept is None:
            found[n] = int(counted), total
        elif total == kept.total:
            found[n] = kept.rows - int(counted), total
    return found


def _conditions(ctx: Context, table: str, predicates: Sequence[Predicate], values: Sequence[list[str]],
                start: int = 0) -> tuple[list[str], list[str]]:
    """Each predicate as SQL with its values as parameters `$start+1`…, and those values."""
    conditions: list[str] = []
    bound: list[str] = []
    for predicate, found in zip(predicates, values):
        column = quote_ident(predicate.column.column)
        marks = [f"${start + len(bound) + k + 1}" for k in range(len(found))]
        bound += found
        if predicate.op in PATTERN_OPS:
            conditions.append(f"{column}::text {predicate.op.upper()} {marks[0]}")
        elif len(marks) == 1:
            conditions.append(f"{column} = {marks[0]}")
        else:  # IN (…): typed as the column, since a list of text parameters is text[]
            found_table = ctx.table(table)
            col = found_table.column(predicate.column.column) if found_table is not None else None
            cast = f"::{col.type}[]" if col is not None else ""
            conditions.append(f"{column} = ANY(ARRAY[{', '.join(marks)}]{cast})")
    return conditions, bound


def table_pages(ctx: Context, table: str) -> int | None:
    """The table's pages (relpages, set by the ANALYZE after seeding), or None when unknown."""
    if ctx.lab is None:
        return None
    rows = ctx.lab.fetch("SELECT relpages FROM pg_class WHERE oid = to_regclass($1)", (qualified(table),))
    return int(rows[0][0]) if rows and rows[0][0] else None


def break_even(share: float, pages: int | None, after: Measurement | None, table: str) -> float | None:
    """The share above which the index stops reading fewer buffers than a sequential scan (module
    docstring); None when the index serves an ordered LIMIT (any share), or cannot be derived (1.0)."""
    if after is None or after.plan is None:
        return 1.0  # a trial without a plan: no page count to compare with
    if ordered_limit(after.plan, table):
        return None
    used = sum(node.buffers for node in after.plan.walk()
               if node.relation == table and node.node_type in ("Index Scan", "Index Only Scan",
                                                                "Bitmap Heap Scan"))
    if not pages or used <= 0 or share <= 0:
        return 1.0
    return min(1.0, share * pages / used)


def ordered_limit(plan: Plan, table: str) -> bool:
    """An index scan of `table` under a Limit with no Sort in between: the LIMIT stops it early."""
    def down(node, sorted_between: bool) -> bool:
        if node.node_type in ("Sort", "Incremental Sort", "Hash", "Aggregate", "HashAggregate"):
            sorted_between = True
        if node.relation == table and node.node_type in ("Index Scan", "Index Only Scan"):
            return not sorted_between
        return any(down(child, sorted_between) for child in node.children)

    return any(down(limit, False) for limit in plan.walk() if limit.node_type == "Limit")


def assumptions(ctx: Context, group: QueryGroup, table: str, columns: Iterable[str],
                before: Measurement | None, after: Measurement | None,
                ops: tuple[str, ...] = EQUALITY_OPS) -> tuple[Assumption, ...]:
    """One `Assumption` per filtered value (`ops`: equality, or PATTERN_OPS for LIKE/ILIKE) of `columns`
    in `group`, with the break-even of the index trial that measured `after`."""
    found: list[Assumption] = []
    pages = None
    predicates = value_predicates(ctx, group, table, columns, ops)
    params = before.params if before is not None else None
    for predicate, counted in zip(predicates, count_each(ctx, table, [[p] for p in predicates], params, before,
                                                         predicates)):
        if counted is None:
            continue
        matching, total = counted
        shown = shown_filter(ctx, table, predicate, _values(predicate, params))
        share = matching / total if total else 0.0
        if pages is None:
            pages = table_pages(ctx, table)
        even = break_even(share, pages, after, table) if after is not None else None
        method = "" if after is None else ORDERED_METHOD if even is None else METHOD
        column = predicate.column.column
        found.append(Assumption(
            table=table, column=column, predicate=shown, share=share, rows=matching, table_rows=total,
            source=source_of(ctx, table, column), break_even=even,
            # a pattern can match any share of rows; one value of an id-like column only so many
            plausible_max=1.0 if predicate.op in PATTERN_OPS else plausible_max(ctx, table, column, share),
            method=method))
    return tuple(found)


def offset_assumptions(ctx: Context, group: QueryGroup, table: str, params: tuple | None,
                       needed: int, measured: Measurement | None = None) -> tuple[Assumption, ...]:
    """The filter of an OFFSET query keeps enough rows for its deepest captured page only while each
    filtered value is common enough: `share × needed rows / rows the whole filter keeps` (the rows it
    keeps scale with each value's share), direction "over". `measured`: the group's measurement, whose
    plan may have counted them."""
    predicates = value_predicates(ctx, group, table, [p.column.column for p in _shape_predicates(ctx, group)])
    if not predicates or not all(_values(p, params) for p in predicates):
        return ()
    kept, *singles = count_each(ctx, table, [predicates, *([p] for p in predicates)], params, measured)
    if kept is None:
        return ()
    found = []
    for predicate, counted in zip(predicates, singles):
        if counted is None:
            continue
        matching, total = counted
        share = matching / total if total else 0.0
        column = predicate.column.column
        even = min(1.0, share * needed / kept[0]) if kept[0] else 1.0
        found.append(Assumption(
            table=table, column=column, predicate=shown_filter(ctx, table, predicate, _values(predicate, params)),
            share=share, rows=matching, table_rows=total, source=source_of(ctx, table, column),
            break_even=even, plausible_max=plausible_max(ctx, table, column, share), direction="over",
            method=f"the filter keeps {kept[0]:,} rows; the deepest captured page needs {needed:,}: "
                   "share x needed / kept"))
    return tuple(found)


def dominant_assumption(ctx: Context, table: str, column: str, threshold: float | None) -> Assumption | None:
    """The column's most common seeded value and its share, for a verdict that holds while it is at
    least `threshold` of the rows (None: at any share)."""
    if ctx.lab is None:
        return None
    name = quote_ident(column)
    rows = ctx.lab.fetch(f"SELECT {name}::text, count(*), sum(count(*)) OVER () FROM {qualified(table)} "
                         f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")
    if not rows or rows[0][0] is None:
        return None
    value, matching, total = str(rows[0][0]), int(rows[0][1]), int(rows[0][2])
    shown = f"{column} = {value}" if value in ("true", "false") else f"{column} = '{value.replace(chr(39), chr(39) * 2)}'"
    return Assumption(
        table=table, column=column, predicate=shown, share=matching / total if total else 0.0, rows=matching,
        table_rows=total, source=source_of(ctx, table, column), break_even=threshold, direction="over",
        method="the rule's threshold on the most common value's share" if threshold is not None
        else "a boolean index is judged whatever its shares")


def _shape_predicates(ctx: Context, group: QueryGroup) -> list[Predicate]:
    shape = ctx.shapes.get(group.fingerprint)
    return list(shape.predicates) if shape is not None else []


def capped(severity: str, assumes: Iterable[Assumption]) -> str:
    """`error` only when every share the verdict rests on is given by the user or cannot matter, and
    the seeded share is on the side where the verdict holds (else the measurement does not back it)."""
    if severity == "error" and any((not a.known and not a.holds_anywhere) or not a.holds for a in assumes):
        return "warning"
    return severity


def sentences(assumes: Iterable[Assumption], verdict: str = "holds") -> str:
    """The message's tail, for the shares a reader must know about: one that could plausibly cross
    its break-even (guessed or given), one on the wrong side of it, an empty result. A share that
    cannot flip the verdict, or that no trial measured, is left to `assumes`."""
    def told(a: Assumption) -> bool:
        return a.rows == 0 or not a.holds or (bool(a.method) and not a.holds_anywhere)

    return "".join(f"; {a.sentence(verdict)}" for a in assumes if told(a))


def _values(predicate: Predicate, params: tuple | None) -> list[str]:
    if predicate.value == "literal":
        raw = predicate.literal if isinstance(predicate.literal, list) else [predicate.literal]
        return [_text(v) for v in raw if v is not None]
    if predicate.op == "any":
        return []  # `= ANY($1)`: an array parameter, not one value with a share
    n = predicate.param or predicate.pattern_param
    if not params or not n or len(params) < n or params[n - 1] is None:
        return []
    return [_text(params[n - 1])]


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def shown_filter(ctx: Context, table: str, predicate: Predicate, values: list[str]) -> str:
    """The filter as a message shows it: the value on a low-cardinality column or for a pattern,
    `$n` otherwise (a literal e-mail or id may be personal data)."""
    column = predicate.column.column
    op = predicate.op.upper() if predicate.op in PATTERN_OPS else "="
    categorical = predicate.op in PATTERN_OPS or plausible_max(ctx, table, column, 0.0) >= 1.0
    if not categorical:
        return f"{column} {op} ${predicate.param}" if predicate.param else f"{column} {op} <the captured value>"
    quoted = [v if v in ("true", "false") else "'" + v.replace("'", "''") + "'" for v in values]
    if len(quoted) == 1:
        return f"{column} {op} {quoted[0]}"
    return f"{column} IN ({', '.join(quoted)})"
