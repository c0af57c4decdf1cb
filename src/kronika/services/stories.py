"""Stories and their timelines: one entry per event, however many articles report it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kronika.doc import Document, Event, Mention
from kronika.store.repository import to_document
from kronika.store.stories import StoryRepository


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
    def description(self) -> str:
        """One line: date, type/mode, who → whom."""
        parties = ", ".join(self.actors) + (" → " + ", ".join(self.targets) if self.targets else "")
        return f"{self.date or '?'} {self.type}{'/' + self.mode if self.mode else ''} {parties}".strip()

    @property
    def sources(self) -> int:
        """Independent reports: outlets counted once, however many of their articles carry it."""
        return len(set(self.outlets)) or len(self.documents)


def list_stories(stories: StoryRepository, limit: int | None = None) -> list[StorySummary]:
    found = []
    listed = stories.listing(limit)
    # Languages and outlets in one query, not every story's articles loaded whole.
    members = stories.languages_and_outlets([row.id for row, _ in listed])
    for row, articles in listed:
        documents = members.get(row.id, [])
        found.append(
            StorySummary(
                row.id,
                row.title,
                articles,
                row.first_published.date().isoformat() if row.first_published else None,
                row.last_published.date().isoformat() if row.last_published else None,
                dict(Counter(lang or "?" for lang, _ in documents)),
                sorted({source for _, source in documents if source}),
            )
        )
    return found


def _names(document: Document, indices: list[int]) -> tuple[str, ...]:
    """Entities by id where linked, so the same actor named in two languages is one key."""
    return tuple(sorted(document.mentions[i].entity or document.mentions[i].lemma for i in indices))


def _label(document: Document, indices: list[int]) -> list[str]:
    return sorted({document.mentions[i].lemma for i in indices})


def _granularity(document: Document, event: Event) -> str:
    """As the time expression that dated the event gave it ("month" for "у липні")."""
    if event.date_approximate:
        return "publication"
    stated = (t for t in document.times if event.start <= t.start < event.end and t.value == event.date)
    return next((t.granularity for t in stated), "unknown")


def _key(document: Document, event: Event) -> tuple[object, ...]:
    # Same type, same parties and the same stated date: one event, reported again.
    date = None if event.date_approximate else event.date
    return (event.type, _names(document, event.actors), _names(document, event.targets), date, event.negated)


def outlet_of(document: Document) -> str:
    """The outlet a reader knows the article by: its source, else its title."""
    return document.source or (document.title or document.id)[:60]


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
                    _granularity(document, event),
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
                entry.outlets.append(outlet_of(document))
    return sorted(entries.values(), key=lambda e: (e.date or "9999", e.type))


@dataclass(slots=True)
class OutletView:
    """What one outlet's articles in a story carry."""

    outlet: str
    documents: list[str] = field(default_factory=list)
    speakers: Counter[str] = field(default_factory=Counter)
    cited: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)  # mentions per entity: salience
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (speaker, what was said)

    def record(self) -> dict[str, object]:
        # Not dataclasses.asdict: it rebuilds a Counter from its (key, count) pairs as keys.
        return {
            "outlet": self.outlet,
            "documents": self.documents,
            "speakers": dict(self.speakers.most_common()),
            "cited": dict(self.cited.most_common()),
            "entities": dict(self.entities.most_common()),
            "quotes": [{"speaker": speaker, "text": said} for speaker, said in self.quotes],
        }


@dataclass(slots=True)
class Comparison:
    story: str
    outlets: list[OutletView]
    events: list[TimelineEntry]

    def only(self, outlet: str) -> dict[str, list[str]]:
        """What this outlet carries and no other outlet of the story does."""
        mine = next(view for view in self.outlets if view.outlet == outlet)
        others = [view for view in self.outlets if view.outlet != outlet]
        theirs = {
            kind: set().union(*(getattr(view, kind) for view in others)) for kind in ("speakers", "cited", "entities")
        }
        return {
            "events": [e.description for e in self.events if set(e.outlets) == {outlet}],
            "speakers": sorted(set(mine.speakers) - theirs["speakers"]),
            "cited": sorted(set(mine.cited) - theirs["cited"]),
            "entities": [name for name, _ in mine.entities.most_common() if name not in theirs["entities"]],
            "quotes": [f"{speaker}: {said}" for speaker, said in mine.quotes if speaker not in theirs["speakers"]],
        }


def compare(stories: StoryRepository, story_id: str) -> Comparison:
    """Who reports what in one story: events, speakers, cited sources and salient entities per outlet."""
    views: dict[str, OutletView] = {}
    names = _Names()
    for row in stories.documents(story_id):
        document = to_document(row)
        view = views.setdefault(outlet_of(document), OutletView(outlet_of(document)))
        view.documents.append(document.id)
        for mention in document.mentions:
            view.entities[names.name(mention)] += 1
        for quote in document.quotes:
            if quote.speaker is not None:
                speaker = names.name(document.mentions[quote.speaker])
                view.speakers[speaker] += 1
                view.quotes.append((speaker, document.text[quote.start : quote.end]))
        for citation in document.citations:
            cited = citation.source_text if citation.source is None else names.name(document.mentions[citation.source])
            view.cited[cited] += 1
    return Comparison(story_id, list(views.values()), timeline(stories, story_id))


class _Names:
    """One name per linked entity across the story's languages (its first base form), so that
    "Кім Чен Ин" in one outlet and "Ким Чен Ын" in another are the same speaker."""

    def __init__(self) -> None:
        self.by_entity: dict[str, str] = {}

    def name(self, mention: Mention) -> str:
        if mention.entity is None:
            return mention.lemma
        return self.by_entity.setdefault(mention.entity, mention.lemma)
