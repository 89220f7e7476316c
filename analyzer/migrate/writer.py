"""`dbperf audit --write-migrations DIR`: every migration format the project can use.

Always the plain SQL pair (CONCURRENTLY, with rollback) in DIR; for a project
on drizzle-kit, also a migration in its migrations folder and the `index(…)`
lines for `schema.ts` next to the SQL files.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from dbperf.findings import IndexChange
from dbperf.migrate.drizzle import drizzle_index_lines, write_drizzle_migration
from dbperf.migrate.sql_files import write_sql_migration

if TYPE_CHECKING:
    from dbperf.project import Project


def write_migrations(
    changes: list[IndexChange],
    out_dir: Path,
    project: Project | None = None,
    *,
    now: datetime | None = None,
) -> list[Path]:
    """Write the migrations for `changes`; return the paths written ([] when no changes).

    `now` (default: the current UTC time) names the files and dates the
    drizzle journal entry; pass it for reproducible output.
    """
    if not changes:
        return []
    now = now or datetime.now(timezone.utc)
    label = now.strftime("%Y%m%d%H%M%S")
    written = write_sql_migration(changes, out_dir, timestamp_label=label)
    drizzle_dir = getattr(project, "drizzle_dir", None)
    if drizzle_dir is not None or getattr(project, "schema_ts", None) is not None:
        lines = out_dir / f"{label}_dbperf_indexes.schema-ts.txt"
        schema_ts = getattr(project, "schema_ts", None)
        where = f"in {schema_ts}" if schema_ts else "in your schema.ts"
        lines.write_text(
            f"// Paste these into the tables' extra-config callbacks {where}.\n"
            + drizzle_index_lines(changes),
            encoding="utf-8",
        )
        written.append(lines)
    if drizzle_dir is not None:
        when = int(now.timestamp() * 1000)
        written += write_drizzle_migration(changes, Path(drizzle_dir), when=when)
    return written
