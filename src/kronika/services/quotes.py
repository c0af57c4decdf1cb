"""Quotes across the store: who said what, where, when and through which outlet."""

from __future__ import annotations

from dataclasses import dataclass, field

from kronika.doc import Document, Quote
from kronika.services.entities import resolve_entity
from kronika.store.entities import EntityRepository
from kronika.store.repository import Repository, to_document


@dataclass(frozen=True, slots=True)
class QuoteInContext:
    document: str
    title: str | None
    published: str | None
    source: str | None  # the outlet that published the document
    text: str
    kind: str
    speaker: str | None
    speaker_entity: str | None
    role: str | None
    outlet: str | None  # the medium the speaker told it to ("Интерфакс")
    via: list[str] = field(default_factory=list)  # the citation chain, outermost first


def in_context(document: Document, quote: Quote, speaker_name: str | None = None) -> QuoteInContext:
    """``speaker_name``: the entity's canonical name, where the caller knows it (else the mention's base form)."""
    speaker = document.mentions[quote.speaker] if quote.speaker is not None else None
    outlet = document.mentions[quote.outlet].lemma if quote.outlet is not None else None
    chain = [document.citations[i] for i in quote.attribution]
    via = [document.mentions[c.source].lemma if c.source is not None else c.source_text for c in chain]
    return QuoteInContext(
        document.id,
        document.title,
        document.published.isoformat() if document.published else None,
        document.source,
        document.text[quote.start : quote.end],
        quote.kind,
        speaker_name or (speaker.lemma if speaker else None),
        speaker.entity if speaker else None,
        quote.role,
        outlet,
        via,
    )


def quotes_of(entities: EntityRepository, query: str) -> tuple[str | None, list[QuoteInContext]]:
    """The entity ``query`` names and its quotes in every stored document, oldest first."""
    row = resolve_entity(entities, query)
    if row is None:
        return None, []
    found: list[QuoteInContext] = []
    seen: set[str] = set()
    for _, document_row in entities.mentions(row.id):
        if document_row.id in seen:
            continue
        seen.add(document_row.id)
        document = to_document(document_row)
        found.extend(
            in_context(document, quote, row.canonical)
            for quote in document.quotes
            if quote.speaker is not None and document.mentions[quote.speaker].entity == row.id
        )
    return row.canonical, found


def all_quotes(documents: Repository, limit: int | None = None) -> list[QuoteInContext]:
    """Quotes of every stored document, in document order."""
    found: list[QuoteInContext] = []
    for row in documents.iter_documents():
        document = to_document(row)
        found.extend(in_context(document, quote) for quote in document.quotes)
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found
