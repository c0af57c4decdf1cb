"""Stories and their timelines: one entry per event, however many articles report it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kronika.doc import Document, Event
from kronika.store.repository import to_document
from kronika.store.stories import StoryRepository

_GRANULARITY = {10: "day", 7: "month", 4: "year"}


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str | None
    articles: int
    first: str | None
    last: str | None
    languages: dict[str, int]
    outlets: list[str]


@dataclass(slots=True)
class TimelineEntry:
    """One real-world event as every article of the story reports it."""

    date: str | None
    granularity: str
    type: str
    mode: str | None
    actors: list[str]
    targets: list[str]
    location: str | None
    modality: str
    documents: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    evidence: str = ""

    @property
    def sources(self) -> int:
        """Independent reports: outlets counted once, however many of their articles carry it."""
        return len(set(self.outlets)) or len(self.documents)


def list_stories(stories: StoryRepository, limit: int | None = None) -> list[StorySummary]:
    found = []
    for row, articles in stories.listing(limit):
        documents = stories.documents(row.id)
        found.append(
            StorySummary(
                row.id,
                row.title,
                articles,
                row.first_published.date().isoformat() if row.first_published else None,
                row.last_published.date().isoformat() if row.last_published else None,
                dict(Counter(d.lang or "?" for d in documents)),
                sorted({d.source for d in documents if d.source}),
            )
        )
    return found


def _names(document: Document, indices: list[int]) -> tuple[str, ...]:
    """Entities by id where linked, so the same actor named in two languages is one key."""
    return tuple(sorted(document.mentions[i].entity or document.mentions[i].lemma for i in indices))


def _label(document: Document, indices: list[int]) -> list[str]:
    return sorted({document.mentions[i].lemma for i in indices})


def _granularity(value: str | None) -> str:
    if not value:
        return "unknown"
    return _GRANULARITY.get(len(value.split("T")[0]), "other")


def _key(document: Document, event: Event) -> tuple[object, ...]:
    # Same type, same parties and the same stated date: one event, reported again.
    date = None if event.date_approximate else event.date
    return (event.type, _names(document, event.actors), _names(document, event.targets), date, event.negated)


def timeline(stories: StoryRepository, story_id: str) -> list[TimelineEntry]:
    """The story's events, merged across articles and ordered by when they happened, not when
    they were published; an event dated only by its article's publication keeps that date."""
    entries: dict[tuple[object, ...], TimelineEntry] = {}
    for row in stories.documents(story_id):
        document = to_document(row)
        for event in document.events:
            if event.negated or event.modality in {"hypothetical", "refused"}:
                continue  # what did not happen does not go on a timeline
            if not event.actors and not event.targets:
                continue  # without parties, two reports cannot be told to be the same event
            key = _key(document, event)
            entry = entries.get(key)
            if entry is None:
                location = document.mentions[event.location].lemma if event.location is not None else None
                entry = TimelineEntry(
                    event.date,
                    "publication" if event.date_approximate else _granularity(event.date),
                    event.type,
                    event.mode,
                    _label(document, event.actors),
                    _label(document, event.targets),
                    location,
                    event.modality,
                    evidence=document.text[event.start : event.end].strip(),
                )
                entries[key] = entry
            if document.id not in entry.documents:
                entry.documents.append(document.id)
                entry.outlets.append(document.source or document.id)
    return sorted(entries.values(), key=lambda e: (e.date or "9999", e.type))
