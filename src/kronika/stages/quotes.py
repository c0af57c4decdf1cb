"""Quotes, speakers and citation chains (see kronika.quotes)."""

from __future__ import annotations

from kronika.doc import Document
from kronika.quotes.attribute import attribution_path, resolve
from kronika.quotes.find import find_attributions
from kronika.quotes.words import document_words
from kronika.settings import Settings


class QuoteFinder:
    name = "quotes"
    requires = frozenset({"text", "sentences", "paragraphs", "mentions", "times", "events"})
    # Also records on each event the citation path of its sentence.
    assigns = frozenset({"quotes", "citations"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, document: Document) -> None:
        words = document_words(document)
        document.quotes, document.citations = resolve(document, words, find_attributions(document, words))
        for event in document.events:
            event.attribution = attribution_path(document, document.citations, event.start)
