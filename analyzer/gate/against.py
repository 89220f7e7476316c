"""`dbperf check PATH --against REF`: the other version of the project, as a folder to audit.

REF is a second directory (used as is: the other version's project root) or
a git ref: the tree of REF is exported with `git archive` into a temporary
folder (the repository and its work tree are not touched) and PATH's path
relative to the repository root is the project root inside it.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from dbperf.diagnostics import DbperfError

GIT_TIMEOUT_S = 120


@dataclass
class OtherVersion:
    root: Path  # the project root (or schema file) of REF's version
    label: str  # "main (git)" or the directory, for messages
    mapping: tuple[Path, Path] | None = None  # (current base, other base): maps --schema/--queries paths

    def map(self, path: Path) -> Path:
        """A path of the current version → the same path in the other version."""
        if self.mapping is None:
            return path
        current, other = self.mapping
        try:
            return other / path.resolve().relative_to(current)
        except ValueError:
            return path  # outside the project: the same file for both versions


@contextmanager
def other_version(path: Path, ref: str) -> Iterator[OtherVersion]:
    """The project at REF; a temporary export is deleted afterwards."""
    candidate = Path(ref)
    if candidate.exists():
        if path.is_file() and candidate.is_dir():
            candidate = candidate / path.name
        yield OtherVersion(candidate, str(ref), (path.resolve() if path.is_dir() else path.resolve().parent,
                                                 candidate if candidate.is_dir() else candidate.parent))
        return
    top = _git(path if path.is_dir() else path.parent, "rev-parse", "--show-toplevel",
               error=f"--against {ref}: no such directory, and {path} is not inside a git repository",
               hint="pass a git ref (a branch, tag or commit) of the repository holding PATH, or a directory")
    toplevel = Path(top.decode().strip()).resolve()
    commit = _git(toplevel, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}",
                  error=f"--against {ref}: not a directory nor a commit of {toplevel}",
                  hint="fetch it first (actions/checkout needs fetch-depth: 0, or `git fetch origin main`)")
    rel = path.resolve().relative_to(toplevel)
    with tempfile.TemporaryDirectory(prefix="dbperf-against-") as tmp:
        archive = _git(toplevel, "archive", "--format=tar", commit.decode().strip(),
                       *([] if str(rel) == "." else ["--", rel.as_posix()]),
                       error=f"--against {ref}: {rel.as_posix()} does not exist at {ref}",
                       hint="the project did not exist at that ref: run `dbperf check` without --against")
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(tmp, filter="data")
            else:  # pragma: no cover - Python < 3.11.4
                tar.extractall(tmp)
        other = Path(tmp) / rel
        if not other.exists():
            raise DbperfError(f"--against {ref}: {rel.as_posix()} does not exist at {ref}",
                              hint="the project did not exist at that ref: run `dbperf check` without --against")
        base = path.resolve() if path.is_dir() else path.resolve().parent
        yield OtherVersion(other, f"{ref} (git)", (base, other if other.is_dir() else other.parent))


def _git(cwd: Path, *args: str, error: str, hint: str) -> bytes:
    try:
        out = subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, timeout=GIT_TIMEOUT_S)
    except FileNotFoundError:
        raise DbperfError("--against needs git, which is not installed", hint="install git, or pass a directory") from None
    except subprocess.TimeoutExpired:
        raise DbperfError(f"git {args[0]} took more than {GIT_TIMEOUT_S} s", hint=hint) from None
    if out.returncode != 0:
        detail = out.stderr.decode(errors="replace").strip().splitlines()
        raise DbperfError(error + (f" ({detail[-1]})" if detail else ""), hint=hint)
    return out.stdout
