"""Scoring kronika against public gold: readers of annotated corpora and the scorers that `kronika eval` runs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def precision_recall_f1(hits_found: int, found: int, hits_gold: int, gold: int) -> tuple[float, float, float]:
    """Scores where a hit may be counted on each side (relaxed matching can pair one to many)."""
    precision = hits_found / found if found else 0.0
    recall = hits_gold / gold if gold else 0.0
    return precision, recall, harmonic_mean(precision, recall)


@dataclass(slots=True)
class Tally:
    """The counts behind a precision and a recall. Relaxed matching may pair one item with many, so a
    hit is counted on each side; where matching is one-to-one, ``add_hits`` counts both at once."""

    found: int = 0
    gold: int = 0
    hits_found: int = 0
    hits_gold: int = 0

    def add_hits(self, hits: int) -> None:
        self.hits_found += hits
        self.hits_gold += hits

    def scores(self) -> tuple[float, float, float]:
        return precision_recall_f1(self.hits_found, self.found, self.hits_gold, self.gold)


class Clustered(Protocol):
    """An item a system and a gold standard each put in a cluster (a mention's entity, an article's story)."""

    @property
    def predicted(self) -> str: ...

    @property
    def gold(self) -> str: ...


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float
    mentions: int  # items scored

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)


def bcubed(items: Sequence[Clustered]) -> BCubed:
    """Mean over items of |same predicted and same gold| / |same predicted| (precision) and / |same gold| (recall)."""
    if not items:
        return BCubed(0.0, 0.0, 0)
    by_both = Counter((m.predicted, m.gold) for m in items)
    by_predicted = Counter(m.predicted for m in items)
    by_gold = Counter(m.gold for m in items)
    precision = sum(by_both[m.predicted, m.gold] / by_predicted[m.predicted] for m in items) / len(items)
    recall = sum(by_both[m.predicted, m.gold] / by_gold[m.gold] for m in items) / len(items)
    return BCubed(precision, recall, len(items))
