"""After seeding, every table's visibility map is set, whatever the loads' overlap in time
(seed/visibility.py): the planner prices index-only scans the same way on every run."""

from __future__ import annotations

import pytest

from dbperf.seed.visibility import NOT_ALL_VISIBLE, settle_visibility

pytestmark = [pytest.mark.db]


def test_tables_left_not_all_visible_are_vacuumed_again(scratch_db) -> None:
    db = scratch_db
    db.execute("CREATE TABLE kept (id int PRIMARY KEY, note text)")
    db.execute("CREATE TABLE other (id int PRIMARY KEY)")
    db.execute("INSERT INTO kept SELECT g, 'n' || g FROM generate_series(1, 20000) g")
    db.execute("INSERT INTO other SELECT generate_series(1, 5000)")
    db.execute("UPDATE kept SET note = note || '!' WHERE id % 100 = 0")  # some pages' bits cleared
    db.execute("ANALYZE kept, other")  # relallvisible as the maps are now: none set
    assert db.fetchall(NOT_ALL_VISIBLE) == [("public.kept",), ("public.other",)]
    assert settle_visibility(db) == ["public.kept", "public.other"]
    # what a VACUUM right after the asynchronous commits could not set, with the WAL flushed it does
    assert db.fetchall(NOT_ALL_VISIBLE) == []
    assert db.fetchval("SELECT relallvisible = relpages FROM pg_class WHERE relname = 'kept'")
    assert settle_visibility(db) == []  # nothing left to do
