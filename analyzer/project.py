"""Find an application's schema and captured queries by convention.

`dbperf audit PATH` looks, in order, at: explicit `--schema`/`--queries`
options; `dbperf.toml` (or `[tool.dbperf]` in pyproject.toml); then the
usual places — a drizzle-kit migrations folder (any folder with
`meta/_journal.json`, e.g. `drizzle/`, `lib/db/migrations/`), else the
shallowest migrations folder of another tool (`prisma/migrations`,
`supabase/migrations`, `db/migrations` of dbmate, `migrations/` of
golang-migrate, diesel or sqlx, Flyway's `db/migration`, … — `schema/layouts.py`
recognises the convention and orders the files), else a `schema.sql` /
`db/structure.sql` (Rails) / `priv/repo/structure.sql` (Ecto); and a
`queries/`, `captures/` or `logs/` folder. It says what it found and which
convention it recognised, so a wrong guess is visible.

A migrations folder found this way may need a schema created before its first migration: the
init scripts a Docker image runs first (a sibling `init-scripts/`, `initdb/`,
`docker-entrypoint-initdb.d/`, as supabase/postgres does before `dbmate up`) or the baseline a
Flyway project starts from (a sibling `base/` or `baseline/` folder of .sql files, as DHIS2's
`db/base/` before `db/migration/`). Such a sibling is applied first, and the notes say so.

`--schema postgresql://…` reads the schema of a live database with
`pg_dump --schema-only` (`schema/dump.py`), kept in the cache folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dbperf.cache import cache_dir
from dbperf.config import Config
from dbperf.diagnostics import DbperfError
from dbperf.schema.dump import as_dsn, dump_path, dump_schema, shown
from dbperf.schema.layouts import JOURNAL, OTHER_DATABASES, Layout, is_tool_convention, layout_of

SKIP_DIRS = {"node_modules", ".git", ".next", "dist", "build", ".venv", "venv", "__pycache__"}
SCHEMA_FILES = ("schema.sql", "db/schema.sql", "db/structure.sql", "priv/repo/structure.sql", "structure.sql",
                "database/schema.sql")
MIGRATION_DIRS = {"migrations", "migration"}  # folder names the tools use (prisma/, supabase/, db/, …)
QUERY_DIRS = ("queries", "captures", "logs")
SCHEMA_TS = ("lib/db/schema.ts", "src/db/schema.ts", "db/schema.ts", "src/lib/db/schema.ts", "drizzle/schema.ts",
             "src/schema.ts", "schema.ts")
PRELUDE_DIRS = ("init-scripts", "initdb", "docker-entrypoint-initdb.d", "base", "baseline")  # applied first
MAX_DEPTH = 10  # <module>/src/main/resources/org/…/db/migration (Flyway in a multi-module Maven project)


@dataclass
class Project:
    root: Path
    config: Config
    schema_paths: list[Path]
    query_paths: list[Path]
    drizzle_dir: Path | None = None  # drizzle-kit migrations folder, when the project uses one
    schema_ts: Path | None = None
    notes: list[str] = field(default_factory=list)  # what was found where, for the user
    conventions: list[str] = field(default_factory=list)  # of each schema path: "Flyway", "dbmate", …


def discover(
    root: Path,
    schema: list[Path | str] | None = None,
    queries: list[Path] | None = None,
    *,
    require_schema: bool = True,
) -> Project:
    """The project at `root`; `require_schema=False` when the schema comes from a live database (--dsn).

    A `schema` entry may be a `postgresql://` URI: its schema is dumped with pg_dump (read-only).
    """
    if not root.exists():
        raise DbperfError(f"{root}: no such file or directory", hint="pass the root folder of your application")
    if root.is_file():
        # `dbperf audit schema.sql --queries …`: the file is the schema.
        schema = schema or [root]
        root = root.parent
    config = Config.load(root)
    notes: list[str] = []
    if config.source:
        notes.append(f"config: {_rel(config.source, root)}")

    dumped: dict[Path, str] = {}  # dump file -> the URI it was read from
    schema_paths: list[Path] = []
    for entry in schema or config.schema or []:
        dsn = as_dsn(entry)  # every command's --schema, and dbperf.toml's schema, may be a URI
        if dsn is not None:
            path = dump_schema(dsn, dump_path(dsn, cache_dir() / "schema-dumps"))
            dumped[path] = dsn
            schema_paths.append(path)
        else:
            schema_paths.append(Path(entry))
    how = "option" if schema else "dbperf.toml" if config.schema else ""
    others: list[Path] = []
    hows: dict[Path, str] = {}  # a prelude's own "how"
    if not schema_paths:
        found = _find_schema(root)
        if found:
            preludes = _preludes(found[0])
            schema_paths, how = [*preludes, found[0]], "found"
            hows = {p: f"found, applied before {_rel(found[0], root)}" for p in preludes}
            others = [p for p in found[1:] if p not in preludes]
    if not schema_paths and require_schema:
        raise DbperfError(
            f"no schema found under {root}",
            hint="pass --schema PATH (a migrations folder, a .sql DDL file or pg_dump --schema-only output) "
            "or --schema postgresql://… (a database to read it from), or set `schema = …` in dbperf.toml; "
            "docs/schema-sources.md gives the command for your ORM",
        )
    for path in schema_paths:
        if not path.exists():
            raise DbperfError(f"schema {path}: no such file or directory", hint="check --schema or dbperf.toml")

    query_paths = list(queries or config.queries or [])
    qhow = "option" if queries else "dbperf.toml" if config.queries else ""
    if not query_paths:
        query_paths = [root / d for d in QUERY_DIRS if (root / d).is_dir()]
        qhow = "found"
    drizzle_dir = next((p for p in schema_paths if (p / "meta" / "_journal.json").is_file()), None)
    schema_ts = next((root / p for p in SCHEMA_TS if (root / p).is_file()), None)

    conventions = []
    for path in schema_paths:
        if path in dumped:
            conventions.append("pg_dump")
            notes.append(f"schema: pg_dump --schema-only of {shown(dumped[path])} -> {path} ({how})")
            continue
        layout = layout_of(path)
        conventions.append(layout.convention)
        notes.append(f"schema: {_describe(layout, path, root)} ({hows.get(path, how)})")
        if layout.skipped:
            notes.append(f"  not applied: {layout.skipped_summary()}")
    if others:
        notes.append(f"  also found: {', '.join(_rel(p, root) for p in others[:3])}"
                     f"{' …' if len(others) > 3 else ''} (pass --schema PATH to use another)")
    if not schema_paths:
        notes.append("schema: read from the database's catalog (--dsn)")
    if query_paths:
        notes.append(f"queries: {', '.join(_rel(p, root) for p in query_paths)} ({qhow})")
    else:
        notes.append("queries: none found (pass --queries PATH); only schema rules will run")
    if schema_ts:
        notes.append(f"drizzle schema: {_rel(schema_ts, root)}")
    return Project(root, config, schema_paths, query_paths, drizzle_dir, schema_ts, notes, conventions)


def _describe(layout: Layout, path: Path, root: Path) -> str:
    """'Flyway migrations db/migration (12 files)', 'Rails structure.sql db/structure.sql'."""
    if path.is_file():
        return f"{layout.convention} {_rel(path, root)}"
    count = len(layout.files)
    return f"{layout.convention} migrations {_rel(path, root)} ({count} file{'s' if count != 1 else ''})"


def _find_schema(root: Path) -> list[Path]:
    """The schema sources under `root`, the one to use first: a drizzle-kit folder, else the shallowest
    migrations folder of a known tool, else a schema dump at a usual place."""
    folders = sorted(_walk_dirs(root), key=lambda p: (len(p.parts), p.name not in MIGRATION_DIRS, str(p)))
    journals = [f for f in folders if (f / JOURNAL).is_file()]
    migrations = [f for f in folders if f not in journals and _is_migrations(f)]
    files = [root / name for name in SCHEMA_FILES if (root / name).is_file()]
    found: list[Path] = []
    for source in journals + migrations + files:
        if not any(kept in source.parents for kept in found):  # Flyway's version subfolders
            found.append(source)
    return found


def _preludes(source: Path) -> list[Path]:
    """The siblings of a migrations folder that create what its first migration builds on: init
    scripts or a Flyway baseline (PRELUDE_DIRS), each holding .sql files, in that order."""
    if not source.is_dir():
        return []
    found = []
    for name in PRELUDE_DIRS:
        sibling = source.parent / name
        if sibling != source and sibling.is_dir() and any(sibling.glob("*.sql")):
            found.append(sibling)
    return found


def _is_migrations(folder: Path) -> bool:
    """A folder of migrations: any .sql migrations in a `migrations/` folder, elsewhere (`sql/`,
    `sql/schema/`, Hasura's `migrations/<database>/`) only files named or marked by a tool."""
    name = folder.name.lower()
    if "seed" in name or name in OTHER_DATABASES:  # seeds; mysql/ next to postgres/ (Mattermost)
        return False
    try:
        layout = layout_of(folder, nested=folder.name in MIGRATION_DIRS)
    except (OSError, DbperfError):
        return False
    if folder.name in MIGRATION_DIRS:
        return bool(layout.files)
    return bool(layout.files) and is_tool_convention(layout.convention)


def _walk_dirs(root: Path, depth: int = 0):
    if depth > MAX_DEPTH:
        return
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_dir() and entry.name not in SKIP_DIRS and not entry.name.startswith("."):
            yield entry
            yield from _walk_dirs(entry, depth + 1)


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
