"""SQL rewrites that rules propose as fixes, built on sqlglot ASTs and emitted as PostgreSQL.

Every function returns None when the rewrite does not apply, so a rule can
offer a fix only when it has one:

- `narrow_select`  — select only the columns the caller uses (over-select);
- `keyset_rewrite` — replace OFFSET pagination by a cursor condition;
- `batch_rewrite`  — turn a per-key lookup into one `= ANY($n)` query (N+1).

Rewrites keep the statement's parameters where they are: new parameters are
numbered after the existing ones, and parameters a rewrite stops referencing
(the OFFSET's, a dropped LIMIT's) are reported or findable with
`param_numbers`, so the runner can bind the right values.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sqlglot import exp

from dbperf.schema.model import Schema, Table, table_key
from dbperf.sql.shape import QueryShape
from dbperf.sql.syntax import fold, param_number, parse_statement


@dataclass
class KeysetRewrite:
    """A keyset-paginated version of an OFFSET query, and what it needs to be fast."""

    sql: str
    cursor_columns: list[str]  # columns whose last-row values make the cursor, in ORDER BY order
    index_columns: list[str]  # equality-filter columns first, then the cursor columns
    directions: list[str]  # "asc" | "desc", one per cursor column
    cursor_params: list[int] = field(default_factory=list)  # $n bound to each cursor column's value
    # $n of the removed OFFSET: the parameters after it are numbered one lower in `sql`
    dropped_params: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # caveats to show with the fix


def param_numbers(sql: str) -> list[int]:
    """The distinct `$n` a statement references, sorted (empty when it does not parse)."""
    try:
        tree = parse_statement(sql)
    except Exception:  # noqa: BLE001 - unparsable SQL has no rewrite
        return []
    return sorted({n for n in map(param_number, tree.walk()) if n is not None})


# --- narrow_select ---------------------------------------------------------------------------


def narrow_select(sql: str, columns: list[str], table: str) -> str | None:
    """The same query returning only `columns` of `table` instead of `*` / every column.

    `table` is the schema table name (or "schema.name" key). Other tables'
    columns and computed expressions are kept. Plain columns of `table` that
    are not in `columns` are removed; the requested ones replace them at the
    place of the first removed item. Aliased columns (`"id" AS "userId"`) are
    kept when their column is requested.
    """
    select = _top_select(sql)
    if select is None or not columns:
        return None
    items = _from_items(select)
    aliases = [
        alias for item, alias in items if isinstance(item, exp.Table) and _names_table(item, table)
    ]
    if not aliases:
        return None
    alias_names = {fold(a) for a in aliases}
    single = len(items) == 1
    qualify = not single or any(
        isinstance(e, exp.Column) and e.args.get("table") is not None for e in select.expressions
    )
    new: list[exp.Expr] = []
    insert_at: int | None = None
    template: exp.Column | None = None  # a removed column, whose qualifier style new columns copy
    kept: set[str] = set()
    changed = False
    for e in select.expressions:
        if isinstance(e, exp.Star):
            # `*` over several tables: this table's columns become explicit, the others stay `t.*`
            for _, alias in items:
                if alias is not None and fold(alias) in alias_names:
                    insert_at = len(new) if insert_at is None else insert_at
                else:
                    new.append(
                        exp.Column(this=exp.Star(), table=alias.copy()) if alias else exp.Star()
                    )
            changed = True
            continue
        column = _strip(e.unalias()) if isinstance(e, exp.Alias) else e
        if not isinstance(column, exp.Column) or not _belongs(column, alias_names, single):
            new.append(e)
            continue
        changed = True
        if isinstance(column.this, exp.Star):
            insert_at = len(new) if insert_at is None else insert_at
        elif (
            isinstance(e, exp.Alias) and _output_differs(e, column) and fold(column.this) in columns
        ):
            new.append(e)
            kept.add(fold(column.this))
        else:
            insert_at = len(new) if insert_at is None else insert_at
            template = template or column
    if not changed or insert_at is None:
        return None
    qualifier = aliases[0] if qualify else None
    added = [_column(name, qualifier, template) for name in columns if name not in kept]
    new[insert_at:insert_at] = added
    before = select.sql(dialect="postgres")
    select.set("expressions", new)
    after = select.sql(dialect="postgres")
    return after if after != before else None


def _belongs(column: exp.Column, aliases: set[str], single: bool) -> bool:
    qualifier = column.args.get("table")
    return (
        fold(qualifier) in aliases
        if qualifier is not None
        else single and not isinstance(column.this, exp.Star)
    )


def _output_differs(alias: exp.Alias, column: exp.Column) -> bool:
    return fold(alias.args["alias"]) != fold(column.this)


# --- keyset_rewrite --------------------------------------------------------------------------


def keyset_rewrite(sql: str, shape: QueryShape, schema: Schema) -> KeysetRewrite | None:
    """Replace OFFSET pagination by a keyset (cursor) condition on the ORDER BY columns.

    `… ORDER BY created_at DESC LIMIT 20 OFFSET $3` becomes
    `… AND (created_at, id) < ($4, $5) ORDER BY created_at DESC, id DESC LIMIT 20`:
    the primary key is appended when ORDER BY has no unique tiebreaker, and the
    cursor parameters are numbered after the existing ones. Mixed ASC/DESC
    orders are expanded into the OR form `(a < $4) OR (a = $4 AND b > $5)`,
    which needs an index with the same mixed directions. Returns None for
    queries that are not a plain SELECT ordered by columns of its main table
    (expressions, several tables, GROUP BY, UNION), or whose table has no
    usable unique key, or that use client-side placeholders instead of `$n`.
    """
    if shape.kind != "select" or not shape.order_by or shape.aggregates or shape.target is None:
        return None
    refs = [ref for ref, _ in shape.order_by]
    if any(ref is None or ref.table != shape.target for ref in refs):
        return None
    table = schema.tables.get(shape.target)
    select = _top_select(sql)
    if table is None or select is None:
        return None
    if any(isinstance(n, exp.Placeholder) for n in select.walk()):
        return None
    alias = next(
        (
            a
            for item, a in _from_items(select)
            if isinstance(item, exp.Table) and _is_table(item, table, schema)
        ),
        None,
    )
    if alias is None:
        return None

    order = select.args.get("order")
    if order is None:
        return None
    first = order.expressions[0].this
    template = (
        first if isinstance(first, exp.Column) else None
    )  # new columns are qualified like ORDER BY's
    cursor = [ref.column for ref in refs if ref is not None]
    descending = [desc for _, desc in shape.order_by]
    tiebreaker = _tiebreaker(table, cursor)
    if tiebreaker is None:
        return None
    for name in tiebreaker:
        # nulls_first=desc is PostgreSQL's default, so no NULLS clause is printed
        column = _column(name, alias, template)
        order.append(
            "expressions", exp.Ordered(this=column, desc=descending[-1], nulls_first=descending[-1])
        )
        cursor.append(name)
        descending.append(descending[-1])

    select.set("offset", None)
    dropped = [shape.offset_param] if shape.offset_param is not None else []
    for number in dropped:  # no gap where $n of OFFSET was: a prepared statement needs every $n used
        _close_param_gap(select, number)
    base = max((n for n in map(param_number, select.walk()) if n is not None), default=0)
    params = list(range(base + 1, base + 1 + len(cursor)))
    columns = [_column(name, alias, template) for name in cursor]
    values = [exp.Parameter(this=exp.Literal.number(n)) for n in params]
    select.where(_cursor_condition(columns, values, descending), append=True, copy=False)

    equality = [
        p.column.column
        for p in shape.predicates
        if p.column.table == shape.target and p.op in ("=", "is null") and p.function is None
        and p.value in ("param", "literal") and p.clause == "where"
    ]  # fmt: skip
    index_columns = list(dict.fromkeys([*equality, *cursor]))
    notes = [
        f'"{name}" is nullable: rows where it is NULL never match the cursor condition; make it NOT NULL'
        for name in cursor
        if (col := table.column(name)) is not None
        and not col.not_null
        and name not in table.primary_key
    ]
    if len(set(descending)) > 1:
        notes.append("mixed ASC/DESC order: the index needs the same directions, column by column")
    return KeysetRewrite(
        sql=select.sql(dialect="postgres"),
        cursor_columns=cursor,
        index_columns=index_columns,
        directions=["desc" if d else "asc" for d in descending],
        cursor_params=params,
        dropped_params=dropped,
        notes=notes,
    )


def _close_param_gap(select: exp.Expr, removed: int) -> None:
    """Number every `$n` above `$removed` one lower, unless `$removed` is still used elsewhere."""
    numbers = [n for n in map(param_number, select.walk()) if n is not None]
    if removed in numbers:
        return
    for node in list(select.walk()):
        number = param_number(node)
        if number is not None and number > removed:
            node.set("this", exp.Literal.number(number - 1))


def _tiebreaker(table: Table, order: list[str]) -> list[str] | None:
    """Columns to append so the order is total: none if a unique NOT NULL key is covered, else the PK."""
    keys = [table.primary_key] if table.primary_key else []
    keys += [
        u for u in table.uniques
        if all((c := table.column(name)) is not None and c.not_null for name in u)
    ]  # fmt: skip
    if any(key and set(key) <= set(order) for key in keys):
        return []
    if not keys:
        return None
    return [c for c in keys[0] if c not in order]


def _cursor_condition(
    columns: Sequence[exp.Expr], values: Sequence[exp.Expr], desc: list[bool]
) -> exp.Expr:
    """`(a, b) < ($1, $2)` when every direction is the same, else the expanded OR form."""
    if len(set(desc)) == 1:
        compare = exp.LT if desc[0] else exp.GT
        if len(columns) == 1:
            return compare(this=columns[0], expression=values[0])
        return compare(
            this=exp.Tuple(expressions=columns), expression=exp.Tuple(expressions=values)
        )
    branches = []
    for i, (column, value) in enumerate(zip(columns, values)):
        compare = exp.LT if desc[i] else exp.GT
        terms: list[exp.Expr] = [
            exp.EQ(this=c.copy(), expression=v.copy()) for c, v in zip(columns[:i], values[:i])
        ]
        terms.append(compare(this=column.copy(), expression=value.copy()))
        branches.append(exp.and_(*terms) if len(terms) > 1 else terms[0])
    return exp.Paren(this=exp.or_(*[exp.Paren(this=b) for b in branches]))


# --- batch_rewrite ---------------------------------------------------------------------------


def batch_rewrite(sql: str, param: int, schema: Schema | None = None) -> str | None:
    """Turn `… WHERE col = $n …` into `… WHERE col = ANY($n) …`, one query for many keys (N+1 fix).

    `$n` must only be used in `=` comparisons with a column. The compared
    column is added to the select list when missing, so rows can be matched
    back to their keys. A top-level LIMIT/OFFSET is per key, so it cannot be
    kept: it is dropped when `schema` shows the column is a single-column
    PRIMARY KEY / UNIQUE (the LIMIT was a no-op), and the rewrite is refused
    otherwise. A dropped LIMIT's `$n` is no longer referenced (see `param_numbers`).
    """
    try:
        tree = parse_statement(sql)
    except Exception:  # noqa: BLE001 - unparsable SQL has no rewrite
        return None
    root = _strip(tree)
    uses = [node for node in tree.walk() if param_number(node) == param]
    if not uses:
        return None
    keys: list[exp.Column] = []
    for node in uses:
        value = node.parent if isinstance(node.parent, exp.Cast) else node
        comparison = value.parent
        if not isinstance(comparison, exp.EQ):
            return None
        other = comparison.expression if comparison.this is value else comparison.this
        if not isinstance(other, exp.Column) and not other.find(exp.Column):
            return None
        if isinstance(value, exp.Cast):
            value.set(
                "to",
                exp.DataType.build(
                    f"{value.args['to'].sql(dialect='postgres')}[]", dialect="postgres"
                ),
            )
        comparison.set("this", other)
        comparison.set("expression", exp.Any(this=exp.Paren(this=value)))
        if isinstance(other, exp.Column):
            keys.append(other)
    if isinstance(root, exp.Select):
        if root.args.get("limit") is not None or root.args.get("offset") is not None:
            if not (
                schema is not None and keys and all(_is_unique_key(k, root, schema) for k in keys)
            ):
                return None
            root.set("limit", None)
            root.set("offset", None)
        _select_keys(root, keys)
    return tree.sql(dialect="postgres")


def _select_keys(select: exp.Select, keys: list[exp.Column]) -> None:
    """Add the batched key columns to a top-level select list that lacks them."""
    if any(
        isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
        for e in select.expressions
    ):
        return
    if select.args.get("group") is not None or select.args.get("distinct") is not None:
        return
    outputs = {fold(e.this) for e in select.expressions if isinstance(e, exp.Column)}
    # An aggregate per key (`SELECT count(*) … WHERE project_id = $1`) becomes one row per key.
    aggregated = any(e.find(exp.AggFunc) for e in select.expressions)
    for key in keys:
        if key.find_ancestor(exp.Select) is select and fold(key.this) not in outputs:
            select.append("expressions", key.copy())
            outputs.add(fold(key.this))
            if aggregated:
                select.group_by(key.copy(), copy=False)


def _is_unique_key(column: exp.Column, select: exp.Select, schema: Schema) -> bool:
    if column.find_ancestor(exp.Select) is not select:
        return False
    qualifier = column.args.get("table")
    for item, alias in _from_items(select):
        if not isinstance(item, exp.Table):
            continue
        if qualifier is not None and (alias is None or fold(alias) != fold(qualifier)):
            continue
        db = fold(item.args["db"]) if item.args.get("db") else None
        table = schema.find(fold(item.this), db)
        if table is None:
            continue
        name = fold(column.this)
        return (name,) == tuple(table.primary_key) or (name,) in [tuple(u) for u in table.uniques]
    return False


# --- helpers ---------------------------------------------------------------------------------


def _top_select(sql: str) -> exp.Select | None:
    try:
        tree = _strip(parse_statement(sql))
    except Exception:  # noqa: BLE001 - unparsable SQL has no rewrite
        return None
    return tree if isinstance(tree, exp.Select) else None


def _strip(node: exp.Expr) -> exp.Expr:
    while isinstance(node, (exp.Subquery, exp.Paren)) and not node.args.get("alias"):
        node = node.this
    return node


def _from_items(select: exp.Select) -> list[tuple[exp.Expr, exp.Identifier | None]]:
    """The FROM and JOIN items of a select, each with the identifier that names it in the query."""
    from_ = select.args.get("from_") or select.args.get("from")
    items: list[exp.Expr] = []
    if from_ is not None:
        items += [from_.this] if from_.this is not None else []
        items += from_.expressions
    items += [j.this for j in select.args.get("joins") or []]
    return [(item, _alias_of(item)) for item in _flatten(items)]


def _flatten(items: list[exp.Expr]) -> Iterator[exp.Expr]:
    for item in items:
        yield item
        yield from _flatten([j.this for j in item.args.get("joins") or []])


def _alias_of(item: exp.Expr) -> exp.Identifier | None:
    alias = item.args.get("alias")
    if isinstance(alias, exp.TableAlias) and isinstance(alias.this, exp.Identifier):
        return alias.this
    if isinstance(item, exp.Table) and isinstance(item.this, exp.Identifier):
        return item.this
    return None


def _names_table(item: exp.Table, table: str) -> bool:
    if not isinstance(item.this, exp.Identifier):
        return False
    name = fold(item.this)
    db = fold(item.args["db"]) if item.args.get("db") else None
    if db is not None:
        return table_key(db, name) == table
    return name in (table, table.rpartition(".")[2])  # unqualified: found through the search_path


def _is_table(item: exp.Table, table: Table, schema: Schema) -> bool:
    if not isinstance(item.this, exp.Identifier):
        return False
    name = fold(item.this)
    db = fold(item.args["db"]) if item.args.get("db") else None
    return schema.find(name, db) is table


def _column(
    name: str, qualifier: exp.Identifier | None, like: exp.Column | None = None
) -> exp.Column:
    """A quoted (case-keeping) column, qualified as `like` is (`"public"."User"."x"`), else by `qualifier`."""
    column = exp.Column(this=exp.Identifier(this=name, quoted=True))
    if like is not None and like.args.get("table") is not None:
        for part in ("table", "db", "catalog"):
            if like.args.get(part) is not None:
                column.set(part, like.args[part].copy())
    elif qualifier is not None:
        column.set("table", qualifier.copy())
    return column
