"""Helpers for the capture tests: where the sample inputs are."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "capture"


@pytest.fixture
def samples() -> Path:
    """tests/fixtures/capture: small static capture files."""
    return SAMPLES
