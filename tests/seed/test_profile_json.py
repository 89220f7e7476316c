"""JSONB documents carry the keys the workload reads, with the values it compares them with."""

from __future__ import annotations

from dbperf.capture import load_workload
from dbperf.config import Config
from dbperf.diagnostics import Problems
from dbperf.schema.catalog import read_schema
from dbperf.seed.json_reads import JSON_VALUES, json_reads
from dbperf.seed.profile import apply_profiles
from dbperf.seed.seeder import seed

DDL = """
CREATE TABLE tenants (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  data jsonb
);
"""

QUERIES = """
SELECT id, settings->>'timezone' AS tz FROM tenants WHERE settings->>'theme' = 'dark';
SELECT * FROM tenants t WHERE t.data @> '{"plan": {"tier": "pro"}}';
SELECT id FROM tenants WHERE data ? 'beta';
SELECT id FROM tenants WHERE data->'limits'->>'seats' = '25';
"""


def test_workload_json_keys_shape_the_seeded_documents(scratch_db, tmp_path):
    (tmp_path / "queries.sql").write_text(QUERIES)
    problems = Problems()
    workload = load_workload([tmp_path / "queries.sql"], problems)
    scratch_db.execute(DDL)
    schema = read_schema(scratch_db)
    reads = json_reads(workload, schema)
    assert reads[("tenants", "settings")] == {("timezone",): [], ("theme",): ['"dark"']}
    assert set(reads[("tenants", "data")]) == {("plan", "tier"), ("beta",), ("limits", "seats")}
    config = Config(rows={"tenants": 5000})
    apply_profiles(scratch_db, schema, config, None, problems, workload)
    seed(scratch_db, schema, config, problems=problems)
    assert not [p for p in problems if p.severity == "error"], [str(p) for p in problems]

    def count(where: str) -> int:
        return scratch_db.fetchval(f"SELECT count(*) FROM tenants WHERE {where}")

    assert count("settings ? 'theme' AND settings ? 'timezone'") == 5000
    assert 0 < count("settings->>'theme' = 'dark'") < 5000
    assert count(f"settings->>'timezone' <> ALL (ARRAY{list(JSON_VALUES['timezone'])})") == 0
    with_data = count("data IS NOT NULL")
    assert with_data > 4000  # nullable: a few NULL documents, as before
    assert 0 < count("data @> '{\"plan\": {\"tier\": \"pro\"}}'") < with_data  # and other tiers
    assert count("data ? 'beta' AND data->'plan' ? 'tier'") == with_data  # every key read is there
    assert 0 < count("data->'limits'->>'seats' = '25'") < with_data
    assert count("data ? 'source'") == with_data  # the usual document is still there, keys merged in
