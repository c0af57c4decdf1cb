"""Quality figures on annotated corpora, through the same pipeline that ingest runs."""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kronika import stages
from kronika.doc import Document
from kronika.evaluation.events import EventScore, read_annotations, read_nerel_events, score_events, score_nerel_events
from kronika.evaluation.gold import read_gold
from kronika.evaluation.link import LinkScore, score_link
from kronika.evaluation.ner import NerScore, score_ner
from kronika.evaluation.quotes import AdaqScore, QuoteScore, read_adaq, read_quote_annotations, score_adaq, score_quotes
from kronika.evaluation.stories import Assigned, Labelled, StoryScore
from kronika.evaluation.timex import TimeScore, read_time_gold, score_times
from kronika.pipeline import build
from kronika.services.ingest import Outcome, Silent
from kronika.settings import Settings

if TYPE_CHECKING:
    from kronika.services import Kronika


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


class _Progress(Silent):
    """Ingest's observer reduced to a callback per document, for an evaluation's progress bar."""

    def __init__(self, step: Callable[[], None]) -> None:
        self.step = step

    def advance(self, item: str) -> None:
        self.step()


def _scratch_service(base: Settings, scratch: str, name: str) -> Kronika:
    """A service on a new SQLite store in ``scratch``; the services package imports this module."""
    from kronika.services import Kronika

    return Kronika(base.model_copy(update={"db": f"sqlite:///{Path(scratch) / name}"}))


def evaluate_link(
    gold: Path,
    *,
    settings: Settings | None = None,
    split: Path | None = None,
    langs: frozenset[str] | None = None,
    progress: Callable[[], None] = lambda: None,
) -> LinkScore:
    """Ingest a SlavicNER corpus into a fresh store, as `kronika ingest` would, and score the links."""
    base = settings or Settings()
    with tempfile.TemporaryDirectory(prefix="kronika-eval-link-") as scratch:
        service = _scratch_service(base, scratch, "link.db")

        def ingest(documents: list[Document]) -> int:
            report = service.store_documents(documents, _Progress(progress))
            return report.outcomes[Outcome.NEW]

        try:
            return score_link(corpus_name(gold), read_gold(gold, split=split, langs=langs), ingest)
        finally:
            service.close()


def evaluate_time(
    golds: Sequence[Path], *, settings: Settings | None = None, progress: Callable[[], None] = lambda: None
) -> list[TimeScore]:
    """Time expressions through the stages ingest runs for them, one score per corpus."""
    pipeline = build(("language", "sentences", "times"), settings or Settings(), provided={"text", "published"})
    return [score_times(corpus_name(gold), read_time_gold(gold), pipeline, progress) for gold in golds]


def evaluate_events(
    annotations: Path,
    shared: Path,
    *,
    split: str | None = None,
    settings: Settings | None = None,
    progress: Callable[[], None] = lambda: None,
) -> EventScore:
    """Events on kronika's annotated sentences (one split of them, ``SPLITS``, or all), each run through
    the annotate pipeline on its own."""
    pipeline = build(stages.through("events"), settings or Settings(), provided={"text", "published"})
    return score_events(read_annotations(annotations, shared, split), pipeline, progress)


def evaluate_nerel_events(
    folder: Path, *, settings: Settings | None = None, progress: Callable[[], None] = lambda: None
) -> EventScore:
    """Event detection against NEREL's EVENT triggers, each document run whole."""
    pipeline = build(stages.through("events"), settings or Settings(), provided={"text", "published"})
    return score_nerel_events(read_nerel_events(folder), pipeline, progress)


def evaluate_adaq(
    folder: Path, *, settings: Settings | None = None, progress: Callable[[], None] = lambda: None
) -> AdaqScore:
    """ADAQ's Russian sentences, each run through the annotate pipeline on its own."""
    pipeline = build(stages.through("quotes"), settings or Settings(), provided={"text", "published"})
    return score_adaq(read_adaq(folder), pipeline, progress=progress)


def evaluate_quotes(
    annotations: Path, shared: Path, *, settings: Settings | None = None, progress: Callable[[], None] = lambda: None
) -> QuoteScore:
    """Quotes, speakers and citations on kronika's annotated documents, each run whole."""
    pipeline = build(stages.through("quotes"), settings or Settings(), provided={"text", "published"})
    return score_quotes(read_quote_annotations(annotations, shared), pipeline, progress)


def evaluate_stories(
    corpus: str,
    labelled: Sequence[Labelled],
    *,
    settings: Settings | None = None,
    progress: Callable[[], None] = lambda: None,
) -> tuple[StoryScore, StoryScore]:
    """Ingest the articles into a fresh store in a fixed shuffled order, as a stream would bring them,
    and score the stories and the threads ingest gathered them into."""
    order = list(labelled)
    random.Random(20261122).shuffle(order)
    base = (settings or Settings()).model_copy(update={"cluster_stories": True})
    origins = [item.document.origin for item in order]
    with tempfile.TemporaryDirectory(prefix="kronika-eval-stories-") as scratch:
        service = _scratch_service(base, scratch, "stories.db")
        try:
            service.store_documents([item.document for item in order], _Progress(progress))
            stories = service.stories_of_origins(origins)
            threads = service.stories_of_origins(origins, threads=True)
        finally:
            service.close()

    def scored(found: dict[str, str | None], level: str) -> StoryScore:
        assigned = [
            Assigned(
                found.get(item.document.origin) or item.document.origin,
                (item.thread or item.gold) if level == "thread" else item.gold,
                item.lang,
            )
            for item in order
        ]
        return StoryScore(corpus, assigned, level)

    return scored(stories, "story"), scored(threads, "thread")
