"""Code the events of one document: triggers from the language's lexicon, then who, whom, where and when."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kronika.doc import Document, Event, Mention, Sentence, TimeExpression
from kronika.lang import EventWords, profile_for

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?")
_LOCATIVE = frozenset({"в", "во", "у", "на", "in", "at"})
_ACTOR_TYPES = frozenset({"PER", "ORG", "LOC"})
# Expressions that place an event in time; durations and vague references do not.
_DATED = frozenset({"day", "part of day", "week", "month", "quarter", "year"})


def _trigger(words: EventWords, text: str, start: int) -> tuple[str, str | None, int] | None:
    """The event a word starting at ``start`` names, with the trigger's length, if any."""
    lowered = text[start : start + 40].lower()
    best = None
    for stem, (kind, mode) in words.triggers.items():
        if lowered.startswith(stem.rstrip()) and (best is None or len(stem) > len(best[0])):
            best = (stem, kind, mode)
    if best is None:
        return None
    word = _WORD.match(text, start)
    length = max(len(best[0].rstrip()), word.end() - start if word else 0)
    return best[1], best[2], length


def _modality(words: EventWords, before: str) -> str:
    lowered = before.lower()

    def said(cues: tuple[str, ...]) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(cue)}", lowered) for cue in cues)

    if said(words.refused):
        return "refused"
    if said(words.hypothetical):
        return "hypothetical"
    if said(words.planned):
        return "planned"
    if said(words.claimed):
        return "claimed"
    return "asserted"


def _negated(words: EventWords, before: str) -> bool:
    previous = _WORD.findall(before.lower())[-1:] or [""]
    return previous[0] in words.negation or before.lower().rstrip().endswith("n't")


def code_sentence(
    document: Document,
    sentence: Sentence,
    words: EventWords,
    mentions: Sequence[tuple[int, Mention]],
    times: Sequence[TimeExpression],
) -> list[Event]:
    text = document.text
    events: list[Event] = []
    inside = [(m.start, m.end) for _, m in mentions]
    for token in sentence.tokens:
        if any(a <= token.start < b for a, b in inside):
            continue  # "Визит" inside a name is part of the name
        found = _trigger(words, text, token.start)
        if found is None:
            continue
        kind, mode, length = found
        if events and events[-1].type == kind:
            continue  # "встреча ... переговоры" in one sentence: one meeting
        trigger_end = token.start + length
        # A place after "в", "у", "in" is where it happened, not who did it.
        places = [
            i
            for i, m in mentions
            if m.type == "LOC" and (_WORD.findall(text[sentence.start : m.start].lower())[-1:] or [""])[0] in _LOCATIVE
        ]
        parties = [(i, m) for i, m in mentions if m.type in _ACTOR_TYPES and i not in places]
        actors = [i for i, m in parties if m.end <= token.start][-1:]
        targets = [i for i, m in parties if m.start >= trigger_end][:1]
        location = places[0] if places else None
        # "last month" with no publication date to count from is XXXX-XX: it dates nothing.
        dated = next((t for t in times if t.granularity in _DATED and any(c.isdigit() for c in t.value)), None)
        before = text[sentence.start : token.start]
        approximate = dated is None
        date = dated.value if dated else (document.published.date().isoformat() if document.published else None)
        confidence = 0.4 + 0.3 * bool(actors) + 0.2 * bool(targets) + 0.1 * (not approximate)
        events.append(
            Event(
                sentence.start,
                sentence.end,
                kind,
                mode,
                token.start,
                trigger_end,
                actors,
                targets,
                location,
                date,
                approximate,
                _negated(words, before),
                _modality(words, before),
                round(confidence, 2),
            )
        )
    return events


def code_events(document: Document) -> list[Event]:
    events: list[Event] = []
    for sentence in document.sentences:
        words = profile_for(document.language_at(sentence.start)).events
        if words is None:
            continue
        mentions = [(i, m) for i, m in enumerate(document.mentions) if sentence.start <= m.start < sentence.end]
        times = [t for t in document.times if sentence.start <= t.start < sentence.end]
        events.extend(code_sentence(document, sentence, words, mentions, times))
    return events
