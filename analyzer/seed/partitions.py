"""Partition key values that fall inside a partitioned table's declared partitions.

A partitioned table is seeded through its parent: PostgreSQL routes each row
to the partition whose bounds hold its key, and refuses a row that no
partition holds ("no partition of relation … found for row") unless there is
a DEFAULT partition. The usual generators (timestamps over the last three
years, words, numbers) seldom fall inside the bounds a schema declares, so
the key column of a one-column key gets a profile (seed/profile.py) drawn from
the bounds themselves:

- RANGE: a histogram whose buckets are the partitions, end to end: each
  bounded partition gets an equal share of the rows, spread over its range;
- LIST: every listed value, uniformly;
- HASH: every value has a partition, nothing to do.

A DEFAULT partition then stays empty, as it does in production when the
partitions are kept ahead of the data. What cannot be described this way
(expression or several-column keys, ranges with gaps) keeps the usual values,
and a table without any partition (the application or pg_partman creates
them at run time) has nowhere to put a row: `add_default_partitions` gives
each such table a DEFAULT partition of its own (a HASH one a single
MODULUS 1 partition), reported, so that it is seeded instead of left empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pglast import ast, parse_sql
from pglast.parser import ParseError

from dbperf.postgres.database import Database
from dbperf.schema.model import Partition, Schema, Table
from dbperf.seed.profile import ColumnProfile

DEFAULT_SUFFIX = "_default"  # the stand-in partition's name: the parent's name and this


@dataclass
class PartitionProfiles:
    profiles: dict[tuple[str, str], ColumnProfile] = field(default_factory=dict)  # (table key, column)
    notes: list[str] = field(default_factory=list)


def partition_profiles(schema: Schema) -> PartitionProfiles:
    """A profile for the key column of every partitioned table whose bounds describe one."""
    found = PartitionProfiles()
    for key, table in sorted(schema.tables.items()):
        if table.kind != "partitioned" or not table.partitions:
            continue
        profile, why = _profile(table)
        if profile is not None:
            found.profiles[(key, table.partition_key[0])] = profile
        elif why and not any(p.is_default for p in _direct(table)):
            found.notes.append(_note(table, why))
    return found


def _direct(table: Table) -> list[Partition]:
    return [p for p in table.partitions if p.parent == table.qualified_name]


def _strategy(table: Table) -> str:
    return (table.partition_by or "").split(" ")[0].upper()


def _profile(table: Table) -> tuple[ColumnProfile | None, str | None]:
    """The key column's profile drawn from the partitions' bounds, or (None, why the usual values may
    fall outside every partition; None when they cannot: HASH, an open-ended range)."""
    strategy = _strategy(table)
    if strategy == "HASH":
        return None, None
    if len(table.partition_key) != 1 or not table.partition_key[0]:
        return None, "its partition key is an expression or several columns"
    try:
        direct = _direct(table)
        return (_range(direct) if strategy == "RANGE" else _list(direct) if strategy == "LIST" else None), None
    except _Gaps:
        return None, "the ranges of its partitions leave gaps"


def _note(table: Table, why: str) -> str:
    return (f"{table.name}: seeded with the usual values of its partition key because {why}; rows "
            f"that no partition holds go to the DEFAULT partition {table.name}{DEFAULT_SUFFIX} that dbperf "
            "added")


def add_default_partitions(db: Database, schema: Schema) -> list[str]:
    """A partition for every partitioned table where generated rows would find none: a table with
    no partition at all (the application creates them at run time), or whose partitions the key's
    values cannot be drawn from (`partition_profiles` notes it) and that has no DEFAULT partition.
    Returns the notes for the report."""
    notes = []
    for _, table in sorted(schema.tables.items()):
        if table.kind != "partitioned" or any(p.is_default for p in _direct(table)):
            continue
        hash_ = _strategy(table) == "HASH"
        if table.partitions and (hash_ or _profile(table)[1] is None):
            continue
        name = _free_name(db, table)
        bound = "FOR VALUES WITH (MODULUS 1, REMAINDER 0)" if hash_ else "DEFAULT"
        relation = f"{_quote(table.schema)}.{_quote(table.name)}"
        db.execute(f"CREATE TABLE {_quote(table.schema)}.{_quote(name)} PARTITION OF {relation} {bound}")
        if not table.partitions:
            notes.append(f"{table.name} has no partition (the application creates them at run time): dbperf "
                         f"added the partition {name} ({bound}) to seed it; production's plans scan the "
                         "partitions the query's bounds keep, here this one")
    return notes


def _free_name(db: Database, table: Table) -> str:
    name, n = f"{table.name}{DEFAULT_SUFFIX}", 1
    while db.fetchval("SELECT to_regclass($1) IS NOT NULL", (f"{_quote(table.schema)}.{_quote(name)}",)):
        n += 1
        name = f"{table.name}{DEFAULT_SUFFIX}{n}"
    return name


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Gaps(Exception):
    """The bounded ranges do not meet end to end: one histogram cannot describe them."""


def _range(partitions: list[Partition]) -> ColumnProfile | None:
    """Histogram bounds over the bounded partitions laid end to end (None when there are none: an
    open-ended partition, FROM (MINVALUE) TO (MAXVALUE) say, then holds the usual values)."""
    spans = []
    for part in partitions:
        spec = _bound(part)
        if spec is None or spec.is_default:
            continue
        low, high = _datums(spec.lowerdatums), _datums(spec.upperdatums)
        if low is None or high is None:  # MINVALUE / MAXVALUE: the bounded ones hold the rows
            continue
        spans.append((low, high))
    if not spans:
        return None
    spans.sort(key=lambda span: _order(span[0]))
    bounds = [spans[0][0][1]]
    for (_, high), following in zip(spans, spans[1:] + [None]):
        if following is not None and following[0][1] != high[1]:
            raise _Gaps
        bounds.append(high[1])
    return ColumnProfile(histogram=tuple(bounds), source="partitions")


def _list(partitions: list[Partition]) -> ColumnProfile | None:
    values: list[str] = []
    for part in partitions:
        spec = _bound(part)
        for datum in (spec.listdatums or ()) if spec is not None else ():
            value = _constant(datum)
            if value is not None and value[1] not in values:
                values.append(value[1])
    return ColumnProfile(domain=tuple(values), distribution="uniform", source="partitions") if values else None


def _bound(part: Partition) -> ast.PartitionBoundSpec | None:
    """The partition's bound, parsed by PostgreSQL's grammar (pglast)."""
    try:
        stmt = parse_sql(f"CREATE TABLE x PARTITION OF y {part.bound}")[0].stmt
    except ParseError:
        return None
    return stmt.partbound if isinstance(stmt, ast.CreateStmt) else None


def _datums(datums) -> tuple[object, str] | None:
    """The single datum of a one-column range bound, or None (MINVALUE, MAXVALUE, several columns)."""
    if not datums or len(datums) != 1:
        return None
    return _constant(datums[0])


def _constant(node) -> tuple[object, str] | None:
    """(sort key, PostgreSQL text) of a constant; None for NULL, MINVALUE and MAXVALUE."""
    if not isinstance(node, ast.A_Const) or node.isnull:
        return None
    val = node.val
    if isinstance(val, ast.Integer):
        return (val.ival, str(val.ival))
    if isinstance(val, ast.Float):
        return (float(val.fval), val.fval)
    if isinstance(val, ast.Boolean):
        return (val.boolval, "true" if val.boolval else "false")
    if isinstance(val, ast.String):
        return (val.sval, val.sval)
    return None


def _order(datum: tuple[object, str]) -> tuple[int, object]:
    """Numbers before texts, each in its own order (ISO dates and timestamps sort as text)."""
    value = datum[0]
    return (0, value) if isinstance(value, (int, float)) and not isinstance(value, bool) else (1, str(value))
