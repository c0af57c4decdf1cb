"""The one layer the CLI, the Python API and later the REST API and web UI call."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kronika import stages
from kronika.doc import Document
from kronika.linking.kb import read_entries
from kronika.linking.linker import ensure_starter_kb, load_kb
from kronika.pipeline import build
from kronika.services import export
from kronika.services.entities import (
    EntityDetail,
    EntitySummary,
    find_entity,
    list_entities,
    merge_entities,
    split_entity,
)
from kronika.services.ingest import IngestObserver, Ingestor, IngestReport
from kronika.services.quotes import QuoteInContext, all_quotes, quotes_of
from kronika.services.stories import (
    Comparison,
    StorySummary,
    TimelineEntry,
    compare,
    entity_timeline,
    list_stories,
    timeline,
)
from kronika.settings import Settings
from kronika.store.engine import open_engine
from kronika.store.entities import EntityRepository
from kronika.store.repository import DocumentFilter, Repository, to_document
from kronika.store.stories import StoryRepository
from kronika.store.tables import CopyRow


@dataclass(slots=True, frozen=True)
class StoredDocument:
    document: Document
    copies: list[CopyRow]


@dataclass(slots=True, frozen=True)
class Summary:
    documents: int
    copies: int
    by_language: list[tuple[str, int]]
    by_outlet: list[tuple[str, int]]


class Pipelines:
    """The prepare and annotate pipelines, built once per settings."""

    def __init__(self, settings: Settings) -> None:
        self.prepare = build(stages.PREPARE, settings)
        self.annotate = build(stages.ANNOTATE, settings, provided=self.prepare.assigns)

    def __call__(self, document: Document) -> Document:
        return self.annotate(self.prepare(document))


class Kronika:
    """A store-backed kronika: ingest, query and export."""

    def __init__(self, settings: Settings | None = None, *, engine: Engine | None = None) -> None:
        self.settings = settings or Settings()
        self.engine = engine or open_engine(self.settings.db)

    @cached_property
    def pipelines(self) -> Pipelines:
        return Pipelines(self.settings)

    @cached_property
    def ingestor(self) -> Ingestor:
        return Ingestor(self.engine, self.settings, prepare=self.pipelines.prepare, annotate=self.pipelines.annotate)

    def ingest(self, inputs: Sequence[str], observer: IngestObserver | None = None) -> IngestReport:
        return self.ingestor.run(inputs, observer)

    def store_documents(self, documents: Sequence[Document], observer: IngestObserver | None = None) -> IngestReport:
        """Documents already in memory take the ingest path: deduplicate, annotate, link, store."""
        return self.ingestor.store_documents(documents, observer)

    def documents(self, where: DocumentFilter | None = None) -> list[StoredDocument]:
        with Session(self.engine) as session:
            rows = Repository(session).documents(where or DocumentFilter())
            return [StoredDocument(to_document(row), list(row.copies)) for row in rows]

    def document(self, document_id: str) -> StoredDocument | None:
        with Session(self.engine) as session:
            row = Repository(session).get(document_id)
            return StoredDocument(to_document(row), list(row.copies)) if row else None

    def records(self) -> Iterator[dict[str, Any]]:
        """Every document as its export record, streamed."""
        with Session(self.engine) as session:
            for row in Repository(session).iter_documents():
                yield export.record(to_document(row), row)

    def export(self, fmt: str, out: IO[str] | Path) -> int:
        return export.write(self.records(), fmt, out)

    def summary(self) -> Summary:
        with Session(self.engine) as session:
            repository = Repository(session)
            by_language = [(lang or "?", n) for lang, n in repository.documents_by_language()]
            by_outlet = [(source or "unknown outlet", n) for source, n in repository.copies_by_outlet()]
            return Summary(
                documents=sum(n for _, n in by_language),
                copies=repository.count_copies(),
                by_language=by_language,
                by_outlet=by_outlet,
            )

    def entities(self, kind: str | None = None, limit: int | None = None) -> list[EntitySummary]:
        with Session(self.engine) as session:
            return list_entities(EntityRepository(session), kind, limit)

    def entity(self, query: str) -> EntityDetail | None:
        with Session(self.engine) as session:
            return find_entity(EntityRepository(session), query)

    def quotes(self, speaker: str | None = None, limit: int | None = None) -> tuple[str | None, list[QuoteInContext]]:
        """Quotes of the entity ``speaker`` names (in any script), else of every document; with the
        speaker's canonical name when one was asked for."""
        with Session(self.engine) as session:
            if speaker is None:
                return None, all_quotes(Repository(session), limit)
            name, found = quotes_of(EntityRepository(session), speaker)
            return name, found[:limit] if limit else found

    def stories(self, limit: int | None = None) -> list[StorySummary]:
        """Stories, largest first, with their languages and outlets."""
        with Session(self.engine) as session:
            return list_stories(StoryRepository(session), limit)

    def timeline(self, story_id: str) -> list[TimelineEntry]:
        """A story's events merged across its articles, ordered by event date."""
        with Session(self.engine) as session:
            return timeline(StoryRepository(session).documents(story_id), EntityRepository(session))

    def entity_timeline(self, query: str, as_party: bool = False) -> tuple[str | None, list[TimelineEntry]]:
        """The events of every article naming an entity (by id or any name, as ``entity``), each marked
        with whether the entity takes part; with ``as_party`` only those."""
        with Session(self.engine) as session:
            return entity_timeline(EntityRepository(session), query, as_party)

    def merge_stories(self, keep: str, absorb: str) -> int:
        """Make two stories one; the decision is stored and new articles join the merged story."""
        with Session(self.engine) as session:
            moved = StoryRepository(session).merge(keep, absorb)
            session.commit()
            return moved

    def split_story(self, story_id: str, document_ids: Sequence[str]) -> tuple[str, int]:
        """Move these articles (ids or id prefixes) to a new story of their own."""
        with Session(self.engine) as session:
            result = StoryRepository(session).split(story_id, list(document_ids))
            session.commit()
            return result

    def compare(self, story_id: str) -> Comparison:
        """Who reports what in a story: events, speakers, sources and entities per outlet."""
        with Session(self.engine) as session:
            return compare(StoryRepository(session), story_id)

    def stories_of_origins(self, origins: Sequence[str], threads: bool = False) -> dict[str, str | None]:
        """The story (or its thread) of the document each origin was read into (a copy's, for a duplicate)."""
        with Session(self.engine) as session:
            return Repository(session).stories_of_origins(origins, threads)

    def merge_entities(self, keep: str, absorb: str) -> int:
        with Session(self.engine) as session:
            moved = merge_entities(EntityRepository(session), keep, absorb)
            session.commit()
            return moved

    def split_entity(self, entity_id: str, names: Sequence[str], into: str | None = None) -> tuple[str, int]:
        with Session(self.engine) as session:
            result = split_entity(EntityRepository(session), entity_id, names, into)
            session.commit()
            return result

    def load_kb(self, path: Path) -> int:
        """Add a user's knowledge base (CSV or JSON Lines); linking prefers its entries from now on."""
        with Session(self.engine) as session:
            entities = EntityRepository(session)
            ensure_starter_kb(entities)
            added = load_kb(entities, read_entries(path))
            session.commit()
            return added

    def export_entities(self, out: IO[str] | Path) -> int:
        """The registry as JSON Lines: every entity with a mention, its names per language and external ids."""
        return export.write((summary.record() for summary in self.entities()), "jsonl", out)

    def close(self) -> None:
        self.engine.dispose()
