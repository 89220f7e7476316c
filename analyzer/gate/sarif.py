"""SARIF 2.1.0 (`--format sarif`): dbperf findings for GitHub code scanning and other SARIF viewers.

One run; `tool.driver.rules` lists every rule with its help text taken from
the rule's docstring (`Rule.sections()`), plus the gate's own two checks
(`plan-regression`, `slow-query`). Each finding is a result pointing at its
first origin (the query's file:line or the DDL line, relative to the
repository root) with the other origins as related locations;
`partialFingerprints` carries a hash of the finding's stable identity, so
code scanning follows an alert across commits. Given a gate result, results
carry `baselineState` (new / unchanged / updated) and regressions and slow
queries become results too.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from dbperf import __version__
from dbperf.findings import Finding
from dbperf.gate.model import GateResult
from dbperf.report.json_report import jsonable
from dbperf.report.locations import Location, location, relative, repo_root
from dbperf.report.model import QueryReport, Report
from dbperf.rules import all_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "dbperfIdentity/v1"
MAX_RELATED = 10

GATE_RULES = {
    "plan-regression": (
        "A query group got slower than in the baseline: more shared buffers, a worse plan or a longer time.",
        "What it finds\n\nA query whose EXPLAIN ANALYZE, on the same seeded data, reads more shared buffers "
        "than recorded in the baseline (more than max_regression_pct, by at least min_regression_buffers), "
        "takes more than max(time_factor x, +time_margin_ms) its baseline time (3x, +50 ms by default), or cannot be measured any more.\n\n"
        "Why it is slow\n\nBuffers are pages the query touches: a dropped index or a new unindexed filter turns an "
        "index scan reading a few pages into a sequential scan reading the whole table.\n\n"
        "How to fix it\n\nLook at the plan change in the message (e.g. `Index Scan using author_idx` → "
        "`Seq Scan`): restore the index or add one for the new filter. If the change is intended, regenerate "
        "the baseline with `dbperf baseline`.",
        "error",
    ),
    "slow-query": (
        "A query group's median time is above its max_query_ms limit.",
        "What it finds\n\nA query whose median EXPLAIN ANALYZE time on the seeded data exceeds `max_query_ms` "
        "in the [gate] section of dbperf.toml (or its per-query override in [gate.max_query_ms_for]).\n\n"
        "Why it is slow\n\nSee the findings on the same query for the cause.\n\n"
        "How to fix it\n\nApply the fixes dbperf proposes for the query, or raise its limit with a per-query "
        "override when the time is expected.",
        "error",
    ),
}


def render_sarif(report: Report, *, gate: GateResult | None = None, root: Path | None = None) -> str:
    return json.dumps(sarif_dict(report, gate=gate, root=root), indent=2, ensure_ascii=False,
                      allow_nan=False) + "\n"


def sarif_dict(report: Report, *, gate: GateResult | None = None, root: Path | None = None) -> dict[str, Any]:
    """`root`: the project root; locations are made relative to the git repository holding it."""
    project_root = Path(root or (gate.root if gate else None) or report.inputs.get("root") or ".")
    base = repo_root(project_root.resolve())
    rules = _rules()
    index = {r["id"]: i for i, r in enumerate(rules)}
    fallback = _fallback_location(report, base)
    results = []
    if gate is None:
        results = [_finding_result(f, index, base, fallback) for f in report.findings]
    else:
        with_baseline = gate.baseline is not None
        for g in gate.findings:
            state = {"new": "new", "worse": "updated"}.get(g.status, "unchanged") if with_baseline else None
            result = _finding_result(g.finding, index, base, fallback, state)
            result["properties"]["gate"] = {"status": g.status, "blocking": g.blocking}
            if g.ignored_by is not None:
                result["suppressions"] = [{"kind": "external", "status": "accepted",
                                           "justification": g.ignored_by.reason}]
            results.append(result)
        for r in gate.regressions:
            results.append(_query_result("plan-regression", r.query, r.message(), "error" if r.blocking else "warning",
                                         index, base, fallback, "new" if with_baseline else None,
                                         suppressed=r.ignored_by.reason if r.ignored_by else None))
        for s in gate.slow:
            results.append(_query_result("slow-query", s.query, s.message(), "error" if s.blocking else "warning",
                                         index, base, fallback,
                                         ("new" if s.blocking else "unchanged") if with_baseline else None,
                                         suppressed=s.ignored_by.reason if s.ignored_by else None))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "dbperf", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "automationDetails": {"id": "dbperf/"},
            "results": results,
            "properties": {"database": jsonable(report.database), "summary": report.summary},
        }],
    }


def _rules() -> list[dict[str, Any]]:
    out = []
    for rule in all_rules():
        sections = rule.sections()
        out.append(_rule(rule.id, rule.summary, sections.get("What it finds") or rule.summary,
                         rule.doc, _markdown(rule.summary, sections), rule.severity))
    for rule_id, (summary, doc, severity) in GATE_RULES.items():
        out.append(_rule(rule_id, summary, summary, doc, f"{summary}\n\n{doc}", severity))
    return out


def _rule(rule_id: str, summary: str, full: str, text: str, markdown: str, severity: str) -> dict[str, Any]:
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": " ".join(full.split())},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVEL[severity]},
        "properties": {"tags": ["performance", "database", "postgresql"], "precision": "high"},
    }


def _markdown(summary: str, sections: dict[str, str]) -> str:
    parts = [summary]
    for heading in ("What it finds", "Why it is slow", "How to fix it"):
        if sections.get(heading):
            parts += [f"## {heading}", sections[heading]]
    return "\n\n".join(parts)


def _finding_result(finding: Finding, index: dict[str, int], base: Path, fallback: Location,
                    state: str | None = None) -> dict[str, Any]:
    locations = [location(o, base) for o in finding.origins] or [fallback]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_physical(locations[0])],
        "partialFingerprints": {FINGERPRINT_KEY: _hash(finding.identity)},
        "properties": {"severity": finding.severity, "table": finding.table, "columns": list(finding.columns),
                       "queries": list(finding.queries), "evidence": jsonable(finding.evidence)},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    related = [dict(_physical(loc), id=i + 1) for i, loc in enumerate(locations[1:1 + MAX_RELATED])]
    if related:
        result["relatedLocations"] = related
    if finding.fix is not None:
        result["properties"]["fix"] = finding.fix.description
        if finding.fix.sql:
            result["properties"]["fix_sql"] = finding.fix.sql
    if state:
        result["baselineState"] = state
    return result


def _query_result(rule_id: str, query: QueryReport, message: str, level: str, index: dict[str, int], base: Path,
                  fallback: Location, state: str | None, suppressed: str | None = None) -> dict[str, Any]:
    locations = [location(o, base) for o in query.origins] or [fallback]
    result: dict[str, Any] = {
        "ruleId": rule_id,
        "ruleIndex": index[rule_id],
        "level": level,
        "message": {"text": f"{message} — query {query.fingerprint}: {' '.join(query.sql.split())[:200]}"},
        "locations": [_physical(locations[0])],
        "partialFingerprints": {FINGERPRINT_KEY: _hash(f"{rule_id}|{query.fingerprint}")},
        "properties": {"fingerprint": query.fingerprint, "ms": query.ms, "buffers": query.buffers},
    }
    if state:
        result["baselineState"] = state
    if suppressed:
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": suppressed}]
    return result


def _physical(loc: Location) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": loc.uri}}
    if loc.line:
        physical["region"] = {"startLine": loc.line}
    return {"physicalLocation": physical}


def _fallback_location(report: Report, base: Path) -> Location:
    """Findings without an origin point at the schema (code scanning needs a location)."""
    schema = report.inputs.get("schema") or []
    if schema:
        return Location(relative(schema[0], base))
    return Location("dbperf.toml")


def _hash(identity: str) -> str:
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
