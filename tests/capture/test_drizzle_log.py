"""Drizzle ORM DefaultLogger output."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from dbperf.capture.drizzle_log import load_drizzle_log
from dbperf.diagnostics import Problems


def test_app_log(samples: Path) -> None:
    path = samples / "drizzle_app.log"
    problems = Problems()
    found = list(load_drizzle_log(path, problems))
    assert not problems.items
    assert [s.origin.line for s in found] == [3, 5, 6, 8, 9, 10, 15, 17, 18]
    assert {s.session for s in found} == {str(path)}
    assert all(s.timestamp is None and s.duration_ms is None for s in found)

    first = found[0]
    assert first.sql == 'select "id", "email", "name" from "users" where "users"."id" = $1 limit $2'
    assert first.params == (1, 1)
    # no params suffix; the app's own output after it is not SQL
    assert found[2].sql == 'select count(*) from "posts"' and found[2].params is None
    # a parameter containing the marker itself; JSON objects and dates as JSON
    assert found[3].sql.endswith('returning "id"')
    assert found[3].params == (
        7,
        "Hello -- params: [1]",
        {"tags": ["a", "b"]},
        "2026-01-01T00:00:00.000Z",
    )
    # a raw multi-line query
    assert found[5].sql.startswith("select p.id, count(c.id)\n") and found[5].sql.endswith(
        "group by p.id"
    )
    assert found[5].params == (7,)
    assert found[6].params == (None, 3)
    assert found[7].sql == 'selec "id" from "users"'  # kept: the workload reports it


def test_timestamp_prefix(samples: Path) -> None:
    found = list(load_drizzle_log(samples / "drizzle_timestamped.log", Problems()))
    assert [s.params for s in found] == [(1,), (1,), (2,), (3,)]
    assert found[1].timestamp == datetime(2026, 1, 1, 0, 0, 0, 12000, tzinfo=timezone.utc)
    assert found[0].sql == 'select "id" from "users" where "users"."id" = $1'


def test_params_that_are_not_json(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text("Query: select $1, $2 -- params: [1, , 2]\nQuery: select 1\n")
    problems = Problems()
    found = list(load_drizzle_log(path, problems))
    assert [s.params for s in found] == [None, None]
    assert found[0].sql == "select $1, $2 -- params: [1, , 2]"
    assert [(p.origin.line, p.message) for p in problems] == [
        (1, "could not read the query parameters (not a JSON array)")
    ]
