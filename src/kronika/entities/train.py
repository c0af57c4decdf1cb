"""Train a CRF name tagger and write it where its recognizer loads it (src/kronika/models/).

    python -m kronika.entities.train --model crf --gold ../shared/data/bsnlp \\
        --split ../shared/data/bsnlp/SPLIT_cross-topic_train.txt

The gold is any layout kronika's evaluation reads (SlavicNER, MEANTIME). Sentences
that overlap a region the gold leaves unannotated are not trained on.

The gazetteer feature is computed for each training document without that
document's own counts, so the model learns how far to trust a gazetteer hit
on text it has not seen, which is the situation at tagging time.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from kronika.entities import crf_models
from kronika.entities.crf import CrfModel
from kronika.entities.features import Gazetteer, base_form, sentence_features
from kronika.entities.hints import Hinter, token_hints
from kronika.entities.lemma import lemmatize
from kronika.evaluation.gold import GoldDocument, read_gold
from kronika.stages.segment import split_sentences

_LINE = re.compile(r"[^\n]+")


@dataclass(slots=True)
class LabelledSentence:
    words: list[str]
    labels: list[str]
    hints: list[str]


def labelled_sentences(document: GoldDocument, hints: Hinter) -> Iterator[LabelledSentence]:
    """The document's sentences as the pipeline tokenizes them, with BIO labels from the gold spans."""
    lang = document.lang or ""
    for line in _LINE.finditer(document.text):
        spans = hints(document.text, line.start(), line.end())
        for sentence in split_sentences(line.group(), lang, line.start()):
            if any(a < sentence.end and sentence.start < b for a, b in document.ignored):
                continue
            words = [document.text[t.start : t.end] for t in sentence.tokens]
            labels = ["O"] * len(words)
            for mention in document.mentions:
                inside = [i for i, t in enumerate(sentence.tokens) if t.start >= mention.start and t.end <= mention.end]
                if inside:
                    labels[inside[0]] = "B-" + mention.type
                    for i in inside[1:]:
                        labels[i] = "I-" + mention.type
            yield LabelledSentence(words, labels, token_hints(sentence.tokens, spans))


def gazetteer_keys(lang: str, sentences: list[LabelledSentence]) -> list[tuple[str, str]]:
    return [(base_form(lang, w), label) for s in sentences for w, label in zip(s.words, s.labels, strict=True)]


def lemma_memory(documents: list[GoldDocument]) -> dict[str, str]:
    """Gold base forms that the rules get wrong, keyed by language and surface ("ru\tАсии Биби")."""
    seen: dict[str, Counter[str]] = {}
    for document in documents:
        for mention in document.mentions:
            if mention.lemma:
                key = f"{document.lang}\t{document.text[mention.start : mention.end]}"
                seen.setdefault(key, Counter())[f"{mention.type}\t{mention.lemma}"] += 1
    memory = {}
    for key, lemmas in seen.items():
        (best, count), total = lemmas.most_common(1)[0], sum(lemmas.values())
        kind, lemma = best.split("\t", 1)
        lang, surface = key.split("\t", 1)
        if count * 2 > total and lemmatize(lang, surface, kind) != lemma:
            memory[key] = lemma
    return memory


def train(
    documents: list[GoldDocument], model: CrfModel, out: Path, *, iterations: int, c1: float, c2: float
) -> dict[str, object]:
    prepared = [(d.lang or "", list(labelled_sentences(d, model.hints))) for d in documents]
    keys = [gazetteer_keys(lang, sentences) for lang, sentences in prepared]
    gazetteer = Gazetteer()
    for doc_keys in keys:
        gazetteer.add(doc_keys)
    trainer = pycrfsuite.Trainer(verbose=False)
    tokens = 0
    for (lang, sentences), doc_keys in zip(prepared, keys, strict=True):
        gazetteer.add(doc_keys, -1)
        for sentence in sentences:
            trainer.append(sentence_features(lang, sentence.words, gazetteer, sentence.hints), sentence.labels)
            tokens += len(sentence.words)
        gazetteer.add(doc_keys, 1)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    trainer.train(str(out / "model.crfsuite"))
    # Only name-bearing entries matter at tagging time; words never seen in a name are dropped.
    kept = {k: c for k, c in gazetteer.counts.items() if any(label != "O" and n > 0 for label, n in c.items())}
    (out / "gazetteer.json").write_text(
        json.dumps(Gazetteer(kept).to_json(), ensure_ascii=False, sort_keys=True), encoding="utf-8"
    )
    memory = lemma_memory(documents)
    (out / "lemmas.json").write_text(json.dumps(memory, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
    labels = Counter(label for _, sentences in prepared for s in sentences for label in s.labels)
    return {
        "documents": len(documents),
        "tokens": tokens,
        "seconds": round(time.perf_counter() - began, 1),
        "remembered_lemmas": len(memory),
        "labels": dict(labels),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", choices=sorted(crf_models), default="crf", help="which recognizer's model to train")
    parser.add_argument("--gold", type=Path, action="append", required=True, help="a gold corpus folder (repeatable)")
    parser.add_argument("--split", type=Path, help="SlavicNER: file listing the training documents")
    parser.add_argument("--langs", default="ru,uk,en")
    parser.add_argument("--out", type=Path, help="where to write (default: where the recognizer loads from)")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    args = parser.parse_args()
    model = crf_models[args.model]
    langs = frozenset(args.langs.split(","))
    documents = [d for gold in args.gold for d in read_gold(gold, split=args.split, langs=langs)]
    report = train(documents, model, args.out or model.directory, iterations=args.iterations, c1=args.c1, c2=args.c2)
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
