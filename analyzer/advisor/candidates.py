"""Candidate indexes for a whole workload, read from the query shapes (never from SQL text).

Per query and table: equality columns first, then one range column, then the ORDER BY columns
(LIMIT queries); a partial variant when a constant predicate (`deleted = false`,
`deleted_at IS NULL`, `published = true`) narrows the rows the query then filters or sorts by;
pg_trgm GIN for a leading-wildcard LIKE on a column that is not prose; an expression index for
`lower(col)` / `upper(col)`; the FK column of a join. Candidates of the same table, method and
predicate whose columns lead one another are merged: the longest serves every query of its
prefixes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dbperf.context import Context
from dbperf.findings import IndexChange
from dbperf.migrate.ddl import index_name, quote_ident
from dbperf.schema.model import Index, Table

EQUALITY_OPS = {"=", "in", "any"}
RANGE_OPS = {"<", "<=", ">", ">=", "between"}
ORDER_KINDS = ("select",)
PROSE_BYTES = 500  # as the leading-wildcard rule: wider text is prose, full-text search serves it
MAX_COLUMNS = 3
EXPRESSION_FUNCTIONS = ("lower", "upper")


@dataclass
class Candidate:
    change: IndexChange
    queries: set[str] = field(default_factory=set)  # fingerprints it was derived for (or serves)

    @property
    def key(self) -> tuple:
        c = self.change
        return (c.table, c.columns, c.method, c.opclass or "", c.where or "")

    @property
    def name(self) -> str:
        return self.change.name


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


def covered(table: Table, change: IndexChange, extra: list[IndexChange] = ()) -> bool:
    """An existing (or already chosen) index with the same leading columns, method and predicate."""
    indexes: list[Index | IndexChange] = [*table.indexes, *extra]
    for ix in indexes:
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


def _wildcard(group, p) -> bool:
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

    def add(change: IndexChange, fingerprint: str) -> None:
        table = ctx.table(change.table)
        if table is None or not change.columns or covered(table, change):
            return
        cand = found.setdefault((change.table, change.columns, change.method, change.opclass or "",
                                 change.where or ""), Candidate(change))
        cand.queries.add(fingerprint)

    for group in ctx.groups():
        shape = ctx.shapes.get(group.fingerprint)
        m = ctx.measurements.get(group.fingerprint)
        if shape is None or m is None or not m.ok or shape.kind not in ("select", "update", "delete"):
            continue
        limited = shape.limit is not None or shape.limit_param is not None
        for table_name in _unique(p.column.table for p in shape.predicates) + _unique(
                ref.table for ref, _ in shape.order_by if ref is not None):
            table = ctx.table(table_name)
            if table is None or not ctx.is_large(table_name):
                continue
            preds = [p for p in shape.predicates if p.column.table == table_name and p.clause != "having"]
            plain = [p for p in preds if not p.function and p.op not in ("like", "ilike")]
            constants = [p for p in plain if _constant(p, group) and (p.value != "param" or getattr(
                table.column(p.column.column), "base_type", "") == "boolean")]
            equality = _unique(p.column.column for p in plain if p.op in EQUALITY_OPS
                               and p.value in ("param", "literal") and p not in constants)
            ranges = _unique(p.column.column for p in plain if p.op in RANGE_OPS
                             and p.value in ("param", "literal", "expr"))
            columns = equality + [c for c in ranges[:1] if c not in equality]
            order = [ref.column for ref, _ in shape.order_by if ref is not None and ref.table == table_name]
            if limited and order and shape.kind in ORDER_KINDS:
                columns += [c for c in order if c not in columns]
            columns = columns[:MAX_COLUMNS]
            if columns:
                add(_make(table_name, tuple(columns)), group.fingerprint)
            if constants:
                where = " AND ".join(sorted(_unique(_constant(p, group) for p in constants)))
                rest = [c for c in columns if c not in {p.column.column for p in constants}]
                if rest:
                    add(_make(table_name, tuple(rest), where=where), group.fingerprint)
                if not columns:  # only constants: a full index on the constant column(s)
                    add(_make(table_name, tuple(_unique(p.column.column for p in constants))[:MAX_COLUMNS]),
                        group.fingerprint)
            for p in preds:
                if p.function in EXPRESSION_FUNCTIONS and p.op in ("=", "in", "any"):
                    add(_make(table_name, (f"{p.function}({quote_ident(p.column.column)})",)), group.fingerprint)
                if _wildcard(group, p):
                    col = table.column(p.column.column)
                    if col is not None and (col.avg_width or 0) < PROSE_BYTES:
                        add(_make(table_name, (p.column.column,), method="gin", opclass="gin_trgm_ops",
                                  extension="pg_trgm"), group.fingerprint)
        for a, b in shape.joins:
            for side in (a, b):
                table = ctx.table(side.table)
                if table is None or not ctx.is_large(side.table):
                    continue
                if any(fk.columns[:1] == (side.column,) for fk in table.foreign_keys):
                    add(_make(side.table, (side.column,)), group.fingerprint)
    return list(found.values())


def merged(ctx: Context, candidates: list[Candidate]) -> list[Candidate]:
    """Every candidate serves the queries of the candidates whose columns lead its own (same table,
    method, predicate); plus one on the shared leading column when several diverge after it."""
    out: dict[tuple, Candidate] = {c.key: Candidate(c.change, set(c.queries)) for c in candidates}
    btrees = [c for c in candidates if c.change.method == "btree"]
    by_lead: dict[tuple, list[Candidate]] = {}
    for c in btrees:
        by_lead.setdefault((c.change.table, c.change.where or "", c.change.columns[0]), []).append(c)
    for (table_name, where, lead), group in sorted(by_lead.items()):
        if len({c.change.columns for c in group}) > 1:
            table = ctx.table(table_name)
            change = _make(table_name, (lead,), where=where or None)
            if table is not None and not covered(table, change):
                out.setdefault((table_name, (lead,), "btree", "", where), Candidate(change))
    for wide in out.values():
        for narrow in btrees:
            c, w = narrow.change, wide.change
            if (w.method == "btree" and c.table == w.table and (c.where or "") == (w.where or "")
                    and w.columns[: len(c.columns)] == c.columns) or (
                    w.method == "btree" and c.table == w.table and (c.where or "") == (w.where or "")
                    and c.columns[: len(w.columns)] == w.columns):
                wide.queries |= narrow.queries
    return sorted(out.values(), key=lambda c: c.name)


def candidates(ctx: Context) -> list[Candidate]:
    return merged(ctx, per_query(ctx))
