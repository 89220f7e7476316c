"""--postgres 14..17 through testcontainers (the `docker` extra); skipped cleanly without a Docker engine."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("testcontainers.postgres", reason="the docker extra (testcontainers) is not installed")

from dbperf.postgres.container import PostgresContainer, docker_available  # noqa: E402

if not docker_available():
    pytest.skip("no Docker engine answers (DOCKER_HOST / /var/run/docker.sock)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("version", ["14", "15", "16", "17"])
def test_audit_on_an_older_major_version(version: str, tmp_path: Path) -> None:
    from dbperf.pipeline import AuditOptions, run_audit
    from dbperf.project import discover

    report = run_audit(discover(ROOT / "fixtures" / "saas"), AuditOptions(postgres=version, scale=0.05)).report
    assert report.database["kind"] == "container"
    assert report.database["postgres"].startswith(version)
    assert report.queries_measured > 0


def test_container_server_speaks_sql() -> None:
    import psycopg

    with PostgresContainer("16") as pg:
        with psycopg.connect(pg.uri) as conn:
            assert conn.execute("SHOW server_version_num").fetchone()[0].startswith("16")
