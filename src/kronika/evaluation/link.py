"""Entity linking scored with mention-level B-cubed against a corpus' cross-lingual entity ids.

Only mentions the recognizer found correctly (exact span and type) are scored,
so recognition errors do not count twice. Scores are given over all languages,
for each language and each pair, and for entities named in more than one language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations

from kronika.doc import Document
from kronika.evaluation import BCubed, bcubed
from kronika.evaluation.gold import GoldDocument


@dataclass(frozen=True, slots=True)
class LinkedMention:
    lang: str
    predicted: str
    gold: str


@dataclass(slots=True)
class LinkScore:
    corpus: str
    documents: int
    items: list[LinkedMention]
    # The naive baseline on the same mentions: one entity per lowercased base form.
    baseline: list[LinkedMention]

    def rows(self) -> list[tuple[str, BCubed, BCubed]]:
        """(scope, kronika, baseline) for: all, each language, each pair, cross-language entities."""
        langs = sorted({m.lang for m in self.items})
        scopes: list[tuple[str, Callable[[LinkedMention], bool]]] = [("all", lambda m: True)]
        scopes += [(lang, lambda m, lang=lang: m.lang == lang) for lang in langs]  # type: ignore[misc]
        scopes += [
            (f"{a}+{b}", lambda m, pair=(a, b): m.lang in pair)  # type: ignore[misc]
            for a, b in combinations(langs, 2)
        ]
        languages_of: dict[str, set[str]] = defaultdict(set)
        for m in self.items:
            languages_of[m.gold].add(m.lang)
        scopes.append(("cross-language entities", lambda m: len(languages_of[m.gold]) > 1))
        return [
            (name, bcubed([m for m in self.items if keep(m)]), bcubed([m for m in self.baseline if keep(m)]))
            for name, keep in scopes
        ]


def score_link(
    corpus: str,
    golds: Iterable[GoldDocument],
    ingest: Callable[[list[Document]], int],
) -> LinkScore:
    """``ingest`` stores the documents through the product's ingest path, which annotates and
    links them in place, and returns how many were stored as new."""
    pairs = [(gold, Document(text=gold.text, raw_format="gold", origin=gold.name)) for gold in golds]
    stored = ingest([document for _, document in pairs])
    items, baseline = [], []
    for gold, document in pairs:
        expected = {(m.start, m.end, m.type): m for m in gold.mentions if m.entity}
        for mention in document.mentions:
            found = expected.get((mention.start, mention.end, mention.type))
            if found is None or found.entity is None or mention.entity is None:
                continue
            lang = gold.lang or document.lang or "?"
            items.append(LinkedMention(lang, mention.entity, found.entity))
            baseline.append(LinkedMention(lang, mention.lemma.lower(), found.entity))
    return LinkScore(corpus, stored, items, baseline)
