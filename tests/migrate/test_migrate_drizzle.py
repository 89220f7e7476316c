"""The drizzle-kit migration: next journal entry, runs inside one transaction like drizzle's migrator."""

from __future__ import annotations

import json
from pathlib import Path

from dbperf.findings import IndexChange
from dbperf.migrate.drizzle import (
    BREAKPOINT,
    drizzle_index_lines,
    write_drizzle_migration,
)
from dbperf.migrate.drizzle_index import camel_case
from dbperf.postgres.database import Database

JOURNAL = {
    "version": "7",
    "dialect": "postgresql",
    "entries": [
        {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_init", "breakpoints": True},
        {"idx": 1, "version": "7", "when": 1700000500000, "tag": "0001_posts", "breakpoints": True},
    ],
}


def drizzle_folder(root: Path, indent: int | str = 2) -> Path:
    (root / "meta").mkdir(parents=True)
    (root / "meta" / "_journal.json").write_text(json.dumps(JOURNAL, indent=indent))
    return root


def test_migration_applies_in_one_transaction(
    posts_db: Database, changes: list[IndexChange], tmp_path: Path, list_indexes
) -> None:
    folder = drizzle_folder(tmp_path / "drizzle")
    sql_path, journal_path = write_drizzle_migration(changes, folder, when=1700000900000)
    assert sql_path == folder / "0002_dbperf_indexes.sql"
    assert journal_path == folder / "meta" / "_journal.json"

    # drizzle's migrator: split on the breakpoint marker, run every chunk in one transaction
    chunks = [c for c in sql_path.read_text().split(BREAKPOINT) if c.strip()]
    with posts_db.conn.transaction():
        for chunk in chunks:
            posts_db.execute(chunk)
    after = list_indexes(posts_db)
    assert {"posts_user_id_created_at_idx", "posts_title_idx"} <= set(after)
    assert "posts_user_id_idx" not in after


def test_journal_gets_the_next_entry(changes: list[IndexChange], tmp_path: Path) -> None:
    folder = drizzle_folder(tmp_path, indent="\t")
    write_drizzle_migration(changes, folder, when=1700000900000)
    text = (folder / "meta" / "_journal.json").read_text()
    assert '\n\t"entries"' in text  # the journal's own indentation is kept
    journal = json.loads(text)
    assert journal["entries"][:2] == JOURNAL["entries"]
    assert journal["entries"][2] == {
        "idx": 2, "version": "7", "when": 1700000900000, "tag": "0002_dbperf_indexes", "breakpoints": True,
    }  # fmt: skip


def test_when_is_kept_after_the_last_entry(changes: list[IndexChange], tmp_path: Path) -> None:
    """The migrator skips a migration whose `when` is not later than the last one applied."""
    folder = drizzle_folder(tmp_path)
    write_drizzle_migration(changes, folder, when=1600000000000)
    entry = json.loads((folder / "meta" / "_journal.json").read_text())["entries"][-1]
    assert entry["when"] == 1700000500001


def test_new_folder_and_no_changes(changes: list[IndexChange], tmp_path: Path) -> None:
    assert write_drizzle_migration([], tmp_path / "empty", when=1) == []
    sql_path, journal_path = write_drizzle_migration(
        changes, tmp_path / "fresh", when=1714000000000
    )
    assert sql_path.name == "0000_dbperf_indexes.sql"
    journal = json.loads(journal_path.read_text())
    assert journal["dialect"] == "postgresql" and journal["version"] == "7"
    assert [e["idx"] for e in journal["entries"]] == [0]


def test_file_uses_plain_create_index_and_says_why(
    changes: list[IndexChange], tmp_path: Path
) -> None:
    sql_path, _ = write_drizzle_migration(changes, tmp_path, when=1)
    text = sql_path.read_text()
    assert "CONCURRENTLY" not in text.replace("CREATE INDEX CONCURRENTLY fails", "").replace(
        "CONCURRENTLY .up.sql", ""
    )
    assert "one transaction" in text and "SHARE lock" in text
    assert (
        "CREATE INDEX IF NOT EXISTS posts_title_idx ON posts USING gin (title gin_trgm_ops);"
        in text
    )
    assert text.count(BREAKPOINT) == 3  # extension + 2 creates + 1 drop = 4 statements


def test_schema_ts_lines() -> None:
    changes = [
        IndexChange("create", "orders_user_id_created_at_idx", "orders", ("user_id", "created_at")),
        IndexChange(
            "create",
            "users_email_key",
            "users",
            ("lower(email)",),
            unique=True,
            where="deleted_at IS NULL",
        ),
        IndexChange(
            "create", "posts_title_idx", "posts", ("title",), method="gin", opclass="gin_trgm_ops"
        ),
        IndexChange(
            "drop", "users_role_idx", "users", ("role",), reason="boolean-like column: never used"
        ),
    ]
    lines = drizzle_index_lines(changes, {"created_at": "createdOn"})
    assert "// import { index, uniqueIndex } from 'drizzle-orm/pg-core';" in lines
    assert "// import { sql } from 'drizzle-orm';" in lines
    assert "index('orders_user_id_created_at_idx').on(table.userId, table.createdOn)," in lines
    assert (
        "uniqueIndex('users_email_key').on(sql`lower(email)`).where(sql`deleted_at IS NULL`),"
        in lines
    )
    assert "index('posts_title_idx').using('gin', table.title.op('gin_trgm_ops'))," in lines
    assert "// remove index('users_role_idx'): boolean-like column: never used" in lines
    objects = drizzle_index_lines(changes[:1], style="object")
    assert (
        "ordersUserIdCreatedAtIdx: index('orders_user_id_created_at_idx').on(table.userId, table.createdAt),"
        in objects
    )


def test_camel_case() -> None:
    assert camel_case("user_id") == "userId"
    assert camel_case("createdAt") == "createdAt"
    assert camel_case("stripe_customer_id") == "stripeCustomerId"
