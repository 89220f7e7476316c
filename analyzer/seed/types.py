"""Values for every column type PostgreSQL has, built from the catalog's `SqlType`.

`values.py` knows what a column *means* (an email, a price, a creation
time); this module knows what its type *is*: the modifiers of varchar(n),
numeric(p,s), bit(n), vector(n); arrays (of any element, declared with
several dimensions too), composites (a ROW of their fields), ranges and
multiranges (lower ≤ upper), domains (their base type's values, kept only
when the domain's CHECKs hold), enums, and the many base types with a
fixed syntax (inet, macaddr, point, pg_lsn, xml, tsquery, hstore…). A type
it has never heard of gets a value by its category (a string, a number, a
date…) through its input function, or none at all.

Every function returns an SQL expression of the cell's row number only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import psycopg

from dbperf.postgres.database import Database
from dbperf.schema.model import Check, Column, SqlType
from dbperf.seed import hashing, times, values
from dbperf.schema.checks import ColumnRules, parse_checks

# Types a PostgreSQL build may lack the library for: (type, a literal to try, why it fails).
_OPTIONAL = (("xml", "'<a/>'::xml", "the seeding PostgreSQL is built without libxml"),)
DOMAIN_CANDIDATES = 4  # values tried per row until one passes a domain's CHECKs
ARRAY_ITEMS = 4  # at most this many elements per array dimension


def unsupported_types(db: Database) -> frozenset[str]:
    """Types the server cannot make a value of (xml when built without libxml)."""
    lacking = set()
    for name, literal, _ in _OPTIONAL:
        try:
            db.fetchval(f"SELECT {literal}")
        except psycopg.Error:
            lacking.add(name)
    return frozenset(lacking)


def column_type(column: Column) -> SqlType:
    """The column's `SqlType`; one guessed from its spelling for a Column built by hand."""
    if column.sql_type is not None:
        return column.sql_type
    scalar = SqlType(name=column.base_type, sql=column.type.removesuffix("[]"), category=_guess_category(column))
    if column.is_array:
        return SqlType(name=f"{scalar.name}[]", sql=column.type, category="A", element=scalar)
    return scalar


def _guess_category(column: Column) -> str:
    base = column.base_type
    if base in values.TEXT_TYPES:
        return "S"
    if base in values.INTEGER_TYPES or base in values.FLOAT_TYPES or base in ("numeric", "money"):
        return "N"
    return {"boolean": "B", "date": "D", "interval": "T", "inet": "I", "cidr": "I"}.get(
        base, "D" if base in values.TIME_TYPES else "U")


def bare(name: str) -> str:
    """A type name without its schema: "extensions.vector" -> "vector"."""
    return name.rsplit(".", 1)[-1].strip('"')


def value(cell: values.Cell) -> str | None:
    """A value of the cell's column type, or None when nothing is known about how to write one."""
    return _value(cell, column_type(cell.column), cell.column.array_dims)


def sub_cell(cell: values.Cell, name: str, sql_type: SqlType, variant: str) -> values.Cell:
    """A cell for a part of a value (a field, an element): named like it, hashed apart from the rest."""
    column = Column(name=name, type=sql_type.sql, not_null=True, sql_type=sql_type)
    return dataclasses.replace(cell, column=column, rules=ColumnRules(), variant=cell.variant + variant)


def _value(cell: values.Cell, t: SqlType, dims: int = 0) -> str | None:
    if t.kind == "d" and bare(t.name) in SCALARS:  # a domain whose CHECKs need values of a known shape (earth)
        return SCALARS[bare(t.name)](cell, t)
    if t.kind == "d" and t.base is not None:
        return _domain(cell, t)
    if t.category == "A" and t.element is not None:
        return _array(cell, t, max(dims, 1))
    if t.kind == "e" and t.labels:
        labels = values.text_array(t.labels)
        return f"({cell.pick(labels, len(t.labels), 'label')})::{t.sql}"
    if t.kind == "c" and t.fields:
        parts = [_value(sub_cell(cell, f, ft, f".{f}"), ft) for f, ft in t.fields]
        return f"ROW({', '.join(p or 'NULL' for p in parts)})::{t.sql}"
    if t.kind == "r" and t.element is not None:
        return _range(cell, t)
    if t.kind == "m" and t.element is not None:
        first = _value(sub_cell(cell, cell.column.name, t.element, "~1"), t.element)
        second = _value(sub_cell(cell, cell.column.name, t.element, "~2"), t.element)
        return None if first is None else f"{t.name}({first}, {second})"  # the constructor has the type's name
    if bare(t.name) in cell.lacking:
        return None
    make = SCALARS.get(bare(t.name)) or _BY_CATEGORY.get(t.category)
    return None if make is None else make(cell, t)


# -- containers ---------------------------------------------------------------------------------


def _array(cell: values.Cell, t: SqlType, dims: int) -> str | None:
    """0-4 elements (2 × 2 when declared int[][]); None when the element type has no generator."""
    element = t.element
    assert element is not None
    if dims >= 2:
        rows = []
        for i in range(2):
            items = [_value(sub_cell(cell, cell.column.name, element, f"[{i}][{k}]"), element) for k in range(2)]
            if None in items:
                return None
            rows.append(f"ARRAY[{', '.join(items)}]")  # type: ignore[arg-type]
        return f"(ARRAY[{', '.join(rows)}])::{t.sql}"
    items = [_value(sub_cell(cell, cell.column.name, element, f"[{k}]"), element) for k in range(ARRAY_ITEMS)]
    if None in items:
        return None
    length = cell.below(ARRAY_ITEMS + 1, "len")
    return f"((ARRAY[{', '.join(items)}]::{t.sql})[1:{length}])"  # type: ignore[arg-type]


def _range(cell: values.Cell, t: SqlType) -> str | None:
    """lower < upper: a start plus a positive span (numbers, times), else the two ends sorted."""
    sub = t.element
    assert sub is not None
    start = _value(sub_cell(cell, cell.column.name, sub, "~lo"), sub)
    if start is None:
        return None
    scalar = bare(sub.scalar.name)
    if scalar in values.INTEGER_TYPES or scalar in ("numeric", *values.FLOAT_TYPES):
        upper = f"({start} + 1 + {cell.below(1000, 'span')})"
    elif scalar in ("date",):
        upper = f"({start} + 1 + {cell.below(60, 'span')}::int)"
    elif scalar in values.TIME_TYPES:
        upper = f"({start} + (60 + {cell.below(30 * values.DAY, 'span')}) * interval '1 second')"
    else:
        other = _value(sub_cell(cell, cell.column.name, sub, "~hi"), sub)
        return f"{t.name}(least({start}, {other}), greatest({start}, {other}), '[]')"
    return f"{t.name}({start}, ({upper})::{sub.sql})"  # a range's constructor has the type's name


def domain_rules(sql_type: SqlType | None) -> ColumnRules | None:
    """What a domain's CHECKs allow (a value list, bounds), read like a table's CHECKs on VALUE."""
    found, checks = sql_type, []
    while found is not None and found.kind == "d":
        checks += [Check(name=f"{found.name}_check", table="", expression=f"CHECK ({c})") for c in found.checks]
        found = found.base
    return parse_checks(checks).get("value") if checks else None


def domain_checks(sql_type: SqlType | None) -> list[str]:
    """Every CHECK of a domain and of the domains it is built on, as expressions on VALUE."""
    checks: list[str] = []
    while sql_type is not None and sql_type.kind == "d":
        checks += sql_type.checks
        sql_type = sql_type.base
    return checks


def first_passing(candidates: list[str], base_sql: str, checks: list[str], nullable: bool) -> str:
    """The first candidate that passes the domain's CHECKs; if none does, NULL (which passes any CHECK)
    when the column may be NULL, else the first candidate, so that the error names the CHECK it fails."""
    rows = ", ".join(f"(({c})::{base_sql})" for c in candidates)
    where = " AND ".join(f"({c})" for c in checks)
    passing = f"(SELECT value FROM (VALUES {rows}) AS candidate(value) WHERE {where} LIMIT 1)"
    return passing if nullable else f"coalesce({passing}, ({candidates[0]})::{base_sql})"


def _domain(cell: values.Cell, t: SqlType) -> str | None:
    base = t.base
    assert base is not None
    rules = domain_rules(t)
    if rules is not None and rules.allowed:
        labels = values.text_array(rules.allowed)
        return f"({cell.pick(labels, len(rules.allowed), 'allowed')})::{t.sql}"
    inner = dataclasses.replace(cell, rules=rules or cell.rules)
    first = _value(inner, base)
    checks = domain_checks(t)
    if first is None:
        return None
    if not checks:
        return f"({first})::{t.sql}"
    candidates = [first] + [_value(dataclasses.replace(inner, variant=f"{inner.variant}~{k}"), base) or "NULL"
                            for k in range(1, DOMAIN_CANDIDATES)]
    nullable = not cell.column.not_null and not cell.variant
    return f"({first_passing(candidates + _plain(cell, base.scalar), base.sql, checks, nullable)})::{t.sql}"


def _plain(cell: values.Cell, t: SqlType) -> list[str]:
    """Values of other shapes, for a CHECK the column name's kind of value fails (a handle of letters only)."""
    if t.category == "S":
        word = cell.words(1, "plain")
        return [word, f"upper({word})", f"initcap({word})", f"({word} || {cell.below(100, 'n')})",
                f"({cell.below(100, 'n')})::text"]
    if t.category == "N":
        return [f"(1 + {cell.below(9, 'n')})", f"({cell.below(1000, 'n')})"]
    return []


# -- scalars ------------------------------------------------------------------------------------


def _numeric_cell(cell: values.Cell, t: SqlType) -> str:
    return f"({values.number_value(cell)})::{t.sql}"


def _time(cell: values.Cell) -> str:
    """The row's moment (times.time_value); a part of a value (an array element) up to 30 days before it."""
    moment = times.time_value(cell)
    if not cell.variant:
        return moment
    return f"({moment} - {cell.below(30 * values.DAY, 'earlier')} * interval '1 second')"


def _bits(cell: values.Cell, t: SqlType) -> str:
    """bit(n) filled from hashes; varbit(n) a prefix of 1..n of them."""
    fixed = bare(t.name) == "bit"
    length = t.typmod if t.typmod > 0 else (1 if fixed else 64)
    words = min(4, (length + 63) // 64)
    bits = " || ".join(f"{cell.h(f'bits{k}')}::bit(64)" for k in range(words))
    if fixed:
        return f"(({bits})::bit({length}))"
    return f"(substring(({bits})::varbit, 1, 1 + {cell.below(min(length, 64 * words), 'len')}::int))::{t.sql}"


def _vector(cell: values.Cell, t: SqlType) -> str:
    """pgvector's vector(n): n floats in [-1, 1) from one hash per component."""
    dims = t.typmod if t.typmod > 0 else 3
    salt = cell.salt("vector")
    component = hashing.uniform(f"(({cell.row}) * {dims} + k)", salt)
    # real[] -> vector is pgvector's own cast, 8x faster than writing and parsing the text form
    return f"(SELECT array_agg((2 * {component} - 1)::real ORDER BY k) FROM generate_series(1, {dims}) AS k)::{t.sql}"


def _point(cell: values.Cell, tag: str) -> str:
    return f"point({cell.below(1000, tag + 'x')}, {cell.below(1000, tag + 'y')})"


def _hex_bytes(cell: values.Cell, count: int, sep: str) -> str:
    hexes = hashing.hex16(cell.row, cell.salt("bytes"))
    return f" || '{sep}' || ".join(f"substr({hexes}, {2 * k + 1}, 2)" for k in range(count))


def _named(cell: values.Cell, name: str) -> values.Cell:
    """The cell as if its column were called `name` (a float8), for the values that name suggests."""
    column = Column(name=name, type="double precision", not_null=True)
    return dataclasses.replace(cell, column=column, variant=cell.variant + f".{name}")


def _text_cast(cell: values.Cell, t: SqlType) -> str:
    return f"({cell.words(1)})::text::{t.sql}"


Scalar = Callable[[values.Cell, SqlType], str]

SCALARS: dict[str, Scalar] = {
    **{name: lambda c, t: f"({values.text_value(c)})::{t.sql}" for name in values.TEXT_TYPES},
    **{name: _numeric_cell for name in (*values.INTEGER_TYPES, *values.FLOAT_TYPES, "numeric", "money")},
    **{name: lambda c, t: f"({_time(c)})::{t.sql}" for name in values.TIME_TYPES},
    "boolean": lambda c, t: f"({c.u('bool')} < 0.5)",
    "time without time zone": lambda c, t: f"(time '00:00' + {c.below(values.DAY, 'time')} * interval '1 second')::{t.sql}",
    "time with time zone": lambda c, t: (f"(timetz '00:00:00+00' + {c.below(values.DAY, 'time')} "
                                         f"* interval '1 second')::{t.sql}"),
    "interval": lambda c, t: (f"make_interval(months => {c.below(24, 'mon')}::int, days => {c.below(30, 'day')}::int, "
                              f"secs => {c.below(values.DAY, 'sec')})::{t.sql}"),
    "uuid": lambda c, t: f"{hashing.hex_of(c.h('u1'), c.h('u2'))}::uuid",
    "bytea": lambda c, t: f"int8send({c.h('bytes')})",
    "json": lambda c, t: f"({values.json_value(c)})::json",
    "jsonb": lambda c, t: f"({values.json_value(c)})::jsonb",
    "xml": lambda c, t: (f"xmlelement(name item, xmlattributes({c.below(10_000, 'id')} AS id), "
                         f"{c.words(3, 'xml')})"),
    "tsvector": lambda c, t: f"to_tsvector('simple', {c.words(6, 'tsv')})",
    "tsquery": lambda c, t: f"plainto_tsquery('simple', {c.words(2, 'tsq')})",
    "inet": lambda c, t: f"({values.ip_address(c)})::inet",
    "cidr": lambda c, t: f"('10.' || {c.below(256, 'a')} || '.' || {c.below(256, 'b')} || '.0/24')::cidr",
    "macaddr": lambda c, t: f"('08:00:' || {_hex_bytes(c, 4, ':')})::macaddr",
    "macaddr8": lambda c, t: f"('08:00:' || {_hex_bytes(c, 6, ':')})::macaddr8",
    "point": lambda c, t: _point(c, "p"),
    "line": lambda c, t: f"line({_point(c, 'a')}, {_point(c, 'a')} + point(1 + {c.below(100, 'dx')}, {c.below(100, 'dy')}))",
    "lseg": lambda c, t: f"lseg({_point(c, 'a')}, {_point(c, 'b')})",
    "box": lambda c, t: f"box({_point(c, 'a')}, {_point(c, 'b')})",
    "path": lambda c, t: f"path(polygon(box({_point(c, 'a')}, {_point(c, 'b')})))",
    "polygon": lambda c, t: f"polygon(box({_point(c, 'a')}, {_point(c, 'b')}))",
    "circle": lambda c, t: f"circle({_point(c, 'a')}, 1 + {c.below(100, 'r')})",
    "pg_lsn": lambda c, t: f"(to_hex({c.below(256, 'hi')}) || '/' || to_hex({c.below(1 << 32, 'lo')}))::pg_lsn",
    **{name: lambda c, t: f"(16384 + {c.below(1_000_000, 'oid')})::oid::{t.sql}"  # text would be a name lookup
       for name in ("oid", "regclass", "regtype", "regproc", "regprocedure", "regoper", "regoperator",
                    "regconfig", "regdictionary", "regnamespace", "regrole", "regcollation")},
    "char": lambda c, t: f"chr(97 + {c.below(26, 'char')}::int)::\"char\"",  # the one-byte "char"
    "jsonpath": lambda c, t: f"('$.' || {c.words(1, 'path')})::text::{t.sql}",
    "bit": _bits,
    "bit varying": _bits,
    "vector": _vector,
    "halfvec": _vector,
    "hstore": lambda c, t: (f"('source=>' || {c.words(1, 'hk')} || ', version=>' || "
                            f"(1 + {c.below(5, 'hv')}))::text::{t.sql}"),
    "ltree": lambda c, t: f"({c.words(3, 'path', sep='.')})::text::{t.sql}",
    "earth": lambda c, t: f"ll_to_earth({values.number_value(_named(c, 'latitude'))}, "
                          f"{values.number_value(_named(c, 'longitude'))})",
    "cube": lambda c, t: f"('(' || {c.below(100, 'x')} || ', ' || {c.below(100, 'y')} || ')')::text::{t.sql}",
    "seg": lambda c, t: f"({c.below(100, 'lo')} || ' .. ' || (100 + {c.below(100, 'hi')}))::text::{t.sql}",
}

# Types nothing above knows (a user-defined base type, an extension's): a literal of their category,
# parsed by their input function. Geometric and user-defined ("U") literals cannot be guessed.
_BY_CATEGORY: dict[str, Scalar] = {
    "S": _text_cast,
    "N": lambda c, t: f"({c.below(1000, 'n')})::text::{t.sql}",
    "D": lambda c, t: f"({times.anchor(c.column)} - {c.below(values.SPAN_SECONDS, 'd')} * interval '1 second')::text::{t.sql}",
    "B": lambda c, t: f"({c.u('bool')} < 0.5)::text::{t.sql}",
    "T": lambda c, t: f"({c.below(values.DAY, 'sec')} * interval '1 second')::text::{t.sql}",
    "I": lambda c, t: f"({values.ip_address(c)})::text::{t.sql}",
}


def unknown_note(table: str, column: Column, outcome: str) -> tuple[str, str]:
    """(problem, hint) for a column of a type without generator: what was done, the entry that fixes it."""
    scalar = column_type(column).scalar
    why = next((reason for name, _, reason in _OPTIONAL if name == bare(scalar.name)), None)
    detail = f" ({why})" if why else f" (input function {scalar.input})" if scalar.input else ""
    entry = f'[seed.columns."{table}.{column.name}"] values = ["<a valid {scalar.name} literal>", …]'
    problem = f"{table}.{column.name}: no generator for type {column.type}{detail}; {outcome}"
    return problem, f"give its values in dbperf.toml: {entry} (docs/seeding.md)"
