"""`dbperf.toml` (or `[tool.dbperf]` in pyproject.toml): every option has a default.

Example::

    schema = "drizzle"                 # folder, .sql file or pg_dump output
    queries = ["queries/"]             # files or folders of captures

    [seed]
    seed = 42
    scale = 1.0
    rows = { user = 50000, orders = 200000 }

    [thresholds]
    large_table_rows = 10000
    n_plus_one_min_calls = 5

    [rules]
    disable = ["unused-index"]
    severity = { over-select = "info" }
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dbperf.diagnostics import DbperfError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = "dbperf.toml"


@dataclass
class Config:
    root: Path = Path(".")
    schema: list[Path] = field(default_factory=list)
    queries: list[Path] = field(default_factory=list)
    seed: int = 42
    scale: float = 1.0
    rows: dict[str, int] = field(default_factory=dict)  # per-table row counts at scale 1
    large_table_rows: int = 10_000  # a scan of fewer rows is never a problem worth naming
    n_plus_one_min_calls: int = 5  # same shape this many times in one session sequence
    repeats: int = 3  # timed EXPLAIN ANALYZE runs per query group (median kept)
    statement_timeout_ms: int = 30_000
    disabled_rules: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # rule id -> severity override
    source: Path | None = None  # the file this came from

    @classmethod
    def load(cls, root: Path) -> "Config":
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

        def paths(value: Any) -> list[Path]:
            items = value if isinstance(value, list) else [value]
            return [base / str(item) for item in items]

        try:
            if "schema" in data:
                self.schema = paths(data["schema"])
            if "queries" in data:
                self.queries = paths(data["queries"])
            seed = data.get("seed", {})
            self.seed = int(seed.get("seed", self.seed))
            self.scale = float(seed.get("scale", self.scale))
            self.rows = {str(k): int(v) for k, v in seed.get("rows", {}).items()}
            thresholds = data.get("thresholds", {})
            self.large_table_rows = int(thresholds.get("large_table_rows", self.large_table_rows))
            self.n_plus_one_min_calls = int(thresholds.get("n_plus_one_min_calls", self.n_plus_one_min_calls))
            self.statement_timeout_ms = int(thresholds.get("statement_timeout_ms", self.statement_timeout_ms))
            self.repeats = int(thresholds.get("repeats", self.repeats))
            rules = data.get("rules", {})
            self.disabled_rules = [str(r) for r in rules.get("disable", [])]
            self.severity = {str(k): str(v) for k, v in rules.get("severity", {}).items()}
        except (TypeError, ValueError, AttributeError) as exc:
            raise DbperfError(f"{path}: invalid setting: {exc}", hint="see docs/configuration.md") from exc
