"""Strict named-entity scoring: a mention counts only with exact start, end and type.

Lemma accuracy is measured on the mentions found correctly, against gold base
forms where the corpus gives them (SlavicNER does; BRAT and MEANTIME do not).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kronika.doc import Document, Mention
from kronika.evaluation import harmonic_mean
from kronika.evaluation.gold import GoldDocument

ALL = "all"


@dataclass(slots=True)
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    lemma_correct: int = 0
    lemma_total: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positive + self.false_negative
        return self.true_positive / gold if gold else 0.0

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    @property
    def lemma_accuracy(self) -> float | None:
        return self.lemma_correct / self.lemma_total if self.lemma_total else None

    @property
    def support(self) -> int:
        return self.true_positive + self.false_negative


@dataclass(slots=True)
class NerScore:
    corpus: str
    documents: int = 0
    misaligned: int = 0
    # (language, type) -> tally; type ALL holds the micro average over the corpus's scheme.
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))

    def add(self, gold: GoldDocument, predicted: Iterable[Mention], lang: str) -> None:
        self.documents += 1
        self.misaligned += gold.misaligned
        expected = {(m.start, m.end, m.type): m for m in gold.mentions}
        gold_spans = {(m.start, m.end) for m in gold.mentions}
        found = {
            (m.start, m.end, m.type): m
            for m in predicted
            if m.type in gold.scheme
            and ((m.start, m.end) in gold_spans or not any(a <= m.start and m.end <= b for a, b in gold.ignored))
        }
        for key, mention in found.items():
            tallies = (self.tallies[lang, ALL], self.tallies[lang, key[2]])
            if key in expected:
                gold_lemma = expected[key].lemma
                for tally in tallies:
                    tally.true_positive += 1
                    if gold_lemma is not None:
                        tally.lemma_total += 1
                        tally.lemma_correct += mention.lemma == gold_lemma
            else:
                for tally in tallies:
                    tally.false_positive += 1
        for key in expected.keys() - found.keys():
            self.tallies[lang, ALL].false_negative += 1
            self.tallies[lang, key[2]].false_negative += 1


def score_ner(
    corpus: str,
    documents: Iterable[GoldDocument],
    annotate: Callable[[Document], Document],
    progress: Callable[[], None] = lambda: None,
) -> NerScore:
    """Run ``annotate`` (the product's own pipeline) over every gold text and score its mentions."""
    score = NerScore(corpus)
    for gold in documents:
        document = annotate(Document(text=gold.text, raw_format="gold", origin=gold.name))
        score.add(gold, document.mentions, gold.lang or document.lang or "unknown")
        progress()
    return score
