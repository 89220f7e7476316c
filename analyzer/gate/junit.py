"""JUnit XML (`--format junit`): the gate as test results for CI dashboards (GitLab, Jenkins, Azure, …).

Two suites. `dbperf.queries`: one test case per query group, failing when
something that fails the gate involves it (a blocking finding, a
regression, a time limit); groups dbperf could not measure are skipped.
`dbperf.rules`: one test case per rule (plus the gate's `plan-regression`
and `slow-query`), failing when the rule has a blocking finding; rules that
did not run are skipped. Non-blocking findings go to `system-out`.
Written with `xml.etree`, so any JUnit parser reads it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from dbperf.gate.model import GateResult
from dbperf import humanize
from dbperf.report.locations import location, repo_root
from dbperf.rules import all_rules


def render_junit(gate: GateResult, *, rules_run: list[str] | None = None) -> str:
    base = repo_root(Path(gate.root).resolve())
    report = gate.report
    root = ET.Element("testsuites", name="dbperf")

    queries = ET.SubElement(root, "testsuite", name="dbperf.queries")
    failing_queries: dict[str, list[tuple[str, str]]] = {}
    for g in gate.blocking_findings:
        for fp in g.finding.queries:
            failing_queries.setdefault(fp, []).append((g.finding.rule, f"{g.finding.severity} {g.finding.rule}: "
                                                                      f"{g.finding.message}"))
    for r in gate.blocking_regressions:
        failing_queries.setdefault(r.query.fingerprint, []).append(("plan-regression", f"regression: {r.message()}"))
    for s in gate.blocking_slow:
        failing_queries.setdefault(s.query.fingerprint, []).append(("slow-query", f"slow: {s.message()}"))
    for q in report.queries:
        loc = location(q.origins[0], base) if q.origins else None
        sql = " ".join(q.sql.split())
        case = ET.SubElement(queries, "testcase", classname="dbperf.queries",
                             name=f"{loc or q.fingerprint} {sql[:80]}",
                             time=f"{(q.ms or 0) / 1000:.6f}")
        if loc is not None:
            case.set("file", loc.uri)
            if loc.line:
                case.set("line", str(loc.line))
        problems = failing_queries.get(q.fingerprint)
        if problems:
            failure = ET.SubElement(case, "failure", type=problems[0][0], message=problems[0][1][:500])
            failure.text = "\n".join(text for _, text in problems)
        elif not q.measured:
            ET.SubElement(case, "skipped", message=f"not measured: {q.error}")
        ET.SubElement(case, "system-out").text = (
            f"fingerprint {q.fingerprint}\n{sql}\nmedian {humanize.duration(q.ms)} · buffers {humanize.count(q.buffers)}"
            + (f"\nplan {q.plan.shape()}" if q.plan is not None else ""))
    _counts(queries)

    rules = ET.SubElement(root, "testsuite", name="dbperf.rules")
    ran = set(rules_run) if rules_run is not None else None
    ids = [r.id for r in all_rules()]
    for rule_id in ids + ["plan-regression", "slow-query"]:
        case = ET.SubElement(rules, "testcase", classname="dbperf.rules", name=rule_id, time="0")
        if ran is not None and rule_id in ids and rule_id not in ran:
            ET.SubElement(case, "skipped", message="rule disabled or not selected")
            continue
        if rule_id == "plan-regression":
            lines = [f"{r.query.origins[0] if r.query.origins else r.query.fingerprint}: {r.message()}"
                     for r in gate.blocking_regressions]
            others: list[str] = [f"{r.query.fingerprint}: {r.message()}" for r in gate.plan_changes]
        elif rule_id == "slow-query":
            lines = [f"{s.query.origins[0] if s.query.origins else s.query.fingerprint}: {s.message()}"
                     for s in gate.blocking_slow]
            others = []
        else:
            lines = [_line(g.finding) for g in gate.blocking_findings if g.finding.rule == rule_id]
            others = [f"[{g.status}] {_line(g.finding)}" for g in gate.findings
                      if g.finding.rule == rule_id and not g.blocking]
        if lines:
            failure = ET.SubElement(case, "failure", type=rule_id,
                                    message=f"{humanize.plural(len(lines), 'failing finding')}: {lines[0][:400]}")
            failure.text = "\n".join(lines)
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(others)
    _counts(rules)
    _counts(root, suites=[queries, rules])
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _line(finding) -> str:
    where = f" {finding.table}" + (f" ({', '.join(finding.columns)})" if finding.columns else "") if finding.table else ""
    at = f" at {finding.origins[0]}" if finding.origins else ""
    return f"{finding.severity} {finding.rule}{where}: {finding.message}{at}"


def _counts(element: ET.Element, suites: list[ET.Element] | None = None) -> None:
    cases = [c for s in suites for c in s.iter("testcase")] if suites else list(element.iter("testcase"))
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
    element.set("errors", "0")
    element.set("skipped", str(sum(1 for c in cases if c.find("skipped") is not None)))
    element.set("time", f"{sum(float(c.get('time', '0')) for c in cases):.6f}")
