"""The rule cases end to end: each `cases/*.toml` audited on PostgreSQL 18 (marked `db`).

Every case runs the real pipeline — DDL applied, seeded, EXPLAIN ANALYZE, every
rule with its real Lab — so a case passes only when the rules find the problem
on real plans. `test_recorded.py` runs the same cases on their recordings in
milliseconds; this file is the end-to-end truth behind them. The case format
is described in `case.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.pipeline import AuditOptions, run_audit
from dbperf.project import discover
from tests.rules.case import all_cases, check_expectations

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_rule_case(case, tmp_path: Path, pg_server) -> None:
    result = run_audit(discover(case.write(tmp_path)), AuditOptions(server_uri=pg_server.uri))
    check_expectations(case, result.report.findings)
