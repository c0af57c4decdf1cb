"""The CRF name tagger for Russian and Ukrainian: BIO labels over the pipeline's own tokens."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from kronika.doc import Mention, Sentence
from kronika.entities.features import Gazetteer, sentence_features
from kronika.entities.lemma import harmonise, lemmatize

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner-crf"


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


class CrfRecognizer:
    def __init__(self, directory: Path = MODEL_DIR) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(directory / "model.crfsuite"))
        self.gazetteer = Gazetteer.from_json(json.loads((directory / "gazetteer.json").read_text(encoding="utf-8")))
        self.memory: dict[str, str] = json.loads((directory / "lemmas.json").read_text(encoding="utf-8"))

    def tag(self, lang: str, words: Sequence[str]) -> list[tuple[int, int, str]]:
        if not words:
            return []
        labels = self.tagger.tag(sentence_features(lang, words, self.gazetteer))
        return spans_from_labels(labels)

    def recognize(self, lang: str, text: str, sentences: Sequence[Sentence]) -> list[Mention]:
        mentions = []
        for sentence in sentences:
            tokens = sentence.tokens
            for first, last, kind in self.tag(lang, [text[t.start : t.end] for t in tokens]):
                start, end = tokens[first].start, tokens[last - 1].end
                mentions.append(Mention(start, end, kind, lemmatize(lang, text[start:end], kind, self.memory)))
        return harmonise(text, mentions)
