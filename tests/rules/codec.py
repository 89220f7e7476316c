"""JSON for what a rule reads from the database: the schema, measurements with their plans, pg_stats
and the rows and parameters a Lab call returns — exact enough that a replayed rule gives the very
finding the live one gave.

Dataclasses are written field by field and read back by their type hints. Values typed `Any`
(bound parameters, fetched rows) keep their Python type through a tag (`{"$datetime": …}`), so a
replayed rule inlines a timestamp as the live one did. A `Plan` is kept as the EXPLAIN JSON
PostgreSQL returned plus the table names the Lab gave its nodes, and parsed again on reading: the
current plan parser runs on every replay.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import types
import typing
import uuid
from decimal import Decimal
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from dbperf.explain.parse import parse_plan
from dbperf.explain.plan import Plan


class Opaque:
    """A value of a type this codec does not know, replayed by its repr (what the memo keys use)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Opaque) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


def encode(value: Any, hint: Any = Any) -> Any:
    """`value` as JSON-ready data, guided by its type `hint`."""
    if value is None:
        return None
    if isinstance(value, Plan):
        return {"raw": value.raw, "analyzed": value.analyzed,
                "names": [[node.relation, node.schema] for node in value.walk()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        hints = _hints(type(value))
        return {f.name: encode(getattr(value, f.name), hints.get(f.name, Any))
                for f in dataclasses.fields(value)}
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return encode(value, inner[0] if len(inner) == 1 else Any)
    if origin in (list, tuple) and isinstance(value, (list, tuple)):
        if origin is tuple and args and args[-1] is not Ellipsis:
            return [encode(v, h) for v, h in zip(value, args)]
        return [encode(v, args[0] if args else Any) for v in value]
    if origin is dict and isinstance(value, dict):
        key_hint, value_hint = args or (Any, Any)
        if all(isinstance(k, str) for k in value):
            return {k: encode(v, value_hint) for k, v in value.items()}
        return {"$pairs": [[encode(k, key_hint), encode(v, value_hint)] for k, v in value.items()]}
    if hint in (str, int, bool) or (hint is float and isinstance(value, (int, float)) and math.isfinite(value)):
        return value
    return _encode_any(value)


def decode(data: Any, hint: Any) -> Any:
    """What `encode(value, hint)` was given."""
    if data is None:
        return None
    if hint is Plan:
        plan = parse_plan(data["raw"], analyzed=data["analyzed"])
        for node, (relation, schema) in zip(plan.walk(), data["names"]):
            node.relation, node.schema = relation, schema
        return plan
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        values = {f.name: decode(data[f.name], hints.get(f.name, Any))
                  for f in dataclasses.fields(hint) if f.name in data}
        fields = {f.name: f for f in dataclasses.fields(hint)}
        made = hint(**{k: v for k, v in values.items() if fields[k].init})
        for name, value in values.items():
            if not fields[name].init:
                object.__setattr__(made, name, value)
        return made
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return decode(data, inner[0] if len(inner) == 1 else Any)
    if origin is list:
        return [decode(v, args[0] if args else Any) for v in data]
    if origin is tuple:
        if args and args[-1] is not Ellipsis:
            return tuple(decode(v, h) for v, h in zip(data, args))
        return tuple(decode(v, args[0] if args else Any) for v in data)
    if origin is dict:
        key_hint, value_hint = args or (Any, Any)
        if isinstance(data, dict) and "$pairs" in data:
            return {decode(k, key_hint): decode(v, value_hint) for k, v in data["$pairs"]}
        return {k: decode(v, value_hint) for k, v in data.items()}
    if hint in (str, int, bool, float) and not isinstance(data, dict):
        return data
    return _decode_any(data)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


# -- values of unknown type: parameters and fetched rows ------------------------------------------------

def _encode_any(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, list):
        return [_encode_any(v) for v in value]
    if isinstance(value, tuple):
        return {"$tuple": [_encode_any(v) for v in value]}
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {"$dict": {k: _encode_any(v) for k, v in value.items()}}
    if isinstance(value, dt.datetime):
        zone = value.tzinfo.key if isinstance(value.tzinfo, ZoneInfo) else None
        return {"$datetime": value.replace(tzinfo=None).isoformat() if zone else value.isoformat(), "zone": zone}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"$timedelta": [value.days, value.seconds, value.microseconds]}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, uuid.UUID):
        return {"$uuid": str(value)}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": bytes(value).hex()}
    if isinstance(value, Opaque):
        return {"$repr": value.text}
    return {"$repr": repr(value)}


def _decode_any(data: Any) -> Any:
    if isinstance(data, list):
        return [_decode_any(v) for v in data]
    if not isinstance(data, dict):
        return data
    tag = next(iter(data), None)
    payload = data.get(tag)
    if tag == "$float":
        return float(payload)
    if tag == "$tuple":
        return tuple(_decode_any(v) for v in payload)
    if tag == "$dict":
        return {k: _decode_any(v) for k, v in payload.items()}
    if tag == "$datetime":
        value = dt.datetime.fromisoformat(payload)
        return value.replace(tzinfo=ZoneInfo(data["zone"])) if data.get("zone") else value
    if tag == "$date":
        return dt.date.fromisoformat(payload)
    if tag == "$time":
        return dt.time.fromisoformat(payload)
    if tag == "$timedelta":
        return dt.timedelta(*payload)
    if tag == "$decimal":
        return Decimal(payload)
    if tag == "$uuid":
        return uuid.UUID(payload)
    if tag == "$bytes":
        return bytes.fromhex(payload)
    if tag == "$repr":
        return Opaque(payload)
    raise ValueError(f"not a value this codec wrote: {data!r}")
