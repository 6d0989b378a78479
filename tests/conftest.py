"""Shared fixtures: paths to the synthetic drafts in fixtures/, and helpers to build small documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


@pytest.fixture()
def fixtures() -> Path:
    """The folder of synthetic drafts."""
    return FIXTURES
