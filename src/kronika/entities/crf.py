"""The CRF name tagger: BIO labels over the pipeline's own tokens, with another tagger's opinion as features.

One model serves Russian and Ukrainian, with natasha's opinion as the hint.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from kronika.doc import Mention, Sentence
from kronika.entities.features import Gazetteer, base_form, sentence_features
from kronika.entities.hints import Hinter, token_hints
from kronika.entities.lemma import harmonise, lemmatize
from kronika.entities.morph import has_morphology, parses
from kronika.lang import profile_for

_BRACKETS = frozenset("()[]")
_PREFIX = 3  # letters a form shares with its base form at least: "Білий" / "Білого"
MODELS = Path(__file__).resolve().parent.parent / "models"


@dataclass(frozen=True, slots=True)
class CrfModel:
    """Where a trained model lives and which tagger's opinion it was trained to weigh."""

    directory: Path
    hints: Hinter


def spans_from_labels(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token index ranges ``[i, j)`` with their type, from BIO labels (a stray I- opens a span)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        prefix, _, label_type = label.partition("-")
        if start >= 0 and (prefix != "I" or label_type != kind):
            spans.append((start, i, kind))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, label_type
    return spans


def _split_at_brackets(words: Sequence[str], first: int, last: int) -> list[tuple[int, int]]:
    """A name and its abbreviation in brackets are two mentions: "институт ... (РИСИ)"."""
    parts, start = [], first
    for i in range(first, last + 1):
        if i == last or words[i] in _BRACKETS:
            if i > start:
                parts.append((start, i))
            start = i + 1
    return parts


def _bracketed_abbreviations(words: Sequence[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "Российский институт стратегических исследований (РИСИ)": the bracketed capitals name the same thing."""
    covered = {i for first, last, _ in spans for i in range(first, last)}
    added = [
        (last + 1, last + 2, kind)
        for _, last, kind in spans
        if last + 2 < len(words)
        and words[last] == "("
        and words[last + 2] == ")"
        and last + 1 not in covered
        and words[last + 1].isupper()
        and len(words[last + 1]) > 1
    ]
    return sorted(spans + added)


def _agreeing_noun(lang: str, adjective: str, noun: str) -> bool:
    """Whether ``noun`` can be the head of ``adjective``: same case, and same gender in the singular."""
    forms = {
        (p.tag.case, p.tag.number, p.tag.gender if p.tag.number != "plur" else None)
        for p in parses(lang, adjective.lower())
        if p.tag.POS == "ADJF"
    }
    return any(
        (p.tag.case, p.tag.number, p.tag.gender if p.tag.number != "plur" else None) in forms
        for p in parses(lang, noun)
        if p.tag.POS == "NOUN"
    )


def _complete_adjective_names(
    lang: str, words: Sequence[str], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A name cut off after its adjective takes the agreeing lowercase noun that follows ("Білого" + "дому")."""
    if not has_morphology(lang):
        return spans
    result = []
    for first, last, kind in spans:
        if (
            last < len(words)
            and words[last].islower()
            and words[last - 1][:1].isupper()
            and _agreeing_noun(lang, words[last - 1], words[last])
        ):
            last += 1
        result.append((first, last, kind))
    return result


def _places_after_place_nouns(
    lang: str, words: Sequence[str], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A capitalised name right after "станция", "космодром", "місто"... is a place, tagged or not."""
    place_nouns = profile_for(lang).place_nouns
    if not place_nouns:
        return spans
    starts = {span[0]: n for n, span in enumerate(spans)}
    covered = {i for first, last, _ in spans for i in range(first, last)}
    result = list(spans)
    for i in range(len(words) - 1):
        if not words[i + 1][:1].isupper() or base_form(lang, words[i]) not in place_nouns:
            continue
        if i + 1 in starts:
            first, last, _ = spans[starts[i + 1]]
            result[starts[i + 1]] = (first, last, "LOC")
        elif i + 1 not in covered and i not in covered:
            result.append((i + 1, i + 2, "LOC"))
    return sorted(result)


class CrfRecognizer:
    def __init__(self, model: CrfModel) -> None:
        directory = model.directory
        self.hints = model.hints
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(directory / "model.crfsuite"))
        self.gazetteer = Gazetteer.from_json(json.loads((directory / "gazetteer.json").read_text(encoding="utf-8")))
        self.memory: dict[str, str] = json.loads((directory / "lemmas.json").read_text(encoding="utf-8"))

    def tag(self, lang: str, words: Sequence[str], hints: Sequence[str]) -> list[tuple[int, int, str]]:
        if not words:
            return []
        labels = self.tagger.tag(sentence_features(lang, words, self.gazetteer, hints))
        return spans_from_labels(labels)

    def recognize(self, lang: str, text: str, sentences: Sequence[Sentence]) -> list[Mention]:
        mentions = []
        hint_spans = self.hints(text, sentences[0].start, sentences[-1].end) if sentences else []
        for sentence in sentences:
            tokens = sentence.tokens
            words = [text[t.start : t.end] for t in tokens]
            # Only the sentence's own hints: matching every span of the run against every token is quadratic.
            inside = [span for span in hint_spans if sentence.start <= span[0] < sentence.end]
            tagged = self.tag(lang, words, token_hints(tokens, inside))
            spans = _bracketed_abbreviations(words, _complete_adjective_names(lang, words, tagged))
            for first, last, kind in _places_after_place_nouns(lang, words, spans):
                for part_first, part_last in _split_at_brackets(words, first, last):
                    start, end = tokens[part_first].start, tokens[part_last - 1].end
                    mentions.append(Mention(start, end, kind, lemmatize(lang, text[start:end], kind, self.memory)))
        return harmonise(text, _propagate(lang, text, sentences, mentions, self.memory))


def _propagate(
    lang: str, text: str, sentences: Sequence[Sentence], mentions: list[Mention], memory: dict[str, str]
) -> list[Mention]:
    """A name tagged once in a text is the same name wherever else it is written in another form ("Білого
    дому" ... "Білий дім"): the tagger misses some forms where their context is thin. The longest name that
    fits is taken ("Бориса Джонсона", not "Бориса"); a one-word name is not looked for first in a sentence,
    where any word is capitalised. A base form tagged with two types keeps the type it was first tagged with."""
    types: dict[str, str] = {}
    for mention in mentions:
        types.setdefault(mention.lemma, mention.type)
    sizes: dict[str, set[int]] = {}  # a name's first letters -> how many words the names beginning so have
    for lemma in types:
        sizes.setdefault(lemma[:_PREFIX].lower(), set()).add(len(lemma.split()))
    kinds = sorted(set(types.values()))
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in spans]
    taken: set[int] = set()

    def covered(position: int) -> bool:
        i = bisect_right(starts, position) - 1
        return position in taken or (i >= 0 and spans[i][0] <= position < spans[i][1])

    def named(start: int, end: int) -> tuple[str, str] | None:
        for kind in kinds:
            lemma = lemmatize(lang, text[start:end], kind, memory)
            if types.get(lemma) == kind:
                return lemma, kind
        return None

    found = list(mentions)
    for sentence in sentences:
        tokens = [t for t in sentence.tokens if text[t.start : t.end][:1].isalnum()]
        for i, first in enumerate(tokens):
            if covered(first.start) or not text[first.start : first.end][:1].isupper():
                continue
            for size in sorted(sizes.get(text[first.start : first.start + _PREFIX].lower(), ()), reverse=True):
                part = tokens[i : i + size]
                if len(part) < size or (size == 1 and i == 0) or any(covered(t.start) for t in part):
                    continue
                name = named(first.start, part[-1].end)
                if name is not None:
                    found.append(Mention(first.start, part[-1].end, name[1], name[0]))
                    taken.update(t.start for t in part)
                    break
    return sorted(found, key=lambda m: m.start)
