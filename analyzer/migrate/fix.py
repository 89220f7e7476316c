"""The bridge between findings and migrations: an `IndexChange` as a `Fix`, and back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dbperf.findings import Finding, Fix, IndexChange
from dbperf.migrate.ddl import create_index_sql, drop_index_sql, quote_ident
from dbperf.migrate.drizzle import drizzle_index_builder


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
    """The index changes the findings' fixes carry, once per (action, name), in findings order."""
    changes: dict[tuple[str, str], IndexChange] = {}
    for finding in findings:
        for change in finding.fix.indexes if finding.fix else ():
            changes.setdefault((change.action, change.name), change)
    return list(changes.values())
