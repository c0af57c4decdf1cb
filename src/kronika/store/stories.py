"""Stories and threads as stored: loaded whole into the in-memory indexes, saved one at a time as
articles join."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from kronika.doc import utc_naive
from kronika.store.repository import to_document
from kronika.store.tables import DocumentRow, StoryCorrectionRow, StoryRow
from kronika.stories.features import DIMENSIONS, Features, centred, entities_of
from kronika.stories.index import Story, new_story_id

STORY, THREAD = "story", "thread"


class StoryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def load(self, level: str = STORY) -> list[Story]:
        return [
            Story(
                row.id,
                np.frombuffer(row.total, dtype=np.float32).copy(),
                row.size,
                Counter(row.entities or {}),
                row.first_published,
                row.last_published,
                row.title,
                Counter(row.languages or {}),
                row.parent_id,
            )
            for row in self.session.scalars(select(StoryRow).where(StoryRow.level == level))
        ]

    def save(self, story: Story, level: str = STORY) -> None:
        row = self.session.get(StoryRow, story.id) or StoryRow(id=story.id, level=level)
        row.parent_id = story.parent
        row.title = story.title
        row.size = story.size
        row.first_published = utc_naive(story.first)
        row.last_published = utc_naive(story.last)
        row.total = story.total.astype(np.float32).tobytes()
        row.entities = dict(story.entities)
        row.languages = dict(story.languages)
        self.session.add(row)

    def absorb_threads(self, keep: str, absorbed: list[str]) -> None:
        """Threads that assignment found to be one topic: their stories move to ``keep``."""
        if not absorbed:
            return
        self.session.execute(update(StoryRow).where(StoryRow.parent_id.in_(absorbed)).values(parent_id=keep))
        self.session.execute(delete(StoryRow).where(StoryRow.id.in_(absorbed)))

    def listing(self, limit: int | None = None) -> list[tuple[StoryRow, int]]:
        """Stories with their stored article count, largest and latest first."""
        count = func.count(DocumentRow.id).label("articles")
        statement = (
            select(StoryRow, count)
            .join(DocumentRow, DocumentRow.story_id == StoryRow.id)
            .where(StoryRow.level == STORY)
            .group_by(StoryRow.id)
            .order_by(count.desc(), StoryRow.last_published.desc(), StoryRow.id)
        )
        if limit:
            statement = statement.limit(limit)
        return [(row, articles) for row, articles in self.session.execute(statement)]

    def languages_and_outlets(self, story_ids: list[str]) -> dict[str, list[tuple[str | None, str | None]]]:
        """(language, outlet) of every article of these stories."""
        found: dict[str, list[tuple[str | None, str | None]]] = {}
        statement = select(DocumentRow.story_id, DocumentRow.lang, DocumentRow.source).where(
            DocumentRow.story_id.in_(story_ids)
        )
        for story_id, lang, source in self.session.execute(statement):
            found.setdefault(story_id or "", []).append((lang, source))
        return found

    def documents(self, story_id: str) -> list[DocumentRow]:
        statement = (
            select(DocumentRow)
            .where(DocumentRow.story_id == story_id)
            .order_by(DocumentRow.published_utc, DocumentRow.id)
        )
        return list(self.session.scalars(statement))

    def thread_documents(self, thread_id: str) -> list[DocumentRow]:
        stories = select(StoryRow.id).where(StoryRow.parent_id == thread_id)
        return list(self.session.scalars(select(DocumentRow).where(DocumentRow.story_id.in_(stories))))

    def rebuild(self, story_id: str, documents: list[DocumentRow], level: str = STORY) -> Story:
        """A story's or thread's state recomputed from its documents, as assignment would have built it."""
        stored = self.session.get(StoryRow, story_id)
        story = Story(story_id, np.zeros(DIMENSIONS, dtype=np.float32), parent=stored.parent_id if stored else None)
        for row in sorted(documents, key=lambda r: (r.published_utc or datetime.max, r.id)):
            if row.embedding is None:
                continue
            vector = np.frombuffer(row.embedding, dtype=np.float32)
            if level == THREAD:
                vector = centred(vector, row.lang)
            story.add(Features(vector, entities_of(to_document(row)), row.published_utc, row.lang), row.title)
        return story

    def merge(self, keep: str, absorb: str) -> int:
        """The analyst says two stories are one: ``absorb``'s articles move to ``keep`` and its thread."""
        kept, absorbed = self.session.get(StoryRow, keep), self.session.get(StoryRow, absorb)
        if (
            kept is None
            or absorbed is None
            or keep == absorb
            or STORY not in (kept.level, absorbed.level)
            or kept.level != absorbed.level
        ):
            raise KeyError(f"no two distinct stories {keep!r} and {absorb!r}")
        moved = self.documents(absorb)
        for row in moved:
            row.story_id = keep
        self.save(self.rebuild(keep, self.documents(keep) + moved))
        self.session.delete(absorbed)
        self.session.flush()
        for thread in {kept.parent_id, absorbed.parent_id} - {None}:
            self._rebuild_thread(thread)
        self._record("merge", absorb, keep, [row.id for row in moved])
        return len(moved)

    def _rebuild_thread(self, thread_id: str | None) -> None:
        """A thread after its stories changed; gone when no story is left in it."""
        if thread_id is None:
            return
        documents = self.thread_documents(thread_id)
        if documents:
            self.save(self.rebuild(thread_id, documents, THREAD), THREAD)
        elif (row := self.session.get(StoryRow, thread_id)) is not None:
            self.session.delete(row)

    def split(self, story_id: str, document_ids: list[str]) -> tuple[str, int]:
        """The analyst says these articles are a story of their own."""
        members = self.documents(story_id)
        leaving = [row for row in members if any(row.id.startswith(prefix) for prefix in document_ids)]
        if not leaving or len(leaving) == len(members):
            raise KeyError(f"{', '.join(document_ids)}: not some of the articles of story {story_id!r}")
        target = new_story_id()
        for row in leaving:
            row.story_id = target
        staying = [row for row in members if row not in leaving]
        remaining = self.rebuild(story_id, staying)
        self.save(remaining)
        # The new story stays in the thread: the thread's articles are the same.
        part = self.rebuild(target, leaving)
        part.parent = remaining.parent
        self.save(part)
        self._record("split", story_id, target, [row.id for row in leaving])
        return target, len(leaving)

    def _record(self, kind: str, source: str, target: str, documents: list[str]) -> None:
        made = datetime.now(UTC).replace(tzinfo=None)
        self.session.add(StoryCorrectionRow(kind=kind, source=source, target=target, documents=documents, made=made))
