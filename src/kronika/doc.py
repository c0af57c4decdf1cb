"""The typed data model that flows through every stage.

Every annotation is a span of character offsets into ``Document.text`` so that
anything a stage finds can be shown, highlighted and checked in its context.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def utc_naive(moment: datetime | None) -> datetime | None:
    """The same instant as naive UTC, so that dates with and without an offset compare."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


@dataclass(slots=True)
class Span:
    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(slots=True)
class Paragraph(Span):
    lang: str | None


@dataclass(slots=True)
class Token(Span):
    pass


@dataclass(slots=True)
class Sentence(Span):
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Mention(Span):
    """A named-entity mention; ``lemma`` is its base (nominative) form."""

    type: str
    lemma: str
    entity: str | None = None


@dataclass(slots=True)
class TimeExpression(Span):
    """A date, time or period; ``value`` is ISO 8601 as TimeML writes it (2023-09-12, 2023-07,
    2023-W37, 199 (a decade), 2023-09-12TMO, P3D), or a range's start and end as an ISO 8601 interval
    (2023-09-12/2023-09-13); ``type`` is the TimeML type (DATE, TIME, DURATION)."""

    text: str
    value: str
    granularity: str
    type: str = "DATE"


@dataclass(slots=True)
class Event(Span):
    """A PLOVER event reported by one sentence (start, end: the evidence sentence).

    Actors, targets and location are indices into ``Document.mentions``, so they follow the
    mentions' entity links; ``date`` is a time value, ``date_approximate`` when no expression of the
    sentence dates it: then it is the day an earlier sentence of the paragraph states (``date_carried``:
    the event is on or soon after it, as a narrative goes on), else the publication date. A party that
    no mention covers ("профсоюзы", "the government", "they") is a span of its noun phrase as written,
    in ``actor_phrases`` or ``target_phrases``."""

    type: str
    mode: str | None
    trigger_start: int
    trigger_end: int
    actors: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    location: int | None = None
    date: str | None = None
    date_approximate: bool = False
    negated: bool = False
    modality: str = "asserted"
    confidence: float = 0.0
    # Indices into ``Document.citations``, outermost first: the path the claim came through.
    attribution: list[int] = field(default_factory=list)
    actor_phrases: list[Span] = field(default_factory=list)
    target_phrases: list[Span] = field(default_factory=list)
    date_carried: bool = False

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Event:
        """An event from its stored form (``dataclasses.asdict``), also one stored before the phrase fields."""
        phrases = {
            name: [Span(span["start"], span["end"]) for span in record.get(name, [])]
            for name in ("actor_phrases", "target_phrases")
        }
        return cls(**{**record, **phrases})


@dataclass(slots=True)
class Citation(Span):
    """A source attribution that is not a quote ("повідомляє Yonhap", "according to Reuters").

    ``start``/``end`` cover the attribution phrase; ``source`` is an index into
    ``Document.mentions`` (None when the source is not a named entity: "чиновники США"),
    ``source_text`` the source as written. ``via`` is the index of the citation that relayed
    this one (Yonhap citing KCNA: KCNA's ``via`` is Yonhap's index)."""

    cue_start: int
    cue_end: int
    source: int | None
    source_text: str
    via: int | None = None


@dataclass(slots=True)
class Quote(Span):
    """What a speaker said (``start``/``end``: the content), and on whose word.

    ``kind`` is direct, indirect or partial. ``speaker`` is an index into
    ``Document.mentions``: a named mention of who said it, found through pronouns and
    descriptions ("сказал он", "собеседник агентства"); ``source_start``/``source_end`` cover the
    attribution as written in the quote's sentence. ``outlet`` is the mention of the medium the
    speaker told it to ("сказал он «Интерфаксу»"), ``attribution`` the citation path."""

    kind: str
    cue_start: int
    cue_end: int
    speaker: int | None = None
    source_start: int | None = None
    source_end: int | None = None
    role: str | None = None
    outlet: int | None = None
    attribution: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """One news article as read from any source.

    ``origin`` names where it was read (a path with its line or record, or a URL).
    ``id`` and ``content_hash`` are set by the clean stage from the normalised
    text, so the same article read twice, or syndicated verbatim, gets one id.
    """

    text: str
    raw_format: str
    origin: str
    id: str = ""
    content_hash: str = ""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: datetime | None = None
    fetched: datetime | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    story: str | None = None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph holding ``offset``."""
        return next((p for p in self.paragraphs if p.start <= offset < p.end), None)

    def language_at(self, offset: int) -> str | None:
        """The language of the paragraph holding ``offset``: a Russian quote in a Ukrainian text is Russian."""
        paragraph = self.paragraph_at(offset)
        return (paragraph.lang if paragraph else None) or self.lang
