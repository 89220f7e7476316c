"""No damaged schema crashes the loader: real DDL cut, bit-flipped, re-encoded, a `)` lost.

The DDL comes from the examples and from real applications (tests/corpus).
Hypothesis damages it the way files get damaged (a migration cut when copied,
a flipped byte, a file saved in another encoding, an edit that lost a
parenthesis). Cutting it into statements must never raise, and every problem
must name the file and a line inside it. On the real PostgreSQL, loading it
must never raise either, and a cut loses only what comes after the cut: every
table created before it is there.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pglast import ast
from pglast.parser import scan

from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.loader import load_schema
from dbperf.schema.sources import read_file

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/corpus"
REAL_DDL = [
    ROOT / "fixtures/b2b/schema.sql",
    ROOT / "fixtures/saas/lib/db/migrations/0000_loving_orphan.sql",
    ROOT / "tests/fixtures/schema/pg_dump_sample.sql",
    ROOT / "tests/fixtures/schema/plain.sql",
    CORPUS / "jellyseerr/schema.sql",
    CORPUS / "kestra/jdbc-postgres/src/main/resources/migrations/postgres/V1_1__initial.sql",
    CORPUS / "dittofeed/packages/backend-lib/drizzle/0000_lethal_trish_tilby.sql",
    CORPUS / "harbor/make/migrations/postgresql/0001_initial_schema.up.sql",
    CORPUS / "hexpm/priv/repo/structure.sql",  # pg_dump: functions, COPY, psql meta-commands
    CORPUS / "supabase-subscriptions/supabase/platform/storage/0050-search-v2-optimised.sql",
]
# small enough to load into PostgreSQL once per example
LOADABLE = [
    ROOT / "fixtures/b2b/schema.sql",
    ROOT / "tests/fixtures/schema/plain.sql",
    CORPUS / "jellyseerr/schema.sql",
    CORPUS / "kestra/jdbc-postgres/src/main/resources/migrations/postgres/V1_1__initial.sql",
]
LIMIT = 40_000
ENCODINGS = ["utf-16", "latin-1", "utf-8-sig", "cp1252"]
CUTTING = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
LOADING = settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
_names = itertools.count()


def _head(path: Path) -> bytes:
    return path.read_bytes()[:LIMIT]


def _flip(data: bytes, positions: list[int]) -> bytes:
    raw = bytearray(data)
    for pos in positions:
        raw[pos % len(raw)] ^= 1 << (pos % 8)
    return bytes(raw)


def _close_parens(data: bytes) -> list[int]:
    """Byte offsets of the `)` tokens of the DDL (not those inside strings or comments)."""
    text = data.decode("utf-8", errors="replace")
    try:
        tokens = scan(text)
    except Exception:  # noqa: BLE001 - an unterminated quote at the cut: no tokens to take
        return []
    return [len(text[: t.start].encode()) for t in tokens if t.name == "ASCII_41"]


def _cut_statements(tmp_path: Path, data: bytes, name: str) -> None:
    """Cutting into statements: never raises; statements and problems say file:line inside it."""
    path = tmp_path / name
    path.write_bytes(data)
    lines = data.count(b"\n") + 1
    problems = Problems()
    statements = list(read_file(path, problems))
    assert all(s.origin.path == str(path) and 1 <= s.origin.line <= lines for s in statements)
    for problem in problems:
        assert problem.origin is not None and problem.origin.path == str(path), str(problem)
        assert 1 <= problem.origin.line <= lines, str(problem)
        assert "rest of the schema was loaded" not in (problem.hint or "")


@CUTTING
@given(st.sampled_from(REAL_DDL), st.integers(min_value=0, max_value=LIMIT))
def test_cut_at_any_byte(tmp_path_factory: pytest.TempPathFactory, source: Path, cut: int) -> None:
    _cut_statements(tmp_path_factory.mktemp("cut"), _head(source)[:cut], source.name)


@CUTTING
@given(st.sampled_from(REAL_DDL), st.lists(st.integers(min_value=0), min_size=1, max_size=8))
def test_bit_flips(tmp_path_factory: pytest.TempPathFactory, source: Path, positions: list[int]) -> None:
    _cut_statements(tmp_path_factory.mktemp("flip"), _flip(_head(source), positions), source.name)


@CUTTING
@given(st.sampled_from(REAL_DDL), st.sampled_from(ENCODINGS))
def test_re_encoded(tmp_path_factory: pytest.TempPathFactory, source: Path, encoding: str) -> None:
    text = _head(source).decode("utf-8", errors="replace")
    data = text.encode(encoding, errors="replace")
    _cut_statements(tmp_path_factory.mktemp("enc"), data, source.name)


@CUTTING
@given(st.sampled_from(REAL_DDL), st.integers(min_value=0))
def test_a_lost_parenthesis(tmp_path_factory: pytest.TempPathFactory, source: Path, pick: int) -> None:
    data = _head(source)
    parens = _close_parens(data)
    if parens:
        at = parens[pick % len(parens)]
        data = data[:at] + data[at + 1 :]
    _cut_statements(tmp_path_factory.mktemp("paren"), data, source.name)


def _load(server_uri: str, folder: Path, data: bytes, name: str) -> tuple[set[str], Problems, Path]:
    path = folder / name
    path.write_bytes(data)
    problems = Problems()
    db = Database.scratch(server_uri, name=f"fuzz_{next(_names)}")
    try:
        result = load_schema([path], db, problems)
    finally:
        db.close()
    lines = data.count(b"\n") + 1
    for problem in problems:
        assert problem.origin is not None and problem.origin.path == str(path), str(problem)
        assert 0 <= problem.origin.line <= lines, str(problem)
    return set(result.schema.tables), problems, path


@LOADING
@given(st.sampled_from(LOADABLE), st.floats(min_value=0.05, max_value=0.95))
def test_loading_a_cut_schema_keeps_every_table_before_the_cut(
    pg_server, tmp_path_factory: pytest.TempPathFactory, source: Path, share: float
) -> None:
    data = _head(source)
    whole, _, _ = _load(pg_server.uri, tmp_path_factory.mktemp("whole"), data, source.name)
    cut = data[: int(len(data) * share)]
    folder = tmp_path_factory.mktemp("cut")
    loaded, _, path = _load(pg_server.uri, folder, cut, source.name)
    # the tables whose CREATE TABLE lies wholly before the cut: read from the cut file's statements
    before = _tables_created(read_file(path))
    assert before & whole <= loaded


@LOADING
@given(st.sampled_from(LOADABLE), st.integers(min_value=0), st.lists(st.integers(min_value=0), max_size=4))
def test_loading_a_damaged_schema_never_raises(
    pg_server, tmp_path_factory: pytest.TempPathFactory, source: Path, pick: int, flips: list[int]
) -> None:
    data = _head(source)
    parens = _close_parens(data)
    if parens:
        at = parens[pick % len(parens)]
        data = data[:at] + data[at + 1 :]
    if flips:
        data = _flip(data, flips)
    _load(pg_server.uri, tmp_path_factory.mktemp("damaged"), data, source.name)


def _tables_created(statements) -> set[str]:  # type: ignore[no-untyped-def]
    """Keys of the tables the parsed statements create (the bare name in public)."""
    found = set()
    for statement in statements:
        node = statement.node
        if isinstance(node, ast.CreateStmt) and node.relation.schemaname in (None, "public"):
            found.add(node.relation.relname)
    return found


def test_a_lost_parenthesis_in_a_real_schema_loses_that_table_only(
    scratch_db: Database, tmp_path: Path
) -> None:
    """jellyseerr's pg_dump with one `)` of CREATE TABLE discover_slider deleted."""
    source = CORPUS / "jellyseerr/schema.sql"
    data = source.read_bytes()
    start = data.index(b"CREATE TABLE public.discover_slider")
    at = next(p for p in _close_parens(data) if p > start)
    path = tmp_path / "schema.sql"
    path.write_bytes(data[:at] + data[at + 1 :])
    problems = Problems()
    result = load_schema([path], scratch_db, problems)
    assert len(result.schema.tables) == 13 and "discover_slider" not in result.schema.tables  # of 14
    first = problems.items[0]
    first_line = data[:start].count(b"\n") + 1
    end_line = data[: data.index(b";", at)].count(b"\n") + 1
    assert first.origin is not None and first_line <= first.origin.line <= end_line  # in the statement
    assert "table public.discover_slider was not created" in first.message
    assert "a `(` is never closed" in first.message
    # what refers to it fails, each at its own line; nothing claims the rest was loaded
    later = problems.items[1:]
    assert later and all('"public.discover_slider" does not exist' in p.message for p in later)
    assert all("rest of the schema" not in (p.hint or "") for p in problems)
