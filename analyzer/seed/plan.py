"""Which tables to seed, in which order, with how many rows.

Tables are seeded parents first (a topological order of the foreign keys).
A cycle between tables is broken by deferring one of its foreign keys,
preferably a nullable one: its columns are inserted NULL and filled by an
UPDATE once every table has rows. Self-references are not edges: a row may
point at an earlier row of the same INSERT.

Row counts. A table's count from `[seed] rows` / `--rows` (or stats.json's
`reltuples`, see seed/profile.py) wins, times `scale`. Every other table
shares one **row budget** for the whole database: `[seed] budget`, by
default 1,500,000 rows at scale 1 (× `scale`), whatever the number of tables
and however long the foreign-key chains. What the explicit tables and the
lookup tables take is subtracted first (the tables left out keep at least a
quarter of the budget, however many rows the others are given); the rest is
shared as follows:

- lookup tables (no parent; a name like `roles`, `countries`, `*_types`,
  `*_status`, or enum-like: at most 4 columns, none of them a date or a
  document, referenced by another table, not filtered by the workload) get
  100 rows (tags, categories, labels) or 20, × scale;
- every other table gets a share proportional to its weight,
  `4^level × (1 + tables referencing it) × (1 + captured query shapes
  touching it)`, where level is 0 for a root, 1 for its children and 2 for
  anything deeper: the core tables (users, projects, orders) get the rows,
  children outnumber their parents, a table nobody reads stays small, and
  nothing multiplies down a chain: a 40-table chain at scale 1 holds ~1.5 M
  rows, not 5^40;
- log-like tables (`*_log(s)`, `*_history`, `*_events`, `*_versions`,
  `*_changes`, `audit*`, `*_activities`, …) together get at most 10 % of
  the shared rows (150,000 at scale 1), however many there are;
- floors: a table the workload filters or sorts on gets at least 50,000
  rows (× scale), so that a sequential scan on it costs something measurable;
  any other table at least 1,000. When the floors alone exceed the budget
  they shrink together: the budget holds.
- limits of the schema: a table whose foreign key is unique (1:1) has at most
  its parent's rows (so the parent gets the child's floor too), a join table
  at most the product of its two parents'.

For example, 12 tables with 3 lookups and one log, the workload filtering 5
of them: the lookups 20-100 rows each, the log <= 150,000, the 5 filtered
tables >= 50,000 each, and ~1.5 M rows in all; the old per-table constants
(10,000 per root, 5 children per parent row) gave 8.7 M on such an app, and
10^18 on a 20-table chain (tests/seed/test_budget.py). The plan also carries
the checked column profiles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dbperf.config import Config
from dbperf.schema.model import ForeignKey, Schema, Table

if TYPE_CHECKING:
    from dbperf.sql.shape import QueryShape

FILTERED_FLOOR = 50_000  # rows at scale 1 of a table the workload filters or sorts on
MIN_ROWS = 1_000  # rows at scale 1 of any other table that is not a lookup
LOG_SHARE = 0.10  # of the shared rows, for every log-like table together
MIN_SHARED = 0.25  # of the budget, for the tables sized by it, however many rows the config names
FAN_OUT = 4  # weight of a child over its parent (and of a grandchild over the child) ...
MAX_LEVEL = 2  # ... down to grandchildren: deeper tables weigh as much as grandchildren
TAG_LIKE = ("tag", "categor", "label", "topic", "genre")
TAG_LIKE_ROWS = 100
LOOKUP_DEFAULT_ROWS = 20
LOOKUP_NAMES = (*TAG_LIKE, "plan", "role", "setting", "countr", "currenc", "language", "locale",
                "permission", "type", "status", "feature", "tier")
LOOKUP_MAX_COLUMNS = 16
ENUM_MAX_COLUMNS = 4  # an enum-like table: id, name, and a code or position at most
ENUM_EXCLUDED_TYPES = ("timestamp", "date", "json", "bytea", "tsvector", "xml")  # records, not labels
LOG_WORDS = ("log", "logs", "history", "histories", "events", "versions", "changes", "activities", "audits",
             "trail")


@dataclass(frozen=True)
class TableUse:
    """What the captured workload does with one table."""

    queries: int = 0  # query shapes that read or write it
    filtered: bool = False  # some query filters or sorts on one of its columns


NO_USE = TableUse()


@dataclass
class SeedPlan:
    """Insert order, row counts and the foreign keys filled after all inserts."""

    order: list[str]
    rows: dict[str, int]
    deferred: list[ForeignKey] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # adjustments worth telling the user
    # (table key, column) -> seed.profile.ColumnProfile: production-like distributions (config.profiles)
    profiles: dict[tuple[str, str], Any] = field(default_factory=dict)
    # table key -> where its count came from: "config" ([seed] rows, --rows, stats.json), "lookup", "budget"
    sources: dict[str, str] = field(default_factory=dict)

    def is_deferred(self, fk: ForeignKey) -> bool:
        return any(d.name == fk.name and d.table == fk.table for d in self.deferred)


def make_plan(schema: Schema, config: Config, use: Mapping[str, TableUse] | None = None) -> SeedPlan:
    """Order the tables and size each one: the config's counts, else a share of the row budget.

    `use` (from `table_use`) says which tables the workload touches and filters on.
    """
    use = use or {}
    order, deferred = insert_order(schema)
    plan = SeedPlan(order=order, rows={}, deferred=deferred, profiles=dict(config.profiles))
    explicit: dict[str, float] = {}
    lookups: dict[str, float] = {}
    for key in order:
        wanted = config.rows.get(key, config.rows.get(schema.tables[key].name))
        if wanted is not None:
            explicit[key] = wanted * config.scale
        elif is_lookup(schema, key, use.get(key, NO_USE)):
            lookups[key] = _lookup_rows(schema.tables[key]) * config.scale
    # What the named tables leave of the budget, but never less than MIN_SHARED of it: rows named
    # beyond the budget (a stats.json of a big production) must not starve the tables left out.
    budget = config.budget * config.scale
    pool = max(budget - sum(explicit.values()), budget * MIN_SHARED) - sum(lookups.values())
    shared = _budget_shares(schema, config, use, _levels(schema, plan, set(lookups)),
                            [k for k in order if k not in explicit and k not in lookups], pool)
    sized = {**explicit, **lookups, **shared}
    for key in order:  # parents first: the caps of 1:1 and join tables read their parents' rows
        source = "config" if key in explicit else "lookup" if key in lookups else "budget"
        plan.sources[key] = source
        least = 0 if source == "config" and sized[key] == 0 else 1  # `rows = 0`: asked to stay empty
        plan.rows[key] = _capped(schema.tables[key], max(least, round(sized[key])), plan, note=source == "config")
    return plan


def table_use(shapes: Iterable[QueryShape]) -> dict[str, TableUse]:
    """Per table key: how many query shapes touch it and whether one filters or sorts on it."""
    touched: Counter[str] = Counter()
    filtered: set[str] = set()
    for shape in shapes:
        touched.update(set(shape.tables) | ({shape.target} if shape.target else set()))
        filtered.update(p.column.table for p in shape.predicates)
        filtered.update(ref.table for ref, _ in shape.order_by if ref is not None)
    return {key: TableUse(queries=touched[key], filtered=key in filtered) for key in touched.keys() | filtered}


def insert_order(schema: Schema) -> tuple[list[str], list[ForeignKey]]:
    """Table keys parents first, and the foreign keys deferred to break cycles. Materialized views
    are not inserted into: they are refreshed once the tables are seeded."""
    seeded = [key for key, table in schema.tables.items() if table.kind != "matview"]
    edges = {key: _parent_fks(schema, key) for key in seeded}
    deferred: list[ForeignKey] = []
    order: list[str] = []
    remaining = set(seeded)
    while remaining:
        ready = sorted(k for k in remaining if all(fk.ref_table not in remaining for fk in edges[k]))
        if ready:
            order.extend(ready)
            remaining.difference_update(ready)
            continue
        # A cycle: defer one foreign key among the remaining tables, nullable ones first, and
        # preferably one of a much-referenced table (users.team_id rather than teams.owner_id),
        # so that hubs stay roots.
        candidates = [fk for k in sorted(remaining) for fk in edges[k] if fk.ref_table in remaining]
        nullable = [fk for fk in candidates if _nullable(schema.tables[fk.table], fk)]
        victim = max(nullable or candidates, key=lambda fk: len(schema.referencing(fk.table)))
        deferred.append(victim)
        edges[victim.table] = [fk for fk in edges[victim.table] if fk is not victim]
    return order, deferred


def is_lookup(schema: Schema, key: str, use: TableUse = NO_USE) -> bool:
    """A small reference table: no parents of its own, and named like one (`roles`, `order_status`)
    or enum-like (a few label columns, referenced by another table, not filtered by the workload)."""
    table = schema.tables[key]
    if len(table.columns) > LOOKUP_MAX_COLUMNS or _parent_fks(schema, key):
        return False
    if any(word in table.name.lower() for word in LOOKUP_NAMES):
        return True
    return (not use.filtered and len(table.columns) <= ENUM_MAX_COLUMNS
            and not any(c.base_type.startswith(ENUM_EXCLUDED_TYPES) for c in table.columns)
            and any(fk.table != key for fk in schema.referencing(key)))


def is_log(table: Table) -> bool:
    """Named like an append-only record of what happened: `credit_logs`, `post_history`, `AuditEvent`."""
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", table.name)]
    return bool(words) and (words[-1] in LOG_WORDS or words[0] in ("audit", "audits"))


def unique_fk(table: Table, fk: ForeignKey) -> bool:
    """The FK columns alone are unique: each parent has at most one child (1:1)."""
    keys = [table.primary_key, *table.uniques]
    return any(key and set(key) == set(fk.columns) for key in keys)


def pair_fks(table: Table) -> tuple[ForeignKey, ForeignKey] | None:
    """The two FKs whose columns together make the PK or a UNIQUE (a join table), if any."""
    for key in [table.primary_key, *table.uniques]:
        fks = [fk for fk in table.foreign_keys if fk.columns and set(fk.columns) <= set(key)]
        covered = {c for fk in fks for c in fk.columns}
        if len(fks) >= 2 and covered == set(key):
            return fks[0], fks[1]
    return None


def _lookup_rows(table: Table) -> int:
    return TAG_LIKE_ROWS if any(w in table.name.lower() for w in TAG_LIKE) else LOOKUP_DEFAULT_ROWS


def _budget_shares(schema: Schema, config: Config, use: Mapping[str, TableUse], levels: Mapping[str, int],
                   keys: list[str], pool: float) -> dict[str, float]:
    """Rows of the tables sized by the budget: `pool` shared by weight above each table's floor,
    log-like tables capped together at LOG_SHARE of it (see the module docstring)."""
    pool = max(pool, 0.0)
    referenced_by = Counter(fk.ref_table for t in schema.tables.values()
                            for fk in {(f.table, f.ref_table): f for f in t.foreign_keys}.values()
                            if fk.ref_table != fk.table)
    weights = {k: FAN_OUT ** levels[k] * (1 + referenced_by[k]) * (1 + use.get(k, NO_USE).queries) for k in keys}
    floors = {k: (FILTERED_FLOOR if use.get(k, NO_USE).filtered else MIN_ROWS) * config.scale for k in keys}
    for key in reversed(keys):  # children first: a 1:1 child reaches its floor only if its parent has as many
        for fk in schema.tables[key].foreign_keys:
            if fk.ref_table in floors and fk.ref_table != key and unique_fk(schema.tables[key], fk):
                floors[fk.ref_table] = max(floors[fk.ref_table], floors[key])
    if sum(floors.values()) > pool:  # the floors alone overrun the budget: they shrink together
        floors = {k: f * pool / sum(floors.values()) for k, f in floors.items()}
    logs = [k for k in keys if is_log(schema.tables[k])]
    others = [k for k in keys if k not in logs]
    all_weight = sum(weights.values()) or 1
    log_pool = min(pool * LOG_SHARE, pool * sum(weights[k] for k in logs) / all_weight)
    rows = _spread(log_pool, logs, weights, floors)
    rows.update(_spread(pool - sum(rows.values()), others, weights, floors))
    return rows


def _levels(schema: Schema, plan: SeedPlan, lookups: set[str]) -> dict[str, int]:
    """Each table's depth below the roots of the foreign-key graph (lookups and deferred keys
    aside), at most MAX_LEVEL: a child usually has more rows than its parent, a grandchild more
    still, but a long chain does not keep multiplying."""
    levels: dict[str, int] = {}
    for key in plan.order:  # parents first
        parents = [fk.ref_table for fk in _parent_fks(schema, key)
                   if not plan.is_deferred(fk) and fk.ref_table in levels and fk.ref_table not in lookups]
        levels[key] = min(MAX_LEVEL, 1 + max(levels[p] for p in parents)) if parents else 0
    return levels


def _spread(pool: float, keys: list[str], weights: Mapping[str, float],
            floors: Mapping[str, float]) -> dict[str, float]:
    """`pool` shared in proportion to `weights`; a table whose share is below its floor gets the floor
    and the others share what is left (water-filling)."""
    rows: dict[str, float] = {}
    left = list(keys)
    pool = max(pool, 0.0)
    while left:
        weight = sum(weights[k] for k in left)
        share = {k: pool * weights[k] / weight for k in left}
        below = [k for k in left if share[k] < floors[k]]
        if not below:
            rows.update(share)
            break
        for k in below:
            rows[k] = floors[k]
            pool = max(pool - floors[k], 0.0)
        left = [k for k in left if k not in below]
    return rows


def _capped(table: Table, rows: int, plan: SeedPlan, note: bool) -> int:
    """Row counts that unique foreign keys make impossible are lowered (with a note when configured)."""
    limit = None
    for fk in table.foreign_keys:
        if fk.ref_table in plan.rows and not plan.is_deferred(fk) and unique_fk(table, fk):
            limit = min(limit or plan.rows[fk.ref_table], plan.rows[fk.ref_table])
    pair = pair_fks(table)
    if pair and all(fk.ref_table in plan.rows for fk in pair):
        product = plan.rows[pair[0].ref_table] * plan.rows[pair[1].ref_table]
        limit = min(limit or product, product)
    if limit is not None and rows > limit:
        if note:
            plan.notes.append(f"{table.key}: {rows} rows wanted, {limit} possible with its unique foreign keys")
        return limit
    return rows


def _parent_fks(schema: Schema, key: str) -> list[ForeignKey]:
    """Foreign keys of `key` to other tables of the schema (self-references excluded)."""
    return [fk for fk in schema.tables[key].foreign_keys if fk.ref_table != key and fk.ref_table in schema.tables]


def _nullable(table: Table, fk: ForeignKey) -> bool:
    return all(not (c := table.column(name)) or not c.not_null for name in fk.columns)
