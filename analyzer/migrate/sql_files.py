"""Plain SQL migration files: `<label>_dbperf_indexes.up.sql` and its `.down.sql`.

The up file builds indexes with CREATE INDEX CONCURRENTLY, which takes a
SHARE UPDATE EXCLUSIVE lock: reads and writes go on during the build. The
price is that it cannot run inside a transaction block, so the files say how
to run them. Creates come before drops, so that a replacement index exists
before the one it replaces is gone; the down file undoes in reverse order.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from dbperf import __version__
from dbperf.findings import IndexChange
from dbperf.migrate.ddl import (
    create_index_sql,
    drop_index_sql,
    object_name,
    qualified,
    quote_ident,
    restore_index_sql,
)
from dbperf.migrate.plan import plan_notes

COMMENT_WIDTH = 100
HOW_TO_RUN = """\
-- CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction block. Run this
-- file in autocommit mode, one statement at a time:
--     psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f {file}
-- not with `psql -1` / `--single-transaction`, and not through a migrator that
-- wraps migrations in a transaction (drizzle-kit's does, as do many others by
-- default): use its no-transaction option, or run this file by hand.
-- A CONCURRENTLY build that fails leaves an INVALID index behind, which
-- IF NOT EXISTS then skips: drop it (DROP INDEX CONCURRENTLY name) and re-run.
"""


def ordered(changes: list[IndexChange]) -> tuple[list[IndexChange], list[IndexChange]]:
    """(creates, drops), sorted by table then name: stable output.

    One change per (action, schema-qualified name): two findings proposing the same index
    (with different reasons) give one statement, the first finding's.
    """
    unique: dict[tuple[str, str], IndexChange] = {}
    for change in changes:
        if change.action not in ("create", "drop"):
            raise ValueError(
                f"IndexChange.action must be 'create' or 'drop', not {change.action!r}"
            )
        unique.setdefault((change.action, object_name(change)), change)

    def key(c: IndexChange) -> tuple[str, str]:
        return (c.table, c.name)

    creates = sorted((c for c in unique.values() if c.action == "create"), key=key)
    drops = sorted((c for c in unique.values() if c.action == "drop"), key=key)
    return creates, drops


def extensions(changes: list[IndexChange]) -> list[str]:
    """Extensions the created indexes need, sorted."""
    return sorted({c.extension for c in changes if c.action == "create" and c.extension})


def reason_comment(change: IndexChange, verb: str) -> str:
    """`-- <verb> <name> on <table>: <reason>`, wrapped at 100 columns."""
    head = f"{verb} {change.name} on {change.table}"
    reason = " ".join(change.reason.split())
    text = f"{head}: {reason}" if reason else head
    lines = textwrap.wrap(
        text, width=COMMENT_WIDTH - 3, subsequent_indent="  ", break_on_hyphens=False
    )
    return "\n".join(f"-- {line}" for line in lines)


def notes_comment(notes: list[str]) -> str:
    """What the migration leaves out and why (a `MigrationPlan`'s notes), as wrapped comments."""
    lines = ["-- Decided with this migration (dbperf audit and dbperf advise decide alike):"]
    for note in notes:
        lines += [f"-- {line}" for line in textwrap.wrap(
            note, width=COMMENT_WIDTH - 3, initial_indent="- ", subsequent_indent="  ", break_on_hyphens=False)]
    return "\n".join(lines)


def up_sql(changes: list[IndexChange], *, file_name: str = "<this file>") -> str:
    """The up migration's text."""
    creates, drops = ordered(changes)
    parts = [_header("Index changes, each measured on a seeded database.", file_name)]
    notes = plan_notes(changes)
    if notes:
        parts.append(notes_comment(notes))
    for ext in extensions(creates):
        parts.append(f"CREATE EXTENSION IF NOT EXISTS {quote_ident(ext)};")
    for change in creates:
        parts.append(reason_comment(change, "Create") + "\n" + create_index_sql(change))
    parts += [f"ANALYZE {qualified(table)};  -- fills the new statistics" for table in statistics_tables(creates)]
    for change in drops:
        parts.append(reason_comment(change, "Drop") + "\n" + drop_index_sql(change))
    return "\n\n".join(parts) + "\n"


def statistics_tables(creates: list[IndexChange]) -> list[str]:
    """Tables that get a statistics object: they need an ANALYZE before the planner sees it."""
    return sorted({c.table for c in creates if c.kind == "statistics"})


def down_sql(changes: list[IndexChange], *, file_name: str = "<this file>") -> str:
    """The down migration's text: re-create what was dropped, then drop what was created."""
    creates, drops = ordered(changes)
    parts = [_header("Rollback of the dbperf index changes in the matching .up.sql.", file_name)]
    for change in reversed(drops):
        parts.append(f"-- Restore {change.name} on {change.table}\n" + restore_index_sql(change))
    for change in reversed(creates):
        parts.append(f"-- Remove {change.name} on {change.table}\n" + drop_index_sql(change))
    needed = extensions(creates)
    if needed:
        parts.append(
            f"-- Extensions left installed (other objects may use them): {', '.join(needed)}"
        )
    return "\n\n".join(parts) + "\n"


def _header(title: str, file_name: str) -> str:
    return (
        f"-- Generated by dbperf {__version__}. {title}\n--\n"
        + HOW_TO_RUN.format(file=file_name).rstrip()
    )


def write_sql_migration(
    changes: list[IndexChange], out_dir: Path, *, timestamp_label: str
) -> list[Path]:
    """Write `<label>_dbperf_indexes.up.sql` and `.down.sql` in `out_dir`; return both paths.

    `timestamp_label` (e.g. "20240501120000") is the caller's: the output
    depends on nothing but the arguments.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    up = out_dir / f"{timestamp_label}_dbperf_indexes.up.sql"
    down = out_dir / f"{timestamp_label}_dbperf_indexes.down.sql"
    up.write_text(up_sql(changes, file_name=up.name), encoding="utf-8")
    down.write_text(down_sql(changes, file_name=down.name), encoding="utf-8")
    return [up, down]
