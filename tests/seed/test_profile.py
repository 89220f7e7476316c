"""`[seed.columns."table.column"]` in dbperf.toml: a column's distribution, checked against the schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.config import Config
from dbperf.diagnostics import DbperfError, Problems
from dbperf.schema.catalog import read_schema
from dbperf.seed.profile import apply_profiles
from dbperf.seed.seeder import seed

DDL = """
CREATE TABLE tickets (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  priority text NOT NULL,
  region text,
  score integer,
  kind text NOT NULL CHECK (kind IN ('bug', 'feature')),
  code integer
);
"""

TOML = """
[seed]
rows = { tickets = 20000 }

[seed.columns."tickets.priority"]
values = { low = 0.6, high = 0.3 }

[seed.columns."tickets.score"]
distribution = "zipf"
min = 1
max = 100

[seed.columns."tickets.region"]
values = ["eu", "us", "apac"]
null_fraction = 0.2

[seed.columns."tickets.kind"]
values = { question = 0.5 }

[seed.columns."tickets.code"]
values = ["x"]

[seed.columns."tickets.title"]
null_fraction = 0.5

[seed.columns."tickets.id"]
values = [1]

[seed.columns."tickets.nope"]
values = ["x"]
"""


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.fixture
def seeded(scratch_db, tmp_path: Path):
    (tmp_path / "dbperf.toml").write_text(TOML)
    config = Config.load(tmp_path)
    scratch_db.execute(DDL)
    schema = read_schema(scratch_db)
    problems = Problems()
    apply_profiles(scratch_db, schema, config, None, problems)
    result = seed(scratch_db, schema, config, problems=problems)
    return scratch_db, problems, result, tmp_path / "dbperf.toml"


def shares(db, column: str) -> dict:
    return dict(db.fetchall(f"SELECT {column}, count(*)::float8 / 20000 FROM tickets GROUP BY 1"))


def test_values_with_shares_and_the_rest_from_the_usual_generator(seeded):
    db, _, result, _ = seeded
    assert result.rows["tickets"] == 20000 and not result.failed
    got = shares(db, "priority")
    assert got["low"] == pytest.approx(0.6, abs=0.02)
    assert 0.28 <= got["high"] <= 0.4  # 30 %, plus its share of the rest
    assert len(got) > 2  # the other 10 %: what dbperf would have generated (low/medium/high…)


def test_named_distributions(seeded):
    db = seeded[0]
    low, high, bottom, top = db.fetchall(
        "SELECT min(score), max(score), count(*) FILTER (WHERE score <= 10), count(*) FILTER (WHERE score > 90) "
        "FROM tickets")[0]
    assert 1 <= low and high <= 100
    assert bottom > 5 * top  # zipf: small values far more common
    region = shares(db, "region")
    assert set(region) == {"eu", "us", "apac", None}
    assert region[None] == pytest.approx(0.2, abs=0.02)
    assert all(share == pytest.approx(0.8 / 3, abs=0.03) for value, share in region.items() if value)


def test_values_the_schema_refuses_fall_back_and_are_reported_at_their_line(seeded):
    db, problems, _, toml = seeded
    text = toml.read_text()
    messages = {p.message: p for p in problems}

    def problem(column: str):
        found = [p for m, p in messages.items() if f"tickets.{column}" in m]
        assert found, (column, list(messages))
        return found[0]

    kind = problem("kind")
    assert "CHECK" in kind.message and kind.origin.line == line_of(text, '"tickets.kind"')
    assert str(kind.origin).startswith(str(toml))
    assert "not a valid integer" in problem("code").message
    assert "NOT NULL" in problem("title").message
    assert "key column" in problem("id").message
    assert problem("nope").origin.line == line_of(text, '"tickets.nope"')
    # The table is still seeded, with the usual values where the profile was refused.
    assert set(shares(db, "kind")) <= {"bug", "feature"}
    assert db.fetchval("SELECT count(*) FROM tickets WHERE title IS NULL") == 0
    assert db.fetchval("SELECT count(DISTINCT id) FROM tickets") == 20000


@pytest.mark.parametrize("entry, says", [
    ('[seed.columns."tickets.score"]\ndistribuion = "zipf"\n', "unknown"),
    ('[seed.columns."tickets.score"]\nnull_fraction = 2\n', "null_fraction"),
    ('[seed.columns."score"]\nnull_fraction = 0.1\n', "table.column"),
    ('[seed.columns."tickets.score"]\nvalues = "abc"\n', "values"),
    ('[seed.columns."tickets.score"]\nvalues = { a = 0.7, b = 0.5 }\n', "adding up"),
    ('[seed.columns."tickets.score"]\ndistribution = "poisson"\n', "uniform, zipf, normal"),
])
def test_malformed_entries_stop_with_file_and_line(tmp_path, entry, says):
    (tmp_path / "dbperf.toml").write_text("[seed]\nseed = 1\n\n" + entry)
    with pytest.raises(DbperfError) as exc:
        Config.load(tmp_path)
    assert says in exc.value.message
    assert f"{tmp_path / 'dbperf.toml'}:4" in exc.value.message
