"""Option checks of the database stage that need no server."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.config import Config
from dbperf.diagnostics import DbperfError
from dbperf.pipeline import AuditOptions, run_audit
from dbperf.project import Project
from dbperf.cli.seed import parse_rows


def _project(tmp_path: Path) -> Project:
    return Project(tmp_path, Config(root=tmp_path), [], [], None, None, [])


def test_unsupported_postgres_version_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DbperfError, match="--postgres 9"):
        run_audit(_project(tmp_path), AuditOptions(postgres="9"))


def test_container_without_docker_says_what_to_do(tmp_path: Path) -> None:
    from dbperf.postgres.container import docker_available

    from dbperf.postgres.local import find_bindir

    if docker_available() or find_bindir("16"):
        pytest.skip("PostgreSQL 16 is available here (Docker or installed binaries)")
    with pytest.raises(DbperfError, match="docker"):
        run_audit(_project(tmp_path), AuditOptions(postgres="16"))


def test_keep_with_dsn_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DbperfError, match="--keep"):
        run_audit(_project(tmp_path), AuditOptions(dsn="postgresql://nowhere/db", keep=True))


def test_stats_with_dsn_is_refused(tmp_path: Path) -> None:
    (tmp_path / "stats.json").write_text("{}")
    with pytest.raises(DbperfError, match="--stats has nothing to seed with --dsn"):
        run_audit(_project(tmp_path), AuditOptions(dsn="postgresql://nowhere/db", stats=tmp_path / "stats.json"))


def test_rows_option() -> None:
    assert parse_rows(["users=1000", "orders=5e5"]) == {"users": 1000, "orders": 500000}
    with pytest.raises(DbperfError):
        parse_rows(["users"])


def test_database_settings_from_toml(tmp_path: Path) -> None:
    (tmp_path / "dbperf.toml").write_text('[database]\ncache = false\ncache_max_databases = 3\nlock_timeout_ms = 500\n')
    config = Config.load(tmp_path)
    assert config.database.cache is False and config.database.cache_max_databases == 3
    assert config.database.lock_timeout_ms == 500
    (tmp_path / "dbperf.toml").write_text('[database]\ncach = false\n')
    with pytest.raises(DbperfError, match="cach"):
        Config.load(tmp_path)
