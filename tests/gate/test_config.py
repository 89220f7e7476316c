"""`[gate]` and `[[ignore]]` in dbperf.toml: defaults, parsing, and the errors that stop a gate (exit 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dbperf.config import Config
from dbperf.diagnostics import DbperfError


def load(tmp_path: Path, text: str) -> Config:
    (tmp_path / "dbperf.toml").write_text(text)
    return Config.load(tmp_path)


def test_defaults(tmp_path: Path) -> None:
    config = load(tmp_path, "")
    assert config.gate.fail_on == "error"
    assert config.gate.max_query_ms is None
    assert config.gate.max_regression_pct == 25
    assert config.ignores == []


def test_gate_settings_and_ignores(tmp_path: Path) -> None:
    config = load(tmp_path, """
[gate]
fail_on = "warning"
max_query_ms = 250
max_regression_pct = 10
time_margin_ms = 5
baseline = "ci/baseline.json"

[gate.max_query_ms_for]
"queries/reports.sql" = 5000
"3ea4663f06edc9f2" = 900

[[ignore]]
rule = "missing-index"
table = "orders"
columns = ["status"]
reason = "monthly report on a replica"
expires = "2027-01-01"

[[ignore]]
query = "queries/admin.sql"
reason = "admin tooling"
expires = 2026-06-30
""")
    gate = config.gate
    assert (gate.fail_on, gate.max_query_ms, gate.max_regression_pct, gate.time_margin_ms) == ("warning", 250, 10, 5)
    assert gate.baseline == tmp_path / "ci/baseline.json"
    assert gate.max_query_ms_for == {"queries/reports.sql": 5000, "3ea4663f06edc9f2": 900}
    first, second = config.ignores
    assert (first.rule, first.table, first.columns, first.expires) == ("missing-index", "orders", ("status",),
                                                                      dt.date(2027, 1, 1))
    assert second.query == "queries/admin.sql" and second.expires == dt.date(2026, 6, 30)
    assert second.expired(dt.date(2026, 7, 1)) and not second.expired(dt.date(2026, 6, 30))


@pytest.mark.parametrize("text, words", [
    ('[[ignore]]\nrule = "missing-index"\n', "has no reason"),
    ('[[ignore]]\nrule = "missing-index"\nreason = "  "\n', "has no reason"),
    ('[[ignore]]\nreason = "why"\n', "matches every finding"),
    ('[[ignore]]\nrule = "x"\nreason = "why"\nexpires = "next year"\n', "is not a date"),
    ('[[ignore]]\nrule = "x"\nreason = "why"\ncolour = "red"\n', "unknown key"),
    ('[gate]\nfail_on = "fatal"\n', "fail_on"),
    ('[gate]\nmax_query_ms = -1\n', "max_query_ms"),
    ('[gate]\nmax_querry_ms = 100\n', "unknown [gate] setting 'max_querry_ms'"),
    ('[gate]\ntime_regressions = "no"\n', "time_regressions"),
])
def test_config_errors_stop_the_gate(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(DbperfError) as info:
        load(tmp_path, text)
    assert words in info.value.message
    assert info.value.hint


@pytest.mark.parametrize("text, key", [
    ('schema = "s.sql"\n\n[seed]\nseed = 3\nscale = "big"\n', "[seed] scale must be a number, not 'big'"),
    ('[thresholds]\nrepeats = 1.5\n', "[thresholds] repeats must be a whole number, not 1.5"),
])
def test_a_setting_of_the_wrong_type_is_named_at_its_line(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(DbperfError) as error:
        load(tmp_path, text)
    line = text.splitlines().index(next(ln for ln in text.splitlines() if ln.startswith(key.split()[1]))) + 1
    assert str(error.value).startswith(f"{tmp_path / 'dbperf.toml'}:{line}: {key}")
