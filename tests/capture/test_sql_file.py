"""`.sql` capture files: statement splitting and line numbers."""

from __future__ import annotations

from pathlib import Path

from dbperf.capture.sql_file import load_sql_file, split_statements


def statements(text: str) -> list[tuple[int, str]]:
    return [
        (s.origin.line, s.sql) for s in split_statements(text.splitlines(keepends=True), "q.sql")
    ]


def test_sample_file(samples: Path) -> None:
    found = [(s.origin.line, s.sql) for s in load_sql_file(samples / "queries.sql")]
    assert found == [
        (2, "SELECT * FROM users WHERE id = 1"),
        (3, "SELECT * FROM users WHERE id = 2"),
        (3, "SELECT 'a;b' AS semi"),
        (6, 'SELECT $tag$ body; with; semicolons $tag$ AS body,\n       "odd;name"\n  FROM users'),
        (9, "BEGIN"),
        (10, "UPDATE users SET name = 'x' WHERE id = 3"),
        (11, "COMMIT"),
        (12, "SELEC broken FROM users"),
        (13, "DELETE FROM users\n WHERE id = 4"),
    ]
    first = next(load_sql_file(samples / "queries.sql"))
    assert first.origin.path == str(samples / "queries.sql")
    assert first.session is None and first.params is None and first.duration_ms is None


def test_semicolons_in_strings_comments_and_dollar_quotes() -> None:
    text = "select ';' as a; -- trailing; comment\nselect $$;\n;$$; select /* ; */ 2;\n"
    assert statements(text) == [
        (1, "select ';' as a"),
        (2, "select $$;\n;$$"),
        (3, "select /* ; */ 2"),
    ]


def test_string_spanning_lines_with_semicolons() -> None:
    text = "select 'line one;\nline two;\nend';\nselect 3;\n"
    assert statements(text) == [(1, "select 'line one;\nline two;\nend'"), (4, "select 3")]


def test_empty_statements_and_comments_only() -> None:
    assert statements(";;\n-- nothing here\n/* nor here */\n") == []


def test_unterminated_string_at_end_is_kept_for_the_parser_to_report() -> None:
    assert statements("select 1;\n\n  select 'oops\n") == [(1, "select 1"), (3, "select 'oops")]


def test_non_ascii_text() -> None:
    assert statements("select 'é;ü' ; select 'ß'\n") == [(1, "select 'é;ü'"), (1, "select 'ß'")]
