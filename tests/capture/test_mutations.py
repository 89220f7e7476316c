"""No real capture crashes dbperf once damaged: cut, bit-flipped, re-encoded, zones dropped, interleaved.

Each case starts from a real capture shipped with the examples or the tests
and damages it the way logs get damaged in the wild (a rotated file cut
mid-line, a flipped byte on disk, a log shipper that drops the time zone or
re-encodes the text, two servers' logs concatenated). Reading it must give a
workload and problems, never a traceback. Hypothesis draws the mutations, so
the corpus grows with every run while a failing case stays reproducible.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dbperf.capture import load, load_workload
from dbperf.capture.sniff import FORMATS, sniff
from dbperf.diagnostics import Problems

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests/fixtures/capture"
REAL = [
    ROOT / "fixtures/b2b/queries/postgresql.log",
    ROOT / "fixtures/prisma/queries/postgresql.log",
    ROOT / "fixtures/saas/queries/postgres.log",
    ROOT / "fixtures/saas/queries/app.drizzle.log",
    ROOT / "fixtures/saas/queries/app.sql",
    SAMPLES / "pg_pid_line_prefix.log",
    SAMPLES / "pg_statement_all.log",
    SAMPLES / "pg_min_duration.log",
    SAMPLES / "pg_auto_explain.log",  # written by PostgreSQL 18: generate_structured_logs.py
    SAMPLES / "pg_csvlog.csv",
    SAMPLES / "pg_jsonlog.json",
    SAMPLES / "drizzle_timestamped.log",
    SAMPLES / "drizzle_app.log",
    SAMPLES / "queries.sql",
    SAMPLES / "app.jsonl",
    SAMPLES / "otlp_traces.json",
    SAMPLES / "pg_stat_statements.csv",
    SAMPLES / "pg_stat_statements.json",
]
MUTATIONS = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _head(path: Path, limit: int = 40_000) -> bytes:
    return path.read_bytes()[:limit]


# the zone after a time of day, as each format writes it: `12:00:00.123 UTC [pid]`, `12:00:00 CEST`
# (stderr), `… UTC"` (jsonlog), `… UTC,` (csvlog), `…+02:00`, `…Z"` (JSON Lines), `…Z Query:` (Drizzle)
ZONE = re.compile(rb"(\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?: [A-Z]{2,5}(?=[ ,\"])|[+-]\d{2}:?\d{2}|Z(?=[ \"]))")


def _drop_zones(data: bytes, every: int) -> bytes:
    """Lines whose timestamp lost its zone, every `every`-th one: naive next to aware."""
    lines = data.split(b"\n")
    return b"\n".join(
        ZONE.sub(rb"\1", line, count=1) if i % every == 0 else line for i, line in enumerate(lines)
    )


def _interleave(data: bytes, other: bytes) -> bytes:
    """The lines of two captures alternating, as when two servers log to one file."""
    a, b = data.split(b"\n"), other.split(b"\n")
    out = [line for pair in zip(a, b) for line in pair]
    return b"\n".join(out + a[len(b):] + b[len(a):])


def _flip(data: bytes, positions: list[int]) -> bytes:
    raw = bytearray(data)
    for pos in positions:
        if raw:
            raw[pos % len(raw)] ^= 1 << (pos % 8)
    return bytes(raw)


def _read(tmp_path: Path, data: bytes, name: str) -> None:
    """Both ways in (statements streamed, straight to a workload): no traceback, and every problem
    says where: the damaged file, and its line when it is about one."""
    path = tmp_path / name
    path.write_bytes(data)
    streamed, built = Problems(), Problems()
    statements = list(load([path], streamed))
    assert all(s.origin.path == str(path) and s.origin.line for s in statements)
    assert load_workload([path], built, jobs=1).statements >= 0
    for problem in [*streamed, *built]:
        # line 0: about the whole file (a count of skipped statements, an unknown format)
        assert problem.origin is not None and problem.origin.path == str(path), str(problem)
        lines = data.count(b"\n") + 1
        assert 0 <= problem.origin.line <= lines, str(problem)


def test_the_corpus_holds_every_capture_format() -> None:
    """Every format dbperf reads is damaged here: a new loader needs a real sample in REAL."""
    assert {sniff(path) for path in REAL} == set(FORMATS)


def test_zones_are_dropped_in_every_timed_format(tmp_path: Path) -> None:
    """The mutation does what it says: a capture with zoned timestamps gets naive ones next to them."""
    for source in REAL:
        stamps = [s.timestamp for s in load([source], Problems()) if s.timestamp is not None]
        if not any(t.tzinfo is not None for t in stamps) or sniff(source) == "otlp":
            continue  # no zones to drop (pg_stat_statements, SQL files, OTLP's epoch nanoseconds)
        mixed = tmp_path / source.name
        mixed.write_bytes(_drop_zones(source.read_bytes(), 2))
        after = [s.timestamp for s in load([mixed], Problems()) if s.timestamp is not None]
        zones = {t.tzinfo is not None for t in after}
        assert zones == {True, False}, source.name


@pytest.mark.parametrize("source", REAL, ids=lambda p: p.name)
def test_zone_dropped_on_some_lines(tmp_path: Path, source: Path) -> None:
    # the crash of issue 13: naive and aware timestamps in one session
    for every in (2, 3, 7):
        _read(tmp_path, _drop_zones(_head(source), every), source.name)


@MUTATIONS
@given(st.sampled_from(REAL), st.integers(min_value=0, max_value=40_000))
def test_cut_at_any_byte(tmp_path_factory: pytest.TempPathFactory, source: Path, cut: int) -> None:
    _read(tmp_path_factory.mktemp("cut"), _head(source)[:cut], source.name)


@MUTATIONS
@given(st.sampled_from(REAL), st.lists(st.integers(min_value=0), min_size=1, max_size=8))
def test_bit_flips(tmp_path_factory: pytest.TempPathFactory, source: Path, positions: list[int]) -> None:
    _read(tmp_path_factory.mktemp("flip"), _flip(_head(source), positions), source.name)


@MUTATIONS
@given(st.sampled_from(REAL), st.sampled_from(["utf-16", "latin-1", "utf-8-sig", "cp1252"]))
def test_re_encoded(tmp_path_factory: pytest.TempPathFactory, source: Path, encoding: str) -> None:
    text = _head(source).decode("utf-8", errors="replace")
    _read(tmp_path_factory.mktemp("enc"), text.encode(encoding, errors="replace"), source.name)


@MUTATIONS
@given(st.sampled_from(REAL), st.sampled_from(REAL), st.integers(min_value=1, max_value=5))
def test_interleaved_with_zones_mixed(
    tmp_path_factory: pytest.TempPathFactory, first: Path, second: Path, every: int
) -> None:
    data = _interleave(_head(first), _drop_zones(_head(second), every))
    _read(tmp_path_factory.mktemp("mix"), data, first.name)


def test_mixed_zones_still_find_the_bursts(tmp_path: Path) -> None:
    """Dropping the zone of some lines changes nothing a user reads: same groups, same N+1 bursts."""
    source = ROOT / "fixtures/b2b/queries/postgresql.log"
    clean = tmp_path / "clean.log"
    clean.write_bytes(source.read_bytes())
    mixed = tmp_path / "mixed.log"
    mixed.write_bytes(_drop_zones(source.read_bytes(), 3))
    a = load_workload([clean], Problems(), jobs=1)
    b = load_workload([mixed], Problems(), jobs=1)
    assert set(a.groups) == set(b.groups)
    assert a.bursts == b.bursts
    assert a.bursts  # the example's N+1 loop is there to be found


@pytest.mark.parametrize("source, cut_at", [
    (ROOT / "fixtures/saas/queries/postgres.log", b'"email'),
    (ROOT / "fixtures/saas/queries/app.drizzle.log", b'"email'),
], ids=["stderr", "drizzle"])
def test_a_line_cut_at_the_end_is_a_cut_line_not_a_statement(
    tmp_path: Path, source: Path, cut_at: bytes
) -> None:
    """A log cut mid-line (`SELECT "id", "ema`) still parses as SQL, with a column that does not
    exist: it must be reported as the cut line it is, not measured and blamed on the schema."""
    data = source.read_bytes()
    last = data.rindex(cut_at)
    path = tmp_path / source.name
    path.write_bytes(data[: last + 4])  # ends in the middle of "email"
    problems = Problems()
    workload = load_workload([path], problems, jobs=1)
    line = data[: last + 4].count(b"\n") + 1
    cut = [p for p in problems if "cut short" in p.message]
    assert [p.origin.line for p in cut] == [line]  # type: ignore[union-attr]
    assert not any('"ema' in g.sql and '"email' not in g.sql for g in workload.groups.values())
    before = tmp_path / "before.log"
    before.write_bytes(data[: data.rindex(b"\n", 0, last) + 1])  # the lines before the cut one
    assert workload.statements == load_workload([before], Problems(), jobs=1).statements


def test_a_cut_last_line_read_on_several_cores(tmp_path: Path) -> None:
    """The parallel reader of big logs says the same: the last part's cut line, at its real line."""
    from dbperf.capture.parallel import scan_parallel
    from dbperf.workload.builder import WorkloadBuilder

    data = (ROOT / "fixtures/saas/queries/postgres.log").read_bytes()
    data = data[: data.rindex(b"statement: ") + 20]  # the last statement, cut
    path = tmp_path / "postgres.log"
    path.write_bytes(data)
    one = Problems()
    single = load_workload([path], one, jobs=1)
    several = Problems()
    builder = WorkloadBuilder(several)
    scan_parallel(path, builder, several, jobs=3)
    parallel = builder.finish()
    line = data.count(b"\n") + 1
    for problems in (one, several):
        assert [p.origin.line for p in problems if "cut short" in p.message] == [line]  # type: ignore[union-attr]
    assert parallel.statements == single.statements and set(parallel.groups) == set(single.groups)
