"""Near-duplicate detection with MinHash over word shingles, banded for index lookup."""

from __future__ import annotations

import hashlib
import struct

import numpy as np
from datasketch import MinHash

from kronika.stages.clean import normalise_for_identity

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3
_SEED = 20230915


def signature(text: str) -> np.ndarray:
    words = normalise_for_identity(text).split()
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8") for i in range(max(1, len(words) - SHINGLE_WORDS + 1))
    }
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update_batch(list(shingles))
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


def bands(values: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) keys; two texts sharing any key are candidates for comparison."""
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append((band, struct.unpack("<q", digest)[0]))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def to_bytes(values: np.ndarray) -> bytes:
    return values.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")
