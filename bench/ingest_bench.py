"""Ingest throughput and peak memory on the sample corpus replicated to N documents.

Each measurement runs in a fresh process (so peak RSS is that run's own), several
times; the report gives medians and the ratio to a baseline measured in the same
run: the readers alone on the same files, without annotation or storage; and the
cost of entity linking, as full ingest against ingest with KRONIKA_LINK_ENTITIES=false.

    python bench/ingest_bench.py [--docs 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "corpus"

WORKER = r"""
import json, resource, sys, time
mode, corpus, db = sys.argv[1:4]
start = time.perf_counter()
if mode == "read":
    from kronika.ingest.base import ReadContext
    from kronika.ingest.fetch import Fetcher
    from kronika.ingest.sources import expand, read_item
    from kronika.settings import Settings
    settings = Settings()
    context = ReadContext(settings, Fetcher(settings))
    documents = sum(1 for item in expand([corpus]) for result in read_item(item, context) if not hasattr(result, "reason"))
else:
    import os
    import kronika
    if mode == "ingest-unlinked":
        os.environ["KRONIKA_LINK_ENTITIES"] = "false"
    report = kronika.open(db).ingest([corpus])
    documents = report.read - len(report.rejected)
elapsed = time.perf_counter() - start
print(json.dumps({"documents": documents, "seconds": elapsed, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def sample_documents() -> list[tuple[str, str, str]]:
    """(source, title, body) of every sample article, read through kronika's own readers."""
    from kronika.ingest.base import ReadContext
    from kronika.ingest.fetch import Fetcher
    from kronika.ingest.sources import expand, read_item
    from kronika.settings import Settings

    settings = Settings()
    context = ReadContext(settings, Fetcher(settings))
    found = []
    for item in expand([str(SAMPLES)]):
        if isinstance(item, str):
            for result in read_item(item, context):
                if not hasattr(result, "reason"):
                    found.append((result.source or "Unknown", result.title or "", result.text))
    return found


def replicate(documents: list[tuple[str, str, str]], count: int, target: Path) -> None:
    """Distinct variants: every fourth word swapped for another word of the corpus, so
    the near-duplicate check does not fold them and each takes the full new-document path."""
    rng = random.Random(13)
    vocabulary = sorted({word for _, _, body in documents for word in body.split() if word.isalpha()})
    jsonl: list[str] = []
    for number in range(count):
        source, title, body = documents[number % len(documents)]
        words = body.split(" ")
        for index in range(number % 4, len(words), 4):
            if words[index].isalpha():
                words[index] = rng.choice(vocabulary)
        text = " ".join(words)
        day = 1 + number % 28
        if number % 2:
            jsonl.append(
                json.dumps(
                    {
                        "url": f"https://example.org/bench/{number}",
                        "title": title,
                        "source": source,
                        "published": f"2024-03-{day:02d}T10:00:00+00:00",
                        "text": text,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            (target / f"doc_{number:05d}.txt").write_text(f"{source}\n{day:02d}.03.2024\n\n{text}\n", encoding="utf-8")
    for chunk in range(0, len(jsonl), 100):
        (target / f"batch_{chunk:05d}.jsonl").write_text("\n".join(jsonl[chunk : chunk + 100]) + "\n", encoding="utf-8")


def measure(mode: str, corpus: Path, runs: int) -> dict[str, float]:
    rates, peaks, counts = [], [], []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            db = str(Path(scratch) / "bench.db")
            output = subprocess.run(
                [sys.executable, "-c", WORKER, mode, str(corpus), db], check=True, capture_output=True, text=True
            )
            result = json.loads(output.stdout.strip().splitlines()[-1])
        rates.append(result["documents"] / result["seconds"])
        peaks.append(result["peak_mb"])
        counts.append(result["documents"])
        print(
            f"  {mode} run {run + 1}: {result['documents']} docs in {result['seconds']:.1f} s, peak {result['peak_mb']:.0f} MB",
            flush=True,
        )
    return {"documents": statistics.median(counts), "docs_per_s": statistics.median(rates), "peak_mb": max(peaks)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as corpus_dir:
        corpus = Path(corpus_dir)
        replicate(sample_documents(), args.docs, corpus)
        baseline = measure("read", corpus, args.runs)
        unlinked = measure("ingest-unlinked", corpus, args.runs)
        full = measure("ingest", corpus, args.runs)
    ratio = full["docs_per_s"] / baseline["docs_per_s"]
    print(f"\n{'mode':<28}{'docs':>8}{'docs/s (median)':>18}{'peak RSS MB':>14}")
    print(
        f"{'readers only (baseline)':<28}{baseline['documents']:>8.0f}{baseline['docs_per_s']:>18.1f}{baseline['peak_mb']:>14.0f}"
    )
    print(
        f"{'ingest without linking':<28}{unlinked['documents']:>8.0f}{unlinked['docs_per_s']:>18.1f}{unlinked['peak_mb']:>14.0f}"
    )
    print(f"{'full ingest, SQLite':<28}{full['documents']:>8.0f}{full['docs_per_s']:>18.1f}{full['peak_mb']:>14.0f}")
    print(f"ingest / baseline throughput ratio: {ratio:.2f} ({args.runs} runs each, max RSS of any run)")
    print(f"with linking / without linking: {full['docs_per_s'] / unlinked['docs_per_s']:.2f}")


if __name__ == "__main__":
    main()
