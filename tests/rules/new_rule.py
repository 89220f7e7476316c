"""Scaffold a new rule: its module, its registry entry, a case to record and its docs page.

    python -m tests.rules.new_rule sort-spill "A sort spills to disk because work_mem is too small."

writes `rules/sort_spill.py` (ID, SEVERITY, SUMMARY, the three-part docstring
and a `check(ctx)` to fill in), lists it in `rules/__init__.py`, writes
`tests/rules/cases/sort_spill.toml` (a schema, a captured query and the
finding expected) and regenerates `docs/rules/`. Then follow CONTRIBUTING.md:
make the case show the problem, write `check`, record the case
(`python -m tests.rules.record sort_spill`) and run
`pytest tests/rules -m "not db" -k sort-spill`. Run from the repository root.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REGENERATE_DOCS = ("from pathlib import Path; from dbperf.report.rules_doc import write_rule_docs; "
                   "write_rule_docs(Path('docs/rules'))")

MODULE = '''"""{title}.

What it finds
-------------
TODO: the pattern in the captured queries or their plans, in a developer's words,
with the exact criterion `check` applies (a test holds the two together).

Why it is slow
--------------
TODO: what PostgreSQL does — which plan node, how many rows or buffers — and the
numbers that make it slow.

How to fix it
-------------
TODO: the fix, in SQL:

    CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);

and in Drizzle:

    index('orders_user_id_idx').on(table.userId)
"""

from __future__ import annotations

from typing import Iterable

from dbperf.context import Context
from dbperf.findings import Finding, Fix
from dbperf.rules.common import measured_groups, origins

ID = "{rule_id}"
SEVERITY = "warning"
SUMMARY = "{summary}"


def check(ctx: Context) -> Iterable[Finding]:
    """TODO: yield a Finding for each occurrence, led by the measured fact."""
    for group, shape, measurement in measured_groups(ctx):
        if False:  # TODO: the criterion of the docstring
            yield Finding(
                rule=ID,
                severity=SEVERITY,
                proof="measured",  # "measured" | "estimated" | "heuristic": what backs the claim
                message="TODO: one sentence with the measured numbers",
                table=shape.target,
                columns=(),
                queries=(group.fingerprint,),
                origins=origins([group]),
                evidence={{"ms": measurement.ms, "buffers": measurement.buffers}},
                fix=Fix(description="TODO: what to change", sql=None, drizzle=None),
            )
'''

CASE = '''description = "TODO: what the case shows (the problem, and a near miss that must not be reported)."
schema = """
CREATE TABLE orders (id serial PRIMARY KEY, user_id integer NOT NULL, created_at timestamp NOT NULL DEFAULT now());
"""
sql = """
SELECT id FROM orders WHERE user_id = 42;
"""
[rows]
orders = 50000

[[expect]]
rule = "{rule_id}"
table = "orders"

[[reject]]
rule = "{rule_id}"
table = "users"
'''


def names(name: str) -> tuple[str, str]:
    """(rule id, module name) of `sort-spill` or `sort_spill`."""
    rule_id = name.strip().lower().replace("_", "-")
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", rule_id):
        raise SystemExit(f"error: {name!r} is not a rule id: use lower-case words joined by '-', e.g. sort-spill")
    return rule_id, rule_id.replace("-", "_")


def register(registry: Path, module: str) -> None:
    """Add `module` at the end of `RULE_MODULES` in the registry (nothing to do when rules are discovered)."""
    text = registry.read_text()
    for node in ast.parse(text).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == "RULE_MODULES" for t in targets) and isinstance(node.value, ast.List):
            lines = text.splitlines(keepends=True)
            closing = node.value.end_lineno - 1  # the line of the closing bracket
            lines.insert(closing, f'    "{module}",\n')
            registry.write_text("".join(lines))
            return


def scaffold(name: str, summary: str, root: Path = ROOT) -> list[Path]:
    """Write the rule's module, case and registry entry under `root`; returns the files written."""
    rule_id, module = names(name)
    rule_file = root / "rules" / f"{module}.py"
    case_file = root / "tests" / "rules" / "cases" / f"{module}.toml"
    for path in (rule_file, case_file):
        if path.exists():
            raise SystemExit(f"error: {path.relative_to(root)} exists already: choose another name")
    summary = summary.strip().replace('"', "'") or "TODO: one line, what the rule finds."
    title = summary.rstrip(".")
    rule_file.write_text(MODULE.format(title=title, rule_id=rule_id, summary=summary))
    case_file.write_text(CASE.format(rule_id=rule_id))
    register(root / "rules" / "__init__.py", module)
    return [rule_file, case_file, root / "rules" / "__init__.py"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.rules.new_rule", description=__doc__.split("\n\n")[0])
    parser.add_argument("name", help="the rule id, e.g. sort-spill")
    parser.add_argument("summary", nargs="?", default="", help="one line: what the rule finds")
    args = parser.parse_args(argv)
    written = scaffold(args.name, args.summary)
    # The docs are generated by a fresh process: it must import the registry just written.
    subprocess.run([sys.executable, "-c", REGENERATE_DOCS], cwd=ROOT, check=True)
    rule_id, module = names(args.name)
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    print(f"wrote docs/rules/{rule_id}.md (generated from the docstring)\n\nnext (CONTRIBUTING.md, 'Add a rule'):\n"
          f"  1. make tests/rules/cases/{module}.toml show the problem, and a near miss under [[reject]]\n"
          f"  2. write check() and the docstring in rules/{module}.py\n"
          f"  3. python -m tests.rules.record {module}\n"
          f"  4. pytest tests/rules -m 'not db' -k {rule_id}, then pytest tests/rules/test_rule_cases.py -k {module}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
