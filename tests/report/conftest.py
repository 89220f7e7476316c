"""Hand-made reports for the renderer tests: several rules and severities, a measured query, problems."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dbperf.diagnostics import Origin, Problem
from dbperf.explain.plan import Plan, PlanNode
from dbperf.findings import Finding, Fix, IndexChange
from dbperf.report.model import QueryReport, Report

ORDERS_INDEX = IndexChange(
    action="create",
    name="orders_user_id_created_at_idx",
    table="orders",
    columns=("user_id", "created_at"),
    reason="orders of a user, newest first: 45.2 ms -> 0.3 ms",
)


def sample_plan() -> Plan:
    scan = PlanNode(
        node_type="Seq Scan",
        relation="orders",
        filter="(user_id = 42)",
        plan_rows=10,
        plan_width=64,
        total_cost=1834.0,
        actual_rows=12,
        actual_loops=1,
        actual_total_ms=44.8,
        rows_removed_by_filter=99_988,
        shared_hit=834,
    )
    sort = PlanNode(
        node_type="Sort",
        sort_key=["created_at DESC"],
        sort_method="quicksort",
        plan_rows=10,
        total_cost=1834.5,
        actual_rows=12,
        actual_loops=1,
        actual_total_ms=45.1,
        shared_hit=834,
        children=[scan],
    )
    return Plan(root=sort, planning_ms=0.21, execution_ms=45.23)


def sample_findings() -> list[Finding]:
    return [
        Finding(
            rule="over-select",
            proof="estimated",
            severity="info",
            message="SELECT * on users reads 14 columns where the page uses 3.",
            table="users",
            queries=("b2",),
            origins=("app/users.ts:10",),
            evidence={"bytes_per_call": 48_000, "columns_used": 3, "columns_read": 14},
            fix=Fix(
                description="Select only the columns you use.",
                drizzle="db.select({ id: users.id }).from(users)",
            ),
        ),
        Finding(
            rule="missing-index",
            proof="measured",
            severity="error",
            message="Seq Scan on orders reads 100,000 rows to return 12 for `WHERE user_id = $1`.",
            table="orders",
            columns=("user_id", "created_at"),
            queries=("a1",),
            origins=(
                "app/orders.ts:42",
                "logs/app.log:1203",
                "logs/app.log:1300",
                "logs/app.log:1400",
            ),
            evidence={
                "plan_node": "Seq Scan on orders",
                "rows_read": 100_000,
                "rows_returned": 12,
                "ms_before": 45.23,
                "ms_after": 0.31,
                "buffers": 834,
            },
            fix=Fix(
                description="Create an index on orders (user_id, created_at).",
                sql="CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_created_at_idx ON orders (user_id, created_at);",
                drizzle="index('orders_user_id_created_at_idx').on(table.userId, table.createdAt)",
                indexes=(ORDERS_INDEX,),
            ),
        ),
        Finding(
            rule="duplicate-index",
            proof="heuristic",
            severity="warning",
            message="Index users_email_idx duplicates the UNIQUE constraint users_email_key | every write pays twice.",
            table="users",
            columns=("email",),
            origins=("drizzle/0001_init.sql:12",),
            evidence={"size_bytes": 2_400_000, "duplicate_of": "users_email_key"},
            fix=Fix(
                description="Drop users_email_idx.",
                sql="DROP INDEX CONCURRENTLY IF EXISTS users_email_idx;",
            ),
        ),
    ]


def sample_report(**overrides) -> Report:
    fields: dict = {
        "dbperf": "0.1.0",
        "database": {"server_version": "18.1", "scale": 1.0, "seed": 42, "rows_seeded": 123_456},
        "inputs": {
            "schema": "drizzle/",
            "captures": ["logs/app.log"],
            "statements": 1_234,
            "query_groups": 2,
        },
        "findings": sample_findings(),
        "queries": [
            QueryReport(
                fingerprint="a1",
                sql="SELECT * FROM orders WHERE user_id = $1 ORDER BY created_at DESC",
                calls=420,
                kind="select",
                origins=("app/orders.ts:42",),
                ms=45.23,
                buffers=834,
                rows=12.0,
                params_source="captured",
                plan=sample_plan(),
            ),
            QueryReport(
                fingerprint="b2",
                sql="SELECT * FROM users WHERE id = $1",
                calls=3,
                kind="select",
                error='relation "users" does not exist',
            ),
        ],
        "problems": [
            Problem(
                stage="capture",
                message='could not parse statement: syntax error at or near "SELEC"',
                origin=Origin("logs/app.log", 17),
                hint="fix the statement or exclude the file in dbperf.toml",
            ),
            Problem(
                stage="seed", message="table audit_log skipped: no primary key", severity="error"
            ),
        ],
        "timings": {"schema": 0.5, "seed": 3.25, "explain": 8.5},
    }
    fields.update(overrides)
    return Report(**fields)


@pytest.fixture
def make_report() -> Callable[..., Report]:
    """`make_report(**overrides)`: the sample report, with some fields replaced."""
    return sample_report


@pytest.fixture
def make_findings() -> Callable[[], list[Finding]]:
    return sample_findings
