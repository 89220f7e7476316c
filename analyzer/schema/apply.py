"""Apply DDL statements to the scratch database, one at a time, reporting what fails.

Every statement runs on its own (autocommit), so one failure never stops the
rest. What the scratch server cannot do is worked around where that keeps the
schema useful for performance work, and always reported:

- `CREATE EXTENSION` of an extension the server lacks (uuid-ossp, pgcrypto,
  postgis, …): stand-in functions with the same signatures (`STAND_INS`) are
  created so that defaults such as `uuid_generate_v4()` keep working;
- a `CREATE TABLE` / `ADD COLUMN` whose column type does not exist (postgis
  `geometry`, …): the column is created as `text` (the AST is edited and
  deparsed with pglast) instead of losing the table;
- a DEFAULT or CHECK calling a function that does not exist: dropped, the
  table kept;
- a collation the server cannot make (ICU, libc locales it lacks): a stand-in
  with the same name (`collations.py`);
- storage options of a missing extension (`WITH (timescaledb.continuous)`):
  dropped, the object created without them; `partman.create_parent()`: the
  table gets a DEFAULT partition so rows can go in;
- roles the DDL names (`AUTHORIZATION`, `OWNER TO`, `GRANT … TO`, policies,
  default privileges) that the server lacks: created as NOLOGIN stand-ins
  before the statement runs (reported once), so `CREATE SCHEMA auth
  AUTHORIZATION supabase_admin` and what follows it load;
- `COMMENT ON EXTENSION` of a missing extension, `COPY` data, `BEGIN`/`COMMIT`,
  `SET LOCAL`/`SET TRANSACTION` (each statement runs on its own), `SET ROLE`
  (the load runs as the superuser) and `CREATE ROLE` of a role that exists:
  skipped silently (they do not change plans), and counted.

Session settings changed by the DDL (pg_dump's `SET search_path = ''`,
`statement_timeout = 0`, …) are restored afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import psycopg
from pglast import ast
from pglast.enums import AlterTableType, ConstrType, ObjectType, RoleSpecType
from pglast.parser import parse_sql
from pglast.stream import RawStream
from pglast.visitors import Visitor
from psycopg import sql as pgsql

from dbperf.diagnostics import DbperfError, Problems
from dbperf.postgres.database import Database
from dbperf.schema.collations import CollationStandIns, is_create_collation
from dbperf.schema.sources import DdlStatement
from dbperf.schema.stand_ins import (
    EXTENSION_EFFECTS,
    EXTENSION_OBJECTS,
    STAND_INS,
    PartmanParents,
    drop_extension_options,
    language_stand_in,
    nothing_left,
    text_search_dictionary_stand_in,
)

_FAILED_HINT = "fix the statement or the order of the DDL; it was not applied, the statements after it were"
_UNDEFINED_OBJECT = "42704"
_UNDEFINED_FUNCTION = "42883"
_STAND_IN_ROLE = "dbperf stand-in for a role of production"

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


class _Applier:
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
                (_STAND_IN_ROLE,),
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
            self._differs(statement, f"{_describe(node)} skipped: it only sets {', '.join(dropped)}")
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
                        f"{statement.origin}: lost the connection to the scratch database: {_pg_message(exc)}",
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
            self._differs(statement, f"{_describe(node)} applied with {'; '.join(changes)}")
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
                f"{_describe(node)} replaced by a dictionary of template simple: {_pg_message(exc)}; "
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
        if _is_transaction_setting(node):
            return "transaction-level setting (each statement runs in a transaction of its own)"
        if _is_role_switch(node):
            return "role switch (the scratch load runs every statement as the superuser)"
        if _is_privilege_statement(node):
            missing = sorted({r for r in _role_names(node) if r not in self.roles})
            if missing:
                return f"owner/privileges for role(s) that do not exist here: {', '.join(missing)}"
        if isinstance(node, ast.CommentStmt) and node.objtype == ObjectType.OBJECT_EXTENSION:
            name = node.object.sval if isinstance(node.object, ast.String) else None
            if name not in self.available:
                return f"comment on missing extension {name}"
        if isinstance(node, ast.AlterExtensionStmt) and node.extname not in self.available:
            return f"alters missing extension {node.extname}"
        return None

    # -- missing roles ---------------------------------------------------------------------------

    def _stand_in_roles(self, statement: DdlStatement, node: ast.Node) -> None:
        """Create the roles the statement names (AUTHORIZATION, OWNER TO, GRANT … TO, policies…)."""
        created = []
        names = _role_names(node)
        for name in sorted(names - self.roles):
            role = pgsql.Identifier(name)
            try:
                self.db.execute(
                    pgsql.SQL("CREATE ROLE {} NOLOGIN; COMMENT ON ROLE {} IS {}")
                    .format(role, role, pgsql.Literal(_STAND_IN_ROLE))
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
        schema = _option(node.options, "schema") or "public"
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
                return created, _pg_message(exc)
            created.append(signature)
        return created, ""

    def _extension_of(self, node: ast.Node) -> str | None:
        """The missing extension a statement evidently depends on, if any."""
        names = _Names()
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
        if exc.sqlstate == _UNDEFINED_OBJECT:
            language = language_stand_in(node, self.languages)
            if language is not None:
                return language
        return self._drop_undefined_function(node, exc)

    def _undefined_column_type(self, node: ast.Node, exc: psycopg.Error) -> ast.ColumnDef | None:
        """The column definition whose type PostgreSQL reported as missing, if the error is that."""
        if exc.sqlstate != _UNDEFINED_OBJECT or not exc.diag.statement_position:
            return None
        position = int(exc.diag.statement_position) - 1
        for column in _column_defs(node):
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
        extension = _type_extension(old.rsplit(".", 1)[-1])
        self.retyped[(_relation_name(node), column.colname)] = extension
        why = (
            f"it depends on extension {extension}, which {self.server} lacks"
            if extension
            else _pg_message(exc)
        )
        return f'column "{column.colname}" created as text instead of {shown}: {why}'

    def _drop_undefined_function(self, node: ast.Node, exc: psycopg.Error) -> str | None:
        """Remove the DEFAULT or CHECK that calls the missing function PostgreSQL pointed at."""
        if exc.sqlstate != _UNDEFINED_FUNCTION or not exc.diag.statement_position:
            return None
        position = int(exc.diag.statement_position) - 1
        for owner, constraint in _expression_constraints(node):
            calls = _Calls()
            calls(constraint.raw_expr)
            if position in calls.locations:
                owner.constraints = (
                    tuple(c for c in owner.constraints if c is not constraint) or None
                )
                kind = "DEFAULT" if constraint.contype == ConstrType.CONSTR_DEFAULT else "CHECK"
                where = f' of column "{owner.colname}"' if isinstance(owner, ast.ColumnDef) else ""
                return f"{kind}{where} dropped: {_pg_message(exc)}"
        return None

    # -- failures --------------------------------------------------------------------------------

    def _failed(self, statement: DdlStatement, node: ast.Node, exc: psycopg.Error) -> None:
        extension = self._extension_of(node) or self._retyped_dependency(node)
        if extension:
            message = f"{_describe(node)} skipped: depends on extension {extension}, which {self.server} lacks"
            hint = "use --postgres with an image that has it if this object matters to performance"
            if extension == "pg_partman":
                partitions = self._default_partitions(node)
                if partitions:
                    message += f"; DEFAULT partition {', '.join(partitions)} created so that rows can go in"
        else:
            message = f"{_describe(node)} failed: {_pg_message(exc)}"
            hint = exc.diag.message_hint or _FAILED_HINT
        # a statement that failed for itself leaves the schema partly loaded: an error (the gate
        # fails closed on it); one that needed a missing extension is a known, reported difference
        self.problems.add("schema", message, origin=statement.origin, hint=hint,
                          severity="warning" if extension else "error")
        self._skip(statement, message)

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


# -- AST helpers -----------------------------------------------------------------------------------


class _Names(Visitor):
    """Collects the unqualified type and function names a statement uses."""

    def __init__(self) -> None:
        super().__init__()
        self.types: set[str] = set()
        self.functions: set[str] = set()

    def visit_TypeName(self, ancestors, node: ast.TypeName) -> None:
        if node.names:
            self.types.add(node.names[-1].sval.lower())

    def visit_FuncCall(self, ancestors, node: ast.FuncCall) -> None:
        if node.funcname:
            self.functions.add(node.funcname[-1].sval.lower())


class _Calls(Visitor):
    """Collects the locations of the function calls in an expression."""

    def __init__(self) -> None:
        super().__init__()
        self.locations: set[int] = set()

    def visit_FuncCall(self, ancestors, node: ast.FuncCall) -> None:
        self.locations.add(node.location)


class _Roles(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_RoleSpec(self, ancestors, node: ast.RoleSpec) -> None:
        if node.roletype == RoleSpecType.ROLESPEC_CSTRING and node.rolename:
            self.names.add(node.rolename)


def _role_names(node: ast.Node) -> set[str]:
    roles = _Roles()
    roles(node)
    if isinstance(node, ast.GrantRoleStmt):  # GRANT <role> TO …: the granted roles are no RoleSpec
        roles.names |= {p.priv_name for p in node.granted_roles or () if p.priv_name}
    return roles.names


def _is_privilege_statement(node: ast.Node) -> bool:
    """Ownership, grants and policies: irrelevant to plans (dbperf runs as a superuser)."""
    if isinstance(node, ast.AlterTableStmt):
        return all(cmd.subtype == AlterTableType.AT_ChangeOwner for cmd in node.cmds)
    return isinstance(
        node,
        (
            ast.AlterOwnerStmt,
            ast.GrantStmt,
            ast.GrantRoleStmt,
            ast.AlterDefaultPrivilegesStmt,
            ast.CreatePolicyStmt,
            ast.AlterPolicyStmt,
        ),
    )


_TRANSACTION_SETTINGS = frozenset(
    {"transaction", "transaction_isolation", "transaction_read_only", "transaction_deferrable"}
)


def _is_transaction_setting(node: ast.Node) -> bool:
    """`SET LOCAL …`, `SET TRANSACTION …`: they last one transaction, and each statement is one."""
    return isinstance(node, ast.VariableSetStmt) and (
        bool(node.is_local) or (node.name or "").lower() in _TRANSACTION_SETTINGS
    )


def _is_role_switch(node: ast.Node) -> bool:
    """`SET ROLE`, `SET SESSION AUTHORIZATION` (and their RESET): would drop superuser rights."""
    return isinstance(node, ast.VariableSetStmt) and (node.name or "").lower() in {
        "role",
        "session_authorization",
    }


def _type_extension(type_name: str) -> str | None:
    """The extension known to define `type_name`."""
    for extension, (types, _, _) in EXTENSION_OBJECTS.items():
        if type_name.lower() in types:
            return extension
    return None


def _column_defs(node: ast.Node) -> list[ast.ColumnDef]:
    if isinstance(node, ast.CreateStmt):
        return [e for e in node.tableElts or () if isinstance(e, ast.ColumnDef)]
    if isinstance(node, ast.AlterTableStmt):
        return [c.def_ for c in node.cmds if isinstance(c.def_, ast.ColumnDef)]
    return []


class _TableConstraints:
    """A CREATE TABLE's table-level constraints, editable like a ColumnDef's `constraints`."""

    def __init__(self, stmt: ast.CreateStmt) -> None:
        self._stmt = stmt

    @property
    def constraints(self) -> tuple:
        return tuple(e for e in self._stmt.tableElts or () if isinstance(e, ast.Constraint))

    @constraints.setter
    def constraints(self, kept: tuple | None) -> None:
        kept = kept or ()
        self._stmt.tableElts = tuple(
            e
            for e in self._stmt.tableElts
            if not isinstance(e, ast.Constraint) or any(e is k for k in kept)
        )


def _expression_constraints(node: ast.Node) -> list[tuple[object, ast.Constraint]]:
    """(owner, constraint) for every DEFAULT and CHECK of a CREATE TABLE / ADD COLUMN / ADD CONSTRAINT."""
    found: list[tuple[object, ast.Constraint]] = []
    owners: list[object] = list(_column_defs(node))
    if isinstance(node, ast.CreateStmt):
        owners.append(_TableConstraints(node))
    for owner in owners:
        for constraint in owner.constraints or ():
            if (
                constraint.contype in (ConstrType.CONSTR_DEFAULT, ConstrType.CONSTR_CHECK)
                and constraint.raw_expr
            ):
                found.append((owner, constraint))
    return found


def _relation_name(node: ast.Node) -> str:
    relation = getattr(node, "relation", None)
    return relation.relname if isinstance(relation, ast.RangeVar) else ""


def _describe(node: ast.Node) -> str:
    """A short name for a statement: 'CREATE TABLE "User"', 'CREATE INDEX "i"', 'statement'."""
    if isinstance(node, ast.CreateStmt):
        return f'CREATE TABLE "{node.relation.relname}"'
    if isinstance(node, ast.AlterTableStmt):
        return f'ALTER TABLE "{node.relation.relname}"'
    if isinstance(node, ast.IndexStmt):
        return (
            f'CREATE INDEX "{node.idxname}"'
            if node.idxname
            else f'CREATE INDEX on "{node.relation.relname}"'
        )
    if isinstance(node, ast.ViewStmt):
        return f'CREATE VIEW "{node.view.relname}"'
    if isinstance(node, ast.CreateTableAsStmt) and node.into is not None:
        return f'CREATE {"MATERIALIZED VIEW" if node.objtype == ObjectType.OBJECT_MATVIEW else "TABLE"} "{node.into.rel.relname}"'
    if isinstance(node, ast.CreateFunctionStmt):
        return (
            f'CREATE {"PROCEDURE" if node.is_procedure else "FUNCTION"} "{node.funcname[-1].sval}"'
        )
    if isinstance(node, ast.CreateTrigStmt):
        return f'CREATE TRIGGER "{node.trigname}"'
    if isinstance(node, ast.DoStmt):
        return "DO block"
    if isinstance(node, ast.DefineStmt) and node.kind == ObjectType.OBJECT_TSDICTIONARY:
        return f'CREATE TEXT SEARCH DICTIONARY "{node.defnames[-1].sval}"'
    if isinstance(node, ast.SelectStmt) and len(node.targetList or ()) == 1:
        call = node.targetList[0].val
        if isinstance(call, ast.FuncCall):  # SELECT create_hypertable('metrics', 'time')
            return f"SELECT {'.'.join(n.sval for n in call.funcname)}(…)"
    return "statement"


def _option(options: tuple | None, name: str) -> str | None:
    for option in options or ():
        if (
            isinstance(option, ast.DefElem)
            and option.defname == name
            and isinstance(option.arg, ast.String)
        ):
            return option.arg.sval
    return None


def _pg_message(exc: psycopg.Error) -> str:
    return exc.diag.message_primary or str(exc).strip().splitlines()[0]


# -- session settings ------------------------------------------------------------------------------

_SESSION = "SELECT name, setting FROM pg_settings WHERE source = 'session'"


def _session_settings(db: Database) -> dict[str, str]:
    return dict(db.fetchall(_SESSION))


def _restore_session_settings(db: Database, before: dict[str, str]) -> None:
    """Undo the SETs of the DDL (pg_dump sets search_path to '' and statement_timeout to 0)."""
    for name, value in db.fetchall(_SESSION):
        if before.get(name) == value or name in _TRANSACTION_SETTINGS:
            continue  # transaction_* settings end with their transaction and cannot be RESET
        if name in before:
            db.execute("SELECT set_config($1, $2, false)", (name, before[name]))
        else:
            db.execute(pgsql.SQL("RESET {}").format(pgsql.Identifier(name)).as_string(db.conn))
