"""Events scored against kronika's own annotated sentences (eval/events/*.jsonl, docs/events-annotation.md).

The annotations hold offsets only; the sentences are read from ../shared/data. Each
sentence is run through the product's pipeline on its own. A system event matches a
gold one of the same type whose trigger it overlaps; on matched pairs, actors,
targets and dates are scored by span overlap.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kronika.doc import Document, Event
from kronika.evaluation import precision_recall_f1
from kronika.evaluation.gold import read_meantime

Span = tuple[int, int]


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


def read_annotations(folder: Path, shared: Path) -> Iterator[GoldSentence]:
    cache: dict[str, str] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
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
class Tally:
    found: int = 0
    gold: int = 0
    hits_found: int = 0
    hits_gold: int = 0

    def scores(self) -> tuple[float, float, float]:
        return precision_recall_f1(self.hits_found, self.found, self.hits_gold, self.gold)


@dataclass(slots=True)
class EventScore:
    sentences: int = 0
    # (language, field) -> tally; fields: type, actor, target, date
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)

    def tally(self, lang: str, name: str) -> Tally:
        return self.tallies.setdefault((lang, name), Tally())


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _spans(document: Document, indices: list[int]) -> list[Span]:
    return [(document.mentions[i].start, document.mentions[i].end) for i in indices]


def _date_span(document: Document, event: Event) -> Span | None:
    for time in document.times:
        if event.start <= time.start < event.end and time.value == event.date:
            return (time.start, time.end)
    return None


def _score_parts(score: EventScore, lang: str, name: str, found: list[Span], gold: list[Span]) -> None:
    for key in (lang, "all"):
        tally = score.tally(key, name)
        tally.found += len(found)
        tally.gold += len(gold)
        tally.hits_found += sum(any(_overlaps(f, g) for g in gold) for f in found)
        tally.hits_gold += sum(any(_overlaps(f, g) for f in found) for g in gold)


def score_events(
    sentences: Iterator[GoldSentence],
    annotate: Callable[[Document], Document],
    progress: Callable[[], None] = lambda: None,
) -> EventScore:
    score = EventScore()
    for sentence in sentences:
        document = annotate(Document(text=sentence.text, raw_format="gold", origin=sentence.id))
        score.sentences += 1
        found = list(document.events)
        used: set[int] = set()
        pairs: list[tuple[Event, GoldEvent]] = []
        for event in found:
            match = next(
                (
                    i
                    for i, gold in enumerate(sentence.events)
                    if i not in used
                    and gold.type == event.type
                    and _overlaps(gold.trigger, (event.trigger_start, event.trigger_end))
                ),
                None,
            )
            if match is not None:
                used.add(match)
                pairs.append((event, sentence.events[match]))
        for key in (sentence.lang, "all"):
            tally = score.tally(key, "type")
            tally.found += len(found)
            tally.gold += len(sentence.events)
            tally.hits_found += len(pairs)
            tally.hits_gold += len(pairs)
        for event, gold in pairs:
            _score_parts(score, sentence.lang, "actor", _spans(document, event.actors), gold.actors)
            _score_parts(score, sentence.lang, "target", _spans(document, event.targets), gold.targets)
            date = _date_span(document, event)
            _score_parts(score, sentence.lang, "date", [date] if date else [], [gold.date] if gold.date else [])
        progress()
    return score
