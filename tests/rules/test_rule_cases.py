"""Rule tests as data: each `cases/*.toml` is a schema, a captured workload and the findings expected.

Every case runs the real pipeline — DDL applied to PostgreSQL 18, seeded,
EXPLAIN ANALYZE — so a case passes only when the rule finds the problem on
real plans. Adding a case is adding a file:

    description = "what the case shows"
    schema = "CREATE TABLE …;"
    sql = "SELECT …;"                 # captured statements, one per `;` (optional)
    drizzle_log = "Query: … -- params: […]"   # Drizzle logger capture (optional)
    [rows]                            # rows per table at scale 1
    orders = 50000
    [[expect]]                        # each must be found (columns optional)
    rule = "missing-index"
    table = "orders"
    columns = ["user_id"]
    [[reject]]                        # none of these may be found
    rule = "missing-index"
    table = "plans"
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dbperf.pipeline import AuditOptions, run_audit
from dbperf.project import discover

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = sorted((Path(__file__).parent / "cases").glob("*.toml"))


def _matches(finding, spec: dict) -> bool:
    if finding.rule != spec["rule"]:
        return False
    if "table" in spec and finding.table != spec["table"]:
        return False
    if "columns" in spec and list(finding.columns) != list(spec["columns"]):
        return False
    return True


@pytest.mark.parametrize("case_file", CASES, ids=[c.stem for c in CASES])
def test_rule_case(case_file: Path, tmp_path: Path, pg_server) -> None:
    case = tomllib.loads(case_file.read_text())
    (tmp_path / "schema.sql").write_text(case["schema"])
    queries = tmp_path / "queries"
    queries.mkdir()
    if "sql" in case:
        (queries / "captured.sql").write_text(case["sql"])
    if "drizzle_log" in case:
        (queries / "app.log").write_text(case["drizzle_log"])
    rows = ", ".join(f'"{t}" = {n}' for t, n in case.get("rows", {}).items())
    (tmp_path / "dbperf.toml").write_text(
        f'schema = "schema.sql"\nqueries = ["queries"]\n[seed]\nseed = 7\nrows = {{ {rows} }}\n'
        "[thresholds]\nrepeats = 1\n"
    )
    result = run_audit(discover(tmp_path), AuditOptions(server_uri=pg_server.uri))
    findings = result.report.findings
    summary = "\n".join(f"  {f.rule} {f.table} {list(f.columns)}: {f.message}" for f in findings)
    for spec in case.get("expect", []):
        assert any(_matches(f, spec) for f in findings), f"expected {spec}, found:\n{summary}"
    for spec in case.get("reject", []):
        assert not any(_matches(f, spec) for f in findings), f"unexpected {spec}, found:\n{summary}"
