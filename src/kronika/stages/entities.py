"""Names in each sentence, typed PER/ORG/LOC/EVT/PRO and given their base form.

Sentences are handed to the recognizer of their paragraph's language, so a
Russian quotation inside a Ukrainian article is read by the right model. A
language without a recognizer gets no mentions and one logged note.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from kronika.doc import Document, Sentence
from kronika.entities import recognizer
from kronika.lang import profile_for
from kronika.settings import Settings

log = logging.getLogger(__name__)


def _language_runs(document: Document) -> Iterator[tuple[str | None, list[Sentence]]]:
    """Consecutive sentences grouped by the language of the paragraph that holds them."""
    paragraphs = iter(document.paragraphs)
    paragraph = next(paragraphs, None)
    run_lang: str | None = None
    run: list[Sentence] = []
    for sentence in document.sentences:
        while paragraph is not None and paragraph.end <= sentence.start:
            paragraph = next(paragraphs, None)
        lang = (paragraph.lang if paragraph is not None else None) or document.lang
        if run and lang != run_lang:
            yield run_lang, run
            run = []
        run_lang = lang
        run.append(sentence)
    if run:
        yield run_lang, run


class EntityRecognizer:
    name = "entities"
    requires = frozenset({"text", "sentences", "paragraphs", "lang"})
    assigns = frozenset({"mentions"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, document: Document) -> None:
        mentions = []
        unsupported: set[str] = set()
        for lang, sentences in _language_runs(document):
            name = profile_for(lang).recognizer
            if name is None:
                unsupported.add(lang or "unknown")
                continue
            mentions.extend(recognizer(name).recognize(lang or "", document.text, sentences))
        if unsupported and not mentions:
            log.info("%s: no entity recognizer for %s; no mentions", document.origin, ", ".join(sorted(unsupported)))
        document.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
