"""Find an application's schema and captured queries by convention.

`dbperf audit PATH` looks, in order, at: explicit `--schema`/`--queries`
options; `dbperf.toml` (or `[tool.dbperf]` in pyproject.toml); then the
usual places — a drizzle-kit migrations folder (any folder with
`meta/_journal.json`, e.g. `drizzle/`, `lib/db/migrations/`), a `schema.sql`
/ `db/schema.sql` / `structure.sql`, and a `queries/`, `captures/` or `logs/`
folder. It says what it found, so a wrong guess is visible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dbperf.config import Config
from dbperf.diagnostics import DbperfError

SKIP_DIRS = {"node_modules", ".git", ".next", "dist", "build", ".venv", "venv", "__pycache__"}
SCHEMA_FILES = ("schema.sql", "db/schema.sql", "db/structure.sql", "structure.sql", "database/schema.sql")
QUERY_DIRS = ("queries", "captures", "logs")
SCHEMA_TS = ("lib/db/schema.ts", "src/db/schema.ts", "db/schema.ts", "src/lib/db/schema.ts", "drizzle/schema.ts",
             "src/schema.ts", "schema.ts")
MAX_DEPTH = 4


@dataclass
class Project:
    root: Path
    config: Config
    schema_paths: list[Path]
    query_paths: list[Path]
    drizzle_dir: Path | None = None  # drizzle-kit migrations folder, when the project uses one
    schema_ts: Path | None = None
    notes: list[str] = field(default_factory=list)  # what was found where, for the user


def discover(
    root: Path,
    schema: list[Path] | None = None,
    queries: list[Path] | None = None,
    *,
    require_schema: bool = True,
) -> Project:
    """The project at `root`; `require_schema=False` when the schema comes from a live database (--dsn)."""
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

    schema_paths = list(schema or config.schema or [])
    how = "option" if schema else "dbperf.toml" if config.schema else ""
    if not schema_paths:
        found = _find_schema(root)
        if found:
            schema_paths, how = [found], "found"
    if not schema_paths and require_schema:
        raise DbperfError(
            f"no schema found under {root}",
            hint="pass --schema PATH (a drizzle-kit migrations folder, a .sql DDL file or pg_dump --schema-only "
            "output), or set `schema = …` in dbperf.toml",
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

    kind = "drizzle-kit migrations" if drizzle_dir else "SQL schema"
    if schema_paths:
        notes.append(f"schema: {kind} {', '.join(_rel(p, root) for p in schema_paths)} ({how})")
    else:
        notes.append("schema: read from the database's catalog (--dsn)")
    if query_paths:
        notes.append(f"queries: {', '.join(_rel(p, root) for p in query_paths)} ({qhow})")
    else:
        notes.append("queries: none found (pass --queries PATH); only schema rules will run")
    if schema_ts:
        notes.append(f"drizzle schema: {_rel(schema_ts, root)}")
    return Project(root, config, schema_paths, query_paths, drizzle_dir, schema_ts, notes)


def _find_schema(root: Path) -> Path | None:
    journals = sorted(_walk(root, "_journal.json"), key=lambda p: (len(p.parts), str(p)))
    for journal in journals:
        if journal.parent.name == "meta":
            return journal.parent.parent
    for name in SCHEMA_FILES:
        if (root / name).is_file():
            return root / name
    return None


def _walk(root: Path, filename: str, depth: int = 0):
    if depth > MAX_DEPTH:
        return
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_dir() and entry.name not in SKIP_DIRS and not entry.name.startswith("."):
            yield from _walk(entry, filename, depth + 1)
        elif entry.name == filename:
            yield entry


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
