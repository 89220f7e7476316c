"""What the embedded PostgreSQL lacks (ICU, libc locales, some extensions): the objects that depend on it
still exist in a working form, and a problem says what differs from production."""

from __future__ import annotations

from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.loader import SchemaLoad, load_schema


def load_sql(db: Database, tmp_path, text: str) -> tuple[SchemaLoad, Problems]:
    path = tmp_path / "schema.sql"
    path.write_text(text, encoding="utf-8")
    problems = Problems()
    return load_schema([path], db, problems), problems


def index_names(loaded: SchemaLoad, table: str) -> set[str]:
    found = loaded.schema.find(table, "public")
    assert found is not None, f"table {table} was not created"
    return {ix.name for ix in found.indexes}


ICU_SCHEMA = """\
CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE COLLATION english_libc (provider = libc, locale = 'en_US.utf8');
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text COLLATE public.case_insensitive NOT NULL,
    name text COLLATE "und-x-icu",
    city text COLLATE german,
    title text COLLATE "en_US"
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_name_idx ON users (name COLLATE "en-US-x-icu");
CREATE INDEX users_title_idx ON users (title COLLATE english_libc);
CREATE INDEX users_unicode_idx ON users (name COLLATE "unicode");
CREATE FUNCTION sorted_names() RETURNS SETOF text LANGUAGE sql
BEGIN ATOMIC SELECT name FROM users ORDER BY name COLLATE pg_catalog."fr-FR-x-icu"; END;
CREATE VIEW cities AS SELECT city COLLATE german AS city FROM users ORDER BY 1;
"""


def test_icu_collations_get_stand_ins_and_every_dependent_object_exists(
    scratch_db: Database, tmp_path
) -> None:
    loaded, problems = load_sql(scratch_db, tmp_path, ICU_SCHEMA)
    assert [s.reason for s in loaded.skipped] == []
    assert index_names(loaded, "users") == {
        "users_pkey", "users_email_key", "users_name_idx", "users_title_idx", "users_unicode_idx",
    }
    assert scratch_db.fetchall("SELECT to_regclass('cities') IS NOT NULL, "
                               "to_regprocedure('sorted_names()') IS NOT NULL") == [(True, True)]
    # The objects work: rows go in, the unique index holds, sorting uses the stand-ins.
    scratch_db.execute("INSERT INTO users VALUES (1, 'a@x', 'b', 'Zürich', 't'), (2, 'B@x', 'A', 'Aach', 'u')")
    assert scratch_db.fetchall("SELECT * FROM sorted_names()") == [("A",), ("b",)]
    assert scratch_db.fetchall("SELECT city FROM cities") == [("Aach",), ("Zürich",)]
    assert set(loaded.stand_in_collations) >= {
        "public.case_insensitive", "german", "english_libc", "pg_catalog.und-x-icu",
        "pg_catalog.en_US", "pg_catalog.en-US-x-icu", "pg_catalog.unicode", "pg_catalog.fr-FR-x-icu",
    }
    messages = [p.message for p in problems]
    [insensitive] = [m for m in messages if "case_insensitive" in m]
    assert "replaced by a stand-in of the same name with code-point order" in insensitive
    assert "ICU is not supported in this build" in insensitive
    assert "tells apart case and accents" in insensitive  # deterministic = false is lost
    assert 'CREATE TABLE "users" applied with collation "und-x-icu", "en_US" provided by a stand-in' in \
        "".join(messages)  # german was made by its own CREATE COLLATION, once
    assert all(p.origin is not None and p.origin.line >= 1 for p in problems)


def test_collation_stand_ins_do_not_touch_what_the_server_has(scratch_db: Database, tmp_path) -> None:
    loaded, problems = load_sql(scratch_db, tmp_path, 'CREATE TABLE t (a text COLLATE "C", b text COLLATE "C.utf8");')
    assert list(problems) == [] and loaded.stand_in_collations == []


TIMESCALE = """\
CREATE EXTENSION IF NOT EXISTS timescaledb;
CREATE TABLE metrics (time timestamptz NOT NULL, device_id int NOT NULL, value double precision);
SELECT create_hypertable('metrics', 'time');
CREATE INDEX metrics_device_time_idx ON metrics (device_id, time DESC);
ALTER TABLE metrics SET (timescaledb.compress, timescaledb.compress_segmentby = 'device_id');
CREATE MATERIALIZED VIEW metrics_hourly WITH (timescaledb.continuous) AS
SELECT time_bucket('1 hour', time) AS bucket, device_id, avg(value) AS avg_value
FROM metrics GROUP BY 1, 2 WITH NO DATA;
CREATE INDEX metrics_hourly_idx ON metrics_hourly (device_id, bucket);
"""


def test_timescaledb_tables_and_continuous_aggregates_exist_as_plain_objects(
    scratch_db: Database, tmp_path
) -> None:
    loaded, problems = load_sql(scratch_db, tmp_path, TIMESCALE)
    assert loaded.missing_extensions == ["timescaledb"]
    assert "metrics_device_time_idx" in index_names(loaded, "metrics")
    assert scratch_db.fetchall(
        "SELECT relkind FROM pg_class WHERE oid = 'metrics_hourly'::regclass") == [("m",)]
    scratch_db.execute("INSERT INTO metrics VALUES ('2024-01-01 10:17+00', 1, 2.0), ('2024-01-01 10:47+00', 1, 4.0)")
    scratch_db.execute("REFRESH MATERIALIZED VIEW metrics_hourly")
    assert scratch_db.fetchall("SELECT avg_value FROM metrics_hourly") == [(3.0,)]
    assert scratch_db.fetchall("SELECT to_regclass('metrics_hourly_idx') IS NOT NULL") == [(True,)]
    messages = [p.message for p in problems]
    [extension] = [m for m in messages if m.startswith('extension "timescaledb" is not available')]
    assert "time_bucket(interval, timestamptz)" in extension and "hypertables stay plain tables" in extension
    assert "SELECT create_hypertable(…) skipped: depends on extension timescaledb, which the embedded " \
        "PostgreSQL 18 lacks" in messages
    assert any("ALTER TABLE" in m and "only sets option timescaledb.compress" in m for m in messages)
    assert any('CREATE MATERIALIZED VIEW "metrics_hourly" applied with option timescaledb.continuous' in m
               for m in messages)


PARTMAN = """\
CREATE SCHEMA partman;
CREATE EXTENSION pg_partman SCHEMA partman;
CREATE TABLE public.events (id bigint NOT NULL, created_at timestamptz NOT NULL, kind text)
PARTITION BY RANGE (created_at);
CREATE INDEX events_kind_idx ON public.events (kind);
SELECT partman.create_parent(p_parent_table => 'public.events', p_control => 'created_at', p_interval => '1 day');
"""


def test_pg_partman_parent_gets_a_default_partition(scratch_db: Database, tmp_path) -> None:
    loaded, problems = load_sql(scratch_db, tmp_path, PARTMAN)
    assert loaded.missing_extensions == ["pg_partman"]
    scratch_db.execute("INSERT INTO events VALUES (1, now(), 'a')")  # no partition -> would fail
    assert scratch_db.fetchall("SELECT count(*) FROM events") == [(1,)]
    [message] = [p.message for p in problems if p.message.startswith("SELECT partman.create_parent(…)")]
    assert message.endswith("DEFAULT partition public.events_default created so that rows can go in")


PRESENT = ["pg_trgm", "citext", "hstore", "vector", "pg_stat_statements", "btree_gist", "unaccent",
           "fuzzystrmatch", "ltree", "cube", "earthdistance", "intarray"]


def test_extensions_the_embedded_server_has_load_without_a_problem(scratch_db: Database, tmp_path) -> None:
    text = "".join(f'CREATE EXTENSION IF NOT EXISTS "{name}" CASCADE;\n' for name in PRESENT)
    text += "CREATE TABLE t (id int, tags ltree, email citext, embedding vector(3));\n"
    text += "CREATE INDEX t_email_trgm ON t USING gin ((email::text) gin_trgm_ops);\n"
    loaded, problems = load_sql(scratch_db, tmp_path, text)
    assert list(problems) == [] and loaded.missing_extensions == []
    assert index_names(loaded, "t") == {"t_email_trgm"}


LANGUAGES = """\
CREATE EXTENSION IF NOT EXISTS plv8;
CREATE TABLE docs (id int PRIMARY KEY, body text, slug text);
CREATE FUNCTION slugify(input text) RETURNS text LANGUAGE plv8 IMMUTABLE AS $$
  return input.toLowerCase().replace(/[^a-z0-9]+/g, '-');
$$;
CREATE INDEX docs_slug_idx ON docs (slugify(body));
CREATE FUNCTION docs_touch() RETURNS trigger AS $$ plpy.notice('x') $$ LANGUAGE plpython3u;
CREATE TRIGGER docs_touch BEFORE INSERT OR UPDATE OR DELETE ON docs FOR EACH ROW EXECUTE FUNCTION docs_touch();
CREATE FUNCTION words(t text) RETURNS SETOF text LANGUAGE plperl AS $$ return [split / /, $_[0]] $$;
CREATE TEXT SEARCH DICTIONARY english_hunspell (TEMPLATE = ispell, DictFile = en_us, AffFile = en_us);
CREATE TEXT SEARCH CONFIGURATION english_hs (COPY = english);
ALTER TEXT SEARCH CONFIGURATION english_hs ALTER MAPPING FOR asciiword WITH english_hunspell, english_stem;
CREATE INDEX docs_fts_idx ON docs USING gin (to_tsvector('english_hs', body));
"""


def test_functions_in_missing_languages_and_dictionaries_without_files_get_stand_ins(
    scratch_db: Database, tmp_path
) -> None:
    loaded, problems = load_sql(scratch_db, tmp_path, LANGUAGES)
    assert index_names(loaded, "docs") == {"docs_pkey", "docs_slug_idx", "docs_fts_idx"}
    # The trigger exists and lets rows through; inserts, updates and deletes work.
    scratch_db.execute("INSERT INTO docs VALUES (1, 'Hello World', NULL)")
    scratch_db.execute("UPDATE docs SET slug = 'x'")
    assert scratch_db.fetchall("SELECT id, slug FROM docs") == [(1, "x")]
    scratch_db.execute("DELETE FROM docs")
    assert scratch_db.fetchall("SELECT count(*) FROM docs") == [(0,)]
    assert scratch_db.fetchall("SELECT count(*) FROM words('a b')") == [(0,)]
    messages = "\n".join(p.message for p in problems)
    assert 'CREATE FUNCTION "slugify" applied with its plv8 body replaced by a PL/pgSQL stand-in that ' \
        "returns NULL (plv8 is not installed)" in messages
    assert "lets every row through unchanged (plpython3u is not installed)" in messages
    assert 'CREATE TEXT SEARCH DICTIONARY "english_hunspell" replaced by a dictionary of template simple' \
        in messages


def test_statements_using_a_missing_hosted_extension_say_which(scratch_db: Database, tmp_path) -> None:
    text = (
        "CREATE EXTENSION IF NOT EXISTS pg_cron;\n"
        "CREATE TABLE jobs_done (id int);\n"
        "SELECT cron.schedule('nightly', '0 3 * * *', 'DELETE FROM jobs_done');\n"
    )
    loaded, problems = load_sql(scratch_db, tmp_path, text)
    assert loaded.missing_extensions == ["pg_cron"]
    assert "SELECT cron.schedule(…) skipped: depends on extension pg_cron, which the embedded " \
        "PostgreSQL 18 lacks" in [p.message for p in problems]
