"""Fixtures shared by the whole suite: settings, and a fresh store on each backend."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kronika.services import Kronika
from kronika.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"
PG_URL = os.environ.get("KRONIKA_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty store, once per backend. PostgreSQL runs where .ci/run started it."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kronika.db'}"
    if not PG_URL:
        pytest.skip("KRONIKA_TEST_PG_URL is not set (.ci/run starts PostgreSQL and sets it)")
    _reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def service(store_url: str) -> Iterator[Kronika]:
    kronika = Kronika(Settings(db=store_url))
    yield kronika
    kronika.close()


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def kronika_command() -> str:
    """The installed console script, as a user runs it."""
    return shutil.which("kronika") or str(Path(sys.executable).with_name("kronika"))
