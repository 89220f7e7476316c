"""The gate's two jobs, callable without the CLI: `run_check` (decide) and `run_baseline` (record)."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from dbperf.config import BASELINE_FILE, Config
from dbperf.diagnostics import DbperfError
from dbperf.gate.against import other_version
from dbperf.gate.baseline import Baseline, from_report, load
from dbperf.gate.decide import evaluate
from dbperf.gate.model import GateResult
from dbperf.pipeline import UI, AuditOptions, AuditResult, empty_tables_error, run_audit
from dbperf.project import Project, discover
from dbperf.rules import all_rules


@dataclass
class CheckOptions:
    baseline: Path | None = None  # explicit --baseline; None: [gate] baseline or PATH/.dbperf-baseline.json if present
    use_baseline: bool = True  # False: --no-baseline, thresholds only
    against: str | None = None  # a git ref or a directory: its baseline is built in memory
    fail_on: str | None = None  # overrides [gate]
    max_query_ms: float | None = None
    max_regression_pct: float | None = None
    audit: AuditOptions = field(default_factory=AuditOptions)


@dataclass
class CheckRun:
    result: GateResult
    audit: AuditResult
    project: Project
    baseline: Baseline | None = None


def rules_run(config: Config, only: list[str] | None) -> list[str]:
    return [r.id for r in all_rules() if r.id not in config.disabled_rules and (not only or r.id in only)]


def baseline_path(project: Project, explicit: Path | None = None) -> Path:
    return explicit or project.config.gate.baseline or project.root / BASELINE_FILE


def run_check(path: Path, schema: list[Path] | None = None, queries: list[Path] | None = None,
              options: CheckOptions | None = None, ui: UI | None = None) -> CheckRun:
    options = options or CheckOptions()
    project = discover(path, schema or None, queries or None)
    _apply_overrides(project.config, options)
    baseline: Baseline | None = None
    if options.against is None and options.use_baseline:
        file = baseline_path(project, options.baseline)
        if options.baseline is not None or file.is_file():
            baseline = load(file)  # before the audit: a broken baseline must not cost one
    only = options.audit.rules
    with ExitStack() as stack:
        audit_options = options.audit
        if options.against is not None:
            # One server, two scratch databases, the same seed and scale for both versions.
            audit_options = replace(audit_options, seed=audit_options.seed if audit_options.seed is not None
                                    else project.config.seed,
                                    scale=audit_options.scale if audit_options.scale is not None
                                    else project.config.scale)
            if audit_options.server_uri is None:
                from dbperf.postgres.embedded import EmbeddedPostgres

                audit_options.server_uri = stack.enter_context(EmbeddedPostgres()).uri
            other = stack.enter_context(other_version(path, options.against))
            try:
                other_project = discover(other.root, [other.map(p) for p in schema] if schema else None,
                                         [other.map(p) for p in queries] if queries else None)
                other_audit = run_audit(other_project, audit_options, ui)
            except DbperfError as exc:
                raise DbperfError(f"the version at {other.label}: {exc.message}", hint=exc.hint) from exc
            baseline = from_report(other_audit.report, rules_run(other_project.config, only), root=other_project.root)
            baseline.source = other.label
        audit = run_audit(project, audit_options, ui)
    result = evaluate(audit.report, project.config, baseline, root=project.root,
                      rules_run=rules_run(project.config, only))
    result.empty = list(audit.empty)  # exit 2, as the audit does (GateResult.exit_code)
    return CheckRun(result, audit, project, baseline)


def run_baseline(path: Path, schema: list[Path] | None = None, queries: list[Path] | None = None,
                 audit_options: AuditOptions | None = None, ui: UI | None = None) -> tuple[Baseline, Project]:
    audit_options = audit_options or AuditOptions()
    project = discover(path, schema or None, queries or None)
    audit = run_audit(project, audit_options, ui)
    if audit.empty:  # a baseline of plans measured on no data would vouch for nothing
        raise empty_tables_error(audit.empty)
    baseline = from_report(audit.report, rules_run(project.config, audit_options.rules), root=project.root)
    return baseline, project


def _apply_overrides(config: Config, options: CheckOptions) -> None:
    gate = config.gate
    if options.fail_on is not None:
        if options.fail_on not in ("error", "warning", "info"):
            raise DbperfError(f"--fail-on {options.fail_on!r}", hint="use error, warning or info")
        gate.fail_on = options.fail_on
    if options.max_query_ms is not None:
        if options.max_query_ms <= 0:
            raise DbperfError("--max-query-ms must be above 0", hint="a limit in milliseconds, e.g. 500")
        gate.max_query_ms = options.max_query_ms
    if options.max_regression_pct is not None:
        if options.max_regression_pct < 0:
            raise DbperfError("--max-regression must be 0 or more", hint="a percentage, e.g. 25")
        gate.max_regression_pct = options.max_regression_pct
