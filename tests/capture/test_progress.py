"""Reading captures reports its progress: bytes read (for a progress bar) and statements so far."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from dbperf import capture
from dbperf.capture import load_workload, parallel, text
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


def test_progress_of_a_big_log_read_in_parallel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A log over the parallel threshold is split across processes and its progress adds up.
    The threshold (32 MiB) and the block (4 MiB) are scaled down 128 times, so the log is 320 KiB
    instead of 33 MiB: the same path (several blocks in this process, a part in a worker)."""
    monkeypatch.setattr(capture, "PARALLEL_MIN_BYTES", PARALLEL_MIN_BYTES // 128)
    monkeypatch.setattr(text, "BLOCK", text.BLOCK // 128)
    parallel_reads: list[Path] = []

    def scan_parallel(path: Path, *args, **kwargs) -> int:
        parallel_reads.append(path)
        return parallel.scan_parallel(path, *args, **kwargs)

    monkeypatch.setattr(capture, "scan_parallel", scan_parallel)
    big = tmp_path / "big.log"
    sample = (SAMPLES / "pg_min_duration.log").read_bytes()
    with big.open("wb") as out:
        while out.tell() < capture.PARALLEL_MIN_BYTES + text.BLOCK:  # big enough to be split
            out.write(sample if sample.endswith(b"\n") else sample + b"\n")
    calls, _ = _read([big], jobs=2)
    assert parallel_reads == [big], "read by several processes"
    assert len(calls) > 2 and sum(n for n, _ in calls) == big.stat().st_size


def test_progress_of_a_gzip_log_counts_the_file(tmp_path: Path) -> None:
    packed = tmp_path / "pg.log.gz"
    with (SAMPLES / "pg_min_duration.log").open("rb") as src, gzip.open(packed, "wb") as dst:
        shutil.copyfileobj(src, dst)
    calls, statements = _read([packed])
    assert sum(n for n, _ in calls) == packed.stat().st_size and statements > 0
