"""Every example query's shape equals the recorded one (tests/sql/shapes/, see shape_snapshot.py).

The schema of each app is loaded into the session's real PostgreSQL; a query added to an app since
the recording is not compared (re-record to cover it), a recorded query no longer captured is ignored.
"""

from __future__ import annotations

import os

import pytest
import shape_snapshot as snapshot

RECORD = os.environ.get("DBPERF_RECORD_SHAPES") == "1"
PROJECTS = snapshot.projects()
NAMES = sorted(PROJECTS) if RECORD else sorted(n for n in PROJECTS if snapshot.path_of(n).exists())


@pytest.mark.parametrize("name", NAMES)
def test_shapes_of_every_example_query_are_the_recorded_ones(name: str, scratch_db) -> None:
    shapes = snapshot.shapes_of(PROJECTS[name], scratch_db)
    if RECORD:
        snapshot.write(name, shapes)
        return
    recorded = snapshot.read(name)
    common = sorted(set(shapes) & set(recorded))
    assert common, f"no query of {name} is in its recording: re-record (see shape_snapshot.py)"
    changed = {
        sql: {"recorded": recorded[sql], "now": shapes[sql]}
        for sql in common
        if shapes[sql] != recorded[sql]
    }
    assert not changed, f"{len(changed)} of {len(common)} shapes changed in {name}:\n" + "\n".join(
        f"{sql[:200]}\n  recorded: {d['recorded']}\n  now:      {d['now']}"
        for sql, d in changed.items()
    )
