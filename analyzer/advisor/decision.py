"""Which index changes go into a migration: one decision for `dbperf audit` and `dbperf advise`.

Both commands call `migration_plan` (the audit with its findings, or with the advisor's `Advice`
under `--advise`; `dbperf advise` through `Advice.changes`), and the advisor asks the same two
questions while it chooses:

- **A rewrite, not an index** (`rewrite_instead`, `rewrites`): a leading-wildcard search on prose
  (a column averaging `PROSE_BYTES` or more, as the leading-wildcard rule judges it) is not given a
  pg_trgm index: it would be huge and slow to build (posts.content: ~56 MB, ~27 s on the seeded
  saas data) and the audit's fix is full-text search. Neither command proposes the index; both
  state the rewrite. When one query ORs a prose search with another wildcard search, no trigram
  index is proposed for that query at all (a BitmapOr needs an index on every side).
- **Writes the audit flags as bugs do not count against an index** (`bug_writes`): an UPDATE or
  DELETE without WHERE (unbounded-write, an error) rewrites every row; an index on its table makes
  it dearer, but its fix (the WHERE the code meant) removes that cost. Judging an index by it
  would refuse the index for the bug's sake, so the advisor's write-cost judgement leaves it out
  and both outputs say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from dbperf.advisor.candidates import wildcard
from dbperf.context import Context
from dbperf.findings import Finding, IndexChange
from dbperf.migrate.fix import index_changes
from dbperf.migrate.plan import MigrationPlan, Rewrite, UncountedWrite
from dbperf.rules import leading_wildcard, unbounded_write
from dbperf.workload import QueryGroup

if TYPE_CHECKING:
    from dbperf.advisor.model import Advice

PROSE_BYTES = leading_wildcard.PROSE_BYTES


def prose(ctx: Context, table: str, column: str) -> int | None:
    """The average width of a prose column (bytes, pg_stats of the seeded data), else None."""
    t = ctx.table(table)
    col = t.column(column) if t is not None else None
    width = getattr(col, "avg_width", None) or 0
    return width if width >= PROSE_BYTES else None


def rewrite_instead(ctx: Context, change: IndexChange) -> str | None:
    """Why `change` should be a rewrite and not an index (one sentence), else None."""
    if change.action != "create" or change.opclass != "gin_trgm_ops" or len(change.columns) != 1:
        return None
    width = prose(ctx, change.table, change.columns[0])
    if width is None:
        return None
    return f"{change.columns[0]} averages {width:,} bytes: prose, for which full-text search is the fix"


def prose_searches(ctx: Context) -> list[tuple[QueryGroup, str, list[str]]]:
    """(query, table, its wildcard-searched columns) for each query that searches prose with a leading
    wildcard on a large table."""
    out = []
    for group in ctx.groups():
        shape = ctx.shapes.get(group.fingerprint)
        if shape is None or shape.kind not in ("select", "update", "delete"):
            continue
        by_table: dict[str, list[str]] = {}
        for p in shape.predicates:
            if wildcard(group, p) and p.column.column not in by_table.get(p.column.table, []):
                by_table.setdefault(p.column.table, []).append(p.column.column)
        for table, columns in by_table.items():
            if ctx.is_large(table) and any(prose(ctx, table, c) is not None for c in columns):
                out.append((group, table, columns))
    return out


def rewrites(ctx: Context) -> list[Rewrite]:
    """The wildcard searches on prose in the workload, one per query and table, with their rewrite."""
    out = []
    for group, table, columns in prose_searches(ctx):
        wide = [c for c in columns if prose(ctx, table, c) is not None]
        widths = ", ".join(f"{c} averages {prose(ctx, table, c):,} bytes" for c in wide)
        out.append(Rewrite(
            table=table, columns=tuple(columns), rule=leading_wildcard.ID,
            why=f"a leading-wildcard search on prose ({widths}): a trigram index on it is huge and slow to "
                "build" + (", and an OR of searches needs an index on every side" if len(columns) > 1 else ""),
            fix="search it with full-text search (a generated tsvector column with a GIN index, queried with "
                "@@ plainto_tsquery)",
            sql=leading_wildcard.full_text_sql(table, list(columns)),
            queries=(group.fingerprint,),
            origins=tuple(sorted(str(o) for o in group.origins))[:1]))
    return sorted(out, key=lambda r: (r.table, r.columns, r.queries))


def bug_writes(ctx: Context, findings: Iterable[Finding] | None = None) -> dict[str, UncountedWrite]:
    """The writes the audit flags as bugs (unbounded-write), by fingerprint. From `findings` when
    the audit has them, else from the rule itself (it only reads the query shapes)."""
    found = (unbounded_write.check(ctx) if findings is None
             else [f for f in findings if f.rule == unbounded_write.ID])
    out = {}
    for finding in found:
        for fp in finding.queries:
            shape = ctx.shapes.get(fp)
            table = finding.table or (shape.target if shape is not None else None)
            if shape is None or table is None:
                continue
            out[fp] = UncountedWrite(query=fp, origin=finding.origins[0] if finding.origins else "", table=table,
                                     statement=shape.kind.upper(), rule=finding.rule, severity=finding.severity)
    return dict(sorted(out.items()))


def migration_plan(ctx: Context, findings: Iterable[Finding], advice: Advice | None = None) -> MigrationPlan:
    """The migration of an audit: the advisor's set when it ran (`--advise`), else the findings'
    index changes; either way without an index a rewrite replaces, and with the same notes."""
    if advice is not None:
        return advice.changes()
    findings = list(findings)
    changes = [c for c in index_changes(findings) if rewrite_instead(ctx, c) is None]
    return MigrationPlan(changes, rewrites=rewrites(ctx), uncounted_writes=bug_writes(ctx, findings).values())
