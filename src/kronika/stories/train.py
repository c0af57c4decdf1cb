"""Estimate the per-language mean embeddings that threads compare articles without.

    python -m kronika.stories.train --bsnlp ../shared/data/bsnlp \\
        --split ../shared/data/bsnlp/SPLIT_cross-topic_train.txt --ecb ../shared/data/ecbplus/ECB+

Each language's mean is taken over the leads of its training articles, as ingest embeds them:
SlavicNER's training split for bg, cs, pl, ru, sl and uk, ECB+'s development topics for en.
"*", the mean of the language means, stands in for a language with none.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np
from rich.progress import track

from kronika.doc import Document
from kronika.evaluation.stories import ECB_DEV_TOPICS, read_ecbplus, read_slavic_topics
from kronika.stories.features import CENTRING, embed, lead

_BATCH = 16


def language_means(articles: list[tuple[str, Document]]) -> dict[str, list[float]]:
    leads: dict[str, list[str]] = defaultdict(list)
    for lang, document in articles:
        leads[lang].append(lead(document))
    means: dict[str, np.ndarray] = {}
    for lang, texts in sorted(leads.items()):
        batches = range(0, len(texts), _BATCH)
        vectors = [embed(texts[i : i + _BATCH]) for i in track(batches, description=f"{lang} ({len(texts)})")]
        means[lang] = np.concatenate(vectors).mean(axis=0)
    means["*"] = np.mean(list(means.values()), axis=0)
    return {lang: [round(float(x), 6) for x in vector] for lang, vector in means.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bsnlp", type=Path, required=True)
    parser.add_argument("--split", type=Path, required=True)
    parser.add_argument("--ecb", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=CENTRING)
    args = parser.parse_args()
    articles = [(item.lang, item.document) for item in read_slavic_topics(args.bsnlp, args.split)]
    articles += [(item.lang, item.document) for item in read_ecbplus(args.ecb, ECB_DEV_TOPICS)]
    means = language_means(articles)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(means) + "\n", encoding="utf-8")
    counts = {lang: sum(1 for a, _ in articles if a == lang) for lang in means if lang != "*"}
    print(f"wrote {args.out}: means of {counts}")


if __name__ == "__main__":
    main()
