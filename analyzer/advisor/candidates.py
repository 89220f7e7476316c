"""Candidate indexes for a whole workload, read from the query shapes (never from SQL text).

Per query and table: equality columns first, then one range column, then the ORDER BY columns
(LIMIT queries); a partial variant when a constant predicate (`deleted = false`,
`deleted_at IS NULL`, `published = true`) narrows the rows the query then filters or sorts by;
pg_trgm GIN for a leading-wildcard LIKE; when one query has several wildcard LIKE/ILIKE on one
table (`title ILIKE $1 OR content ILIKE $2`), one *bundle* of trigram indexes, one per column: the
planner serves an OR with a BitmapOr only when every side has an index, so the indexes are tried,
chosen and proposed together. (A trigram index on prose is left to `decision.rewrite_instead`:
full-text search is its fix, and a bundle with one is no candidate.) An expression
index for `lower(col)` / `upper(col)`, and for `date(col)` on a `timestamp`/`date` column (not
`timestamptz`: its `date()` depends on the time zone and cannot be indexed); the FK column of
a join. A covering variant (`INCLUDE`) when the query reads only a few narrow columns of the table
besides the key, so that an index-only scan becomes possible (the columns a query needs are read
from the sqlglot tree of its statement). Candidates of the same table, method and predicate whose
columns lead one another are merged: the longest serves every query of its prefixes.

Tables: a large one (`large_table_rows`), or a smaller one the query reads more pages of than an
index lookup does (`narrowable`): the audit's rules stay quiet below `large_table_rows`, but a
lookup that reads a whole 5,000-row table for one row is the advisor's to weigh (its bars decide).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from sqlglot import exp

from dbperf.context import Context
from dbperf.explain.measurement import Measurement
from dbperf.findings import IndexChange
from dbperf.migrate.ddl import index_name, quote_ident
from dbperf.schema.model import Index, Table
from dbperf.sql.shape import parse_statement

EQUALITY_OPS = {"=", "in", "any"}
RANGE_OPS = {"<", "<=", ">", ">=", "between"}
ORDER_KINDS = ("select",)
MAX_COLUMNS = 3
EXPRESSION_FUNCTIONS = ("lower", "upper")
MAX_INCLUDE = 3  # covering indexes carry at most this many extra columns…
NARROW_BYTES = 64  # …each narrower than this on average (pg_stats)
DATE_TYPES = ("timestamp without time zone", "timestamp", "date")  # date(col) is immutable on these
LOOKUP_BUFFERS = 3  # a B-tree lookup of a few rows reads about this many pages (root, leaf, heap)


@dataclass
class Candidate:
    change: IndexChange
    queries: set[str] = field(default_factory=set)  # fingerprints it was derived for (or serves)
    companions: tuple[IndexChange, ...] = ()  # a bundle: indexes that only help together (BitmapOr)

    @property
    def changes(self) -> tuple[IndexChange, ...]:
        return (self.change, *self.companions)

    @property
    def key(self) -> tuple:
        return tuple((c.table, c.columns, c.method, c.opclass or "", c.where or "", c.include) for c in self.changes)

    @property
    def name(self) -> str:
        return "+".join(c.name for c in self.changes)


def narrowable(ctx: Context, table: str, m: Measurement | None) -> bool:
    """An index on `table` may narrow the query measured as `m`: the table is large
    (`large_table_rows`), or the query's scans of it read more pages than an index lookup does (a
    lookup that reads all of a 5,000-row table to return one row; a small table read whole by a hot
    query). Below that no index can save anything; above it the trials and the advisor's bars decide."""
    if ctx.is_large(table):
        return True
    plan = m.plan if m is not None and m.ok else None
    return plan is not None and sum(n.buffers for n in plan.scans(table)) > LOOKUP_BUFFERS


def _unique(items) -> list:
    return list(dict.fromkeys(items))


def _constant(p, group=None) -> str | None:
    """The WHERE text of a partial index for a constant predicate (`deleted = false`, `deleted_at IS
    NULL`, or `published = $1` bound to the same boolean in every captured call), else None."""
    col = quote_ident(p.column.column)
    if p.op == "is null":
        return f"{col} IS NULL"
    if p.op != "=" or p.function:
        return None
    value = p.literal if p.value == "literal" else None
    if p.value == "param" and p.param and group is not None:
        seen = {_as_bool(s.params[p.param - 1]) for s in [group.example, *group.samples]
                if s.params and len(s.params) >= p.param}
        value = seen.pop() if len(seen) == 1 else None
    if isinstance(value, bool):
        return f"{col} = {'true' if value else 'false'}"
    return None


def _as_bool(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "t", "false", "f"):
        return value.lower() in ("true", "t")
    return None


def _make(table: str, columns: tuple[str, ...], *, where: str | None = None, method: str = "btree",
          opclass: str | None = None, extension: str | None = None) -> IndexChange:
    suffix = "trgm_idx" if opclass == "gin_trgm_ops" else ("partial_idx" if where else "idx")
    return IndexChange(action="create", name=index_name(table, columns, suffix=suffix), table=table,
                       columns=columns, method=method, opclass=opclass, where=where, extension=extension)


def _covering(table: str, columns: tuple[str, ...], include: tuple[str, ...]) -> IndexChange:
    """Named after its key and its INCLUDE columns: two covering variants of one key (two queries
    reading different columns) are two candidates, never one name for both."""
    return IndexChange(action="create", name=index_name(table, (*columns, "include", *include),
                                                        suffix="covering_idx"),
                       table=table, columns=columns, include=include)


def _through_joins(shape, table_name: str) -> list[str]:
    """Columns of `table_name` an equality reaches through a join condition: with `b.id = $1` and
    `a.b_id = b.id`, `a.b_id` is bound to the same value (the planner derives it as well)."""
    bound = {(p.column.table, p.column.column) for p in shape.predicates if p.op in EQUALITY_OPS
             and not p.function and p.value in ("param", "literal") and p.clause != "having"}
    out = []
    for a, b in shape.joins:
        for mine, other in ((a, b), (b, a)):
            if mine.table == table_name and (other.table, other.column) in bound:
                out.append(mine.column)
    return _unique(out)


def needed_columns(sql: str, table: Table) -> set[str] | None:
    """Every column of `table` the statement reads (select list, aggregates, filters, joins, sorts),
    from its sqlglot tree; None when that cannot be told for sure (`*`, an unqualified column in a
    query over several tables, the table read twice)."""
    try:
        root = parse_statement(sql)
    except Exception:  # noqa: BLE001 - a statement sqlglot cannot read gets no covering candidate
        return None
    sources = list(root.find_all(exp.Table))
    names = {t.alias_or_name for t in sources if t.name == table.name}
    if len(names) != 1 or any(isinstance(s, exp.Star) for s in root.find_all(exp.Star)):
        return None
    alias = names.pop()
    out: set[str] = set()
    for column in root.find_all(exp.Column):
        qualifier = column.table
        if qualifier and qualifier != alias:
            continue  # another table's column
        if table.column(column.name) is None:
            if qualifier:
                return None
            continue  # an output alias (ORDER BY total) or another table's column
        out.add(column.name)  # unqualified and a column of this table: counted (at worst one too many)
    return out


def _trigram(table: str, column: str) -> IndexChange:
    return _make(table, (column,), method="gin", opclass="gin_trgm_ops", extension="pg_trgm")


def covered(table: Table, change: IndexChange, extra: list[IndexChange] = ()) -> bool:
    """An existing (or already chosen) index of the same table with the same leading columns, method
    and predicate. `extra` may hold chosen indexes of any table."""
    indexes: list[Index | IndexChange] = [*table.indexes, *(c for c in extra if c.table == change.table)]
    for ix in indexes:
        if not set(change.include) <= set(ix.include) | set(ix.columns):
            continue
        predicate = ix.predicate if isinstance(ix, Index) else ix.where
        if ix.method != change.method or (predicate or None) != (change.where or None):
            continue
        if predicate and change.where and predicate.replace("(", "").replace(")", "") != change.where:
            continue
        cols = tuple(ix.columns)
        lead = cols[: len(change.columns)]
        if change.method == "btree":
            if len(lead) == len(change.columns) and set(lead) == set(change.columns):
                return True
        elif cols == change.columns:
            return True
    return False


def wildcard(group, p) -> bool:
    """`p` is a LIKE/ILIKE whose pattern starts with a wildcard (literal, or a captured parameter)."""
    if p.op not in ("like", "ilike"):
        return False
    if p.leading_wildcard:
        return True
    if p.pattern_param is None:
        return False
    n = p.pattern_param
    return any(s.params and len(s.params) >= n and isinstance(s.params[n - 1], str) and s.params[n - 1][:1] in "%_"
               for s in [group.example, *group.samples])


def per_query(ctx: Context) -> list[Candidate]:
    """One candidate (or a few: partial, trigram, expression, FK join) per query and table."""
    found: dict[tuple, Candidate] = {}

    def add(change: IndexChange, fingerprint: str, *companions: IndexChange) -> None:
        table = ctx.table(change.table)
        members = [c for c in (change, *companions) if table is not None and c.columns and not covered(table, c)]
        if not members:
            return
        cand = Candidate(members[0], companions=tuple(members[1:]))
        found.setdefault(cand.key, cand).queries.add(fingerprint)

    for group in ctx.groups():
        shape = ctx.shapes.get(group.fingerprint)
        m = ctx.measurements.get(group.fingerprint)
        if shape is None or m is None or not m.ok or shape.kind not in ("select", "update", "delete"):
            continue
        limited = shape.limit is not None or shape.limit_param is not None
        for table_name in _unique([*(p.column.table for p in shape.predicates),
                                   *(side.table for pair in shape.joins for side in pair if _through_joins(
                                       shape, side.table)),
                                   *(ref.table for ref, _ in shape.order_by if ref is not None)]):
            table = ctx.table(table_name)
            if table is None or not narrowable(ctx, table_name, m):
                continue
            preds = [p for p in shape.predicates if p.column.table == table_name and p.clause != "having"]
            plain = [p for p in preds if not p.function and p.op not in ("like", "ilike")]
            constants = [p for p in plain if _constant(p, group) and (p.value != "param" or getattr(
                table.column(p.column.column), "base_type", "") == "boolean")]
            equality = _unique([*(p.column.column for p in plain if p.op in EQUALITY_OPS
                                  and p.value in ("param", "literal") and p not in constants),
                                *_through_joins(shape, table_name)])
            ranges = _unique(p.column.column for p in plain if p.op in RANGE_OPS
                             and p.value in ("param", "literal", "expr"))
            columns = equality + [c for c in ranges[:1] if c not in equality]
            order = [ref.column for ref, _ in shape.order_by if ref is not None and ref.table == table_name]
            if limited and order and shape.kind in ORDER_KINDS:
                columns += [c for c in order if c not in columns]
            columns = columns[:MAX_COLUMNS]
            if columns:
                add(_make(table_name, tuple(columns)), group.fingerprint)
                if shape.kind == "select":
                    needed = needed_columns(group.example.sql, table)
                    extra = sorted(needed - set(columns)) if needed else []
                    if 0 < len(extra) <= MAX_INCLUDE and all(
                            (getattr(table.column(c), "avg_width", None) or NARROW_BYTES) < NARROW_BYTES for c in extra):
                        add(_covering(table_name, tuple(columns), tuple(extra)), group.fingerprint)
            if limited and order and shape.kind in ORDER_KINDS and ranges:
                # A range ahead of the ORDER BY columns takes away the index's order, so the LIMIT no
                # longer stops the scan early: the equalities then the order, range left to the filter
                # (a view's own `WHERE total > 0` under `ORDER BY created_at LIMIT 20`).
                ordered = (equality + [c for c in order if c not in equality])[:MAX_COLUMNS]
                if ordered != columns:
                    add(_make(table_name, tuple(ordered)), group.fingerprint)
            if constants:
                where = " AND ".join(sorted(_unique(_constant(p, group) for p in constants)))
                rest = [c for c in columns if c not in {p.column.column for p in constants}]
                if rest:
                    add(_make(table_name, tuple(rest), where=where), group.fingerprint)
                if not columns:  # only constants: a full index on the constant column(s)
                    add(_make(table_name, tuple(_unique(p.column.column for p in constants))[:MAX_COLUMNS]),
                        group.fingerprint)
            wildcards = []
            for p in preds:
                if p.function in EXPRESSION_FUNCTIONS and p.op in ("=", "in", "any"):
                    add(_make(table_name, (f"{p.function}({quote_ident(p.column.column)})",)), group.fingerprint)
                col = table.column(p.column.column)
                if (p.function == "date" and p.op in EQUALITY_OPS | RANGE_OPS and col is not None
                        and getattr(col, "base_type", None) in DATE_TYPES):
                    add(_make(table_name, (f"date({quote_ident(p.column.column)})",)), group.fingerprint)
                if wildcard(group, p) and col is not None:
                    wildcards.append(p.column.column)
                    add(_trigram(table_name, p.column.column), group.fingerprint)
            wildcards = _unique(wildcards)
            if len(wildcards) > 1:
                first, *rest = (_trigram(table_name, c) for c in wildcards)
                add(first, group.fingerprint, *rest)
        for a, b in shape.joins:  # either side may be the inner one of a nested loop: both get a key
            for side in (a, b):
                if ctx.table(side.table) is not None and narrowable(ctx, side.table, m):
                    add(_make(side.table, (side.column,)), group.fingerprint)
    return list(found.values())


def merged(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Every candidate serves the queries of the candidates whose columns lead its own (same table,
    method, predicate); plus one on the shared leading column when several diverge after it."""
    out: dict[tuple, Candidate] = {c.key: Candidate(c.change, set(c.queries), c.companions) for c in candidates}
    btrees = [c for c in candidates if c.change.method == "btree" and not c.companions and not c.change.include]
    by_lead: dict[tuple, list[Candidate]] = {}
    for c in btrees:
        by_lead.setdefault((c.change.table, c.change.where or "", c.change.columns[0]), []).append(c)
    for (table_name, where, lead), group in sorted(by_lead.items()):
        if len({c.change.columns for c in group}) > 1:
            table = ctx.table(table_name)
            change = _make(table_name, (lead,), where=where or None)
            if table is not None and not covered(table, change):
                single = Candidate(change)
                out.setdefault(single.key, single)
    for wide in out.values():
        if wide.companions or wide.change.include:
            continue
        for narrow in btrees:
            c, w = narrow.change, wide.change
            if (w.method == "btree" and c.table == w.table and (c.where or "") == (w.where or "")
                    and w.columns[: len(c.columns)] == c.columns) or (
                    w.method == "btree" and c.table == w.table and (c.where or "") == (w.where or "")
                    and c.columns[: len(w.columns)] == w.columns):
                wide.queries |= narrow.queries
    return sorted(out.values(), key=lambda c: c.name)


def candidates(ctx: Context) -> list[Candidate]:
    return unique_names([_on_partitions(ctx, c) for c in merged(ctx, per_query(ctx))])


def unique_names(cands: list[Candidate]) -> list[Candidate]:
    """One name per candidate: the advisor keys its pool, its rejections and its migration by name,
    so two different indexes of one name (the same key with two predicates, two tables of one name
    in two schemas) would silently become one. Each of them gets a short digest of what it is;
    the same candidates always get the same names."""
    by_name: dict[str, list[Candidate]] = {}
    for cand in cands:
        by_name.setdefault(cand.change.name, []).append(cand)
    out = []
    for cand in cands:
        if len(by_name[cand.change.name]) > 1:
            digest = hashlib.sha1(repr(cand.key).encode()).hexdigest()[:6]
            name = cand.change.name
            suffix = name.rsplit("_", 1)[-1] if "_" in name else "idx"
            stem = name[: len(name) - len(suffix) - 1][: 63 - len(digest) - len(suffix) - 2]
            cand = replace(cand, change=replace(cand.change, name=f"{stem}_{digest}_{suffix}"))
        out.append(cand)
    return sorted(out, key=lambda c: c.name)


def _on_partitions(ctx: Context, cand: Candidate) -> Candidate:
    """Indexes of a partitioned table carry its partitions: their migration builds them one by one."""
    def placed(change: IndexChange) -> IndexChange:
        table = ctx.table(change.table)
        parts = tuple((p.name, p.parent) for p in table.partitions) if table is not None else ()
        return replace(change, partitions=parts) if parts else change

    return replace(cand, change=placed(cand.change), companions=tuple(placed(c) for c in cand.companions))
