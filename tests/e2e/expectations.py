"""How an example's expected.json is matched against a JSON report (see fixtures/saas/README.md).

A spec matches a finding with the same rule and table whose columns include the
spec's columns (an empty or absent list matches any columns). Precision: every
finding must match a `must_find` spec or an `allowed` entry, which names a
finding that is right but not planted, with the reason it is right; an allowed
entry's `columns`, when given, are the finding's columns exactly.
"""

from __future__ import annotations

import json
from pathlib import Path


def load(example: Path) -> dict:
    return json.loads((example / "expected.json").read_text())


def matches(finding: dict, spec: dict) -> bool:
    if finding["rule"] != spec["rule"] or finding["table"] != spec["table"]:
        return False
    return set(spec.get("columns") or []) <= set(finding["columns"])


def summary(findings: list[dict]) -> str:
    return "\n".join(f"  {f['rule']} {f['table']} {f['columns']}" for f in findings)


def spec_id(spec: dict) -> str:
    return f"{spec['rule']}:{spec['table']}:{spec.get('columns')}"


def assert_found(findings: list[dict], spec: dict) -> None:
    assert any(matches(f, spec) for f in findings), f"not found: {spec}\n{summary(findings)}"


def assert_not_found(findings: list[dict], spec: dict) -> None:
    wrong = [f for f in findings if matches(f, spec)]
    assert not wrong, f"false positive for {spec}:\n{summary(wrong)}"


def allows(finding: dict, entry: dict) -> bool:
    if finding["rule"] != entry["rule"] or finding["table"] != entry["table"]:
        return False
    return "columns" not in entry or list(entry["columns"]) == list(finding["columns"])


def unexplained(findings: list[dict], expected: dict) -> list[dict]:
    """The findings neither planted (`must_find`) nor `allowed` with a reason: false positives."""
    return [
        f for f in findings
        if not any(matches(f, spec) for spec in expected["must_find"])
        and not any(allows(f, entry) for entry in expected.get("allowed", []))
    ]


def assert_precise(findings: list[dict], expected: dict) -> None:
    wrong = unexplained(findings, expected)
    assert not wrong, (
        "findings neither in must_find nor allowed (add them to `allowed` with the reason they are "
        "right, or fix the rule):\n"
        + "\n".join(f"  {f['rule']} {f['table']} {f['columns']}: {f['message']} "
                     f"({', '.join(f['origins'][:2])})" for f in wrong)
    )


def check_allowed(expected: dict) -> list[str]:
    """What is wrong with the `allowed` list itself: a missing reason, or an entry that a
    `must_not_find` spec forbids (the two would contradict each other)."""
    errors = []
    for entry in expected.get("allowed", []):
        name = f"{entry.get('rule')} {entry.get('table')} {entry.get('columns')}"
        if not str(entry.get("reason", "")).strip():
            errors.append(f"{name}: no reason")
        as_finding = {"rule": entry.get("rule"), "table": entry.get("table"),
                      "columns": entry.get("columns", [])}
        if any(matches(as_finding, spec) for spec in expected["must_not_find"]):
            errors.append(f"{name}: also in must_not_find")
        if any(matches(as_finding, spec) for spec in expected["must_find"]):
            errors.append(f"{name}: already in must_find")
    return errors
