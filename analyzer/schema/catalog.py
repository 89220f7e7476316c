"""Read the `Schema` model back from a live catalog.

dbperf applies the application's DDL to its scratch database and then asks
PostgreSQL what it made of it: one source of truth for ALTER chains,
defaults, constraint names and index definitions. The same reader serves a
user's database (`--dsn`), where it only reads.
"""

from __future__ import annotations

from collections import defaultdict

from dbperf.postgres.database import Database
from dbperf.schema.model import (
    Check,
    Column,
    ForeignKey,
    Index,
    Partition,
    Schema,
    Table,
    table_key,
)
from dbperf.schema.typeinfo import TypeReader

# Schemas that never hold application tables.
SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")

_ACTIONS = {"a": "no action", "r": "restrict", "c": "cascade", "n": "set null", "d": "set default"}

_KINDS = {"r": "table", "p": "partitioned", "m": "matview", "v": "view", "f": "foreign"}

# Every relation kind but partitions (read with their parent) and what extensions own.
# A partitioned table has no storage of its own: its size is that of its partitions.
_TABLES = """
SELECT c.oid, n.nspname, c.relname, c.reltuples::bigint, c.relkind,
       CASE WHEN c.relkind = 'p'
            THEN (SELECT coalesce(sum(pg_total_relation_size(pt.relid)), 0)::bigint
                  FROM pg_partition_tree(c.oid) pt WHERE pt.isleaf)
            ELSE pg_total_relation_size(c.oid) END
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm', 'v', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg_temp%' AND NOT c.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
"""

_COLUMNS = """
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
       pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false),
       CASE WHEN t.typtype = 'e' THEN (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) END,
       s.avg_width, a.atttypid, a.atttypmod, a.attndims
FROM pg_attribute a
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_class c ON c.oid = a.attrelid
LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (  -- an inheritance parent has two rows: its own and with its children; prefer its own
    SELECT st.avg_width FROM pg_stats st
    WHERE st.schemaname = n.nspname AND st.tablename = c.relname AND st.attname = a.attname
    ORDER BY st.inherited LIMIT 1
) s ON true
WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""

_CONSTRAINTS = """
SELECT con.conrelid, con.conname, con.contype,
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i),
       fn.nspname, fc.relname,
       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i),
       con.confdeltype, pg_get_constraintdef(con.oid)
FROM pg_constraint con
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.conrelid = ANY($1::oid[]) AND con.contype IN ('p', 'u', 'f', 'c')
ORDER BY con.conrelid, con.conname
"""

_INDEXES = """
SELECT i.indrelid, ic.relname, i.indisunique, i.indisprimary, am.amname,
       pg_get_expr(i.indpred, i.indrelid), pg_get_indexdef(i.indexrelid),
       ARRAY(SELECT CASE WHEN k.n = 0 THEN pg_get_indexdef(i.indexrelid, k.i::int, true)
                         ELSE (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = k.n) END
             FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, i) WHERE k.i <= i.indnkeyatts ORDER BY k.i),
       ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n
             WHERE k.i > i.indnkeyatts ORDER BY k.i),
       (SELECT con.conname FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x')),
       0 = ANY(i.indkey::int2[]),
       pg_relation_size(i.indexrelid),
       CASE WHEN ic.relkind = 'I' THEN ARRAY(SELECT pc.relname FROM pg_partition_tree(i.indexrelid) pt
                                            JOIN pg_class pc ON pc.oid = pt.relid
                                            WHERE pt.level > 0 ORDER BY pt.level, pc.relname) END
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
WHERE i.indrelid = ANY($1::oid[])
ORDER BY i.indrelid, ic.relname
"""


# Partitions of every level, parents before children.
_PARTITIONS = """
SELECT c.oid, pn.nspname, pc.relname, qn.nspname, qc.relname, pg_get_expr(pc.relpartbound, pc.oid), NOT pt.isleaf
FROM pg_class c
CROSS JOIN LATERAL pg_partition_tree(c.oid) pt
JOIN pg_class pc ON pc.oid = pt.relid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
JOIN pg_class qc ON qc.oid = pt.parentrelid JOIN pg_namespace qn ON qn.oid = qc.relnamespace
WHERE c.oid = ANY($1::oid[]) AND c.relkind = 'p' AND pt.level > 0
ORDER BY c.oid, pt.level, pn.nspname, pc.relname
"""

_PARTITION_KEYS = """
SELECT pt.partrelid, pg_get_partkeydef(pt.partrelid),
       ARRAY(SELECT coalesce(a.attname, '') FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY k(n, i)
             LEFT JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = k.n ORDER BY k.i)
FROM pg_partitioned_table pt WHERE pt.partrelid = ANY($1::oid[])
"""

_INHERITS = """
SELECT i.inhrelid, i.inhparent FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
WHERE i.inhrelid = ANY($1::oid[]) AND NOT c.relispartition ORDER BY i.inhrelid, i.inhseqno
"""

# The relations a view's query reads: what its rewrite rule depends on.
_VIEW_READS = """
SELECT DISTINCT r.ev_class, d.refobjid
FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
WHERE r.ev_class = ANY($1::oid[]) AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class
ORDER BY 1, 2
"""


def read_schema(db: Database) -> Schema:
    """Every user relation of the database, with columns, constraints, indexes and sizes."""
    tables_by_oid: dict[int, Table] = {}
    for oid, nsp, name, reltuples, relkind, size in db.fetchall(_TABLES):
        tables_by_oid[oid] = Table(name=name, schema=nsp, rows=max(int(reltuples), 0), size_bytes=int(size),
                                   kind=_KINDS[relkind])
    oids = list(tables_by_oid)
    _relations(db, tables_by_oid)

    column_rows = db.fetchall(_COLUMNS, (oids,))
    types = TypeReader(db)
    types.load((row[8], row[9]) for row in column_rows)
    for relid, name, typ, not_null, default, identity, enum_values, avg_width, type_oid, typmod, dims in column_rows:
        tables_by_oid[relid].columns.append(
            Column(
                name=name,
                type=typ,
                not_null=not_null or types.domain_not_null(type_oid),
                default=default,
                identity=bool(identity),
                enum_values=tuple(enum_values or ()),
                avg_width=avg_width,
                sql_type=types.get(type_oid, typmod),
                array_dims=dims,
            )
        )

    for relid, name, kind, cols, ref_nsp, ref_name, ref_cols, on_delete, definition in db.fetchall(
        _CONSTRAINTS, (oids,)
    ):
        table = tables_by_oid[relid]
        if kind == "p":
            table.primary_key = tuple(cols)
        elif kind == "u":
            table.uniques.append(tuple(cols))
        elif kind == "f":
            table.foreign_keys.append(
                ForeignKey(
                    name=name,
                    table=table.key,
                    columns=tuple(cols),
                    ref_table=table_key(ref_nsp, ref_name),
                    ref_columns=tuple(ref_cols),
                    on_delete=_ACTIONS.get(on_delete, "no action"),
                )
            )
        elif kind == "c":
            table.checks.append(Check(name=name, table=table.key, expression=definition, columns=tuple(cols)))

    for (relid, name, unique, primary, method, predicate, definition, keys, include, constraint, has_expr,
         size, partition_indexes) in db.fetchall(_INDEXES, (oids,)):
        table = tables_by_oid[relid]
        index = Index(
            name=name,
            table=table.key,
            columns=tuple(keys),
            unique=unique,
            primary=primary,
            method=method,
            predicate=predicate,
            include=tuple(include),
            definition=definition,
            constraint=constraint,
            expressions=bool(has_expr),
            size_bytes=int(size),
            partition_indexes=tuple(partition_indexes or ()),
        )
        table.indexes.append(index)
        if unique and not primary and not predicate and not has_expr and tuple(keys) not in table.uniques:
            table.uniques.append(tuple(keys))

    schema = Schema()
    for table in tables_by_oid.values():
        group = {"view": schema.views, "foreign": schema.foreign}.get(table.kind, schema.tables)
        group[table.key] = table
    schema.extensions = [r[0] for r in db.fetchall("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1")]
    # Keyed by format_type(), the spelling Column.type uses ("status", "billing.status", '"Role"').
    for typname, labels in db.fetchall(
        "SELECT format_type(t.oid, NULL), array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_type t "
        "JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.oid ORDER BY 1"
    ):
        schema.enums[typname] = tuple(labels)
    return schema


def _relations(db: Database, tables_by_oid: dict[int, Table]) -> None:
    """What ties relations together: partitions, partition keys, INHERITS parents, views' queries."""
    oids = list(tables_by_oid)
    partitions: dict[int, list[Partition]] = defaultdict(list)
    for oid, nsp, name, parent_nsp, parent, bound, partitioned in db.fetchall(_PARTITIONS, (oids,)):
        partitions[oid].append(Partition(f"{nsp}.{name}", f"{parent_nsp}.{parent}", bound, partitioned))
    for oid, parts in partitions.items():
        tables_by_oid[oid].partitions = tuple(parts)
    for oid, definition, keys in db.fetchall(_PARTITION_KEYS, (oids,)):
        tables_by_oid[oid].partition_by = definition
        tables_by_oid[oid].partition_key = tuple(keys)
    for child, parent in db.fetchall(_INHERITS, (oids,)):
        if parent in tables_by_oid:
            tables_by_oid[child].inherits += (tables_by_oid[parent].key,)
    views = [oid for oid, t in tables_by_oid.items() if t.kind in ("view", "matview")]
    for oid, definition in db.fetchall("SELECT c.oid, pg_get_viewdef(c.oid) FROM pg_class c "
                                       "WHERE c.oid = ANY($1::oid[])", (views,)):
        tables_by_oid[oid].definition = definition
    for view, read in db.fetchall(_VIEW_READS, (views,)):
        if read in tables_by_oid:
            tables_by_oid[view].reads += (tables_by_oid[read].key,)
