"""One index as drizzle-orm TypeScript: the `index('…').on(table.col)` expression of a `Fix.drizzle`
and of the lines to paste into `schema.ts`, and the names drizzle-kit gives tables and columns.

Text only (no file is read or written): the rules build their fixes' Drizzle text with it, and
`migrate.drizzle` the `schema.ts` lines of a migration.
"""

from __future__ import annotations

from collections.abc import Mapping

from dbperf.findings import IndexChange
from dbperf.migrate.ddl import expression_key_sql, is_expression, split_table


def camel_case(column: str) -> str:
    """snake_case -> camelCase, as drizzle-kit introspection names properties: user_id -> userId."""
    head, *rest = column.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest if part) if rest else column


def drizzle_table_call(table: str) -> str:
    """How schema.ts declares the table, up to its columns: `pgTable('orders', ` in public,
    `pgSchema('auth').table('sessions', ` (usually `export const auth = pgSchema('auth')`) elsewhere."""
    schema, name = split_table(table)
    if schema is None:
        return f"pgTable('{ts_escape(name)}', "
    return f"pgSchema('{ts_escape(schema)}').table('{ts_escape(name)}', "


def drizzle_index_builder(change: IndexChange, columns: Mapping[str, str] | None = None) -> str:
    """One `index('name').on(table.col)` expression (no trailing comma), for a `Fix.drizzle`."""
    mapping = columns or {}
    keys = ", ".join(_ts_key(change, key, mapping) for key in change.columns)
    call = f"{'uniqueIndex' if change.unique else 'index'}('{ts_escape(change.name)}')"
    if change.method and change.method != "btree":
        call += f".using('{ts_escape(change.method)}', {keys})"
    else:
        call += f".on({keys})"
    if change.where:
        call += f".where(sql`{_template_escape(change.where)}`)"
    return call


def _ts_key(change: IndexChange, key: str, mapping: Mapping[str, str]) -> str:
    if is_expression(key):
        text = expression_key_sql(key) + (f" {change.opclass}" if change.opclass else "")
        return f"sql`{_template_escape(text)}`"
    prop = mapping.get(f"{change.table}.{key}") or mapping.get(key) or camel_case(key)
    access = f"table.{prop}" if _is_js_identifier(prop) else f"table['{ts_escape(prop)}']"
    return access + (f".op('{ts_escape(change.opclass)}')" if change.opclass else "")


def _is_js_identifier(name: str) -> bool:
    return bool(name) and not name[0].isdigit() and all(ch.isalnum() or ch in "_$" for ch in name)


def ts_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _template_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
