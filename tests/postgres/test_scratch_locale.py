"""A scratch database sorts text the same on every machine: its locale is C.UTF-8 whatever `LANG` the
cluster was initialised under, with the planner rules of a non-"C" collation (as production's)."""

from __future__ import annotations

import pytest

from dbperf.postgres.database import SCRATCH_LOCALE, Database
from dbperf.postgres.embedded import EmbeddedPostgres

pytestmark = pytest.mark.db


def test_the_scratch_locale_does_not_follow_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")  # initdb's default would then be "C"
    with EmbeddedPostgres() as pg, Database.scratch(pg.uri, name="locale_check") as db:
        assert db.fetchval("SELECT datcollate FROM pg_database WHERE datname = current_database()") == SCRATCH_LOCALE
        db.execute("CREATE TABLE t AS SELECT md5(g::text) AS s FROM generate_series(1, 20000) g")
        db.execute("CREATE INDEX t_s ON t (s)")
        db.execute("ANALYZE t")
        # Code-point order: 'B' sorts before 'a'.
        assert [r[0] for r in db.fetchall("SELECT x FROM unnest(ARRAY['a', 'B']) x ORDER BY x")] == ["B", "a"]
        # A plain B-tree cannot serve a prefix LIKE under a non-"C" collation, as on en_US production.
        plan = "\n".join(r[0] for r in db.fetchall("EXPLAIN SELECT * FROM t WHERE s LIKE 'abc%'"))
        assert "Index" not in plan
