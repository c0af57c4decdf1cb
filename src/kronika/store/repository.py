"""Every query the services need, in one place, for SQLite and PostgreSQL alike."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import Select, func, insert, select, text, tuple_
from sqlalchemy.orm import Session, selectinload

from kronika import dedup
from kronika.doc import Citation, Document, Event, Mention, Paragraph, Quote, Sentence, TimeExpression, utc_naive
from kronika.store.tables import CopyRow, DocumentRow, MentionRow, MinhashBandRow, StoryRow

_QUERY_WORD = re.compile(r"\w+")


@dataclass(slots=True, frozen=True)
class DocumentFilter:
    lang: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    query: str | None = None
    limit: int | None = None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- deduplication -------------------------------------------------------------

    def seen(self, origin: str, content_hash: str) -> str | None:
        """The id of the document this exact text was already stored under from this origin."""
        return self.session.execute(
            select(CopyRow.document_id).where(CopyRow.origin == origin, CopyRow.content_hash == content_hash).limit(1)
        ).scalar_one_or_none()

    def by_hash(self, content_hash: str) -> tuple[str, str | None] | None:
        """(id, language) of the document with exactly this normalised text."""
        row = self.session.execute(
            select(DocumentRow.id, DocumentRow.lang).where(DocumentRow.content_hash == content_hash)
        ).first()
        return (row[0], row[1]) if row else None

    def language_of(self, document_id: str) -> str | None:
        return self.session.execute(select(DocumentRow.lang).where(DocumentRow.id == document_id)).scalar_one_or_none()

    def near_duplicate(self, values: np.ndarray, *, threshold: float) -> tuple[str, float] | None:
        keys = dedup.bands(values)
        candidates = (
            self.session.execute(
                select(MinhashBandRow.document_id)
                .where(tuple_(MinhashBandRow.band, MinhashBandRow.bucket).in_(keys))
                .distinct()
            )
            .scalars()
            .all()
        )
        best: tuple[str, float] | None = None
        for document_id, stored in self.session.execute(
            select(DocumentRow.id, DocumentRow.minhash).where(DocumentRow.id.in_(candidates))
        ):
            if stored is None:
                continue
            score = dedup.similarity(values, dedup.from_bytes(stored))
            if score >= threshold and (best is None or score > best[1]):
                best = (document_id, score)
        return best

    # --- writing --------------------------------------------------------------------

    def add_document(self, document: Document, *, values: np.ndarray, embedding: np.ndarray | None = None) -> None:
        self.session.add(
            DocumentRow(
                id=document.id,
                content_hash=document.content_hash,
                title=document.title,
                text=document.text,
                lang=document.lang,
                source=document.source,
                url=document.url,
                published=_iso(document.published),
                published_utc=utc_naive(document.published),
                fetched=utc_naive(document.fetched),
                raw_format=document.raw_format,
                origin=document.origin,
                meta=document.meta,
                annotations=_annotations(document),
                minhash=dedup.to_bytes(values),
                embedding=embedding.astype(np.float32).tobytes() if embedding is not None else None,
                story_id=document.story,
                stored=datetime.now(UTC).replace(tzinfo=None),
            )
        )
        self.session.flush()
        # A Core bulk insert: 32 band rows per document are the bulk of what ingest writes.
        self.session.execute(
            insert(MinhashBandRow),
            [{"band": band, "bucket": bucket, "document_id": document.id} for band, bucket in dedup.bands(values)],
        )
        if document.mentions:
            self.session.execute(
                insert(MentionRow),
                [
                    {
                        "document_id": document.id,
                        "start": m.start,
                        "end": m.end,
                        "type": m.type,
                        "lemma": m.lemma[:500],
                        "lang": document.language_at(m.start),
                        "entity_id": m.entity,
                    }
                    for m in document.mentions
                ],
            )
        self.add_copy(document.id, document, similarity=1.0)

    def add_copy(self, document_id: str, document: Document, *, similarity: float) -> None:
        self.session.add(
            CopyRow(
                document_id=document_id,
                origin=document.origin,
                content_hash=document.content_hash,
                url=document.url,
                source=document.source,
                outlet=document.meta.get("site") or document.source,
                published=_iso(document.published),
                raw_format=document.raw_format,
                similarity=similarity,
            )
        )

    # --- reading --------------------------------------------------------------------

    def get(self, document_id: str) -> DocumentRow | None:
        """A document by id, or by an unambiguous id prefix."""
        rows = (
            self.session.execute(
                select(DocumentRow)
                .options(selectinload(DocumentRow.copies), selectinload(DocumentRow.mentions))
                .where(DocumentRow.id.startswith(document_id))
                .limit(2)
            )
            .scalars()
            .all()
        )
        return rows[0] if len(rows) == 1 else None

    def documents(self, where: DocumentFilter) -> Sequence[DocumentRow]:
        statement = self._filtered(
            select(DocumentRow).options(selectinload(DocumentRow.copies), selectinload(DocumentRow.mentions)), where
        )
        return self.session.execute(statement).scalars().all()

    def iter_documents(self, batch: int = 500) -> Iterator[DocumentRow]:
        statement = (
            select(DocumentRow)
            .options(selectinload(DocumentRow.copies), selectinload(DocumentRow.mentions))
            .order_by(DocumentRow.id)
        )
        yield from self.session.execute(statement.execution_options(yield_per=batch)).scalars()

    def stories_of_origins(self, origins: Sequence[str], threads: bool = False) -> dict[str, str | None]:
        """The story (or with ``threads``, the story's thread) of the document each origin was read into."""
        found: dict[str, str | None] = {}
        for start in range(0, len(origins), 500):
            statement = (
                select(CopyRow.origin, StoryRow.parent_id if threads else DocumentRow.story_id)
                .join(DocumentRow, DocumentRow.id == CopyRow.document_id)
                .outerjoin(StoryRow, StoryRow.id == DocumentRow.story_id)
                .where(CopyRow.origin.in_(origins[start : start + 500]))
            )
            found.update((origin, story) for origin, story in self.session.execute(statement))
        return found

    def documents_by_language(self) -> list[tuple[str | None, int]]:
        statement = select(DocumentRow.lang, func.count()).group_by(DocumentRow.lang).order_by(func.count().desc())
        return [(lang, count) for lang, count in self.session.execute(statement)]

    def copies_by_outlet(self) -> list[tuple[str | None, int]]:
        """Outlets count every copy they carried, so syndicated text counts once per outlet."""
        # Pages print names in capitals at times; group case-insensitively and show the
        # spelling with lower-case letters (which sorts last, so max() picks it).
        statement = (
            select(func.max(CopyRow.outlet), func.count())
            .group_by(func.lower(CopyRow.outlet))
            .order_by(func.count().desc(), func.max(CopyRow.outlet))
        )
        return [(source, count) for source, count in self.session.execute(statement)]

    def count_copies(self) -> int:
        return int(self.session.execute(select(func.count()).select_from(CopyRow)).scalar_one())

    def _filtered(self, statement: Select[DocumentRow], where: DocumentFilter) -> Select[DocumentRow]:
        if where.lang:
            statement = statement.where(DocumentRow.lang == where.lang)
        if where.source:
            statement = statement.where(
                DocumentRow.id.in_(
                    select(CopyRow.document_id).where(
                        CopyRow.source.ilike(f"%{where.source}%") | CopyRow.outlet.ilike(f"%{where.source}%")
                    )
                )
            )
        if where.since:
            statement = statement.where(DocumentRow.published_utc >= utc_naive(where.since))
        if where.until:
            statement = statement.where(DocumentRow.published_utc <= utc_naive(where.until))
        if where.query:
            statement = statement.where(DocumentRow.id.in_(self._search_ids(where.query)))
        statement = statement.order_by(DocumentRow.published_utc.desc().nulls_last(), DocumentRow.id)
        return statement.limit(where.limit) if where.limit else statement

    def _search_ids(self, query: str) -> Select[str]:
        """Full-text search: every word must match, as a prefix so inflected forms are found."""
        words = _QUERY_WORD.findall(query.lower()) or [""]
        if self.session.get_bind().dialect.name == "postgresql":
            tsquery = " & ".join(f"{word}:*" for word in words)
            return select(DocumentRow.id).where(
                text("documents.search @@ to_tsquery('simple', :tsquery)").bindparams(tsquery=tsquery)
            )
        match = " AND ".join(f'"{word}"*' for word in words)
        return (
            select(text("document_id"))
            .select_from(text("documents_fts"))
            .where(text("documents_fts MATCH :match").bindparams(match=match))
        )


def _annotations(document: Document) -> dict[str, list[Any]]:
    return {
        "paragraphs": [[p.start, p.end, p.lang] for p in document.paragraphs],
        "sentences": [[s.start, s.end] for s in document.sentences],
        "times": [[t.start, t.end, t.value, t.granularity, t.type] for t in document.times],
        "events": [asdict(event) for event in document.events],
        "quotes": [asdict(quote) for quote in document.quotes],
        "citations": [asdict(citation) for citation in document.citations],
    }


def to_document(row: DocumentRow) -> Document:
    annotations = row.annotations or {}
    return Document(
        id=row.id,
        text=row.text,
        content_hash=row.content_hash,
        raw_format=row.raw_format,
        origin=row.origin,
        title=row.title,
        url=row.url,
        source=row.source,
        published=datetime.fromisoformat(row.published) if row.published else None,
        fetched=row.fetched.replace(tzinfo=UTC) if row.fetched else None,
        lang=row.lang,
        meta=dict(row.meta or {}),
        paragraphs=[Paragraph(start, end, lang) for start, end, lang in annotations.get("paragraphs", [])],
        sentences=[Sentence(start, end) for start, end in annotations.get("sentences", [])],
        mentions=[Mention(m.start, m.end, m.type, m.lemma, m.entity_id) for m in row.mentions],
        times=[
            TimeExpression(start, end, row.text[start:end], value, granularity, kind)
            for start, end, value, granularity, kind in annotations.get("times", [])
        ],
        events=[Event.from_record(event) for event in annotations.get("events", [])],
        quotes=[Quote(**quote) for quote in annotations.get("quotes", [])],
        citations=[Citation(**citation) for citation in annotations.get("citations", [])],
        story=row.story_id,
    )
