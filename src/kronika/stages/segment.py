"""Sentences and tokens per paragraph, with the segmenter that fits the paragraph's language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import razdel
import tokenize_uk

from kronika.doc import Document, Sentence, Token
from kronika.lang import profile_for
from kronika.registry import Registry
from kronika.settings import Settings

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
SpanFinder = Callable[[str], list[tuple[int, int]]]


def _align(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets of pieces that a tokenizer returned as bare strings, in order."""
    # tokenize_uk writes every apostrophe as "'"; search a copy with the same
    # one-for-one replacement so offsets still index the original text.
    searchable = text.translate(_APOSTROPHES)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip().translate(_APOSTROPHES)
        if not piece:
            continue
        start = searchable.find(piece, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


class Segmentation:
    def __init__(self, sentences: SpanFinder, tokens: SpanFinder) -> None:
        self.sentences = sentences
        self.tokens = tokens


segmenters: Registry[Segmentation] = Registry("segmenter")
segmenters.register("razdel")(
    Segmentation(
        sentences=lambda text: [(s.start, s.stop) for s in razdel.sentenize(text)],
        tokens=lambda text: [(t.start, t.stop) for t in razdel.tokenize(text)],
    )
)
segmenters.register("tokenize_uk")(
    Segmentation(
        sentences=lambda text: _align(text, tokenize_uk.tokenize_sents(text)),
        tokens=lambda text: _align(text, tokenize_uk.tokenize_words(text)),
    )
)


@cache
def _compiled(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def _resplit(
    text: str, spans: list[tuple[int, int]], unended: re.Pattern[str] | None, ended: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    """Sentences joined again across a full stop that ``unended`` says ends none ("Gen. Powell", "Oct. 31"),
    then split at one that ``ended`` says ends one ("Oct. 31. He left")."""
    if unended is None and ended is None:
        return spans
    joined: list[tuple[int, int]] = []
    for start, end in _split_at(text, spans, ended):
        if joined:
            previous_start, previous_end = joined[-1]
            window = max(previous_start, previous_end - 12)
            following = min(len(text), start + 40)
            if unended and any(m.end() == previous_end for m in unended.finditer(text, window, following)):
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return _split_at(text, joined, ended)


def _split_at(text: str, spans: list[tuple[int, int]], ended: re.Pattern[str] | None) -> list[tuple[int, int]]:
    if ended is None:
        return spans
    split: list[tuple[int, int]] = []
    for start, end in spans:
        for found in ended.finditer(text, start, end):
            following = len(text[found.end() : end]) - len(text[found.end() : end].lstrip())
            split.append((start, found.end()))
            start = found.end() + following
        split.append((start, end))
    return split


def split_sentences(text: str, lang: str | None, offset: int = 0) -> list[Sentence]:
    """Sentences of ``text`` with their tokens, by the segmenter of ``lang``; offsets shifted by ``offset``."""
    profile = profile_for(lang)
    segmentation = segmenters.get(profile.segmenter)
    sentences = []
    spans = _resplit(text, segmentation.sentences(text), _compiled(profile.unended), _compiled(profile.ended))
    for start, end in spans:
        base = offset + start
        tokens = [Token(base + a, base + b) for a, b in segmentation.tokens(text[start:end])]
        sentences.append(Sentence(base, offset + end, tokens))
    return sentences


class Segmenter:
    name = "sentences"
    requires = frozenset({"text", "paragraphs"})
    assigns = frozenset({"sentences"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, document: Document) -> None:
        document.sentences = [
            sentence
            for paragraph in document.paragraphs
            for sentence in split_sentences(
                document.text[paragraph.start : paragraph.end], paragraph.lang or document.lang, paragraph.start
            )
        ]
