"""PLOVER events per sentence (see kronika.events)."""

from __future__ import annotations

from kronika.doc import Document
from kronika.events.coder import code_events
from kronika.settings import Settings


class EventCoder:
    name = "events"
    requires = frozenset({"text", "sentences", "paragraphs", "mentions", "times"})
    assigns = frozenset({"events"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, document: Document) -> None:
        document.events = code_events(document)
