"""Ingest: read every item, deduplicate, annotate what is new, store one document at a time.

Each document is committed on its own, so an ingest killed midway leaves every
stored document whole, and a re-run skips what is already there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kronika import dedup
from kronika.doc import Document
from kronika.errors import Reason, Rejected
from kronika.ingest.base import ReadContext
from kronika.ingest.fetch import Fetcher
from kronika.ingest.sources import expand, read_item
from kronika.linking.linker import Linker
from kronika.pipeline import Pipeline
from kronika.settings import Settings
from kronika.store.entities import EntityRepository
from kronika.store.repository import Repository
from kronika.store.stories import THREAD, StoryRepository
from kronika.stories.features import features_of
from kronika.stories.index import Gatherer


class Outcome(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    UNCHANGED = "unchanged"


@dataclass(slots=True)
class IngestReport:
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def read(self) -> int:
        return sum(self.outcomes.values()) + len(self.rejected)


class IngestObserver(Protocol):
    """How a front end follows a long ingest: a progress bar, a log."""

    def start(self, total_items: int) -> None: ...
    def advance(self, item: str) -> None: ...
    def rejected(self, rejection: Rejected) -> None: ...


class Silent:
    def start(self, total_items: int) -> None:
        pass

    def advance(self, item: str) -> None:
        pass

    def rejected(self, rejection: Rejected) -> None:
        pass


class Ingestor:
    def __init__(self, engine: Engine, settings: Settings, *, prepare: Pipeline, annotate: Pipeline) -> None:
        self.engine = engine
        self.settings = settings
        self.prepare = prepare
        self.annotate = annotate
        self.stories: StoryRepository | None = None
        self.gatherer: Gatherer | None = None

    def run(self, inputs: Sequence[str], observer: IngestObserver | None = None) -> IngestReport:
        observer = observer or Silent()
        report = IngestReport()
        items = list(expand(inputs))
        observer.start(len(items))
        fetcher = Fetcher(self.settings)
        context = ReadContext(self.settings, fetcher)
        try:
            with Session(self.engine) as session:
                repository, linker = self._open(session)
                for item in items:
                    results = [item] if isinstance(item, Rejected) else read_item(item, context)
                    for result in results:
                        if isinstance(result, Rejected):
                            self._reject(report, observer, result)
                        else:
                            self._store(repository, linker, result, report, observer)
                    observer.advance(item if isinstance(item, str) else item.item)
        finally:
            fetcher.close()
        return report

    def store_documents(self, documents: Iterable[Document], observer: IngestObserver | None = None) -> IngestReport:
        """Documents already in memory (an evaluation corpus, an API call) take the same path as read ones."""
        observer = observer or Silent()
        report = IngestReport()
        with Session(self.engine) as session:
            repository, linker = self._open(session)
            for document in documents:
                self._store(repository, linker, document, report, observer)
                observer.advance(document.origin)
        return report

    def _open(self, session: Session) -> tuple[Repository, Linker]:
        linker = Linker(EntityRepository(session))
        # The starter knowledge base, loaded into a new store, must not depend on the first document succeeding.
        session.commit()
        self.stories = StoryRepository(session)
        self.gatherer = self._gatherer(self.stories) if self.settings.cluster_stories else None
        return Repository(session), linker

    @staticmethod
    def _gatherer(stories: StoryRepository) -> Gatherer:
        return Gatherer(stories.load(), stories.load(THREAD))

    def _reject(self, report: IngestReport, observer: IngestObserver, rejection: Rejected) -> None:
        report.rejected.append(rejection)
        observer.rejected(rejection)

    def _store(
        self,
        repository: Repository,
        linker: Linker,
        document: Document,
        report: IngestReport,
        observer: IngestObserver,
    ) -> None:
        try:
            outcome, lang = self._store_one(repository, linker, document)
            repository.session.commit()
        except (SQLAlchemyError, ValueError, RuntimeError) as error:
            # One document's failure must not cost the rest of the batch.
            repository.session.rollback()
            if self.gatherer is not None and self.stories is not None:
                # The indexes may hold the failed article; they follow the store again.
                self.gatherer = self._gatherer(self.stories)
            self._reject(
                report, observer, Rejected(document.origin, Reason.UNEXPECTED, f"{type(error).__name__}: {error}")
            )
            return
        report.outcomes[outcome] += 1
        report.languages[lang or "?"] += 1

    def _store_one(self, repository: Repository, linker: Linker, document: Document) -> tuple[Outcome, str | None]:
        self.prepare(document)
        stored_as = repository.seen(document.origin, document.content_hash)
        if stored_as:
            return Outcome.UNCHANGED, repository.language_of(stored_as)
        exact = repository.by_hash(document.content_hash)
        if exact:
            repository.add_copy(exact[0], document, similarity=1.0)
            return Outcome.DUPLICATE, exact[1]
        values = dedup.signature(document.text)
        near = repository.near_duplicate(values, threshold=self.settings.near_duplicate_threshold)
        if near:
            repository.add_copy(near[0], document, similarity=near[1])
            return Outcome.DUPLICATE, repository.language_of(near[0])
        self.annotate(document)
        if self.settings.link_entities:
            linker.link(document)
        embedding = None
        if self.gatherer is not None and self.stories is not None:
            features = features_of(document)
            embedding = features.embedding
            placed = self.gatherer.assign(features, document.title)
            document.story = placed.story.id
            self.stories.save(placed.story)
            self.stories.save(placed.thread, THREAD)
            self.stories.absorb_threads(placed.thread.id, placed.absorbed_threads)
        repository.add_document(document, values=values, embedding=embedding)
        return Outcome.NEW, document.lang
