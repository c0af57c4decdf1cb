"""natasha's Russian news NER as a second opinion the CRF weighs per language.

natasha (slovnet, MIT) generalises to names the BSNLP topics never showed,
which the CRF alone does not; it knows only PER/ORG/LOC and is trained on
Russian. Its labels are CRF features, not answers, so the CRF learns from the
training data how far to trust them in Russian and in Ukrainian.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from natasha import NewsEmbedding, NewsNERTagger

from kronika.doc import Token

# (text, start, end) -> typed character spans inside text[start:end], as offsets into text.
Hinter = Callable[[str, int, int], list[tuple[int, int, str]]]


@cache
def _tagger() -> NewsNERTagger:
    return NewsNERTagger(NewsEmbedding())


def natasha_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """natasha's PER/ORG/LOC spans in ``text[start:end]``, as offsets into ``text``."""
    markup = _tagger()(text[start:end])
    return [(start + span.start, start + span.stop, span.type) for span in markup.spans]


def token_hints(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """A BIO label per token from character spans; a token only partly inside a span gets none."""
    hints = ["O"] * len(tokens)
    for first, last, kind in spans:
        inside = [i for i, t in enumerate(tokens) if first <= t.start and t.end <= last]
        for position, i in enumerate(inside):
            hints[i] = ("B-" if position == 0 else "I-") + kind
    return hints
