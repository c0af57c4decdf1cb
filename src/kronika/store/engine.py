"""Engine factory and schema migration; nothing here runs at import time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from kronika.errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(value: str) -> str:
    """Accept a SQLAlchemy URL, or a plain path meaning an SQLite file."""
    if "://" in value:
        if value.startswith(("postgresql://", "postgres://")):
            # psycopg 3 is the driver we ship; plain URLs would ask for psycopg2.
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return f"sqlite:///{value}"


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_engine(url: str) -> Engine:
    """An engine with the schema at the newest migration."""
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as error:
        raise StoreError(
            f"cannot open the store at {engine.url.render_as_string(hide_password=True)}: {error}"
        ) from error
    return engine
