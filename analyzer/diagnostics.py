"""Where things come from, and what went wrong with them.

Every statement, schema object and finding carries an `Origin` (file:line, or a
log position), so that every problem dbperf reports can be traced back to the
input line that caused it. Bad input never stops an audit: loaders append a
`Problem` to a `Problems` list and go on with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator


@dataclass(frozen=True, order=True)
class Origin:
    """A position in an input file: `path:line`, 1-based line numbers."""

    path: str
    line: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Problem:
    """One piece of input dbperf could not use, and what to do about it.

    `stage` is the pipeline stage that met it ("schema", "capture", "seed",
    "explain", "rules", "config"); `hint` tells the user the next step.
    """

    stage: str
    message: str
    origin: Origin | None = None
    hint: str = ""
    severity: str = "warning"  # "warning": part of the input skipped; "error": a stage could not run

    def __str__(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


@dataclass
class Problems:
    """An append-only list of problems met during one run."""

    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        stage: str,
        message: str,
        origin: Origin | None = None,
        hint: str = "",
        severity: str = "warning",
    ) -> Problem:
        problem = Problem(stage, message, origin, hint, severity)
        self.items.append(problem)
        return problem

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class DbperfError(Exception):
    """An error that stops a command: shown to the user without a traceback.

    `hint` says what to do next.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
