"""Quotes scored against ADAQ (Russian source/cue/content token labels) and kronika's own
annotated documents (eval/quotes/*.jsonl, docs/quotes-annotation.md).

ADAQ labels tokens; a system quote is projected onto its tokens. ADAQ's guideline counts the
complementizer ("что") and the quotation marks as part of the content, so the projection
adds them, and nothing else, to the content kronika reports without them.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kronika.doc import Document, Quote
from kronika.evaluation import Tally
from kronika.evaluation.events import read_source_text
from kronika.lang import profile_for
from kronika.linking.coref import group
from kronika.linking.keys import name_key, person_keys

Span = tuple[int, int]
ROLES = ("source", "cue", "content")
_MARKS = frozenset("«»\"„“”‘’'")


@dataclass(slots=True)
class TokenSentence:
    id: str
    text: str
    tokens: list[Span]
    labels: list[str]  # source, cue, content or "" per token


def read_adaq(folder: Path, lang: str = "ru") -> Iterator[TokenSentence]:
    """ADAQ's ``<lang>_sentences.tsv`` and ``<lang>_tokens.tsv``, tokens aligned to the sentence text."""
    with (folder / f"{lang}_sentences.tsv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t"))
    texts = {row[1]: row[0] for row in rows[1:] if len(row) >= 2}
    tokens: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with (folder / f"{lang}_tokens.tsv").open(encoding="utf-8", newline="") as stream:
        for row in list(csv.reader(stream, delimiter="\t"))[1:]:
            if len(row) >= 5:
                tokens[row[2]].append((row[1], "" if row[4] == "None" else row[4]))
    for sentence_id, text in texts.items():
        spans: list[Span] = []
        labels: list[str] = []
        cursor = 0
        for surface, label in tokens.get(sentence_id, []):
            start = text.find(surface, cursor)
            if start < 0:
                continue  # a token the sentence spells differently; it is left out on both sides
            spans.append((start, start + len(surface)))
            labels.append(label)
            cursor = start + len(surface)
        yield TokenSentence(sentence_id, text, spans, labels)


def _project(document: Document, tokens: list[Span]) -> list[str]:
    """The label each token gets from the system's quotes, in ADAQ's conventions."""
    labels = [""] * len(tokens)
    speech = profile_for(document.lang).speech
    complementizers = speech.complementizers if speech else frozenset()
    text = document.text

    def mark(span: Span | None, label: str) -> None:
        if span is None:
            return
        for i, (start, end) in enumerate(tokens):
            if start < span[1] and span[0] < end and not labels[i]:
                labels[i] = label

    for quote in document.quotes:
        mark((quote.cue_start, quote.cue_end), "cue")
        if quote.source_start is not None and quote.source_end is not None:
            mark((quote.source_start, quote.source_end), "source")
        start, end = quote.start, quote.end
        before = [i for i, (s, e) in enumerate(tokens) if e <= start]
        after = [i for i, (s, e) in enumerate(tokens) if s >= end]
        if before and (
            text[slice(*tokens[before[-1]])] in _MARKS or text[slice(*tokens[before[-1]])].lower() in complementizers
        ):
            start = tokens[before[-1]][0]
        if after and text[slice(*tokens[after[0]])] in _MARKS:
            end = tokens[after[0]][1]
        mark((start, end), "content")
    return labels


@dataclass(slots=True)
class AdaqScore:
    sentences: int = 0
    roles: dict[str, Tally] = field(default_factory=lambda: {role: Tally() for role in ROLES})
    quotes: Tally = field(default_factory=Tally)


def _content_runs(labels: list[str]) -> set[tuple[int, ...]]:
    """Each quote's content as the tuple of its token indices (one run of content tokens per quote)."""
    runs: list[list[int]] = []
    for i, label in enumerate(labels):
        if label == "content":
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    return {tuple(run) for run in runs}


def score_adaq(
    sentences: Iterator[TokenSentence],
    annotate: Callable[[Document], Document],
    lang: str = "ru",
    progress: Callable[[], None] = lambda: None,
) -> AdaqScore:
    score = AdaqScore()
    for sentence in sentences:
        document = annotate(Document(text=sentence.text, raw_format="gold", origin=sentence.id, lang=lang))
        found = _project(document, sentence.tokens)
        score.sentences += 1
        for role in ROLES:
            tally = score.roles[role]
            tally.found += found.count(role)
            tally.gold += sentence.labels.count(role)
            tally.add_hits(sum(f == g == role for f, g in zip(found, sentence.labels, strict=True)))
        system, gold = _content_runs(found), _content_runs(sentence.labels)
        score.quotes.found += len(system)
        score.quotes.gold += len(gold)
        score.quotes.add_hits(len(system & gold))
        progress()
    return score


# --- kronika's own annotated documents ---------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoldQuote:
    content: Span
    kind: str
    speaker: str | None


@dataclass(slots=True)
class GoldDocument:
    id: str
    lang: str
    text: str
    quotes: list[GoldQuote]
    citations: list[str]  # canonical names of the cited sources


def read_quote_annotations(folder: Path, shared: Path) -> Iterator[GoldDocument]:
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            quotes = [
                GoldQuote((q["content"][0], q["content"][1]), q["kind"], q.get("speaker")) for q in item["quotes"]
            ]
            citations = [c["source"] for c in item.get("citations", [])]
            yield GoldDocument(item["id"], item["lang"], read_source_text(shared, item["source"]), quotes, citations)


@dataclass(slots=True)
class QuoteScore:
    documents: int = 0
    # language -> tallies: quotes (content overlap), content (characters), speaker (accuracy), citations
    detection: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    content: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    speaker: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    citations: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _names_of(document: Document, quote: Quote, groups: dict[int, list[int]]) -> list[str]:
    """The base forms of every mention of the quote's speaker in the document."""
    if quote.speaker is None:
        return []
    return [document.mentions[i].lemma for i in groups.get(quote.speaker, [quote.speaker])]


def _same_name(gold: str, names: list[str]) -> bool:
    """The annotated name and one the system found name the same: equal keys, or one is the other
    with words left off at the end ("Aer Lingus" / "Aer Lingus Group PLC", "Teperman" / "Lewis W. Teperman")."""
    keys = person_keys(gold) | {name_key(gold)}
    gold_words = name_key(gold).split()
    for name in names:
        words = name_key(name).split()
        if keys & (person_keys(name) | {name_key(name)}):
            return True
        shorter, longer = sorted((words, gold_words), key=len)
        if shorter and (longer[: len(shorter)] == shorter or shorter == longer[-1:]):
            return True
    return False


def _letters(span: Span, text: str) -> set[int]:
    return {i for i in range(*span) if not text[i].isspace()}


def score_quotes(
    documents: Iterator[GoldDocument],
    annotate: Callable[[Document], Document],
    progress: Callable[[], None] = lambda: None,
) -> QuoteScore:
    """Quotes match when their contents overlap most; speakers are right when the system's speaker
    entity carries the annotated name; citations match on the source's name."""
    score = QuoteScore()
    for gold in documents:
        document = annotate(Document(text=gold.text, raw_format="gold", origin=gold.id))
        score.documents += 1
        groups = {i: members for members in group(document.text, document.mentions) for i in members}
        pairs = _pair(document.quotes, gold.quotes)
        for key in (gold.lang, "all"):
            detection = score.detection[key]
            detection.found += len(document.quotes)
            detection.gold += len(gold.quotes)
            detection.add_hits(len(pairs))
            content = score.content[key]
            found_letters = set().union(*(_letters((q.start, q.end), gold.text) for q in document.quotes))
            gold_letters = set().union(*(_letters(q.content, gold.text) for q in gold.quotes))
            content.found += len(found_letters)
            content.gold += len(gold_letters)
            content.add_hits(len(found_letters & gold_letters))
            speaker = score.speaker[key]
            for system, annotated in pairs:
                if annotated.speaker is None:
                    continue
                speaker.gold += 1
                speaker.found += 1
                speaker.add_hits(_same_name(annotated.speaker, _names_of(document, system, groups)))
            cited = score.citations[key]
            names = [document.text[c.start : c.end] for c in document.citations]
            cited.found += len(document.citations)
            cited.gold += len(gold.citations)
            cited.add_hits(
                sum(
                    any(_same_name(source, [n]) or name_key(source) in name_key(n) for n in names)
                    for source in gold.citations
                )
            )
        progress()
    return score


def _pair(found: list[Quote], gold: list[GoldQuote]) -> list[tuple[Quote, GoldQuote]]:
    """One-to-one pairs of system and gold quotes, largest content overlap first."""
    candidates = sorted(
        ((_overlap((f.start, f.end), g.content), i, j) for i, f in enumerate(found) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_found: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for overlap, i, j in candidates:
        if overlap <= 0:
            break
        if i in used_found or j in used_gold:
            continue
        used_found.add(i)
        used_gold.add(j)
        pairs.append((found[i], gold[j]))
    return pairs
