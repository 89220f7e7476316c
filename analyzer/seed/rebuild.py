"""Keys and indexes dropped for the load and re-added exactly as they were.

Indexes are built once after the load instead of being maintained row by row
(a PRIMARY KEY on random text keys is ~3x the cost of the heap insert):
secondary indexes are dropped before seeding and re-created from
`pg_get_indexdef()`; PRIMARY KEY and UNIQUE constraints are dropped inside the
load transaction and re-added from `pg_get_constraintdef()` before it commits
(a duplicate rolls the table back to empty, as a failing INSERT would);
foreign keys are dropped before seeding and re-added (and so validated by
PostgreSQL) once their table is loaded. Names, definitions and validation
state come back exactly as they were; rows that break a key are repaired first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from pglast import ast, parse_sql
from pglast.parser import ParseError
from pglast.stream import RawStream

from dbperf.postgres.database import Database
from dbperf.schema.checks import unique_key
from dbperf.schema.model import ForeignKey, Index, Schema
from dbperf.seed.columns import TableSql
from dbperf.seed.repair import move_out_of_key, remove_duplicates, repair_orphans
from dbperf.seed.sqltext import quote_ident, quote_table

MAX_ORPHAN_ROUNDS = 20  # removing an orphan can orphan the rows of its own table that point at it


@dataclass(frozen=True)
class Constraint:
    """A PRIMARY KEY, UNIQUE or FOREIGN KEY constraint dropped for the load, re-added as it was."""

    table: str  # table key in the Schema
    relation: str  # quoted schema.table
    name: str
    definition: str  # pg_get_constraintdef(): columns, ON DELETE, DEFERRABLE, INCLUDE, NULLS NOT DISTINCT…
    kind: str  # "p", "u" or "f"
    ref_table: str | None = None  # referenced table key of a foreign key

    def drop(self) -> str:
        return f"ALTER TABLE {self.relation} DROP CONSTRAINT {quote_ident(self.name)}"

    def add(self, not_valid: bool = False) -> str:
        return (f"ALTER TABLE {self.relation} ADD CONSTRAINT {quote_ident(self.name)} {self.definition}"
                + (" NOT VALID" if not_valid else ""))


# Constraints of plain tables that were declared on the table itself (not inherited by a partition).
_CONSTRAINTS = """
SELECT c.contype, n.nspname, t.relname, c.conname, pg_get_constraintdef(c.oid), rn.nspname, r.relname
FROM pg_constraint c
JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
LEFT JOIN pg_class r ON r.oid = c.confrelid LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE c.contype IN ('p', 'u', 'f') AND t.relkind = 'r' AND NOT t.relispartition
  AND c.conparentid = 0 AND c.coninhcount = 0 AND (r.oid IS NULL OR (r.relkind = 'r' AND NOT r.relispartition))
ORDER BY n.nspname, t.relname, c.conname
"""


def _constraints(db: Database, schema: Schema) -> list[tuple[Constraint, bool]]:
    """(constraint, known) for every PK/UNIQUE/FK; known when both its tables are in `schema`."""
    keys = {(t.schema, t.name): key for key, t in schema.tables.items()}
    found = []
    for kind, nsp, rel, name, definition, ref_nsp, ref_rel in db.fetchall(_CONSTRAINTS):
        table, ref = keys.get((nsp, rel)), keys.get((ref_nsp, ref_rel)) if ref_rel else None
        relation = f"{quote_ident(nsp)}.{quote_ident(rel)}"
        known = table is not None and (kind != "f" or ref is not None)
        found.append((Constraint(table or f"{nsp}.{rel}", relation, name, definition, kind, ref), known))
    return found


def drop_foreign_keys(db: Database, schema: Schema, keep: Callable[[ForeignKey], bool]) -> dict[str, list[Constraint]]:
    """Drop the foreign keys between tables of `schema` (except those `keep` names), per child table key."""
    by_name = {(fk.table, fk.name): fk for t in schema.tables.values() for fk in t.foreign_keys}
    dropped: dict[str, list[Constraint]] = {}
    for con, known in _constraints(db, schema):
        fk = by_name.get((con.table, con.name))
        if con.kind != "f" or not known or fk is None or keep(fk):
            continue
        db.execute(con.drop())
        dropped.setdefault(con.table, []).append(con)
    return dropped


def droppable_keys(db: Database, schema: Schema) -> dict[str, list[Constraint]]:
    """PRIMARY KEY/UNIQUE constraints of tables no remaining foreign key references, per table key."""
    referenced = set(db.fetchall("SELECT DISTINCT n.nspname, r.relname FROM pg_constraint c JOIN pg_class r "
                                 "ON r.oid = c.confrelid JOIN pg_namespace n ON n.oid = r.relnamespace "
                                 "WHERE c.contype = 'f'"))
    keys: dict[str, list[Constraint]] = {}
    for con, known in _constraints(db, schema):
        table = schema.tables.get(con.table)
        if con.kind in ("p", "u") and known and table and (table.schema, table.name) not in referenced:
            keys.setdefault(con.table, []).append(con)
    return keys


def restore_foreign_keys(db: Database, schema: Schema, fks: list[Constraint],
                         repairs: list[str] | None = None) -> list[str]:
    """Re-add foreign keys (PostgreSQL validates them). Rows whose parent is missing (left out by a
    repair) are set NULL or removed first, counted in `repairs`; a key that still cannot be added
    validated comes back NOT VALID. Returns the messages of keys not restored as declared."""
    messages = []
    for con in fks:
        model = next((fk for fk in schema.tables[con.table].foreign_keys if fk.name == con.name), None)
        nulled = removed = 0
        for _ in range(MAX_ORPHAN_ROUNDS):  # a removed row may orphan rows of the same table pointing at it
            try:
                with db.conn.transaction():
                    db.execute("SET LOCAL statement_timeout = 0")
                    db.execute(con.add())
            except psycopg.errors.ForeignKeyViolation as exc:
                if model is None:
                    messages += _not_valid(db, con, exc)
                    break
                try:
                    more_nulled, more_removed = repair_orphans(db, schema, model)
                except psycopg.Error as again:  # the repair itself broke another constraint: said, not fatal
                    messages += _not_valid(db, con, again)
                    break
                nulled, removed = nulled + more_nulled, removed + more_removed
                if not more_nulled + more_removed:
                    messages += orphans(db, schema, [model]) + _not_valid(db, con, exc)
                    break
            except psycopg.Error as exc:
                messages.append(f"foreign key {con.name} could not be re-created after seeding: {first_line(exc)}")
                break
            else:
                break
        if (nulled or removed) and repairs is not None:
            what = " and ".join(part for part in (nulled and f"{nulled} set NULL", removed and f"{removed} removed")
                                if part)
            repairs.append(f"table {con.table}: rows whose parent row was left out by a repair "
                           f"({what}), so that foreign key {con.name} holds")
    return messages


def _not_valid(db: Database, con: Constraint, exc: BaseException) -> list[str]:
    try:
        db.execute(con.add(not_valid=True))
        return [f"foreign key {con.name} re-created NOT VALID after seeding: {first_line(exc)}"]
    except psycopg.Error as again:
        return [f"foreign key {con.name} could not be re-created after seeding: {first_line(again)}"]


def add_unique(db: Database, relation: str | None, table: str, name: str, create: str, definition: str,
               repairs: list[str], sql: TableSql | None = None) -> int:
    """Run `create` (ADD CONSTRAINT, CREATE UNIQUE INDEX); when the seeded rows break the key, move
    them out of a partial or expression index (with the table's `sql`) or remove the duplicates
    (counted in `repairs`), and run it again. Returns the rows removed."""
    try:
        with db.conn.transaction():
            db.execute("SET LOCAL statement_timeout = 0")
            db.execute(create)
        return 0
    except psycopg.errors.UniqueViolation:
        key = unique_key(definition)
        if key is None:
            raise
    relation = relation or key.relation or ""
    with db.conn.transaction():
        db.execute("SET LOCAL statement_timeout = 0")
        moved = move_out_of_key(db, relation, key, sql) if sql is not None else []
        removed = remove_duplicates(db, relation, key)
        db.execute(create)
    what = f"({', '.join(key.keys)}{' WHERE ' + key.predicate if key.predicate else ''})"
    if moved:
        repairs.append(f"table {table}: rows repeating a key of {name} {what} moved out of it: "
                       + ", ".join(moved))
    if removed:
        repairs.append(f"table {table}: {removed} rows removed that repeated a key of {name} {what}")
    return removed


def drop_secondary_indexes(db: Database, schema: Schema) -> dict[str, list[Index]]:
    """Drop indexes that back no constraint (building them after the load is much faster), per table key."""
    dropped: dict[str, list[Index]] = {}
    for key, table in schema.tables.items():
        for index in table.indexes:
            if not index.is_constraint and index.definition:
                try:
                    with db.conn.transaction():  # a savepoint: an index a kept foreign key uses stays
                        db.execute(f"DROP INDEX {quote_ident(table.schema)}.{quote_ident(index.name)}")
                except psycopg.errors.DependentObjectsStillExist:
                    continue
                dropped.setdefault(key, []).append(index)
    return dropped


def recreate_indexes(db: Database, indexes: list[Index], repairs: list[str] | None = None,
                     sql: TableSql | None = None) -> list[str]:
    """Re-create dropped indexes exactly from their definitions (a unique one after removing the
    rows that repeat its key, counted in `repairs`); messages for those that fail."""
    failures = []
    for index in indexes:
        try:
            add_unique(db, None, index.table, index.name, _whole(index.definition), index.definition,
                       repairs if repairs is not None else [], sql)
        except psycopg.Error as exc:
            failures.append(f"index {index.name} could not be re-created after seeding: {first_line(exc)}")
    return failures


def _whole(definition: str) -> str:
    """A partitioned table's index as a whole: pg_get_indexdef() writes it `ON ONLY` the parent, which
    would make an invalid index with none on the partitions."""
    try:
        stmt = parse_sql(definition)[0].stmt
    except ParseError:
        return definition
    if not isinstance(stmt, ast.IndexStmt) or stmt.relation is None or stmt.relation.inh:
        return definition
    stmt.relation.inh = True
    return RawStream()(stmt)


def orphans(db: Database, schema: Schema, fks: list[ForeignKey]) -> list[str]:
    """Foreign keys loaded without triggers must still hold: one anti-join per key."""
    messages = []
    for fk in fks:
        child, parent = schema.tables.get(fk.table), schema.tables.get(fk.ref_table)
        if child is None or parent is None:
            continue
        join = " AND ".join(f"p.{quote_ident(r)} = c.{quote_ident(c)}" for c, r in zip(fk.columns, fk.ref_columns))
        not_null = " AND ".join(f"c.{quote_ident(c)} IS NOT NULL" for c in fk.columns)
        count = db.fetchval(f"SELECT count(*) FROM {quote_table(child)} c WHERE {not_null} AND NOT EXISTS "
                            f"(SELECT 1 FROM {quote_table(parent)} p WHERE {join})")
        if count:
            messages.append(f"table {child.name}: {count} rows break foreign key {fk.name}")
    return messages


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
