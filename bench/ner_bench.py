"""Entity recognition throughput and peak memory, pinned to one core, against natasha in the same run.

Documents: every BSNLP ru and uk document and MEANTIME (en) from ../shared/data; enough
of them that per-word caches reach the steady state a long ingest runs in.
Each mode runs in a fresh process pinned to CPU 0, several times; medians are
reported, with peak RSS. Modes:
  natasha        natasha's NewsNERTagger alone on the Russian documents (the baseline);
  kronika-ru     kronika's language, sentences and entities stages on the same Russian documents;
  kronika-all    the same stages on all documents, with all three languages' models loaded.
Timing starts after models are loaded and one warm-up document has been tagged.

    python bench/ner_bench.py [--runs 3]   (natasha: pip install natasha)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"

WORKER = r"""
import json, os, resource, sys, time
os.sched_setaffinity(0, {0})
mode, paths = sys.argv[1], json.loads(sys.stdin.read())
texts = [open(p, encoding="utf-8").read() for p in paths]
if mode == "natasha":
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    def run(text):
        doc = Doc(text); doc.segment(segmenter); doc.tag_ner(tagger); return len(doc.spans)
else:
    from kronika import stages
    from kronika.doc import Document
    from kronika.pipeline import build
    from kronika.settings import Settings
    pipeline = build(stages.through("entities"), Settings(), provided={"text"})
    def run(text):
        return len(pipeline(Document(text=text, raw_format="txt", origin="bench")).mentions)
    if mode == "kronika-all":
        for warm in ("Президент России прибыл в Москву.", "Президент України прибув до Києва.", "The president arrived in London."):
            run(warm)
run(texts[0])
start = time.perf_counter()
mentions = sum(run(text) for text in texts)
elapsed = time.perf_counter() - start
print(json.dumps({"documents": len(texts), "words": sum(len(t.split()) for t in texts), "mentions": mentions,
                  "seconds": elapsed, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def corpus_paths() -> dict[str, list[str]]:
    bsnlp = SHARED / "bsnlp"
    by_lang = {lang: sorted(str(p) for p in (bsnlp / "raw").glob(f"*/{lang}/*.txt")) for lang in ("ru", "uk")}
    # MEANTIME keeps tokens in XML; the benchmark needs plain text, rebuilt by kronika's gold reader.
    from kronika.evaluation.gold import read_meantime

    scratch = ROOT / ".bench-meantime"
    scratch.mkdir(exist_ok=True)
    english = []
    for document in read_meantime(SHARED / "meantime-en" / "intra-doc_annotation"):
        path = scratch / f"{document.name}.txt"
        path.write_text(document.text, encoding="utf-8")
        english.append(str(path))
    by_lang["en"] = english
    return by_lang


def measure(mode: str, paths: list[str], runs: int) -> dict[str, float]:
    rates, peaks = [], []
    result: dict[str, float] = {}
    for run in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", WORKER, mode], input=json.dumps(paths), check=True, capture_output=True, text=True
        )
        result = json.loads(output.stdout.strip().splitlines()[-1])
        rates.append(result["documents"] / result["seconds"])
        peaks.append(result["peak_mb"])
        print(
            f"  {mode} run {run + 1}: {result['documents']} docs in {result['seconds']:.2f} s, peak {result['peak_mb']:.0f} MB",
            flush=True,
        )
    return {
        "documents": result["documents"],
        "words_per_doc": result["words"] / result["documents"],
        "docs_per_s": statistics.median(rates),
        "peak_mb": max(peaks),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (SHARED / "bsnlp").is_dir():
        sys.exit(f"skipped: {SHARED} is not there")
    by_lang = corpus_paths()
    every = by_lang["ru"] + by_lang["uk"] + by_lang["en"]
    results = {}
    try:
        results["natasha (baseline)"] = measure("natasha", by_lang["ru"], args.runs)
    except subprocess.CalledProcessError as error:
        print(f"  natasha baseline not measured: {error.stderr.strip().splitlines()[-1]}")
    results["kronika, ru"] = measure("kronika-ru", by_lang["ru"], args.runs)
    results["kronika, ru+uk+en"] = measure("kronika-all", every, args.runs)
    print(f"\n{'mode':<22}{'docs':>6}{'words/doc':>11}{'docs/s (median)':>17}{'peak RSS MB':>13}")
    for name, r in results.items():
        print(
            f"{name:<22}{r['documents']:>6.0f}{r['words_per_doc']:>11.0f}{r['docs_per_s']:>17.1f}{r['peak_mb']:>13.0f}"
        )
    if "natasha (baseline)" in results:
        ratio = results["kronika, ru"]["docs_per_s"] / results["natasha (baseline)"]["docs_per_s"]
        print(
            f"kronika / natasha throughput on the same Russian documents: {ratio:.2f} (one core, {args.runs} runs each)"
        )


if __name__ == "__main__":
    main()
