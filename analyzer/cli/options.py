"""Options that mean the same on every command: `--format/-f`, `-o/--output`, `--format-in`, `--schema`, …

Each helper returns a fresh `typer.Option`, so a command spells an option the
way every other command does, with the same help text.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

import typer

from dbperf.audit_options import MAX_DEFAULT_JOBS, default_jobs
from dbperf.capture import FORMAT_ALIASES
from dbperf.capture.sniff import FORMATS
from dbperf.schema.dump import is_dsn


class ReportFormat(str, Enum):
    """What `audit` and `demo` print."""

    rich = "rich"
    json = "json"
    markdown = "markdown"
    sarif = "sarif"
    html = "html"


class GateFormat(str, Enum):
    """What `check` prints."""

    rich = "rich"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"
    html = "html"


class AdviseFormat(str, Enum):
    """What `advise` prints."""

    rich = "rich"
    json = "json"
    html = "html"


class WorkloadFormat(str, Enum):
    """What `workload` prints."""

    rich = "rich"
    json = "json"


def output_format(default: Enum) -> Any:
    return typer.Option(default, "--format", "-f", help="Output format: rich (the terminal; plain text in a "
                        "file), a machine format, or html (one self-contained page: plans, charts).")


def output(what: str = "the report") -> Any:
    return typer.Option(None, "--output", "-o", help=f"Write {what} to this file instead of stdout "
                        "(progress and the verdict stay on stderr).")


def _check_format_in(value: str | None) -> str | None:
    if value is not None and value not in FORMATS and value not in FORMAT_ALIASES:
        raise typer.BadParameter(f"unknown capture format {value!r}; one of: {', '.join(FORMATS)}")
    return value


def format_in() -> Any:
    return typer.Option(None, "--format-in", callback=_check_format_in,
                        help=f"Read every capture as this format instead of recognising it: {', '.join(FORMATS)}.")


def schema() -> Any:
    return typer.Option(None, "--schema", "-s", help="Schema: a migrations folder (drizzle-kit, Prisma, "
                        "golang-migrate, dbmate, Flyway, diesel, sqlx, Supabase), a DDL file, pg_dump "
                        "--schema-only output, or a postgresql:// URI to read it from with pg_dump "
                        "(docs/schema-sources.md). Repeatable.")


def queries() -> Any:
    return typer.Option(None, "--queries", "-q", help="Captured queries: .sql files, Drizzle logger output, "
                        "PostgreSQL logs (stderr, csvlog, jsonlog, auto_explain), pg_stat_statements exports, "
                        "JSON Lines, OpenTelemetry traces; files, folders, .gz. Repeatable (docs/capture.md).")


def seed() -> Any:
    return typer.Option(None, "--seed", help="Seed of the synthetic data (default 42, or dbperf.toml). "
                        "Same seed, same data, same findings.")


def scale() -> Any:
    return typer.Option(None, "--scale", help="Multiply every table's row count.")


def jobs() -> Any:
    return typer.Option(None, "--jobs", "-j", min=1, show_default=False,
                        help=f"Connections that measure the captured reads and run the rules side by side "
                             f"(writes one at a time, after the reads). Default: the cores, at most "
                             f"{MAX_DEFAULT_JOBS} ({default_jobs()} here). Same findings for any value; "
                             f" more than the cores only adds noise to the timings.")


def rule() -> Any:
    return typer.Option(None, "--rule", help="Run only this rule (repeatable; `dbperf rules` lists them).")


def project_path() -> Any:
    return typer.Argument(Path("."), help="Project root (or a schema file). dbperf finds the schema and "
                          "captured queries by convention: dbperf.toml, a migrations folder, schema.sql, a "
                          "queries/ folder.")


def schema_sources(values: list[str] | None) -> list[Path | str] | None:
    """--schema values: paths, except postgresql:// URIs (a Path would fold their `//`)."""
    return [v if is_dsn(v) else Path(v) for v in values] if values else None
