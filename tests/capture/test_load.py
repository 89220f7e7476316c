"""`dbperf.capture.load`: paths, folders, format sniffing, gzip, bad input."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from dbperf.capture import load
from dbperf.capture.sniff import DRIZZLE, PG_STDERR, SQL, sniff
from dbperf.diagnostics import Problems


def test_sniff_samples(samples: Path) -> None:
    assert sniff(samples / "queries.sql") == SQL
    assert sniff(samples / "drizzle_app.log") == DRIZZLE  # app output before the first query
    assert sniff(samples / "drizzle_timestamped.log") == DRIZZLE
    assert sniff(samples / "pg_min_duration.log") == PG_STDERR
    assert sniff(samples / "pg_statement_all.log") == PG_STDERR
    assert sniff(samples / "pg_pid_line_prefix.log") == PG_STDERR


def test_sniff_ignores_the_extension_except_sql(tmp_path: Path) -> None:
    path = tmp_path / "capture.txt"
    path.write_text("Query: select 1\n")
    assert sniff(path) == DRIZZLE
    path.write_text("just some notes\n")
    assert sniff(path) is None


def test_folder_in_sorted_order_skipping_hidden_and_meta(tmp_path: Path, samples: Path) -> None:
    shutil.copy(samples / "drizzle_timestamped.log", tmp_path / "b.log")
    (tmp_path / "a.sql").write_text("select 1;\nselect 2;\n")
    (tmp_path / ".hidden.sql").write_text("select 'hidden';\n")
    for skipped in ("meta", ".git"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "x.sql").write_text("select 'skipped';\n")
    (tmp_path / "README.md").write_text("# captures\n")
    (tmp_path / "make_logs.py").write_text("print('hi')\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.sql").write_text("select 3;\n")
    problems = Problems()
    found = [(Path(s.origin.path).name, s.origin.line) for s in load([tmp_path], problems)]
    assert found == [
        ("a.sql", 1),
        ("a.sql", 2),
        ("b.log", 1),
        ("b.log", 2),
        ("b.log", 3),
        ("b.log", 4),
        ("c.sql", 1),
    ]
    assert not problems.items


def test_gzip_files(tmp_path: Path, samples: Path) -> None:
    for name in ("queries.sql", "pg_min_duration.log", "drizzle_app.log"):
        with (
            open(samples / name, "rb") as source,
            gzip.open(tmp_path / f"{name}.gz", "wb") as target,
        ):
            shutil.copyfileobj(source, target)
    problems = Problems()
    found = list(load([tmp_path], problems))
    by_file = {Path(s.origin.path).name for s in found}
    assert by_file == {"queries.sql.gz", "pg_min_duration.log.gz", "drizzle_app.log.gz"}
    assert len(found) == 9 + 7 + 9  # the last line of pg_min_duration.log is cut short


def test_bad_paths_are_problems_and_the_rest_goes_on(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing to see\n")
    (tmp_path / "broken.log.gz").write_bytes(b"not gzip at all")
    (tmp_path / "ok.sql").write_text("select 1;\n")
    missing = tmp_path / "missing.log"
    problems = Problems()
    found = list(
        load(
            [missing, tmp_path / "notes.txt", tmp_path / "broken.log.gz", tmp_path / "ok.sql"],
            problems,
        )
    )
    assert [s.sql for s in found] == ["select 1"]
    assert [(p.origin.path, p.message) for p in problems] == [
        (str(missing), "capture path does not exist"),
        (str(tmp_path / "notes.txt"), "unrecognised capture format"),
        (str(tmp_path / "broken.log.gz"), "cannot read capture file: Not a gzipped file (b'no')"),
    ]
    assert "Drizzle" in problems.items[1].hint and "PostgreSQL" in problems.items[1].hint


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    body = "".join(f"select {i};\n" for i in range(20000)).encode()
    data = gzip.compress(body)
    path = tmp_path / "big.sql.gz"
    path.write_bytes(data[: len(data) // 2])
    problems = Problems()
    found = list(load([path], problems))
    assert 0 < len(found) < 20000
    assert [p.message.split(":")[0] for p in problems] == [
        "capture file could not be read to the end"
    ]
