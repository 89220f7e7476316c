"""Generic JSON Lines, pg_stat_statements exports, OTLP traces; sniffing, stdin, globs, encodings."""

from __future__ import annotations

import gzip
import shutil
import sys
from io import BytesIO, TextIOWrapper
from pathlib import Path

import pytest

from dbperf.capture import load, load_workload
from dbperf.capture.sniff import JSONL, OTLP, PGSS, sniff
from dbperf.diagnostics import Problems

USERS = 'SELECT "id", "name" FROM "users" WHERE "users"."id" = $1'


def test_sniffed(samples: Path) -> None:
    assert sniff(samples / "app.jsonl") == JSONL
    assert sniff(samples / "pg_stat_statements.csv") == PGSS
    assert sniff(samples / "pg_stat_statements.json") == PGSS
    assert sniff(samples / "otlp_traces.json") == OTLP


def test_jsonl(samples: Path) -> None:
    problems = Problems()
    found = list(load([samples / "app.jsonl"], problems))
    assert len(found) == 8
    assert found[1].params == (100,) and found[1].session == "req-1"
    assert found[1].duration_ms == 0.3 and found[1].rows == 1 and found[1].session_kind == "trace"
    assert found[-1].timestamp is not None and found[-1].params is None
    assert [(p.origin.line, p.message) for p in problems] == [(9, "unreadable record"),
                                                              (10, "unreadable record")]


def test_jsonl_n_plus_one_is_a_trace(samples: Path) -> None:
    workload = load_workload([samples / "app.jsonl"], Problems())
    (key,) = workload.sessions
    assert key == "req-1" and len(workload.sessions[key]) == 7  # parent + 6 lookups
    assert workload.session_info[key].confidence == "high"


def test_pg_stat_statements(samples: Path) -> None:
    problems = Problems()
    workload = load_workload([samples / "pg_stat_statements.csv"], problems)
    users = next(g for g in workload.groups.values() if g.sql == "SELECT * FROM users WHERE id = $1")
    assert users.calls == 1500 and users.total_ms == 450.5 and users.rows == 1500
    assert users.mean_ms == pytest.approx(0.30033, rel=1e-3)
    assert users.p95_ms == pytest.approx(0.30033, rel=0.03)  # only the mean is known
    ilike = next(g for g in workload.groups.values() if "ILIKE" in g.sql)
    assert ilike.calls == 40 and ilike.example.origin.line == 3
    assert workload.utility == 2000 and workload.statements == 3540 and not problems.items
    assert load_workload([samples / "pg_stat_statements.json"], Problems()).statements == 10


def test_otlp_traces(samples: Path) -> None:
    problems = Problems()
    found = list(load([samples / "otlp_traces.json"], problems))
    assert len(found) == 8  # the redis span is not PostgreSQL
    assert found[0].sql.startswith("select id, author_id") and found[0].params == ("10",)
    assert [s.params for s in found[1:7]] == [(str(100 + i),) for i in range(6)]  # by start time
    assert {s.session for s in found[:7]} == {"a1" * 16} and found[1].parent == "01" * 8
    assert found[1].duration_ms == pytest.approx(0.4) and found[1].session_kind == "trace"
    workload = load_workload([samples / "otlp_traces.json"], problems)
    (key,) = workload.sessions
    assert [e.params for e in workload.sessions[key]][1:] == [(str(100 + i),) for i in range(6)]
    assert workload.session_info[key].confidence == "high" and not problems.items


def test_format_in_forces(samples: Path, tmp_path: Path) -> None:
    path = tmp_path / "capture.txt"
    shutil.copy(samples / "app.jsonl", path)
    problems = Problems()
    assert len(list(load([path], problems, format_in="pg_stderr"))) == 0
    assert len(list(load([path], Problems(), format_in="jsonl"))) == 8


def test_globs_gzip_and_stdin(samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open(samples / "app.jsonl", "rb") as source, gzip.open(tmp_path / "a.jsonl.gz", "wb") as t:
        shutil.copyfileobj(source, t)
    shutil.copy(samples / "pg_min_duration.log", tmp_path / "b.log")
    found = list(load([Path(str(tmp_path / "*"))], Problems()))
    assert len(found) == 8 + 7  # the log's last line is cut short: left out
    data = (samples / "pg_min_duration.log").read_bytes()
    monkeypatch.setattr(sys, "stdin", TextIOWrapper(BytesIO(gzip.compress(data))))
    from dbperf import capture

    monkeypatch.setattr(capture, "_stdin_copy", None)
    assert len(list(load([Path("-")], Problems()))) == 7


def test_latin1_lines_in_a_utf8_log(tmp_path: Path) -> None:
    path = tmp_path / "mixed.log"
    line = "2026-03-01 08:30:15.123 UTC [7] LOG:  duration: 1.0 ms  statement: SELECT '{}'\n"
    path.write_bytes(line.format("é").encode() + line.format("é").encode("latin-1") + b"\xff\xfe\n")
    problems = Problems()
    workload = load_workload([path], problems)
    assert workload.statements == 2 and len(workload.groups) == 1
    assert [(p.origin.line, p.message) for p in problems][:2] == [
        (2, "line is not valid UTF-8"), (3, "line is not valid UTF-8"),
    ]  # fmt: skip
