"""Apply DDL statements to the scratch database, one at a time, reporting what fails.

Every statement runs on its own (autocommit), so one failure never stops the
rest. What the scratch server cannot do is worked around where that keeps the
schema useful for performance work, and always reported: missing roles,
extensions, column types, functions, languages and pg_partman parents
(`lacking.py`); a collation the server cannot make (ICU, libc locales it
lacks): a stand-in with the same name (`collations.py`); a text search
dictionary it cannot make: one of template simple; storage options of a missing
extension (`WITH (timescaledb.continuous)`): dropped, the object created without
them. `COMMENT ON EXTENSION` of a missing extension, `COPY` data,
`BEGIN`/`COMMIT`, `SET LOCAL`/`SET TRANSACTION` (each statement runs on its
own), `SET ROLE` (the load runs as the superuser) and `CREATE ROLE` of a role
that exists: skipped silently (they do not change plans), and counted.

Session settings changed by the DDL (pg_dump's `SET search_path = ''`,
`statement_timeout = 0`, …) are restored afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable

import psycopg
from pglast import ast
from pglast.enums import ObjectType
from pglast.parser import parse_sql
from pglast.stream import RawStream
from psycopg import sql as pgsql

from dbperf.diagnostics import DbperfError, Problems
from dbperf.postgres.database import Database
from dbperf.schema.applied import Applied, ApplyResult, Skipped
from dbperf.schema.collations import CollationStandIns, is_create_collation
from dbperf.schema.ddl_nodes import (
    TRANSACTION_SETTINGS,
    describe,
    is_privilege_statement,
    is_role_switch,
    is_transaction_setting,
    pg_message,
    role_names,
)
from dbperf.schema.lacking import STAND_IN_ROLE, MissingObjects
from dbperf.schema.sources import DdlStatement
from dbperf.schema.stand_ins import (
    drop_extension_options,
    nothing_left,
    text_search_dictionary_stand_in,
)

_FAILED_HINT = "fix the statement or the order of the DDL; it was not applied, the statements after it were"


def apply_statements(
    statements: Iterable[DdlStatement],
    db: Database,
    problems: Problems,
    *,
    server_label: str | None = None,
) -> ApplyResult:
    """Run `statements` in order on `db`; failures become Problems and the rest goes on.

    `server_label` names the server in messages ("the embedded PostgreSQL 18" by default).
    """
    applier = _Applier(db, problems, server_label)
    settings = _session_settings(db)
    try:
        for statement in statements:
            applier.apply(statement)
    finally:
        _restore_session_settings(db, settings)
    applier.result.stand_in_collations = list(applier.collations.made)
    return applier.result


class _Applier(MissingObjects):
    def __init__(self, db: Database, problems: Problems, server_label: str | None) -> None:
        self.db = db
        self.problems = problems
        self.server = server_label or f"the embedded PostgreSQL {db.server_version_num // 10000}"
        self.result = ApplyResult()
        self.available = {r[0] for r in db.fetchall("SELECT name FROM pg_available_extensions")}
        self.roles = {r[0] for r in db.fetchall("SELECT rolname FROM pg_roles")}
        self.earlier_stand_ins = {
            r[0]
            for r in db.fetchall(
                "SELECT rolname FROM pg_roles WHERE shobj_description(oid, 'pg_authid') = $1",
                (STAND_IN_ROLE,),
            )
        }
        # (table, column) created as text -> the extension that defines its type, if known
        self.retyped: dict[tuple[str, str], str | None] = {}
        self.collations = CollationStandIns(db)
        self.languages = {r[0] for r in db.fetchall("SELECT lanname FROM pg_language")}

    # -- one statement ---------------------------------------------------------------------------

    def apply(self, statement: DdlStatement) -> None:
        node = statement.node
        if node is None:
            self._skip(statement, f"could not parse: {statement.error}")  # sources reported it
            return
        self._stand_in_roles(statement, node)
        quiet = self._quiet_skip_reason(node)
        if quiet:
            self._skip(statement, quiet)
            return
        if isinstance(node, ast.CreateExtensionStmt) and node.extname not in self.available:
            self._missing_extension(statement, node)
            return
        dropped = drop_extension_options(node, self.available)
        if dropped and nothing_left(node):
            self._differs(statement, f"{describe(node)} skipped: it only sets {', '.join(dropped)}")
            self._skip(statement, "options of a missing extension")
            return
        self._run(statement, node, [f"{', '.join(dropped)} dropped"] if dropped else [])

    def _run(self, statement: DdlStatement, node: ast.Node, changes: list[str] | None = None) -> None:
        changes = list(changes or ())
        sql = RawStream()(node) if changes else statement.sql
        while True:
            try:
                self.db.execute(sql)
                break
            except psycopg.Error as exc:
                if self.db.conn.closed:
                    raise DbperfError(
                        f"{statement.origin}: lost the connection to the scratch database: {pg_message(exc)}",
                        hint="see the server log; the statement may have crashed the server",
                    ) from exc
                if self._replaced(statement, node, exc):
                    return
                change = self._work_around(node, exc)
                if change is None:
                    self._failed(statement, node, exc)
                    return
                changes.append(change)
                sql = RawStream()(node)
                node = parse_sql(sql)[0].stmt  # fresh locations for the next error position
        if changes:
            self._differs(statement, f"{describe(node)} applied with {'; '.join(changes)}")
        self.result.applied.append(Applied(statement, node))

    def _replaced(self, statement: DdlStatement, node: ast.Node, exc: psycopg.Error) -> bool:
        """Run a stand-in for a collation or text search dictionary this server cannot create."""
        change = None
        if is_create_collation(node):
            change = self.collations.replace_definition(node, exc)
        stand_in = text_search_dictionary_stand_in(node)
        if stand_in is not None:
            try:
                self.db.execute(stand_in)
            except psycopg.Error:
                return False
            change = (
                f"{describe(node)} replaced by a dictionary of template simple: {pg_message(exc)}; "
                "full-text matches on it differ from production (no stemming or synonyms)"
            )
        if change is None:
            return False
        self._differs(statement, change)
        self.result.applied.append(Applied(statement, node))
        return True

    def _differs(self, statement: DdlStatement, message: str) -> None:
        """Report a difference from production that the schema load worked around."""
        self.problems.add(
            "schema",
            message,
            origin=statement.origin,
            hint="plans on these objects may differ from production; use --postgres with an image that has "
            "what is missing if they matter",
        )

    def _skip(self, statement: DdlStatement, reason: str) -> None:
        self.result.skipped.append(Skipped(statement, reason))

    # -- quiet skips -----------------------------------------------------------------------------

    def _quiet_skip_reason(self, node: ast.Node) -> str | None:
        """Why a statement that cannot matter to performance is skipped without a Problem, if it is."""
        if isinstance(node, ast.CopyStmt):
            return "COPY data"
        if isinstance(node, ast.TransactionStmt):  # each statement runs on its own
            return "transaction control"
        if isinstance(node, ast.CreateRoleStmt) and node.role in self.roles:
            return f"role {node.role} exists already (roles are shared by the server's databases)"
        if is_transaction_setting(node):
            return "transaction-level setting (each statement runs in a transaction of its own)"
        if is_role_switch(node):
            return "role switch (the scratch load runs every statement as the superuser)"
        if is_privilege_statement(node):
            missing = sorted({r for r in role_names(node) if r not in self.roles})
            if missing:
                return f"owner/privileges for role(s) that do not exist here: {', '.join(missing)}"
        if isinstance(node, ast.CommentStmt) and node.objtype == ObjectType.OBJECT_EXTENSION:
            name = node.object.sval if isinstance(node.object, ast.String) else None
            if name not in self.available:
                return f"comment on missing extension {name}"
        if isinstance(node, ast.AlterExtensionStmt) and node.extname not in self.available:
            return f"alters missing extension {node.extname}"
        return None

    # -- failures --------------------------------------------------------------------------------

    def _failed(self, statement: DdlStatement, node: ast.Node, exc: psycopg.Error) -> None:
        extension = self._extension_of(node) or self._retyped_dependency(node)
        if extension:
            message = f"{describe(node)} skipped: depends on extension {extension}, which {self.server} lacks"
            hint = "use --postgres with an image that has it if this object matters to performance"
            if extension == "pg_partman":
                partitions = self._default_partitions(node)
                if partitions:
                    message += f"; DEFAULT partition {', '.join(partitions)} created so that rows can go in"
        else:
            message = f"{describe(node)} failed: {pg_message(exc)}"
            hint = exc.diag.message_hint or _FAILED_HINT
        # a statement that failed for itself leaves the schema partly loaded: an error (the gate
        # fails closed on it); one that needed a missing extension is a known, reported difference
        self.problems.add("schema", message, origin=statement.origin, hint=hint,
                          severity="warning" if extension else "error")
        self._skip(statement, message)


# -- session settings ------------------------------------------------------------------------------

_SESSION = "SELECT name, setting FROM pg_settings WHERE source = 'session'"


def _session_settings(db: Database) -> dict[str, str]:
    return dict(db.fetchall(_SESSION))


def _restore_session_settings(db: Database, before: dict[str, str]) -> None:
    """Undo the SETs of the DDL (pg_dump sets search_path to '' and statement_timeout to 0)."""
    for name, value in db.fetchall(_SESSION):
        if before.get(name) == value or name in TRANSACTION_SETTINGS:
            continue  # transaction_* settings end with their transaction and cannot be RESET
        if name in before:
            db.execute("SELECT set_config($1, $2, false)", (name, before[name]))
        else:
            db.execute(pgsql.SQL("RESET {}").format(pgsql.Identifier(name)).as_string(db.conn))
