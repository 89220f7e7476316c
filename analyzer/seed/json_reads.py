"""JSON documents shaped by the workload: the keys its queries read from a json/jsonb column
(`doc->>'theme' = 'dark'`, `settings #>> '{a,b}'`), found with sqlglot, merged into every seeded
document so that those paths exist and hold the compared values (docs/seeding.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlglot
from sqlglot import exp

from dbperf.schema.model import Column, Schema
from dbperf.seed import hashing, values, vocab
from dbperf.seed.sqltext import sql_literal

if TYPE_CHECKING:
    from dbperf.workload import Workload

Builder = Callable[[str], str]
Salt = Callable[[str], int]  # purpose -> the column's salt for it (hashing.salt of seed, table, column)

JSON_VALUES = {"timezone": ("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"),
               "theme": ("light", "dark", "system")}


def json_reads(workload: Workload, schema: Schema) -> dict[tuple[str, str], dict[tuple[str, ...], list[str]]]:
    """(table key, column) -> {key path: values (JSON text) compared with it} for json/jsonb columns.

    Read with sqlglot: `col->'a'->>'b'` (path a.b), `col @> '{"a": 1}'` (path a, value 1),
    `col ? 'a'` (path a). A `$n` compared with a key takes the captured parameters' values.
    """


    found: dict[tuple[str, str], dict[tuple[str, ...], list[str]]] = {}
    for group in workload.groups.values():
        try:
            tree = sqlglot.parse_one(group.example.sql, read="postgres")
        except (sqlglot.errors.ParseError, sqlglot.errors.TokenError):
            continue  # the audit reports unparsable statements; seeding just learns nothing from them
        if tree is None:
            continue
        aliases = {t.alias_or_name: t.name for t in tree.find_all(exp.Table)}

        def note(node: exp.Expression, path: tuple[str, ...], values: list[str],
                 aliases: dict[str, str] = aliases) -> None:
            where = _json_column(node, aliases, schema)
            if where is not None and path:
                found.setdefault(where, {}).setdefault(path, []).extend(values)

        for node in tree.find_all(exp.JSONExtractScalar, exp.JSONExtract):
            if isinstance(node.parent, (exp.JSONExtract, exp.JSONExtractScalar)) and node.arg_key == "this":
                continue  # the outer step of a chain walks it
            path: list[str] = []
            inner: exp.Expression = node
            while isinstance(inner, (exp.JSONExtract, exp.JSONExtractScalar)):
                steps = [str(k.this) for k in inner.expression.find_all(exp.JSONPathKey)] \
                    if isinstance(inner.expression, exp.JSONPath) else \
                    [inner.expression.this] if isinstance(inner.expression, exp.Literal) else []
                path = steps + path
                inner = inner.this
            compared = node.parent if isinstance(node.parent, (exp.EQ, exp.In)) else None
            note(inner, tuple(path), _compared_values(compared, node, group) if compared is not None else [])
        for node in tree.find_all(exp.ArrayContainsAll):  # @> '{"plan": "pro"}'
            if isinstance(node.expression, exp.Literal) and node.expression.is_string:
                try:
                    document = json.loads(node.expression.this)
                except ValueError:
                    continue
                for path, value in _leaves(document, ()):
                    note(node.this, path, [json.dumps(value)])
        for node in tree.find_all(exp.JSONBContainsTopKey):  # ? 'key'
            if isinstance(node.expression, exp.Literal):
                note(node.this, (node.expression.this,), [])
    return found


def _json_column(node: Any, aliases: dict[str, str], schema: Schema) -> tuple[str, str] | None:
    """(table key, column) of a json/jsonb column reference, resolved through the statement's aliases."""

    if not isinstance(node, exp.Column):
        return None
    names = [aliases.get(node.table, node.table)] if node.table else sorted(set(aliases.values()))
    for name in names:
        table = schema.find(name)
        col = table.column(node.name) if table else None
        if table is not None and col is not None and col.base_type in ("json", "jsonb"):
            return table.key, col.name
    return None


def _compared_values(compared: Any, node: Any, group: Any) -> list[str]:
    """JSON texts of the literals (or captured parameters) a `->>` expression is compared with."""


    others = [compared.expression] if isinstance(compared, exp.EQ) else list(compared.expressions)
    if isinstance(compared, exp.EQ) and compared.expression is node:
        others = [compared.this]
    values: list[str] = []
    for other in others:
        if isinstance(other, exp.Literal):
            values.append(json.dumps(other.this if other.is_string else _number(other.this)))
        elif isinstance(other, exp.Parameter) and isinstance(other.this, exp.Literal):
            n = int(other.this.this)
            values += [json.dumps(s.params[n - 1]) for s in group.samples
                       if s.params and len(s.params) >= n and s.params[n - 1] is not None][:5]
    return values


def _number(text: str) -> float | int:
    return float(text) if any(c in text for c in ".eE") else int(text)


def _leaves(document: Any, path: tuple[str, ...]) -> list[tuple[tuple[str, ...], Any]]:
    if isinstance(document, dict):
        return [leaf for k, v in document.items() for leaf in _leaves(v, (*path, str(k)))]
    return [(path, document)] if path else []


def with_json_keys(rest: Builder, keys: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], col: Column,
                    salt: Salt, exact: tuple[tuple[str, ...], ...] = ()) -> Builder:
    """Documents of `rest` with every key the workload reads merged in (nested paths as objects)."""


    def value(path: tuple[str, ...], known: tuple[str, ...], row: str) -> str:
        """The workload's values first (likeliest), then plausible ones by the key's name."""
        name = values.snake(path[-1])
        purpose = "json " + ".".join(path)
        words = JSON_VALUES.get(name) or next((labels for names, labels in vocab.CATEGORIES
                                               if any(w in name for w in names)), None)
        if words:
            others = [f"to_jsonb({sql_literal(w)}::text)" for w in words if json.dumps(w) not in known]
        elif "email" in name:
            others = [f"to_jsonb('billing' || {hashing.below(row, salt(purpose + ' o'), 10_000)} || '@example.com')"]
        else:
            others = [f"to_jsonb(({values.WORDS})[1 + {hashing.below(row, salt(purpose + ' o'), len(vocab.WORDS))}])"]
        choices = [f"{sql_literal(v)}::jsonb" for v in known] + ([] if path in exact else others)
        if len(choices) == 1:
            return choices[0]
        u = hashing.uniform(row, salt(purpose))
        pick = f"1 + least(floor(power({u}, 2) * {len(choices)})::int, {len(choices) - 1})"  # first ones likelier
        return f"(ARRAY[{', '.join(choices)}])[{pick}]"

    def tree(row: str) -> str:
        nested: dict[str, Any] = {}
        for path, known in keys:
            spot = nested
            for step in path[:-1]:
                spot = spot.setdefault(step, {}) if isinstance(spot.get(step, {}), dict) else {}
            spot[path[-1]] = value(path, known, row)
        return _object(nested)

    def build(row: str) -> str:
        return f"(({rest(row)})::jsonb || {tree(row)})"

    return build


def _object(nested: dict[str, Any]) -> str:
    parts = [f"{sql_literal(k)}, {_object(v) if isinstance(v, dict) else v}" for k, v in nested.items()]
    return f"jsonb_build_object({', '.join(parts)})"
