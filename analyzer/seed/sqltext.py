"""SQL text of names and constants in the statements the seeder writes."""

from __future__ import annotations

from dbperf.schema.model import Table


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_table(table: Table) -> str:
    return f"{quote_ident(table.schema)}.{quote_ident(table.name)}"


def sql_literal(value: object) -> str:
    """A constant for an SQL statement (standard_conforming_strings is on in PostgreSQL ≥ 9.1)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"
