"""Leading wildcard: `LIKE '%…'` / `ILIKE '%…%'` on a large table, which no B-tree index can serve.

What it finds
-------------
A `LIKE` or `ILIKE` whose pattern starts with `%` or `_` (a literal, or a
captured parameter value such as Drizzle's ``ilike(posts.title, `%${q}%`)``)
on a large table. dbperf creates a `pg_trgm` GIN index on each such column in
the scratch database and measures the query before and after. The gain depends
on how many rows the pattern matches: the finding states the share of seeded
rows it matches (seeding makes ~5 % match; "an empty result" when none does)
and the break-even share of the index (`assumes`, rules/shares.py). The queries
that search the same columns of a table make one finding (one fix), told by
the costliest of them (most shared buffers); a trial that fails is reported as
a failed measurement, never as an index that did not help. A column whose
values average 500 bytes or more is prose: no trigram trial is run on it, the
fix is full-text search.

Why it is slow
--------------
A B-tree index is ordered by the string's prefix; with an unknown prefix
there is nothing to seek to, so PostgreSQL reads every row and runs the
pattern match on it — on long `text` columns that is the whole table plus
its TOAST data, per search.

How to fix it
-------------
A trigram index answers `LIKE`/`ILIKE` with any wildcard (patterns of at
least three characters):

    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_title_trgm_idx ON posts USING gin (title gin_trgm_ops);

In Drizzle: ``index('posts_title_trgm_idx').using('gin', table.title.op('gin_trgm_ops'))``.
For searching long bodies, full-text search (`tsvector` + GIN) ranks better.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.migrate.ddl import create_index_sql, index_name, qualified, quote_ident
from dbperf.migrate.drizzle_index import drizzle_index_builder
from dbperf.rules import shares
from dbperf.rules.common import (
    before_after,
    measured_groups,
    new_index,
    origins,
    partitions_of,
    trial_ddl,
    verified,
)

ID = "leading-wildcard"
SEVERITY = "warning"
SUMMARY = "LIKE/ILIKE with a leading wildcard scans the whole table; a pg_trgm GIN index serves it."

# Columns wider than this on average are prose (post bodies): a trigram index on them is huge and slow
# to build, and full-text search is the right tool, so dbperf proposes that instead of a trial.
PROSE_BYTES = 500


def _wildcard_columns(group, shape) -> list[tuple[str, str]]:
    found = []
    for p in shape.predicates:
        if p.op not in ("like", "ilike"):
            continue
        leading = p.leading_wildcard
        if not leading and p.pattern_param is not None:
            values = [s.params for s in group.samples if s.params]
            leading = any(
                len(v) >= p.pattern_param and isinstance(v[p.pattern_param - 1], str)
                and v[p.pattern_param - 1][:1] in ("%", "_")
                for v in values
            )
        if leading and (p.column.table, p.column.column) not in found:
            found.append((p.column.table, p.column.column))
    return found


def check(ctx: Context) -> Iterable[Finding]:
    # one finding per (table, columns): the queries searching the same columns share one fix
    searches: dict[tuple[str, tuple[str, ...]], list] = {}
    for group, shape, before in measured_groups(ctx):
        by_table: dict[str, list[str]] = {}
        for table, column in _wildcard_columns(group, shape):
            by_table.setdefault(table, []).append(column)
        for table, columns in by_table.items():
            if ctx.is_large(table):
                searches.setdefault((table, tuple(columns)), []).append((group, shape, before))
    for (table, columns), found in searches.items():
        yield _finding(ctx, found, table, list(columns))


def _finding(ctx: Context, found: list, table: str, columns: list[str]) -> Finding:
    """`found`: (group, shape, measurement) of each query searching `columns` of `table`."""
    groups = [group for group, _, _ in found]
    # the costliest query speaks for the others: most shared buffers, the fingerprint breaks ties
    worst = max(range(len(found)), key=lambda i: (found[i][2].buffers or 0, found[i][0].fingerprint))
    _, shape, before = found[worst]
    t = ctx.table(table)
    prose = [c for c in columns if t and (col := t.column(c)) and (col.avg_width or 0) >= PROSE_BYTES]
    changes = [new_index(table, (c,), method="gin", opclass="gin_trgm_ops", extension="pg_trgm",
                         partitions=partitions_of(ctx, table)) for c in columns]
    evidence: dict = {"ms": round(before.ms or 0, 3), "buffers": before.buffers}
    helped = tried = False
    failed = None
    after = None
    if ctx.lab is not None and not prose:
        afters = ctx.lab.trial([s for ch in changes for s in trial_ddl(ch)], groups)
        after = afters[worst] if len(afters) > worst else None
        if after is not None and after.ok:
            evidence = before_after(before, after)
            tried = True
            helped = all(a.ok and verified(b, a) for (_, _, b), a in zip(found, afters))
        else:  # a trial that could not run proves nothing either way: a failed measurement
            failed = (after.error if after is not None else None) or "no measurement"
            evidence["trial_error"] = failed
    if len(groups) > 1:
        evidence["queries"] = len(groups)
    cols = ", ".join(columns)
    operator = "ILIKE" if any(p.op == "ilike" for p in shape.predicates) else "LIKE"
    where = f"{operator} with a leading wildcard on {table} ({cols})"
    if len(groups) > 1:
        where += f" in {len(groups)} queries"
    message = where + " " + (
        f"scans the table: {evidence['before_ms']:.1f} ms, {evidence['after_ms']:.2f} ms with a trigram index"
        + (" (the costliest query)." if len(groups) > 1 else ".")
        if helped else f"scans the whole table ({before.ms or 0:,.1f} ms per call).")
    if failed is not None:
        message = message.rstrip(".") + f"; the trial of a trigram index failed ({failed}), so its gain is unknown."
    # the gain depends on how many rows match the pattern: said, with the seeded share (rules/shares.py)
    group = found[worst][0]
    assumes = shares.assumptions(ctx, group, table, columns, before, after if tried else None, shares.PATTERN_OPS)
    message = message.rstrip(".") + shares.sentences(assumes, "a trigram index helps") + "."
    if prose:
        widths = ", ".join(f"{c} averages {t.column(c).avg_width:,} bytes" for c in prose)
        evidence["long_text"] = {c: t.column(c).avg_width for c in prose}
        message = message.rstrip(".") + f"; {widths}: search it with full-text search, not trigrams."
        return Finding(
            # proof: the average widths of the seeded data's statistics make it prose
            rule=ID, severity=SEVERITY, proof="estimated", message=message, table=table, columns=tuple(columns),
            queries=tuple(g.fingerprint for g in groups), origins=origins(groups), evidence=evidence,
            assumes=assumes,
            fix=Fix(description="Full-text search: a generated tsvector column with a GIN index, "
                                "queried with @@ plainto_tsquery($1).",
                    sql=full_text_sql(table, columns),
                    drizzle="sql`${t.search} @@ plainto_tsquery('simple', ${q})`  (tsvector column + GIN index)"),
        )
    changes = [replace(ch, reason=message) for ch in changes]
    return Finding(
        rule=ID, severity=SEVERITY, proof="measured" if tried else "heuristic", message=message, table=table,
        columns=tuple(columns), assumes=assumes,
        queries=tuple(g.fingerprint for g in groups), origins=origins(groups), evidence=evidence,
        fix=Fix(
            description=("Create pg_trgm GIN indexes" if helped else
                         "A pg_trgm GIN index did not help with these patterns; consider full-text search"
                         if tried else "Try pg_trgm GIN indexes (their trial failed here: measure them)")
            + f" on {table} ({cols}).",
            sql="CREATE EXTENSION IF NOT EXISTS pg_trgm;\n" + "\n".join(create_index_sql(c) for c in changes),
            drizzle="\n".join(drizzle_index_builder(c) for c in changes),
            indexes=tuple(changes) if helped else (),
        ),
    )


def full_text_sql(table: str, columns: list[str]) -> str:
    document = " || ' ' || ".join(f"coalesce({quote_ident(c)}, '')" for c in columns)
    name = quote_ident(index_name(table, ("search",)))
    return (f"ALTER TABLE {qualified(table)} ADD COLUMN search tsvector\n"
            f"  GENERATED ALWAYS AS (to_tsvector('simple', {document})) STORED;\n"
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {qualified(table)} USING gin (search);\n"
            f"-- then: WHERE search @@ plainto_tsquery('simple', $1)")
