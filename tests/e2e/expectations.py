"""How an example's expected.json is matched against a JSON report (see fixtures/saas/README.md).

A spec matches a finding with the same rule and table whose columns include the
spec's columns (an empty or absent list matches any columns).
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
