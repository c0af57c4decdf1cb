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
    pipeline = build(stages.through("entities"), settings or Settings(), provided={"text"})
    return [
        score_ner(corpus_name(gold), read_gold(gold, split=split, langs=langs), pipeline, progress) for gold in golds
    ]


def corpus_name(path: Path) -> str:
    """A short label: the path below a ``data`` folder ("nerel/dev"), else the folder's own name."""
    parts = path.resolve().parts
    return "/".join(parts[parts.index("data") + 1 :]) if "data" in parts[:-1] else path.name
