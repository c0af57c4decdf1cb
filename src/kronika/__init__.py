"""kronika: a cross-lingual, source-attributed record of the news.

``analyze`` annotates one text without a store; ``open`` returns the store-backed
service the CLI uses.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from kronika.doc import Document
from kronika.services import Kronika, Pipelines
from kronika.settings import Settings

__all__ = ["Document", "Kronika", "Settings", "analyze", "open"]


@cache
def _default_pipelines() -> Pipelines:
    return Pipelines(Settings())


def analyze(
    text: str, *, published: datetime | None = None, source: str | None = None, url: str | None = None
) -> Document:
    """Every annotation the installed stages produce for ``text``, without a store."""
    document = Document(
        text=text, raw_format="text", origin=url or "analyze", published=published, source=source, url=url
    )
    return _default_pipelines()(document)


def open(db_url: str | None = None, *, settings: Settings | None = None) -> Kronika:
    """The store-backed service at ``db_url`` (default: KRONIKA_DB, else ./kronika.db)."""
    settings = settings or Settings()
    if db_url:
        settings = settings.model_copy(update={"db": db_url})
    return Kronika(settings)
