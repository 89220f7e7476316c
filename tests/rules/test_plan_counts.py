"""A value share read from the query's measured plan is the count a `count(*) FILTER` gives, on real
seeded data; a plan that did not count it (a LIMIT stopped the scan, the Filter holds another
condition) is not read (rules/plan_counts.py)."""

from __future__ import annotations

from pathlib import Path

from dbperf.explain.parse import parse_plan
from dbperf.explain.plan import Plan
from dbperf.pipeline import AuditOptions, measured
from dbperf.project import discover
from dbperf.rules import plan_counts, shares

SCHEMA = """
CREATE TABLE posts (
  id serial PRIMARY KEY,
  title text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'draft',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_created_at_idx ON posts (created_at);
"""
QUERIES = {
    "whole": "SELECT count(*) FROM posts WHERE status = 'published';",
    "either": "SELECT id FROM posts WHERE title ILIKE '%lorem%' OR body ILIKE '%lorem%';",
    "stopped": "SELECT id FROM posts WHERE status = 'archived' LIMIT 5;",
    "more": "SELECT id FROM posts WHERE status = 'draft' AND created_at < now() - interval '2 days';",
}


def test_counts_read_from_the_plan_are_the_counted_ones(tmp_path: Path, pg_server) -> None:
    (tmp_path / "schema.sql").write_text(SCHEMA)
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "captured.sql").write_text("\n".join(QUERIES.values()))
    (tmp_path / "dbperf.toml").write_text(
        'schema = "schema.sql"\nqueries = ["queries"]\n[seed]\nseed = 7\nrows = { posts = 30000 }\n'
        "[thresholds]\nrepeats = 1\n")
    with measured(discover(tmp_path), AuditOptions(server_uri=pg_server.uri)) as m:
        ctx = m.context
        read: dict[str, list[str]] = {}
        for name, sql in QUERIES.items():
            group = next(g for g in ctx.groups() if g.example.sql.strip().rstrip(";") == sql.rstrip(";"))
            before = ctx.measurements[group.fingerprint]
            predicates = shares.value_predicates(ctx, group, "posts", ["title", "body", "status"],
                                                 shares.EQUALITY_OPS + shares.PATTERN_OPS)
            for predicate in predicates:
                others = [p for p in predicates if p is not predicate]
                values = [shares._values(predicate, before.params)]
                kept = plan_counts.kept(ctx, before, "posts", [predicate], values, others,
                                        [shares._values(o, before.params) for o in others])
                [from_plan] = shares.count_each(ctx, "posts", [[predicate]], before.params, before, others)
                [counted] = shares.count_each(ctx, "posts", [[predicate]], before.params)
                assert from_plan == counted and counted is not None, (name, predicate)
                read.setdefault(name, []).append(
                    "-" if kept is None else "plan" if kept.other is None else f"or {kept.other.column.column}")
    # the count's Aggregate read the whole scan: it counted status = 'published'
    assert read["whole"] == ["plan"]
    # title OR body: body's rows are the scan's less title's rows body misses (title is narrower);
    # title's own are counted directly, which is cheaper than reading every body
    assert sorted(read["either"]) == ["-", "or title"]
    # a scan the LIMIT stopped early, a Filter with another condition: counted
    assert read["stopped"] == ["-"] and read["more"] == ["-"]


def _plan(top: dict) -> Plan:
    return parse_plan([{"Plan": top, "Execution Time": 1.0}])


def _scan(filter_: str = "(status = 'a'::text)", loops: int = 1, **more) -> dict:
    return {"Node Type": "Seq Scan", "Relation Name": "posts", "Filter": filter_, "Actual Rows": 10,
            "Actual Loops": loops, "Rows Removed by Filter": 90, **more}


def test_a_scan_counted_the_whole_table_only_when_nothing_could_stop_it() -> None:
    node = lambda kind, child, **more: {"Node Type": kind, "Actual Rows": 1, "Actual Loops": 1,  # noqa: E731
                                        "Plans": [child], **more}
    read_whole = [
        _scan(),
        node("Limit", node("Sort", _scan())),  # the Sort read every row before the Limit took some
        node("Aggregate", _scan(), Strategy="Plain"),
        node("Limit", node("Aggregate", _scan(), Strategy="Hashed")),
        node("Sort", node("Gather", _scan())),  # no worker launched: one loop, the leader's
    ]
    stopped = [
        node("Limit", _scan()),
        node("Limit", node("Aggregate", _scan(), Strategy="Sorted")),  # streams: stops with the Limit
        node("WindowAgg", _scan()),  # a Run Condition stops it early
        node("Gather", _scan(loops=3)),  # workers' loops: per-loop averages
        node("Nested Loop", _scan()),
        node("Result", {**_scan(), "Parent Relationship": "SubPlan"}),  # an EXISTS stops at its first row
    ]
    assert all(len(plan_counts.whole_scans(_plan(p), "posts")) == 1 for p in read_whole)
    assert not any(plan_counts.whole_scans(_plan(p), "posts") for p in stopped)


def test_a_filter_is_read_as_terms_or_not_at_all() -> None:
    terms = lambda text: plan_counts.filter_terms(_plan(_scan(text)).root)  # noqa: E731
    assert terms("((title ~~* '%pg%'::text) OR (content ~~* $2))") == ("or", [
        plan_counts.Term("title", "ilike", "%pg%"), plan_counts.Term("content", "ilike", param=2)])
    assert terms("(published AND (NOT deleted) AND ((locale)::text = 'en'::text) AND (n = 42))") == ("and", [
        plan_counts.Term("published", "=", "true"), plan_counts.Term("deleted", "=", "false"),
        plan_counts.Term("locale", "=", "en"), plan_counts.Term("n", "=", "42")])
    # another operator, a function of the column, an array: not a count dbperf would make
    assert terms("(created_at > (now() - '7 days'::interval))") is None
    assert terms("(lower(email) = 'a'::text)") is None
    assert terms("(status = ANY ('{a,b}'::text[]))") is None
