"""Which tables to seed, in which order, with how many rows.

Tables are seeded parents first (a topological order of the foreign keys).
A cycle between tables is broken by deferring one of its foreign keys,
preferably a nullable one: its columns are inserted NULL and filled by an
UPDATE once every table has rows. Self-references are not edges: a row may
point at an earlier row of the same INSERT. Row counts come from `[seed] rows`
(or stats.json's `reltuples`, see seed/profile.py) times `scale`, else from
heuristics; the plan also carries the checked column profiles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dbperf.config import Config
from dbperf.schema.model import ForeignKey, Schema, Table

ROOT_ROWS = 10_000
LOOKUP_ROWS = {("tag", "categor", "label", "topic", "genre"): 100}
LOOKUP_DEFAULT_ROWS = 20
LOOKUP_NAMES = ("tag", "categor", "label", "topic", "genre", "plan", "role", "setting", "countr",
                "currenc", "language", "locale", "permission", "type", "status", "feature", "tier")
LOOKUP_MAX_COLUMNS = 16
# Children per parent row, by table-name fragment (first match wins).
FAN_OUT = (
    (("log", "event", "audit", "history", "activit", "message", "notification", "transaction"), 20.0),
    (("account", "profile", "usage", "wallet", "balance", "subscription", "verification"), 1.2),
    (("session", "token"), 3.0),
)
DEFAULT_FAN_OUT = 5.0
JOIN_FAN_OUT = 3.0


@dataclass
class SeedPlan:
    """Insert order, row counts and the foreign keys filled after all inserts."""

    order: list[str]
    rows: dict[str, int]
    deferred: list[ForeignKey] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # adjustments worth telling the user
    # (table key, column) -> seed.profile.ColumnProfile: production-like distributions (config.profiles)
    profiles: dict[tuple[str, str], Any] = field(default_factory=dict)

    def is_deferred(self, fk: ForeignKey) -> bool:
        return any(d.name == fk.name and d.table == fk.table for d in self.deferred)


def make_plan(schema: Schema, config: Config) -> SeedPlan:
    """Order the tables and size each one from the config or the heuristics."""
    order, deferred = insert_order(schema)
    plan = SeedPlan(order=order, rows={}, deferred=deferred, profiles=dict(config.profiles))
    for key in order:
        plan.rows[key] = _row_count(schema, key, config, plan)
    return plan


def insert_order(schema: Schema) -> tuple[list[str], list[ForeignKey]]:
    """Table keys parents first, and the foreign keys deferred to break cycles."""
    edges = {key: _parent_fks(schema, key) for key in schema.tables}
    deferred: list[ForeignKey] = []
    order: list[str] = []
    remaining = set(schema.tables)
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


def is_lookup(schema: Schema, key: str) -> bool:
    """A small reference table: named like one, few columns, no parents of its own."""
    table = schema.tables[key]
    name = table.name.lower()
    if len(table.columns) > LOOKUP_MAX_COLUMNS or _parent_fks(schema, key):
        return False
    return any(word in name for word in LOOKUP_NAMES)


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


def _row_count(schema: Schema, key: str, config: Config, plan: SeedPlan) -> int:
    table = schema.tables[key]
    wanted = config.rows.get(key, config.rows.get(table.name))
    if wanted is not None:
        rows = wanted * config.scale
    else:
        rows = _heuristic_rows(schema, key, plan, config.scale)
    return _capped(schema, table, max(1, round(rows)), plan)


def _heuristic_rows(schema: Schema, key: str, plan: SeedPlan, scale: float) -> float:
    """Roots and lookups scale with `scale`; children follow their (already scaled) parents."""
    table = schema.tables[key]
    name = table.name.lower()
    if is_lookup(schema, key):
        for words, rows in LOOKUP_ROWS.items():
            if any(w in name for w in words):
                return rows * scale
        return LOOKUP_DEFAULT_ROWS * scale
    parents = [fk for fk in _parent_fks(schema, key)
               if not plan.is_deferred(fk) and not is_lookup(schema, fk.ref_table)]
    if not parents:
        return ROOT_ROWS * scale
    parent_rows = max(plan.rows[fk.ref_table] for fk in parents)
    if pair_fks(table):
        return parent_rows * JOIN_FAN_OUT
    if any(unique_fk(table, fk) for fk in parents):
        return parent_rows
    for words, fan_out in FAN_OUT:
        if any(w in name for w in words):
            return parent_rows * fan_out
    return parent_rows * DEFAULT_FAN_OUT


def _capped(schema: Schema, table: Table, rows: int, plan: SeedPlan) -> int:
    """Row counts that unique foreign keys make impossible are lowered, with a note."""
    limit = None
    for fk in table.foreign_keys:
        if fk.ref_table in plan.rows and not plan.is_deferred(fk) and unique_fk(table, fk):
            limit = min(limit or plan.rows[fk.ref_table], plan.rows[fk.ref_table])
    pair = pair_fks(table)
    if pair and all(fk.ref_table in plan.rows for fk in pair):
        product = plan.rows[pair[0].ref_table] * plan.rows[pair[1].ref_table]
        limit = min(limit or product, product)
    if limit is not None and rows > limit:
        plan.notes.append(f"{table.key}: {rows} rows wanted, {limit} possible with its unique foreign keys")
        return limit
    return rows


def _parent_fks(schema: Schema, key: str) -> list[ForeignKey]:
    """Foreign keys of `key` to other tables of the schema (self-references excluded)."""
    return [fk for fk in schema.tables[key].foreign_keys if fk.ref_table != key and fk.ref_table in schema.tables]


def _nullable(table: Table, fk: ForeignKey) -> bool:
    return all(not (c := table.column(name)) or not c.not_null for name in fk.columns)
