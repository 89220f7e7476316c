"""parse_plan: EXPLAIN JSON -> Plan, without a database."""

from __future__ import annotations

import json

import pytest

from dbperf.explain.parse import PlanParseError, parse_plan

ANALYZED = [
    {
        "Plan": {
            "Node Type": "Sort",
            "Parallel Aware": False,
            "Startup Cost": 120.5,
            "Total Cost": 123.0,
            "Plan Rows": 10,
            "Plan Width": 40,
            "Actual Startup Time": 2.1,
            "Actual Total Time": 2.5,
            "Actual Rows": 3.0,
            "Actual Loops": 1,
            "Sort Key": ["o.created_at DESC", "o.id"],
            "Sort Method": "external merge",
            "Sort Space Used": 2048,
            "Sort Space Type": "Disk",
            "Shared Hit Blocks": 30,
            "Shared Read Blocks": 5,
            "Temp Read Blocks": 256,
            "Temp Written Blocks": 257,
            "Plans": [
                {
                    "Node Type": "Nested Loop",
                    "Parent Relationship": "Outer",
                    "Join Type": "Inner",
                    "Total Cost": 110.0,
                    "Plan Rows": 10,
                    "Plan Width": 40,
                    "Actual Total Time": 2.0,
                    "Actual Rows": 3.0,
                    "Actual Loops": 1,
                    "Join Filter": "(o.user_id = u.id)",
                    "Rows Removed by Join Filter": 97,
                    "Shared Hit Blocks": 30,
                    "Shared Read Blocks": 5,
                    "Plans": [
                        {
                            "Node Type": "Seq Scan",
                            "Parent Relationship": "Outer",
                            "Relation Name": "orders",
                            "Schema": "public",
                            "Alias": "o",
                            "Total Cost": 50.0,
                            "Plan Rows": 50,
                            "Plan Width": 32,
                            "Actual Total Time": 1.0,
                            "Actual Rows": 33.33,
                            "Actual Loops": 3,
                            "Filter": "(status = 'open'::text)",
                            "Rows Removed by Filter": 16650.67,
                            "Shared Hit Blocks": 20,
                            "Shared Read Blocks": 5,
                        },
                        {
                            "Node Type": "Bitmap Heap Scan",
                            "Parent Relationship": "Inner",
                            "Relation Name": "users",
                            "Alias": "u",
                            "Total Cost": 4.0,
                            "Plan Rows": 1,
                            "Plan Width": 8,
                            "Actual Total Time": 0.01,
                            "Actual Rows": 1.0,
                            "Actual Loops": 100,
                            "Recheck Cond": "(id = o.user_id)",
                            "Rows Removed by Index Recheck": 4,
                            "Shared Hit Blocks": 10,
                            "Plans": [
                                {
                                    "Node Type": "Bitmap Index Scan",
                                    "Parent Relationship": "Outer",
                                    "Index Name": "users_pkey",
                                    "Total Cost": 2.0,
                                    "Plan Rows": 1,
                                    "Plan Width": 0,
                                    "Actual Total Time": 0.0,
                                    "Actual Rows": 1.0,
                                    "Actual Loops": 100,
                                    "Index Cond": "(id = o.user_id)",
                                }
                            ],
                        },
                    ],
                }
            ],
        },
        "Planning": {"Shared Hit Blocks": 12},
        "Planning Time": 0.25,
        "Triggers": [],
        "Execution Time": 2.75,
    }
]

PLAIN = [
    {
        "Plan": {
            "Node Type": "Hash Join",
            "Total Cost": 300.0,
            "Plan Rows": 1000,
            "Plan Width": 16,
            "Hash Cond": "(a.id = b.a_id)",
            "Plans": [
                {"Node Type": "Seq Scan", "Relation Name": "a", "Alias": "a", "Total Cost": 10.0, "Plan Rows": 100, "Plan Width": 8},
                {
                    "Node Type": "Hash",
                    "Total Cost": 20.0,
                    "Plan Rows": 1000,
                    "Plan Width": 8,
                    "Plans": [
                        {"Node Type": "Index Scan", "Relation Name": "b", "Index Name": "b_a_id_idx", "Index Cond": "(a_id = $1)",
                         "Total Cost": 20.0, "Plan Rows": 1000, "Plan Width": 8}
                    ],
                },
            ],
        }
    }
]


def test_analyzed_plan_fills_every_field() -> None:
    plan = parse_plan(ANALYZED)
    assert plan.analyzed and plan.planning_ms == 0.25 and plan.execution_ms == 2.75
    assert plan.raw is ANALYZED
    sort = plan.root
    assert sort.node_type == "Sort"
    assert sort.sort_key == ["o.created_at DESC", "o.id"]
    assert sort.sort_method == "external merge" and sort.sort_space_kb == 2048
    assert (sort.temp_read, sort.temp_written) == (256, 257)
    assert (sort.shared_hit, sort.shared_read, plan.buffers) == (30, 5, 35)
    assert (sort.plan_rows, sort.plan_width, sort.total_cost) == (10.0, 40, 123.0)
    assert (sort.actual_rows, sort.actual_loops, sort.actual_total_ms) == (3.0, 1, 2.5)
    assert "Plans" not in sort.raw and sort.raw["Sort Space Type"] == "Disk"

    loop = sort.children[0]
    assert loop.join_filter == "(o.user_id = u.id)" and loop.rows_removed_by_join_filter == 97
    assert loop.parent_relationship == "Outer"

    scan, heap = loop.children
    assert (scan.relation, scan.schema, scan.alias) == ("orders", "public", "o")
    assert scan.filter == "(status = $1::text)"  # constants masked: captured values may be personal data
    assert scan.actual_rows == pytest.approx(33.33)  # PG 18: fractional rows per loop
    assert scan.rows_removed_by_filter == pytest.approx(16650.67)
    assert scan.rows_read == pytest.approx((33.33 + 16650.67) * 3)
    assert heap.recheck_cond == "(id = o.user_id)" and heap.rows_removed_by_index_recheck == 4
    index = heap.children[0]
    assert index.index_name == "users_pkey" and index.index_cond == "(id = o.user_id)"
    assert [n.node_type for n in plan.walk()] == ["Sort", "Nested Loop", "Seq Scan", "Bitmap Heap Scan", "Bitmap Index Scan"]
    assert [n.relation for n in plan.scans()] == ["orders", "users"]


def test_plain_explain_has_no_actuals() -> None:
    plan = parse_plan(PLAIN)  # analyzed=True by default, but there is nothing measured
    assert not plan.analyzed and plan.execution_ms is None and plan.planning_ms is None
    assert plan.root.hash_cond == "(a.id = b.a_id)"
    assert all(n.actual_rows is None and n.actual_loops is None for n in plan.walk())
    assert plan.root.rows_out == 1000.0
    assert plan.shape() == "Hash Join(Seq Scan on a, Hash(Index Scan on b using b_a_id_idx))"


def test_analyzed_false_ignores_actuals() -> None:
    plan = parse_plan(ANALYZED, analyzed=False)
    assert not plan.analyzed and plan.execution_ms is None
    assert plan.root.actual_rows is None
    assert plan.root.shared_hit == 30  # buffers are still what EXPLAIN reported


def test_text_and_single_document_inputs() -> None:
    assert parse_plan(json.dumps(ANALYZED)).root.node_type == "Sort"
    assert parse_plan(ANALYZED[0]).execution_ms == 2.75


def test_merge_cond_and_incremental_sort() -> None:
    doc = {
        "Plan": {
            "Node Type": "Incremental Sort",
            "Total Cost": 1.0, "Plan Rows": 1, "Plan Width": 4,
            "Actual Rows": 5, "Actual Loops": 1, "Actual Total Time": 0.1,
            "Sort Key": ["a", "b"],
            "Full-sort Groups": {
                "Group Count": 1,
                "Sort Methods Used": ["quicksort"],
                "Sort Space Memory": {"Average Sort Space Used": 25, "Peak Sort Space Used": 25},
            },
            "Plans": [{"Node Type": "Merge Join", "Merge Cond": "(a.id = b.id)", "Total Cost": 1.0, "Plan Rows": 1, "Plan Width": 4}],
        },
        "Execution Time": 0.2,
    }
    plan = parse_plan(doc)
    assert plan.root.sort_method == "quicksort" and plan.root.sort_space_kb == 25
    assert plan.root.children[0].merge_cond == "(a.id = b.id)"


@pytest.mark.parametrize("bad", ["not json", "[]", '{"Node Type": "Seq Scan"}', [{"x": 1}]])
def test_not_explain_output(bad: object) -> None:
    with pytest.raises(PlanParseError):
        parse_plan(bad)  # type: ignore[arg-type]
