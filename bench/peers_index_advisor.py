"""Supabase's index_advisor, driven from bench/peers.py: where its SQL comes from, installing it
with HypoPG in a database, asking it about one query, and making its answer runnable.

Its code is not part of dbperf: `--index-advisor-sql PATH` names its `index_advisor--X.Y.Z.sql`
(https://github.com/supabase/index_advisor, PostgreSQL License), or a clone of that repository
(its `index_advisor.control` names the default version). docs/bench.md says how to get it.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from pglast import ast, parse_sql
from pglast.stream import RawStream

MIRROR = Path("/work/.mirror/supabase+index_advisor/repo")  # where the `fetch` tool puts its bare git dir


@dataclass
class Suggestion:
    """index_advisor's answer for one query: its CREATE INDEX statements as printed, the same made
    runnable (mixed-case columns quoted), and its error if it had one."""

    printed: list[str] = field(default_factory=list)
    runnable: list[str] = field(default_factory=list)
    error: str | None = None
    repaired: bool = False  # a printed statement named a column without its quotes


def load_sql(path: Path | None) -> tuple[str, str]:
    """(SQL of index_advisor, where it came from): a .sql file, a clone, or the bare mirror."""
    if path is not None and path.is_file():
        return path.read_text(), str(path)
    if path is not None and path.is_dir() and (path / "index_advisor.control").is_file():
        version = _default_version((path / "index_advisor.control").read_text())
        file = path / f"index_advisor--{version}.sql"
        return file.read_text(), str(file)
    if path is None and MIRROR.is_dir():
        def show(name: str) -> str:
            return subprocess.run(["git", f"--git-dir={MIRROR}", "show", f"HEAD:{name}"],
                                  capture_output=True, text=True, check=True).stdout
        name = f"index_advisor--{_default_version(show('index_advisor.control'))}.sql"
        return show(name), f"{MIRROR} (HEAD:{name})"
    where = path or MIRROR
    raise SystemExit(f"error: index_advisor's SQL not found at {where}\n"
                     "hint: git clone https://github.com/supabase/index_advisor and pass "
                     "--index-advisor-sql index_advisor/index_advisor--0.2.0.sql (docs/bench.md)")


def _default_version(control: str) -> str:
    for line in control.splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "default_version":
            return value.strip().strip("'\"")
    raise SystemExit("error: index_advisor.control has no default_version")


def install(uri: str, sql: str) -> None:
    """HypoPG and the index_advisor function in the database at `uri`."""
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS hypopg")
        conn.execute(sql)


def ask(conn: psycopg.Connection, query: str) -> Suggestion:
    """index_advisor(query) on its own connection (it runs DEALLOCATE ALL, which would break the
    prepared statements of any connection that shares it)."""
    try:
        statements, errors = conn.execute(
            "SELECT index_statements, errors FROM index_advisor(%s)", (query,)).fetchone()
    except psycopg.Error as exc:
        return Suggestion(error=str(exc).strip().splitlines()[0])
    if errors:
        return Suggestion(error="; ".join(errors))
    suggestion = Suggestion(printed=list(statements))
    for statement in statements:
        fixed = _quote_columns(conn, statement)
        suggestion.repaired |= fixed != statement
        suggestion.runnable.append(fixed)
    return suggestion


def _quote_columns(conn: psycopg.Connection, statement: str) -> str:
    """hypopg_get_indexdef prints a mixed-case column bare (`btree (Title)`), which PostgreSQL
    folds to `title`: name the table's column that matches it case-insensitively instead."""
    stmt = parse_sql(statement)[0].stmt
    if not isinstance(stmt, ast.IndexStmt):
        return statement
    rel = stmt.relation
    table = f'"{rel.schemaname}"."{rel.relname}"' if rel.schemaname else f'"{rel.relname}"'
    columns = [r[0] for r in conn.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
        (table,)).fetchall()]
    changed = False
    params = []
    for elem in stmt.indexParams or ():
        name = elem.name
        if name and name not in columns:
            matches = [c for c in columns if c.lower() == name.lower()]
            if len(matches) == 1:
                elem = ast.IndexElem(name=matches[0], expr=elem.expr, indexcolname=elem.indexcolname,
                                     collation=elem.collation, opclass=elem.opclass,
                                     opclassopts=elem.opclassopts, ordering=elem.ordering,
                                     nulls_ordering=elem.nulls_ordering)
                changed = True
        params.append(elem)
    if not changed:
        return statement
    stmt.indexParams = tuple(params)
    return RawStream()(stmt)


def index_label(statement: str) -> str:
    """`table(col, col)` of a CREATE INDEX statement, for the table; the statement's first line
    otherwise (a CREATE STATISTICS)."""
    try:
        stmts = [raw.stmt for raw in parse_sql(statement)]
    except Exception:  # noqa: BLE001 - a label never stops the bench
        return " ".join(statement.split())[:60]
    for stmt in stmts:  # a partitioned table's first statement is the parent's (ON ONLY)
        if isinstance(stmt, ast.IndexStmt):
            return _label(stmt)
        if isinstance(stmt, ast.CreateStatsStmt):
            return f"statistics {stmt.defnames[-1].sval}"
    return " ".join(statement.split())[:60]


def _label(stmt: ast.IndexStmt) -> str:
    rel = stmt.relation
    table = f"{rel.schemaname}.{rel.relname}" if rel.schemaname and rel.schemaname != "public" else rel.relname
    cols = [e.name if e.name else RawStream()(e.expr) for e in stmt.indexParams or ()]
    partial = " WHERE …" if stmt.whereClause is not None else ""
    include = f" INCLUDE {len(stmt.indexIncludingParams)}" if stmt.indexIncludingParams else ""
    using = f" {stmt.accessMethod}" if stmt.accessMethod and stmt.accessMethod != "btree" else ""
    return f"{table}({', '.join(cols)}){using}{include}{partial}"
