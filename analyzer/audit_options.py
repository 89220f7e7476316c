"""The options of an audit (`dbperf audit`, `check`, `advise`, `seed` fill them) and the checks
that stop a meaningless one before anything slow runs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dbperf.config import Config
from dbperf.diagnostics import DbperfError, Origin, Problems
from dbperf.findings import SEVERITIES
from dbperf.postgres.open import SUPPORTED_POSTGRES
from dbperf.rules import all_rules


@dataclass
class AuditOptions:
    seed: int | None = None  # None: the config's
    scale: float | None = None
    server_uri: str | None = None  # a server dbperf owns (tests share one); None: start an embedded one
    rules: list[str] | None = None  # only these rule ids
    # Each of these overrides its [database] setting in dbperf.toml when not None (see docs/cache.md).
    cache: bool | None = None  # reuse a cached seeded database; False: --no-cache; server_uri: only if True
    memo: bool = True  # reuse the measurements kept with a cached seeded database; False: measure afresh
    cache_dir: Path | None = None
    dsn: str | None = None  # audit an existing database: read-only, rolled back, no seeding
    allow_writes: bool | None = None  # with dsn: EXPLAIN ANALYZE writes too, still rolled back
    postgres: str | None = None  # "14".."18": a postgres:NN container (docker extra) instead of the embedded 18
    keep: bool = False  # leave the seeded database (and its server) running; report.database["uri"] says where
    rows: dict[str, int] | None = None  # per-table row counts at scale 1, over [seed] rows
    seed_only: bool = False  # stop after seeding (`dbperf seed`): no EXPLAIN, no rules
    stats: Path | None = None  # stats.json (`dbperf stats export`): production's row counts and distributions
    advise: bool = False  # also run the index advisor (workload-level proposals) after the rules
    format_in: str | None = None  # read every capture as this format (`--format-in`) instead of sniffing
    jobs: int = 1  # connections measuring reads and running the rules side by side (1: one after another)


MAX_DEFAULT_JOBS = 8  # more connections than this add little: the schedule's longest query bounds it


def default_jobs() -> int:
    """`--jobs` when not given: the cores (at most MAX_DEFAULT_JOBS). With as many connections as
    cores, PostgreSQL's parallel workers are capped at 0 (explain/pool.py), so plans and buffers
    do not depend on how many cores the machine has."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_JOBS))


def check_options(options: AuditOptions, config: Config) -> None:
    """Options that make the audit meaningless stop it at once, with what to do."""
    if options.dsn and options.keep:
        raise DbperfError("--keep has nothing to keep with --dsn", hint="--keep leaves a seeded scratch database running")
    if (options.dsn or config.database.dsn) and options.stats:
        raise DbperfError("--stats has nothing to seed with --dsn: the database's own data is measured",
                          hint="leave out --stats to audit the database, or --dsn to seed production's distributions")
    if options.stats is None and config.stats is not None and not config.stats.is_file():
        raise DbperfError(f"{config.source}: [seed] stats = {config.stats}: no such file",
                          hint="create it with: dbperf stats export --dsn URI -o stats.json (paths are relative "
                          "to dbperf.toml)")
    if options.postgres is not None and str(options.postgres) not in SUPPORTED_POSTGRES:
        raise DbperfError(f"--postgres {options.postgres} is not supported",
                          hint=f"use one of: {', '.join(SUPPORTED_POSTGRES)}")
    if options.rules:
        known = [r.id for r in all_rules()]
        unknown = [r for r in options.rules if r not in known]
        if unknown:
            raise DbperfError(f"unknown rule {', '.join(repr(r) for r in unknown)}",
                              hint=f"known rules: {', '.join(known)} (dbperf rules lists them)")
    if not config.scale > 0:
        where = "--scale" if options.scale is not None else f"scale in {config.source or 'dbperf.toml'}"
        raise DbperfError(f"{where} must be a number above 0, not {config.scale:g}",
                          hint="1 seeds the row counts of dbperf.toml as written, 0.1 a tenth of them")


def check_rule_settings(config: Config, problems: Problems) -> None:
    """`[rules]` entries naming no rule (a typo) would silently do nothing: say so, go on."""
    known = {r.id for r in all_rules()}
    origin = Origin(str(config.source)) if config.source else None
    hint = f"known rules: {', '.join(sorted(known))}"
    for rule_id in config.disabled_rules:
        if rule_id not in known:
            problems.add("config", f"[rules] disable names unknown rule {rule_id!r}; nothing was disabled for it",
                         origin, hint=hint)
    for rule_id, severity in config.severity.items():
        if rule_id not in known:
            problems.add("config", f"[rules] severity names unknown rule {rule_id!r}", origin, hint=hint)
        elif severity not in SEVERITIES:
            problems.add("config", f"[rules] severity of {rule_id} is {severity!r}, which is not a severity; "
                         "the rule's default is used", origin, hint=f"use one of: {', '.join(SEVERITIES)}")
