"""`dbperf init`: write a commented dbperf.toml from what discovery finds."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from dbperf.cli.console import err, run
from dbperf.config import CONFIG_FILE
from dbperf.config_writer import starter_config
from dbperf.diagnostics import DbperfError
from dbperf.project import discover

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


def init(
    path: Path = typer.Argument(Path("."), help="Project root: dbperf.toml is written there."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing dbperf.toml."),
) -> None:
    """Write a commented dbperf.toml: the schema and captures dbperf found, every other setting
    with its default.

    Examples:

      dbperf init                  # in your application's root

      dbperf init path/to/app --force
    """
    run(lambda: _init(path, force))


def _init(root: Path, force: bool) -> None:
    if not root.is_dir():
        raise DbperfError(f"{root}: no such folder", hint="pass your application's root folder")
    target = root / CONFIG_FILE
    if target.exists() and not force:
        raise DbperfError(f"{target} already exists", hint="pass --force to overwrite it")
    if not force and _has_tool_table(root / "pyproject.toml"):
        raise DbperfError(
            f"{root / 'pyproject.toml'} has a [tool.dbperf] table, which a dbperf.toml would hide",
            hint="keep the settings there, or pass --force to write dbperf.toml anyway",
        )
    project = discover(root, require_schema=False)
    for note in project.notes:
        err.print(f"[dim]{escape(note)}[/dim]", soft_wrap=True)
    try:
        target.write_text(starter_config(project), encoding="utf-8")
    except OSError as exc:
        raise DbperfError(
            f"cannot write {target}: {exc.strerror or exc}", hint="choose a folder you can write to"
        ) from exc
    err.print(f"wrote {escape(str(target))}", soft_wrap=True)
    if not project.schema_paths:
        err.print("no schema found: set `schema` in it (docs/schema-sources.md)", soft_wrap=True)


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return "dbperf" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
