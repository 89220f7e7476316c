"""Finding and cutting DDL statements, with the file:line of their first token (no database needed)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from dbperf.diagnostics import Problems
from dbperf.schema.sources import read_statements, read_text, schema_files

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def lines(text: str) -> list[tuple[int, str]]:
    return [(s.origin.line, s.sql) for s in read_text(text, "x.sql")]


def test_origin_is_the_first_token_not_the_comments_before_it() -> None:
    text = "-- header\n\n/* block\n comment */\nCREATE TABLE a (id int);\n\n  -- b\n  CREATE INDEX ON a (id)\n;\n"
    assert lines(text) == [(5, "CREATE TABLE a (id int)"), (8, "CREATE INDEX ON a (id)")]


def test_drizzle_breakpoints_and_statements_in_one_chunk() -> None:
    text = (
        'CREATE TABLE "a" ("id" int);--> statement-breakpoint\n'
        'CREATE TABLE "b" ("id" int)\n'  # no semicolon before the breakpoint
        "--> statement-breakpoint\n"
        'CREATE INDEX "i" ON "a" ("id");\n'
        'CREATE INDEX "j" ON "b" ("id");\n'
    )
    assert [line for line, _ in lines(text)] == [1, 2, 4, 5]
    assert lines(text)[1][1] == 'CREATE TABLE "b" ("id" int)'


def test_semicolons_inside_bodies_parentheses_and_strings_do_not_cut() -> None:
    text = (
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n"
        "CREATE FUNCTION g() RETURNS int LANGUAGE sql\n"
        "BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;\n"
        "CREATE RULE r AS ON INSERT TO t DO ALSO (NOTIFY a; NOTIFY b);\n"
        "COMMENT ON TABLE t IS 'a; b';\n"
    )
    assert [line for line, _ in lines(text)] == [1, 2, 4, 5]


def test_psql_meta_commands_and_copy_data_are_skipped() -> None:
    text = (
        "\\restrict abc123\n"
        "SET statement_timeout = 0;\n"
        "\\connect app\n"
        "COPY public.t (a, b) FROM stdin;\n"
        "1\tit's; \"not SQL\n"
        "\\.\n"
        "CREATE TABLE u (id int);\n"
        "\\unrestrict abc123\n"
    )
    statements = lines(text)
    assert [line for line, _ in statements] == [2, 4, 7]
    assert statements[2][1] == "CREATE TABLE u (id int)"


def test_unparsable_statement_is_reported_at_the_error_line_and_the_rest_read() -> None:
    problems = Problems()
    text = "CREATE TABLE a (id int);\nCREATE TABLE b (\n  id int,,\n  x int\n);\nCREATE TABLE c (id int);\n"
    statements = list(read_text(text, "s.sql", problems))
    assert [(s.origin.line, s.node is None) for s in statements] == [
        (1, False),
        (2, True),
        (6, False),
    ]
    [problem] = problems
    assert str(problem.origin) == "s.sql:3"
    assert problem.message.startswith("could not parse the statement: syntax error")
    assert problem.hint == (
        "fix the statement; it was not applied, the statements after it were; "
        "what refers to b fails too"
    )


def test_unclosed_parenthesis_is_cut_at_its_semicolons_so_the_next_statements_are_read() -> None:
    problems = Problems()
    text = (
        "CREATE TABLE a (\n  id int,\n  x int;\n"
        "CREATE TABLE b (id int);\n"
        "CREATE UNLOGGED TABLE IF NOT EXISTS app.\"User\" (id int, x numeric(3,;\n"
    )
    statements = list(read_text(text, "s.sql", problems))
    assert [(s.origin.line, s.node is None) for s in statements] == [(1, True), (4, False), (5, True)]
    assert statements[1].sql == "CREATE TABLE b (id int)"
    first, last = problems
    assert "table a was not created" in first.message
    assert "a `(` is never closed: the statement was ended at the `;` of line 3" in first.message
    assert 'table app."User" was not created' in last.message
    assert "the `;` of line 5" in last.message


def test_semicolons_between_the_actions_of_a_rule_do_not_cut() -> None:
    text = ("CREATE RULE log_it AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
            "INSERT INTO b VALUES (2));\nCREATE TABLE c (id int);\n")
    problems = Problems()
    statements = list(read_text(text, "s.sql", problems))
    assert [s.origin.line for s in statements] == [1, 2] and list(problems) == []
    assert all(s.node is not None for s in statements)


def test_semicolons_in_parentheses_of_a_statement_that_parses_do_not_cut() -> None:
    # the re-cut applies only to a statement that does not parse
    text = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT (1); SELECT 2; END;\n"
    assert [line for line, _ in lines(text)] == [1]


def test_unterminated_string_swallows_the_rest_like_postgres() -> None:
    problems = Problems()
    statements = list(
        read_text("CREATE TABLE a (id int);\nSELECT 'oops;\nSELECT 1;\n", "s.sql", problems)
    )
    assert [(s.origin.line, s.node is None) for s in statements] == [(1, False), (2, True)]
    assert str(problems.items[0].origin) == "s.sql:2"


def test_drizzle_files_follow_the_journal_not_the_alphabet() -> None:
    files = schema_files(FIXTURES / "drizzle")
    assert [f.name for f in files] == ["zesty_users.sql", "brave_posts.sql", "add_post_columns.sql"]


def test_missing_journal_file_is_a_problem(tmp_path: Path) -> None:
    folder = tmp_path / "drizzle"
    shutil.copytree(FIXTURES / "drizzle", folder)
    journal = json.loads((folder / "meta" / "_journal.json").read_text())
    journal["entries"].append({"idx": 3, "tag": "0003_gone", "when": 1, "breakpoints": True})
    (folder / "meta" / "_journal.json").write_text(json.dumps(journal))
    problems = Problems()
    statements = list(read_statements(folder, problems))
    assert len(statements) == 9
    [problem] = problems
    assert "0003_gone.sql" in problem.message and "missing" in problem.message


def test_folder_without_journal_is_read_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "002_index.sql").write_text("CREATE INDEX ON a (id);\n")
    (tmp_path / "001_table.sql").write_text("CREATE TABLE a (id int);\n")
    (tmp_path / "notes.txt").write_text("not sql")
    statements = list(read_statements(tmp_path))
    assert [(Path(s.origin.path).name, s.origin.line) for s in statements] == [
        ("001_table.sql", 1),
        ("002_index.sql", 1),
    ]


def test_folder_of_migration_folders_is_read_in_name_order(tmp_path: Path) -> None:
    for name, sql in [
        ("20240102_index", "CREATE INDEX ON a (id);"),
        ("20240101_init", "CREATE TABLE a (id int);"),
    ]:
        (tmp_path / name).mkdir()
        (tmp_path / name / "migration.sql").write_text(sql)
    (tmp_path / "migration_lock.toml").write_text('provider = "postgresql"\n')
    assert [f.parent.name for f in schema_files(tmp_path)] == ["20240101_init", "20240102_index"]


def test_long_parser_messages_are_cut_to_one_line() -> None:
    problems = Problems()
    list(read_text("SELECT 'never closed;\n" + "x\n" * 100, "s.sql", problems))
    assert "\n" not in problems.items[0].message and len(problems.items[0].message) < 220


def test_a_file_of_unclosed_statements_is_read_to_its_end() -> None:
    # each broken statement ends at its first `;` inside parentheses: one pass over the file
    text = "".join(f"CREATE TABLE t{i} (id int;\n" for i in range(3000)) + "CREATE TABLE ok (id int);\n"
    problems = Problems()
    statements = list(read_text(text, "s.sql", problems))
    assert len(statements) == 3001 and len(problems) == 3000
    assert (statements[-1].sql, statements[-1].origin.line) == ("CREATE TABLE ok (id int)", 3001)
