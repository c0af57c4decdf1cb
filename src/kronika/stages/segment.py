"""Sentences and tokens per paragraph, with the segmenter that fits the paragraph's language."""

from __future__ import annotations

from collections.abc import Callable, Iterable

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


def split_sentences(text: str, lang: str | None, offset: int = 0) -> list[Sentence]:
    """Sentences of ``text`` with their tokens, by the segmenter of ``lang``; offsets shifted by ``offset``."""
    segmentation = segmenters.get(profile_for(lang).segmenter)
    sentences = []
    for start, end in segmentation.sentences(text):
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
