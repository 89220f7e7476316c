"""The JSON report (`--format json`): stable, versioned, deterministic.

Top-level keys, in this order: version, dbperf, database, inputs, summary,
findings, queries, problems, timings. Findings carry no timings of the run
(only the measured evidence rules put in them), and every free-form dict
(evidence, database, inputs, plan fields) is written with sorted keys, so
the same inputs and seed give the same findings text.
"""

from __future__ import annotations

import dataclasses
import json
import math
from enum import Enum
from pathlib import PurePath
from typing import Any

from dbperf.diagnostics import Origin, Problem
from dbperf.explain.plan import Plan, PlanNode
from dbperf.findings import Assumption, Finding
from dbperf.report.model import QueryReport, Report

FLOAT_DIGITS = 3


def render_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text, ending with a newline."""
    return (
        json.dumps(report_dict(report), indent=indent, ensure_ascii=False, allow_nan=False) + "\n"
    )


def report_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data, in the contract's key order (`advice` only with `audit --advise`)."""
    data = {
        "version": report.version,
        "dbperf": report.dbperf,
        "database": jsonable(report.database),
        "inputs": jsonable(report.inputs),
        "summary": report.summary,
        "findings": [finding_dict(f) for f in sorted(report.findings, key=Finding.sort_key)],
        "queries": [query_dict(q) for q in report.queries],
        "problems": [problem_dict(p) for p in report.problems],
        "timings": {stage: _round(s) for stage, s in report.timings.items()},
    }
    if report.advice is not None:
        data["advice"] = jsonable(report.advice)
    return data


def finding_dict(finding: Finding) -> dict[str, Any]:
    fix = finding.fix
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "proof": finding.proof,
        "message": finding.message,
        "table": finding.table,
        "columns": list(finding.columns),
        "queries": list(finding.queries),
        "origins": list(finding.origins),
        "evidence": jsonable(finding.evidence),
        "assumes": [assumption_dict(a) for a in finding.assumes],
        "fix": {"description": fix.description, "sql": fix.sql, "drizzle": fix.drizzle}
        if fix
        else None,
    }


def assumption_dict(assumption: Assumption) -> dict[str, Any]:
    """A value share the finding rests on (docs/architecture.md, "assumes")."""
    return {
        "table": assumption.table,
        "column": assumption.column,
        "predicate": assumption.predicate,
        "share": round(assumption.share, 6),
        "rows": assumption.rows,
        "table_rows": assumption.table_rows,
        "source": assumption.source,
        "break_even": None if assumption.break_even is None else round(assumption.break_even, 6),
        "plausible_max": round(assumption.plausible_max, 6),
        "direction": assumption.direction,
        "method": assumption.method,
    }


def query_dict(query: QueryReport) -> dict[str, Any]:
    return {
        "fingerprint": query.fingerprint,
        "sql": query.sql,
        "calls": query.calls,
        "kind": query.kind,
        "origins": list(query.origins),
        "ms": _round(query.ms),
        "buffers": query.buffers,
        "rows": jsonable(query.rows),
        "params_source": query.params_source,
        "error": query.error,
        **({"skipped": True} if query.skipped else {}),
        "plan": plan_dict(query.plan) if query.plan else None,
    }


def problem_dict(problem: Problem) -> dict[str, Any]:
    return {
        "stage": problem.stage,
        "message": problem.message,
        "origin": str(problem.origin) if problem.origin else None,
        "hint": problem.hint,
        "severity": problem.severity,
    }


def plan_dict(plan: Plan) -> dict[str, Any]:
    """A measured plan as a compact tree (the typed fields, not the raw EXPLAIN output)."""
    return {
        "analyzed": plan.analyzed,
        "planning_ms": _round(plan.planning_ms),
        "execution_ms": _round(plan.execution_ms),
        "root": node_dict(plan.root),
    }


_NODE_TEXT = (
    "relation", "schema", "alias", "index_name", "filter", "index_cond", "recheck_cond",
    "join_filter", "hash_cond", "merge_cond", "sort_method", "sort_space_kb", "parent_relationship",
)  # fmt: skip
_NODE_COUNTERS = (
    "rows_removed_by_filter", "rows_removed_by_join_filter", "rows_removed_by_index_recheck",
    "shared_hit", "shared_read", "temp_read", "temp_written",
)  # fmt: skip


def node_dict(node: PlanNode) -> dict[str, Any]:
    """One plan node: always its type, estimates and actuals; other fields only when set."""
    out: dict[str, Any] = {"node_type": node.node_type}
    out.update({k: getattr(node, k) for k in _NODE_TEXT if getattr(node, k) is not None})
    if node.sort_key:
        out["sort_key"] = list(node.sort_key)
    out["plan_rows"] = jsonable(node.plan_rows)
    out["plan_width"] = node.plan_width
    out["total_cost"] = _round(node.total_cost)
    if node.actual_loops is not None:
        out["actual_rows"] = jsonable(node.actual_rows)
        out["actual_loops"] = node.actual_loops
        out["actual_total_ms"] = _round(node.actual_total_ms)
    out.update({k: jsonable(getattr(node, k)) for k in _NODE_COUNTERS if getattr(node, k, 0)})
    if node.children:
        out["children"] = [node_dict(c) for c in node.children]
    return out


def jsonable(value: Any) -> Any:
    """Any evidence value as JSON data: dicts with sorted keys, floats rounded, NaN as null."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v) for v in value), key=str)
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return _round(value)
    if isinstance(value, Plan):
        return plan_dict(value)
    if isinstance(value, PlanNode):
        return node_dict(value)
    if isinstance(value, (Origin, PurePath)):
        return str(value)
    if isinstance(value, Enum):
        return jsonable(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return str(value)


def _round(value: float | None) -> float | int | None:
    if value is None or not math.isfinite(value):
        return None
    rounded = round(float(value), FLOAT_DIGITS)
    return int(rounded) if rounded.is_integer() else rounded
