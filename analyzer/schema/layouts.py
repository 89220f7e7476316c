"""The migration layouts of the usual tools: which files of a schema source are applied, in which order.

Each tool names and orders its migrations its own way; dbperf follows it and
applies only the "up" part:

    convention              files applied                      order                         not applied
    drizzle-kit             meta/_journal.json entries         journal `idx`
    Prisma, drizzle-kit 1.x */migration.sql                    folder name (timestamp)
    diesel, Hasura          <version>_name/up.sql              version                       down.sql
    golang-migrate, sqlx    <version>_name.up.sql              numeric version               .down.sql
    Flyway                  V<version>__name.sql, R__name.sql  version (numeric parts), then
                                                               repeatables by description    U (undo), B (baseline)
    dbmate, goose,          <version>_name.sql                 numeric version               the down sections
      sql-migrate           (`-- migrate:up`, `-- +goose Up`, `-- +migrate Up` sections)
    Supabase, sqlx, other   <version>_name.sql                 numeric version               seed*.sql
    plain folder            *.sql                              name (numbers numerically)    seed*.sql

The version is the numeric prefix of the name, compared as a number: `10_b`
comes after `9_a`. A single file (structure.sql, pg_dump output) is applied
as it is. The up sections of dbmate, goose and sql-migrate files are cut by
`sources.py`, which reads the files.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from dbperf.diagnostics import DbperfError, Origin, Problems

JOURNAL = Path("meta") / "_journal.json"
MIGRATION = "migration.sql"  # one folder per migration: Prisma, drizzle-kit 1.x
# Tools that keep up and down in one file, between marker comments: tool -> (up marker, down marker),
# compared with `section_marker()`'s form of a line (lower case, one space after `--`).
SECTION_MARKERS = {
    "dbmate": ("-- migrate:up", "-- migrate:down"),
    "goose": ("-- +goose up", "-- +goose down"),
    "sql-migrate": ("-- +migrate up", "-- +migrate down"),
}
UP_FOLDERS = "diesel / Hasura (*/up.sql)"
UP_DOWN = "golang-migrate / sqlx (.up.sql)"
# Folders of migrations for another database, next to the PostgreSQL ones (Mattermost, Kestra).
OTHER_DATABASES = frozenset(
    {"mysql", "mariadb", "sqlite", "sqlite3", "mssql", "sqlserver", "oracle", "clickhouse", "h2",
     "hsqldb", "db2"}
)

# File names (not SQL): the version prefixes of each tool.
_UP_DOWN = re.compile(r"^(\d+)_.*\.(up|down)\.sql$", re.IGNORECASE)
_FLYWAY = re.compile(r"^([VUB])(\d+(?:[._]\d+)*)__(.+)\.sql$")
_FLYWAY_REPEATABLE = re.compile(r"^R__(.+)\.sql$")
_NUMBERED = re.compile(r"^(\d+)(?:[_\-.].*)?\.sql$", re.IGNORECASE)
_DIESEL = re.compile(r"^(\d[\d\-]*)_.+$")
_DIGITS = re.compile(r"(\d+)")
_MARKER_LINES = 200  # the up marker is looked for in a file's first lines


@dataclass
class Layout:
    """How a schema source is applied: the convention recognised, the files in order, what is left out."""

    convention: str
    files: list[Path]
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why it is not applied)

    def skipped_summary(self) -> str:
        """'3 files (down migration), seed.sql (seed data, not schema)': what was left out, for the user."""
        reasons: dict[str, list[Path]] = {}
        for path, why in self.skipped:
            reasons.setdefault(why, []).append(path)
        parts = []
        for why, paths in reasons.items():
            shown = paths[0].name if len(paths) == 1 else f"{len(paths)} files"
            parts.append(f"{shown} ({why})")
        return ", ".join(parts)


def layout_of(path: Path, problems: Problems | None = None, *, nested: bool = True) -> Layout:
    """The layout of a schema source (a file or a folder); an empty `files` when it holds no migrations.

    `nested`: a folder without .sql files of its own may hold Flyway migrations in subfolders
    (Flyway reads its locations recursively: `db/migration/2.40/V2_40_1__x.sql`).
    """
    if path.is_file():
        return Layout(_file_convention(path), [path])
    if (path / JOURNAL).is_file():
        return Layout("drizzle-kit", _journal_files(path, problems))
    sql_files = [p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".sql"]
    folders = _folders_layout(path)
    if folders.files:  # one folder per migration; loose .sql files next to them are not migrations
        folders.skipped += [(p, "not in a migration folder") for p in sorted(sql_files)]
        return folders
    if sql_files:
        return _files_layout(path, sql_files)
    if nested:
        flyway = _nested_flyway(path)
        if flyway:
            return _flyway(flyway)
    return folders


def is_tool_convention(convention: str) -> bool:
    """True for a layout only a migration tool makes (not merely numbered .sql files)."""
    return convention in ("Flyway", "Prisma", UP_DOWN, UP_FOLDERS, *SECTION_MARKERS)


# -- folders of files ---------------------------------------------------------------------------


def _files_layout(folder: Path, files: list[Path]) -> Layout:
    names = [f.name for f in files]
    if any(_UP_DOWN.match(n) and n.lower().endswith(".up.sql") for n in names):
        return _up_down(files)
    if any(_FLYWAY.match(n) or _FLYWAY_REPEATABLE.match(n) for n in names):
        return _flyway(files)
    tool = next((t for t in map(_sections_tool, files) if t), None)
    if tool:
        return _numbered(files, tool)
    numbered = sum(1 for n in names if _NUMBERED.match(n))
    if numbered and numbered >= len(names) - _seed_count(names):
        supabase = folder.name == "migrations" and folder.parent.name == "supabase"
        return _numbered(files, "Supabase" if supabase else "numbered SQL migrations (sqlx, Knex, …)")
    return _plain(files)


def _up_down(files: list[Path]) -> Layout:
    """golang-migrate / sqlx reversible: `<version>_name.up.sql`, applied by numeric version."""
    ups, skipped = [], []
    for file in files:
        match = _UP_DOWN.match(file.name)
        if match and match.group(2).lower() == "up":
            ups.append((int(match.group(1)), file.name, file))
        elif match:
            skipped.append((file, "down migration"))
        else:
            skipped.append((file, _other_reason(file.name, "<version>_name.up.sql")))
    return Layout(UP_DOWN, [f for _, _, f in sorted(ups)], sorted(skipped))


def _flyway(files: list[Path]) -> Layout:
    """Flyway: versioned `V1_1__x.sql` by version, then repeatable `R__x.sql` by description."""
    versioned, repeatable, skipped = [], [], []
    for file in files:
        match = _FLYWAY.match(file.name)
        if match and match.group(1) == "V":
            version = tuple(int(p) for p in re.split(r"[._]", match.group(2)))
            versioned.append((version, file.name, file))
        elif match:
            why = "undo migration" if match.group(1) == "U" else "baseline migration (Flyway applies it only to an empty database in place of the versions before it)"
            skipped.append((file, why))
        elif (rmatch := _FLYWAY_REPEATABLE.match(file.name)) is not None:
            repeatable.append((rmatch.group(1), file))
        else:
            skipped.append((file, _other_reason(file.name, "V<version>__name.sql")))
    ordered = [f for _, _, f in sorted(versioned)] + [f for _, f in sorted(repeatable)]
    return Layout("Flyway", ordered, sorted(skipped))


def _numbered(files: list[Path], convention: str) -> Layout:
    """`<version>_name.sql` by numeric version; unnumbered files are not migrations of the tool."""
    numbered, skipped = [], []
    for file in files:
        match = _NUMBERED.match(file.name)
        if match:
            numbered.append((int(match.group(1)), file.name, file))
        else:
            skipped.append((file, _other_reason(file.name, "<version>_name.sql")))
    return Layout(convention, [f for _, _, f in sorted(numbered)], sorted(skipped))


def _plain(files: list[Path]) -> Layout:
    """Any .sql files: in name order, numbers compared as numbers (`2_x` before `10_x`); seeds left out."""
    applied, skipped = [], []
    for file in files:
        if _is_seed(file.name):
            skipped.append((file, "seed data, not schema"))
        else:
            applied.append(file)
    return Layout("SQL files", sorted(applied, key=_natural), sorted(skipped))


def _nested_flyway(folder: Path) -> list[Path]:
    """Flyway migrations in subfolders (`2.40/V2_40_1__x.sql`), when they are spread over several of them;
    subfolders for other databases (`mysql/`) are not read."""
    files = [
        p
        for p in folder.rglob("*.sql")
        if (_FLYWAY.match(p.name) or _FLYWAY_REPEATABLE.match(p.name))
        and not any(part.lower() in OTHER_DATABASES for part in p.relative_to(folder).parts[:-1])
    ]
    children = {p.relative_to(folder).parts[0] for p in files}
    return files if len(children) > 1 else []  # all in one subfolder: that subfolder is the source


def _other_reason(name: str, pattern: str) -> str:
    return "seed data, not schema" if _is_seed(name) else f"not named {pattern}"


def _is_seed(name: str) -> bool:
    return name.lower().startswith("seed")


def _seed_count(names: list[str]) -> int:
    return sum(1 for n in names if _is_seed(n))


def _natural(path: Path) -> list[object]:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in _DIGITS.split(path.name)]


def section_marker(line: str) -> tuple[str, bool] | None:
    """(tool, is up) when `line` is an up or down marker of dbmate, goose or sql-migrate."""
    stripped = line.strip()
    if not stripped.startswith("--"):
        return None
    form = "-- " + stripped[2:].lstrip().lower()
    for tool, (up, down) in SECTION_MARKERS.items():
        if form.startswith(up):
            return tool, True
        if form.startswith(down):
            return tool, False
    return None


def _sections_tool(file: Path) -> str | None:
    """The tool whose up marker the file has (its sections are cut by sources.py), if any."""
    try:
        with file.open(encoding="utf-8", errors="replace") as handle:
            for _, line in zip(range(_MARKER_LINES), handle):
                marker = section_marker(line)
                if marker is not None and marker[1]:
                    return marker[0]
    except OSError:
        return None
    return None


# -- folders of folders -------------------------------------------------------------------------


def _folders_layout(folder: Path) -> Layout:
    subfolders = sorted(p for p in folder.iterdir() if p.is_dir())
    migrations = [p / MIGRATION for p in subfolders if (p / MIGRATION).is_file()]
    if migrations:
        convention = "Prisma" if (folder / "migration_lock.toml").is_file() else "migration folders (migration.sql)"
        return Layout(convention, sorted(migrations, key=lambda p: p.parent.name))
    ups = [p / "up.sql" for p in subfolders if (p / "up.sql").is_file()]
    if ups:
        skipped = [(p / "down.sql", "down migration") for p in subfolders if (p / "down.sql").is_file()]
        return Layout(UP_FOLDERS, sorted(ups, key=lambda p: _diesel_version(p.parent.name)), skipped)
    return Layout("SQL files", [])


def _diesel_version(name: str) -> tuple[int, str]:
    """diesel orders by the version before the first `_`, dashes ignored (2024-01-02-030405)."""
    match = _DIESEL.match(name)
    digits = match.group(1).replace("-", "") if match else ""
    return (int(digits) if digits else 0, name)


def _journal_files(folder: Path, problems: Problems | None) -> list[Path]:
    """drizzle-kit migration files in journal order (`entries[].idx`); missing ones are reported."""
    journal = folder / JOURNAL
    try:
        entries = json.loads(journal.read_text(encoding="utf-8")).get("entries", [])
        ordered = sorted(entries, key=lambda e: e.get("idx", 0))
        tags = [str(e["tag"]) for e in ordered]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DbperfError(
            f"{journal}: not a drizzle-kit journal ({exc})",
            hint="regenerate it with drizzle-kit generate, or point dbperf at the .sql files instead",
        ) from exc
    files = []
    for tag in tags:
        file = folder / f"{tag}.sql"
        if file.is_file():
            files.append(file)
        elif problems is not None:
            problems.add(
                "schema",
                f"migration {tag}.sql is listed in meta/_journal.json but missing",
                origin=Origin(str(journal)),
                hint="restore the file or remove its journal entry; the other migrations were loaded",
            )
    return files


# -- single files -------------------------------------------------------------------------------


def _file_convention(path: Path) -> str:
    parts = [p.lower() for p in path.parts]
    if path.name == "structure.sql" and parts[-3:-1] == ["priv", "repo"]:
        return "Ecto structure.sql"
    if path.name == "structure.sql" and parts[-2:-1] == ["db"]:
        return "Rails structure.sql"
    return "SQL file"
