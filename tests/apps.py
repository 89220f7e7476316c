"""Small applications written for a test: a schema, captured queries and a dbperf.toml in a folder."""

from __future__ import annotations

from pathlib import Path


def write_app(root: Path, schema: str, queries: str, toml: str = "") -> Path:
    """`root` with schema.sql, queries/app.sql and (when given) dbperf.toml: what `discover` finds."""
    (root / "queries").mkdir(parents=True)
    (root / "schema.sql").write_text(schema)
    (root / "queries" / "app.sql").write_text(queries)
    if toml:
        (root / "dbperf.toml").write_text(toml)
    return root
