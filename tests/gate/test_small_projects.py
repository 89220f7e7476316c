"""The gate end to end on small projects (22,000 rows, a few seconds each): the `dbperf check` and
`dbperf baseline` commands in real processes (exit codes 0 / 1 / 2, CI outputs), comparison mode
against a directory and a git ref, deterministic baselines."""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import SMALL_QUERIES, dbperf, dbperf_in_process, make_small

from dbperf.diagnostics import DbperfError
from dbperf.gate.run import CheckOptions, run_baseline, run_check
from dbperf.pipeline import AuditOptions

INDEX = "CREATE INDEX posts_author_id_idx ON posts (author_id);\n"


def drop_index(root: Path) -> None:
    schema = root / "schema.sql"
    schema.write_text(schema.read_text().replace(INDEX, ""))


@pytest.mark.db
def test_cli_baseline_then_check_passes_then_fails_when_an_index_goes(tmp_path: Path) -> None:
    app = make_small(tmp_path / "app")
    made = dbperf("baseline", str(app))
    assert made.code == 0, made
    assert "baseline written to" in made.err
    data = json.loads((app / ".dbperf-baseline.json").read_text())
    assert {q["origins"][0] for q in data["queries"]} == {"queries/app.sql:1", "queries/app.sql:2"}

    same = dbperf("check", str(app))
    assert same.code == 0, same
    assert "passed" in same.out

    drop_index(app)
    summary = tmp_path / "summary.md"
    failed = dbperf("check", str(app), "--format", "junit", "--output", str(tmp_path / "junit.xml"),
                    env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert failed.code == 1, failed
    # annotations for GitHub, the verdict in the log, the step summary, the JUnit file
    assert "::error file=queries/app.sql,line=1,title=dbperf plan regression::plan changed:" in failed.out
    assert "Seq Scan on posts" in failed.err and "queries/app.sql:1" in failed.err and "FAILED" in failed.err
    assert "❌ dbperf check failed" in summary.read_text()
    junit = ET.parse(tmp_path / "junit.xml").getroot()
    assert int(junit.get("failures")) >= 2  # the query's case and plan-regression


@pytest.mark.db
def test_cli_machine_formats_keep_stdout_clean(tmp_path: Path) -> None:
    app = make_small(tmp_path / "app", queries=SMALL_QUERIES + "SELECT id FROM posts ORDER BY created_at "
                     "DESC LIMIT 20 OFFSET 15000;\n")
    run = dbperf("check", str(app), "--format", "sarif", "--no-baseline", env={"GITHUB_ACTIONS": "true"})
    assert run.code == 1, run  # offset-pagination at 15,000 is an error
    sarif = json.loads(run.out)  # annotations went to stderr, not into the SARIF
    assert sarif["version"] == "2.1.0"
    assert "::error file=queries/app.sql,line=3" in run.err
    ok = dbperf("check", str(app), "--format", "json", "--no-baseline", "--rule", "missing-index")
    assert ok.code == 0, ok
    assert json.loads(ok.out)["gate"]["passed"] is True


@pytest.mark.parametrize("case", ["broken-toml", "no-schema", "ignore-without-reason", "bad-baseline",
                                  "missing-baseline", pytest.param("no-such-ref", marks=pytest.mark.db),
                                  "bad-fail-on", "no-such-path"])
def test_cli_exit_2_when_dbperf_cannot_run(tmp_path: Path, case: str) -> None:
    app = make_small(tmp_path / "app")
    args = ["check", str(app)]
    if case == "broken-toml":
        (app / "dbperf.toml").write_text('schema = "schema.sql\n[seed\n')
        words = "not valid TOML"
    elif case == "no-schema":
        (app / "schema.sql").unlink()
        words = "no such file or directory"
    elif case == "ignore-without-reason":
        (app / "dbperf.toml").write_text((app / "dbperf.toml").read_text() + '\n[[ignore]]\nrule = "missing-index"\n')
        words = "has no reason"
    elif case == "bad-baseline":
        (app / ".dbperf-baseline.json").write_text("{not json")
        words = "not a readable JSON file"
    elif case == "missing-baseline":
        args += ["--baseline", str(tmp_path / "nope.json")]
        words = "no such file"
    elif case == "no-such-ref":
        args += ["--against", "no-such-branch"]
        words = "--against no-such-branch"
    elif case == "bad-fail-on":
        args += ["--fail-on", "fatal"]
        words = "fatal"
    else:
        args = ["check", str(tmp_path / "missing")]
        words = "no such file or directory"
    # dbperf stops before PostgreSQL: in this process, but for the git ref (a database test anyway)
    run = (dbperf if case == "no-such-ref" else dbperf_in_process)(*args)
    assert run.code == 2, run
    assert words in run.err, run
    assert "Traceback" not in run.err


def test_check_against_a_directory(pg_server, tmp_path: Path) -> None:
    before = make_small(tmp_path / "before")
    after = make_small(tmp_path / "after")
    drop_index(after)
    run = run_check(after, options=CheckOptions(against=str(before), audit=AuditOptions(server_uri=pg_server.uri)))
    result = run.result
    assert result.exit_code == 1 and result.baseline == str(before)
    assert result.blocking_regressions[0].query.origins[0].endswith("queries/app.sql:1")
    same = run_check(before, options=CheckOptions(against=str(before), audit=AuditOptions(server_uri=pg_server.uri)))
    assert same.result.exit_code == 0, same.result.reasons()


def test_check_against_a_git_ref(pg_server, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    app = make_small(repo / "services" / "app")
    git = ["git", "-C", str(repo), "-c", "user.email=t@example.com", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-q", "-m", "base"], check=True)
    # the PR: the index goes, and a deep OFFSET page appears (work tree only; HEAD keeps the old version)
    drop_index(app)
    (app / "queries" / "app.sql").write_text(SMALL_QUERIES + "SELECT id, title FROM posts ORDER BY created_at DESC "
                                             "LIMIT 20 OFFSET 15000;\n")
    run = run_check(app, options=CheckOptions(against="HEAD", audit=AuditOptions(server_uri=pg_server.uri)))
    result = run.result
    assert result.baseline == "HEAD (git)"
    assert result.exit_code == 1
    assert {g.finding.rule for g in result.blocking_findings} == {"offset-pagination"}
    assert result.blocking_regressions
    assert result.base == repo.resolve()
    assert "services/app/queries/app.sql:1" in "\n".join(result.reasons())
    with pytest.raises(DbperfError, match="not a directory nor a commit"):
        run_check(app, options=CheckOptions(against="v9.9", audit=AuditOptions(server_uri=pg_server.uri)))


def test_baselines_are_deterministic(pg_server, tmp_path: Path) -> None:
    app = make_small(tmp_path / "app")
    first, _ = run_baseline(app, audit_options=AuditOptions(server_uri=pg_server.uri))
    copy = tmp_path / "elsewhere" / "app"
    shutil.copytree(app, copy)
    second, _ = run_baseline(copy, audit_options=AuditOptions(server_uri=pg_server.uri))

    def without_times(data: dict) -> dict:
        return {**data, "queries": [{k: v for k, v in q.items() if k != "ms"} for q in data["queries"]]}

    assert without_times(first.to_dict()) == without_times(second.to_dict())


@pytest.mark.db
def test_check_fails_closed_when_a_query_cannot_be_measured(tmp_path: Path) -> None:
    """A query that errors on the seeded data was not checked: exit 2 names it, unless configured."""
    broken = "SELECT id FROM posts WHERE author_id = 42 AND 1 / (id - id) = 1;\n"
    app = make_small(tmp_path / "app", queries=SMALL_QUERIES + broken)
    run = dbperf("check", str(app), "--no-baseline")
    assert run.code == 2, run
    assert "Not checked by this run" in run.out and "queries/app.sql:3" in run.out
    assert "division by zero" in run.out and "INCOMPLETE: 0 failing findings, 1 thing not checked" in run.out

    config = app / "dbperf.toml"
    config.write_text(config.read_text() + "\n[gate]\nfail_on_incomplete = false\n")
    lenient = dbperf("check", str(app), "--no-baseline", "--format", "json")
    assert lenient.code == 0, lenient
    verdict = json.loads(lenient.out)["gate"]
    assert verdict["passed"] and any("queries/app.sql:3" in w for w in verdict["warnings"])
