"""Morphology through pymorphy3, one analyzer per language, with a parse cache."""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse

from kronika.lang import profile_for


@cache
def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def parses(lang: str, word: str) -> tuple[Parse, ...]:
    return tuple(analyzer(lang).parse(word))


def best(lang: str, word: str) -> Parse:
    return parses(lang, word)[0]


def has_morphology(lang: str) -> bool:
    return profile_for(lang).morphology
