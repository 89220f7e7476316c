"""The import layers of pyproject.toml's [tool.importlinter] contracts hold, with no exception listed.

import-linter (grimp) reads every import, function-local and TYPE_CHECKING ones included, so an
import moved into a function to dodge a cycle is still seen. It runs on a copy of the package laid
out as installed (`rules/` is `dbperf.rules`, which the source tree keeps outside `analyzer/`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _installed_layout(target: Path) -> Path:
    """`target`/dbperf as the wheel installs it, with pyproject.toml beside it."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "analyzer", target / "dbperf", ignore=ignore)
    shutil.copytree(ROOT / "rules", target / "dbperf" / "rules", ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    return target


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    env = dict(os.environ, PYTHONPATH=str(tree), NO_COLOR="1")
    return subprocess.run([str(lint), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _installed_layout(tmp_path_factory.mktemp("layers"))


def _with_import(tree: Path, tmp_path: Path, module: str, line: str) -> Path:
    """A copy of `tree` where `module` (a path under dbperf/) ends with `line`."""
    copy = tmp_path / "tree"
    shutil.copytree(tree, copy)
    source = copy / "dbperf" / module
    source.write_text(source.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")
    return copy


def test_every_contract_is_kept_with_no_exception_listed(tree: Path) -> None:
    contracts = CONTRACTS["contracts"]
    assert {c["id"] for c in contracts} >= {"layers", "acyclic", "rules", "no-database"}
    assert not any("ignore_imports" in c for c in contracts), "a contract lists an exception"
    run = _lint_imports(tree)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"Contracts: {len(contracts)} kept, 0 broken." in run.stdout


def test_every_top_level_module_is_in_a_layer() -> None:
    layers = next(c for c in CONTRACTS["contracts"] if c["id"] == "layers")["layers"]
    layered = {name.strip() for layer in layers for name in layer.split(":")}
    found = {f"dbperf.{p.stem}" for p in (ROOT / "analyzer").glob("*.py") if p.stem not in ("__init__", "__main__")}
    found |= {f"dbperf.{p.parent.name}" for p in (ROOT / "analyzer").glob("*/__init__.py")} | {"dbperf.rules"}
    assert sorted(found - layered) == [], "add the new module to a layer of [tool.importlinter] in pyproject.toml"


@pytest.mark.parametrize("module", ["seed/plan.py", "report/console.py", "capture/sql_file.py"])
def test_a_stage_importing_the_cli_breaks_the_contract(tree: Path, tmp_path: Path, module: str) -> None:
    run = _lint_imports(_with_import(tree, tmp_path, module, "from dbperf.cli.console import err  # noqa"))
    assert run.returncode == 1, run.stdout
    stage = "dbperf." + module.split("/")[0]
    assert f"{stage} is not allowed to import dbperf.cli" in run.stdout, run.stdout


def test_an_import_hidden_in_a_function_is_still_seen(tree: Path, tmp_path: Path) -> None:
    hidden = "def _sneaky():\n    from dbperf.postgres.database import Database  # noqa\n    return Database"
    run = _lint_imports(_with_import(tree, tmp_path, "report/markdown.py", hidden))
    assert run.returncode == 1, run.stdout
    assert "dbperf.report.markdown -> dbperf.postgres.database" in run.stdout, run.stdout


def test_a_cycle_between_stages_breaks_the_contract(tree: Path, tmp_path: Path) -> None:
    run = _lint_imports(_with_import(tree, tmp_path, "schema/model.py", "import dbperf.sql.shape  # noqa"))
    assert run.returncode == 1, run.stdout
    assert "No cycles are allowed in dbperf" in run.stdout, run.stdout


def test_rules_never_reach_the_database(tree: Path, tmp_path: Path) -> None:
    run = _lint_imports(_with_import(tree, tmp_path, "rules/over_select.py", "import psycopg  # noqa"))
    assert run.returncode == 1, run.stdout
    assert "dbperf.rules is not allowed to import psycopg" in run.stdout, run.stdout


# What rules may import (docs/architecture.md, "Layers", says why each): the model, the Context/Lab
# protocol and the types it hands out, and pure helpers that compute on SQL text, plans and fixes.
# Everything else of dbperf is in the rules contract's forbidden_modules. `package.*` is the package and
# all its modules; `package` alone is its __init__.
RULES_MAY_IMPORT = {
    # the model
    "dbperf.findings", "dbperf.diagnostics", "dbperf.config", "dbperf.captured", "dbperf.humanize",
    "dbperf.context",  # the Context/Lab protocol, and the types its fields and results are made of:
    "dbperf.schema", "dbperf.schema.model", "dbperf.workload", "dbperf.workload.model",
    "dbperf.explain", "dbperf.explain.plan", "dbperf.explain.measurement",
    "dbperf.sql.*",  # the whole package: SQL analysis and rewrites (sqlglot, pglast), the Context's shapes
    "dbperf.explain.parse",  # EXPLAIN JSON -> Plan and the scans of a plan per table: pure
    # the fix text: CREATE/DROP INDEX SQL, an index as drizzle-orm TypeScript, an IndexChange as a Fix
    "dbperf.migrate", "dbperf.migrate.ddl", "dbperf.migrate.drizzle_index", "dbperf.migrate.fix",
}


def _modules() -> set[str]:
    """Every module and package of dbperf outside dbperf.rules, by its import name."""
    names = set()
    for path in (ROOT / "analyzer").rglob("*.py"):
        parts = path.relative_to(ROOT / "analyzer").with_suffix("").parts
        names.add(".".join(("dbperf", *(parts[:-1] if parts[-1] == "__init__" else parts))))
    return names - {"dbperf"}


def test_every_module_is_either_allowed_to_rules_or_forbidden_to_them() -> None:
    forbidden = next(c for c in CONTRACTS["contracts"] if c["id"] == "rules")["forbidden_modules"]

    def is_forbidden(name: str) -> bool:
        return any(name == f or name.startswith(f + ".") for f in forbidden)

    def is_allowed(name: str) -> bool:
        return any(name == a or (a.endswith(".*") and (name == a[:-2] or name.startswith(a[:-1])))
                   for a in RULES_MAY_IMPORT)

    modules = _modules()
    assert sorted(m for m in modules if not is_forbidden(m) and not is_allowed(m)) == [], (
        "a module rules may neither import nor are kept from: add it to the rules contract's "
        "forbidden_modules in pyproject.toml (or, when it is pure model, to RULES_MAY_IMPORT and "
        "docs/architecture.md)")
    assert sorted(m for m in modules if is_forbidden(m) and is_allowed(m)) == []
    assert sorted(a for a in RULES_MAY_IMPORT if a.removesuffix(".*") not in modules) == []


@pytest.mark.parametrize(("line", "forbidden"), [
    ("from dbperf.postgres.database import Database  # noqa", "dbperf.postgres"),
    ("from dbperf.explain.runner import Runner  # noqa", "dbperf.explain.runner"),
    ("from dbperf.schema.catalog import read_schema  # noqa", "dbperf.schema.catalog"),
    ("from dbperf.migrate.writer import write_migrations  # noqa", "dbperf.migrate.writer"),
])
def test_a_rule_importing_more_than_the_model_and_the_context_breaks_the_contract(
        tree: Path, tmp_path: Path, line: str, forbidden: str) -> None:
    run = _lint_imports(_with_import(tree, tmp_path, "rules/missing_index.py", line))
    assert run.returncode == 1, run.stdout
    assert f"dbperf.rules is not allowed to import {forbidden}" in run.stdout, run.stdout
    assert f"dbperf.rules.missing_index -> {forbidden}" in run.stdout, run.stdout


MAX_MODULE_LINES = 500  # one job per module (issue 14): past this, split it by job


def test_no_module_is_over_the_size_of_one_job() -> None:
    sizes = {str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
             for folder in ("analyzer", "rules") for path in (ROOT / folder).rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}
