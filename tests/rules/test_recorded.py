"""The fast rule layer: every rule on every recorded case, no database, milliseconds per test.

Each case of `cases/` was audited once on PostgreSQL and what the rules read
from the database was recorded (`recorded/`, see `replay.py`). Here each rule
runs alone on that recording and must give exactly the findings of its
snapshot (`snapshots/`): rule, table, columns, severity, proof, message,
evidence and fix. The case's `expect`/`reject` entries must hold as well.

When a test fails because a message, evidence or fix changed on purpose, write
the snapshots again and read the diff before committing it:

    python -m tests.rules.record --snapshots

When it fails because a rule asks the database something new, re-record the
case (`python -m tests.rules.record CASE`). `tests/rules/test_rule_cases.py`
runs the same cases end to end on PostgreSQL (marked `db`).
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from dbperf.rules import all_rules
from tests.rules.case import all_cases, check_expectations
from tests.rules.replay import RECORD_COMMAND, replay_rules, snapshot_of

CASES = all_cases()
RULES = all_rules()


def _snapshot(case) -> dict:
    assert case.snapshot.is_file(), f"case {case.name} has no snapshot: record it with `{RECORD_COMMAND} {case.name}`"
    return json.loads(case.snapshot.read_text())


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_rule_gives_its_snapshot(case, rule, tmp_path: Path) -> None:
    expected = _snapshot(case)["rules"].get(rule.id)
    assert expected is not None, (f"snapshot of {case.name} has no entry for {rule.id}: write it with "
                                  f"`{RECORD_COMMAND} --snapshots` (a new rule: every case gets its entry)")
    root = tmp_path / case.name
    actual = snapshot_of(replay_rules(case, root, [rule.id]), root)
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(
            json.dumps(expected, indent=2, sort_keys=True).splitlines(),
            json.dumps(actual, indent=2, sort_keys=True).splitlines(),
            f"snapshots/{case.name}.json [{rule.id}]", "this run", lineterm="", n=2))
        pytest.fail(f"{rule.id} on case {case.name} differs from its snapshot:\n{diff}\n"
                    f"if the change is intended: `{RECORD_COMMAND} --snapshots {case.name}`, then review the diff")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_expectations_hold_on_the_recording(case, tmp_path: Path) -> None:
    check_expectations(case, replay_rules(case, tmp_path / case.name))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_a_recorded_case(rule) -> None:
    """A case expects the rule, and its snapshot holds that finding with a message, a proof, evidence and
    a fix: the fast layer exercises every registered rule."""
    found = []
    for case in CASES:
        if any(spec["rule"] == rule.id for spec in case.expect):
            found += [f for f in _snapshot(case)["rules"].get(rule.id, [])]
    assert found, (f"no case in tests/rules/cases expects {rule.id} with a recorded finding: add one "
                   f"(CONTRIBUTING.md, 'Add a rule') and record it with `{RECORD_COMMAND} CASE`")
    for finding in found:
        assert finding["message"] and finding["severity"] and finding["proof"], finding
        assert finding["evidence"], f"{rule.id}: a finding without evidence: {finding['message']}"
        assert finding["fix"] and finding["fix"]["description"], f"{rule.id}: a finding without a fix"
