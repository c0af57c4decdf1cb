"""A document's tokens with what attribution rules ask of each: base form, part of speech, case."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kronika.doc import Document
from kronika.entities.morph import best
from kronika.lang import profile_for

PUNCTUATION = frozenset(",.;:!?…()[]{}«»„“”‘’\"'—–-/")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    sentence: int
    lang: str | None
    lemma: str
    pos: str | None  # pymorphy3's part of speech (NOUN, VERB, PREP...); None without morphology
    case: str | None  # nomn, gent, datv...; None without morphology or for uninflected words
    number: str | None  # sing or plur; None where unknown

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_punctuation(self) -> bool:
        return all(char in PUNCTUATION for char in self.text)


@lru_cache(maxsize=200_000)
def _analysis(lang: str | None, word: str) -> tuple[str, str | None, str | None, str | None]:
    if lang is None or not profile_for(lang).morphology or not any(char.isalpha() for char in word):
        return word.lower(), None, None, None
    # pymorphy3's dictionaries spell the apostrophe "'" ("здоров'я"); texts use ’ and ʼ as well.
    parse = best(lang, word.replace("’", "'").replace("ʼ", "'"))
    # pymorphy3 guesses Latin words and unknown names as nouns; keep them as names (pos None).
    if "LATN" in parse.tag or "UNKN" in parse.tag:
        return word.lower(), None, None, None
    return parse.normal_form, parse.tag.POS, parse.tag.case, parse.tag.number


def document_words(document: Document) -> list[Word]:
    """Every token of ``document`` in order, each with its sentence index and analysis."""
    words: list[Word] = []
    for index, sentence in enumerate(document.sentences):
        lang = document.language_at(sentence.start)
        for token in sentence.tokens:
            surface = document.text[token.start : token.end]
            words.append(Word(token.start, token.end, surface, index, lang, *_analysis(lang, surface)))
    return words
