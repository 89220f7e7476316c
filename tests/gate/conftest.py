"""Helpers of the gate tests: small projects in tmp_path, the `dbperf` command with `check` registered."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from dbperf.explain.plan import Plan, PlanNode
from dbperf.findings import Finding
from dbperf.report.model import QueryReport, Report
from tests.dbperf_cli import invoke

TIMEOUT_S = 300
# The `dbperf` command, run by this test session's Python.
LAUNCH = "from dbperf.cli import app\napp(prog_name='dbperf')\n"

SMALL_SCHEMA = """\
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE posts (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES users(id),
  title text NOT NULL,
  published boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_author_id_idx ON posts (author_id);
"""
SMALL_QUERIES = """\
SELECT id, title FROM posts WHERE author_id = 42;
SELECT id, email FROM users WHERE id = 7;
"""
SMALL_CONFIG = """\
schema = "schema.sql"
queries = ["queries"]

[seed.rows]
users = 2000
posts = 20000

[thresholds]
large_table_rows = 1000
repeats = 1
"""


def make_small(root: Path, *, schema: str = SMALL_SCHEMA, queries: str = SMALL_QUERIES,
               config: str = SMALL_CONFIG) -> Path:
    """A two-table project (22,000 rows: a couple of seconds to audit)."""
    (root / "queries").mkdir(parents=True, exist_ok=True)
    (root / "schema.sql").write_text(schema)
    (root / "queries" / "app.sql").write_text(queries)
    (root / "dbperf.toml").write_text(config)
    return root


@dataclass
class Run:
    code: int
    out: str
    err: str

    def __str__(self) -> str:
        return f"exit {self.code}\n--- stdout\n{self.out[-4000:]}\n--- stderr\n{self.err[-4000:]}"


def dbperf(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `dbperf ARGS` in a real process, as a user (or a CI job) does."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    full_env.update({"COLUMNS": "120", "NO_COLOR": "1"})
    full_env.update(env or {})
    proc = subprocess.run([sys.executable, "-c", LAUNCH, *args], capture_output=True, text=True, cwd=cwd,
                          env=full_env, timeout=TIMEOUT_S)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def dbperf_in_process(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
                      ) -> Run:
    """`dbperf ARGS` as `dbperf` above, in this process (tests/dbperf_cli.py): for commands
    that stop before PostgreSQL, about 1 s of CPU less than a real process."""
    unset: dict[str, str | None] = {k: None for k in os.environ if k.startswith("GITHUB_")}
    run = invoke(*args, cwd=cwd, env={**unset, "COLUMNS": "120", **(env or {})})
    return Run(run.code, run.out, run.err)


# -- hand-made reports for the decision and renderer unit tests ---------------------------------------------

def plan(node_type: str = "Index Scan", relation: str = "posts", index: str | None = "author_idx",
         buffers: int = 4) -> Plan:
    node = PlanNode(node_type=node_type, relation=relation, index_name=index, actual_rows=3, actual_loops=1,
                    shared_hit=buffers)
    return Plan(root=node, execution_ms=0.1)


def query(fingerprint: str = "aaaa000000000001", *, ms: float | None = 0.1, buffers: int | None = 4,
          shape: Plan | None = None, origin: str = "queries/app.sql:3", sql: str = "SELECT * FROM posts WHERE author_id = $1",
          error: str | None = None) -> QueryReport:
    p = shape if shape is not None else (plan(buffers=buffers or 0) if error is None else None)
    return QueryReport(fingerprint=fingerprint, sql=sql, calls=1, kind="select", origins=(origin,), ms=ms,
                       buffers=buffers, plan=p, error=error, params_source="literal")


def finding(rule: str = "missing-index", severity: str = "warning", table: str | None = "posts",
            columns: tuple[str, ...] = ("author_id",), queries: tuple[str, ...] = ("aaaa000000000001",),
            origins: tuple[str, ...] = ("queries/app.sql:3",), message: str = "Seq Scan on posts") -> Finding:
    return Finding(rule=rule, severity=severity, message=message, table=table, columns=columns, queries=queries, proof="measured",
                   origins=origins, evidence={"before_ms": 12.5, "buffers": 1234})


def report(findings: list[Finding] | None = None, queries: list[QueryReport] | None = None) -> Report:
    return Report(database={"seed": 42, "scale": 1.0, "postgres": "18.0"},
                  inputs={"root": ".", "schema": ["schema.sql"]},
                  findings=list(findings or []), queries=list(queries or [query()]))


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return make_small(tmp_path / "app")
