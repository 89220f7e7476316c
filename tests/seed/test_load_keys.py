"""Keys built after the load, and long prose copied from a corpus: the database ends up as declared."""

from __future__ import annotations

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.seed.seeder import seed

DDL = """
CREATE TABLE author (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  handle text NOT NULL,
  CONSTRAINT author_handle_key UNIQUE NULLS NOT DISTINCT (handle) INCLUDE (email)
);
CREATE TABLE article (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  author_id text NOT NULL REFERENCES author(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  editor_id text REFERENCES author(id) ON DELETE SET NULL,
  slug text NOT NULL,
  content text NOT NULL,
  CONSTRAINT article_slug_key UNIQUE (slug) WITH (fillfactor = 70)
);
CREATE INDEX article_author_idx ON article (author_id);
CREATE TABLE reply (
  article_id bigint NOT NULL REFERENCES article(id),
  position integer NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (article_id, position)
);
CREATE TABLE audit (id bigint NOT NULL, author_id text REFERENCES author(id)) PARTITION BY RANGE (id);
CREATE TABLE audit_all PARTITION OF audit FOR VALUES FROM (MINVALUE) TO (MAXVALUE);
"""

ROWS = {"author": 500, "article": 3000, "reply": 4000, "audit": 0, "audit_all": 0}

CONSTRAINTS = """
SELECT c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid), c.convalidated,
       c.condeferrable, c.condeferred
FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
WHERE n.nspname = 'public' ORDER BY 1, 2
"""


def _constraints(db: Database) -> list[tuple]:
    return db.fetchall(CONSTRAINTS)


def _seed(db: Database, rows: dict[str, int]) -> Problems:
    problems = Problems()
    seed(db, read_schema(db), Config(rows=rows), problems=problems)
    return problems


def test_keys_unique_constraints_and_foreign_keys_come_back_exactly_as_declared(scratch_db):
    db = scratch_db
    db.execute(DDL)
    before = _constraints(db)
    problems = _seed(db, ROWS)
    assert [p.message for p in problems] == []
    assert _constraints(db) == before  # names, definitions, DEFERRABLE, validated: all as declared
    assert int(db.fetchval("SELECT count(*) FROM reply")) == ROWS["reply"]
    # The keys work: a duplicate and an orphan are refused like on the application's database.
    dup = db.fetchval("SELECT email FROM author LIMIT 1")
    for statement in (f"INSERT INTO author (id, email, handle) VALUES ('new', '{dup}', 'new')",
                      "INSERT INTO reply (article_id, position, body) VALUES (-1, 1, 'x')"):
        try:
            db.execute(statement)
        except Exception as exc:  # noqa: BLE001 - the kind of error is checked below
            assert type(exc).__name__ in ("UniqueViolation", "ForeignKeyViolation")
        else:
            raise AssertionError(f"accepted: {statement}")


def test_long_prose_is_varied_compressed_and_leaves_nothing_behind(scratch_db):
    db = scratch_db
    db.execute(DDL)
    _seed(db, ROWS)
    stored, raw, distinct = db.fetchall(
        "SELECT avg(pg_column_size(content))::float8, avg(octet_length(content))::float8, count(DISTINCT content) "
        "FROM article")[0]
    assert 1000 <= raw <= 4000
    assert stored < 0.7 * raw  # compressed, as PostgreSQL stores prose written by an application
    assert distinct > 0.8 * ROWS["article"]
    assert db.fetchval("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'dbperf%'") == 0


def test_same_prose_for_the_same_seed(scratch_db, pg_server):
    db = scratch_db
    db.execute(DDL)
    _seed(db, ROWS)
    other = Database.scratch(pg_server.uri, name="load_keys_twin")
    try:
        other.execute(DDL)
        _seed(other, ROWS)
        digest = "SELECT md5(string_agg(content, '|' ORDER BY id)) FROM article"
        assert db.fetchval(digest) == other.fetchval(digest)
    finally:
        other.close()


def test_a_table_that_cannot_be_seeded_keeps_its_keys_and_so_do_its_neighbours(scratch_db):
    db = scratch_db
    db.execute(DDL)
    db.execute("""
        CREATE TABLE measurement (id serial PRIMARY KEY, value pg_snapshot NOT NULL,  -- no generator: a word fails
                                  author_id text REFERENCES author(id));
        CREATE TABLE reading (id serial PRIMARY KEY, measurement_id integer NOT NULL REFERENCES measurement(id));
    """)
    before = _constraints(db)
    problems = _seed(db, {**ROWS, "measurement": 100, "reading": 100})
    assert "measurement" in " ".join(p.message for p in problems)
    assert _constraints(db) == before
    assert int(db.fetchval("SELECT count(*) FROM article")) == ROWS["article"]
