"""The audit of the bundled example, shared by the e2e tests that only read its result."""

from __future__ import annotations

from pathlib import Path

import pytest

from dbperf.pipeline import AuditResult, run_audit
from dbperf.project import discover
from tests.seeded import shared_seed

SAAS = Path(__file__).resolve().parents[2] / "fixtures" / "saas"


@pytest.fixture(scope="session")
def saas_audit(pg_server) -> AuditResult:
    """`dbperf audit fixtures/saas` with every rule, run once: test_saas_example checks it against
    expected.json, test_migrations_apply writes its migrations into a copy of the example and applies
    them (the same schema, captures and seed, so the same audit)."""
    return run_audit(discover(SAAS), shared_seed(pg_server))
