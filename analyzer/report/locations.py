"""Where a finding or a query lives, as CI tools want it: a path relative to the repository root and a line."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class Location:
    uri: str  # forward slashes, relative to the repository root
    line: int | None = None  # 1-based; None: the whole file

    def __str__(self) -> str:
        return f"{self.uri}:{self.line}" if self.line else self.uri


def split_origin(origin: str) -> tuple[str, int | None]:
    """`path:line` → (path, line); a trailing part that is no positive number stays in the path."""
    path, sep, tail = origin.rpartition(":")
    if sep and path and tail.isdigit() and int(tail) > 0:
        return path, int(tail)
    return origin, None


@lru_cache(maxsize=32)
def repo_root(start: Path) -> Path:
    """The git work tree holding `start`, else `start` itself (a folder) or its parent (a file)."""
    folder = start if start.is_dir() else start.parent
    try:
        out = subprocess.run(["git", "-C", str(folder), "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            return Path(out.stdout.strip()).resolve()
    except (OSError, subprocess.SubprocessError):
        pass
    return folder.resolve()


def relative(path: str | Path, root: Path) -> str:
    """`path` (absolute, or relative to the working directory) relative to `root`, with forward slashes."""
    resolved = Path(path).resolve()
    try:
        return PurePosixPath(resolved.relative_to(root.resolve())).as_posix()
    except ValueError:
        return PurePosixPath(Path(path)).as_posix()


def location(origin: str, root: Path) -> Location:
    path, line = split_origin(origin)
    return Location(relative(path, root), line)
