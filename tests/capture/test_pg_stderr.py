"""PostgreSQL stderr logs: static samples, log_line_prefix forms, parameters."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from dbperf.capture.pg_stderr import load_pg_stderr, parse_parameters, read_log
from dbperf.diagnostics import Problems

UTC = timezone.utc


def test_min_duration_sample(samples: Path) -> None:
    path = samples / "pg_min_duration.log"
    problems = Problems()
    found = {s.origin.line: s for s in load_pg_stderr(path, problems)}
    assert sorted(found) == [2, 6, 8, 13, 16, 21, 25]  # parse/bind lines are not statements

    execute = found[6]
    assert execute.sql == 'SELECT email FROM "User" WHERE id = $1'
    assert execute.params == ("1",)
    assert execute.session == "4101"
    assert execute.duration_ms == pytest.approx(0.021)
    assert execute.timestamp == datetime(2026, 1, 15, 10, 0, 0, 22000, tzinfo=UTC)
    assert execute.origin.path == str(path)

    assert found[8].sql == "SELECT count(*) FROM post WHERE user_id = 7"
    assert found[8].params is None and found[8].session == "4102"
    # a parameter with a quote and a newline (continuation line)
    assert found[13].params == ("2", "it's\nmulti-line")
    # a multi-line statement whose DETAIL comes after another backend's line
    assert (
        found[16].sql
        == "SELECT p.id,\n       p.title\n  FROM post p\n WHERE p.user_id = $1\n ORDER BY p.id"
    )
    assert found[16].params == (None,)
    # the last line is cut short (no newline: the server ends every line): left out, and said so,
    # instead of a statement that fails later for a reason that is not the application's
    messages = [(p.origin.line, p.message) for p in problems]
    assert messages == [
        (27, "the last line is cut short (the file ends in the middle of it): its statement is left out"),
        (26, "truncated or garbled duration line"),
        (0, "skipped 1 statement(s) that failed on the server (ERROR … STATEMENT)"),
    ]


def test_session_order_is_capture_order(samples: Path) -> None:
    found = list(load_pg_stderr(samples / "pg_min_duration.log", Problems()))
    by_session = [s.origin.line for s in found if s.session == "4101"]
    assert by_session == [2, 6, 13, 16, 25]


def test_statement_all_sample(samples: Path) -> None:
    problems = Problems()
    found = list(load_pg_stderr(samples / "pg_statement_all.log", problems))
    assert [(s.origin.line, s.session, s.duration_ms) for s in found] == [
        (1, "5201", 12.5),  # duration on a later line, after another backend's lines
        (6, "5202", 0.01),
        (11, "5201", 0.08),  # parse/bind durations before the execute are not its own
        (18, "5202", 0.04),  # the failed statement at line 13 is skipped
    ]
    assert found[0].sql.startswith("SELECT u.email,\n       count(p.id)\n")
    assert found[2].params == ("O'Brien, Pat", "2")
    assert found[0].timestamp == datetime(
        2026, 1, 15, 12, 0, 0, tzinfo=timezone(timedelta(hours=2))
    )
    assert [(p.origin.line, p.message) for p in problems] == [
        (14, "unrecognised log line"),
        (20, "unrecognised log line"),
        (0, "skipped 1 statement(s) that failed on the server (ERROR … STATEMENT)"),
    ]


def test_pid_line_prefix_sample(samples: Path) -> None:
    found = list(load_pg_stderr(samples / "pg_pid_line_prefix.log", Problems()))
    assert [(s.session, s.params) for s in found] == [
        ("7301", None),
        ("7302", ("42",)),
        ("7301", None),
        ("7302", ("43",)),
        ("7302", None),
    ]
    assert (
        found[1].sql
        == 'SELECT "public"."User"."email" FROM "public"."User" WHERE "public"."User"."id" = $1'
    )


STAMP = datetime(2026, 3, 1, 8, 30, 15, 123000, tzinfo=UTC)


@pytest.mark.parametrize(
    "prefix, timestamp",
    [
        ("2026-03-01 08:30:15.123 UTC [321] ", STAMP),  # %m [%p]
        ("2026-03-01 08:30:15.123 UTC [321] app@shop ", STAMP),  # %m [%p] %q%u@%d
        (
            "2026-03-01 08:30:15 UTC [321]: [5-1] user=app,db=shop,app=psql,client=[local] ",
            STAMP.replace(microsecond=0),
        ),
        (
            "2026-03-01 08:30:15 UTC [321-5] app@shop ",
            STAMP.replace(microsecond=0),
        ),  # %t [%p-%l] %q%u@%d
        ("2026-03-01 08:30:15.123 UTC [321] [app@shop] ", STAMP),  # %m [%p] %q[%u@%d]
        ("1772353815.123 [321] ", STAMP),  # %n [%p]
        ("2026-03-01 09:30:15.123 +01 pid=321 ", STAMP),  # numeric zone, pid=%p
        ("2026-03-01 08:30:15.123 UTC 321 ", STAMP),  # %m %p
    ],
)
def test_log_line_prefixes(prefix: str, timestamp: datetime) -> None:
    lines = [f"{prefix}LOG:  duration: 1.250 ms  statement: SELECT 1\n"]
    (found,) = read_log(lines, "x.log", Problems())
    assert found.session == "321"
    assert found.timestamp == timestamp
    assert found.duration_ms == 1.25 and found.sql == "SELECT 1"


def test_unknown_zone_gives_a_naive_timestamp() -> None:
    lines = ["2026-03-01 08:30:15.123 XYZT [9] LOG:  duration: 1 ms  statement: SELECT 1\n"]
    (found,) = read_log(lines, "x.log", Problems())
    assert found.timestamp == datetime(2026, 3, 1, 8, 30, 15, 123000)


def test_empty_prefix() -> None:
    (found,) = read_log(["LOG:  statement: SELECT 2\n"], "x.log", Problems())
    assert found.sql == "SELECT 2" and found.session is None and found.timestamp is None


def test_statement_all_without_durations_and_named_statements() -> None:
    lines = [
        "2026-03-01 08:30:15 UTC [1] LOG:  execute S_1: SELECT $1::int\n",
        "2026-03-01 08:30:15 UTC [1] DETAIL:  parameters: $1 = '5'\n",  # lower case before PG 16
        "2026-03-01 08:30:15 UTC [1] LOG:  execute fetch from S_1/C_2: SELECT $1::int\n",
        "2026-03-01 08:30:15 UTC [1] LOG:  statement: SELECT 3\n",
    ]
    found = list(read_log(lines, "x.log", Problems()))
    assert [(s.sql, s.params, s.duration_ms) for s in found] == [
        ("SELECT $1::int", ("5",), None),
        ("SELECT 3", None, None),
    ]


def test_unreadable_parameters_are_reported() -> None:
    lines = [
        "2026-03-01 08:30:15 UTC [1] LOG:  duration: 1 ms  execute <unnamed>: SELECT $1\n",
        "2026-03-01 08:30:15 UTC [1] DETAIL:  Parameters: $1 = 'unterminated\n",
    ]
    problems = Problems()
    (found,) = read_log(lines, "x.log", problems)
    assert found.sql == "SELECT $1" and found.params is None
    assert [(p.origin.line, p.message) for p in problems] == [
        (2, "could not read the bound parameters")
    ]


def test_many_unreadable_lines_are_summarised() -> None:
    problems = Problems()
    assert list(read_log([f"garbage {i}\n" for i in range(30)], "x.log", problems)) == []
    assert len(problems) == 21
    assert problems.items[-1].message == "10 more unrecognised log lines"


@pytest.mark.parametrize(
    "text, values",
    [
        ("$1 = '42'", ("42",)),
        ("$1 = '42', $2 = NULL", ("42", None)),
        ("$1 = 'it''s', $2 = '', $3 = 'a, $2 = b'", ("it's", "", "a, $2 = b")),
        ("$1 = 'two\nlines'", ("two\nlines",)),
        ("$1 = 'unterminated", None),
        ("$1 = 42", None),
        ("parameters", None),
    ],
)
def test_parse_parameters(text: str, values: tuple[str | None, ...] | None) -> None:
    assert parse_parameters(text) == values
