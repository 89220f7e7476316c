"""Every column type PostgreSQL 18 offers is seeded with valid, varied values (a real server)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.catalog import read_schema
from dbperf.schema.model import Schema
from dbperf.seed.profile import apply_profiles
from dbperf.seed.seeder import seed

TYPES_DDL = """
CREATE EXTENSION citext;
CREATE EXTENSION hstore;
CREATE EXTENSION vector;
CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');
CREATE TYPE address AS (street text, city varchar(30), zip char(5), since date);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE DOMAIN positive_price AS numeric(8, 2) NOT NULL CHECK (VALUE > 0);
CREATE DOMAIN slug AS varchar(12) CHECK (VALUE ~ '^[a-z]+$');
CREATE DOMAIN country AS char(2) CHECK (VALUE IN ('DE', 'FR', 'US'));
CREATE DOMAIN rating AS smallint CHECK (VALUE BETWEEN 1 AND 5);

CREATE TABLE every_type (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at3 timestamp(3) without time zone NOT NULL,
  at0 timestamptz(0) NOT NULL,
  day date NOT NULL,
  clock time(2) NOT NULL,
  clock_tz timetz NOT NULL,
  wait interval NOT NULL,
  wait_months interval year to month NOT NULL,
  wait_minutes interval hour to minute NOT NULL,
  code varchar(7) NOT NULL,
  initials char(3) NOT NULL,
  label text NOT NULL,
  price numeric(6, 2) NOT NULL,
  big_number numeric NOT NULL,
  tiny smallint NOT NULL,
  medium integer NOT NULL,
  huge bigint NOT NULL,
  ratio real NOT NULL,
  score double precision NOT NULL,
  balance money NOT NULL,
  flag boolean NOT NULL,
  blob bytea NOT NULL,
  ref uuid NOT NULL,
  ip inet NOT NULL,
  net cidr NOT NULL,
  mac macaddr NOT NULL,
  mac8 macaddr8 NOT NULL,
  doc json NOT NULL,
  docb jsonb NOT NULL,
  search tsvector NOT NULL,
  query tsquery NOT NULL,
  email citext NOT NULL,
  attrs hstore NOT NULL,
  embedding vector(8) NOT NULL,
  flags bit(12) NOT NULL,
  more_flags varbit(20) NOT NULL,
  spot point NOT NULL,
  border line NOT NULL,
  segment lseg NOT NULL,
  area box NOT NULL,
  route path NOT NULL,
  shape polygon NOT NULL,
  zone circle NOT NULL,
  lsn pg_lsn NOT NULL,
  object oid NOT NULL,
  letter "char" NOT NULL,
  selector jsonpath NOT NULL,
  feeling mood NOT NULL,
  home address NOT NULL,
  cost positive_price,
  handle slug NOT NULL,
  land country NOT NULL,
  stars rating NOT NULL,
  ages int4range NOT NULL,
  ids int8range NOT NULL,
  amounts numrange NOT NULL,
  span tsrange NOT NULL,
  span_tz tstzrange NOT NULL,
  days daterange NOT NULL,
  weights floatrange NOT NULL,
  free_days datemultirange NOT NULL,
  free_ids int4multirange NOT NULL,
  total numeric GENERATED ALWAYS AS (price * 2) STORED,
  double_tiny integer GENERATED ALWAYS AS (tiny * 2) VIRTUAL
);

CREATE TABLE every_array (
  id serial PRIMARY KEY,
  at3s timestamp(3)[] NOT NULL,
  days date[] NOT NULL,
  codes varchar(4)[] NOT NULL,
  tags text[] NOT NULL,
  prices numeric(5, 1)[] NOT NULL,
  counts integer[] NOT NULL,
  matrix integer[][] NOT NULL,
  flags boolean[] NOT NULL,
  refs uuid[] NOT NULL,
  ips inet[] NOT NULL,
  docs jsonb[] NOT NULL,
  moods mood[] NOT NULL,
  homes address[] NOT NULL,
  handles slug[] NOT NULL,
  spans tsrange[] NOT NULL,
  spots point[] NOT NULL,
  waits interval[] NOT NULL,
  bits bit(3)[] NOT NULL,
  emails citext[] NOT NULL
);
"""

ROWS = {"every_type": 300, "every_array": 200}


@pytest.fixture
def typed(scratch_db: Database) -> tuple[Database, Schema]:
    scratch_db.execute(TYPES_DDL)
    return scratch_db, read_schema(scratch_db)


def _seed(db: Database, schema: Schema, rows: dict[str, int], seed_value: int = 7) -> Problems:
    problems = Problems()
    result = seed(db, schema, Config(seed=seed_value, rows=rows), problems=problems)
    assert [str(p) for p in problems] == []
    assert result.rows == rows and not result.failed
    return problems


def _value(db: Database, sql: str) -> object:
    return db.fetchval(sql)


def test_the_catalog_describes_modifiers_domains_and_containers(typed):
    _, schema = typed
    table = schema.tables["every_type"]
    assert table.column("at3").base_type == "timestamp without time zone"
    assert table.column("at0").base_type == "timestamp with time zone"
    assert table.column("cost").base_type == "numeric"  # a domain is its base type
    assert table.column("cost").not_null  # the domain is NOT NULL
    assert table.column("home").sql_type.kind == "c"
    assert [name for name, _ in table.column("home").sql_type.fields] == ["street", "city", "zip", "since"]
    assert table.column("free_days").sql_type.element.element.name == "date"
    arrays = schema.tables["every_array"]
    assert arrays.column("codes").is_array and arrays.column("codes").base_type == "character varying"
    assert arrays.column("matrix").array_dims == 2


def test_every_type_is_seeded_with_valid_varied_values(typed):
    db, schema = typed
    _seed(db, schema, ROWS)
    for table, rows in ROWS.items():
        assert _value(db, f"SELECT count(*) FROM {table}") == rows
    columns = [c.name for c in schema.tables["every_type"].columns
               if c.name not in ("id", "flag", "total", "double_tiny", "land", "feeling", "stars", "letter")]
    for name in columns:  # every column holds several distinct values (compared as text: xml, point… lack =)
        distinct = _value(db, f"SELECT count(DISTINCT {name}::text) FROM every_type")
        assert distinct > 10, f"every_type.{name}: {distinct} distinct values"
    for name in ("flag", "land", "feeling", "stars", "letter"):
        assert _value(db, f"SELECT count(DISTINCT {name}) FROM every_type") > 1, name
    # modifiers hold
    assert _value(db, "SELECT max(length(code)) FROM every_type") <= 7
    assert _value(db, "SELECT count(*) FROM every_type WHERE length(initials) > 3") == 0
    assert _value(db, "SELECT max(abs(price)) FROM every_type") < 10_000
    assert _value(db, "SELECT count(*) FROM every_type WHERE date_part('milliseconds', at3) <> "
                      "round(date_part('milliseconds', at3)::numeric, 0)") == 0
    assert _value(db, "SELECT count(*) FROM every_type WHERE vector_dims(embedding) <> 8") == 0
    assert _value(db, "SELECT count(*) FROM every_type WHERE length(more_flags) NOT BETWEEN 1 AND 20") == 0
    assert _value(db, "SELECT count(DISTINCT extract(month FROM wait_months)) FROM every_type") > 1
    # domains: base values that pass their CHECKs
    assert _value(db, "SELECT count(*) FROM every_type WHERE cost IS NULL OR cost <= 0") == 0
    assert _value(db, "SELECT count(*) FROM every_type WHERE handle !~ '^[a-z]+$' OR length(handle) > 12") == 0
    assert _value(db, "SELECT count(*) FROM every_type WHERE stars NOT BETWEEN 1 AND 5") == 0
    # ranges and multiranges: never empty, lower below upper
    for name in ("ages", "ids", "amounts", "span", "span_tz", "days", "weights"):
        assert _value(db, f"SELECT count(*) FROM every_type WHERE isempty({name}) "
                          f"OR lower({name}) > upper({name})") == 0, name
    assert _value(db, "SELECT count(*) FROM every_type WHERE isempty(free_days)") == 0
    # composites: every field filled
    assert _value(db, "SELECT count(*) FROM every_type WHERE (home).street IS NULL OR (home).since IS NULL "
                      "OR length((home).zip) > 5") == 0
    # generated columns computed by the server
    assert _value(db, "SELECT count(*) FROM every_type WHERE total <> price * 2 OR double_tiny <> tiny * 2") == 0


def test_arrays_of_every_family_hold_valid_elements(typed):
    db, schema = typed
    _seed(db, schema, ROWS)
    for col in schema.tables["every_array"].columns[1:]:
        distinct = _value(db, f"SELECT count(DISTINCT {col.name}::text) FROM every_array")
        assert distinct > 5, f"every_array.{col.name}: {distinct} distinct values"
        assert _value(db, f"SELECT max(cardinality({col.name})) FROM every_array") >= 2, col.name
    assert _value(db, "SELECT count(*) FROM every_array WHERE array_ndims(matrix) <> 2") == 0
    assert _value(db, "SELECT max(length(c)) FROM every_array, unnest(codes) c") <= 4
    assert _value(db, "SELECT count(*) FROM every_array, unnest(handles) h WHERE h !~ '^[a-z]+$'") == 0
    assert _value(db, "SELECT count(*) FROM every_array, unnest(spans) s WHERE isempty(s)") == 0


def test_same_seed_same_values_other_seed_other_values(typed):
    db, schema = typed
    checksum = ("SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM every_type t")
    _seed(db, schema, ROWS)
    first = _value(db, checksum)
    db.execute("TRUNCATE every_type, every_array RESTART IDENTITY")
    _seed(db, schema, ROWS)
    assert _value(db, checksum) == first
    db.execute("TRUNCATE every_type, every_array RESTART IDENTITY")
    _seed(db, schema, ROWS, seed_value=8)
    assert _value(db, checksum) != first


PRISMA_DDL = """
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "User" (
  "id" TEXT NOT NULL,
  "email" TEXT NOT NULL,
  "name" TEXT,
  "role" "Role" NOT NULL DEFAULT 'USER',
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  "lastLoginAt" TIMESTAMP(3),
  CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" (
  "id" TEXT NOT NULL,
  "title" VARCHAR(191) NOT NULL,
  "authorId" TEXT NOT NULL,
  "publishedAt" TIMESTAMP(3),
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  "price" DECIMAL(65,30),
  "tags" TEXT[],
  CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id")
  ON DELETE RESTRICT ON UPDATE CASCADE;
"""


def test_a_prisma_schema_seeds_completely(scratch_db):
    scratch_db.execute(PRISMA_DDL)
    schema = read_schema(scratch_db)
    rows = {"User": 500, "Post": 1500}
    _seed(scratch_db, schema, rows)
    assert _value(scratch_db, 'SELECT count(DISTINCT "updatedAt") FROM "User"') > 400
    assert _value(scratch_db, 'SELECT count(*) FROM "User" WHERE "updatedAt" < "createdAt"') == 0
    assert _value(scratch_db, 'SELECT count(*) FROM "Post" p JOIN "User" u ON u.id = p."authorId"') == 1500


def test_an_unknown_type_is_reported_with_the_entry_that_fixes_it(scratch_db):
    scratch_db.execute("CREATE EXTENSION cube; CREATE EXTENSION seg; CREATE EXTENSION earthdistance; "
                       "CREATE EXTENSION lo; CREATE EXTENSION isn; "
                       "CREATE TABLE shapes (id int PRIMARY KEY, c cube NOT NULL, s seg, "
                       "place earth NOT NULL, blob lo NOT NULL, rel regclass NOT NULL, book isbn, "
                       "snap pg_snapshot, snap_default pg_snapshot DEFAULT pg_current_snapshot(), page xml)")
    schema = read_schema(scratch_db)
    problems = Problems()
    result = seed(scratch_db, schema, Config(rows={"shapes": 50}), problems=problems)
    assert result.rows == {"shapes": 50}
    for name in ("c", "s", "place", "blob", "rel"):  # extension types and domains over them (earth: CHECKs
        assert _value(scratch_db, f"SELECT count(DISTINCT {name}::text) FROM shapes") > 10, name  # on cube)
    messages = [str(p) for p in problems]  # the problem and its hint
    try:
        scratch_db.fetchval("SELECT '<a/>'::xml")
        assert _value(scratch_db, "SELECT count(DISTINCT page::text) FROM shapes") > 20
    except psycopg.Error:  # the embedded build has no libxml: NULL, and the report says why
        assert any("shapes.page:" in m and "without libxml" in m for m in messages), messages
        messages = [m for m in messages if "shapes.page:" not in m]
    assert len(messages) == 3, messages
    assert any("shapes.book:" in m and '[seed.columns."shapes.book"]' in m and "isbn" in m for m in messages)
    assert any("shapes.snap:" in m and "left NULL" in m and '[seed.columns."shapes.snap"]' in m
               and "pg_snapshot_in" in m for m in messages)
    assert any("shapes.snap_default:" in m and "DEFAULT" in m for m in messages)


def test_the_entry_the_report_names_gives_an_unknown_type_its_values(scratch_db, tmp_path: Path):
    scratch_db.execute("CREATE EXTENSION isn; CREATE TABLE books (id int PRIMARY KEY, code isbn NOT NULL)")
    schema = read_schema(scratch_db)
    problems = Problems()
    seed(scratch_db, schema, Config(rows={"books": 20}), problems=problems)
    [problem] = list(problems)[:1]
    assert "books.code: no generator for type isbn" in problem.message
    assert '[seed.columns."books.code"] values = [' in problem.hint
    (tmp_path / "dbperf.toml").write_text('[seed]\nrows = { books = 40 }\n\n[seed.columns."books.code"]\n'
                                          'values = ["978-0-306-40615-7", "0-19-853453-1"]\n')
    config = Config.load(tmp_path)
    problems = Problems()
    apply_profiles(scratch_db, schema, config, None, problems)
    result = seed(scratch_db, schema, config, problems=problems)
    assert list(problems) == [] and result.rows == {"books": 40}
    assert _value(scratch_db, "SELECT count(DISTINCT code) FROM books") == 2
