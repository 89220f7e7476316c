"""Reading captures reports its progress: bytes read (for a progress bar) and statements so far."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

from dbperf.capture import load_workload
from dbperf.capture.parallel import PARALLEL_MIN_BYTES
from dbperf.diagnostics import Problems

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "capture"


def _read(paths: list[Path], jobs: int = 1) -> tuple[list[tuple[int, int]], int]:
    calls: list[tuple[int, int]] = []
    workload = load_workload(paths, Problems(), jobs=jobs, progress=lambda n, s: calls.append((n, s)))
    return calls, workload.statements


def test_progress_adds_up_to_the_bytes_of_the_inputs() -> None:
    files = [SAMPLES / "pg_min_duration.log", SAMPLES / "drizzle_app.log", SAMPLES / "app.jsonl"]
    calls, statements = _read(files)
    assert sum(n for n, _ in calls) == sum(f.stat().st_size for f in files)
    counts = [s for _, s in calls]
    assert counts == sorted(counts) and counts[-1] <= statements  # statements so far, never going back


def test_progress_of_a_big_log_read_in_parallel(tmp_path: Path) -> None:
    big = tmp_path / "big.log"
    sample = (SAMPLES / "pg_min_duration.log").read_bytes()
    with big.open("wb") as out:
        while out.tell() < PARALLEL_MIN_BYTES + 2**20:  # big enough to be split across processes
            out.write(sample if sample.endswith(b"\n") else sample + b"\n")
    calls, _ = _read([big], jobs=2)
    assert len(calls) > 2 and sum(n for n, _ in calls) == big.stat().st_size


def test_progress_of_a_gzip_log_counts_the_file(tmp_path: Path) -> None:
    packed = tmp_path / "pg.log.gz"
    with (SAMPLES / "pg_min_duration.log").open("rb") as src, gzip.open(packed, "wb") as dst:
        shutil.copyfileobj(src, dst)
    calls, statements = _read([packed])
    assert sum(n for n, _ in calls) == packed.stat().st_size and statements > 0
