"""The audit's seeded database: seeded now, or copied from the cache — at once, or once needed.

A cache hit copies the entry's template (`CREATE DATABASE … TEMPLATE`, docs/cache.md): 436 MB for
fixtures/saas, 0.2 s on a quiet disk and seconds on a busy one. A warm re-run whose measurements
are all remembered does not need that copy: it reads nothing from the seeded database but its
catalog, i.e. the tables' sizes and columns (`read_schema`), pg_stats (`column_stats`) and the digest
of its indexes the remembered measurements are keyed by (`memo.index_state`). Those are kept with
the entry when it is made (`Catalog`, table `dbperf_catalog` of the cache); a hit that finds them
leaves the work database as it is (migrated, empty) and defers the copy to the first statement that
needs the data (`Database.defer`): a measurement not remembered, a trial, a fetch, `--keep`. Until
then nothing reaches the work database, and pool connections open on first use too.
"""

from __future__ import annotations

import hashlib
import pickle
import time
from dataclasses import dataclass
from pathlib import Path

from dbperf.cache import CachedSeed, restore_into, seeded_key, store_from
from dbperf.config import Config
from dbperf.diagnostics import DbperfError, Problems
from dbperf.explain.memo import index_state
from dbperf.postgres.open import Where
from dbperf.progress import UI, SeedBar
from dbperf.schema.catalog import read_schema
from dbperf.schema.loader import with_origins
from dbperf.schema.model import Schema
from dbperf.schema.pg_stats import column_stats
from dbperf.seed.plan import SeedPlan
from dbperf.seed.seeder import SeedResult, seed
from dbperf.seed.values import ANCHOR

_READERS = ("schema", "explain/memo.py")  # the code that reads what `Catalog` keeps


@dataclass
class Catalog:
    """What a run reads of the seeded database before measuring: kept with its cache entry."""

    schema: Schema  # read_schema() of the seeded database, origins not yet attached
    stats: dict  # column_stats()
    index_state: str  # memo.index_state(): the remembered measurements are keyed by it

    @staticmethod
    def reader() -> str:
        """Digest of the code that reads the catalog: a catalog kept by other code is read again."""
        digest = hashlib.sha256()
        root = Path(__file__).resolve().parent
        for part in _READERS:
            for path in sorted((root / part).glob("*.py")) if (root / part).is_dir() else [root / part]:
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()


@dataclass
class Seeded:
    """The seeded database's rows and catalog, read from it or from the cache."""

    result: SeedResult
    schema: Schema  # the schema as seeded (sizes, widths), with the loaded schema's origins
    stats: dict
    index_state: str | None = None  # known without asking the database (a deferred copy)


def seed_or_restore(where: Where, schema: Schema, config: Config, plan: SeedPlan, hints: dict,
                    problems: Problems, ui: UI) -> Seeded:
    """Seed `where.db`, or copy the cached seeded database with the same key (deferred when its
    catalog is kept); fills `where.cache_state` and `where.cache_key`."""
    db, key = where.db, None
    cache = where.cache
    if cache is not None:
        key = seeded_key(db, problems, seed=config.seed, scale=config.scale, rows=plan.rows, hints=hints,
                         profiles=config.profiles, anchor=ANCHOR)
        if key is None:
            where.cache = cache = None
        else:
            started = time.perf_counter()
            entry, catalog = cache.lookup(key, Catalog.reader())
            if entry is not None and catalog is not None:
                try:
                    kept: Catalog | None = pickle.loads(catalog)
                except Exception:  # noqa: BLE001 - a catalog an older dbperf kept: read the copy's
                    kept = None
                if kept is not None:
                    db.defer(lambda: _copy(where, key))
                    return _hit(where, key, entry, started, ui, problems,
                                Seeded(_rows(entry, started), with_origins(kept.schema, schema), kept.stats,
                                       kept.index_state))
            restored = restore_into(cache, db, where.name, key) if entry is not None else None
            if restored is not None:
                seeded = _hit(where, key, restored, started, ui, problems,
                              Seeded(_rows(restored, started), schema, {}))
                return _read(where, seeded, keep=key)
            where.cache_state = "miss"
    bar = SeedBar(plan.rows, ui)
    before = len(problems.items)
    try:
        result = seed(db, schema, config, hints=hints, progress=bar.on_progress, problems=problems, plan=plan)
    finally:
        bar.finish()
    seeded = Seeded(result, schema, {})
    if cache is not None and key is not None:
        entry = CachedSeed(rows=result.rows, seconds=result.seconds, seconds_per_table=result.seconds_per_table,
                           failed=result.failed, problems=CachedSeed.problem_dicts(problems.items[before:]))
        if store_from(cache, db, where.name, key, entry, problems):
            where.cache_key = key
            return _read(where, seeded, keep=key)
    return _read(where, seeded)


def _rows(entry: CachedSeed, started: float) -> SeedResult:
    return SeedResult(rows=entry.rows, seconds=time.perf_counter() - started, seconds_per_table={},
                      failed=entry.failed)


def _hit(where: Where, key: str, entry: CachedSeed, started: float, ui: UI, problems: Problems,
         seeded: Seeded) -> Seeded:
    where.cache_state, where.cache_key = "hit", key
    problems.items.extend(entry.problem_objects())
    ui.note(f"[dim]seeded database reused from the cache ({entry.seconds:.1f} s of seeding "
            "skipped; --no-cache seeds afresh)[/dim]")
    return seeded


def _copy(where: Where, key: str) -> None:
    """The deferred copy of the cached template into the (empty) work database."""
    if where.cache is None or where.cache.restore(key, where.name) is None:
        raise DbperfError("the cached seeded database was removed from the cache while this run used it",
                          hint="run the command again (another run's cache limits evicted it), or use --no-cache")


def _read(where: Where, seeded: Seeded, keep: str | None = None) -> Seeded:
    """The catalog of the seeded database, read from it; kept with the cache entry `keep` (a key)
    for the next hit when given."""
    fresh, stats = read_schema(where.db), column_stats(where.db)
    if keep is not None and where.cache is not None:
        state = seeded.index_state = index_state(where.db)
        try:
            catalog = pickle.dumps(Catalog(fresh, stats, state), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - a value pickle cannot keep: the next hit copies at once
            catalog = None
        if catalog is not None:
            where.cache.keep_catalog(keep, Catalog.reader(), catalog)
    seeded.schema = with_origins(fresh, seeded.schema)  # after pickling: origins are this run's
    seeded.stats = stats
    return seeded
