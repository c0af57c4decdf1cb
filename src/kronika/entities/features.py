"""Token features for the CRF tagger; training and tagging share this one function.

Features are spelling (case, shape, affixes), morphology (pymorphy3 part of
speech, case, and its Name/Surn/Geox/Orgn marks) and a gazetteer of name
words, looked up by base form so that "Кореєю" finds what "Корея" taught.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from kronika.entities.morph import best, has_morphology

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_GRAMMEMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Fixd")
_QUOTES = frozenset("«»\"“”„'")


def shape(word: str) -> str:
    """Character classes with runs collapsed: "Ким" -> "Xx", "КНДР" -> "X", "G7" -> "Xd"."""
    classes: list[str] = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not classes or classes[-1] != kind:
            classes.append(kind)
    return "".join(classes)[:6]


def base_form(lang: str, word: str) -> str:
    """The dictionary form used as a gazetteer key; words outside the script stay as written."""
    lowered = word.lower()
    if has_morphology(lang) and _CYRILLIC.search(word):
        return str(best(lang, lowered).normal_form)
    return lowered


class Gazetteer:
    """Which labels each base form has carried in training, "O" included, so a word is a cue
    only when it is mostly part of names. (Whole multi-word names as keys were tried and
    cost 0.02 F1 on ru dev; see the model card.)
    """

    def __init__(self, counts: dict[str, Counter[str]] | None = None) -> None:
        self.counts: dict[str, Counter[str]] = counts or {}

    def add(self, keys: Iterable[tuple[str, str]], sign: int = 1) -> None:
        for key, label in keys:
            self.counts.setdefault(key, Counter())[label] += sign

    def labels(self, key: str) -> list[str]:
        counts = self.counts.get(key)
        if not counts:
            return []
        total = sum(counts.values())
        return [label for label, count in counts.items() if count > 0 and count * 4 >= total]

    def to_json(self) -> dict[str, dict[str, int]]:
        return {key: {k: v for k, v in c.items() if v > 0} for key, c in self.counts.items() if any(c.values())}

    @classmethod
    def from_json(cls, data: dict[str, dict[str, int]]) -> Gazetteer:
        return cls({key: Counter(value) for key, value in data.items()})


def _word_features(lang: str, word: str, gazetteer: Gazetteer) -> dict[str, str]:
    lowered = word.lower()
    features = {
        "w": lowered,
        "shape": shape(word),
        "suf2": lowered[-2:],
        "suf3": lowered[-3:],
        "pre3": lowered[:3],
    }
    key = base_form(lang, word)
    features["base"] = key
    # A Latin word in Cyrillic prose is nearly always a name: "Ryanair", "Yonhap".
    features["script"] = "cyr" if _CYRILLIC.search(word) else "lat" if _LATIN.search(word) else "none"
    if has_morphology(lang) and _CYRILLIC.search(word):
        tag = best(lang, lowered).tag
        features["pos"] = str(tag.POS)
        features["case"] = str(tag.case)
        for grammeme in _GRAMMEMES:
            # Membership in the raw set: the uk tagset rejects ru-only grammemes as unknown.
            if grammeme in tag.grammemes:
                features[grammeme] = "1"
    for label in gazetteer.labels(key):
        features["gaz_" + label] = "1"
    return features


def sentence_features(
    lang: str, words: Sequence[str], gazetteer: Gazetteer, hints: Sequence[str] | None = None
) -> list[dict[str, str]]:
    """One feature dict per token, with its neighbours' features under offset prefixes.

    ``hints`` are another tagger's BIO labels for the same tokens (see hints.py).
    """
    own = [_word_features(lang, word, gazetteer) for word in words]
    if hints is not None:
        for features, hint in zip(own, hints, strict=True):
            features["hint"] = hint
            features["lang|hint"] = lang + "|" + hint
    result = []
    for i in range(len(words)):
        features = {"bias": "1", "lang": lang, **own[i]}
        features["first"] = "1" if i == 0 else "0"
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                other = own[j]
                prefix = f"{offset:+d}:"
                features[prefix + "shape"] = other["shape"]
                features[prefix + "w"] = other["w"]
                for name in ("pos", "case", "Name", "Surn", "Geox", "Orgn", "hint", "script"):
                    if name in other:
                        features[prefix + name] = other[name]
                if abs(offset) == 1:
                    features[prefix + "base"] = other["base"]
                    for label in gazetteer.labels(other["base"]):
                        features[prefix + "gaz_" + label] = "1"
            else:
                features[f"{offset:+d}:edge"] = "1"
        if i > 0 and words[i - 1] in _QUOTES:
            features["after_quote"] = "1"
        if i > 0:
            features["w-1|shape"] = own[i - 1]["w"] + "|" + own[i]["shape"]
        result.append(features)
    return result
