"""Parameter values for a measured statement: captured ones, grounded in the seeded data, sampled
from it, or none at all (a generic plan). The same statement gets the same values every time."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql as pgsql

from dbperf.explain.inspect import StatementInfo
from dbperf.postgres.database import Database
from dbperf.schema.model import ForeignKey, Schema
from dbperf.workload import QueryGroup


def param_text(value: Any) -> str | None:
    """A captured value as text, so that PostgreSQL infers its type from the statement."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\x" + bytes(value).hex()
    return str(value)


def raw_params(params: Sequence[Any] | None) -> tuple[str | None, ...] | None:
    return None if params is None else tuple(param_text(v) for v in params)


@dataclass(frozen=True)
class Choice:
    params: tuple[str | None, ...] | None
    source: str  # see Measurement.params_source


GENERIC = Choice(None, "generic")


@dataclass(frozen=True)
class _Parent:
    """The referenced column of a foreign key (what `sample` and `_exists` read)."""

    table: str
    column: str
    schema: str | None = None


class ParamChooser:
    """Chooses parameters on `db`'s seeded data; remembers each choice in `choices`, keyed by
    (fingerprint, sql), so that a trial re-measures a group with the values it was measured with."""

    def __init__(
        self,
        db: Database,
        schema: Schema | None,
        shapes: Mapping[str, Any],
        choices: dict[tuple[str, str], Choice] | None = None,
    ) -> None:
        self.db = db
        self.schema = schema  # foreign keys, to ground the parent keys a captured write refers to
        self.shapes = shapes
        self.choices = choices if choices is not None else {}
        self._samples: dict[tuple[str | None, str, str, tuple[str, ...]], str | None] = {}

    def choose(self, group: QueryGroup, sql: str, info: StatementInfo) -> Choice:
        """The parameters for `group` run as `sql`: the same ones every time (cached)."""
        key = (group.fingerprint, sql)
        if key not in self.choices:
            self.choices[key] = self._choose_uncached(group, info)
        return self.choices[key]

    def _choose_uncached(self, group: QueryGroup, info: StatementInfo) -> Choice:
        if info.params == 0 or info.error:
            return self.without_capture(info, {})
        captured = [s.params for s in [group.example, *group.samples] if s.params is not None]
        for params in captured:
            if len(params) >= info.params:
                return self._ground(group, tuple(param_text(v) for v in params[: info.params]))
        if captured:  # the capture disagrees with the statement: let PostgreSQL say how
            return Choice(tuple(param_text(v) for v in captured[0]), "captured")
        return self.without_capture(info, self.param_columns(group.fingerprint))

    def param_columns(self, fingerprint: str) -> Mapping[int, Any]:
        """$n -> the column it is compared with or written to, from the query's shape."""
        return getattr(self.shapes.get(fingerprint), "param_columns", None) or {}

    def raw(self, info: StatementInfo, params: tuple | None) -> Choice:
        """Parameters of an ad-hoc statement: the given ones, else none / LIMIT-OFFSET / generic."""
        if params is not None and info.params:
            # A rewrite may have dropped trailing parameters (e.g. LIMIT $2): bind only those still used.
            return Choice(raw_params(tuple(params)[: info.params]), "captured")
        return self.without_capture(info, {})

    def without_capture(self, info: StatementInfo, param_columns: Mapping[int, Any]) -> Choice:
        if info.params == 0:
            return Choice(None, "literal" if info.literals else "none")
        values: list[str | None] = []
        for n in range(1, info.params + 1):
            if n in info.page_params:
                values.append(info.page_params[n])
            elif n in param_columns and (value := self.sample(param_columns[n])) is not None:
                values.append(value)
            else:
                return GENERIC
        return Choice(tuple(values), "sampled")

    # -- grounding captured values in the seeded data ----------------------------------

    def _ground(self, group: QueryGroup, params: tuple[str | None, ...]) -> Choice:
        """Captured values of equality-compared columns that the seeded data lacks (a production
        user id) are replaced by a seeded value of the same column, so the plan sees real rows;
        foreign keys written by an INSERT or UPDATE get a seeded parent key, so the write succeeds."""
        shape = self.shapes.get(group.fingerprint)
        refs = {p.param: p.column for p in getattr(shape, "predicates", ())
                if p.value == "param" and p.param and p.op == "=" and not p.function}
        for n, parent in self._written_foreign_keys(shape).items():
            refs.setdefault(n, parent)
        deleting = getattr(shape, "kind", None) == "delete"
        grounded = list(params)
        for n, ref in refs.items():
            # A DELETE is measured on a row no NO ACTION/RESTRICT foreign key points at (a leaf of a tree).
            leaf = self._restricting(ref) if deleting else []
            if n > len(grounded) or grounded[n - 1] is None or self._exists(ref, grounded[n - 1], leaf):
                continue
            sampled = self.sample(ref, leaf)
            if sampled is not None:
                grounded[n - 1] = sampled
        changed = tuple(grounded) != params
        return Choice(tuple(grounded), "captured, keys sampled" if changed else "captured")

    def _written_foreign_keys(self, shape: Any) -> dict[int, _Parent]:
        """Parameters an INSERT/UPDATE writes into a single-column foreign key: the parent column each
        must exist in."""
        if self.schema is None or getattr(shape, "kind", None) not in ("insert", "update"):
            return {}
        parents: dict[int, _Parent] = {}
        for n, ref in getattr(shape, "param_columns", {}).items():
            table = self.schema.tables.get(ref.table)
            for fk in table.foreign_keys if table else ():
                parent = self.schema.tables.get(fk.ref_table)
                if fk.columns == (ref.column,) and parent is not None and len(fk.ref_columns) == 1:
                    parents[n] = _Parent(parent.name, fk.ref_columns[0], parent.schema)
        return parents

    def _relation(self, schema: str | None, table: str) -> pgsql.Identifier:
        """A table given by schema and name, or by its key in the schema (`auth.sessions`)."""
        found = self.schema.tables.get(table) if self.schema is not None and schema is None else None
        if found is not None:
            return pgsql.Identifier(found.schema, found.name)
        return pgsql.Identifier(schema, table) if schema else pgsql.Identifier(table)

    def _restricting(self, ref: Any) -> list[ForeignKey]:
        """Foreign keys that forbid deleting a row whose `ref` column they point at."""
        if self.schema is None:
            return []
        return [fk for fk in self.schema.referencing(ref.table) if fk.table in self.schema.tables
                and fk.ref_columns == (ref.column,) and fk.on_delete in ("no action", "restrict")]

    def _unreferenced(self, col: pgsql.Composable, fks: list[ForeignKey]) -> pgsql.Composable:
        """SQL: ` AND` no row of `fks`' tables points at the row's `col`."""
        parts = []
        for fk in fks:
            child = self.schema.tables[fk.table]  # type: ignore[union-attr]
            parts.append(pgsql.SQL(" AND NOT EXISTS (SELECT 1 FROM {} c WHERE c.{} = {})").format(
                pgsql.Identifier(child.schema, child.name), pgsql.Identifier(fk.columns[0]), col))
        return pgsql.SQL("").join(parts)

    def _exists(self, ref: Any, value: str, leaf: list[ForeignKey] = ()) -> bool:
        rel = self._relation(getattr(ref, "schema", None), ref.table)
        col = pgsql.Identifier(ref.column)
        statement = pgsql.SQL("SELECT EXISTS (SELECT 1 FROM {} t WHERE t.{} = $1{})").format(
            rel, col, self._unreferenced(pgsql.SQL("t.{}").format(col), list(leaf)))
        try:
            with self.db.rolled_back():
                return bool(self.db.fetchval(self._sql(statement), (value,)))
        except psycopg.Error:
            return True  # cannot tell: keep the captured value

    # -- sampling the seeded data -------------------------------------------------------

    def sample(self, ref: Any, leaf: list[ForeignKey] = ()) -> str | None:
        """A deterministic, typical value of `ref` (.table, .column) from the seeded data: the median of
        its distinct values (a typical user or tag, not the heaviest one the row-weighted median of a
        skewed foreign key would pick); among rows no foreign key of `leaf` points at, if given."""
        table, column = getattr(ref, "table", None), getattr(ref, "column", None)
        schema = getattr(ref, "schema", None)
        if not table or not column:
            return None
        key = (schema, table, column, tuple(fk.name for fk in leaf))
        if key not in self._samples:
            self._samples[key] = self._sample_uncached(schema, table, column, list(leaf))
        return self._samples[key]

    def _sample_uncached(self, schema: str | None, table: str, column: str, leaf: list[ForeignKey]) -> str | None:
        rel = self._relation(schema, table)
        col = pgsql.Identifier(column)
        unreferenced = self._unreferenced(pgsql.SQL("t.{}").format(col), leaf)
        try:
            distinct = (
                "WITH d AS (SELECT DISTINCT t.{col} AS v FROM {rel} t WHERE t.{col} IS NOT NULL{unreferenced})"
                " SELECT d.v::text FROM d ORDER BY d.v LIMIT 1 OFFSET (SELECT count(*) / 2 FROM d)"
            )
            by_row = "SELECT t.{col}::text FROM {rel} t WHERE t.{col} IS NOT NULL{unreferenced} ORDER BY ctid LIMIT 1"
            for query in (distinct, by_row):  # by_row: types without equality/ordering (json, point)
                statement = pgsql.SQL(query).format(col=col, rel=rel, unreferenced=unreferenced)
                try:
                    with self.db.rolled_back():
                        return self.db.fetchval(self._sql(statement))
                except psycopg.Error:
                    continue
        except psycopg.Error:
            pass
        return None

    def _sql(self, composed: pgsql.Composable) -> str:
        return composed.as_string(self.db.conn)
