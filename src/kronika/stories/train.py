"""Estimate the per-language mean embeddings that threads compare articles without.

    python -m kronika.stories.train --data ../shared/data

A mean must take away the language and keep the topic, so it is taken over varied news, never over
a few topics (a mean over five topics takes their directions away too, and every other topic then
looks alike). Varied news exists for three languages: NEREL's training part (ru, Wikinews),
NER-UK (uk), TempEval-3's TBAQ (en). For the others, SlavicNER's training split tells how far each
language lies from Russian, since its six languages report the same five topics: the offset is the
mean over topics of the language's topic means, less Russian's. "*", the mean of the varied means,
stands in for a language with neither.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from rich.progress import track

from kronika.doc import Document
from kronika.evaluation.gold import read_brat
from kronika.evaluation.stories import read_slavic_topics
from kronika.evaluation.timex import read_timeml
from kronika.stories.features import CENTRING, embed, lead

_BATCH = 16
# Articles per language and topic for the offsets: enough for a mean, a fraction of the split's time.
_PER_TOPIC = 60


def mean_of(texts: list[str], label: str) -> np.ndarray:
    batches = range(0, len(texts), _BATCH)
    vectors = [embed(texts[i : i + _BATCH]) for i in track(batches, description=f"{label} ({len(texts)})")]
    mean: np.ndarray = np.concatenate(vectors).mean(axis=0)
    return mean


def _leads(documents: Iterable[Document]) -> list[str]:
    return [lead(document) for document in documents]


def varied_news(data: Path) -> dict[str, list[str]]:
    """Leads of news on many topics, by language."""

    def brat(folder: Path) -> list[str]:
        return _leads(Document(text=g.text, raw_format="gold", origin=g.name) for g in read_brat(folder))

    timeml = read_timeml(data / "tempeval3" / "Training" / "TBAQ-cleaned")
    return {
        "ru": brat(data / "nerel" / "train"),
        "uk": brat(data / "ner-uk"),
        "en": _leads(Document(text=t.text, raw_format="gold", origin=t.name) for t in timeml),
    }


def topic_leads(data: Path) -> dict[tuple[str, str], list[str]]:
    """Leads of SlavicNER's training split by (language, topic), at most ``_PER_TOPIC`` of each."""
    bsnlp = data / "bsnlp"
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    items = list(read_slavic_topics(bsnlp, bsnlp / "SPLIT_cross-topic_train.txt"))
    random.Random(20261122).shuffle(items)
    for item in items:
        texts = found[item.lang, item.gold]
        if len(texts) < _PER_TOPIC:
            texts.append(lead(item.document))
    return found


def language_means(data: Path) -> dict[str, np.ndarray]:
    means = {lang: mean_of(texts, f"{lang} varied news") for lang, texts in varied_news(data).items()}
    by_language: dict[str, list[np.ndarray]] = defaultdict(list)
    for (lang, topic), texts in sorted(topic_leads(data).items()):
        by_language[lang].append(mean_of(texts, f"{lang} {topic}"))
    topical = {lang: np.mean(vectors, axis=0) for lang, vectors in by_language.items()}
    for lang, vector in topical.items():
        means.setdefault(lang, means["ru"] + vector - topical["ru"])
    means["*"] = np.mean([means[lang] for lang in ("ru", "uk", "en")], axis=0)
    return means


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="The shared data folder (../shared/data).")
    parser.add_argument("--out", type=Path, default=CENTRING)
    args = parser.parse_args()
    means = language_means(args.data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    rounded = {lang: [round(float(x), 6) for x in vector] for lang, vector in sorted(means.items())}
    args.out.write_text(json.dumps(rounded) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {', '.join(sorted(means))}")


if __name__ == "__main__":
    main()
