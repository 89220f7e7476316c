"""What the scratch server lacks, worked around while the DDL is applied (`apply.py`), reported.

- roles the DDL names (`AUTHORIZATION`, `OWNER TO`, `GRANT … TO`, policies, default privileges)
  that the server lacks: created as NOLOGIN stand-ins before the statement runs (reported once),
  so `CREATE SCHEMA auth AUTHORIZATION supabase_admin` and what follows it load;
- `CREATE EXTENSION` of an extension the server lacks (uuid-ossp, pgcrypto, postgis, …):
  stand-in functions with the same signatures (`STAND_INS`) are created so that defaults such as
  `uuid_generate_v4()` keep working; a statement that needs more of it is skipped and says so;
- a `CREATE TABLE` / `ADD COLUMN` whose column type does not exist (postgis `geometry`, …): the
  column is created as `text` (the AST is edited and deparsed with pglast) instead of losing the
  table; a DEFAULT or CHECK calling a function that does not exist: dropped, the table kept; a
  procedural language the server lacks: a stand-in (`stand_ins.language_stand_in`);
- `partman.create_parent()`: the table gets a DEFAULT partition so rows can go in.

`MissingObjects` is that part of the applier; it uses the applier's connection, problems and
result (the attributes declared below).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import psycopg
from pglast import ast
from pglast.enums import ConstrType
from pglast.stream import RawStream
from psycopg import sql as pgsql

from dbperf.diagnostics import Problems
from dbperf.postgres.database import Database
from dbperf.schema.collations import CollationStandIns
from dbperf.schema.ddl_nodes import (
    Calls,
    Names,
    column_defs,
    expression_constraints,
    option,
    pg_message,
    relation_name,
    role_names,
    type_extension,
)
from dbperf.schema.sources import DdlStatement
from dbperf.schema.stand_ins import (
    EXTENSION_EFFECTS,
    EXTENSION_OBJECTS,
    STAND_INS,
    PartmanParents,
    language_stand_in,
)

if TYPE_CHECKING:
    from dbperf.schema.apply import ApplyResult

UNDEFINED_OBJECT = "42704"
UNDEFINED_FUNCTION = "42883"
STAND_IN_ROLE = "dbperf stand-in for a role of production"


class MissingObjects:
    """Stand-ins and edits for what the server lacks; mixed into the applier."""

    db: Database
    problems: Problems
    server: str
    result: ApplyResult
    roles: set[str]
    earlier_stand_ins: set[str]
    retyped: dict[tuple[str, str], str | None]  # (table, column) created as text -> its type's extension
    collations: CollationStandIns
    languages: set[str]

    def _skip(self, statement: DdlStatement, reason: str) -> None:  # the applier's
        raise NotImplementedError

    # -- missing roles ---------------------------------------------------------------------------

    def _stand_in_roles(self, statement: DdlStatement, node: ast.Node) -> None:
        """Create the roles the statement names (AUTHORIZATION, OWNER TO, GRANT … TO, policies…)."""
        created = []
        names = role_names(node)
        for name in sorted(names - self.roles):
            role = pgsql.Identifier(name)
            try:
                self.db.execute(
                    pgsql.SQL("CREATE ROLE {} NOLOGIN; COMMENT ON ROLE {} IS {}")
                    .format(role, role, pgsql.Literal(STAND_IN_ROLE))
                    .as_string(self.db.conn)
                )
            except psycopg.Error:
                continue  # left to the statement, whose failure is reported
            self.roles.add(name)
            created.append(name)
        # a stand-in left on the server by an earlier load is reported as if created now
        created += sorted(names & self.earlier_stand_ins - set(self.result.stand_in_roles))
        if created:
            self.result.stand_in_roles.extend(created)
            self.problems.add(
                "schema",
                f"role(s) {', '.join(created)} do not exist on {self.server}; created as NOLOGIN "
                "stand-ins (no password, no login, no privileges beyond what the DDL grants)",
                origin=statement.origin,
                hint="plans do not depend on roles; production's role attributes are not reproduced",
            )

    # -- missing extensions ----------------------------------------------------------------------

    def _missing_extension(self, statement: DdlStatement, node: ast.CreateExtensionStmt) -> None:
        name = node.extname
        schema = option(node.options, "schema") or "public"
        created, failed = self._create_stand_ins(name, schema)
        if name not in self.result.missing_extensions:
            self.result.missing_extensions.append(name)
        message = f'extension "{name}" is not available on {self.server}'
        if created:
            message += f"; stand-ins were created for {', '.join(created)}"
            if name == "pgcrypto":
                message += (
                    " (stand-ins only: they do not encrypt or hash securely, which is fine for planning;"
                    " gen_random_uuid() is built into PostgreSQL)"
                )
        else:
            types = EXTENSION_OBJECTS.get(name, (frozenset(),))[0]
            message += (
                "; columns of its types are created as text and statements that need it are skipped"
                if types
                else "; statements that need it are skipped"
            )
        if name in EXTENSION_EFFECTS:
            message += f"; {EXTENSION_EFFECTS[name]}"
        if failed:
            message += f"; could not create stand-ins: {failed}"
        self.problems.add(
            "schema",
            message,
            origin=statement.origin,
            hint="use --dsn with a database that has it, or --postgres with an image that has it, "
            "if the schema depends on more of it",
        )
        self._skip(statement, f"extension {name} is not available")

    def _create_stand_ins(self, extension: str, schema: str) -> tuple[list[str], str]:
        """Create the stand-in functions of `extension` in `schema`: (signatures created, error)."""
        qualified = pgsql.Identifier(schema).as_string(self.db.conn)
        v1 = "uuidv7()" if self.db.server_version_num >= 180000 else "gen_random_uuid()"
        created: list[str] = []
        for signature, definition in STAND_INS.get(extension, {}).items():
            body = definition.replace("{schema}", qualified).replace("{v1}", v1)
            try:
                self.db.execute(f"CREATE OR REPLACE FUNCTION {qualified}.{body}")
            except psycopg.Error as exc:
                return created, pg_message(exc)
            created.append(signature)
        return created, ""

    def _extension_of(self, node: ast.Node) -> str | None:
        """The missing extension a statement evidently depends on, if any."""
        names = Names()
        names(node)
        for extension in self.result.missing_extensions:
            types, functions, prefixes = EXTENSION_OBJECTS.get(
                extension, (frozenset(), frozenset(), ())
            )
            functions = functions - {
                signature.split("(")[0] for signature in STAND_INS.get(extension, {})
            }
            if names.types & types or names.functions & functions:
                return extension
            if any(f.startswith(prefixes) for f in names.functions) and prefixes:
                return extension
        return None

    # -- column types and functions that do not exist --------------------------------------------

    def _work_around(self, node: ast.Node, exc: psycopg.Error) -> str | None:
        """Edit a CREATE TABLE / ADD COLUMN so that it can run without what is missing; describe the edit.

        A column whose type does not exist becomes text; a DEFAULT or CHECK calling a function that does
        not exist is dropped. None when the error is not one of these.
        """
        column = self._undefined_column_type(node, exc)
        if column is not None:
            return self._retype(node, column, exc)
        collations = self.collations.provide_referenced(node, exc)
        if collations is not None:
            return collations
        if exc.sqlstate == UNDEFINED_OBJECT:
            language = language_stand_in(node, self.languages)
            if language is not None:
                return language
        return self._drop_undefined_function(node, exc)

    def _undefined_column_type(self, node: ast.Node, exc: psycopg.Error) -> ast.ColumnDef | None:
        """The column definition whose type PostgreSQL reported as missing, if the error is that."""
        if exc.sqlstate != UNDEFINED_OBJECT or not exc.diag.statement_position:
            return None
        position = int(exc.diag.statement_position) - 1
        for column in column_defs(node):
            type_name = column.typeName
            if type_name is not None and type_name.location == position:
                return column
        return None

    def _retype(self, node: ast.Node, column: ast.ColumnDef, exc: psycopg.Error) -> str:
        """Change `column` to text in place; describe the change."""
        old = ".".join(n.sval for n in column.typeName.names)
        shown = RawStream()(column.typeName)
        column.typeName = ast.TypeName(
            names=(ast.String(sval="text"),), typemod=-1, arrayBounds=column.typeName.arrayBounds
        )
        extension = type_extension(old.rsplit(".", 1)[-1])
        self.retyped[(relation_name(node), column.colname)] = extension
        why = (
            f"it depends on extension {extension}, which {self.server} lacks"
            if extension
            else pg_message(exc)
        )
        return f'column "{column.colname}" created as text instead of {shown}: {why}'

    def _drop_undefined_function(self, node: ast.Node, exc: psycopg.Error) -> str | None:
        """Remove the DEFAULT or CHECK that calls the missing function PostgreSQL pointed at."""
        if exc.sqlstate != UNDEFINED_FUNCTION or not exc.diag.statement_position:
            return None
        position = int(exc.diag.statement_position) - 1
        for owner, constraint in expression_constraints(node):
            calls = Calls()
            calls(constraint.raw_expr)
            if position in calls.locations:
                owner.constraints = (
                    tuple(c for c in owner.constraints if c is not constraint) or None
                )
                kind = "DEFAULT" if constraint.contype == ConstrType.CONSTR_DEFAULT else "CHECK"
                where = f' of column "{owner.colname}"' if isinstance(owner, ast.ColumnDef) else ""
                return f"{kind}{where} dropped: {pg_message(exc)}"
        return None

    def _default_partitions(self, node: ast.Node) -> list[str]:
        """For `partman.create_parent('s.parent', …)`: a DEFAULT partition `s.parent_default`, as partman makes."""
        calls = PartmanParents()
        calls(node)
        made = []
        for parent in calls.parents:
            row = self.db.fetchall(
                "SELECT format('%I.%I', n.nspname, c.relname || '_default'), format('%I.%I', n.nspname, c.relname)"
                " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE c.oid = to_regclass($1) AND c.relkind = 'p'",
                (parent,),
            )
            if not row:
                continue
            default, table = row[0]
            try:
                self.db.execute(f"CREATE TABLE IF NOT EXISTS {default} PARTITION OF {table} DEFAULT")
            except psycopg.Error:
                continue
            made.append(default)
        return made

    def _retyped_dependency(self, node: ast.Node) -> str | None:
        """The missing extension whose column type an index needs (the column was created as text)."""
        if not isinstance(node, ast.IndexStmt):
            return None
        for param in node.indexParams or ():
            extension = self.retyped.get((node.relation.relname, param.name or ""))
            if extension:
                return extension
        return None
