"""Rows the migrations themselves inserted (an admin user, default projects, lookup rows).

The seeder numbers keys from 1 and builds every foreign key from the keys it generates, so a
row a migration left behind collides with a seeded primary key or UNIQUE value and the whole
table (and every table with a NOT NULL foreign key to it) ends up empty. Those rows are
removed before seeding, one TRUNCATE for all the tables the plan fills, and reported: the
seeded rows take their place, every foreign key points at a seeded row, and a plan measured on
the table sees the planned row count rather than a mix.
"""

from __future__ import annotations

from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.model import Schema
from dbperf.seed.plan import SeedPlan
from dbperf.seed.sqltext import quote_table


def clear_migration_rows(db: Database, schema: Schema, plan: SeedPlan, problems: Problems) -> None:
    """Empty the tables the plan seeds that already hold rows, and say which and how many."""
    found: dict[str, int] = {}
    for key in plan.order:
        if plan.rows.get(key, 0) <= 0 or schema.tables[key].kind not in ("table", "partitioned"):
            continue
        table = quote_table(schema.tables[key])  # a partitioned table: with its partitions' rows
        if db.fetchval(f"SELECT EXISTS (SELECT FROM {table})"):
            found[key] = db.fetchval(f"SELECT count(*) FROM {table}")
    if not found:
        return
    tables = ", ".join(quote_table(schema.tables[key]) for key in found)
    db.execute(f"TRUNCATE {tables} CASCADE")
    listed = ", ".join(f"{key} ({rows:,})" for key, rows in found.items())
    problems.add(
        "seed",
        f"{len(found)} table(s) held rows inserted by the migrations, removed before seeding "
        f"(seeded keys would collide with them): {listed}",
        hint="the seeded rows replace them; give the values the workload needs in [seed.columns] "
        "if a query looks for one of them",
    )
