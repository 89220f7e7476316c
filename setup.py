"""What pyproject.toml cannot say: the packages found under each folder of the package-dir mapping
(analyzer/ is `dbperf`, rules/ is `dbperf.rules`), and the bundled example copied into the wheel.

Everything else (name, version, dependencies, the mapping itself) is in pyproject.toml. The example
stays in one place in git, fixtures/saas/; the sdist carries it (MANIFEST.in) and building the wheel
copies it to `dbperf/examples/saas/`, where `dbperf demo` finds it outside a checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py
from setuptools.config.pyprojecttoml import read_configuration

HERE = Path(__file__).resolve().parent
PACKAGE_DIR = read_configuration(HERE / "pyproject.toml", expand=False)["tool"]["setuptools"][
    "package-dir"
]
EXAMPLES = {"saas": HERE / "fixtures" / "saas"}  # name inside dbperf/examples/ -> source folder
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "node_modules")


def packages() -> list[str]:
    """Every package under each mapped folder, named as installed (`dbperf.gate`, …)."""
    found = []
    for name, folder in PACKAGE_DIR.items():
        found.append(name)
        found += [
            f"{name}.{sub}"
            for sub in find_packages(str(HERE / folder))
            if f"{name}.{sub}" not in PACKAGE_DIR
        ]
    return sorted(found)


class BuildWithExamples(build_py):
    """build_py, plus the bundled examples as package data of `dbperf` (dbperf/examples/NAME)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads fixtures/ from the checkout
            return
        for name, source in EXAMPLES.items():
            if not source.is_dir():
                raise SystemExit(f"setup.py: the bundled example {source} is missing (MANIFEST.in)")
            target = Path(self.build_lib) / "dbperf" / "examples" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target, ignore=IGNORED)


setup(packages=packages(), cmdclass={"build_py": BuildWithExamples})
