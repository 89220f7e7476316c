"""Column profiles: how production's values of one column are distributed, as seeding input.

A `ColumnProfile` is the one notion behind both `[seed.columns."table.column"]`
in dbperf.toml and a `stats.json` exported from production (`dbperf stats
export`, see analyzer/stats/). It says:

- `null_fraction`: the share of NULLs;
- `values`: most-common values with their frequencies (of all rows);
- how the *rest* of the rows is drawn: between `histogram` bounds (as
  PostgreSQL's pg_stats keeps them), or by a named `distribution`
  (`uniform`, `zipf`, `normal`) over a `domain` of values or a `[low, high]`
  range, or, when the profile says nothing about the rest, by the seeder's
  usual name/type heuristics;
- `n_distinct` (distinct values of the whole column; < 0: a fraction of the
  rows, PostgreSQL's convention) and `correlation` (physical order vs value
  order: near ±1 lays histogram values out in row order).

A JSON/JSONB column read by the workload (`settings->>'theme'`,
`data @> '{"plan": "pro"}'`, `payload ? 'ip'`) gets a profile too:
`json_reads.json_reads()` finds those keys with sqlglot, and every seeded document
carries them, with the values the workload compares them with (or plausible
ones by the key's name).

`profile_builder()` turns a profile into one deterministic SQL expression of
the row number (hash-based, like every generator: see hashing.py).
`apply_profiles()` checks profiles against the scratch database's schema
before seeding: a value the column's type, CHECK constraints or NOT NULL
refuse, or a profile on a key column, makes that column fall back to the
heuristics, and the problem is reported with its origin.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from pglast import parse_sql
from pglast.parser import ParseError
from pglast.stream import RawStream

from dbperf.diagnostics import Origin, Problems
from dbperf.schema.model import Column, Schema, Table
from dbperf.seed import hashing, values
from dbperf.seed.json_reads import json_reads, with_json_keys
from dbperf.stats.format import load_stats
from dbperf.stats.model import ColumnProfile

if TYPE_CHECKING:
    from dbperf.config import Config
    from dbperf.postgres.database import Database
    from dbperf.workload import Workload

ZIPF_POWER = 3.5  # the seeder's usual skew (hashing.skewed)
CORRELATED = 0.9  # |correlation| from which histogram values follow the row order
Builder = Callable[[str], str]
Salt = Callable[[str], int]  # purpose -> the column's salt for it (hashing.salt of seed, table, column)


# -- from dbperf.toml ---------------------------------------------------------------------------

def from_override(entry: Mapping[str, Any], origin: Origin | None) -> ColumnProfile:
    """`[seed.columns."table.column"]` → a profile (config.py checked the keys, types and shares)."""
    raw = entry.get("values")
    freqs: tuple[tuple[str, float], ...] = ()
    domain: tuple[str, ...] = ()
    if isinstance(raw, Mapping):
        freqs = tuple((_text(v), float(f)) for v, f in raw.items())
    elif raw is not None:
        domain = tuple(_text(v) for v in raw)
    null = entry.get("null_fraction")
    return ColumnProfile(
        null_fraction=float(null) if null is not None else None,
        values=freqs, domain=domain, distribution=entry.get("distribution"),
        low=_text(entry["min"]) if "min" in entry else None,
        high=_text(entry["max"]) if "max" in entry else None,
        n_distinct=float(entry["n_distinct"]) if "n_distinct" in entry else None,
        origin=origin, source="config")


def _text(value: object) -> str:
    """A TOML value as PostgreSQL would print it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- checked against the schema ---------------------------------------------------------------

def apply_profiles(db: Database, schema: Schema, config: Config, stats_path: Path | None,
                   problems: Problems, workload: Workload | None = None) -> None:
    """Fill `config.profiles` (and row counts and indexes' scans from stats.json) with the profiles the
    schema accepts.

    stats.json first, `[seed.columns]` over it (the config is the user's last word), then
    the JSON keys the workload reads. Explicit row counts (`[seed] rows`, `--rows`) win
    over stats.json's.
    """

    wanted: dict[tuple[str, str], ColumnProfile] = {}
    if stats_path is not None:
        stats = load_stats(stats_path)
        for origin, message in stats.unreadable:
            problems.add("seed", message + "; the column keeps dbperf's usual values", origin,
                         hint="re-export the file with dbperf stats export")
        for table_name, rows in stats.rows.items():
            table = _find(schema, table_name)
            if table is not None and rows >= 0:
                key = _key(schema, table)
                if key not in config.rows and table.name not in config.rows:
                    config.rows[key] = max(round(rows), 1)
        for (table_name, index), scans in stats.index_scans.items():
            table = _find(schema, table_name)
            if table is not None:
                config.index_scans[(_key(schema, table), index)] = scans
        for (table_name, column), profile in stats.profiles.items():
            table = _find(schema, table_name)
            if table is not None and table.column(column) is not None:
                wanted[(_key(schema, table), column)] = profile
    for name, (entry, origin) in config.column_overrides.items():
        profile = from_override(entry, origin)
        table_name, _, column = name.rpartition(".")
        table = _find(schema, table_name)
        if table is None or table.column(column) is None:
            problems.add("config", f'[seed.columns."{name}"]: no such column in the schema', origin,
                         hint='write "table.column" (or "schema.table.column") as the schema spells them')
            continue
        wanted[(_key(schema, table), column)] = profile
    for where, keys in (json_reads(workload, schema) if workload is not None else {}).items():
        found = tuple((path, tuple(dict.fromkeys(found))) for path, found in sorted(keys.items()))
        wanted[where] = replace(wanted.get(where, ColumnProfile(source="workload")), json_keys=found)
    _add_generated_json_reads(db, schema, wanted)
    config.profiles = {}
    for (key, column), profile in sorted(wanted.items()):
        checked = _checked(db, schema.tables[key], schema.tables[key].column(column), profile,  # type: ignore[arg-type]
                           problems)
        if checked is not None:
            config.profiles[(key, column)] = checked


def _add_generated_json_reads(db: Database, schema: Schema,
                              wanted: dict[tuple[str, str], ColumnProfile]) -> None:
    """Keys generated columns read (`GENERATED ALWAYS AS (value ->> 'id')`) go into every document."""
    from dbperf.seed.generated_json import generated_json_reads

    for where, reads in generated_json_reads(db, schema).items():
        profile = wanted.get(where, ColumnProfile(source="workload"))
        keys = dict(profile.json_keys)
        for path, (typed, _) in reads.items():
            keys[path] = tuple(dict.fromkeys(keys.get(path, ()) + typed))  # the workload's first
        exact = tuple(path for path, (_, only) in sorted(reads.items()) if only)
        wanted[where] = replace(profile, json_keys=tuple(sorted(keys.items())), json_exact=exact)


def _find(schema: Schema, name: str) -> Table | None:
    nsp, _, bare = name.rpartition(".")
    return schema.find(bare, nsp or None)


def _key(schema: Schema, table: Table) -> str:
    return next(k for k, t in schema.tables.items() if t is table)


def _checked(db: Database, table: Table, col: Column, profile: ColumnProfile,
             problems: Problems) -> ColumnProfile | None:
    """The profile if the column can take it (maybe with fewer NULLs), else None (reported)."""
    where = f"{table.key}.{col.name}"
    hint = "the column keeps dbperf's usual generated values; fix the " + (
        "entry in dbperf.toml" if profile.source == "config" else "stats.json or re-export it")

    def refuse(reason: str) -> None:
        problems.add("seed", f"{profile.describe()} profile of {where} not used: {reason}", profile.origin,
                     hint=hint)

    keys = [table.primary_key, *table.uniques]
    fk_columns = {c for fk in table.foreign_keys for c in fk.columns}
    if col.name in fk_columns or any(k and col.name in k for k in keys) or col.identity:
        if profile.source == "config":  # stats.json has every column: keys are generated on purpose
            refuse("a key column (primary key, UNIQUE or foreign key) is generated so that it holds")
        return None
    if col.is_array:
        if profile.source != "stats":
            refuse("array columns are not profiled")
        return None
    literals = profile.literals
    if literals:
        bad = _invalid_for_type(db, col, literals)
        if bad is not None:
            refuse(f"{bad!r} is not a valid {col.type}")
            return None
        failing = _violated_check(db, table, col, literals)
        if failing is not None:
            refuse(failing)
            return None
    if profile.null_fraction and col.not_null:
        refuse(f"NULLs ({profile.null_fraction:.0%}) in a NOT NULL column; seeded without NULLs")
        profile = replace(profile, null_fraction=0.0)
    return profile


def _invalid_for_type(db: Database, col: Column, literals: list[str]) -> str | None:
    """The first literal the column's type refuses, or None."""
    try:
        db.execute(f"SELECT $1::text[]::{col.type}[]", [literals])
        return None
    except psycopg.Error:
        pass
    for literal in literals:
        try:
            db.execute(f"SELECT $1::text::{col.type}", [literal])
        except psycopg.Error:
            return literal
    return literals[0]


def _violated_check(db: Database, table: Table, col: Column, literals: list[str]) -> str | None:
    """Why the table's CHECK constraints refuse these values for `col`, or None.

    A CHECK on this column alone is evaluated by PostgreSQL on each value (its
    column reference resolves to the value); one that relates it to other
    columns cannot hold for values drawn independently, so it refuses all.
    """
    for check in table.checks:
        if col.name not in check.columns:
            continue
        if set(check.columns) != {col.name}:
            return f"CHECK {check.name} relates it to other columns"
        expression = _check_expression(check.expression)
        if expression is None:
            continue
        query = (f"SELECT v FROM (SELECT v, v::{col.type} AS {_ident(col.name)} FROM unnest($1::text[]) v) x "
                 f"WHERE ({expression}) IS FALSE LIMIT 1")
        try:
            bad = db.fetchval(query, [literals])
        except psycopg.Error as exc:
            return f"CHECK {check.name} could not be evaluated ({str(exc).strip().splitlines()[0]})"
        if bad is not None:
            return f"{bad!r} breaks CHECK {check.name}"
    return None


def _check_expression(definition: str) -> str | None:
    """The boolean expression of `CHECK (…)` as SQL text, via pglast."""
    try:
        stmt = parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt
        return RawStream()(stmt.cmds[0].def_.raw_expr)  # type: ignore[attr-defined]
    except (ParseError, AttributeError, IndexError):
        return None


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- the SQL expression -----------------------------------------------------------------------

def profile_builder(profile: ColumnProfile, col: Column, rows: int, salt: Salt,
                    heuristic: Builder | None) -> Builder:
    """SQL value of `col` at a row: a most-common value, NULL, or the rest, by their frequencies.

    `salt(purpose)` gives the column's hash salts (every number is
    `hashing.uniform(row, salt)`, never random()); `heuristic` is the seeder's usual generator, used for the rest when the
    profile does not say how the rest is distributed.
    """
    def uniform(row: str, purpose: str) -> str:
        return hashing.uniform(row, salt(purpose))

    rest = _rest_builder(profile, col, rows, salt) or heuristic
    if profile.json_keys and rest is not None and col.base_type in ("json", "jsonb"):
        rest = with_json_keys(rest, profile.json_keys, col, salt, profile.json_exact)
    cases: list[tuple[float, str]] = []  # (cumulative share, SQL value)
    cumulative = 0.0
    for value, freq in profile.values:
        if freq > 0:
            cumulative += freq
            cases.append((cumulative, f"{_literal(value)}::{col.type}"))
    if profile.null_fraction:
        cumulative += profile.null_fraction
        cases.append((cumulative, "NULL"))
    if rest is None and cases:  # values and NULLs only: stretch them over every row
        cases = [(c / cumulative, v) for c, v in cases]
        cases[-1] = (2.0, cases[-1][1])
    thresholds = f"ARRAY[{', '.join(repr(min(c, 2.0)) for c, _ in cases)}]::float8[]"

    def build(row: str) -> str:
        other = f"({rest(row)})::{col.type}" if rest is not None else f"NULL::{col.type}"
        if not cases:
            return other
        # One uniform number, one binary search over the cumulative shares (not a comparison per
        # value): bucket 0 is the first value, …, the last bucket is the rest, evaluated only for
        # the rows that get it (an ARRAY of the choices would build it and the rest on every row).
        picks = " ".join(f"WHEN {k} THEN {v}" for k, (_, v) in enumerate(cases))
        return f"(CASE width_bucket({uniform(row, 'profile')}, {thresholds}) {picks} ELSE {other} END)"

    return build


def _rest_builder(profile: ColumnProfile, col: Column, rows: int, salt: Salt) -> Builder | None:
    """Values of the rows that are neither a most-common value nor NULL, or None for the heuristics."""

    def uniform(row: str, purpose: str) -> str:
        return hashing.uniform(row, salt(purpose))

    base = col.base_type
    numeric = base in values.INTEGER_TYPES or base in values.FLOAT_TYPES or base in ("numeric", "money")
    ordered = numeric or base in values.TIME_TYPES
    whole = "int" if base == "date" else "bigint"  # date + int is a date; there is no date + bigint
    if len(profile.histogram) >= 2:
        bounds = _array(profile.histogram, col)
        buckets = len(profile.histogram) - 1
        distinct = _rest_distinct(profile, rows)
        if not ordered and base not in values.TEXT_TYPES and distinct > buckets + 1:
            return None  # uuids, inets…: the bounds alone would repeat a few values; the usual generator won't

        def position(row: str) -> str:
            corr = profile.correlation or 0.0
            if corr >= CORRELATED:
                return f"((({row}) - 1)::float8 / {max(rows, 1)})"
            if corr <= -CORRELATED:
                return f"(1 - ({row})::float8 / {max(rows, 1)})"
            return uniform(row, "histogram")

        def between(row: str) -> str:
            p = f"({position(row)} * {buckets})"
            k = f"(floor({p})::int + 1)"
            if not ordered:
                pick = f"{bounds}[{k}]"
                per_bucket = math.ceil(distinct / buckets) if distinct else 1
                if base in values.TEXT_TYPES and per_bucket > 1:  # more distinct values than bounds
                    return f"({pick} || ' ' || {hashing.below(row, salt('suffix'), per_bucket)})"
                return pick
            low, high, frac = f"{bounds}[{k}]", f"{bounds}[{k} + 1]", f"({p} - floor({p}))"
            if base in values.INTEGER_TYPES or base == "date":
                return f"({low} + floor(({high} - {low}) * {frac})::{whole})"
            return f"({low} + ({high} - {low}) * {frac})"

        return between
    if profile.distribution is None and not profile.domain and profile.low is None:
        if profile.n_distinct and base in values.TEXT_TYPES | values.INTEGER_TYPES:
            return _synthetic(profile, col, rows, uniform)
        return None
    draw = _draw(profile.distribution or "uniform", uniform)
    if profile.domain:
        array = _array(profile.domain, col)
        return lambda row: f"{array}[1 + least(floor({draw(row)} * {len(profile.domain)})::int, "\
                           f"{len(profile.domain) - 1})]"
    if profile.low is not None and profile.high is not None and ordered:
        low, high = f"{_literal(profile.low)}::{col.type}", f"{_literal(profile.high)}::{col.type}"
        if base in values.INTEGER_TYPES or base == "date":
            return lambda row: f"({low} + floor(({high} - {low} + 1) * {draw(row)})::{whole})"
        return lambda row: f"({low} + ({high} - {low}) * {draw(row)})"
    if profile.n_distinct and base in values.TEXT_TYPES | values.INTEGER_TYPES:
        return _synthetic(profile, col, rows, uniform)
    return None


def _synthetic(profile: ColumnProfile, col: Column, rows: int, uniform: Callable[[str, str], str]) -> Builder:
    """`n_distinct` values with no known text: 1…n (integers) or "column 1"…"column n"."""
    n = max(1, _rest_distinct(profile, rows))
    draw = _draw(profile.distribution or "uniform", uniform)
    if col.base_type in values.INTEGER_TYPES:
        return lambda row: f"(1 + floor({draw(row)} * {n})::bigint)"
    prefix = _literal(col.name + " ")
    return lambda row: f"({prefix} || (1 + floor({draw(row)} * {n})::bigint))"


def _draw(distribution: str, uniform: Callable[[str, str], str]) -> Callable[[str], str]:
    """SQL float8 in [0, 1) for a row: uniform, zipf-like (low values far likelier) or normal (clamped)."""
    if distribution == "zipf":
        return lambda row: f"power({uniform(row, 'rest')}, {ZIPF_POWER})"
    if distribution == "normal":  # Box-Muller, mean 0.5, 3 standard deviations to each end
        return lambda row: (f"least(greatest(0.5 + sqrt(-2 * ln(1 - {uniform(row, 'rest')})) * "
                            f"cos(2 * pi() * {uniform(row, 'rest2')}) / 6, 0), 0.999999)")
    return lambda row: uniform(row, "rest")


def _rest_distinct(profile: ColumnProfile, rows: int) -> int:
    nd = profile.n_distinct or 0
    total = nd if nd >= 0 else -nd * rows
    return max(1, round(total) - len(profile.values))


def _array(items: tuple[str, ...], col: Column) -> str:
    element = col.type.removesuffix("[]")
    return f"(ARRAY[{', '.join(_literal(v) for v in items)}]::{element}[])"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
