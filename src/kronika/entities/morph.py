"""Morphology through pymorphy3, one analyzer per language, with a parse cache."""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse


@cache
def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=200_000)
def parses(lang: str, word: str) -> tuple[Parse, ...]:
    return tuple(analyzer(lang).parse(word))


def best(lang: str, word: str) -> Parse:
    return parses(lang, word)[0]
