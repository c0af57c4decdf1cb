"""Time expressions of a document, resolved against its publication date (see kronika.timex)."""

from __future__ import annotations

from kronika.doc import Document
from kronika.settings import Settings
from kronika.timex.find import find_times


class TimeResolver:
    name = "times"
    requires = frozenset({"text", "lang", "sentences", "published"})
    assigns = frozenset({"times"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, document: Document) -> None:
        anchor = document.published.date() if document.published else None
        document.times = find_times(document.text, document.lang, anchor, document.sentences)
