"""Reading one big PostgreSQL stderr log on several cores.

The file is cut into byte ranges at lines that start a new `LOG:` message
(never inside a multi-line message, never between a statement and its
`DETAIL:  parameters` line, which the server writes in the same message).
Each range is read by its own process into a partial workload (groups,
counts, problems, N+1 candidates, line numbers relative to the range); the
parts are merged in file order, line numbers shifted by the lines before
each range. The first range is read by the calling process.

What a cut can lose: with `log_statement` + `log_duration` (the duration on
its own later line), a statement logged just before a cut loses its
duration; an N+1 burst across a cut counts as two bursts.
"""

from __future__ import annotations

from collections.abc import Callable

import multiprocessing
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from dbperf.capture.pg_stderr import SESSION_KIND, scan_pg_stderr
from dbperf.diagnostics import Origin, Problem, Problems
from dbperf.workload.builder import WorkloadBuilder

PARALLEL_MIN_BYTES = 32 << 20  # smaller files are read by one process


def cut_points(path: Path, parts: int) -> list[int]:
    """Byte offsets [0, …, size] cutting `path` into about `parts` ranges at LOG lines."""
    size = os.path.getsize(path)
    points = [0]
    with open(path, "rb") as stream:
        for i in range(1, parts):
            stream.seek(max(points[-1], size * i // parts))
            stream.readline()  # the rest of a line: maybe not its start
            while True:
                offset = stream.tell()
                line = stream.readline()
                if not line:
                    offset = size
                    break
                colon = line.find(b":  ")
                if colon > 0 and line[:colon].endswith((b" LOG", b"]LOG")) or line.startswith(b"LOG:  "):
                    break
            if offset > points[-1] and offset < size:
                points.append(offset)
    points.append(size)
    return points


def _scan(path: str, start: int, end: int) -> dict[str, Any]:
    """A worker: one byte range into a partial workload."""
    problems = Problems()
    builder = WorkloadBuilder(problems)
    builder.start_file(path, SESSION_KIND)
    parser = scan_pg_stderr(path, problems, builder.add_raw, (start, end), report_failed=False,
                            emit_statement=builder.add)
    return _part(builder, parser)


def _part(builder: WorkloadBuilder, parser: Any) -> dict[str, Any]:
    bursts = builder.bursts
    bursts.finish_states()
    workload = builder.workload
    return {
        "workload": workload,
        "bursts": [b for heap in bursts.kept.values() for _, _, b in heap],
        "found": bursts.found,
        "lines": parser.lines,
        "failed": parser.failed,
    }


def scan_parallel(path: Path, builder: WorkloadBuilder, problems: Problems, jobs: int,
                  on_read: Callable[[int], None] | None = None) -> int:
    """Read a plain stderr log with `jobs` processes into `builder`; returns failed statements.

    `on_read(n)` follows this process's part block by block, the workers' parts as they finish."""
    points = cut_points(path, jobs)
    ranges = list(zip(points, points[1:]))
    source = str(path)
    context = multiprocessing.get_context("fork")
    with context.Pool(min(jobs, len(ranges)) - 1 or 1) as pool:
        pending = [pool.apply_async(_scan, (source, start, end)) for start, end in ranges[1:]]
        builder.start_file(source, SESSION_KIND)
        parser = scan_pg_stderr(path, problems, builder.add_raw, ranges[0], report_failed=False,
                                emit_statement=builder.add, on_read=on_read)
        offset = parser.lines
        failed = parser.failed
        for (start, end), result in zip(ranges[1:], pending):
            part = result.get()
            if on_read is not None:
                on_read(end - start)
            absorb(builder, part, offset, source)
            offset += part["lines"]
            failed += part["failed"]
    return failed


def absorb(builder: WorkloadBuilder, part: dict[str, Any], offset: int, source: str) -> None:
    """Merge a worker's partial workload into `builder`, its line numbers moved by `offset`."""

    def origin(o: Origin) -> Origin:
        return Origin(o.path, o.line + offset) if o.line and o.path == source else o

    def statement(s: Any) -> Any:
        return replace(s, origin=origin(s.origin))

    workload = builder.workload
    theirs = part["workload"]
    workload.statements += theirs.statements
    workload.utility += theirs.utility
    workload.unparsable += theirs.unparsable
    for problem in theirs.problems:
        builder.problems.items.append(
            Problem(problem.stage, problem.message, origin(problem.origin), problem.hint,
                    problem.severity) if problem.origin else problem
        )
    for fp, group in theirs.groups.items():
        group.example = statement(group.example)
        group.samples = [statement(s) for s in group.samples]
        group.origins = [origin(o) for o in group.origins]
        builder.merge_group(group)
    for burst in part["bursts"]:
        burst.shift(offset)
    builder.bursts.absorb(part["bursts"], part["found"])
