"""`dbperf init`: a commented dbperf.toml from what discovery found, which loads back to the same
project. No database: discovery and the config only."""

from __future__ import annotations

import shutil
from dataclasses import fields
from pathlib import Path

from dbperf.config import GATE_KEYS, SECTION_KEYS, Config, DatabaseSettings
from dbperf.project import Project, discover
from tests.dbperf_cli import invoke

SAAS = Path(__file__).resolve().parents[2] / "fixtures" / "saas"
SAME_AS_DISCOVERY = {"schema", "queries", "source"}  # the fields init writes or that name the file


def _settings(config: Config) -> dict:
    return {
        f.name: getattr(config, f.name) for f in fields(Config) if f.name not in SAME_AS_DISCOVERY
    }


def _assert_loads_back_as_discovered(root: Path, before: Project) -> None:
    after = discover(root)
    assert after.config.source == root / "dbperf.toml"
    assert after.schema_paths == before.schema_paths
    assert after.query_paths == before.query_paths
    assert after.conventions == before.conventions
    assert _settings(after.config) == _settings(before.config) == _settings(Config(root=root))


def test_init_pins_what_discovery_found_in_the_example(tmp_path: Path) -> None:
    root = tmp_path / "saas"
    shutil.copytree(SAAS, root)
    (root / "dbperf.toml").unlink()
    before = discover(root)

    run = invoke("init", root)

    assert run.code == 0, run
    assert f"wrote {root / 'dbperf.toml'}" in run.err
    text = (root / "dbperf.toml").read_text()
    assert 'schema = "lib/db/migrations"' in text and "drizzle-kit" in text
    assert 'queries = ["queries"]' in text
    for key in SECTION_KEYS["thresholds"] | GATE_KEYS | set(DatabaseSettings.__dataclass_fields__):
        assert f"# {key} = " in text, f"{key} is missing from the written dbperf.toml"
    assert (
        "# large_table_rows = 10000" in text
        and "# scale = 1.0" in text
        and '# fail_on = "error"' in text
    )
    _assert_loads_back_as_discovered(root, before)


def test_init_on_a_plain_migrations_folder(tmp_path: Path) -> None:
    root = tmp_path / "app"
    (root / "db" / "migrations").mkdir(parents=True)
    (root / "db" / "migrations" / "000001_users.up.sql").write_text(
        "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
    )
    (root / "db" / "migrations" / "000001_users.down.sql").write_text("DROP TABLE users;\n")
    (root / "logs").mkdir()
    (root / "logs" / "app.sql").write_text("SELECT id FROM users WHERE email = 'a@b.c';\n")
    before = discover(root)

    run = invoke("init", root)

    assert run.code == 0, run
    text = (root / "dbperf.toml").read_text()
    assert 'schema = "db/migrations"' in text and f"found: {before.conventions[0]}" in text
    assert 'queries = ["logs"]' in text
    _assert_loads_back_as_discovered(root, before)


def test_init_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    root = tmp_path / "saas"
    shutil.copytree(SAAS, root)
    mine = (root / "dbperf.toml").read_text()

    refused = invoke("init", root)

    assert refused.code == 2, refused
    assert "already exists" in refused.err and "--force" in refused.err
    assert (root / "dbperf.toml").read_text() == mine

    forced = invoke("init", root, "--force")

    assert forced.code == 0, forced
    assert (root / "dbperf.toml").read_text().startswith("# dbperf.toml, written by `dbperf init`")


def test_init_without_a_schema_leaves_it_to_fill_in(tmp_path: Path) -> None:
    run = invoke("init", tmp_path)

    assert run.code == 0, run
    assert "no schema found" in run.err
    text = (tmp_path / "dbperf.toml").read_text()
    assert '# schema = "schema.sql"' in text and '# queries = ["queries"]' in text
    assert Config.load(tmp_path).schema == []


def test_init_will_not_hide_a_tool_dbperf_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.dbperf]\nschema = "schema.sql"\n')

    run = invoke("init", tmp_path)

    assert run.code == 2, run
    assert "[tool.dbperf]" in run.err
    assert not (tmp_path / "dbperf.toml").exists()
