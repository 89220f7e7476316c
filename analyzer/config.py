"""`dbperf.toml` (or `[tool.dbperf]` in pyproject.toml): every option has a default.

Example::

    schema = "drizzle"                 # folder, .sql file or pg_dump output
    queries = ["queries/"]             # files or folders of captures
    search_path = ["auth", "public"]   # the one the app's queries run with (default: public)

    [seed]
    seed = 42
    scale = 1.0
    rows = { user = 50000, orders = 200000 }

    [seed.columns."orders.status"]     # a column's distribution (docs/seeding.md)
    values = { done = 0.95, failed = 0.04 }   # value = share of rows; the rest: usual values
    null_fraction = 0.01
    # or: values = ["a", "b", "c"] with distribution = "uniform" | "zipf" | "normal",
    #     min = 1, max = 500 (numbers, dates), n_distinct = 1000

    [thresholds]
    large_table_rows = 10000
    n_plus_one_min_calls = 5
    unbounded_rows = 1000

    [rules]
    disable = ["unused-index"]
    severity = { over-select = "info" }

    [gate]                             # `dbperf check`: what fails the build
    fail_on = "error"                  # or "warning"
    max_query_ms = 500                 # median EXPLAIN ANALYZE time of any query group
    max_regression_pct = 25            # growth of a query's shared buffers (or time) vs the baseline
    baseline = ".dbperf-baseline.json"

    [gate.max_query_ms_for]            # per-query limits: by fingerprint or origin file (glob)
    "queries/reports.sql" = 5000

    [[ignore]]                         # a known finding the gate must not fail on
    rule = "missing-index"
    table = "orders"
    columns = ["status"]
    reason = "monthly report, runs on a replica"   # required
    expires = "2027-01-01"                          # optional: after it, the finding counts again
"""

from __future__ import annotations

import datetime as dt
import difflib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dbperf.diagnostics import DbperfError, Origin

DSN_SCHEMES = ("postgresql://", "postgres://")  # a schema source read with pg_dump (schema/dump.py)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = "dbperf.toml"
BASELINE_FILE = ".dbperf-baseline.json"
FAIL_ON = ("error", "warning", "info")


@dataclass
class GateSettings:
    """`[gate]`: what makes `dbperf check` fail. Every value has a default."""

    fail_on: str = "error"  # findings of this severity or worse fail the gate
    max_query_ms: float | None = None  # median time limit of any query group (None: no limit)
    max_query_ms_for: dict[str, float] = field(default_factory=dict)  # fingerprint or origin glob -> limit
    max_regression_pct: float = 25.0  # allowed growth of shared buffers (and time) vs the baseline
    min_regression_buffers: int = 100  # a growth smaller than this many buffers (800 kB) is noise
    time_factor: float = 3.0  # time regresses only past max(factor × baseline, baseline + margin):
    time_margin_ms: float = 50.0  # a busy 2-core runner doubles single timings, buffers never lie
    time_regressions: bool = True  # False: time never fails the gate against a baseline
    fail_on_incomplete: bool = True  # a crashed rule, an unmeasured query or a failed DDL statement: exit 2
    baseline: Path | None = None  # default: <root>/.dbperf-baseline.json when present


@dataclass
class Ignore:
    """One `[[ignore]]` entry: findings matching every given key do not fail the gate."""

    reason: str
    rule: str | None = None
    table: str | None = None
    columns: tuple[str, ...] | None = None
    query: str | None = None  # a fingerprint, or an origin file (glob, relative to the project root)
    expires: dt.date | None = None
    index: int = 0  # position in the file, for messages

    def expired(self, today: dt.date | None = None) -> bool:
        return self.expires is not None and (today or dt.date.today()) > self.expires

    def describe(self) -> str:
        parts = [f"{key}={value!r}" for key, value in (("rule", self.rule), ("table", self.table),
                                                    ("columns", list(self.columns) if self.columns is not None
                                                     else None), ("query", self.query)) if value is not None]
        return f"[[ignore]] #{self.index + 1} ({', '.join(parts) or 'matches everything'})"


@dataclass
class Config:
    root: Path = Path(".")
    schema: list[Path | str] = field(default_factory=list)  # paths, or postgresql:// URIs
    queries: list[Path] = field(default_factory=list)
    search_path: tuple[str, ...] = ("public",)  # schemas an unqualified table name is looked up in
    seed: int = 42
    scale: float = 1.0
    rows: dict[str, int] = field(default_factory=dict)  # per-table row counts at scale 1
    budget: int = 1_500_000  # rows of the whole database at scale 1 for the tables `rows` leaves out
    # Tables that may stay empty after seeding without failing the audit (True: any table)
    allow_empty: bool | list[str] = False
    stats: Path | None = None  # [seed] stats: a stats.json for every command (audit, check, advise, seed)
    # [seed.columns."table.column"]: raw entries with their dbperf.toml line (seed/profile.py reads them)
    column_overrides: dict[str, tuple[dict[str, Any], Origin | None]] = field(default_factory=dict)
    # (table key, column) -> seed.profile.ColumnProfile, checked against the schema before seeding
    profiles: dict[tuple[str, str], Any] = field(default_factory=dict)
    # (table key, index name) -> pg_stat_user_indexes.idx_scan in production, from stats.json
    index_scans: dict[tuple[str, str], int] = field(default_factory=dict)
    large_table_rows: int = 10_000  # a scan of fewer rows is never a problem worth naming
    n_plus_one_min_calls: int = 5  # same shape this many times in one session sequence
    unbounded_rows: int = 1_000  # rows a SELECT without LIMIT returns before unbounded-select reports it
    repeats: int = 3  # timed EXPLAIN ANALYZE runs per query group (median kept)
    statement_timeout_ms: int = 30_000
    index_build_timeout_ms: int = 600_000  # a trial or advised CREATE INDEX (a GIN on long text takes long)
    disabled_rules: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # rule id -> severity override
    gate: GateSettings = field(default_factory=GateSettings)
    ignores: list[Ignore] = field(default_factory=list)
    database: DatabaseSettings = field(default_factory=lambda: DatabaseSettings())  # [database] + cache
    source: Path | None = None  # the file this came from

    @classmethod
    def load(cls, root: Path) -> Config:
        """Read `root/dbperf.toml`, else `[tool.dbperf]` of `root/pyproject.toml`, else defaults."""
        config = cls(root=root)
        candidates = [(root / CONFIG_FILE, False), (root / "pyproject.toml", True)]
        for path, nested in candidates:
            if not path.is_file():
                continue
            try:
                data = tomllib.loads(path.read_text())
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise DbperfError(f"{path}: not valid TOML: {exc}", hint="fix the file or remove it") from exc
            if nested:
                data = data.get("tool", {}).get("dbperf")
                if data is None:
                    continue
            config.apply(data, path)
            break
        return config

    def apply(self, data: dict[str, Any], path: Path) -> None:
        self.source = path
        base = path.parent
        _known_keys(data, path)

        def paths(value: Any) -> list[Path]:
            items = value if isinstance(value, list) else [value]
            return [base / str(item) for item in items]

        def sources(value: Any) -> list[Path | str]:  # a postgresql:// URI stays as it is (schema/dump.py)
            items = value if isinstance(value, list) else [value]
            return [str(item) if str(item).startswith(DSN_SCHEMES) else base / str(item) for item in items]

        try:
            if "schema" in data:
                self.schema = sources(data["schema"])
            if "queries" in data:
                self.queries = paths(data["queries"])
            if "search_path" in data:
                self.search_path = _search_path(data["search_path"])
            seed = data.get("seed", {})
            thresholds = data.get("thresholds", {})
            _check_numbers(path, "seed", seed, {"seed": int, "scale": float, "budget": int})
            _check_numbers(path, "thresholds", thresholds, dict.fromkeys(SECTION_KEYS["thresholds"], int))
            self.seed = int(seed.get("seed", self.seed))
            self.scale = float(seed.get("scale", self.scale))
            self.rows = {str(k): int(v) for k, v in seed.get("rows", {}).items()}
            self.budget = int(_positive(seed.get("budget", self.budget), "[seed] budget"))
            self.allow_empty = _allow_empty(seed.get("allow_empty", self.allow_empty))
            if "stats" in seed:
                self.stats = base / str(seed["stats"])
            self.column_overrides = _columns(seed.get("columns", {}), path)
            self.large_table_rows = int(thresholds.get("large_table_rows", self.large_table_rows))
            self.n_plus_one_min_calls = int(thresholds.get("n_plus_one_min_calls", self.n_plus_one_min_calls))
            self.unbounded_rows = int(thresholds.get("unbounded_rows", self.unbounded_rows))
            self.statement_timeout_ms = int(thresholds.get("statement_timeout_ms", self.statement_timeout_ms))
            self.index_build_timeout_ms = int(thresholds.get("index_build_timeout_ms", self.index_build_timeout_ms))
            self.repeats = int(thresholds.get("repeats", self.repeats))
            rules = data.get("rules", {})
            self.disabled_rules = [str(r) for r in rules.get("disable", [])]
            self.severity = {str(k): str(v) for k, v in rules.get("severity", {}).items()}
        except (TypeError, ValueError, AttributeError) as exc:
            raise DbperfError(f"{path}: invalid setting: {exc}", hint="see docs/configuration.md") from exc
        self.gate = _gate(data.get("gate", {}), path)
        self.ignores = _ignores(data.get("ignore", []), path)
        self.database = _database(data.get("database", {}), path)


SECTION_KEYS = {  # the settings of each part of dbperf.toml ("" is the top level); [gate],
    # [[ignore]], [database] and [seed.columns."t.c"] check their own
    "": {"schema", "queries", "search_path", "seed", "thresholds", "rules", "gate", "ignore", "database"},
    "seed": {"seed", "scale", "rows", "budget", "columns", "stats", "allow_empty"},
    "thresholds": {"large_table_rows", "n_plus_one_min_calls", "unbounded_rows", "statement_timeout_ms",
                   "index_build_timeout_ms", "repeats"},
    "rules": {"disable", "severity"},
}


def _search_path(value: Any) -> tuple[str, ...]:
    """`["auth", "public"]` or PostgreSQL's own spelling `"auth, public"`; names as PostgreSQL stores them."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) and item.strip() for item in items):
        raise ValueError(f'search_path must be a list of schema names such as ["auth", "public"], not {value!r}')
    return tuple(item.strip() for item in items)


def _known_keys(data: dict[str, Any], path: Path) -> None:
    """A misspelt setting (`shema = …`) would be ignored silently and the run would not do what was
    asked: name it, with the closest known setting."""
    for section, known in SECTION_KEYS.items():
        table = data if not section else data.get(section, {})
        if not isinstance(table, dict):
            raise DbperfError(f"{path}: [{section}] must be a table", hint="see docs/configuration.md")
        for key in sorted(set(table) - known):
            where = f"[{section}] setting" if section else "top-level setting"
            close = difflib.get_close_matches(str(key), sorted(known), n=1)
            raise DbperfError(f"{path}:{_line_of(path, key)}: unknown {where} {key!r}"
                              + (f" (did you mean {close[0]!r}?)" if close else ""),
                              hint=f"known: {', '.join(sorted(known))} (docs/configuration.md)")


def _check_numbers(path: Path, section: str, table: Any, kinds: dict[str, type]) -> None:
    """A setting that must be a number and is not (`scale = "big"`) stops the run at its file:line."""
    if not isinstance(table, dict):
        return
    for key, kind in kinds.items():
        if key not in table:
            continue
        value = table[key]
        ok = not isinstance(value, bool) and isinstance(value, (int, float) if kind is float else int)
        if not ok:
            noun = "a number" if kind is float else "a whole number"
            raise DbperfError(f"{path}:{_line_of(path, key)}: [{section}] {key} must be {noun}, "
                              f"not {value!r}", hint="see docs/configuration.md")


def _line_of(path: Path, key: str) -> int:
    """The first line of `path` that sets `key` (1 when it cannot be told)."""
    try:
        for number, text in enumerate(path.read_text().splitlines(), 1):
            stripped = text.strip().strip('"').strip("'")
            if stripped.startswith(key) and stripped[len(key):].lstrip(" \"'").startswith("="):
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 1


COLUMN_KEYS = {"values", "distribution", "null_fraction", "min", "max", "n_distinct"}
DISTRIBUTIONS = ("uniform", "zipf", "normal")  # how seed/profile.py draws the values of a column


def _columns(data: Any, path: Path) -> dict[str, tuple[dict[str, Any], Origin | None]]:
    """`[seed.columns."table.column"]` entries, checked for shape; the schema checks them later."""
    hint = "see docs/seeding.md for [seed.columns]"
    if not isinstance(data, dict):
        raise DbperfError(f"{path}: [seed.columns] must be a table of \"table.column\" entries", hint=hint)
    try:
        lines = path.read_text().splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    found: dict[str, tuple[dict[str, Any], Origin | None]] = {}
    for name, entry in data.items():
        line = next((i for i, text in enumerate(lines, 1) if f'"{name}"' in text or f"'{name}'" in text), 0)
        where = f"{path}:{line}" if line else str(path)
        if "." not in name or not isinstance(entry, dict):
            raise DbperfError(f'{where}: [seed.columns."{name}"] must be a table named "table.column"', hint=hint)
        unknown = sorted(set(entry) - COLUMN_KEYS)
        if unknown:
            raise DbperfError(f'{where}: unknown [seed.columns."{name}"] setting '
                              f"{', '.join(repr(k) for k in unknown)}",
                              hint=f"known settings: {', '.join(sorted(COLUMN_KEYS))}")
        null = entry.get("null_fraction", 0)
        if isinstance(null, bool) or not isinstance(null, (int, float)) or not 0 <= null <= 1:
            raise DbperfError(f'{where}: null_fraction of "{name}" must be a number from 0 to 1', hint=hint)
        values = entry.get("values")
        if values is not None and not isinstance(values, (list, dict)):
            raise DbperfError(f'{where}: values of "{name}" must be a list or a table of value = share', hint=hint)
        if isinstance(values, dict) and not (
                all(isinstance(f, (int, float)) and not isinstance(f, bool) and f >= 0 for f in values.values())
                and sum(values.values()) <= 1 + 1e-9):
            raise DbperfError(f'{where}: the shares in values of "{name}" must be numbers ≥ 0 adding up to ≤ 1',
                              hint='e.g. values = { done = 0.95, failed = 0.04 } (the rest: usual values)')
        if "distribution" in entry and entry["distribution"] not in DISTRIBUTIONS:
            raise DbperfError(f'{where}: distribution of "{name}" must be one of {", ".join(DISTRIBUTIONS)}',
                              hint=hint)
        if "n_distinct" in entry and (isinstance(entry["n_distinct"], bool)
                                      or not isinstance(entry["n_distinct"], (int, float))):
            raise DbperfError(f'{where}: n_distinct of "{name}" must be a number', hint=hint)
        found[str(name)] = (dict(entry), Origin(str(path), line))
    return found


GATE_KEYS = {
    "fail_on", "max_query_ms", "max_query_ms_for", "max_regression_pct", "min_regression_buffers",
    "time_factor", "time_margin_ms", "time_regressions", "fail_on_incomplete", "baseline",
}
IGNORE_KEYS = {"rule", "table", "columns", "query", "reason", "expires"}


def _allow_empty(value: Any) -> bool | list[str]:
    """`[seed] allow_empty`: true (any table) or a list of table names."""
    if isinstance(value, bool):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"allow_empty must be true, false or a list of table names, not {value!r}")


def allows_empty(config: Config, table: str, qualified: str | None = None) -> bool:
    """`[seed] allow_empty` lets `table` (bare or schema-qualified name) stay empty."""
    allowed = config.allow_empty
    return allowed is True or (isinstance(allowed, list) and (table in allowed or qualified in allowed))


def _gate(data: Any, path: Path) -> GateSettings:
    """`[gate]`; a typo here would silently weaken a CI gate, so unknown keys are errors."""
    hint = "see docs/ci.md for the [gate] settings"
    if not isinstance(data, dict):
        raise DbperfError(f"{path}: [gate] must be a table", hint=hint)
    unknown = sorted(set(data) - GATE_KEYS)
    if unknown:
        raise DbperfError(f"{path}: unknown [gate] setting {', '.join(repr(k) for k in unknown)}",
                          hint=f"known settings: {', '.join(sorted(GATE_KEYS))}")
    gate = GateSettings()
    try:
        gate.fail_on = str(data.get("fail_on", gate.fail_on)).lower()
        if "max_query_ms" in data:
            gate.max_query_ms = _positive(data["max_query_ms"], "max_query_ms")
        overrides = data.get("max_query_ms_for", {})
        if not isinstance(overrides, dict):
            raise ValueError("max_query_ms_for must be a table of \"fingerprint or file\" = ms")
        gate.max_query_ms_for = {str(k): _positive(v, f"max_query_ms_for.{k}") for k, v in overrides.items()}
        gate.max_regression_pct = _positive(data.get("max_regression_pct", gate.max_regression_pct),
                                            "max_regression_pct", zero=True)
        gate.min_regression_buffers = int(data.get("min_regression_buffers", gate.min_regression_buffers))
        gate.time_factor = _positive(data.get("time_factor", gate.time_factor), "time_factor")
        gate.time_margin_ms = _positive(data.get("time_margin_ms", gate.time_margin_ms), "time_margin_ms", zero=True)
        regress = data.get("time_regressions", gate.time_regressions)
        if not isinstance(regress, bool):
            raise ValueError("time_regressions must be true or false")
        gate.time_regressions = regress
        incomplete = data.get("fail_on_incomplete", gate.fail_on_incomplete)
        if not isinstance(incomplete, bool):
            raise ValueError("fail_on_incomplete must be true or false")
        gate.fail_on_incomplete = incomplete
        if "baseline" in data:
            gate.baseline = path.parent / str(data["baseline"])
    except (TypeError, ValueError) as exc:
        raise DbperfError(f"{path}: invalid [gate] setting: {exc}", hint=hint) from exc
    if gate.fail_on not in FAIL_ON:
        raise DbperfError(f"{path}: [gate] fail_on is {gate.fail_on!r}",
                          hint=f"use one of: {', '.join(FAIL_ON)}")
    return gate


def _positive(value: Any, name: str, zero: bool = False) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, not {value!r}")
    number = float(value)
    if number < 0 or (number == 0 and not zero):
        raise ValueError(f"{name} must be {'0 or more' if zero else 'above 0'}, not {value!r}")
    return number


def _ignores(data: Any, path: Path) -> list[Ignore]:
    """`[[ignore]]` entries. Each needs a reason: an unexplained ignore is a config error."""
    hint = 'each [[ignore]] needs reason = "…" and at least one of rule, table, columns, query'
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise DbperfError(f"{path}: ignore must be an array of tables ([[ignore]])", hint=hint)
    ignores = []
    for i, entry in enumerate(data):
        where = f"{path}: [[ignore]] #{i + 1}"
        if not isinstance(entry, dict):
            raise DbperfError(f"{where} is not a table", hint=hint)
        unknown = sorted(set(entry) - IGNORE_KEYS)
        if unknown:
            raise DbperfError(f"{where}: unknown key {', '.join(repr(k) for k in unknown)}",
                              hint=f"known keys: {', '.join(sorted(IGNORE_KEYS))}")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise DbperfError(f"{where} has no reason", hint=hint)
        if not any(k in entry for k in ("rule", "table", "columns", "query")):
            raise DbperfError(f"{where} matches every finding", hint=hint)
        columns = entry.get("columns")
        if isinstance(columns, str):
            columns = [columns]
        if columns is not None and not (isinstance(columns, list) and all(isinstance(c, str) for c in columns)):
            raise DbperfError(f"{where}: columns must be a list of column names", hint=hint)
        expires = entry.get("expires")
        if expires is not None:
            if isinstance(expires, dt.datetime):
                expires = expires.date()
            elif isinstance(expires, str):
                try:
                    expires = dt.date.fromisoformat(expires)
                except ValueError:
                    raise DbperfError(f"{where}: expires {expires!r} is not a date",
                                      hint='write it as "YYYY-MM-DD"') from None
            elif not isinstance(expires, dt.date):
                raise DbperfError(f"{where}: expires {expires!r} is not a date", hint='write it as "YYYY-MM-DD"')
        ignores.append(Ignore(
            reason=reason.strip(),
            rule=str(entry["rule"]) if "rule" in entry else None,
            table=str(entry["table"]) if "table" in entry else None,
            columns=tuple(columns) if columns is not None else None,
            query=str(entry["query"]) if "query" in entry else None,
            expires=expires,
            index=i,
        ))
    return ignores


# -- [database]: where queries run, and the cache of seeded databases (docs/cache.md) --------------------

@dataclass
class DatabaseSettings:
    """`[database]`. Every value has a default; command-line options override them."""

    cache: bool = True  # reuse a seeded database when schema + seed settings are unchanged
    cache_dir: Path | None = None  # default: $DBPERF_CACHE_DIR, else ~/.cache/dbperf
    cache_max_databases: int = 8  # least recently used entries beyond this are dropped
    cache_max_gb: float = 10.0  # disk of the cached seeded databases (one larger than this is not kept)
    dsn: str | None = None  # audit this existing database instead (read-only, rolled back)
    lock_timeout_ms: int = 1000  # on a --dsn database: never wait behind the application's locks
    allow_writes: bool = False  # on a --dsn database: EXPLAIN ANALYZE writes too (rolled back)
    postgres: str | None = None  # "14".."18": a postgres:NN container (docker extra) instead of embedded 18


DATABASE_KEYS = set(DatabaseSettings.__dataclass_fields__)


def _database(data: Any, path: Path) -> DatabaseSettings:
    hint = "see docs/cache.md for the [database] settings"
    if not isinstance(data, dict):
        raise DbperfError(f"{path}: [database] must be a table", hint=hint)
    unknown = sorted(set(data) - DATABASE_KEYS)
    if unknown:
        raise DbperfError(f"{path}: unknown [database] setting {', '.join(repr(k) for k in unknown)}",
                          hint=f"known settings: {', '.join(sorted(DATABASE_KEYS))}")
    settings = DatabaseSettings()
    try:
        for name in ("cache", "allow_writes"):
            if name in data:
                if not isinstance(data[name], bool):
                    raise ValueError(f"{name} must be true or false")
                setattr(settings, name, data[name])
        if "cache_dir" in data:
            settings.cache_dir = path.parent / str(data["cache_dir"])
        if "cache_max_databases" in data:
            settings.cache_max_databases = int(data["cache_max_databases"])
            if settings.cache_max_databases < 0:
                raise ValueError("cache_max_databases must be 0 or more")
        if "cache_max_gb" in data:
            settings.cache_max_gb = _positive(data["cache_max_gb"], "cache_max_gb")
        if "lock_timeout_ms" in data:
            settings.lock_timeout_ms = int(_positive(data["lock_timeout_ms"], "lock_timeout_ms"))
        if "dsn" in data:
            settings.dsn = str(data["dsn"])
        if "postgres" in data:
            settings.postgres = str(data["postgres"])
    except (TypeError, ValueError) as exc:
        raise DbperfError(f"{path}: invalid [database] setting: {exc}", hint=hint) from exc
    return settings
