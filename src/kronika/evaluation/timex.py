"""Time expressions scored against TimeML (TempEval-3) and BRAT date spans (NER-UK, NEREL).

Spans are scored strictly (same start and end) and relaxed (overlapping), as
TempEval-3 does; values are scored on the relaxed matches: value accuracy, and
value F1, where a hit needs an overlapping span and the same value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from lxml import etree

from kronika.doc import Document, TimeExpression
from kronika.evaluation import precision_recall_f1
from kronika.evaluation.gold import BRAT_TIME_TYPES, read_brat


@dataclass(frozen=True, slots=True)
class GoldTime:
    start: int
    end: int
    value: str | None


@dataclass(slots=True)
class TimeDocument:
    name: str
    text: str
    lang: str | None
    created: datetime | None
    times: list[GoldTime]


def _walk(element: etree._Element, parts: list[str], times: list[GoldTime]) -> None:
    """Append the element's text to ``parts`` in document order, noting where each TIMEX3 falls."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, times)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len("".join(element.itertext()))
        times.append(GoldTime(start, end, element.get("value")))


def read_timeml(root: Path) -> Iterator[TimeDocument]:
    """TimeML files: the text of <TEXT> with its TIMEX3 spans and values, and the creation time."""
    for path in sorted(root.rglob("*.tml")):
        tree = etree.parse(str(path))
        created = None
        for timex in tree.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                created = datetime.fromisoformat(timex.get("value", "")[:10])
        body = tree.find(".//TEXT")
        if body is None:
            continue
        parts: list[str] = []
        times: list[GoldTime] = []
        _walk(body, parts, times)
        yield TimeDocument(path.stem, "".join(parts), "en", created, times)


def read_brat_times(root: Path) -> Iterator[TimeDocument]:
    for document in read_brat(root, types=BRAT_TIME_TYPES):
        yield TimeDocument(
            document.name, document.text, None, None, [GoldTime(m.start, m.end, None) for m in document.mentions]
        )


def read_time_gold(path: Path) -> Iterator[TimeDocument]:
    if next(path.rglob("*.tml"), None) is not None:
        return read_timeml(path)
    if next(path.rglob("*.ann"), None) is not None:
        return read_brat_times(path)
    raise ValueError(f"{path}: no TimeML (.tml) or BRAT (.ann) files found")


@dataclass(slots=True)
class Counts:
    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_found: int = 0
    valued: int = 0  # gold expressions with a value, matched relaxed
    value_right: int = 0


@dataclass(slots=True)
class TimeScore:
    corpus: str
    by_lang: dict[str, Counts] = field(default_factory=dict)
    documents: int = 0

    def add(self, lang: str, gold: list[GoldTime], found: list[TimeExpression]) -> None:
        counts = self.by_lang.setdefault(lang, Counts())
        counts.gold += len(gold)
        counts.found += len(found)
        exact = {(t.start, t.end) for t in found}
        counts.strict += sum((g.start, g.end) in exact for g in gold)
        counts.relaxed_gold += sum(any(t.start < g.end and g.start < t.end for t in found) for g in gold)
        counts.relaxed_found += sum(any(t.start < g.end and g.start < t.end for g in gold) for t in found)
        for g in gold:
            if g.value is None:
                continue
            overlapping = [t for t in found if t.start < g.end and g.start < t.end]
            if overlapping:
                counts.valued += 1
                counts.value_right += any(t.value == g.value for t in overlapping)

    def rows(self) -> list[dict[str, Any]]:
        """One row of figures per language: strict and relaxed span scores, value accuracy and value F1."""
        rows: list[dict[str, Any]] = []
        for lang, c in sorted(self.by_lang.items()):
            strict = precision_recall_f1(c.strict, c.found, c.strict, c.gold)
            relaxed = precision_recall_f1(c.relaxed_found, c.found, c.relaxed_gold, c.gold)
            valued = precision_recall_f1(c.value_right, c.found, c.value_right, c.gold) if c.valued else None
            rows.append(
                {
                    "corpus": self.corpus,
                    "lang": lang,
                    "gold": c.gold,
                    "found": c.found,
                    "strict_f1": round(strict[2], 4),
                    "relaxed_p": round(relaxed[0], 4),
                    "relaxed_r": round(relaxed[1], 4),
                    "relaxed_f1": round(relaxed[2], 4),
                    "value_accuracy": round(c.value_right / c.valued, 4) if c.valued else None,
                    "value_f1": round(valued[2], 4) if valued else None,
                }
            )
        return rows


def score_times(
    corpus: str,
    documents: Iterable[TimeDocument],
    annotate: Callable[[Document], Document],
    progress: Callable[[], None] = lambda: None,
) -> TimeScore:
    score = TimeScore(corpus)
    for gold in documents:
        document = annotate(Document(text=gold.text, raw_format="gold", origin=gold.name, published=gold.created))
        score.add(gold.lang or document.lang or "?", gold.times, document.times)
        score.documents += 1
        progress()
    return score
