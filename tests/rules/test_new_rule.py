"""`python -m tests.rules.new_rule` writes a rule that the registry, the docs and the case layer accept."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import shutil
from pathlib import Path

import pytest

from dbperf.report.rules_doc import rule_markdown
from dbperf.rules import Rule
from tests.rules.case import load_case
from tests.rules.new_rule import ROOT, names, scaffold


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "rules").mkdir()
    (tmp_path / "tests" / "rules" / "cases").mkdir(parents=True)
    shutil.copy(ROOT / "rules" / "__init__.py", tmp_path / "rules" / "__init__.py")
    return tmp_path


def _registry(root: Path) -> list[str]:
    tree = ast.parse((root / "rules" / "__init__.py").read_text())
    found = [n.value for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "RULE_MODULES"]
    return [ast.literal_eval(e) for e in found[0].elts] if found else []


def test_scaffold_writes_a_registered_rule_with_a_documented_docstring_and_a_case(repo: Path) -> None:
    before = _registry(repo)
    scaffold("sort-spill", "A sort spills to disk because work_mem is too small.", repo)

    assert _registry(repo) == [*before, "sort_spill"]
    spec = importlib.util.spec_from_file_location("sort_spill_scaffold", repo / "rules" / "sort_spill.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rule = Rule(module.ID, module.SEVERITY, module.SUMMARY, inspect.cleandoc(module.__doc__), module.check, module)
    assert (rule.id, rule.summary) == ("sort-spill", "A sort spills to disk because work_mem is too small.")
    assert {"What it finds", "Why it is slow", "How to fix it"} <= set(rule.sections())
    assert "```sql" in rule_markdown(rule).split("## How to fix it", 1)[1]
    case = load_case(repo / "tests" / "rules" / "cases" / "sort_spill.toml")
    assert case.expect[0]["rule"] == "sort-spill" and "CREATE TABLE" in case.data["schema"]


def test_scaffold_refuses_an_existing_rule_and_a_bad_name(repo: Path) -> None:
    scaffold("sort_spill", "", repo)
    with pytest.raises(SystemExit, match="exists already"):
        scaffold("sort-spill", "", repo)
    with pytest.raises(SystemExit, match="not a rule id"):
        names("Sort Spill!")
