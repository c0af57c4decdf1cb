"""Incremental story assignment: a new article joins the most similar story, or starts one.

Nothing stored is re-clustered. Candidates come from two sublinear indexes: an inverted
index from linked entities to stories, and random-hyperplane hashing of story centroids
(the articles' multilingual embeddings, so a Russian and a Ukrainian article can meet).
A candidate's score is the cosine to its centroid plus a bonus for the entities the article
shares with it, less a penalty for distance in time.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from kronika.stories.features import DIMENSIONS, Features

_HASH_TABLES = 10
_HASH_BITS = 8
# Entities named in more stories than this say nothing about which one an article belongs to.
_COMMON_ENTITY_STORIES = 200


@dataclass(frozen=True, slots=True)
class StoryParameters:
    """Chosen on ECB+'s development topics (see ``kronika eval stories``)."""

    threshold: float = 0.91
    entity_weight: float = 0.20
    # Days after a story's last article within which time costs nothing; beyond, up to ``time_weight``.
    time_window_days: float = 30.0
    time_weight: float = 0.05
    # Cosines across languages run lower than within one; a story with no article in the new
    # article's language gets this much back (chosen on SlavicNER's training split).
    cross_language_bonus: float = 0.06


@dataclass(slots=True)
class Story:
    id: str
    total: np.ndarray  # sum of member embeddings
    size: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    first: datetime | None = None
    last: datetime | None = None
    title: str | None = None
    languages: Counter[str] = field(default_factory=Counter)

    @property
    def centroid(self) -> np.ndarray:
        norm = float(np.linalg.norm(self.total))
        return self.total / norm if norm else self.total

    def add(self, features: Features, title: str | None) -> None:
        self.total = self.total + features.embedding
        self.size += 1
        self.entities.update(features.entities)
        if features.lang:
            self.languages[features.lang] += 1
        if features.published is not None:
            self.first = min(self.first, features.published) if self.first else features.published
            self.last = max(self.last, features.published) if self.last else features.published
        self.title = self.title or title


def new_story_id() -> str:
    return f"s:{uuid.uuid4().hex[:12]}"


class StoryIndex:
    def __init__(self, parameters: StoryParameters | None = None, stories: Iterable[Story] = ()) -> None:
        self.parameters = parameters or StoryParameters()
        planes = np.random.default_rng(20261122).standard_normal((_HASH_TABLES, _HASH_BITS, DIMENSIONS))
        self.planes = planes.astype(np.float32)
        self.stories: dict[str, Story] = {}
        self.by_entity: dict[str, set[str]] = {}
        self.buckets: list[dict[int, set[str]]] = [{} for _ in range(_HASH_TABLES)]
        self.keys: dict[str, tuple[int, ...]] = {}
        for story in stories:
            self._index(story)

    def _hash(self, vector: np.ndarray) -> tuple[int, ...]:
        bits = (self.planes @ vector) > 0  # (tables, bits)
        weights = 1 << np.arange(_HASH_BITS)
        return tuple(int(key) for key in (bits * weights).sum(axis=1))

    def _index(self, story: Story) -> None:
        old = self.keys.get(story.id)
        if old is not None:
            for table, key in zip(self.buckets, old, strict=True):
                table.get(key, set()).discard(story.id)
        keys = self._hash(story.centroid)
        for table, key in zip(self.buckets, keys, strict=True):
            table.setdefault(key, set()).add(story.id)
        self.keys[story.id] = keys
        self.stories[story.id] = story
        for entity in story.entities:
            self.by_entity.setdefault(entity, set()).add(story.id)

    def candidates(self, features: Features) -> set[str]:
        found: set[str] = set()
        for table, key in zip(self.buckets, self._hash(features.embedding), strict=True):
            found |= table.get(key, set())
        for entity in features.entities:
            stories = self.by_entity.get(entity, set())
            if len(stories) <= _COMMON_ENTITY_STORIES:
                found |= stories
        return found

    def score(self, features: Features, story: Story) -> float:
        return self._adjusted(features, story, float(story.centroid @ features.embedding))

    def _adjusted(self, features: Features, story: Story, cosine: float) -> float:
        """The cosine to a story's centroid with the entity, language and time terms."""
        p = self.parameters
        similarity = cosine
        if features.entities:
            shared = sum(1 for entity in features.entities if entity in story.entities)
            similarity += p.entity_weight * shared / len(features.entities)
        if features.lang and story.languages and features.lang not in story.languages:
            similarity += p.cross_language_bonus
        gap = _days_outside(features.published, story)
        if gap > p.time_window_days:
            similarity -= p.time_weight * min(1.0, (gap - p.time_window_days) / p.time_window_days)
        return similarity

    def best(self, features: Features) -> tuple[Story | None, float]:
        ids = list(self.candidates(features))
        if not ids:
            return None, 0.0
        # The candidates' cosines as one matrix product; the other terms are per story.
        totals = np.stack([self.stories[i].total for i in ids])
        norms = np.linalg.norm(totals, axis=1)
        cosines = (totals @ features.embedding) / np.where(norms > 0, norms, 1.0)
        score, story_id = max(
            (self._adjusted(features, self.stories[i], float(c)), i) for i, c in zip(ids, cosines, strict=True)
        )
        return self.stories[story_id], score

    def assign(self, features: Features, title: str | None = None) -> Story:
        """The story the article joins (updated), or the one it starts."""
        story, score = self.best(features)
        if story is None or score < self.parameters.threshold:
            story = Story(new_story_id(), np.zeros(DIMENSIONS, dtype=np.float32))
        story.add(features, title)
        self._index(story)
        return story


def _days_outside(moment: datetime | None, story: Story) -> float:
    """Days between ``moment`` and the story's time span; 0 inside it or when a date is unknown."""
    if moment is None or story.first is None or story.last is None:
        return 0.0
    if story.first <= moment <= story.last:
        return 0.0
    nearest = story.first if moment < story.first else story.last
    return abs((moment - nearest).total_seconds()) / 86400
