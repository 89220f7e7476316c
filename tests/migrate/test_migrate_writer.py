"""`--write-migrations`: the SQL pair always, drizzle-kit files when the project uses drizzle-kit."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

from dbperf.findings import IndexChange
from dbperf.migrate.writer import write_migrations

NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
CHANGE = IndexChange(
    "create", "orders_user_id_idx", "orders", ("user_id",), reason="lookups by user"
)


def test_plain_sql_project(tmp_path: Path) -> None:
    written = write_migrations([CHANGE], tmp_path / "out", None, now=NOW)
    assert [p.name for p in written] == [
        "20240501120000_dbperf_indexes.up.sql",
        "20240501120000_dbperf_indexes.down.sql",
    ]


def test_drizzle_project(tmp_path: Path) -> None:
    drizzle = tmp_path / "drizzle"
    (drizzle / "meta").mkdir(parents=True)
    (drizzle / "meta" / "_journal.json").write_text(
        json.dumps({"version": "7", "dialect": "postgresql", "entries": []})
    )
    project = SimpleNamespace(drizzle_dir=drizzle, schema_ts=tmp_path / "src/db/schema.ts")
    written = write_migrations([CHANGE], tmp_path / "out", project, now=NOW)
    names = [p.name for p in written]
    assert "20240501120000_dbperf_indexes.schema-ts.txt" in names
    assert "0000_dbperf_indexes.sql" in names
    lines = (tmp_path / "out" / "20240501120000_dbperf_indexes.schema-ts.txt").read_text()
    assert "index('orders_user_id_idx').on(table.userId)," in lines
    entry = json.loads((drizzle / "meta" / "_journal.json").read_text())["entries"][0]
    assert entry["when"] == int(NOW.timestamp() * 1000)


def test_no_changes_writes_nothing(tmp_path: Path) -> None:
    assert write_migrations([], tmp_path / "out", None, now=NOW) == []
    assert not (tmp_path / "out").exists()
