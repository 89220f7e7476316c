"""The cache of seeded databases: an unchanged project skips seeding, a changed one does not, the cache
stays bounded, concurrent runs do not collide, and interrupted runs leave no server or database behind."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import psutil
import psycopg
import pytest

from dbperf.cache import SeedCache
from dbperf.pipeline import AuditOptions, run_audit
from dbperf.postgres.cluster import RUN_PREFIX, CacheCluster
from dbperf.project import discover
from tests.apps import write_app
from tests.seeded import shared_seed

pytestmark = pytest.mark.db  # every test here reaches PostgreSQL (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[2]
SAAS = ROOT / "fixtures" / "saas"

SCHEMA = """
CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, plan text NOT NULL DEFAULT 'free',
                       created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE events (id bigserial PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id),
                     kind text NOT NULL, payload text, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX events_created_at_idx ON events (created_at);
"""
QUERIES = """
SELECT * FROM events WHERE account_id = 7001 ORDER BY created_at DESC LIMIT 20;  -- a light account: no index serves it
SELECT id, email FROM accounts WHERE plan = 'pro';
"""
TOML = """
[seed]
rows = { accounts = 20000, events = 400000 }
"""
# Where a test asserts what the cache keeps, hits or drops, not what the data makes the rules find,
# it seeds a hundredth of that (200 accounts, 4,000 events): the same keys, hits and misses, in less time.
SMALL = 0.01


def _servers(cache: Path) -> list[psutil.Process]:
    """postgres server processes running on a data directory under `cache`."""
    found = []
    for proc in psutil.process_iter(attrs=["name", "cmdline"]):
        cmd = proc.info.get("cmdline") or []
        if proc.info.get("name") == "postgres" and any(str(cache) in part for part in cmd):
            found.append(proc)
    return found


@pytest.fixture
def app(tmp_path: Path) -> Path:
    return write_app(tmp_path / "app", SCHEMA, QUERIES, TOML)


@pytest.fixture
def cache() -> Path:
    # Not under pytest's tmp_path: as root the server runs as another user, and a concurrent pytest
    # session re-applies mode 0700 to /tmp/pytest-of-root, cutting that user off its data directory.
    folder = Path(tempfile.mkdtemp(prefix="dbperf-cache-test-")) / "cache"
    yield folder
    running = _servers(folder)
    for proc in running:
        proc.terminate()
    shutil.rmtree(folder.parent, ignore_errors=True)
    assert not running, "the cache cluster must be stopped when the last run ends"


def _audit(root: Path, folder: Path, **kwargs):
    return run_audit(discover(root), AuditOptions(cache_dir=folder, **kwargs))


def test_second_run_of_an_unchanged_project_hits_and_is_3x_faster(app: Path, cache: Path) -> None:
    rows = {"events": 1_000_000}  # enough rows that seeding, not the cluster start, is what the cache saves
    first = _audit(app, cache, rows=rows, rules=["duplicate-index", "missing-index"])
    second = _audit(app, cache, rows=rows, rules=["duplicate-index", "missing-index"])
    assert first.report.database["cache"] == "miss"
    assert second.report.database["cache"] == "hit"
    assert first.report.database["rows_seeded"] == second.report.database["rows_seeded"] == 1_020_000

    def to_seeded(report) -> float:  # what the cache saves: a server with the seeded database, ready
        return sum(report.timings[s] for s in ("postgres", "schema", "seed"))

    assert to_seeded(first.report) >= 3 * to_seeded(second.report), (first.report.timings, second.report.timings)
    # Same data, same findings.
    assert [(f.rule, f.table, f.columns) for f in first.report.findings] == \
           [(f.rule, f.table, f.columns) for f in second.report.findings]
    assert first.context.schema.tables["events"].rows == second.context.schema.tables["events"].rows


def test_a_changed_schema_or_seed_setting_misses(app: Path, cache: Path) -> None:
    assert _audit(app, cache, seed_only=True, scale=SMALL).report.database["cache"] == "miss"
    assert _audit(app, cache, seed_only=True, scale=SMALL).report.database["cache"] == "hit"
    assert _audit(app, cache, seed_only=True, scale=SMALL, seed=7).report.database["cache"] == "miss"
    assert _audit(app, cache, seed_only=True, scale=SMALL, rows={"events": 1000}).report.database["cache"] == "miss"
    assert _audit(app, cache, seed_only=True, scale=SMALL * 2).report.database["cache"] == "miss"
    (app / "schema.sql").write_text(SCHEMA + "CREATE INDEX events_kind_idx ON events (kind);\n")
    assert _audit(app, cache, seed_only=True, scale=SMALL).report.database["cache"] == "miss"
    # A comment is not a change of the schema PostgreSQL made.
    (app / "schema.sql").write_text("-- tidied up\n" + SCHEMA + "CREATE INDEX events_kind_idx ON events (kind);\n")
    assert _audit(app, cache, seed_only=True, scale=SMALL).report.database["cache"] == "hit"


def test_no_cache_seeds_on_a_throw_away_cluster(app: Path, cache: Path) -> None:
    report = _audit(app, cache, seed_only=True, cache=False, scale=SMALL).report
    assert report.database["cache"] == "off" and report.database["kind"] == "embedded"
    assert not (cache / "users").exists() or not any((cache / "users").iterdir())


def test_the_cache_is_bounded_least_recently_used_first(app: Path, cache: Path) -> None:
    (app / "dbperf.toml").write_text(TOML + "\n[database]\ncache_max_databases = 2\n")
    for seed in (1, 2, 1, 3):  # 1 is used again after 2: 2 is the least recently used when 3 arrives
        _audit(app, cache, seed_only=True, seed=seed, scale=SMALL)
    with CacheCluster(cache) as cluster:
        entries = SeedCache(cluster.uri).entries()
        with psycopg.connect(cluster.uri) as conn:
            templates = {r[0] for r in conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE 'dbperf_cache_%'").fetchall()}
    assert len(entries) == 2 and {e["dbname"] for e in entries} == templates
    assert _audit(app, cache, seed_only=True, seed=1, scale=SMALL).report.database["cache"] == "hit"
    assert _audit(app, cache, seed_only=True, seed=2, scale=SMALL).report.database["cache"] == "miss"


CHILD = textwrap.dedent("""
    import sys, warnings
    warnings.simplefilter("ignore")
    from pathlib import Path
    from dbperf.pipeline import AuditOptions, run_audit
    from dbperf.project import discover
    r = run_audit(discover(Path(sys.argv[1])), AuditOptions(cache_dir=Path(sys.argv[2]), seed_only=True,
                  seed=int(sys.argv[3]), rows={"events": int(sys.argv[4])}))
    print("RESULT", r.report.database["cache"], r.report.database["rows_seeded"], flush=True)
""")


def _child(app: Path, cache: Path, seed: int, events: int = 400_000) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(app), str(cache), str(seed), str(events)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_runs_do_not_collide(app: Path, cache: Path) -> None:
    runs = [_child(app, cache, seed) for seed in (5, 5, 6)]
    outputs = [proc.communicate(timeout=300) for proc in runs]
    for proc, (out, err) in zip(runs, outputs):
        assert proc.returncode == 0, err[-2000:]
        assert "RESULT" in out and "420000" in out
    with CacheCluster(cache) as cluster:
        with psycopg.connect(cluster.uri) as conn:
            left = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (RUN_PREFIX + "%",)).fetchall()
        assert left == []
        assert len(SeedCache(cluster.uri).entries()) == 2  # seeds 5 and 6


def _seeding(cache: Path) -> bool:
    """A backend of the cache cluster runs an INSERT (its process title says so): rows are being seeded."""
    for server in _servers(cache):
        try:
            titles = [" ".join(child.cmdline()) for child in server.children()]
        except psutil.Error:
            continue
        if any(title.startswith("postgres:") and " INSERT" in title for title in titles):
            return True
    return False


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_interrupted_runs_leave_nothing_running(app: Path, cache: Path, how: signal.Signals) -> None:
    # A million events: seconds of INSERT, so the signal lands in the middle of it. (An interrupted run
    # first waits for the INSERT under way to end: the fewer rows, the sooner this test is done.)
    proc = _child(app, cache, 9, events=1_000_000)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # wait until it is seeding: the cluster runs, rows are being inserted
        if _seeding(cache):
            time.sleep(0.2)
            break
        time.sleep(0.05)
    proc.send_signal(how)
    out, _ = proc.communicate(timeout=60)
    assert "RESULT" not in out, "the run ended before it was interrupted: the test proves nothing"
    if how != signal.SIGKILL:
        assert not _servers(cache), "Ctrl-C / SIGTERM: the cache cluster is stopped"
    # The next run cleans up after a killed one: its work database is dropped, the server stopped at the end.
    report = _audit(app, cache, seed_only=True, seed=9, scale=SMALL).report
    assert report.database["cache"] == "miss"
    with CacheCluster(cache) as cluster:
        with psycopg.connect(cluster.uri) as conn:
            left = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (RUN_PREFIX + "%",)).fetchall()
    assert left == []
    for proc in _servers(cache):  # SIGKILL of the audit left its server running until the next run ended
        pytest.fail(f"server still running: {proc.pid}")


def test_keep_leaves_the_database_running_until_stopped(app: Path, cache: Path) -> None:
    from dbperf.cli.stop import stop_kept

    report = _audit(app, cache, seed_only=True, keep=True).report
    uri = report.database["uri"]
    with psycopg.connect(uri) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 400_000
    assert stop_kept(uri, cache_dir=cache)
    assert not _servers(cache)


@pytest.mark.skipif(shutil.which("true") is None, reason="posix only")
def test_cache_dir_defaults_to_env(monkeypatch, tmp_path: Path) -> None:
    from dbperf.cache import cache_dir

    monkeypatch.setenv("DBPERF_CACHE_DIR", str(tmp_path / "x"))
    assert cache_dir() == tmp_path / "x"
    monkeypatch.delenv("DBPERF_CACHE_DIR")
    assert cache_dir().name == "dbperf"


# -- measurements remembered with the seeded database ----------------------------------------------------

def _evidence(report) -> list:
    """What a user reads of each finding and query: the measured numbers included."""
    findings = [(f.rule, f.table, f.columns, f.message, json.dumps(f.evidence, sort_keys=True, default=str))
                for f in report.findings]
    queries = [(q.fingerprint, q.ms, q.buffers, q.plan.shape() if q.plan else None) for q in report.queries]
    return findings + queries


def test_an_unchanged_project_reuses_its_measurements(app: Path, cache: Path) -> None:
    first = _audit(app, cache)
    second = _audit(app, cache)
    assert first.report.database["measurements_reused"] == 0
    assert second.report.database["cache"] == "hit"
    assert second.report.database["measurements_reused"] >= len(second.report.queries)
    # The same plans, timings and findings as the run that measured them: nothing was re-run.
    assert _evidence(first.report) == _evidence(second.report)
    assert any(f.rule == "missing-index" for f in second.report.findings)


def test_a_new_query_is_measured_and_the_unchanged_ones_reused(app: Path, cache: Path) -> None:
    first = _audit(app, cache, rules=["missing-index"], scale=SMALL)
    with (app / "queries" / "app.sql").open("a") as f:
        f.write("SELECT kind, count(*) FROM events GROUP BY kind;\n")  # no literal: no new seeding hint
    second = _audit(app, cache, rules=["missing-index"], scale=SMALL)
    assert second.report.database["cache"] == "hit"
    old = {q.fingerprint: q for q in first.report.queries}
    new = [q for q in second.report.queries if q.fingerprint not in old]
    assert len(new) == 1 and new[0].ms is not None and new[0].ms > 0
    for q in second.report.queries:
        if q.fingerprint in old:
            assert (q.ms, q.buffers) == (old[q.fingerprint].ms, old[q.fingerprint].buffers)
    assert second.report.database["measurements_reused"] >= len(old)


def test_no_cache_measures_afresh(app: Path, cache: Path) -> None:
    _audit(app, cache, rules=["missing-index"], scale=SMALL)
    report = _audit(app, cache, rules=["missing-index"], cache=False, scale=SMALL).report
    assert "measurements_reused" not in report.database and report.database["cache"] == "off"


def test_measurements_go_with_their_evicted_seeded_database(app: Path, cache: Path) -> None:
    _audit(app, cache, rules=["missing-index"], scale=SMALL)
    cluster = CacheCluster(cache)
    with cluster:
        store = SeedCache(cluster.uri)
        (entry,) = store.entries()
        assert store.measurements(entry["key"])
        store.clear()
        assert store.measurements(entry["key"]) == {}


def test_timeouts_are_not_remembered(scratch_db) -> None:
    from dbperf.config import Config
    from dbperf.explain.memo import MeasurementMemo
    from dbperf.explain.runner import Runner

    memo = MeasurementMemo()
    runner = Runner(scratch_db, Config(repeats=1, statement_timeout_ms=50), memo=memo)
    slow = runner.measure_raw("SELECT pg_sleep(0.5)")
    assert slow.error and slow.error.startswith("timed out")
    fast = runner.measure_raw("SELECT 1")
    assert fast.ok
    assert len(memo.new) == 1  # SELECT 1 only: a timeout depends on the machine's load, not on the data
    again = Runner(scratch_db, Config(repeats=1, statement_timeout_ms=50), memo=MeasurementMemo(memo.new))
    assert again.measure_raw("SELECT 1").runs == fast.runs
    assert again.measure_raw("SELECT pg_sleep(0.5)").error.startswith("timed out")


def test_the_advisor_applying_indexes_does_not_reuse_stale_measurements(app: Path, cache: Path) -> None:
    """`dbperf advise` creates indexes for real and re-measures: a measurement remembered before the index
    existed must not stand in for the one after it. Twice, through the cache: the same proposals."""
    env = {**os.environ, "DBPERF_CACHE_DIR": str(cache)}

    def advise() -> dict:
        run = subprocess.run([sys.executable, "-m", "dbperf", "advise", str(app), "--format", "json"],
                             capture_output=True, text=True, env=env, timeout=600, check=False)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)

    first, second = advise(), advise()
    for advice in (first, second):
        assert advice["workload"]["after_ms"] < advice["workload"]["before_ms"]
        assert any(p["action"] == "create" and p["table"] == "events" for p in advice["proposals"])
    assert [(p["action"], p["table"], p["columns"]) for p in first["proposals"]] == \
           [(p["action"], p["table"], p["columns"]) for p in second["proposals"]]
    assert second["workload"] == first["workload"]  # the second run reused every measurement


def test_a_given_server_keeps_seeded_templates_only_when_asked(app: Path, pg_server) -> None:
    """The tests' shared server (tests/seeded.py): with cache=True an example is seeded once and
    copied afterwards, memo=False still measures every query; without cache=True it never caches."""
    options = {"rules": ["missing-index"], "scale": 0.05}
    plain = run_audit(discover(app), AuditOptions(server_uri=pg_server.uri, **options)).report
    first = run_audit(discover(app), shared_seed(pg_server, **options)).report
    second = run_audit(discover(app), shared_seed(pg_server, **options)).report
    assert plain.database["cache"] == "off"
    assert (first.database["cache"], second.database["cache"]) == ("miss", "hit")
    assert "measurements_reused" not in second.database  # measured afresh on the copy
    assert second.database["rows_seeded"] == first.database["rows_seeded"] == plain.database["rows_seeded"]
    assert [q.fingerprint for q in second.queries] == [q.fingerprint for q in first.queries]
    assert all(q.ms is not None for q in second.queries)
