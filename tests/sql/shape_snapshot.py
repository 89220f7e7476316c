"""Recorded `QueryShape`s of every example query: the proof that a change to `dbperf.sql` keeps results.

For each example app (fixtures/*), each app of the corpus (tests/corpus/*) and each project of
tests/sql/projects/ (views, partitions, inheritance, schemas), the schema is loaded
into a real PostgreSQL (views are read back as PostgreSQL stores them) and every captured query's
shape is written to tests/sql/shapes/<project>.json, keyed by the query's SQL.

Re-record after a deliberate change (and say why in the commit):

    DBPERF_RECORD_SHAPES=1 .venv/bin/pytest tests/sql/test_shape_snapshot.py -q
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import tomllib

from dbperf.capture import load_workload
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.project import Project, discover
from dbperf.schema.loader import load_schema
from dbperf.sql.shape import QueryShape, analyze

ROOT = Path(__file__).resolve().parents[2]
SHAPES = Path(__file__).resolve().parent / "shapes"
CORPUS = ROOT / "tests" / "corpus"
OWN = Path(__file__).resolve().parent / "projects"  # views, partitions, schemas: tests/sql's own


def projects() -> dict[str, Project]:
    """Every example, corpus app and tests/sql project, by snapshot name ("fixtures-saas",
    "corpus-umami", "sql-relations")."""
    found = {
        f"fixtures-{p.name}": discover(p)
        for p in sorted((ROOT / "fixtures").iterdir())
        if (p / "dbperf.toml").exists()
    }
    found |= {f"sql-{p.name}": discover(p) for p in sorted(OWN.iterdir()) if p.is_dir()}
    for app in tomllib.loads((CORPUS / "apps.toml").read_text())["app"]:
        folder = CORPUS / app["name"]
        paths = [app["schema"]] if isinstance(app["schema"], str) else app["schema"]
        found[f"corpus-{app['name']}"] = discover(
            folder, schema=[folder / p for p in paths], queries=[folder / "queries.sql"]
        )
    return found


def shapes_of(project: Project, db: Database) -> dict[str, Any]:
    """{sql: shape as plain JSON data} for every query group of `project`."""
    problems = Problems()
    workload = load_workload(project.query_paths, problems)
    schema = load_schema(project.schema_paths, db, problems).schema
    schema.search_path = project.config.search_path
    result = {}
    for group in workload.groups.values():
        sql = group.example.sql
        result[sql] = plain(analyze(sql, schema))
    return dict(sorted(result.items()))


def plain(shape: QueryShape) -> Any:
    """A shape as JSON data: sets sorted, tuples as lists, other literals by repr."""
    return json.loads(json.dumps(dataclasses.asdict(shape), default=_default, sort_keys=True))


def _default(value: object) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return repr(value)


def path_of(name: str) -> Path:
    return SHAPES / f"{name}.json"


def read(name: str) -> dict[str, Any]:
    return json.loads(path_of(name).read_text())


def write(name: str, shapes: dict[str, Any]) -> None:
    SHAPES.mkdir(exist_ok=True)
    path_of(name).write_text(json.dumps(shapes, indent=1, sort_keys=True) + "\n")
