"""Row counts and insert order chosen before seeding."""

from dbperf.config import Config
from dbperf.schema.catalog import read_schema
from dbperf.seed.plan import make_plan

DDL = """
CREATE TABLE users (id bigserial PRIMARY KEY, email text UNIQUE NOT NULL, team_id bigint);
CREATE TABLE teams (id bigserial PRIMARY KEY, owner_id bigint REFERENCES users(id), name text);
ALTER TABLE users ADD FOREIGN KEY (team_id) REFERENCES teams(id);
CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id),
                    category_id int REFERENCES categories(id));
CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users(id), bio text);
CREATE TABLE post_categories (post_id bigint REFERENCES posts(id), category_id int REFERENCES categories(id),
                              PRIMARY KEY (post_id, category_id));
CREATE TABLE audit_log (id bigserial PRIMARY KEY, user_id bigint REFERENCES users(id));
"""


def test_tables_are_ordered_parents_first_and_cycles_deferred(scratch_db):
    scratch_db.execute(DDL)
    plan = make_plan(read_schema(scratch_db), Config(scale=0.1))
    assert plan.rows["categories"] == 10  # lookup table: small (100 x scale)
    assert plan.rows["profiles"] <= plan.rows["users"]  # 1:1 (the FK is the primary key)
    assert sum(plan.rows.values()) <= 0.105 * Config().budget  # the budget x scale (tests/seed/test_budget.py)
    order = plan.order
    assert order.index("users") < order.index("posts") < order.index("post_categories")
    assert [(fk.table, fk.columns) for fk in plan.deferred] == [("users", ("team_id",))]


def test_configured_rows_win_and_unique_foreign_keys_cap_them(scratch_db):
    scratch_db.execute(DDL)
    plan = make_plan(read_schema(scratch_db), Config(scale=2, rows={"users": 100, "profiles": 500}))
    assert plan.rows["users"] == 200
    assert plan.rows["profiles"] == 200  # one profile per user at most
    assert any("profiles" in note for note in plan.notes)
