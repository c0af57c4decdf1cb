"""Events scored against kronika's own annotated sentences (eval/events/*.jsonl, docs/events-annotation.md),
and event detection against NEREL's EVENT triggers.

The annotations hold offsets only; the sentences are read from ../shared/data. Each
sentence is run through the product's pipeline on its own. A system event matches a
gold one of the same type whose trigger it overlaps (each gold event matches once).
Fields:

- ``type``: matched events over all system and all gold events;
- ``actor``, ``target``, ``date``: on matched pairs only, the spans by overlap;
- ``type+actor+target``: a matched pair counts only when its actors agree and its targets
  agree, where two lists of spans agree when both are empty or when some system span
  overlaps some gold span. Precision is over all system events, recall over all gold
  events, so an event with a wrong type, a missed actor or a spurious target counts as an
  error on both sides. A party the gold names as a common noun or pronoun ("профсоюзы",
  "the government") matches ``Event.actor_phrases``/``target_phrases``, the found mentions'
  spans and the found phrases being matched alike.

NEREL (Russian, BRAT) marks EVENT triggers of any kind — births, deaths, elections as
much as meetings — with PARTICIPANT_IN, POINT_IN_TIME and TAKES_PLACE_IN relations. Its
events carry no PLOVER type, so that check scores detection only (a system event of any
type whose trigger overlaps a NEREL trigger), and on matched pairs the participants
(actors and targets together), the time and the place; recall is bounded by the events
PLOVER leaves out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kronika.doc import Document, Event
from kronika.evaluation import Tally
from kronika.evaluation.gold import read_meantime

Span = tuple[int, int]
G = TypeVar("G")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    trigger: Span
    actors: list[Span]
    targets: list[Span]
    date: Span | None


@dataclass(slots=True)
class GoldSentence:
    id: str
    lang: str
    text: str
    events: list[GoldEvent]


def read_source_text(shared: Path, source: str) -> str:
    """The text an annotation's offsets index: a file as read, or the text kronika rebuilds from MEANTIME XML."""
    path = shared / source
    if path.suffix == ".xml":
        # The text kronika's MEANTIME reader rebuilds, which the annotation offsets index.
        return next(read_meantime(path)).text
    return path.read_text(encoding="utf-8")


def _span(pair: list[int]) -> Span:
    return (int(pair[0]), int(pair[1]))


# The gold was annotated in rounds, each before the coder was run on it: files by their name's beginning. Rules
# were tuned on the first round (its even ids first, the odd ones held out, until both halves became tuning
# data), then on each later one once a newer existed. The newest round is never tuned on: it measures how the
# rules generalise. A file of no listed round (a user's own) counts as the first.
ROUNDS = {"bsnlp-": 1, "meantime-": 1, "fresh-": 2, "fresh2-": 3, "fresh3-": 4, "fresh4-": 5}
_HELD_OUT = max(ROUNDS.values())
# Split name -> the rounds it scores: "even" and "odd" are the first round's ids by parity, "fresh1" the second
# round and so on, "fresh" the held-out one.
_SPLIT_ROUNDS = {
    "tuning": frozenset(range(1, _HELD_OUT)),
    "even": frozenset({1}),
    "odd": frozenset({1}),
    **{f"fresh{n - 1}": frozenset({n}) for n in range(2, _HELD_OUT)},
    "fresh": frozenset({_HELD_OUT}),
}
SPLITS = tuple(_SPLIT_ROUNDS)


def in_split(file_name: str, sentence_id: str, split: str | None) -> bool:
    """Whether a sentence of ``file_name`` belongs to ``split`` (None: every sentence)."""
    if split is None:
        return True
    if split not in _SPLIT_ROUNDS:
        raise ValueError(f"unknown split {split!r}: one of {', '.join(SPLITS)}")
    round_ = next((r for prefix, r in ROUNDS.items() if file_name.startswith(prefix)), 1)
    if round_ not in _SPLIT_ROUNDS[split]:
        return False
    if split in ("even", "odd"):
        return int(sentence_id.rsplit("-", 1)[1]) % 2 == ("even", "odd").index(split)
    return True


def read_annotations(folder: Path, shared: Path, split: str | None = None) -> Iterator[GoldSentence]:
    cache: dict[str, str] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if not in_split(path.name, item["id"], split):
                continue
            if item["source"] not in cache:
                cache[item["source"]] = read_source_text(shared, item["source"])
            text = cache[item["source"]][item["start"] : item["end"]]
            events = [
                GoldEvent(
                    e["type"],
                    _span(e["trigger"]),
                    [_span(a) for a in e["actors"]],
                    [_span(t) for t in e["targets"]],
                    _span(e["date"]) if e.get("date") else None,
                )
                for e in item["events"]
            ]
            yield GoldSentence(item["id"], item["lang"], text, events)


@dataclass(slots=True)
class EventScore:
    sentences: int = 0
    # (language, field) -> tally; fields: type, actor, target, date, type+actor+target
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)

    def tally(self, lang: str, name: str) -> Tally:
        return self.tallies.setdefault((lang, name), Tally())


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _spans(document: Document, indices: list[int]) -> list[Span]:
    return [(document.mentions[i].start, document.mentions[i].end) for i in indices]


def _actors(document: Document, event: Event) -> list[Span]:
    """The actors' mentions and the actor phrases that no mention covers."""
    return _spans(document, event.actors) + [(p.start, p.end) for p in event.actor_phrases]


def _targets(document: Document, event: Event) -> list[Span]:
    return _spans(document, event.targets) + [(p.start, p.end) for p in event.target_phrases]


def _date_span(document: Document, event: Event) -> Span | None:
    for time in document.times:
        if event.start <= time.start < event.end and time.value == event.date:
            return (time.start, time.end)
    return None


def _score_parts(score: EventScore, keys: tuple[str, ...], name: str, found: list[Span], gold: list[Span]) -> None:
    """Spans by overlap, counted on each side: two found actors may both overlap one gold phrase."""
    for key in keys:
        tally = score.tally(key, name)
        tally.found += len(found)
        tally.gold += len(gold)
        tally.hits_found += sum(any(_overlaps(f, g) for g in gold) for f in found)
        tally.hits_gold += sum(any(_overlaps(f, g) for f in found) for g in gold)


def _count(score: EventScore, keys: tuple[str, ...], name: str, found: int, gold: int, hits: int) -> None:
    """One-to-one matches: each hit is one found and one gold item."""
    for key in keys:
        tally = score.tally(key, name)
        tally.found += found
        tally.gold += gold
        tally.hits_found += hits
        tally.hits_gold += hits


def _pairs(found: list[Event], gold: list[G], fits: Callable[[Event, G], bool]) -> list[tuple[Event, G]]:
    """Each system event with the first unmatched gold event it fits, in text order."""
    used: set[int] = set()
    pairs: list[tuple[Event, G]] = []
    for event in found:
        match = next((i for i, item in enumerate(gold) if i not in used and fits(event, item)), None)
        if match is not None:
            used.add(match)
            pairs.append((event, gold[match]))
    return pairs


def _trigger(event: Event) -> Span:
    return (event.trigger_start, event.trigger_end)


TYPE_ACTOR_TARGET = "type+actor+target"


def _agree(found: list[Span], gold: list[Span]) -> bool:
    """Both name nobody, or some found span overlaps some gold one."""
    if not found or not gold:
        return not found and not gold
    return any(_overlaps(f, g) for f in found for g in gold)


def _date_parts(document: Document, event: Event) -> list[Span]:
    date = _date_span(document, event)
    return [date] if date else []


def score_events(
    sentences: Iterator[GoldSentence],
    annotate: Callable[[Document], Document],
    progress: Callable[[], None] = lambda: None,
) -> EventScore:
    score = EventScore()
    for sentence in sentences:
        document = annotate(Document(text=sentence.text, raw_format="gold", origin=sentence.id))
        score.sentences += 1
        keys = (sentence.lang, "all")
        pairs = _pairs(
            document.events,
            sentence.events,
            lambda event, gold: gold.type == event.type and _overlaps(gold.trigger, _trigger(event)),
        )
        _count(score, keys, "type", len(document.events), len(sentence.events), len(pairs))
        parties = sum(
            _agree(_actors(document, event), gold.actors) and _agree(_targets(document, event), gold.targets)
            for event, gold in pairs
        )
        _count(score, keys, TYPE_ACTOR_TARGET, len(document.events), len(sentence.events), parties)
        for event, gold in pairs:
            _score_parts(score, keys, "actor", _actors(document, event), gold.actors)
            _score_parts(score, keys, "target", _targets(document, event), gold.targets)
            _score_parts(score, keys, "date", _date_parts(document, event), [gold.date] if gold.date else [])
        progress()
    return score


@dataclass(slots=True)
class NerelEvent:
    trigger: Span
    participants: list[Span] = field(default_factory=list)  # PARTICIPANT_IN: the entity takes part in the event
    times: list[Span] = field(default_factory=list)  # POINT_IN_TIME
    places: list[Span] = field(default_factory=list)  # TAKES_PLACE_IN


@dataclass(slots=True)
class NerelDocument:
    name: str
    text: str
    events: list[NerelEvent]


def read_nerel_events(root: Path) -> Iterator[NerelDocument]:
    """NEREL's EVENT triggers with their participants, times and places (BRAT standoff)."""
    for annotation in sorted(root.rglob("*.ann")):
        text = annotation.with_suffix(".txt").read_text(encoding="utf-8")
        spans: dict[str, Span] = {}
        events: dict[str, NerelEvent] = {}
        relations: list[list[str]] = []
        for line in annotation.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T") and len(fields) >= 3 and ";" not in fields[1]:
                kind, start, end = fields[1].split()
                spans[fields[0]] = (int(start), int(end))
                if kind == "EVENT":
                    events[fields[0]] = NerelEvent(spans[fields[0]])
            elif line.startswith("R") and len(fields) >= 2:
                name, first, second = fields[1].split()
                relations.append([name, first.removeprefix("Arg1:"), second.removeprefix("Arg2:")])
        for name, first, second in relations:
            if first not in spans or second not in spans:
                continue
            if name == "PARTICIPANT_IN" and second in events:
                events[second].participants.append(spans[first])
            elif name == "POINT_IN_TIME" and first in events:
                events[first].times.append(spans[second])
            elif name == "TAKES_PLACE_IN" and first in events:
                events[first].places.append(spans[second])
        yield NerelDocument(str(annotation.relative_to(root).with_suffix("")), text, list(events.values()))


def score_nerel_events(
    documents: Iterator[NerelDocument],
    annotate: Callable[[Document], Document],
    progress: Callable[[], None] = lambda: None,
) -> EventScore:
    """Trigger detection, then participants, time and place on matched triggers; tallies under "nerel"."""
    score = EventScore()
    keys = ("nerel",)
    for item in documents:
        document = annotate(Document(text=item.text, raw_format="gold", origin=item.name))
        score.sentences += 1
        pairs = _pairs(document.events, item.events, lambda event, gold: _overlaps(gold.trigger, _trigger(event)))
        _count(score, keys, "trigger", len(document.events), len(item.events), len(pairs))
        for event, gold in pairs:
            participants = _actors(document, event) + _targets(document, event)
            _score_parts(score, keys, "participant", participants, gold.participants)
            _score_parts(score, keys, "time", _date_parts(document, event), gold.times)
            place = _spans(document, [event.location] if event.location is not None else [])
            _score_parts(score, keys, "place", place, gold.places)
        progress()
    return score
