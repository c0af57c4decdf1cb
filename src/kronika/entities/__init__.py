"""Named-entity recognition: which recognizer serves a language is set in its language profile.

A recognizer turns the sentences of one language run into mentions with types
and base forms. Recognizers load their models on first use and are shared by
every pipeline in the process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import TYPE_CHECKING, Protocol

from kronika.doc import Mention, Sentence
from kronika.registry import Registry

if TYPE_CHECKING:
    from kronika.entities.crf import CrfModel

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
    from kronika.entities.crf import MODELS, CrfModel, CrfRecognizer
    from kronika.entities.english import SpacyRecognizer
    from kronika.entities.hints import natasha_spans

    crf_models["crf"] = CrfModel(MODELS / "ner-crf", natasha_spans)
    recognizers.register("crf")(partial(CrfRecognizer, crf_models["crf"]))
    recognizers.register("spacy-en")(SpacyRecognizer)


# The trained CRF models by recognizer name, for the training script.
crf_models: dict[str, CrfModel] = {}
_register_builtin()
