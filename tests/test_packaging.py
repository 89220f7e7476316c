"""What a user installs: the wheel holds every package, every imported library is declared, every rule
module is registered, and the parts of sqlglot's API that dbperf uses exist in the installed version."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
SOURCES = {"dbperf": ROOT / "analyzer", "dbperf/rules": ROOT / "rules"}
EXAMPLE = ROOT / "fixtures" / "saas"  # shipped as dbperf/examples/saas (setup.py)
PACKAGE_VERSION = next(ast.literal_eval(node.value) for node in ast.parse(
    (ROOT / "analyzer" / "__init__.py").read_text(encoding="utf-8")).body
    if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "__version__")


def _python_files(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in sorted(folder.rglob("*.py"))
            if "corpus" not in p.relative_to(ROOT).parts[:2] and "__pycache__" not in p.parts]


def _imported_top_names(files: list[Path]) -> dict[str, Path]:
    """Top-level names of every absolute import (function-local ones too) -> the first file importing it."""
    names: dict[str, Path] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found = [node.module]
            else:
                continue
            for name in found:
                names.setdefault(name.partition(".")[0], path)
    return names


def _declared(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", req, maxsplit=1)[0].lower().replace("_", "-") for req in requirements}


def _undeclared(files: list[Path], requirements: list[str]) -> list[str]:
    distributions = importlib.metadata.packages_distributions()
    declared = _declared(requirements)
    missing = []
    for name, path in sorted(_imported_top_names(files).items()):
        if name in sys.stdlib_module_names or name in ("dbperf", "conftest", "expectations", "tests"):
            continue
        # not installed here (an optional extra, a backport): its distribution is named as its import
        dists = {d.lower().replace("_", "-") for d in distributions.get(name, [name])}
        if (path.parent / f"{name}.py").exists() or (ROOT / "bench" / f"{name}.py").exists():
            continue  # a helper module next to the test or benchmark that imports it
        if not dists & declared:
            missing.append(f"{name} ({', '.join(sorted(dists))}), imported by "
                           f"{path.relative_to(ROOT)}")
    return missing


def test_every_library_the_package_imports_is_declared() -> None:
    extras = PROJECT["optional-dependencies"]
    optional = [req for name, reqs in extras.items() if name != "test" for req in reqs]  # docker: testcontainers
    assert _undeclared(_python_files(ROOT / "analyzer", ROOT / "rules"), PROJECT["dependencies"] + optional) == []


def test_every_library_the_tests_import_is_in_the_test_extra() -> None:
    requirements = PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]
    assert _undeclared(_python_files(ROOT / "tests"), requirements) == []


def build_wheel(tmp_path: Path) -> Path:
    """The wheel built from what the sdist holds (MANIFEST.in), offline: no network, no build isolation."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("analyzer", "rules", "fixtures/saas"):
        shutil.copytree(ROOT / folder, source / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
                            "--no-build-isolation", "-q", "-w", str(tmp_path / "dist")],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    return next((tmp_path / "dist").glob("dbperf-*.whl"))


def test_the_built_wheel_holds_every_module(tmp_path: Path) -> None:
    wheel = build_wheel(tmp_path)
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"{prefix}/{p.relative_to(folder).as_posix()}"
                for prefix, folder in SOURCES.items() for p in _python_files(folder)
                if not (prefix == "dbperf" and p.relative_to(folder).parts[0] == "rules")}
    assert sorted(expected - shipped) == [], "setup.py finds the packages: is an __init__.py missing?"
    example = {f"dbperf/examples/saas/{p.relative_to(EXAMPLE).as_posix()}"
               for p in EXAMPLE.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert sorted(example - shipped) == [], "`dbperf demo` outside a checkout audits this copy"
    metadata = zipfile.ZipFile(wheel).read(f"dbperf-{PACKAGE_VERSION}.dist-info/METADATA").decode()
    assert f"\nVersion: {PACKAGE_VERSION}\n" in metadata  # written once, in dbperf/__init__.py


def test_every_module_in_rules_is_registered() -> None:
    from dbperf.rules import RULE_MODULES, all_rules

    modules = {p.stem for p in (ROOT / "rules").glob("*.py") if _defines_a_rule(p)}
    assert sorted(modules - set(RULE_MODULES)) == [], "list the rule in RULE_MODULES (rules/__init__.py)"
    assert sorted(set(RULE_MODULES) - modules) == []
    assert len({rule.id for rule in all_rules()}) == len(modules)


def _defines_a_rule(path: Path) -> bool:
    """A module with a top-level `ID` and `check()` is a rule (helpers such as common.py, shares.py are not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
             if isinstance(t, ast.Name)}
    functions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    return "ID" in names and "check" in functions


def _sqlglot_names_used() -> set[str]:
    """`sqlglot.x`, `exp.Name` and `from sqlglot.mod import name` as dbperf's code spells them."""
    used: set[str] = set()
    for path in _python_files(ROOT / "analyzer", ROOT / "rules"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sqlglot"):
                used |= {f"{node.module}:{alias.name}" for alias in node.names}
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "exp":  # `from sqlglot import exp`: sqlglot.expressions
                    used.add(f"sqlglot.expressions:{node.attr}")
                elif node.value.id == "sqlglot":
                    used.add(f"sqlglot:{node.attr}")
    return used


def test_the_sqlglot_api_dbperf_uses_exists() -> None:
    """A new sqlglot that renames or drops something dbperf uses fails here, by name."""
    missing = []
    for entry in sorted(_sqlglot_names_used()):
        module, name = entry.split(":")
        target = importlib.import_module(module)
        if not hasattr(target, name) and not _is_submodule(module, name):
            missing.append(entry)
    assert missing == [], f"sqlglot {importlib.metadata.version('sqlglot')} lacks {missing}"


def _is_submodule(module: str, name: str) -> bool:
    try:
        importlib.import_module(f"{module}.{name}")
    except ImportError:
        return False
    return True


def test_sqlglot_resolves_postgres_columns_to_their_tables() -> None:
    """The behaviour the query shapes rest on: PostgreSQL `$n` parameters parse, and qualification
    with the catalog's columns names each column's table."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.optimizer.qualify import qualify
    from sqlglot.optimizer.scope import traverse_scope

    sql = "select o.id from orders o join users u on u.id = o.user_id where email ilike $1 order by created_at"
    tree = qualify(sqlglot.parse_one(sql, read="postgres"), dialect="postgres",
                   schema={"orders": {"id": "int", "user_id": "int", "created_at": "timestamptz"},
                           "users": {"id": "int", "email": "text"}})
    columns = {(c.table, c.name) for scope in traverse_scope(tree) for c in scope.columns}
    assert {("u", "email"), ("o", "created_at"), ("o", "user_id")} <= columns
    assert tree.find(exp.ILike) is not None
    assert tree.find(exp.Parameter) is not None or tree.find(exp.Placeholder) is not None
