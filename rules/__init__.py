"""The rule registry.

A rule is a module in this package with:

- `ID` (kebab-case), `SEVERITY` ("error" | "warning" | "info"), `SUMMARY` (one line);
- a module docstring in three parts, headed `What it finds`, `Why it is slow`
  and `How to fix it` — `dbperf rules` and `docs/rules/*.md` are generated from it;
- `check(ctx: Context) -> Iterable[Finding]`.

Add a rule by writing the module and listing it in `RULE_MODULES`.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from dbperf.context import Context
    from dbperf.findings import Finding

RULE_MODULES = [  # the ones that ask the Lab most first: `run_rules` starts them in this order
    "missing_index",
    "leading_wildcard",
    "fk_without_index",
    "offset_pagination",
    "missing_statistics",
    "non_sargable",
    "over_select",
    "n_plus_one",
    "duplicate_index",
    "low_selectivity_index",
    "unbounded_write",
    "redundant_index",
    "unused_index",
    "unbounded_select",
    "redundant_query",
]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    summary: str
    doc: str
    check: Callable[["Context"], Iterable["Finding"]]
    module: ModuleType

    def sections(self) -> dict[str, str]:
        """The docstring split into its headed parts ("What it finds", …)."""
        sections: dict[str, str] = {}
        current = "summary"
        lines: list[str] = []
        for line in self.doc.splitlines():
            heading = line.strip().rstrip(":")
            if heading in ("What it finds", "Why it is slow", "How to fix it"):
                sections[current] = "\n".join(lines).strip()
                current, lines = heading, []
            elif set(line.strip()) <= {"-", "="} and line.strip():
                continue  # underline of a heading
            else:
                lines.append(line)
        sections[current] = "\n".join(lines).strip()
        return sections


def _load(name: str) -> Rule:
    module = importlib.import_module(f"dbperf.rules.{name}")
    return Rule(
        id=module.ID,
        severity=module.SEVERITY,
        summary=module.SUMMARY,
        doc=inspect.cleandoc(module.__doc__ or ""),
        check=module.check,
        module=module,
    )


def all_rules() -> list[Rule]:
    return [_load(name) for name in RULE_MODULES]


def get_rule(rule_id: str) -> Rule | None:
    return next((r for r in all_rules() if r.id == rule_id), None)
