"""What applying a schema's DDL gave (`apply.py`): the statements that ran, the ones skipped and why,
and what the server lacked."""

from __future__ import annotations

from dataclasses import dataclass, field

from pglast import ast

from dbperf.schema.sources import DdlStatement


@dataclass(frozen=True)
class Skipped:
    """A statement that was not applied, and why."""

    statement: DdlStatement
    reason: str


@dataclass(frozen=True)
class Applied:
    """A statement that ran; `node` is what ran (a retyped copy when columns were changed to text)."""

    statement: DdlStatement
    node: ast.Node


@dataclass
class ApplyResult:
    applied: list[Applied] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    missing_extensions: list[str] = field(default_factory=list)
    stand_in_roles: list[str] = field(default_factory=list)
    stand_in_collations: list[str] = field(default_factory=list)  # qualified names
