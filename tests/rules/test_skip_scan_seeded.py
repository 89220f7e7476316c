"""missing-index sees the indexes PostgreSQL 18's skip scan hides (issue 16 item 2), on seeded data.

Two shapes measured on real applications: a SaaS whose `memberships` primary key is
`(org_id, user_id)` and whose tenant switcher looks memberships up by `user_id` (a skip scan over
the key, one descent per org), and a blog counting the comments of the last 7 days with only an
`(article_id, created_at)` index (a skip scan over every article). Neither plan removes a row by
filter, so the rows-read test alone saw nothing; `dbperf advise` found `comments (created_at)`
but the audit did not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.pipeline import AuditOptions, run_audit
from dbperf.project import discover

SCHEMA = """
CREATE TABLE orgs (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE memberships (
  org_id integer NOT NULL REFERENCES orgs(id),
  user_id integer NOT NULL REFERENCES users(id),
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (org_id, user_id)
);
CREATE TABLE articles (id serial PRIMARY KEY, title text NOT NULL, published_at timestamptz);
CREATE TABLE comments (
  id serial PRIMARY KEY,
  article_id integer NOT NULL REFERENCES articles(id),
  author text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_article_created_idx ON comments (article_id, created_at);
"""
QUERIES = """
SELECT o.id, o.name, m.role FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = 4242;
SELECT role FROM memberships WHERE org_id = 7 AND user_id = 4242;
SELECT count(*) FROM comments WHERE created_at > now() - interval '7 days';
SELECT id, author, created_at FROM comments WHERE article_id = 12 ORDER BY created_at DESC LIMIT 20;
"""


@pytest.fixture(scope="module")
def findings(tmp_path_factory, pg_server) -> list:
    root = tmp_path_factory.mktemp("skip_scan")
    (root / "schema.sql").write_text(SCHEMA)
    (root / "queries").mkdir()
    (root / "queries" / "captured.sql").write_text(QUERIES)
    (root / "dbperf.toml").write_text(
        'schema = "schema.sql"\nqueries = ["queries"]\n[seed]\nseed = 11\n'
        "rows = { orgs = 120, users = 30000, memberships = 80000, articles = 300, comments = 200000 }\n"
        "[thresholds]\nrepeats = 1\n")
    return run_audit(discover(Path(root)), AuditOptions(server_uri=pg_server.uri)).report.findings


def _missing_index(findings: list, table: str) -> list:
    return [f for f in findings if f.rule == "missing-index" and f.table == table]


def _summary(findings: list) -> str:
    return "\n".join(f"{f.rule} {f.table} {list(f.columns)}: {f.message}" for f in findings)


def test_a_lookup_by_the_second_key_column_gets_its_index(findings) -> None:
    [found] = _missing_index(findings, "memberships") or [None]
    assert found is not None, _summary(findings)
    assert found.columns == ("user_id",) and found.proof == "measured"
    skip = found.evidence["skip_scan"]
    # a skip scan: the primary key descended once per org, not a seq scan the old test saw
    assert skip["index"] == "memberships_pkey" and skip["skipped_columns"] == ["org_id"]
    assert skip["index_searches"] > 10 and skip["index_page_visits"] >= 30
    assert found.message.startswith("Index Scan on memberships skips through memberships_pkey (org_id, user_id)")
    visits = f"visits index pages {skip['index_page_visits']:,} times in {skip['index_searches']:,} index searches"
    assert visits in found.message
    assert found.evidence["after_buffers"] * 2 <= found.evidence["before_buffers"]
    assert "ON memberships (user_id)" in found.fix.sql
    assert [a.column for a in found.assumes] == ["user_id"]  # the looked-up user's share, as for any equality


def test_a_recent_rows_count_gets_an_index_on_the_time_column(findings) -> None:
    [found] = _missing_index(findings, "comments") or [None]
    assert found is not None, _summary(findings)
    assert found.columns == ("created_at",) and found.proof == "measured"
    skip = found.evidence["skip_scan"]
    assert skip["index"] == "comments_article_created_idx" and skip["skipped_columns"] == ["article_id"]
    assert skip["index_searches"] > 100  # one per article
    assert found.evidence["after_buffers"] * 2 <= found.evidence["before_buffers"]
    assert "ON comments (created_at)" in found.fix.sql
    assert found.assumes == ()  # a range on now(): no seeded value share to rest on


def test_queries_that_fix_the_leading_column_are_not_reported(findings) -> None:
    # org_id = 7 AND user_id = …, article_id = 12 ORDER BY created_at: each descends the index once
    assert [f.columns for f in _missing_index(findings, "memberships")] == [("user_id",)]
    assert [f.columns for f in _missing_index(findings, "comments")] == [("created_at",)]
