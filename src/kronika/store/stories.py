"""Stories as stored: loaded whole into the in-memory index, saved one at a time as articles join."""

from __future__ import annotations

from collections import Counter

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kronika.doc import utc_naive
from kronika.store.tables import DocumentRow, StoryRow
from kronika.stories.index import Story


class StoryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def load(self) -> list[Story]:
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
            )
            for row in self.session.scalars(select(StoryRow))
        ]

    def save(self, story: Story) -> None:
        row = self.session.get(StoryRow, story.id) or StoryRow(id=story.id)
        row.title = story.title
        row.size = story.size
        row.first_published = utc_naive(story.first)
        row.last_published = utc_naive(story.last)
        row.total = story.total.astype(np.float32).tobytes()
        row.entities = dict(story.entities)
        row.languages = dict(story.languages)
        self.session.add(row)

    def listing(self, limit: int | None = None) -> list[tuple[StoryRow, int]]:
        """Stories with their stored article count, largest and latest first."""
        count = func.count(DocumentRow.id).label("articles")
        statement = (
            select(StoryRow, count)
            .join(DocumentRow, DocumentRow.story_id == StoryRow.id)
            .group_by(StoryRow.id)
            .order_by(count.desc(), StoryRow.last_published.desc(), StoryRow.id)
        )
        if limit:
            statement = statement.limit(limit)
        return [(row, articles) for row, articles in self.session.execute(statement)]

    def documents(self, story_id: str) -> list[DocumentRow]:
        statement = (
            select(DocumentRow)
            .where(DocumentRow.story_id == story_id)
            .order_by(DocumentRow.published_utc, DocumentRow.id)
        )
        return list(self.session.scalars(statement))
