"""The cost of adding one article to the story index at 1k, 10k and 100k stored stories.

Synthetic stories (unit vectors around random story centres, entities drawn from a
Zipf-like vocabulary) stand in for a large store, with one thread for every ten stories;
each size runs in a fresh process pinned to one core. Reported: the median time to assign
one new article over 200 articles, per run, the median over runs, peak memory, for the story
level alone and for both levels (story, then thread, with the merge check), and the cosine
of the article to every stored centroid as one matrix product (the linear scan the
candidate indexes avoid).

    python bench/story_bench.py [--runs 3] [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

WORKER = r"""
import json, os, resource, sys, time
import numpy as np
os.sched_setaffinity(0, {0})
from kronika.stories.features import DIMENSIONS, Features
from kronika.stories.index import Gatherer, Story, StoryIndex, new_story_id
size, mode = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(size)
vocabulary = [f"e:{i}" for i in range(50_000)]
weights = 1 / np.arange(1, len(vocabulary) + 1)
weights /= weights.sum()

def unit(vector):
    return (vector / np.linalg.norm(vector)).astype(np.float32)

draws = iter(rng.choice(len(vocabulary), size=8 * (size + 200), p=weights))

def entities():
    return frozenset(vocabulary[next(draws)] for _ in range(8))

centres = [unit(rng.standard_normal(DIMENSIONS)) for _ in range(size)]
stories = []
for centre in centres:
    story = Story(new_story_id(), np.zeros(DIMENSIONS, dtype=np.float32))
    story.add(Features(centre, entities(), None), None)
    stories.append(story)
threads = []
for number in range(max(1, size // 10)):
    thread = Story(new_story_id("t"), np.zeros(DIMENSIONS, dtype=np.float32))
    thread.add(Features(unit(rng.standard_normal(DIMENSIONS)), frozenset(), None), None)
    threads.append(thread)
for number, story in enumerate(stories):
    story.parent = threads[number % len(threads)].id
index = StoryIndex(stories=stories)
gatherer = Gatherer(stories, threads)
arrivals = [Features(unit(centres[i] + 0.3 * unit(rng.standard_normal(DIMENSIONS))), entities(), None)
            for i in rng.integers(0, size, 200)]
if mode == "linear":
    # The brute force the indexes avoid: every centroid against the article, as one matrix product.
    ids = list(index.stories)
    matrix = np.stack([index.stories[i].centroid for i in ids])
    def run(features):
        return ids[int(np.argmax(matrix @ features.embedding))]
elif mode == "gather":
    def run(features):
        return gatherer.assign(features)
else:
    def run(features):
        return index.assign(features)
timings = []
for features in arrivals:
    start = time.perf_counter()
    run(features)
    timings.append(time.perf_counter() - start)
print(json.dumps({"ms": 1000 * float(np.median(timings)), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(size: int, mode: str, runs: int) -> dict[str, float]:
    times, peaks = [], []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", WORKER, str(size), mode], check=True, capture_output=True, text=True
        )
        result = json.loads(output.stdout.strip().splitlines()[-1])
        times.append(result["ms"])
        peaks.append(result["peak_mb"])
    return {"ms": statistics.median(times), "peak_mb": max(peaks)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000,100000")
    arguments = parser.parse_args()
    print(
        "| stored stories | story only (ms) | story and thread (ms) | cosine to every centroid (ms) "
        "| story only / scan | peak RSS |"
    )
    print("|---|---|---|---|---|---|")
    for size in (int(s) for s in arguments.sizes.split(",")):
        indexed = measure(size, "index", arguments.runs)
        gathered = measure(size, "gather", arguments.runs)
        linear = measure(size, "linear", arguments.runs)
        ratio = indexed["ms"] / linear["ms"] if linear["ms"] else float("nan")
        print(
            f"| {size:,} | {indexed['ms']:.2f} | {gathered['ms']:.2f} | {linear['ms']:.2f} | {ratio:.2f} "
            f"| {gathered['peak_mb']:.0f} MB |"
        )


if __name__ == "__main__":
    main()
