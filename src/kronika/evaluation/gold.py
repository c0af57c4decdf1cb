"""Readers of annotated named-entity corpora, each mapped onto the five BSNLP types.

Every reader yields :class:`GoldDocument` with spans into its own text, so one
scorer serves them all. ``scheme`` names the types a corpus annotates: a corpus
without EVT or PRO must not count the system's EVT or PRO mentions as errors.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    type: str
    lemma: str | None = None
    # The corpus' cross-document, cross-lingual entity id, where it has one (SlavicNER).
    entity: str | None = None


@dataclass(slots=True)
class GoldDocument:
    name: str
    text: str
    lang: str | None
    scheme: frozenset[str]
    mentions: list[GoldMention] = field(default_factory=list)
    # Annotated spans that did not match the text they point at.
    misaligned: int = 0
    # Regions where the gold marks something other than a bare name; predictions
    # inside them are neither rewarded nor punished.
    ignored: list[tuple[int, int]] = field(default_factory=list)


# NER-UK 2.0 and NEREL types that are names in the BSNLP sense; the rest
# (dates, jobs, money, NEREL's common-noun EVENT...) are not entities here.
BRAT_TYPES = {
    "PERS": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "STATE_OR_PROVINCE": "LOC",
    "DISTRICT": "LOC",
}


def read_slavicner(
    root: Path, *, split: Path | None = None, langs: frozenset[str] | None = None
) -> Iterator[GoldDocument]:
    """SlavicNER/BSNLP: ``ner/<topic>/<lang>/<doc>.tsv`` over ``raw/<topic>/<lang>/<doc>.txt``.

    ``split`` is a file of ``raw/...`` paths, as the corpus ships its train and test lists.
    """
    if split is not None:
        raws = [root / line.strip() for line in split.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        raws = sorted((root / "raw").glob("*/*/*.txt"))
    for raw in raws:
        lang = raw.parent.name
        if langs is not None and lang not in langs:
            continue
        annotation = root / "ner" / raw.relative_to(root / "raw").with_suffix(".tsv")
        if not annotation.exists():
            continue
        text = raw.read_text(encoding="utf-8")
        document = GoldDocument(str(raw.relative_to(root)), text, lang, frozenset(TYPES))
        with annotation.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 5:
                    continue
                start, end, surface, lemma, kind = int(row[0]), int(row[1]), row[2], row[3], row[4]
                if text[start:end] != surface or kind not in TYPES:
                    document.misaligned += 1
                    continue
                entity = row[5] if len(row) > 5 and row[5] else None
                document.mentions.append(GoldMention(start, end, kind, lemma, entity))
        yield document


# Time expressions in the same corpora, for detection scores.
BRAT_TIME_TYPES = {"DATE": "DATE", "TIME": "TIME", "PERIOD": "DURATION"}


def read_brat(root: Path, *, lang: str | None = None, types: dict[str, str] = BRAT_TYPES) -> Iterator[GoldDocument]:
    """BRAT standoff (NER-UK, NEREL), outermost spans of the ``types`` wanted, as BSNLP annotates names."""
    scheme = frozenset(types.values())
    for annotation in sorted(root.rglob("*.ann")):
        text = annotation.with_suffix(".txt").read_text(encoding="utf-8")
        document = GoldDocument(str(annotation.relative_to(root).with_suffix("")), text, lang, scheme)
        spans: list[GoldMention] = []
        for line in annotation.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) == 5:  # NER-UK writes "T1<tab>ORG<tab>0<tab>17<tab>text"
                fields = [fields[0], " ".join(fields[1:4]), fields[4]]
            if not line.startswith("T") or len(fields) < 3:
                continue
            kind, _, offsets = fields[1].partition(" ")
            if kind not in types or ";" in offsets:
                continue
            bounds = offsets.split()
            if len(bounds) != 2 or not all(b.isdigit() for b in bounds):
                document.misaligned += 1
                continue
            start, end = int(bounds[0]), int(bounds[1])
            if text[start:end] != fields[2]:
                document.misaligned += 1
                continue
            spans.append(GoldMention(start, end, types[kind]))
        document.mentions = [
            span for span in spans if not any(o.start <= span.start and span.end <= o.end and o != span for o in spans)
        ]
        yield document


_MEANTIME_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
_PRONOUNS = frozenset(
    ["It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our"]
)
_NAME_CONNECTORS = frozenset({"of", "and", "&", "for", "the", "de", "-", ".", "'s", "on"})
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,:;!?)\]}%]|'s|n't|'|'re|'ve|'ll|'d|'m)$")


def read_meantime(root: Path) -> Iterator[GoldDocument]:
    """NewsReader MEANTIME (a folder of .xml files, or one file): named entity mentions of persons,
    organisations and places.

    The corpus stores tokens, not text, so the text is rebuilt with ordinary
    spacing and the mention offsets are computed on it. MEANTIME marks whole
    noun phrases ("JSA Research defence analysist Paul Nesbit"); a phrase that
    is a name once its leading article or lowercase words are dropped ("the
    White House", "analyst Paul Nesbit") is scored as that name, and
    any other phrase becomes an ignored region rather than a wrong answer. So do
    the sentences past the annotated opening of each article.
    """
    scheme = frozenset(_MEANTIME_TYPES.values())
    for path in [root] if root.is_file() else sorted(root.rglob("*.xml")):
        tree = etree.parse(str(path))
        offsets: dict[str, tuple[int, int]] = {}
        sentence_of: dict[str, str] = {}
        sentence_spans: dict[str, tuple[int, int]] = {}
        parts: list[str] = []
        length = 0
        sentence = None
        for token in tree.iter("token"):
            word = token.text or ""
            if parts:
                separator = "\n" if token.get("sentence") != sentence else ("" if _NO_SPACE_BEFORE.match(word) else " ")
                parts.append(separator)
                length += len(separator)
            sentence = token.get("sentence")
            offsets[token.get("t_id", "")] = (length, length + len(word))
            sentence_of[token.get("t_id", "")] = sentence or ""
            first, _ = sentence_spans.get(sentence or "", (length, 0))
            sentence_spans[sentence or ""] = (first, length + len(word))
            parts.append(word)
            length += len(word)
        text = "".join(parts)
        entity_type = {e.get("m_id"): e.get("ent_type") for e in tree.iter("ENTITY")}
        refers: dict[str, str] = {}
        for relation in tree.iter("REFERS_TO"):
            target = relation.find("target")
            for source in relation.iter("source"):
                if target is not None:
                    refers[source.get("m_id", "")] = target.get("m_id", "")
        document = GoldDocument(path.stem, text, "en", scheme)
        # Only the title and first sentences of each article are annotated; the rest is not gold.
        annotated = {sentence_of[a.get("t_id", "")] for a in tree.iter("token_anchor") if a.get("t_id") in sentence_of}
        for number, (start, end) in sentence_spans.items():
            if number not in annotated:
                document.ignored.append((start, end))
        for mention in tree.iter("ENTITY_MENTION"):
            # Many names carry an empty syntactic type, so the name test below decides, not the label.
            if mention.get("syntactic_type") not in ("NAM", ""):
                continue
            kind = _MEANTIME_TYPES.get(entity_type.get(refers.get(mention.get("m_id", ""), ""), "") or "")
            anchors = sorted(
                offsets[a.get("t_id", "")] for a in mention.iter("token_anchor") if a.get("t_id") in offsets
            )
            if not kind or not anchors:
                continue
            words = [text[a:b] for a, b in anchors]
            # Names are scored without a leading article, as the recognizers write them.
            while words and (not words[0][:1].isupper() or (words[0] == "The" and len(words) > 1)):
                words.pop(0)
                anchors.pop(0)
            if (
                words
                and words[0] not in _PRONOUNS
                and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_CONNECTORS for w in words)
            ):
                document.mentions.append(GoldMention(anchors[0][0], anchors[-1][1], kind))
            elif anchors:
                document.ignored.append((anchors[0][0], anchors[-1][1]))
        yield document


def read_gold(path: Path, *, split: Path | None = None, langs: frozenset[str] | None = None) -> Iterator[GoldDocument]:
    """Any supported layout, recognised by its files."""
    if (path / "ner").is_dir() and (path / "raw").is_dir():
        return read_slavicner(path, split=split, langs=langs)
    if next(path.rglob("*.ann"), None) is not None:
        lang = next(iter(langs)) if langs and len(langs) == 1 else None
        return read_brat(path, lang=lang)
    if next(path.rglob("*.xml"), None) is not None:
        return read_meantime(path)
    raise ValueError(f"{path}: no SlavicNER (ner/, raw/), BRAT (.ann) or MEANTIME (.xml) files found")
