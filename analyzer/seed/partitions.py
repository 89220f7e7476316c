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
(expression or several-column keys, ranges with gaps) keeps the usual values
and is noted: without a DEFAULT partition such a table is left empty and
reported by the seeder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pglast import ast, parse_sql
from pglast.parser import ParseError

from dbperf.schema.model import Partition, Schema, Table
from dbperf.seed.profile import ColumnProfile


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
        direct = [p for p in table.partitions if p.parent == table.qualified_name]
        has_default = any(p.is_default for p in direct)
        strategy = (table.partition_by or "").split(" ")[0].upper()
        if strategy == "HASH":
            continue
        if len(table.partition_key) != 1 or not table.partition_key[0]:
            if not has_default:
                found.notes.append(_note(table, "its partition key is an expression or several columns"))
            continue
        column = table.partition_key[0]
        try:
            profile = _range(direct) if strategy == "RANGE" else _list(direct) if strategy == "LIST" else None
        except _Gaps:
            if not has_default:
                found.notes.append(_note(table, "the ranges of its partitions leave gaps"))
            continue
        if profile is not None:
            found.profiles[(key, column)] = profile
    return found


def _note(table: Table, why: str) -> str:
    return (f"{table.name}: seeded with the usual values of its partition key because {why}; rows that no "
            f"partition holds make the load fail (a DEFAULT partition takes them)")


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
