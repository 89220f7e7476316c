"""Grouping captured statements into a Workload."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from dbperf.capture import load
from dbperf.captured import CapturedStatement
from dbperf.diagnostics import Origin, Problems
from dbperf.workload import SessionInfo
from dbperf.workload.builder import MAX_ORIGINS, MAX_SAMPLES, build_workload


def stmt(sql: str, line: int = 1, **kwargs: object) -> CapturedStatement:
    return CapturedStatement(sql=sql, origin=Origin("q.log", line), **kwargs)  # type: ignore[arg-type]


def test_literal_and_parameter_forms_are_one_group() -> None:
    workload = build_workload(
        [
            stmt("SELECT * FROM users WHERE id = 1", 1, duration_ms=2.0),
            stmt("select *  from users where id = $1", 2, params=("7",), duration_ms=4.0),
            stmt("SELECT * FROM users WHERE id = 1", 3),
        ],
        Problems(),
    )
    (group,) = workload.groups.values()
    assert group.calls == 3
    assert group.sql == "SELECT * FROM users WHERE id = $1"
    assert group.kind == "select"
    assert group.total_ms == 6.0 and group.timed_calls == 2 and group.mean_ms == 3.0
    assert group.example.origin.line == 1
    assert [s.origin.line for s in group.samples] == [1, 2]  # line 3 repeats line 1's values
    assert [o.line for o in group.origins] == [1, 2, 3]
    assert workload.statements == 3 and workload.sources == ["q.log"]


def test_normalized_sql_has_no_values() -> None:
    sql = "SELECT name FROM users WHERE email = 'ann@x.io' AND age > 42 LIMIT 10"
    (group,) = build_workload([stmt(sql)], Problems()).groups.values()
    assert "ann@x.io" not in group.sql and "42" not in group.sql
    assert group.sql == "SELECT name FROM users WHERE email = $1 AND age > $2 LIMIT $3"
    assert group.example.sql == sql  # the example stays runnable as captured


@pytest.mark.parametrize(
    "sql, kind",
    [
        ("SELECT 1", "select"),
        ("WITH x AS (SELECT 1) SELECT * FROM x", "select"),
        ("VALUES (1)", "select"),
        ("INSERT INTO t VALUES (1)", "insert"),
        ("UPDATE t SET a = 1", "update"),
        ("DELETE FROM t", "delete"),
        ("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "delete"),
        ("WITH u AS (UPDATE t SET a = 1 RETURNING *) SELECT count(*) FROM u", "update"),
        ("WITH i AS (INSERT INTO t VALUES (1) RETURNING id) SELECT id FROM i", "insert"),
        ("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "other"),
        ("CALL do_something()", "other"),
    ],
)
def test_kinds(sql: str, kind: str) -> None:
    (group,) = build_workload([stmt(sql)], Problems()).groups.values()
    assert group.kind == kind


@pytest.mark.parametrize(
    "sql",
    ["BEGIN", "COMMIT", "ROLLBACK", "SET search_path = public", "SHOW work_mem", "DISCARD ALL",
     "DEALLOCATE ALL", "SAVEPOINT s1", "RELEASE SAVEPOINT s1", "CREATE TABLE t (id int)",
     "LISTEN x"],
)  # fmt: skip
def test_utility_statements_are_counted_not_grouped(sql: str) -> None:
    problems = Problems()
    workload = build_workload([stmt(sql, session="1")], problems)
    assert workload.groups == {} and workload.sessions == {}
    assert workload.utility == 1 and workload.statements == 1 and not problems.items


def test_unparsable_statement_is_a_problem_and_the_rest_goes_on() -> None:
    problems = Problems()
    workload = build_workload(
        [stmt("SELEC 1", 4), stmt("SELECT 1", 5), stmt("SELEC 1", 6)], problems
    )
    assert len(workload.groups) == 1 and workload.unparsable == 2 and workload.statements == 3
    assert [(str(p.origin), p.stage, p.message) for p in problems] == [
        ("q.log:4", "capture", 'could not parse statement: syntax error at or near "SELEC"'),
        ("q.log:6", "capture", 'could not parse statement: syntax error at or near "SELEC"'),
    ]
    assert problems.items[0].hint


def test_a_parse_error_never_quotes_a_captured_value() -> None:
    """pglast says where it stopped (`at or near "…"`); a value there is replaced, a keyword kept."""
    problems = Problems()
    build_workload([stmt("SELECT * FROM users WHERE email = 'jane@corp.example' 'x'", 3),
                    stmt("SELECT * FROM users WHERE pin = 4821 9313", 4),
                    stmt("UPDATE users SET note = 'unterminated secret", 5),
                    stmt("SELECT id FROM users WHERE", 6)], problems)
    messages = [p.message for p in problems]
    assert not any(secret in m for m in messages for secret in ("jane", "'x'", "9313", "secret"))
    assert messages == [
        "could not parse statement: syntax error at or near \"'…'\"",
        "could not parse statement: syntax error at or near \"<number>\"",
        "could not parse statement: unterminated quoted string at or near \"'…'\"",
        "could not parse statement: syntax error at end of input",
    ]


def test_several_statements_in_one_query_string() -> None:
    workload = build_workload(
        [stmt("BEGIN; SELECT 'é' FROM t; UPDATE t SET a = 2; COMMIT", session="9")], Problems()
    )
    assert [(g.kind, g.sql, g.example.sql) for g in workload.groups.values()] == [
        ("select", "SELECT $1 FROM t", "SELECT 'é' FROM t"),
        ("update", "UPDATE t SET a = $1", "UPDATE t SET a = 2"),
    ]
    assert workload.utility == 2 and workload.sessions == {}  # two shapes: no N+1 candidate


def test_samples_and_origins_are_capped_and_distinct() -> None:
    statements = [
        stmt("SELECT * FROM t WHERE id = $1", i, params=(str(i % 30),)) for i in range(1, 101)
    ]
    (group,) = build_workload(statements, Problems()).groups.values()
    assert group.calls == 100
    assert len(group.samples) == MAX_SAMPLES
    assert len({s.params for s in group.samples}) == MAX_SAMPLES
    assert [o.line for o in group.origins] == list(range(1, MAX_ORIGINS + 1))


def test_json_parameters_can_be_sampled() -> None:
    statements = [stmt("SELECT $1::jsonb", i, params=({"a": [i % 2]},)) for i in range(5)]
    (group,) = build_workload(statements, Problems()).groups.values()
    assert [s.params for s in group.samples] == [({"a": [0]},), ({"a": [1]},)]


def test_sessions_in_capture_order() -> None:
    statements = [
        stmt("SELECT * FROM users WHERE id = $1", 1, params=("1",), session="a"),
        stmt(
            "SELECT * FROM posts WHERE user_id = $1", 2, params=("1",), session="a", duration_ms=1.5
        ),
        stmt("SELECT 1", 3, session="b"),
        stmt("SELECT * FROM posts WHERE user_id = $1", 4, params=("2",), session="a"),
        stmt("SELECT 2", 5),
    ]
    workload = build_workload(statements, Problems())
    assert list(workload.sessions) == ["a"]  # only N+1 candidates are kept: "b" has none
    assert workload.session_info["a"] == SessionInfo("a", None, "low", 2)
    a = workload.sessions["a"]  # the statement before the burst, then the burst
    assert [e.origin.line for e in a] == [1, 2, 4]
    assert a[1].fingerprint == a[2].fingerprint != a[0].fingerprint
    assert a[1].params == ("1",) and a[1].duration_ms == 1.5


def _loop(session_kind: str, first_gap_s: float) -> list[CapturedStatement]:
    """`SELECT posts` once, then after `first_gap_s` three more times 0.1 s apart, on one session."""
    start = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)
    times = [start] + [start + timedelta(seconds=first_gap_s + 0.1 * i) for i in range(3)]
    return [stmt("SELECT * FROM posts WHERE user_id = $1", n + 1, params=(str(n),), session="s",
                 timestamp=t, session_kind=session_kind) for n, t in enumerate(times)]


def test_one_burst_detector_for_the_workload_and_the_rule() -> None:
    """An idle 1.5 s on a connection ends a request: the execution before it is not part of the
    burst after it, and `Workload.candidates` (what the n-plus-one rule reads) says the same as
    the counts `dbperf workload` shows. In a trace (a request id) 1.5 s is still the same loop."""
    workload = build_workload(_loop("connection", 1.5), Problems())
    (burst,) = workload.candidates()
    assert [e.origin.line for e in burst.executions] == [2, 3, 4]
    assert burst.parent is not None and burst.parent.origin.line == 1  # the same shape, before the gap
    assert burst.confidence == "medium" and burst.session == "s"
    assert workload.bursts == {burst.fingerprint: 1}
    assert workload.candidates(min_calls=4) == []

    workload = build_workload(_loop("trace", 1.5), Problems())
    (burst,) = workload.candidates()
    assert [e.origin.line for e in burst.executions] == [1, 2, 3, 4] and burst.parent is None
    assert burst.confidence == "high"


def test_repeated_parameters_are_kept_by_the_same_detector() -> None:
    """One user loaded three times with the same id in one trace is a repeated burst (what the
    redundant-query rule reads), not an N+1 candidate; the same statement 1.5 s later on a
    connection is another request; literals inline (no captured parameters) are never identical."""
    start = datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)
    user = "SELECT * FROM users WHERE id = $1"
    at = lambda s: start + timedelta(seconds=s)  # noqa: E731
    trace = [stmt(user, 1, params=("u1",), session="t", timestamp=at(0), session_kind="trace"),
             stmt("SELECT * FROM posts WHERE user_id = $1", 2, params=("u1",), session="t",
                  timestamp=at(0.1), session_kind="trace"),
             stmt(user, 3, params=("u1",), session="t", timestamp=at(0.2), session_kind="trace",
                  duration_ms=0.5),
             stmt(user, 4, params=("u1",), session="t", timestamp=at(0.3), session_kind="trace",
                  duration_ms=0.25)]
    workload = build_workload(trace, Problems())
    assert workload.candidates() == [] and workload.bursts == {}
    (burst,) = workload.repeated()
    assert burst.repeats == 2 and burst.session == "t" and burst.confidence == "high"
    (runs,) = burst.same_params().values()
    assert [e.origin.line for e in runs] == [1, 3, 4] and [e.duration_ms for e in runs[1:]] == [0.5, 0.25]

    pooled = [stmt(user, n + 1, params=("u1",), session="c", timestamp=at(1.5 * n),
                   session_kind="connection") for n in range(3)]
    assert build_workload(pooled, Problems()).repeated() == []  # 1.5 s idle: the next request

    inline = [stmt(f"SELECT * FROM users WHERE id = {n}", n + 1, session="f") for n in range(3)]
    assert build_workload(inline, Problems()).repeated() == []


def test_samples_end_to_end(samples: Path) -> None:
    """Every static sample through load + build_workload."""
    files = sorted(p for p in samples.iterdir() if p.suffix in (".sql", ".log"))
    problems = Problems()
    workload = build_workload(load(files, problems), problems)
    assert workload.sources == [str(p) for p in files]
    assert workload.statements == 9 + 4 + 19 + 7 + 5 + 4 + 9  # pg_auto_explain.log: 19
    unparsable = sorted(
        (Path(p.origin.path).name, p.origin.line) for p in problems if "parse" in p.message
    )
    assert unparsable == [
        ("drizzle_app.log", 17),
        ("pg_pid_line_prefix.log", 7),
        ("queries.sql", 12),
    ]
    cut = [(Path(p.origin.path).name, p.origin.line) for p in problems if "cut short" in p.message]
    assert cut == [("pg_min_duration.log", 27)]  # a cut line, not a statement that fails to parse
    offset = [g for g in workload.groups.values() if "OFFSET" in g.sql]
    assert len(offset) == 1 and offset[0].calls == 2 and offset[0].total_ms == 7.0
    n_plus_one = workload.sessions[str(samples / "drizzle_timestamped.log")]
    assert len({e.fingerprint for e in n_plus_one[1:]}) == 1
