"""A throw-away `postgres:NN` container (testcontainers, the `docker` extra): `--postgres 14`.

The embedded server is PostgreSQL 18; an application running 14–17 in
production can be audited on its own major version. The container gets the
same scratch settings as the embedded cluster (no fsync, no JIT, …) and is
removed when the audit ends (testcontainers' reaper removes it even if the
process is killed).
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from dbperf.diagnostics import DbperfError
from dbperf.postgres.embedded import SCRATCH_SETTINGS

PASSWORD = "dbperf"


def docker_available() -> bool:
    """A Docker engine answers a ping (DOCKER_HOST, else the default socket)."""
    host = os.environ.get("DOCKER_HOST", "")
    if not host and not Path("/var/run/docker.sock").exists():
        return False
    try:
        import docker

        client = docker.from_env(timeout=5)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


def server_command() -> list[str]:
    args = ["postgres"]
    for name, value in SCRATCH_SETTINGS.items():
        args += ["-c", f"{name}={value.strip(chr(39))}"]
    return args


class PostgresContainer:
    """`with PostgresContainer("16") as pg: pg.uri` — a postgres:16 server dbperf owns."""

    def __init__(self, version: str) -> None:
        self.version = str(version)
        self.uri = ""
        self._container = None
        self._detached = False

    def start(self) -> "PostgresContainer":
        try:
            from testcontainers.postgres import PostgresContainer as _Container
        except ImportError as exc:
            raise DbperfError(f"--postgres {self.version} needs the docker extra",
                              hint='pip install "dbperf[docker]" (and a running Docker engine), '
                              "or leave --postgres out to use the embedded PostgreSQL 18") from exc
        if not docker_available():
            raise DbperfError(f"--postgres {self.version} needs a running Docker engine, and none answers",
                              hint="start Docker (or set DOCKER_HOST), or leave --postgres out")
        container = _Container(f"postgres:{self.version}", username="postgres", password=PASSWORD,
                               dbname="postgres")
        container.with_command(server_command())
        try:
            container.start()
        except Exception as exc:
            raise DbperfError(f"could not start postgres:{self.version}: {exc}",
                              hint="check `docker pull postgres:" + self.version + "` works") from exc
        self._container = container
        host = container.get_container_host_ip()
        port = container.get_exposed_port(5432)
        self.uri = f"postgresql://postgres:{PASSWORD}@{host}:{port}/postgres"
        return self

    def detach(self) -> None:
        """Leave the container running (--keep); `docker rm -f` ends it."""
        self._detached = True

    def stop(self) -> None:
        container, self._container = self._container, None
        if container is not None and not self._detached:
            try:
                container.stop()
            except Exception:
                pass

    def __enter__(self) -> "PostgresContainer":
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
