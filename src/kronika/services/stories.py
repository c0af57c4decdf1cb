"""Stories and their timelines: one entry per event, however many articles report it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from kronika.doc import Document, Event, Mention, Span
from kronika.services.entities import resolve_entity
from kronika.store.entities import EntityRepository
from kronika.store.repository import to_document
from kronika.store.stories import StoryRepository
from kronika.store.tables import DocumentRow


@dataclass(frozen=True, slots=True)
class StorySummary:
    id: str
    title: str | None
    articles: int
    first: str | None
    last: str | None
    languages: dict[str, int]
    outlets: list[str]
    thread: str | None = None


@dataclass(slots=True)
class TimelineEntry:
    """One real-world event as every article that reports it tells it."""

    date: str | None
    granularity: str
    type: str
    mode: str | None
    actors: list[str]
    targets: list[str]
    location: str | None
    modality: str
    documents: list[str] = field(default_factory=list)
    # Every outlet that carried a reporting article, syndicated copies included.
    outlets: list[str] = field(default_factory=list)
    # Whose word each report rests on: the agency it cites at the end of the chain, else its outlet.
    origins: list[str] = field(default_factory=list)
    # Details the reports disagree on ("date: 2023-09-12 (Interfax) / 2023-09-13 (ТАСС)", "figures: 12 (A) / 15 (B)").
    conflicts: list[str] = field(default_factory=list)
    evidence: str = ""
    # The year was not stated; it is the nearest before the articles' publication.
    date_inferred: bool = False
    # Whether the entity a timeline was asked for takes part; None on a story's timeline.
    involves: bool | None = None
    # Reports by date as they stated it, and by the figures their evidence gives, for conflicts.
    stated: dict[str, list[str]] = field(default_factory=dict)
    figures: dict[str, list[str]] = field(default_factory=dict)

    @property
    def description(self) -> str:
        """One line: date, type/mode, who → whom."""
        parties = ", ".join(self.actors) + (" → " + ", ".join(self.targets) if self.targets else "")
        return f"{self.date or '?'} {self.type}{'/' + self.mode if self.mode else ''} {parties}".strip()

    @property
    def sources(self) -> int:
        """Independent sources: an outlet's articles, syndicated copies and claims relayed from one
        agency each count once."""
        return len(set(self.origins)) or len(self.documents)

    def record(self) -> dict[str, object]:
        found = {name: value for name, value in asdict(self).items() if name not in {"stated", "figures"}}
        return {**found, "sources": self.sources}


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
                row.parent_id,
            )
        )
    return found


def _names(document: Document, indices: list[int], phrases: list[Span]) -> tuple[str, ...]:
    """Entities by id where linked, so the same actor named in two languages is one key; a party that
    names no entity ("профспілки") by its words, which match within one language only."""
    named = (document.mentions[i].entity or document.mentions[i].lemma for i in indices)
    return tuple(sorted([*named, *(phrase.text_of(document.text).casefold() for phrase in phrases)]))


def _label(document: Document, indices: list[int], phrases: list[Span]) -> list[str]:
    return sorted({document.mentions[i].lemma for i in indices} | {p.text_of(document.text) for p in phrases})


def _granularity(document: Document, event: Event) -> str:
    """As the time expression that dated the event gave it ("month" for "у липні")."""
    if event.date_carried:
        return "on or after"  # the day an earlier sentence told, which the event follows
    if event.date_approximate:
        return "publication"
    stated = (t for t in document.times if event.start <= t.start < event.end and t.value == event.date)
    return next((t.granularity for t in stated), "unknown")


def outlet_of(document: Document) -> str:
    """The outlet a reader knows the article by: its source, else its title."""
    return document.source or (document.title or document.id)[:60]


def entity_timeline(
    entities: EntityRepository, query: str, as_party: bool = False
) -> tuple[str | None, list[TimelineEntry]]:
    """The events reported by every article that names the entity ``query`` (by id or a name in any
    script), with the entity's canonical name; each entry says whether the entity takes part. With
    ``as_party``, only the events it takes part in."""
    row = resolve_entity(entities, query)
    if row is None:
        return None, []
    documents = {document.id: document for _, document in entities.mentions(row.id)}
    entries = timeline(list(documents.values()), entities, party=row.id)
    return row.canonical, [entry for entry in entries if entry.involves] if as_party else entries


# Two reports of one type and one set of parties whose day-level dates lie this close are one event
# told with different dates, a conflict to show; farther apart, they are two events.
CONFLICT_DAYS = 3
REPORTING_LAG_DAYS = 7
UNDATED_SLACK_DAYS = 30


def timeline(rows: list[DocumentRow], entities: EntityRepository, party: str | None = None) -> list[TimelineEntry]:
    """The events these stored articles report (see ``merge_events``), each article with every outlet
    that carried a copy of it, the parties' countries from the entity registry."""
    articles = []
    for row in rows:
        outlets = sorted({name for copy in row.copies if (name := copy.outlet or copy.source)})
        articles.append((to_document(row), outlets))
    named = {m.entity for document, _ in articles for m in document.mentions if m.entity is not None}
    return merge_events(articles, party, entities.countries(named))


def merge_events(
    articles: list[tuple[Document, list[str]]], party: str | None = None, countries: Mapping[str, str] | None = None
) -> list[TimelineEntry]:
    """The events the articles report, merged across articles and languages, ordered by when they
    happened, not when they were published. With ``party`` (an entity id), each entry says whether
    that entity takes part (``involves``).

    Reports merge when their type, modality and parties (linked entities, so across languages) agree
    and their dates are compatible: equal, one inside the other ("2023-09" holds "2023-09-12"), or
    day-level within ``CONFLICT_DAYS``, which is flagged. The entry keeps the most precise date; an
    event only its article's publication dates shows that date. A year the article did not state is
    inferred from when the articles were published (see ``_anchored``). Who meets whom is one set of
    parties, whichever of them the sentence made the subject.

    A report whose parties are all countries ("Лидеры РФ и КНДР провели переговоры") also joins an event
    whose parties act for those countries (``countries``: entity id -> country, as event data codes
    actors: Putin is RU) where nothing names its parties as it does."""
    countries = countries or {}
    published = [document.published.date() for document, _ in articles if document.published]
    span = (min(published), max(published)) if published else None
    reports: list[tuple[_Report, Document, Event]] = []
    for document, outlets in articles:
        for event in document.events:
            parties = (event.actors, event.targets, event.actor_phrases, event.target_phrases)
            if event.negated or not any(parties):
                continue  # what did not happen, or events with no party to tell two reports apart by
            date, inferred = _anchored(event.date, span)
            actors, targets = _sides(event)
            dyad = _dyad(document, event, countries)
            report = _Report(
                (
                    event.type,
                    event.modality,
                    _names(document, *actors),
                    _names(document, *targets),
                ),
                None if event.date_approximate else date,
                event.date if event.date_approximate and not event.date_carried else None,
                date if event.date_carried else None,
                inferred,
                outlets or [outlet_of(document)],
                _origin(document, event),
                _numbers(document, event),
                dyad,
                dyad is not None and all(document.mentions[i].type == "LOC" for i in (*event.actors, *event.targets)),
            )
            reports.append((report, document, event))
    entries: dict[tuple[object, ...], list[TimelineEntry]] = {}
    by_dyad: dict[tuple[object, ...] | None, list[TimelineEntry]] = {}

    def order(item: tuple[_Report, Document, Event]) -> tuple[bool, int, str]:
        # The most precise dates first, so that vaguer reports join an entry that has its day; reports
        # that name only countries last, so that the event their leaders' reports make is there to join.
        report = item[0]
        return report.countries_only, -len(report.date or ""), report.date or ""

    for report, document, event in sorted(reports, key=order):
        group = entries.setdefault(report.key, [])
        entry = _nearest(group, report)
        if entry is None and report.countries_only:
            entry = _nearest(by_dyad.get(report.dyad, []), report)
        if entry is None:
            entry = _entry(document, event, report)
            entry.involves = None if party is None else party in _entities(document, event)
            group.append(entry)
            if report.dyad is not None:
                by_dyad.setdefault(report.dyad, []).append(entry)
        _add(entry, document.id, report)
    found = [entry for group in entries.values() for entry in group]
    return sorted(found, key=lambda e: (e.date or "9999", e.type))


@dataclass(slots=True)
class _Report:
    key: tuple[object, ...]
    date: str | None  # None when no expression of its sentence dates it
    published: str | None
    after: str | None  # the day an earlier sentence of its paragraph told, which it follows
    inferred: bool
    outlets: list[str]
    origin: str
    numbers: str  # the figures the evidence states, outside its dates ("12; 300")
    dyad: tuple[object, ...] | None  # type, mode, modality and the parties' countries, where all have one
    countries_only: bool  # has a dyad, and every named party is a place: a country standing for its leaders


# Modes whose parties do the same thing to each other: who met whom is one set, whoever is the subject.
_MUTUAL_MODES = frozenset({"meet", "phone"})


def _sides(event: Event) -> tuple[tuple[list[int], list[Span]], tuple[list[int], list[Span]]]:
    """The actors and the targets, each as mentions and phrases; for a mutual mode all are actors."""
    if event.mode in _MUTUAL_MODES:
        return (
            [*event.actors, *event.targets],
            [*event.actor_phrases, *event.target_phrases],
        ), ([], [])
    return (event.actors, event.actor_phrases), (event.targets, event.target_phrases)


def _dyad(document: Document, event: Event, countries: Mapping[str, str]) -> tuple[object, ...] | None:
    """The report's event as event data codes it, by the countries of its parties: None where a party
    has no known country or is named only by a phrase."""
    (actors, actor_phrases), (targets, target_phrases) = _sides(event)
    if actor_phrases or target_phrases:
        return None
    sides = [[countries.get(document.mentions[i].entity or "") for i in side] for side in (actors, targets)]
    if any(country is None for side in sides for country in side):
        return None
    return event.type, event.mode, event.modality, *(frozenset(side) for side in sides)


def _entities(document: Document, event: Event) -> set[str | None]:
    return {document.mentions[i].entity for i in (*event.actors, *event.targets)}


def _anchored(value: str | None, span: tuple[date, date] | None) -> tuple[str | None, bool]:
    """ "XXXX-07" read next to articles published in September 2023: "2023-07", inferred. The year is
    the latest that puts the date no more than ``UNDATED_SLACK_DAYS`` after the last publication: the
    article that left the year out reports the past, but may have been published a little after the
    others ("16 вересня" next to an article of 15 September 2023 is 2023's). A range's ends are read alike."""
    if value is not None and "/" in value:
        ends = [_anchored(end, span) for end in value.split("/", 1)]
        return "/".join(end or "" for end, _ in ends), any(inferred for _, inferred in ends)
    if value is None or not value.startswith("XXXX-") or span is None:
        return value, False
    rest = value[5:]
    month, _, day = rest[:5].partition("-")
    if not month.isdigit() or not 1 <= int(month) <= 12:
        return value, False
    latest = span[1] + timedelta(days=UNDATED_SLACK_DAYS)
    stated = (int(month), int(day) if day.isdigit() else 1)
    year = latest.year if stated <= (latest.month, latest.day) else latest.year - 1
    return f"{year}-{rest}", True


def _origin(document: Document, event: Event) -> str:
    """The source at the end of the event's attribution chain, else the article's outlet."""
    if event.attribution:
        citation = document.citations[event.attribution[-1]]
        if citation.source is not None:
            mention = document.mentions[citation.source]
            return mention.entity or mention.lemma
        return citation.source_text.casefold()
    return outlet_of(document)


def _nearest(entries: list[TimelineEntry], report: _Report) -> TimelineEntry | None:
    """Of the entries the report's date fits, the one dated nearest to it; an undated one last."""
    told = report.date or report.after or report.published
    fitting = [e for e in entries if _compatible(e.date, report)]
    return min(
        fitting,
        key=lambda e: (e.date is None, abs(_days_after(e.date, told)) if e.date and told else 0.0),
        default=None,
    )


def _compatible(held: str | None, report: _Report) -> bool:
    """Whether a report can be the entry's event by its date. A report dated only by its publication
    fits an event of up to ``REPORTING_LAG_DAYS`` before it: news follows what it reports. One dated by
    the day its narrative told just before fits an event of up to as many days after that day."""
    told = report.date
    if told is None and report.after is not None:
        if held is None:
            return True
        if len(held) < 10:
            return report.after.startswith(held)
        return 0 <= _days_after(report.after, held) <= REPORTING_LAG_DAYS
    if told is None:
        told = report.published
        if held is None or told is None:
            return True
        return told.startswith(held) if len(held) < 10 else 0 <= _days_after(held, told) <= REPORTING_LAG_DAYS
    if held is None:
        return False
    if held.startswith(told) or told.startswith(held):
        return True
    return abs(_days_after(held, told)) <= CONFLICT_DAYS


def _days_after(earlier: str, later: str) -> float:
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return float("inf")


def _entry(document: Document, event: Event, report: _Report) -> TimelineEntry:
    location = document.mentions[event.location].lemma if event.location is not None else None
    return TimelineEntry(
        report.date or report.after or event.date,
        _granularity(document, event),
        event.type,
        event.mode,
        _label(document, event.actors, event.actor_phrases),
        _label(document, event.targets, event.target_phrases),
        location,
        event.modality,
        evidence=document.text[event.start : event.end].strip(),
        date_inferred=report.inferred,
    )


def _add(entry: TimelineEntry, document_id: str, report: _Report) -> None:
    if document_id not in entry.documents:
        entry.documents.append(document_id)
        entry.outlets.extend(outlet for outlet in report.outlets if outlet not in entry.outlets)
        entry.origins.append(report.origin)
    if report.date is not None:
        entry.stated.setdefault(report.date, []).extend(report.outlets)
    if report.numbers:
        entry.figures.setdefault(report.numbers, []).extend(report.outlets)
    days = sorted(value for value in entry.stated if len(value) >= 10)
    entry.conflicts = [
        f"{detail}: " + " / ".join(f"{value} ({', '.join(sorted(set(told[value])))})" for value in values)
        for detail, values, told in (("date", days, entry.stated), ("figures", sorted(entry.figures), entry.figures))
        if len(values) > 1
    ]


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(document: Document, event: Event) -> str:
    """The figures of the event's sentence ("killed 12", "$300 million"), without those inside its dates
    and names ("Airbus A380"), so that two reports giving different figures for one event can be flagged."""
    spans = [s for s in (*document.times, *document.mentions) if event.start <= s.start < event.end]
    found = [
        match.group()
        for match in _FIGURE.finditer(document.text, event.start, event.end)
        if not any(span.start <= match.start() < span.end for span in spans)
    ]
    return "; ".join(found)


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
    events = timeline(stories.documents(story_id), EntityRepository(stories.session))
    return Comparison(story_id, list(views.values()), events)


class _Names:
    """One name per linked entity across the story's languages (its first base form), so that
    "Кім Чен Ин" in one outlet and "Ким Чен Ын" in another are the same speaker."""

    def __init__(self) -> None:
        self.by_entity: dict[str, str] = {}

    def name(self, mention: Mention) -> str:
        if mention.entity is None:
            return mention.lemma
        return self.by_entity.setdefault(mention.entity, mention.lemma)
