"""No input crashes a capture parser: arbitrary text and bytes, in every format."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dbperf.capture import load, load_workload
from dbperf.capture.pg_stderr import parse_parameters, read_log
from dbperf.capture.sniff import FORMATS
from dbperf.diagnostics import Problems
from dbperf.workload.builder import build_workload

PREFIXES = ["2026-03-01 08:30:15.123 UTC [321] ", "", "\t", "1772353815.123 [9] ", "x@y "]
MESSAGES = [
    "LOG:  duration: 1.5 ms  statement: SELECT 1",
    "LOG:  duration: 0.1 ms  execute <unnamed>: SELECT $1",
    "DETAIL:  Parameters: $1 = 'a'",
    "LOG:  statement: SELECT * FROM t WHERE a = 1",
    "LOG:  duration: 2 ms",
    "ERROR:  boom",
    "STATEMENT:  SELECT 1",
    "LOG:  duration: 1 ms  plan:",
    "\tQuery Text: SELECT 1",
    '\t{"Query Text": "SELECT 2", "Plan": {}}',
    "LOG:  duration: 1",
    "DETAIL:  Parameters: $1 = 'unterminated",
]
log_lines = st.lists(
    st.one_of(
        st.builds(lambda p, m: p + m, st.sampled_from(PREFIXES), st.sampled_from(MESSAGES)),
        st.text(max_size=80),
    ),
    max_size=30,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(log_lines)
def test_stderr_lines(lines: list[str]) -> None:
    problems = Problems()
    found = list(read_log([line + "\n" for line in lines], "x.log", problems))
    build_workload(found, problems)


@FUZZ
@given(st.text(max_size=200))
def test_parameters(text: str) -> None:
    parse_parameters(text)


@FUZZ
@given(st.binary(max_size=600), st.sampled_from(list(FORMATS) + [None]))
def test_any_bytes_in_any_format(data: bytes, fmt: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "capture.log"
        path.write_bytes(data)
        problems = Problems()
        list(load([path], problems, format_in=fmt))
        load_workload([path], Problems(), format_in=fmt, jobs=1)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["sql", "params", "ts", "session", "duration_ms", "rows", "query", "calls",
                         "resourceSpans", "scopeSpans", "spans", "attributes", "key", "value",
                         "stringValue", "traceId", "startTimeUnixNano", "error_severity",
                         "message", "detail", "pid", "timestamp"]),
        children,
        max_size=5,
    ),
    max_leaves=20,
)


@FUZZ
@given(st.lists(JSONISH, max_size=5), st.sampled_from(["jsonl", "pgss", "otlp", "jsonlog"]))
def test_json_shaped_garbage(values: list[object], fmt: str) -> None:
    import json

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "capture.json"
        path.write_text("\n".join(json.dumps(v) for v in values))
        list(load([path], Problems(), format_in=fmt))


def test_malformed_otlp_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{"resourceSpans": [{"scopeSpans": 5}, {"resource": 3, "scopeSpans": [{"spans": [{"attributes": [{"key": "db.system", "value": {"intValue": "x"}}], "startTimeUnixNano": "1e99"}]}]}]}\n{"resourceSpans": 7}\n')
    problems = Problems()
    assert list(load([path], problems, format_in="otlp")) == []
    assert [p.origin.line for p in problems] == [1, 2]  # type: ignore[union-attr]
