"""Load an application's schema into the scratch database: the entry point of the schema stage.

`load_schema` finds the DDL of each path (drizzle-kit folder, folder of .sql
files, plain DDL file, pg_dump output), applies it statement by statement,
reads the result back from the catalog and gives every table, index and
foreign key the file:line of the statement that created it. Origins are
matched by name, following renames and drops in statement order; unnamed
constraints are matched by their columns, inline ones get the origin of
their CREATE TABLE.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pglast import ast, parse_plpgsql
from pglast.enums import AlterTableType, ConstrType, ObjectType
from pglast.parser import ParseError, parse_sql

from dbperf.diagnostics import DbperfError, Origin, Problems
from dbperf.postgres.database import Database
from dbperf.schema.apply import Skipped, apply_statements
from dbperf.schema.catalog import read_schema
from dbperf.schema.model import Schema, Table
from dbperf.schema.sources import DdlStatement, is_drizzle_folder, read_file, schema_files

PG_DUMP_HEADER = "-- PostgreSQL database dump"


@dataclass
class SchemaLoad:
    """What loading the schema produced."""

    schema: Schema
    statements: int  # statements read (parsable or not)
    applied: int  # statements that ran
    skipped: list[Skipped] = field(default_factory=list)
    # "drizzle-kit" | "sql" | "pg_dump"; joined with "+" when paths of several kinds were given
    source_kind: str = "sql"
    files: list[Path] = field(default_factory=list)
    missing_extensions: list[str] = field(default_factory=list)
    stand_in_collations: list[str] = field(default_factory=list)  # made because the server lacks them


def detect_kind(path: Path) -> str:
    """'drizzle-kit', 'pg_dump' or 'sql'; a path that is not a schema source raises DbperfError."""
    if not path.exists():
        raise DbperfError(
            f"schema path {path} does not exist",
            hint="pass a drizzle-kit migrations folder, a .sql file or pg_dump --schema-only output "
            "(--schema or [schema] paths in dbperf.toml)",
        )
    if is_drizzle_folder(path):
        return "drizzle-kit"
    if path.is_dir():
        if not schema_files(path):
            raise DbperfError(
                f"schema folder {path} holds no .sql files",
                hint="point at the drizzle-kit migrations folder (the one with meta/_journal.json) or at .sql files",
            )
        return "sql"
    if path.suffix.lower() in (".ts", ".js", ".mjs", ".prisma"):
        raise DbperfError(
            f"{path} is application code, not SQL",
            hint="point dbperf at the SQL migrations (drizzle-kit generate writes them, with "
            "meta/_journal.json; prisma migrate writes migrations/*/migration.sql) or at a pg_dump",
        )
    with path.open("rb") as file:
        head = file.read(4096)
    if head.startswith(b"PGDMP"):
        raise DbperfError(
            f"{path} is a pg_dump archive (custom format), not SQL",
            hint=f"convert it with: pg_restore --schema-only -f schema.sql {path}",
        )
    return "pg_dump" if PG_DUMP_HEADER.encode() in head else "sql"


def load_schema(
    paths: list[Path], db: Database, problems: Problems, *, server_label: str | None = None
) -> SchemaLoad:
    """Apply the DDL of `paths` (in order) to `db` and read the schema back with origins."""
    paths = [Path(p) for p in paths]
    kinds = [detect_kind(path) for path in paths]
    files = [file for path in paths for file in schema_files(path, problems)]
    read: list[DdlStatement] = []

    def statements() -> Iterator[DdlStatement]:
        for file in files:
            for statement in read_file(file, problems):
                read.append(statement)
                yield statement

    result = apply_statements(statements(), db, problems, server_label=server_label)
    origins = OriginMap()
    for applied in result.applied:
        origins.record(applied.node, applied.statement)
    schema = read_schema(db)
    origins.attach(schema)
    for table in schema.foreign.values():
        problems.add("schema", f"foreign table {table.name}: not seeded, and queries on it are not measured "
                     "(its rows live outside the database)", table.origin, severity="info",
                     hint="measure those queries on the server that holds the data")
    return SchemaLoad(
        schema=schema,
        statements=len(read),
        applied=len(result.applied),
        skipped=result.skipped,
        source_kind="+".join(dict.fromkeys(kinds)) or "sql",
        files=files,
        missing_extensions=result.missing_extensions,
        stand_in_collations=result.stand_in_collations,
    )


def refresh_sizes(schema: Schema, db: Database) -> Schema:
    """The schema re-read from the catalog (rows, sizes, avg widths after seeding), origins kept."""
    return with_origins(read_schema(db), schema)


def with_origins(fresh: Schema, schema: Schema) -> Schema:
    """`fresh` (read from a catalog) with the search path and origins of `schema` (as loaded)."""
    fresh.search_path = schema.search_path
    for view in [*fresh.views.values(), *fresh.foreign.values()]:
        old = schema.relation(view.name, view.schema)
        view.origin = old.origin if old is not None else None
    for table in fresh.tables.values():
        old = schema.find(table.name, table.schema)
        if old is None:
            continue
        table.origin = old.origin
        index_origins = {ix.name: ix.origin for ix in old.indexes}
        fk_origins = {fk.name: fk.origin for fk in old.foreign_keys}
        table.indexes = [
            dataclasses.replace(ix, origin=index_origins.get(ix.name)) for ix in table.indexes
        ]
        table.foreign_keys = [
            dataclasses.replace(fk, origin=fk_origins.get(fk.name)) for fk in table.foreign_keys
        ]
    return fresh


# -- origins ----------------------------------------------------------------------------------------

Key = tuple  # (schema or None, name, …): None when the DDL did not qualify the name


class OriginMap:
    """file:line of the statements that created tables, indexes and constraints, by name."""

    def __init__(self) -> None:
        self.tables: dict[Key, Origin] = {}
        self.indexes: dict[Key, Origin] = {}
        self.constraints: dict[Key, Origin] = {}  # (schema, table, constraint name)
        self.unnamed: dict[Key, Origin] = {}  # (schema, table, kind 'p'|'u'|'f'|'i', columns)

    def record(self, node: ast.Node, statement: DdlStatement) -> None:
        """Note what an applied statement created, renamed or dropped."""
        origin = statement.origin
        if isinstance(node, ast.CreateStmt):
            schema, table = _rel(node.relation)
            # CREATE TABLE IF NOT EXISTS of an existing table changes nothing: keep the first origin
            self.tables.setdefault((schema, table), origin)
            for element in node.tableElts or ():
                if isinstance(element, ast.Constraint):
                    self._constraint(schema, table, element, (), origin)
                elif isinstance(element, ast.ColumnDef):
                    for constraint in element.constraints or ():
                        self._constraint(schema, table, constraint, (element.colname,), origin)
        elif isinstance(node, ast.CreateTableAsStmt) and node.into is not None:
            self.tables.setdefault(_rel(node.into.rel), origin)
        elif isinstance(node, ast.ViewStmt):
            self.tables.setdefault(_rel(node.view), origin)
        elif isinstance(node, ast.CreateForeignTableStmt):
            self.tables.setdefault(_rel(node.base.relation), origin)
        elif isinstance(node, ast.IndexStmt):
            schema, table = _rel(node.relation)
            if node.idxname:
                self.indexes[(schema, node.idxname)] = origin
            else:
                columns = tuple(p.name for p in node.indexParams or ())
                if all(columns):
                    self.unnamed.setdefault((schema, table, "i", columns), origin)
        elif isinstance(node, ast.AlterTableStmt):
            self._alter_table(node, origin)
        elif isinstance(node, ast.RenameStmt):
            self._rename(node)
        elif isinstance(node, ast.DropStmt):
            self._drop(node)
        elif isinstance(node, ast.DoStmt):
            for inner, line in _do_statements(node, statement.sql):
                origin_inner = Origin(origin.path, origin.line + line)
                self.record(inner, DdlStatement(statement.sql, origin_inner, inner))

    def _constraint(
        self,
        schema: str | None,
        table: str,
        constraint: ast.Constraint,
        columns: tuple[str, ...],
        origin: Origin,
    ) -> None:
        if constraint.conname:
            self.constraints.setdefault((schema, table, constraint.conname), origin)
            return
        kind = {
            ConstrType.CONSTR_PRIMARY: "p",
            ConstrType.CONSTR_UNIQUE: "u",
            ConstrType.CONSTR_FOREIGN: "f",
        }.get(constraint.contype)
        if kind is None:
            return
        keys = constraint.fk_attrs if kind == "f" else constraint.keys
        names = tuple(k.sval for k in keys or ()) or columns
        self.unnamed.setdefault((schema, table, kind, names), origin)

    def _alter_table(self, node: ast.AlterTableStmt, origin: Origin) -> None:
        schema, table = _rel(node.relation)
        for cmd in node.cmds or ():
            if cmd.subtype == AlterTableType.AT_AddConstraint and isinstance(
                cmd.def_, ast.Constraint
            ):
                self._constraint(schema, table, cmd.def_, (), origin)
            elif cmd.subtype == AlterTableType.AT_AddColumn and isinstance(cmd.def_, ast.ColumnDef):
                for constraint in cmd.def_.constraints or ():
                    self._constraint(schema, table, constraint, (cmd.def_.colname,), origin)
            elif cmd.subtype == AlterTableType.AT_DropConstraint and cmd.name:
                for key in _keys(schema, table, cmd.name):
                    self.constraints.pop(key, None)
                    self.indexes.pop((key[0], cmd.name), None)

    def _rename(self, node: ast.RenameStmt) -> None:
        if node.renameType == ObjectType.OBJECT_TABLE and node.relation is not None:
            schema, table = _rel(node.relation)
            for key in _keys(schema, table):
                if key in self.tables:
                    self.tables[(key[0], node.newname)] = self.tables.pop(key)
            for store in (self.constraints, self.unnamed):
                for key in [k for k in store if k[1] == table and k[0] in (schema, None)]:
                    store[(key[0], node.newname, *key[2:])] = store.pop(key)
        elif node.renameType == ObjectType.OBJECT_INDEX and node.relation is not None:
            schema, index = _rel(node.relation)
            for key in _keys(schema, index):
                if key in self.indexes:
                    self.indexes[(key[0], node.newname)] = self.indexes.pop(key)
        elif node.renameType == ObjectType.OBJECT_TABCONSTRAINT and node.relation is not None:
            schema, table = _rel(node.relation)
            for key in _keys(schema, table, node.subname):
                if key in self.constraints:
                    self.constraints[(key[0], table, node.newname)] = self.constraints.pop(key)
                if (key[0], node.subname) in self.indexes:
                    self.indexes[(key[0], node.newname)] = self.indexes.pop((key[0], node.subname))

    def _drop(self, node: ast.DropStmt) -> None:
        for names in node.objects or ():
            if not isinstance(names, tuple):
                continue
            parts = [n.sval for n in names if isinstance(n, ast.String)]
            schema, name = (parts[-2] if len(parts) > 1 else None), parts[-1]
            if node.removeType == ObjectType.OBJECT_TABLE:
                for key in _keys(schema, name):
                    self.tables.pop(key, None)
                for store in (self.constraints, self.unnamed):
                    for key in [k for k in store if k[1] == name and k[0] in (schema, None)]:
                        del store[key]
            elif node.removeType == ObjectType.OBJECT_INDEX:
                for key in _keys(schema, name):
                    self.indexes.pop(key, None)

    def attach(self, schema: Schema) -> None:
        """Fill `origin` of the tables, indexes and foreign keys of `schema`."""
        for view in [*schema.views.values(), *schema.foreign.values()]:
            view.origin = _get(self.tables, view.schema, view.name)
        for table in schema.tables.values():
            table.origin = _get(self.tables, table.schema, table.name)
            table.indexes = [
                dataclasses.replace(ix, origin=self._index_origin(table, ix))
                for ix in table.indexes
            ]
            table.foreign_keys = [
                dataclasses.replace(
                    fk, origin=self._constraint_origin(table, fk.name, "f", fk.columns)
                )
                for fk in table.foreign_keys
            ]

    def _index_origin(self, table: Table, index) -> Origin | None:
        found = _get(self.indexes, table.schema, index.name)
        if found is not None:
            return found
        if index.constraint:
            kind = "p" if index.primary else "u"
            return self._constraint_origin(table, index.constraint, kind, index.columns)
        return _get(self.unnamed, table.schema, table.name, "i", index.columns)

    def _constraint_origin(
        self, table: Table, name: str, kind: str, columns: tuple[str, ...]
    ) -> Origin | None:
        return (
            _get(self.constraints, table.schema, table.name, name)
            or _get(self.unnamed, table.schema, table.name, kind, tuple(columns))
            or table.origin  # an inline constraint of CREATE TABLE
        )


def _rel(relation: ast.RangeVar) -> tuple[str | None, str]:
    return relation.schemaname, relation.relname


def _keys(schema: str | None, *rest: object) -> list[Key]:
    """The keys an object may have been recorded under: qualified as given, and unqualified."""
    return [(schema, *rest), (None, *rest)] if schema else [(None, *rest), ("public", *rest)]


def _get(store: dict[Key, Origin], schema: str, *rest: object) -> Origin | None:
    return store.get((schema, *rest)) or store.get((None, *rest))


def _do_statements(node: ast.DoStmt, sql: str) -> Iterator[tuple[ast.Node, int]]:
    """The static SQL statements inside a PL/pgSQL DO block, with their line offset from the DO.

    Older drizzle-kit wraps `ALTER TABLE … ADD CONSTRAINT` in `DO $$ BEGIN … EXCEPTION … END $$`.
    """
    body = next(
        (a for a in node.args or () if isinstance(a, ast.DefElem) and a.defname == "as"), None
    )
    language = next(
        (a for a in node.args or () if isinstance(a, ast.DefElem) and a.defname == "language"), None
    )
    if body is None or (language is not None and language.arg.sval.lower() != "plpgsql"):
        return
    wrapper = f"CREATE FUNCTION dbperf_do() RETURNS void LANGUAGE plpgsql AS $dbperf_do${body.arg.sval}$dbperf_do$"
    try:
        tree = parse_plpgsql(wrapper)
    except ParseError:  # not PL/pgSQL that pglast reads: no origins from inside it
        return
    body_line = sql[: max(body.location or 0, 0)].count("\n")
    for query, lineno in _execsql(tree):
        try:
            inner = parse_sql(query)
        except ParseError:
            continue
        for raw in inner:
            yield raw.stmt, body_line + max(lineno - 1, 0)


def _execsql(tree: object) -> Iterator[tuple[str, int]]:
    """(query, lineno) of every PLpgSQL_stmt_execsql in parse_plpgsql's JSON tree."""
    if isinstance(tree, list):
        for item in tree:
            yield from _execsql(item)
    elif isinstance(tree, dict):
        execsql = tree.get("PLpgSQL_stmt_execsql")
        if isinstance(execsql, dict):
            query = execsql.get("sqlstmt", {}).get("PLpgSQL_expr", {}).get("query")
            if query:
                yield query, int(execsql.get("lineno", 1))
        for value in tree.values():
            yield from _execsql(value)
