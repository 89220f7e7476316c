"""missing-index and fk-without-index try the same index in one trial: it is built once, on real
seeded data, and both findings are measured as when each rule built it alone."""

from __future__ import annotations

from pathlib import Path

from dbperf.diagnostics import Problems
from dbperf.explain import runner as runner_module
from dbperf.pipeline import AuditOptions, measured, run_rules
from dbperf.project import discover

SCHEMA = """
CREATE TABLE "user" (id text PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (id serial PRIMARY KEY, user_id text NOT NULL REFERENCES "user"(id), amount integer NOT NULL);
"""
QUERIES = "SELECT id, amount FROM orders WHERE user_id = 'u42';\n"


def test_one_build_serves_both_rules(tmp_path: Path, pg_server, monkeypatch) -> None:
    (tmp_path / "schema.sql").write_text(SCHEMA)
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "captured.sql").write_text(QUERIES)
    (tmp_path / "dbperf.toml").write_text(
        'schema = "schema.sql"\nqueries = ["queries"]\n[seed]\nseed = 7\n'
        'rows = { user = 3000, orders = 40000 }\n[thresholds]\nrepeats = 1\n')
    built: list[list[str]] = []
    real_trial = runner_module.run_trial

    def counted(conn, ddl, groups, raw=()):
        built.append(list(ddl))
        return real_trial(conn, ddl, groups, raw)

    monkeypatch.setattr(runner_module, "run_trial", counted)
    with measured(discover(tmp_path), AuditOptions(server_uri=pg_server.uri)) as m:
        problems = Problems()
        findings = run_rules(m.context, problems, ["missing-index", "fk-without-index"], jobs=2, runner=m.runner)
    assert not list(problems), [p.message for p in problems]
    by_rule = {f.rule: f for f in findings if f.table == "orders" and f.columns == ("user_id",)}
    assert set(by_rule) == {"missing-index", "fk-without-index"}
    assert all(f.proof == "measured" for f in by_rule.values())
    # the lookup a parent delete runs reads a few index pages with the index, the whole table without
    evidence = by_rule["fk-without-index"].evidence
    assert evidence["lookup_buffers_with_index"] * 2 <= evidence["lookup_buffers"]
    assert [ddl for ddl in built if "orders (user_id)" in " ".join(ddl)] == [
        ["CREATE INDEX orders_user_id_idx ON orders (user_id);"]]
