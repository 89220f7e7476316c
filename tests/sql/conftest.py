"""A hand-built schema shaped like the seed's Drizzle SaaS app, plus Prisma-style tables."""

from __future__ import annotations

import pytest
from dbperf.schema.model import Column, ForeignKey, Index, Schema, Table


def _table(name: str, columns: list[str], pk: tuple[str, ...] = ("id",), schema: str = "public",
           not_null: tuple[str, ...] = (), uniques: list[tuple[str, ...]] | None = None,
           fks: list[ForeignKey] | None = None) -> Table:  # fmt: skip
    types = {"id": "text", "created_at": "timestamp without time zone", "amount": "integer"}
    cols = [Column(c, types.get(c, "text"), not_null=c in pk or c in not_null) for c in columns]
    return Table(
        name=name,
        schema=schema,
        columns=cols,
        primary_key=pk,
        uniques=uniques or [],
        foreign_keys=fks or [],
        indexes=[Index(f"{name}_pkey", name, pk, unique=True, primary=True)] if pk else [],
    )


def build_schema() -> Schema:
    tables = [
        _table(
            "user",
            ["id", "name", "email", "role", "created_at", "updated_at"],
            not_null=("email", "role", "created_at"),
            uniques=[("email",)],
        ),
        _table(
            "session",
            ["id", "user_id", "token", "expires_at"],
            fks=[ForeignKey("session_user_id_fk", "session", ("user_id",), "user", ("id",))],
        ),
        _table(
            "posts",
            [
                "id",
                "title",
                "slug",
                "content",
                "author_id",
                "locale",
                "published",
                "visibility",
                "created_at",
                "updated_at",
            ],
            fks=[ForeignKey("posts_author_id_fk", "posts", ("author_id",), "user", ("id",))],
        ),
        _table("tags", ["id", "name", "slug"]),
        _table("post_tags", ["post_id", "tag_id"], pk=("post_id", "tag_id")),
        _table("comments", ["id", "post_id", "author_id", "body"]),
        _table(
            "orders", ["id", "user_id", "amount", "status", "created_at"], not_null=("created_at",)
        ),
        _table("logs", ["message", "created_at"], pk=()),
        # Prisma models: quoted, mixed case, camelCase columns
        _table("User", ["id", "email", "name", "createdAt"]),
        _table("Post", ["id", "title", "authorId", "published", "createdAt"]),
        _table("documents", ["id", "labels", "search", "body"]),
        # the same name in two schemas: keyed "events" (public) / "audit.events"
        _table("events", ["id", "kind", "payload"], schema="audit"),
        _table("events", ["id", "kind", "created_at"]),
    ]
    return Schema(tables={t.key: t for t in tables})


@pytest.fixture(scope="session")
def schema() -> Schema:
    return build_schema()
