"""A small real table with one existing index, and the index changes the migration tests apply."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dbperf.findings import IndexChange
from dbperf.postgres.database import Database

POSTS_DDL = """
CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id integer NOT NULL,
    title text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
)"""


def indexes(db: Database, table: str = "posts") -> dict[str, str]:
    """{index name: pg_indexes.indexdef} of `table`."""
    return dict(
        db.fetchall("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1", (table,))
    )


@pytest.fixture
def list_indexes() -> Callable[[Database], dict[str, str]]:
    """`list_indexes(db)`: the posts table's {index name: indexdef}."""
    return indexes


@pytest.fixture
def posts_db(scratch_db: Database) -> Database:
    """`posts` with 1,000 rows and a plain index on user_id (the one the changes drop)."""
    scratch_db.execute(POSTS_DDL)
    scratch_db.execute(
        "INSERT INTO posts (user_id, title) SELECT g % 50, 'post number ' || g FROM generate_series(1, 1000) g"
    )
    scratch_db.execute("CREATE INDEX posts_user_id_idx ON posts (user_id) WHERE deleted_at IS NULL")
    return scratch_db


@pytest.fixture
def changes(posts_db: Database) -> list[IndexChange]:
    """Create a composite and a pg_trgm index, drop the partial user_id index (now redundant)."""
    definition = indexes(posts_db)["posts_user_id_idx"]
    return [
        IndexChange(
            "create", "posts_user_id_created_at_idx", "posts", ("user_id", "created_at"),
            reason="posts of a user, newest first: 12.5 ms -> 0.2 ms",
        ),
        IndexChange(
            "create", "posts_title_idx", "posts", ("title",), method="gin", opclass="gin_trgm_ops",
            extension="pg_trgm", reason="title ILIKE '%q%': 30 ms -> 1.1 ms",
        ),
        IndexChange(
            "drop", "posts_user_id_idx", "posts", ("user_id",), where="deleted_at IS NULL",
            definition=definition, reason="prefix of posts_user_id_created_at_idx",
        ),
    ]  # fmt: skip
