"""What a DDL statement's syntax tree (pglast) says, for applying it: the names of the types,
functions and roles it uses, its column definitions, DEFAULTs and CHECKs, and a short name for
messages (`describe`)."""

from __future__ import annotations

import psycopg
from pglast import ast
from pglast.enums import AlterTableType, ConstrType, ObjectType, RoleSpecType
from pglast.visitors import Visitor

from dbperf.schema.stand_ins import EXTENSION_OBJECTS


class Names(Visitor):
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


class Calls(Visitor):
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


def role_names(node: ast.Node) -> set[str]:
    roles = _Roles()
    roles(node)
    if isinstance(node, ast.GrantRoleStmt):  # GRANT <role> TO …: the granted roles are no RoleSpec
        roles.names |= {p.priv_name for p in node.granted_roles or () if p.priv_name}
    return roles.names


def is_privilege_statement(node: ast.Node) -> bool:
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


TRANSACTION_SETTINGS = frozenset(
    {"transaction", "transaction_isolation", "transaction_read_only", "transaction_deferrable"}
)


def is_transaction_setting(node: ast.Node) -> bool:
    """`SET LOCAL …`, `SET TRANSACTION …`: they last one transaction, and each statement is one."""
    return isinstance(node, ast.VariableSetStmt) and (
        bool(node.is_local) or (node.name or "").lower() in TRANSACTION_SETTINGS
    )


def is_role_switch(node: ast.Node) -> bool:
    """`SET ROLE`, `SET SESSION AUTHORIZATION` (and their RESET): would drop superuser rights."""
    return isinstance(node, ast.VariableSetStmt) and (node.name or "").lower() in {
        "role",
        "session_authorization",
    }


def type_extension(type_name: str) -> str | None:
    """The extension known to define `type_name`."""
    for extension, (types, _, _) in EXTENSION_OBJECTS.items():
        if type_name.lower() in types:
            return extension
    return None


def column_defs(node: ast.Node) -> list[ast.ColumnDef]:
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


def expression_constraints(node: ast.Node) -> list[tuple[object, ast.Constraint]]:
    """(owner, constraint) for every DEFAULT and CHECK of a CREATE TABLE / ADD COLUMN / ADD CONSTRAINT."""
    found: list[tuple[object, ast.Constraint]] = []
    owners: list[object] = list(column_defs(node))
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


def relation_name(node: ast.Node) -> str:
    relation = getattr(node, "relation", None)
    return relation.relname if isinstance(relation, ast.RangeVar) else ""


def describe(node: ast.Node) -> str:
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


def option(options: tuple | None, name: str) -> str | None:
    for option in options or ():
        if (
            isinstance(option, ast.DefElem)
            and option.defname == name
            and isinstance(option.arg, ast.String)
        ):
            return option.arg.sval
    return None


def pg_message(exc: psycopg.Error) -> str:
    return exc.diag.message_primary or str(exc).strip().splitlines()[0]

