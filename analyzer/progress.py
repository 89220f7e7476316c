"""How the audit tells the user what it is doing: the `UI` protocol (stages, bars, notes) that the
command line implements, and the adapters that turn a stage's own progress callbacks into bars."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from dbperf.capture import capture_bytes

CAPTURE_BAR_BYTES = 8 * 2**20  # smaller captures are read before a bar would show


class UI:
    """How the pipeline tells the user what it is doing. The default says nothing."""

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        yield

    def bar(self, description: str, total: int, unit: str = "") -> Callable[..., None]:
        """Start a progress bar counting `unit`s (rows: also shows the rate); returns
        `advance(n, description=None)`."""
        return lambda n, description=None: None

    def note(self, message: str) -> None:
        pass


class Timer:
    """A stage shown by `ui` and timed into `timings[name]` (seconds)."""

    def __init__(self, name: str, timings: dict[str, float], ui: UI) -> None:
        self.name, self.timings, self.ui = name, timings, ui

    def __enter__(self) -> None:
        self.start = time.perf_counter()
        self._stage = self.ui.stage(self.name)
        self._stage.__enter__()

    def __exit__(self, *exc: object) -> None:
        self._stage.__exit__(*exc)
        self.timings[self.name] = round(time.perf_counter() - self.start, 3)


class CaptureBar:
    """A bar in kB read while big captures (a day of server logs) are read; nothing for small ones."""

    def __init__(self, paths: list[Path], ui: UI) -> None:
        self.total = capture_bytes(paths)
        self.read = self.shown = 0
        self.advance = ui.bar("reading captures", self.total // 1024, unit="kB") \
            if self.total >= CAPTURE_BAR_BYTES else None

    @property
    def progress(self) -> Callable[[int, int], None] | None:
        return self.on_read if self.advance else None

    def on_read(self, n: int, statements: int) -> None:
        self.read += n
        self._show(min(self.read, self.total) // 1024, f"reading captures ({statements:,} statements)")

    def finish(self) -> None:
        if self.advance:
            self._show(self.total // 1024, None)  # the bar always ends

    def _show(self, kb: int, description: str | None) -> None:
        if self.advance and kb > self.shown:
            self.advance(kb - self.shown, description=description)
            self.shown = kb


class SeedBar:
    """A bar in rows while tables are seeded; `on_progress` is the seeder's progress callback."""

    def __init__(self, rows: dict[str, int], ui: UI) -> None:
        self.total = sum(rows.values())
        self.advance = ui.bar("seeding", self.total, unit="rows")
        self.done: dict[str, int] = {}

    def on_progress(self, table: str, rows: int, table_total: int) -> None:
        """Rows so far of `table` (0 of its total when it failed: the bar skips its rows)."""
        so_far = rows if rows or table_total == 0 else table_total
        step = max(0, min(so_far, table_total) - self.done.get(table, 0))
        self.done[table] = self.done.get(table, 0) + step
        self.advance(step, description=f"seeding {table}")

    def finish(self) -> None:
        self.advance(max(0, self.total - sum(self.done.values())))  # the bar always ends
