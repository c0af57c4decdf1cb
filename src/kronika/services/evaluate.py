"""Quality figures on annotated corpora, through the same pipeline that ingest runs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kronika import stages
from kronika.evaluation.gold import read_gold
from kronika.evaluation.ner import NerScore, score_ner
from kronika.pipeline import build
from kronika.settings import Settings


def evaluate_ner(
    golds: Sequence[Path],
    *,
    settings: Settings | None = None,
    split: Path | None = None,
    langs: frozenset[str] | None = None,
    progress: Callable[[], None] = lambda: None,
) -> list[NerScore]:
    """One score per corpus. ``split`` restricts a SlavicNER corpus to the documents it lists."""
    pipeline = build(("language", "sentences", "entities"), settings or Settings(), provided={"text"})
    return [
        score_ner(gold.name, read_gold(gold, split=split, langs=langs), pipeline, progress)
        for gold in golds
    ]
