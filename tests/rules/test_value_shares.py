"""Findings that depend on the share of a filtered value say so (issue 13.4), on real seeded data.

A 4-table-blog-like schema: `status = 'published'` (common in any blog), `status = 'archived'` with
ORDER BY … LIMIT, and `email ILIKE '%@gmail.com'`. dbperf's guesses are stated as guesses; a share
given in `[seed.columns]` is stated as given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.pipeline import AuditOptions, run_audit
from dbperf.project import discover
from dbperf.report.json_report import finding_dict

SCHEMA = """
CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE);
CREATE TABLE articles (
  id serial PRIMARY KEY,
  author_id integer NOT NULL REFERENCES authors(id),
  title text NOT NULL,
  status text NOT NULL DEFAULT 'draft',
  created_at timestamptz NOT NULL DEFAULT now()
);
"""
QUERIES = """
SELECT id, title FROM articles WHERE status = 'published';
SELECT id, title FROM articles WHERE status = 'archived' ORDER BY created_at DESC LIMIT 20;
SELECT id, name FROM authors WHERE email ILIKE '%@gmail.com';
SELECT id, title, created_at FROM articles WHERE status = 'published' ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 20000;
"""


def _audit(tmp_path: Path, server_uri: str, columns: str = "") -> list:
    (tmp_path / "schema.sql").write_text(SCHEMA)
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "captured.sql").write_text(QUERIES)
    (tmp_path / "dbperf.toml").write_text(
        'schema = "schema.sql"\nqueries = ["queries"]\n[seed]\nseed = 7\n'
        "rows = { authors = 20000, articles = 100000 }\n[thresholds]\nrepeats = 1\n" + columns)
    return run_audit(discover(tmp_path), AuditOptions(server_uri=server_uri)).report.findings


def _one(findings: list, rule: str, table: str, columns: tuple[str, ...]):
    found = [f for f in findings if f.rule == rule and f.table == table and f.columns == columns]
    assert found, "\n".join(f"{f.rule} {f.table} {f.columns}: {f.message}" for f in findings)
    return found[0]


def test_guessed_shares_are_stated_as_guesses(tmp_path: Path, pg_server) -> None:
    findings = _audit(tmp_path, pg_server.uri)
    # 'published' is seeded as one of the main values (25 %), not 4 %: an index on status alone
    # reads as many pages as the table has there, so it is not proposed.
    assert not [f for f in findings if f.rule == "missing-index" and f.columns == ("status",)]
    ordered = _one(findings, "missing-index", "articles", ("status", "created_at"))
    [share] = ordered.assumes
    assert (share.column, share.predicate, share.source) == ("status", "status = 'archived'", "seeded default")
    assert 0.2 <= share.share <= 0.3 and share.rows == round(share.share * 100_000)
    assert share.break_even is None and share.holds_anywhere  # the index feeds the LIMIT in order
    assert "seeded at" not in ordered.message  # a share that cannot flip the verdict is left to `assumes`
    data = finding_dict(ordered)["assumes"][0]
    assert data["source"] == "seeded default" and data["break_even"] is None and data["rows"] == share.rows
    # The pattern matches seeded rows (it matched none before), and the finding says how many.
    search = _one(findings, "leading-wildcard", "authors", ("email",))
    [pattern] = search.assumes
    assert pattern.predicate == "email ILIKE '%@gmail.com'"
    assert 0.03 <= pattern.share <= 0.07 and pattern.source == "seeded default"
    assert pattern.plausible_max == 1.0  # a pattern may match any share of rows
    if not pattern.holds_anywhere:  # the trial's break-even is below 100 %: the message says so
        assert f"a trigram index helps while email ILIKE '%@gmail.com' is under " in search.message
        assert f"seeded at {pattern.share * 100:.2g} %" in search.message and "dbperf's guess" in search.message
    # OFFSET 20,000 is reached only because 'published' is seeded common: a guess, so not an error
    # (a captured offset of 10,000 or more made it one whatever the data).
    paging = next(f for f in findings if f.rule == "offset-pagination" and f.table == "articles")
    [kept] = paging.assumes
    assert (kept.predicate, kept.direction, kept.source) == ("status = 'published'", "over", "seeded default")
    assert kept.holds and not kept.holds_anywhere and paging.severity == "warning"
    assert f"holds while status = 'published' is at least {kept.break_even * 100:.2g} % of rows" in paging.message


def test_a_share_given_in_seed_columns_is_stated_as_given(tmp_path: Path, pg_server) -> None:
    columns = '[seed.columns."articles.status"]\nvalues = { draft = 0.6, published = 0.02, archived = 0.38 }\n'
    findings = _audit(tmp_path, pg_server.uri, columns)
    rare = _one(findings, "missing-index", "articles", ("status",))
    [share] = rare.assumes
    assert share.source == "[seed.columns]" and share.known
    assert share.share == pytest.approx(0.02, abs=0.003)
    assert share.break_even is not None and share.share < share.break_even < 1
    assert f"holds while status = 'published' is under {share.break_even * 100:.2g} % of rows" in rare.message
    assert "from [seed.columns]" in rare.message and "dbperf's guess" not in rare.message
    # 2 % of 100,000 rows: OFFSET 20,000 is past the last page; the finding says what it would need.
    paging = next(f for f in findings if f.rule == "offset-pagination" and f.table == "articles")
    [kept] = paging.assumes
    assert kept.source == "[seed.columns]" and not kept.holds and paging.severity == "warning"
    assert f"is at least {kept.break_even * 100:.2g} % of rows; seeded at 2" in paging.message


def test_error_only_when_the_share_is_given_or_cannot_matter() -> None:
    from dbperf.findings import Assumption
    from dbperf.rules.shares import METHOD, capped

    guessed = Assumption("orders", "status", "status = 'completed'", 0.04, 8157, 200_000, "seeded default",
                         break_even=0.12, plausible_max=1.0, method=METHOD)
    assert capped("error", [guessed]) == "warning"
    assert "holds while status = 'completed' is under 12 % of rows; seeded at 4 %" in guessed.sentence()
    assert "give production's share with --stats or [seed.columns]" in guessed.sentence()
    given = Assumption("orders", "status", "status = 'completed'", 0.04, 8157, 200_000, "stats.json",
                       break_even=0.12, plausible_max=1.0, method=METHOD)
    assert capped("error", [given]) == "error" and "from stats.json" in given.sentence()
    crossed = Assumption("orders", "status", "status = 'completed'", 0.3, 60_000, 200_000, "stats.json",
                         break_even=0.12, plausible_max=1.0, method=METHOD)
    assert not crossed.holds and capped("error", [crossed]) == "warning"
    anywhere = Assumption("orders", "user_id", "user_id = $1", 0.00002, 4, 200_000, "seeded default",
                          break_even=0.3, plausible_max=0.05, method=METHOD)
    assert capped("error", [anywhere]) == "error"
    empty = Assumption("user", "email", "email ILIKE '%@gmail.com'", 0.0, 0, 50_000, "seeded default",
                       break_even=None, method="")
    assert "measured on an empty result" in empty.sentence() and not empty.holds_anywhere
