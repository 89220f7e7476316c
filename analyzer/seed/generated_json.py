"""JSON keys that generated columns read: `GENERATED ALWAYS AS (value ->> 'namespace') STORED`.

Document stores (kestra keeps every entity as `value jsonb` and exposes its fields as generated
columns) fail to seed when the generated documents lack the keys: the generated column is NULL
and breaks its NOT NULL. `generated_json_reads()` finds, with pglast on the catalog's expression,
each key path a generated column reads from a json/jsonb column of the same table, and the
values the key must hold for the column's type (`CAST(value ->> 'revision' AS INT)` needs
numbers); `profile._with_json_keys` then merges those keys into every seeded document, as it
does for the keys the workload reads.
"""

from __future__ import annotations

import json

from pglast import ast
from pglast.parser import parse_sql
from pglast.visitors import Visitor

from dbperf.postgres.database import Database
from dbperf.schema.model import Schema

_GENERATED_EXPRESSIONS = """
SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
       pg_get_expr(d.adbin, d.adrelid),
       (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e
        WHERE e.enumtypid = a.atttypid)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attgenerated <> '' AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY 1, 2, a.attnum
"""

_JSON_OPERATORS = {"->": False, "->>": False, "#>": True, "#>>": True}  # True: a path array

# Values a key must hold when the generated column turns it into this type (JSON texts).
_TYPED_VALUES: dict[str, tuple[str, ...]] = {
    "boolean": ("false", "true"),
    "smallint": tuple(str(n) for n in range(1, 11)),
    "integer": tuple(str(n) for n in range(1, 11)),
    "bigint": tuple(str(n) for n in range(1, 11)),
    "real": ("0.5", "1.25", "2.0", "7.5", "42.0"),
    "double precision": ("0.5", "1.25", "2.0", "7.5", "42.0"),
    "numeric": ("0.5", "1.25", "2.0", "7.5", "42.0"),
    "date": tuple(json.dumps(f"2026-0{m}-1{m}") for m in range(1, 10)),
}
_TIMESTAMPS = tuple(json.dumps(f"2026-0{m}-1{m}T0{m}:{m}5:00Z") for m in range(1, 6))

JsonReads = dict[tuple[str, str], dict[tuple[str, ...], tuple[tuple[str, ...], bool]]]


def generated_json_reads(db: Database, schema: Schema) -> JsonReads:
    """(table key, json column) -> {key path: (values as JSON text, only those values?)}."""
    keys = {(t.schema, t.name): key for key, t in schema.tables.items()}
    found: JsonReads = {}
    for nsp, rel, _column, type_name, expression, labels in db.fetchall(_GENERATED_EXPRESSIONS):
        table = schema.tables.get(keys.get((nsp, rel), ""))
        if table is None or not expression:
            continue
        reads = _Reads()
        reads(parse_sql(f"SELECT {expression}")[0].stmt)
        json_columns = {c.name for c in table.columns if c.base_type in ("json", "jsonb")}
        paths = [(col, path) for col, path in reads.paths if col in json_columns]
        values = _values_for(type_name, labels) if len(paths) == 1 else ()
        for col, path in paths:
            spot = found.setdefault((keys[(nsp, rel)], col), {})
            if path not in spot or values:  # a typed reader's values win over a text reader's none
                spot[path] = (values, bool(values))
    return found


def _values_for(type_name: str, labels: list[str] | None) -> tuple[str, ...]:
    if labels:
        return tuple(json.dumps(label) for label in labels)
    base = type_name.split("(")[0].strip()
    if base.startswith("timestamp"):
        return _TIMESTAMPS
    return _TYPED_VALUES.get(base, ())


class _Reads(Visitor):
    """(column, key path) of each outermost `col -> 'a' ->> 'b'` / `col #>> '{a,b}'` chain."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[tuple[str, tuple[str, ...]]] = []

    def visit_A_Expr(self, ancestors, node: ast.A_Expr) -> None:
        if _operator(node) is None or _operator(ancestors.node) is not None:
            return  # not a JSON step, or an inner step of a chain the outer one walks
        path: list[str] = []
        inner: ast.Node = node
        while (op := _operator(inner)) is not None:
            step = _string(inner.rexpr)
            if step is None:
                return
            path[:0] = _JSON_OPERATORS[op] and step.strip("{}").replace(" ", "").split(",") or [step]
            inner = inner.lexpr
        if isinstance(inner, ast.ColumnRef) and isinstance(inner.fields[-1], ast.String):
            self.paths.append((inner.fields[-1].sval, tuple(path)))


def _operator(node: object) -> str | None:
    if isinstance(node, ast.A_Expr) and node.name and isinstance(node.name[-1], ast.String):
        name = node.name[-1].sval
        return name if name in _JSON_OPERATORS else None
    return None


def _string(node: ast.Node) -> str | None:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.String):
        return node.val.sval
    return None
