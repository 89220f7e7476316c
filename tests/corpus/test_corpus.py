"""A fast subset of the corpus of real applications (tests/corpus/), end to end on PostgreSQL 18.

Each test runs dbperf's pipeline up to EXPLAIN ANALYZE (`dbperf.pipeline.measured`) on a real
application's schema, in its own tool's layout, with the queries transcribed from its source, at a
tiny scale. They assert what a user sees working today; what does not work yet is listed in
tests/corpus/README.md ("Known gaps") and measured by `python bench/corpus.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import tomllib

from dbperf.pipeline import AuditOptions, measured
from dbperf.project import discover

CORPUS = Path(__file__).resolve().parent
APPS = {app["name"]: app for app in tomllib.loads((CORPUS / "apps.toml").read_text())["app"]}
SCALE = 0.01  # 100 rows in a root table


@dataclass
class Outcome:
    tables: dict[str, int]  # table name -> rows seeded
    measured: dict[str, bool]  # query group's SQL -> measured without error
    problem_stages: list[str]


def audit(name: str, server_uri: str) -> Outcome:
    app = APPS[name]
    folder = CORPUS / name
    paths = [app["schema"]] if isinstance(app["schema"], str) else app["schema"]
    project = discover(folder, schema=[folder / p for p in paths], queries=[folder / "queries.sql"])
    with measured(project, AuditOptions(scale=SCALE, server_uri=server_uri)) as m:
        schema = m.context.schema
        return Outcome(
            tables={schema.tables[k].name: m.seeded.rows.get(k, 0) for k in schema.tables},
            measured={
                m.context.workload.groups[f].example.sql: x.ok
                for f, x in m.context.measurements.items()
            },
            problem_stages=[p.stage for p in m.problems],
        )


@pytest.fixture(scope="module")
def jellyseerr(pg_server) -> Outcome:
    return audit("jellyseerr", pg_server.uri)


@pytest.fixture(scope="module")
def atuin(pg_server) -> Outcome:
    return audit("atuin", pg_server.uri)


@pytest.fixture(scope="module")
def umami(pg_server) -> Outcome:
    return audit("umami", pg_server.uri)


def test_sqlx_migrations_of_atuin_load_and_every_table_is_seeded(atuin: Outcome) -> None:
    assert set(atuin.tables) >= {"history", "users", "sessions", "store", "store_idx_cache"}
    assert all(rows > 0 for rows in atuin.tables.values()), atuin.tables
    assert "schema" not in atuin.problem_stages


def test_every_query_of_atuin_is_measured(atuin: Outcome) -> None:
    assert len(atuin.measured) == 6
    assert all(atuin.measured.values()), atuin.measured


def test_prisma_migrations_of_umami_load_and_the_queried_tables_are_seeded(umami: Outcome) -> None:
    assert len(umami.tables) == 17
    for table in ("website", "website_event", "session", "event_data"):
        assert umami.tables[table] > 0, table


def test_the_queries_of_umami_are_measured(umami: Outcome) -> None:
    assert len(umami.measured) == 4
    assert all(umami.measured.values()), umami.measured


def test_the_pg_dump_of_a_typeorm_app_is_discovered_and_fully_seeded(
    pg_server, jellyseerr: Outcome
) -> None:
    assert discover(CORPUS / "jellyseerr").schema_paths == [CORPUS / "jellyseerr" / "schema.sql"]
    assert len(jellyseerr.tables) == 14
    assert all(rows > 0 for rows in jellyseerr.tables.values()), jellyseerr.tables
    assert len(jellyseerr.measured) == 4 and all(jellyseerr.measured.values()), jellyseerr.measured
    assert jellyseerr.problem_stages == []
