"""The bridge between findings and migrations: an `IndexChange` as a `Fix`, and back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from dbperf.findings import Finding, Fix, IndexChange
from dbperf.migrate.ddl import create_index_sql, drop_index_sql, object_name, quote_ident
from dbperf.migrate.drizzle_index import drizzle_index_builder


def index_fix(
    change: IndexChange,
    description: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> Fix:
    """A `Fix` with SQL and Drizzle text made from `change`, carrying it for the migrations."""
    if change.action == "create":
        keys = ", ".join(change.columns)
        default = f"Create index {change.name} on {change.table} ({keys})."
        drizzle = drizzle_index_builder(change, columns)
        sql = create_index_sql(change)
        if change.extension:
            sql = f"CREATE EXTENSION IF NOT EXISTS {quote_ident(change.extension)};\n{sql}"
    else:
        default = f"Drop index {change.name} on {change.table}."
        drizzle = f"// remove index('{change.name}') from the {change.table} table in schema.ts"
        sql = drop_index_sql(change)
    return Fix(description=description or default, sql=sql, drizzle=drizzle, indexes=(change,))


def index_changes(findings: Iterable[Finding]) -> list[IndexChange]:
    """The index changes the findings' fixes carry, once per (action, schema-qualified name) with every
    reason, in order.

    A created B-tree index whose columns lead another created one on the same table is left out:
    `orders (user_id, created_at)` serves every query `orders (user_id)` would, and its reason
    says so.
    """
    changes: dict[tuple[str, str], IndexChange] = {}
    for finding in findings:
        for change in finding.fix.indexes if finding.fix else ():
            key = (change.action, object_name(change))
            first = changes.setdefault(key, change)
            if first is not change and change.reason and change.reason not in first.reason:
                changes[key] = replace(first, reason=f"{first.reason} Also: {change.reason}".strip())
    kept = list(changes.values())
    merged = True
    while merged:
        merged = False
        for change in kept:
            wider = next((other for other in kept if _serves(other, change)), None)
            if wider is not None:
                kept[kept.index(wider)] = replace(wider, reason=f"{wider.reason} Also serves: {change.reason}".strip())
                kept.remove(change)
                merged = True
                break
    return kept


def _serves(wider: IndexChange, narrower: IndexChange) -> bool:
    """`wider` is a plain B-tree creation whose leading columns are all of `narrower`'s."""
    plain = all(c.action == "create" and c.method == "btree" and not c.where and not c.unique
                for c in (wider, narrower))
    return (plain and wider is not narrower and wider.table == narrower.table
            and len(wider.columns) > len(narrower.columns)
            and wider.columns[: len(narrower.columns)] == narrower.columns)
