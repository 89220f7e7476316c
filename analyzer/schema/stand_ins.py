"""Stand-ins for what a scratch server lacks, so that the objects depending on it still exist.

The embedded PostgreSQL 18 has most contrib extensions (pg_trgm, citext,
hstore, vector, btree_gist, ltree, …) but not postgis, pgcrypto, uuid-ossp,
timescaledb or pg_partman, and it is built without ICU. `apply.py` uses what
is here and reports every stand-in as a difference from production:

- `STAND_INS`: functions of missing extensions with the same signatures
  (`uuid_generate_v4()`, `digest()`, timescaledb's `time_bucket()`);
- `EXTENSION_OBJECTS`: the types and functions known to come from each
  extension, to say which extension a failed statement depended on;
- `EXTENSION_EFFECTS`: what else differs when an extension is missing;
- `OPTION_NAMESPACES`: storage options (`WITH (timescaledb.continuous)`)
  that are dropped so the object is still created;
- functions in a procedural language the server lacks (plv8, plpython3u,
  plperl, …) get a PL/pgSQL body that does nothing, so that triggers and
  defaults using them still exist;
- a text search dictionary whose files are missing (ispell, hunspell)
  becomes a `simple` one.
"""

from __future__ import annotations

from pglast import ast
from pglast.enums import AlterTableType, DefElemAction, FunctionParameterMode, ObjectType
from pglast.stream import RawStream
from pglast.visitors import Visitor

# Known objects of extensions the embedded server lacks: (types, function names, function prefixes).
EXTENSION_OBJECTS: dict[str, tuple[frozenset[str], frozenset[str], tuple[str, ...]]] = {
    "postgis": (
        frozenset({"geometry", "geography", "box2d", "box3d"}),
        frozenset(),
        ("st_", "postgis_"),
    ),
    "postgis_raster": (frozenset({"raster"}), frozenset(), ("st_",)),
    "postgis_topology": (frozenset({"topogeometry"}), frozenset(), ("topology",)),
    "uuid-ossp": (
        frozenset(),
        frozenset(
            {
                "uuid_generate_v1",
                "uuid_generate_v1mc",
                "uuid_generate_v3",
                "uuid_generate_v4",
                "uuid_generate_v5",
                "uuid_nil",
                "uuid_ns_dns",
                "uuid_ns_url",
                "uuid_ns_oid",
                "uuid_ns_x500",
            }
        ),
        (),
    ),
    "pgcrypto": (
        frozenset(),
        frozenset(
            {
                "digest",
                "hmac",
                "crypt",
                "gen_salt",
                "gen_random_bytes",
                "encrypt",
                "decrypt",
                "encrypt_iv",
                "decrypt_iv",
                "pgp_sym_encrypt",
                "pgp_sym_decrypt",
                "pgp_pub_encrypt",
                "pgp_pub_decrypt",
                "pgp_key_id",
                "armor",
                "dearmor",
                "pgp_armor_headers",
                "pgp_sym_encrypt_bytea",
                "pgp_sym_decrypt_bytea",
            }
        ),
        (),
    ),
}

_NS = "'6ba7b81{}-9dad-11d1-80b4-00c04fd430c8'::uuid"
_SQL = "LANGUAGE sql"

# Stand-in functions for missing extensions: signature shown to the user -> what follows
# `CREATE OR REPLACE FUNCTION <schema>.`. `{v1}` is the generator of time-based uuids (uuidv7()
# from PostgreSQL 18, else gen_random_uuid()); `{schema}` the schema the extension was asked for.
STAND_INS: dict[str, dict[str, str]] = {
    "uuid-ossp": {
        "uuid_generate_v4()": f"uuid_generate_v4() RETURNS uuid {_SQL} VOLATILE AS $$ SELECT gen_random_uuid() $$",
        "uuid_generate_v1()": f"uuid_generate_v1() RETURNS uuid {_SQL} VOLATILE AS $$ SELECT {{v1}} $$",
        "uuid_generate_v1mc()": f"uuid_generate_v1mc() RETURNS uuid {_SQL} VOLATILE AS $$ SELECT {{v1}} $$",
        "uuid_generate_v3(uuid, text)": (
            f"uuid_generate_v3(namespace uuid, name text) RETURNS uuid {_SQL} IMMUTABLE STRICT"
            " AS $$ SELECT md5(namespace::text || name)::uuid $$"
        ),
        "uuid_generate_v5(uuid, text)": (
            f"uuid_generate_v5(namespace uuid, name text) RETURNS uuid {_SQL} IMMUTABLE STRICT"
            " AS $$ SELECT left(encode(sha256(convert_to(namespace::text || name, 'UTF8')), 'hex'), 32)::uuid $$"
        ),
        "uuid_nil()": (
            f"uuid_nil() RETURNS uuid {_SQL} IMMUTABLE AS $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid $$"
        ),
        "uuid_ns_dns()": f"uuid_ns_dns() RETURNS uuid {_SQL} IMMUTABLE AS $$ SELECT {_NS.format(0)} $$",
        "uuid_ns_url()": f"uuid_ns_url() RETURNS uuid {_SQL} IMMUTABLE AS $$ SELECT {_NS.format(1)} $$",
        "uuid_ns_oid()": f"uuid_ns_oid() RETURNS uuid {_SQL} IMMUTABLE AS $$ SELECT {_NS.format(2)} $$",
        "uuid_ns_x500()": f"uuid_ns_x500() RETURNS uuid {_SQL} IMMUTABLE AS $$ SELECT {_NS.format(4)} $$",
    },
    "pgcrypto": {
        "gen_random_bytes(integer)": (
            f"gen_random_bytes(n integer) RETURNS bytea {_SQL} VOLATILE STRICT AS $$"
            " SELECT coalesce(substring(string_agg(uuid_send(gen_random_uuid()), ''::bytea) FROM 1 FOR n), ''::bytea)"
            " FROM generate_series(1, (n + 15) / 16) $$"
        ),
        "digest(bytea, text)": (
            f"digest(data bytea, type text) RETURNS bytea {_SQL} IMMUTABLE STRICT AS $$"
            " SELECT CASE lower(type) WHEN 'md5' THEN decode(md5(data), 'hex') WHEN 'sha224' THEN sha224(data)"
            " WHEN 'sha384' THEN sha384(data) WHEN 'sha512' THEN sha512(data)"
            " WHEN 'sha1' THEN substring(sha256(data) FROM 1 FOR 20) ELSE sha256(data) END $$"
        ),
        "digest(text, text)": (
            f"digest(data text, type text) RETURNS bytea {_SQL} IMMUTABLE STRICT AS $$"
            " SELECT {schema}.digest(convert_to(data, 'UTF8'), type) $$"
        ),
        "hmac(bytea, bytea, text)": (
            f"hmac(data bytea, key bytea, type text) RETURNS bytea {_SQL} IMMUTABLE STRICT AS $$"
            " SELECT {schema}.digest(key || data, type) $$"
        ),
        "hmac(text, text, text)": (
            f"hmac(data text, key text, type text) RETURNS bytea {_SQL} IMMUTABLE STRICT AS $$"
            " SELECT {schema}.digest(key || data, type) $$"
        ),
        "gen_salt(text)": (
            f"gen_salt(type text) RETURNS text {_SQL} VOLATILE STRICT AS $$"
            " SELECT '$sx$' || left(md5(gen_random_uuid()::text), 8) $$"
        ),
        "gen_salt(text, integer)": (
            f"gen_salt(type text, rounds integer) RETURNS text {_SQL} VOLATILE STRICT AS $$"
            " SELECT '$sx$' || left(md5(gen_random_uuid()::text), 8) $$"
        ),
        # crypt(pw, crypt(pw, salt)) = crypt(pw, salt), as with the real one, so password checks work
        "crypt(text, text)": (
            f"crypt(password text, salt text) RETURNS text {_SQL} IMMUTABLE STRICT AS $$"
            " SELECT left(salt, 12) || md5(left(salt, 12) || password) $$"
        ),
        "pgp_sym_encrypt(text, text)": (
            f"pgp_sym_encrypt(data text, psw text) RETURNS bytea {_SQL} IMMUTABLE STRICT AS $$"
            " SELECT convert_to(data, 'UTF8') $$"
        ),
        "pgp_sym_decrypt(bytea, text)": (
            f"pgp_sym_decrypt(msg bytea, psw text) RETURNS text {_SQL} IMMUTABLE STRICT AS $$"
            " SELECT convert_from(msg, 'UTF8') $$"
        ),
    },
}


# timescaledb's functions; hypertables and continuous aggregates are options and calls dropped by apply.py
_TIMESCALEDB_FUNCTIONS = frozenset(
    {
        "create_hypertable", "create_distributed_hypertable", "add_dimension", "by_range", "by_hash",
        "set_chunk_time_interval", "set_integer_now_func", "add_retention_policy",
        "remove_retention_policy", "add_compression_policy", "remove_compression_policy",
        "add_continuous_aggregate_policy", "remove_continuous_aggregate_policy", "add_reorder_policy",
        "add_job", "alter_job", "compress_chunk", "decompress_chunk", "drop_chunks", "show_chunks",
        "hypertable_size", "enable_chunk_skipping", "refresh_continuous_aggregate",
    }
)
EXTENSION_OBJECTS["timescaledb"] = (frozenset(), _TIMESCALEDB_FUNCTIONS, ("timescaledb_",))
EXTENSION_OBJECTS["pg_partman"] = (
    frozenset(),
    frozenset(
        {
            "create_parent", "create_sub_parent", "run_maintenance", "run_maintenance_proc",
            "partition_data_time", "partition_data_id", "partition_data_proc", "undo_partition",
            "show_partitions", "check_default",
        }
    ),
    (),
)

# Extensions of hosted PostgreSQL (Supabase, …): what a statement calling them depends on.
EXTENSION_OBJECTS["pg_cron"] = (
    frozenset(), frozenset({"schedule", "unschedule", "schedule_in_database", "alter_job"}), ()
)
EXTENSION_OBJECTS["pg_net"] = (frozenset(), frozenset({"http_get", "http_post", "http_delete"}), ())
EXTENSION_OBJECTS["pgjwt"] = (frozenset(), frozenset({"sign", "verify", "url_encode", "url_decode"}), ())
EXTENSION_OBJECTS["pgsodium"] = (frozenset(), frozenset(), ("crypto_", "pgsodium"))
EXTENSION_OBJECTS["supabase_vault"] = (frozenset(), frozenset({"create_secret", "update_secret"}), ())
EXTENSION_OBJECTS["pg_graphql"] = (frozenset(), frozenset({"resolve", "rebuild_schema"}), ())

_BUCKET = "date_bin(bucket_width, ts, timestamp '2000-01-03')"  # timescaledb's default origin: a Monday
STAND_INS["timescaledb"] = {
    "time_bucket(interval, timestamptz)": (
        f"time_bucket(bucket_width interval, ts timestamptz) RETURNS timestamptz {_SQL} IMMUTABLE STRICT"
        " AS $$ SELECT date_bin(bucket_width, ts, timestamptz '2000-01-03 00:00:00+00') $$"
    ),
    "time_bucket(interval, timestamp)": (
        f"time_bucket(bucket_width interval, ts timestamp) RETURNS timestamp {_SQL} IMMUTABLE STRICT"
        f" AS $$ SELECT {_BUCKET} $$"
    ),
    "time_bucket(interval, date)": (
        f"time_bucket(bucket_width interval, ts date) RETURNS date {_SQL} IMMUTABLE STRICT"
        " AS $$ SELECT date_bin(bucket_width, ts::timestamp, timestamp '2000-01-03')::date $$"
    ),
}

# What else differs from production when an extension is missing, said once in its report.
EXTENSION_EFFECTS: dict[str, str] = {
    "timescaledb": "hypertables stay plain tables (no chunks, no compression) and continuous aggregates "
    "are plain materialized views, so plans on them differ from production's chunk-wise plans",
    "pg_partman": "each table handed to partman.create_parent() gets one DEFAULT partition instead of "
    "partman's time or id partitions, so there is no partition pruning",
}

# Namespaces of storage options that belong to an extension: `WITH (timescaledb.continuous)`, `tsdb.*`.
OPTION_NAMESPACES: dict[str, str] = {"timescaledb": "timescaledb", "tsdb": "timescaledb"}


# -- statements edited or replaced ----------------------------------------------------------------


class PartmanParents(Visitor):
    """The parent tables named by `create_parent(p_parent_table, …)` calls (pg_partman)."""

    def __init__(self) -> None:
        super().__init__()
        self.parents: list[str] = []

    def visit_FuncCall(self, ancestors, node: ast.FuncCall) -> None:
        if not node.funcname or node.funcname[-1].sval.lower() != "create_parent" or not node.args:
            return
        first = node.args[0]
        for arg in node.args:  # named notation: p_parent_table => 'public.events'
            if isinstance(arg, ast.NamedArgExpr) and arg.name == "p_parent_table":
                first = arg
        value = first.arg if isinstance(first, ast.NamedArgExpr) else first
        if isinstance(value, ast.A_Const) and isinstance(value.val, ast.String):
            self.parents.append(value.val.sval)


def drop_extension_options(node: ast.Node, available: set[str]) -> list[str]:
    """Remove storage options of extensions that are not available (`WITH (timescaledb.continuous)`)."""
    dropped: list[str] = []

    def keep(options: tuple | None) -> tuple | None:
        kept = []
        for option in options or ():
            namespace = option.defnamespace if isinstance(option, ast.DefElem) else None
            extension = OPTION_NAMESPACES.get((namespace or "").lower())
            if extension and extension not in available:
                dropped.append(f"option {namespace}.{option.defname} (extension {extension})")
            else:
                kept.append(option)
        return tuple(kept) or None

    if isinstance(node, ast.CreateTableAsStmt) and node.into is not None and node.into.options:
        node.into.options = keep(node.into.options)
    elif isinstance(node, ast.CreateStmt) and node.options:
        node.options = keep(node.options)
    elif isinstance(node, ast.AlterTableStmt):
        commands = []
        for cmd in node.cmds or ():
            if cmd.subtype in (AlterTableType.AT_SetRelOptions, AlterTableType.AT_ResetRelOptions):
                cmd.def_ = keep(cmd.def_)
                if cmd.def_ is None:
                    continue
            commands.append(cmd)
        node.cmds = tuple(commands)
    return dropped


def nothing_left(node: ast.Node) -> bool:
    """An ALTER TABLE whose every command was dropped."""
    return isinstance(node, ast.AlterTableStmt) and not node.cmds


def language_stand_in(node: ast.Node, languages: set[str]) -> str | None:
    """Give a function in a language that is not installed a PL/pgSQL body that does nothing; say so."""
    if not isinstance(node, ast.CreateFunctionStmt):
        return None
    options = list(node.options or ())
    language = next((o for o in options if isinstance(o, ast.DefElem) and o.defname == "language"), None)
    body = next((o for o in options if isinstance(o, ast.DefElem) and o.defname == "as"), None)
    if language is None or body is None or not isinstance(language.arg, ast.String):
        return None
    name = language.arg.sval
    if name.lower() in languages:
        return None
    code, does = _no_op_body(node)
    language.arg = ast.String(sval="plpgsql")
    body.arg = (ast.String(sval=code),)
    node.options = tuple(
        o for o in options if not (isinstance(o, ast.DefElem) and o.defname in ("transform", "window"))
    )
    return f"its {name} body replaced by a PL/pgSQL stand-in that {does} ({name} is not installed)"


def _no_op_body(node: ast.CreateFunctionStmt) -> tuple[str, str]:
    """A PL/pgSQL body with the function's shape: (code, what it does)."""
    returns = node.returnType
    kind = returns.names[-1].sval.lower() if returns is not None and returns.names else ""
    outs = any(
        p.mode in (FunctionParameterMode.FUNC_PARAM_OUT, FunctionParameterMode.FUNC_PARAM_INOUT,
                   FunctionParameterMode.FUNC_PARAM_TABLE)
        for p in node.parameters or ()
    )
    if node.is_procedure or kind in ("void", "event_trigger"):
        return " BEGIN END ", "does nothing"
    if kind == "trigger":
        return " BEGIN RETURN COALESCE(NEW, OLD); END ", "lets every row through unchanged"
    if outs or (returns is not None and returns.setof):
        return " BEGIN RETURN; END ", "returns no rows"
    return " BEGIN RETURN NULL; END ", "returns NULL"


def text_search_dictionary_stand_in(node: ast.Node) -> str | None:
    """`CREATE TEXT SEARCH DICTIONARY <name> (TEMPLATE = simple)` for one whose files are missing."""
    if not (isinstance(node, ast.DefineStmt) and node.kind == ObjectType.OBJECT_TSDICTIONARY):
        return None
    stand_in = ast.DefineStmt(
        kind=ObjectType.OBJECT_TSDICTIONARY,
        defnames=node.defnames,
        definition=(
            ast.DefElem(
                defname="template",
                arg=ast.TypeName(names=(ast.String(sval="simple"),)),
                defaction=DefElemAction.DEFELEM_UNSPEC,
            ),
        ),
    )
    return RawStream()(stand_in)
