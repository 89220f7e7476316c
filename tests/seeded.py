"""AuditOptions for the tests that audit the same example project more than once in a session.

The first audit of an example (same schema, seed settings and workload hints: the cache key of
docs/cache.md) seeds it and keeps the seeded database as a template on the session's PostgreSQL;
every later one copies it (`CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY`: the same data, byte
for byte) instead of seeding the same rows again. Measurements are not reused (`memo=False`): each
test still runs its own EXPLAIN ANALYZE, trials and rules on that data — unless it asks for
`memo=True`, as a user's next run with the cache does (the session's `saas_audit` keeps its
measurements; the advisor on the example and the gate test that adds one query to it reuse them and
measure what is new to them).
"""

from __future__ import annotations

from typing import Any

from dbperf.audit_options import AuditOptions


def shared_seed(server: Any, **options: Any) -> AuditOptions:
    """Options for an audit on `server` (the `pg_server` fixture) that seeds each example once."""
    return AuditOptions(**{"server_uri": server.uri, "cache": True, "memo": False, **options})
