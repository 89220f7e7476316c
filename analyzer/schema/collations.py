"""Collations the scratch server cannot provide, replaced by stand-ins with the same names.

The embedded PostgreSQL is built without ICU, and its operating system has
no libc locales but C and C.UTF-8. So `CREATE COLLATION … (provider = icu)`,
a column `COLLATE "und-x-icu"` or `COLLATE "en_US"` would fail, and with
them every table, index and function that uses the collation. Instead a
collation of the same name is made that sorts by code point (the builtin
`C.UTF-8` provider of PostgreSQL 17+, else a copy of "C"):

- a `CREATE COLLATION` that fails is replaced by the stand-in;
- a collation a statement names that does not exist (initdb's `*-x-icu`
  and libc locale collations of production) is created in `pg_catalog`,
  where production has it, before the statement is run again;
- initdb's own ICU collation `unicode`, present but unusable here, is
  switched to the builtin provider in this scratch database's catalog.

Plans keep their shape (the same indexes exist and are usable); sort order
and, for a nondeterministic (case- or accent-insensitive) collation, equality
differ from production. Every stand-in is reported once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import psycopg
from pglast import ast
from pglast.enums import ObjectType
from pglast.visitors import Visitor
from psycopg import sql as pgsql

from dbperf.postgres.database import Database

_UNDEFINED_OBJECT = "42704"
_FEATURE_NOT_SUPPORTED = "0A000"
_INVALID_PARAMETER = "22023"  # could not create locale "en_US.utf8"
CODE_POINT_ORDER = "code-point order (builtin C.UTF-8)"


def is_create_collation(node: ast.Node) -> bool:
    return isinstance(node, ast.DefineStmt) and node.kind == ObjectType.OBJECT_COLLATION


@dataclass
class CollationStandIns:
    """Makes and remembers the stand-in collations of one schema load."""

    db: Database
    made: list[str] = field(default_factory=list)  # `schema.name` (as written), in the order made

    def replace_definition(self, node: ast.DefineStmt, exc: psycopg.Error) -> str | None:
        """A stand-in for a CREATE COLLATION that failed for want of ICU or a locale; what differs, or None."""
        if exc.sqlstate not in (_FEATURE_NOT_SUPPORTED, _INVALID_PARAMETER, _UNDEFINED_OBJECT):
            return None
        names = tuple(n.sval for n in node.defnames)
        schema, name = (names[0], names[1]) if len(names) > 1 else (None, names[0])
        if self._make(schema, name) is None:
            return None
        wanted = _definition(node)
        insensitive = any(
            isinstance(d, ast.DefElem) and d.defname == "deterministic" and _text(d.arg) in ("false", "0")
            for d in node.definition or ()
        )
        return (
            f'collation "{name}" ({wanted}) replaced by a stand-in of the same name with '
            f"{CODE_POINT_ORDER}: {exc.diag.message_primary}; sorting on it differs from production"
            + (", and it tells apart case and accents, which production's nondeterministic one does not"
               if insensitive else "")
        )

    def provide_referenced(self, node: ast.Node, exc: psycopg.Error) -> str | None:
        """Stand-ins for the collations `node` names that are missing or unusable here; what was done."""
        if exc.sqlstate not in (_UNDEFINED_OBJECT, _FEATURE_NOT_SUPPORTED):
            return None
        references = _References()
        references(node)
        done = []
        for names in references.names:
            schema, name = (names[0], names[1]) if len(names) > 1 else (None, names[0])
            state = self._state(schema, name)
            if state == "ok":
                continue
            if state == "missing":  # an unqualified one is initdb's, which production has in pg_catalog
                made = self._make(schema or "pg_catalog", name)
            else:
                made = self._switch_provider(schema or "pg_catalog", name)
            if made is not None:
                done.append(f'"{name}"')
        if not done:
            return None
        return (
            f"collation {', '.join(done)} provided by a stand-in with {CODE_POINT_ORDER} (this server "
            "has no ICU and no libc locales but C): sorting on it differs from production"
        )

    # -- the catalog ----------------------------------------------------------------------------------

    def _state(self, schema: str | None, name: str) -> str:
        """'ok', 'missing' or 'icu' (present but unusable without ICU); unqualified: by search_path."""
        rows = self.db.fetchall(
            "SELECT collprovider FROM pg_collation WHERE oid = to_regcollation("
            "CASE WHEN $1::text IS NULL THEN quote_ident($2) ELSE format('%I.%I', $1, $2) END)",
            (schema, name),
        )
        if not rows:
            return "missing"
        return "icu" if rows[0][0] == "i" else "ok"

    def _make(self, schema: str | None, name: str) -> str | None:
        """CREATE COLLATION <name> as a code-point-order stand-in; its qualified name, or None."""
        qualified = (
            pgsql.SQL("{}.{}").format(pgsql.Identifier(schema), pgsql.Identifier(name))
            if schema
            else pgsql.Identifier(name)
        ).as_string(self.db.conn)
        system = schema == "pg_catalog"
        definitions = ["(provider = builtin, locale = 'C.UTF-8')", 'FROM "C"']
        if self.db.server_version_num < 170000:
            definitions = definitions[1:]
        for definition in definitions:
            try:
                if system:
                    self.db.execute("SET allow_system_table_mods = on")
                self.db.execute(f"CREATE COLLATION {qualified} {definition}")
            except psycopg.Error:
                continue
            finally:
                if system and not self.db.conn.closed:
                    self.db.execute("RESET allow_system_table_mods")
            self.made.append(f"{schema}.{name}" if schema else name)
            return qualified
        return None

    def _switch_provider(self, schema: str, name: str) -> str | None:
        """initdb's ICU collation (`unicode`) made a builtin one in this scratch database's catalog."""
        if self.db.server_version_num < 170000:
            return None
        try:
            self.db.execute(
                "UPDATE pg_catalog.pg_collation c SET collprovider = 'b', colllocale = 'C.UTF-8',"
                " collversion = NULL FROM pg_namespace n"
                " WHERE n.oid = c.collnamespace AND n.nspname = $1 AND c.collname = $2",
                (schema, name),
            )
        except psycopg.Error:
            return None
        qualified = f"{schema}.{name}"
        self.made.append(qualified)
        return qualified


class _References(Visitor):
    """The collation names a statement uses: COLLATE clauses, column and index-key collations."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[tuple[str, ...]] = []

    def _add(self, names: tuple | None) -> None:
        found = tuple(n.sval for n in names or () if isinstance(n, ast.String))
        if found and found not in self.names:
            self.names.append(found)

    def visit_CollateClause(self, ancestors, node: ast.CollateClause) -> None:
        self._add(node.collname)

    def visit_IndexElem(self, ancestors, node: ast.IndexElem) -> None:
        self._add(node.collation)

    def visit_DefineStmt(self, ancestors, node: ast.DefineStmt) -> None:
        if is_create_collation(node):  # CREATE COLLATION x FROM "und-x-icu"
            for option in node.definition or ():
                if isinstance(option, ast.DefElem) and option.defname == "from":
                    self._add(option.arg if isinstance(option.arg, tuple) else None)


def _definition(node: ast.DefineStmt) -> str:
    """'provider icu, locale und-u-ks-level2, deterministic false' or 'from "und-x-icu"'."""
    parts = []
    for option in node.definition or ():
        if not isinstance(option, ast.DefElem):
            continue
        if option.defname == "from":
            names = option.arg if isinstance(option.arg, tuple) else ()
            parts.append("from " + ".".join(f'"{n.sval}"' for n in names))
        else:
            parts.append(f"{option.defname} {_text(option.arg)}")
    return ", ".join(parts)


def _text(arg: object) -> str:
    if isinstance(arg, ast.String):
        return arg.sval
    if isinstance(arg, ast.TypeName):
        return ".".join(n.sval for n in arg.names)
    if isinstance(arg, (ast.Integer, ast.Boolean)):
        return str(getattr(arg, "ival", getattr(arg, "boolval", "")))
    return str(arg)
