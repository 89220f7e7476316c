"""Catalog reader corner cases: inheritance stats, partitions, enums in several schemas."""

from __future__ import annotations

from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema


def run(db: Database, *statements: str) -> None:
    for statement in statements:
        db.execute(statement)


def test_inheritance_parent_columns_are_not_doubled_by_its_two_stats_rows(
    scratch_db: Database,
) -> None:
    run(
        scratch_db,
        "CREATE TABLE parent (id int, v text)",
        "CREATE TABLE child () INHERITS (parent)",
        "INSERT INTO parent SELECT g, 'x' FROM generate_series(1, 100) g",
        "INSERT INTO child SELECT g, 'yy' FROM generate_series(1, 100) g",
        "ANALYZE",
    )
    parent = read_schema(scratch_db).tables["parent"]
    assert parent.column_names == ["id", "v"]
    assert parent.column("v").avg_width == 2  # its own rows, not the children's


def test_partitioned_table_size_is_the_size_of_its_partitions(scratch_db: Database) -> None:
    run(
        scratch_db,
        "CREATE TABLE ev (id int, at date) PARTITION BY RANGE (at)",
        "CREATE TABLE ev_old PARTITION OF ev FOR VALUES FROM ('2000-01-01') TO ('2020-01-01')",
        "CREATE TABLE ev_new PARTITION OF ev FOR VALUES FROM ('2020-01-01') TO ('2040-01-01')",
        "INSERT INTO ev SELECT g, DATE '2010-01-01' + g FROM generate_series(1, 10000) g",
        "ANALYZE",
    )
    schema = read_schema(scratch_db)
    assert set(schema.tables) == {"ev"}  # partitions are not tables of their own
    assert schema.tables["ev"].rows == 10000
    assert schema.tables["ev"].size_bytes > 100_000


def test_enums_of_two_schemas_stay_apart_and_match_column_types(scratch_db: Database) -> None:
    run(
        scratch_db,
        "CREATE SCHEMA billing",
        "CREATE TYPE billing.status AS ENUM ('open', 'paid')",
        "CREATE TYPE status AS ENUM ('active')",
        "CREATE TYPE \"Role\" AS ENUM ('admin')",
        'CREATE TABLE billing.invoices (s billing.status, tags status[], r "Role")',
    )
    schema = read_schema(scratch_db)
    assert schema.enums == {
        "billing.status": ("open", "paid"),
        "status": ("active",),
        '"Role"': ("admin",),
    }
    invoices = schema.tables["billing.invoices"]
    for name in ("s", "r"):
        column = invoices.column(name)
        assert schema.enums[column.type] == column.enum_values
    assert schema.enums[invoices.column("tags").base_type] == ("active",)
