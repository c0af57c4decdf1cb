"""Named-entity recognition: which recognizer serves a language is set in its language profile.

A recognizer turns the sentences of one language run into mentions with types
and base forms. Recognizers load their models on first use and are shared by
every pipeline in the process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol

from kronika.doc import Mention, Sentence
from kronika.registry import Registry

TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")


class Recognizer(Protocol):
    def recognize(self, lang: str, text: str, sentences: Sequence[Sentence]) -> list[Mention]:
        """Mentions in ``sentences`` (offsets into ``text``), each with type and base form."""
        ...


recognizers: Registry[Callable[[], Recognizer]] = Registry("recognizer")


@cache
def recognizer(name: str) -> Recognizer:
    return recognizers.get(name)()


def _register_builtin() -> None:
    from kronika.entities.crf import CrfRecognizer
    from kronika.entities.english import SpacyRecognizer

    recognizers.register("crf")(CrfRecognizer)
    recognizers.register("spacy-en")(SpacyRecognizer)


_register_builtin()
