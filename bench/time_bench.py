"""Time-expression throughput on TempEval-3 (TBAQ, 259 English documents), one pinned core, medians of fresh processes.

Modes:
  dateparser     dateparser's search_dates on each document (the baseline; pip install dateparser);
  times          kronika's times stage alone (language known, publication date given);
  pipeline       language, sentences and times, as `kronika eval time` runs them.

    python bench/time_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPEVAL = ROOT.parent / "shared" / "data" / "tempeval3" / "Training" / "TBAQ-cleaned"

WORKER = r"""
import json, os, resource, sys, time
os.sched_setaffinity(0, {0})
from pathlib import Path
from kronika.evaluation.timex import read_timeml
mode, root = sys.argv[1], sys.argv[2]
documents = list(read_timeml(Path(root)))
if mode == "dateparser":
    from dateparser.search import search_dates
    def run(d):
        return len(search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": d.created}) or [])
elif mode == "times":
    from kronika.timex.find import find_times
    def run(d):
        return len(find_times(d.text, "en", d.created.date() if d.created else None))
else:
    from kronika.doc import Document
    from kronika.pipeline import build
    from kronika.settings import Settings
    pipeline = build(("language", "sentences", "times"), Settings(), provided={"text", "published"})
    def run(d):
        return len(pipeline(Document(text=d.text, raw_format="gold", origin=d.name, published=d.created)).times)
run(documents[0])
start = time.perf_counter()
found = sum(run(d) for d in documents)
elapsed = time.perf_counter() - start
print(json.dumps({"documents": len(documents), "found": found, "seconds": elapsed,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(mode: str, runs: int) -> dict[str, float]:
    rates, peaks = [], []
    for run in range(runs):
        output = subprocess.run(
            [sys.executable, "-c", WORKER, mode, str(TEMPEVAL)], check=True, capture_output=True, text=True
        )
        result = json.loads(output.stdout.strip().splitlines()[-1])
        rates.append(result["documents"] / result["seconds"])
        peaks.append(result["peak_mb"])
        print(
            f"  {mode} run {run + 1}: {result['documents']} docs in {result['seconds']:.2f} s, {result['found']} found",
            flush=True,
        )
    return {"docs_per_s": statistics.median(rates), "peak_mb": max(peaks)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not TEMPEVAL.is_dir():
        sys.exit(f"skipped: {TEMPEVAL} is not there")
    results = {}
    try:
        results["dateparser (baseline)"] = measure("dateparser", args.runs)
    except subprocess.CalledProcessError as error:
        print(f"  dateparser baseline not measured: {error.stderr.strip().splitlines()[-1]}")
    results["kronika times stage"] = measure("times", args.runs)
    results["language + sentences + times"] = measure("pipeline", args.runs)
    print(f"\n{'mode':<32}{'docs/s (median)':>17}{'peak RSS MB':>13}")
    for name, r in results.items():
        print(f"{name:<32}{r['docs_per_s']:>17.1f}{r['peak_mb']:>13.0f}")
    if "dateparser (baseline)" in results:
        ratio = results["kronika times stage"]["docs_per_s"] / results["dateparser (baseline)"]["docs_per_s"]
        print(f"times stage / dateparser throughput: {ratio:.2f} (one core, {args.runs} runs each)")


if __name__ == "__main__":
    main()
