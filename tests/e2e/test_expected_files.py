"""The examples' expected.json files themselves: every allowed finding has a reason and contradicts
neither list (no database; the example tests check the findings against them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import expectations

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXAMPLES = sorted(p.parent for p in FIXTURES.glob("*/expected.json"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_allowed_findings_have_a_reason_and_no_contradiction(example: Path) -> None:
    expected = expectations.load(example)
    assert "allowed" in expected, f"{example.name}/expected.json has no allowed list"
    assert expectations.check_allowed(expected) == []


def test_precision_catches_a_finding_nobody_expected() -> None:
    expected = {"must_find": [{"rule": "missing-index", "table": "orders", "columns": ["user_id"]}],
                "must_not_find": [],
                "allowed": [{"rule": "missing-index", "table": "orders", "columns": ["status"],
                             "reason": "the report query filters on status"}]}
    findings = [
        {"rule": "missing-index", "table": "orders", "columns": ["user_id", "created_at"]},
        {"rule": "missing-index", "table": "orders", "columns": ["status"]},
        {"rule": "missing-index", "table": "orders", "columns": ["status", "created_at"]},
        {"rule": "over-select", "table": "orders", "columns": []},
    ]
    assert expectations.unexplained(findings, expected) == findings[2:]
