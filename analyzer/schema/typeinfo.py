"""Read the types of a schema's columns from pg_type, as `SqlType` trees.

A column's `format_type()` text is enough to print it, not to generate its
values: a domain hides its base type and CHECKs, an array its element, a
composite its fields, a range its subtype. One query per level of nesting
follows those links until every type involved is known.
"""

from __future__ import annotations

from collections.abc import Iterable

from dbperf.postgres.database import Database
from dbperf.schema.model import SqlType

# typsubscript tells true arrays from fixed-length types that also set typelem (point, name).
_TYPES = """
SELECT t.oid, format_type(t.oid, NULL), t.typtype, t.typcategory, t.typtypmod, t.typnotnull,
       CASE WHEN t.typsubscript = 'array_subscript_handler'::regproc THEN t.typelem END,
       nullif(t.typbasetype, 0),
       coalesce((SELECT r.rngsubtype FROM pg_range r WHERE r.rngtypid = t.oid),
                (SELECT r.rngtypid FROM pg_range r WHERE r.rngmultitypid = t.oid)),
       ARRAY(SELECT pg_get_expr(c.conbin, 0) FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
       ARRAY(SELECT a.attname FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT a.atttypid FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT a.atttypmod FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder),
       t.typinput::text
FROM pg_type t WHERE t.oid = ANY($1::oid[])
"""


class TypeReader:
    """Builds `SqlType`s for (type oid, typmod) pairs, reading pg_type once per type."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._rows: dict[int, tuple] = {}
        self._spelled: dict[tuple[int, int], str] = {}
        self._built: dict[tuple[int, int], SqlType] = {}

    def load(self, types: Iterable[tuple[int, int]]) -> None:
        """Read every type reachable from `types` ((oid, typmod) pairs) in a few queries."""
        pairs = set(types)
        asked: set[int] = set(self._rows)
        wanted = {oid for oid, _ in pairs} - asked
        while wanted:
            asked |= wanted
            for row in self._db.fetchall(_TYPES, (sorted(wanted),)):
                self._rows[row[0]] = row
            found = [self._rows[oid] for oid in wanted if oid in self._rows]
            wanted = set()
            for oid, _, _, _, domain_mod, _, element, base, sub, _, _, field_types, field_mods, _, _ in found:
                for typmod in {m for o, m in pairs if o == oid}:
                    if element:
                        pairs.add((element, typmod))
                if base:
                    pairs.add((base, domain_mod))
                if sub:
                    pairs.add((sub, -1))
                pairs |= set(zip(field_types, field_mods))
                wanted |= {o for o in (element, base, sub, *field_types) if o} - asked
        todo = [p for p in pairs if p not in self._spelled]
        if todo:
            rows = self._db.fetchall(
                "SELECT o, m, format_type(o, nullif(m, -1)) FROM unnest($1::oid[], $2::int[]) AS x(o, m)",
                ([o for o, _ in todo], [m for _, m in todo]))
            self._spelled.update({(o, m): text for o, m, text in rows})

    def get(self, oid: int, typmod: int = -1) -> SqlType | None:
        """The type of oid with modifier typmod; None for a type `load` did not see."""
        key = (oid, typmod)
        if key in self._built:
            return self._built[key]
        row = self._rows.get(oid)
        if row is None:
            return None
        # (a domain's NOT NULL, row[5], is folded into the column's by `domain_not_null`)
        (_, name, kind, category, domain_mod, _, element, base, sub, checks, field_names, field_types,
         field_mods, labels, input_fn) = row
        fields = tuple((fname, t) for fname, ftype, fmod in zip(field_names, field_types, field_mods)
                       if (t := self.get(ftype, fmod)) is not None)
        built = SqlType(
            name=name,
            sql=self._spelled.get(key, name),
            kind=kind,
            category=category,
            typmod=typmod,
            element=self.get(element, typmod) if element else self.get(sub, -1) if sub else None,
            base=self.get(base, domain_mod) if base else None,
            checks=tuple(c for c in checks if c),
            fields=fields,
            labels=tuple(labels),
            input=input_fn,
        )
        self._built[key] = built
        return built

    def domain_not_null(self, oid: int) -> bool:
        """True when oid is a domain (over domains) declared NOT NULL."""
        row = self._rows.get(oid)
        while row is not None:
            if row[5]:
                return True
            row = self._rows.get(row[7]) if row[7] else None
        return False
