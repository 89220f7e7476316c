"""Pass or fail: an audit's report against the thresholds and, when there is one, a baseline.

Without a baseline every finding of severity ≥ `fail_on` fails the gate, and
so does any query group above its `max_query_ms` limit. With a baseline only
what is new fails:

- a finding whose identity (rule + table + columns + query fingerprints) the
  baseline lacks. A finding that only gained queries the baseline already
  knew is the same problem (`existing`); one that gained a query group new
  to the workload is `new` (a PR added a query with that problem). A finding
  whose severity went up is `worse` and counts as new;
- a regression of a query group present in both: its shared buffers grew
  more than `max_regression_pct` (and by at least `min_regression_buffers`,
  800 kB: below that it is noise) — buffers and plan shape are the primary
  signal, the same seed gives the same data; or its median time grew past
  max(`time_factor` × baseline, baseline + `time_margin_ms`, the percentage)
  — time is secondary, hence the wide margin, and counts only when the plan changed or read more
  buffers (the same plan over the same buffers, slower, is machine load: a busy 2-core runner
  made the unchanged saas example fail its own baseline at +239 %); or it was measured in the
  baseline and cannot be measured now. A changed plan shape without worse
  buffers or time is reported, never fatal;
- a query over its time limit that was within it (or absent) in the baseline.

Findings of the baseline that are gone are reported as fixed. `[[ignore]]`
entries exempt what they match (a finding; a regression or slow query with
`rule = "plan-regression"` / `"slow-query"` or no rule and a `query`);
expired ones exempt nothing and are reported, and so are ignores that match
nothing.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections import Counter
from pathlib import Path

from dbperf.config import Config, GateSettings, Ignore
from dbperf.findings import SEVERITIES, Finding
from dbperf.gate.baseline import Baseline, BaselineFinding, BaselineQuery
from dbperf.gate.model import (
    EXISTING,
    IGNORED,
    NEW,
    REGRESSION_RULE,
    SLOW_RULE,
    WORSE,
    GateFinding,
    GateResult,
    IgnoreNote,
    Regression,
    SlowQuery,
)
from dbperf.report.locations import relative, split_origin
from dbperf.report.model import QueryReport, Report


def evaluate(report: Report, config: Config, baseline: Baseline | None = None, *, root: Path | None = None,
             rules_run: list[str] | None = None, today: dt.date | None = None) -> GateResult:
    """Decide. `rules_run`: rule ids that ran (baseline findings of other rules are not "fixed")."""
    settings = config.gate
    root = root or config.root
    result = GateResult(report=report, settings=settings, root=root,
                        baseline=(baseline.source or "baseline") if baseline is not None else None)
    matcher = _Ignores(config.ignores, root, today)
    fail_rank = SEVERITIES.index(settings.fail_on)

    if baseline is not None:
        _check_comparable(baseline, report, result)
    known_queries = {q.fingerprint for q in baseline.queries} if baseline is not None else set()
    matched_baseline: set[str] = set()
    for finding in report.findings:
        status, note, before = NEW, "", None
        if baseline is not None:
            before, note = _match(finding, baseline, known_queries)
            if before is not None:
                matched_baseline.add(before.identity)
                worse = SEVERITIES.index(finding.severity) < SEVERITIES.index(before.severity)
                status = WORSE if worse else (NEW if note else EXISTING)
        ignore = matcher.finding(finding)
        if ignore is not None:
            status = IGNORED
        counts = SEVERITIES.index(finding.severity) <= fail_rank
        blocking = counts and status in (NEW, WORSE)
        result.findings.append(GateFinding(finding, status, blocking, ignore, note))

    if baseline is not None:
        ran = set(rules_run) if rules_run is not None else {f.rule for f in report.findings} | set(baseline.rules)
        result.fixed = sorted((f for f in baseline.findings if f.identity not in matched_baseline and f.rule in ran),
                              key=lambda f: (SEVERITIES.index(f.severity), f.identity))
        current = {q.fingerprint for q in report.queries}
        result.new_queries = [q for q in report.queries if q.fingerprint not in known_queries]
        result.removed_queries = [q for q in baseline.queries if q.fingerprint not in current]
        for query in report.queries:
            before = baseline.query(query.fingerprint)
            if before is None:
                continue
            regression = _regression(query, before, settings)
            if regression is None:
                continue
            if regression.regressed:
                regression.ignored_by = matcher.query(query, REGRESSION_RULE)
                regression.blocking = regression.ignored_by is None
                result.regressions.append(regression)
            else:
                result.plan_changes.append(regression)
        result.regressions.sort(key=lambda r: (-r.buffers_ratio, r.query.fingerprint))
        result.plan_changes.sort(key=lambda r: (-r.buffers_ratio, r.query.fingerprint))

    for query in report.queries:
        slow = _slow(query, settings, root, baseline)
        if slow is not None:
            slow.ignored_by = matcher.query(query, SLOW_RULE)
            slow.blocking = slow.blocking and slow.ignored_by is None
            result.slow.append(slow)

    result.incomplete = incomplete(report)
    if not settings.fail_on_incomplete:
        result.warnings += [f"{what} — not checked by this run" for what in result.incomplete]
    result.ignores = matcher.notes()
    result.warnings += [n.message() for n in result.ignores if n.status != "applied"]
    return result


def incomplete(report: Report) -> list[str]:
    """What this audit could not check: the gate fails closed on it (`fail_on_incomplete`).

    A stage or rule that could not run (a problem of severity error: a crashed rule, a table
    that could not be seeded, a DDL statement that failed) and every query group that could not
    be measured (but one on a foreign table, noted as such). A pass would otherwise vouch for what
    nobody looked at.
    """
    out = [f"{p.stage}: {p}" for p in report.problems if p.severity == "error"]
    for query in report.queries:
        if query.error is not None and not query.skipped:  # a foreign table's query: noted, not a gap
            where = f"{query.origins[0]}: " if query.origins else ""
            out.append(f"explain: {where}query not measured ({query.error})")
    return out


def _check_comparable(baseline: Baseline, report: Report, result: GateResult) -> None:
    seed, scale = report.database.get("seed"), report.database.get("scale")
    if baseline.seed is not None and seed is not None and baseline.seed != seed:
        result.warnings.append(f"the baseline was measured with seed {baseline.seed}, this run with seed {seed}: "
                               "buffers and times do not compare; regenerate the baseline")
    if baseline.scale is not None and scale is not None and float(baseline.scale) != float(scale):
        result.warnings.append(f"the baseline was measured at scale {baseline.scale:g}, this run at scale "
                               f"{scale:g}: buffers and times do not compare; regenerate the baseline")


def _match(finding: Finding, baseline: Baseline, known_queries: set[str]) -> tuple[BaselineFinding | None, str]:
    """The baseline finding this one continues, and a note when it now involves queries new to the workload."""
    by_identity = {f.identity: f for f in baseline.findings}
    exact = by_identity.get(finding.identity)
    if exact is not None:
        return exact, ""
    key = (finding.rule, finding.table or "", tuple(finding.columns))
    queries = set(finding.queries)
    for before in baseline.findings:
        if before.key != key:
            continue
        if queries & set(before.queries) or not (queries or before.queries):
            added = sorted(q for q in queries - set(before.queries) if q not in known_queries)
            note = f"now also involves {len(added)} new quer{'y' if len(added) == 1 else 'ies'}" if added else ""
            return before, note
    return None, ""


def _regression(query: QueryReport, before: BaselineQuery, settings: GateSettings) -> Regression | None:
    if not before.measured:
        return None
    if not query.measured or query.plan is None:
        if query.error and query.error != "not measured":
            return Regression(query, before, plan_changed=False, unmeasurable=True)
        return None
    shape = query.plan.shape()
    changed = shape != before.shape
    pct = settings.max_regression_pct / 100
    buffers = False
    if before.buffers is not None and query.buffers is not None:
        grew = query.buffers - before.buffers
        buffers = query.buffers > before.buffers * (1 + pct) and grew >= settings.min_regression_buffers
    slower = False
    if settings.time_regressions and before.ms is not None and query.ms is not None:
        limit = max(before.ms * (1 + pct), before.ms * settings.time_factor, before.ms + settings.time_margin_ms)
        # time only corroborates: the same plan reading the same buffers slower is machine load
        grew = query.buffers is not None and before.buffers is not None and query.buffers > before.buffers
        slower = query.ms > limit and (changed or grew)
    if not (changed or buffers or slower):
        return None
    regression = Regression(query, before, changed, buffers, slower)
    if changed:
        old, new = Counter(_nodes(before.shape or "")), Counter(_nodes(shape))
        regression.removed_nodes = sorted((old - new).elements())
        regression.added_nodes = sorted((new - old).elements())
    return regression


def _nodes(shape: str) -> list[str]:
    """The node labels of a `Plan.shape()` string ('Sort(Seq Scan on posts)' → ['Sort', 'Seq Scan on posts'])."""
    labels, current = [], []
    for ch in shape:
        if ch in "(),":
            label = "".join(current).strip()
            if label:
                labels.append(label)
            current = []
        else:
            current.append(ch)
    label = "".join(current).strip()
    if label:
        labels.append(label)
    return labels


def _slow(query: QueryReport, settings: GateSettings, root: Path, baseline: Baseline | None) -> SlowQuery | None:
    if query.ms is None or not query.measured:
        return None
    limit, source = settings.max_query_ms, "max_query_ms"
    override = _override(query, settings.max_query_ms_for, root)
    if override is not None:
        source, limit = override
        source = f"max_query_ms_for {source!r}"
    if limit is None or query.ms <= limit:
        return None
    before = baseline.query(query.fingerprint) if baseline is not None else None
    before_ms = before.ms if before is not None else None
    # Against a baseline only a new breach fails: the query was within the limit, or did not exist.
    blocking = baseline is None or before_ms is None or before_ms <= limit
    return SlowQuery(query, limit, source, before_ms, blocking)


def _override(query: QueryReport, overrides: dict[str, float], root: Path) -> tuple[str, float] | None:
    """A per-query limit: by fingerprint first, then by origin file (a glob relative to the project root)."""
    if query.fingerprint in overrides:
        return query.fingerprint, overrides[query.fingerprint]
    files = [_origin_file(o, root) for o in query.origins]
    for pattern, limit in overrides.items():
        if any(fnmatch.fnmatch(f, pattern) or f.endswith("/" + pattern) for f in files):
            return pattern, limit
    return None


def _origin_file(origin: str, root: Path) -> str:
    path, _ = split_origin(origin)
    return relative(path, root)


class _Ignores:
    """Applies `[[ignore]]` entries and remembers which ones matched."""

    def __init__(self, ignores: list[Ignore], root: Path, today: dt.date | None) -> None:
        self.ignores = ignores
        self.root = root
        self.today = today
        self.matched: Counter[int] = Counter()

    def finding(self, finding: Finding) -> Ignore | None:
        for ignore in self.ignores:
            if ignore.rule is not None and ignore.rule != finding.rule:
                continue
            if ignore.table is not None and ignore.table != finding.table:
                continue
            if ignore.columns is not None and tuple(ignore.columns) != tuple(finding.columns):
                continue
            if ignore.query is not None and not self._query_matches(ignore.query, finding.queries, finding.origins):
                continue
            return self._hit(ignore)
        return None

    def query(self, query: QueryReport, rule: str) -> Ignore | None:
        for ignore in self.ignores:
            if ignore.query is None or ignore.table is not None or ignore.columns is not None:
                continue
            if ignore.rule not in (None, rule):
                continue
            if self._query_matches(ignore.query, (query.fingerprint,), query.origins):
                return self._hit(ignore)
        return None

    def _hit(self, ignore: Ignore) -> Ignore | None:
        self.matched[ignore.index] += 1
        return None if ignore.expired(self.today) else ignore

    def _query_matches(self, pattern: str, fingerprints: tuple[str, ...], origins: tuple[str, ...]) -> bool:
        if pattern in fingerprints:
            return True
        files = [_origin_file(o, self.root) for o in origins]
        return any(fnmatch.fnmatch(f, pattern) or f.endswith("/" + pattern) or
                   fnmatch.fnmatch(o, pattern) for f, o in zip(files, origins))

    def notes(self) -> list[IgnoreNote]:
        notes = []
        for ignore in self.ignores:
            n = self.matched[ignore.index]
            status = "expired" if ignore.expired(self.today) else "applied" if n else "unmatched"
            notes.append(IgnoreNote(ignore, status, n))
        return notes
