"""A commented `dbperf.toml` from what discovery found (`dbperf init`).

The paths discovery found are written as settings, so that the file pins them; every other
setting is written commented out with its default, read from the `Config` dataclasses (a new
setting without an explanation here fails tests/cli/test_init.py). Loaded back with
`Config.load`, the file gives the same project as discovery did.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from dbperf import __version__
from dbperf.config import GATE_KEYS, SECTION_KEYS, Config, DatabaseSettings, GateSettings
from dbperf.project import Project

COMMENT_COLUMN = 36  # where the explanation starts, as in docs/configuration.md

# What each commented setting means, in a few words (docs/configuration.md has the whole story).
EXPLAIN = {
    "search_path": "schemas an unqualified table name is looked up in",
    "seed": "same seed + same inputs -> same data and same findings",
    "scale": "multiplies every table's row count (--scale)",
    "budget": "rows at scale 1 of the whole database, for tables `rows` leaves out",
    "allow_empty": "tables that may stay empty after seeding (true: any)",
    "large_table_rows": "a scan of a smaller table is never reported",
    "n_plus_one_min_calls": "same shape this many times in one session = N+1",
    "unbounded_rows": "rows a SELECT without LIMIT may return before it is reported",
    "statement_timeout_ms": "each measured statement is cancelled after this",
    "index_build_timeout_ms": "per index a trial or the advisor builds",
    "repeats": "timed EXPLAIN ANALYZE runs per query (median kept)",
    "fail_on": "findings of this severity or worse fail `dbperf check`",
    "max_query_ms": "median time limit of any query group (ms)",
    "max_query_ms_for": "per-query limits: fingerprint or origin file (glob) = ms",
    "max_regression_pct": "allowed growth of a query's buffers (and time) vs the baseline",
    "min_regression_buffers": "smaller growths are noise (100 pages = 800 kB)",
    "time_factor": "time regresses only past max(factor x baseline, baseline + margin)",
    "time_margin_ms": "",
    "time_regressions": "false: time never fails the gate against a baseline",
    "fail_on_incomplete": "exit 2 when a rule crashed or a query could not be measured",
    "baseline": "the baseline file `dbperf baseline` writes; used when present",
    "cache": "reuse a seeded database when nothing changed (--no-cache)",
    "cache_dir": "the cache folder; unset: $DBPERF_CACHE_DIR, else the user cache folder",
    "cache_max_databases": "cached seeded databases kept (least recently used dropped first)",
    "cache_max_gb": "disk bound of the cache",
    "dsn": "audit this existing database instead: read-only, rolled back",
    "lock_timeout_ms": "with dsn: never wait behind the application's locks",
    "allow_writes": "with dsn: EXPLAIN ANALYZE writes too (rolled back)",
    "postgres": 'your production\'s major version ("15"): installed binaries, else Docker',
}
EXAMPLES = {  # settings whose default (none, empty) says nothing: an example value instead
    "allow_empty": ["audit_log"],
    "max_query_ms": 500,
    "max_query_ms_for": {"queries/reports.sql": 5000},
    "baseline": ".dbperf-baseline.json",
    "cache_dir": ".dbperf-cache",
    "dsn": "postgresql://readonly@staging/app",
    "postgres": "15",
}


def starter_config(project: Project) -> str:
    """The text of a commented dbperf.toml for `project` (its root is where the file goes)."""
    defaults = Config(root=project.root)
    lines = [
        f"# dbperf.toml, written by `dbperf init` (dbperf {__version__}) from what it found here.",
        "# Every setting has a default: the commented ones show it. docs/configuration.md explains",
        "# each; a misspelt setting is an error naming its line.",
        "",
    ]
    lines += _inputs(project)
    lines.append(_commented("search_path", list(defaults.search_path)))
    lines += ["", "[seed]                              # the synthetic data (docs/seeding.md)"]
    for key in ("seed", "scale", "budget", "allow_empty"):
        lines.append(_commented(key, getattr(defaults, key)))
    lines.append(
        _line(
            "# rows = { orders = 200000 }",
            "rows at scale 1 of some tables; the others share the budget",
        )
    )
    lines.append(
        _line(
            '# stats = "stats.json"',
            "production's row counts and distributions (dbperf stats export)",
        )
    )
    lines += ["", "[thresholds]"]
    lines += [
        _commented(key, getattr(defaults, key))
        for key in _ordered(SECTION_KEYS["thresholds"], Config)
    ]
    lines += [
        "",
        "[rules]                             # `dbperf rules` lists them",
        _line("# disable = []", "rule ids not to run"),
        _line('# severity = { over-select = "info" }', "error | warning | info"),
    ]
    lines += ["", "[gate]                              # `dbperf check` (docs/ci.md)"]
    lines += [
        _commented(key, getattr(GateSettings(), key)) for key in _ordered(GATE_KEYS, GateSettings)
    ]
    lines += [
        "",
        "# [[ignore]]                        # a known finding the gate does not fail on",
        '# rule = "missing-index"',
        '# table = "orders"',
        '# reason = "monthly report, runs on a replica"',
        '# expires = "2027-01-01"',
    ]
    lines += ["", "[database]                          # where measurements run (docs/cache.md)"]
    lines += [
        _commented(f.name, getattr(DatabaseSettings(), f.name)) for f in fields(DatabaseSettings)
    ]
    return "\n".join(lines) + "\n"


def _inputs(project: Project) -> list[str]:
    """`schema` and `queries` as discovery found them, relative to the project root."""
    root = project.root
    lines = []
    if project.schema_paths:
        values = [_relative(p, root) for p in project.schema_paths]
        kinds = ", ".join(dict.fromkeys(project.conventions))
        lines.append(
            _line(
                f"schema = {_toml(values[0] if len(values) == 1 else values)}",
                f"found: {kinds}" if kinds else "found",
            )
        )
    else:
        lines.append(
            _line(
                '# schema = "schema.sql"',
                "none found: a migrations folder, DDL file or pg_dump output",
            )
        )
    if project.query_paths:
        lines.append(
            _line(
                f"queries = {_toml([_relative(p, root) for p in project.query_paths])}",
                "captured queries: files or folders (docs/capture.md)",
            )
        )
    else:
        lines.append(
            _line('# queries = ["queries"]', "none found: captured queries (docs/capture.md)")
        )
    if project.schema_ts is not None:
        lines.append(
            f"# drizzle schema: {_relative(project.schema_ts, root)}"
            " (found; index() lines are for it)"
        )
    return lines


def _ordered(keys: set[str], owner: type) -> list[str]:
    """`keys` in the order the dataclass declares them (the order docs/configuration.md uses)."""
    order = [f.name for f in fields(owner)]
    return sorted(keys, key=lambda k: order.index(k) if k in order else len(order))


def _commented(key: str, default: Any) -> str:
    """`# key = default  # why`; a setting without a telling default shows an example instead."""
    why = EXPLAIN.get(key, "")
    if key not in EXAMPLES:
        return _line(f"# {key} = {_toml(default)}", why)
    unset = "none" if default in (None, [], {}) else _toml(default)
    return _line(
        f"# {key} = {_toml(EXAMPLES[key])}", f"{why} (an example; default: {unset})".lstrip()
    )


def _line(setting: str, why: str) -> str:
    return f"{setting.ljust(COMMENT_COLUMN - 1)} # {why}" if why else setting


def _toml(value: Any) -> str:
    """A TOML value (strings, numbers, booleans, lists and inline tables of them)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (str, Path)):
        text = str(value).replace("\\", "\\\\").replace('"', '\\"')
        return f'"{text}"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml(str(k))} = {_toml(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
