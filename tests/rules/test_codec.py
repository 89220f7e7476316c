"""The recording codec gives back what it was given: a replayed rule must see the live values."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dbperf.explain.measurement import Measurement
from dbperf.explain.memo import raw_identity
from dbperf.schema.model import Schema
from tests.rules.case import all_cases
from tests.rules.codec import Opaque, decode, encode

VALUES = [
    dt.datetime(2025, 1, 15, 10, 30, 5, 123, tzinfo=ZoneInfo("Etc/UTC")),
    dt.datetime(2025, 1, 15, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    dt.datetime(2025, 1, 15), dt.date(2025, 1, 15), dt.time(23, 59, 1), dt.timedelta(days=2, seconds=3),
    Decimal("12.50"), uuid.UUID("12345678-1234-5678-1234-567812345678"), b"\x00\xff", float("inf"),
    (1, "a"), [1, [2, None]], {"k": [True, 1.5]}, None, "text", 42, False,
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_bound_value_keeps_its_type_and_its_repr(value: Any) -> None:
    back = decode(json.loads(json.dumps(encode(value))), Any)
    assert back == value and type(back) is type(value)
    assert raw_identity([("q", (back,))]) == raw_identity([("q", (value,))])  # the Lab call is found again


def test_an_unknown_type_replays_by_its_repr() -> None:
    value = complex(1, 2)
    back = decode(json.loads(json.dumps(encode(value))), Any)
    assert isinstance(back, Opaque) and repr(back) == repr(value)


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.name)
def test_recorded_schema_and_measurements_read_back_unchanged(case) -> None:
    data = json.loads(case.recording.read_text())
    schema = decode(data["schema"], Schema)
    assert schema.tables and encode(schema, Schema) == data["schema"]
    for fingerprint, recorded in data["measurements"].items():
        measurement = decode(recorded, Measurement)
        assert measurement.fingerprint == fingerprint
        assert encode(measurement, Measurement) == recorded
        if measurement.plan is not None:  # the plan is parsed again, its tables named as recorded
            assert [n.relation for n in measurement.plan.walk()] == [r for r, _ in recorded["plan"]["names"]]
