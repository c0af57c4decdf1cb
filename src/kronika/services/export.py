"""The JSON Lines record of a document (docs/export-format.md) and writers for each format."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kronika.doc import Citation, Document, Event, Quote, Span
from kronika.store.tables import DocumentRow

FORMATS = ("jsonl", "csv", "parquet")
# Layers later stages fill; a list per document from the start so the format stays stable.
LIST_FIELDS = ("mentions", "times", "events", "quotes", "citations", "copies")


def _entity(document: Document, index: int | None) -> dict[str, Any] | None:
    if index is None:
        return None
    mention = document.mentions[index]
    return {"entity": mention.entity, "name": mention.lemma, "type": mention.type}


def _phrase(document: Document, span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text_of(document.text)}


def _event(document: Document, event: Event) -> dict[str, Any]:
    def entity(index: int) -> dict[str, Any]:
        return _entity(document, index) or {}

    return {
        "type": event.type,
        "mode": event.mode,
        "start": event.start,
        "end": event.end,
        "trigger": document.text[event.trigger_start : event.trigger_end],
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "actors": [entity(i) for i in event.actors],
        "targets": [entity(i) for i in event.targets],
        "actor_phrases": [_phrase(document, span) for span in event.actor_phrases],
        "target_phrases": [_phrase(document, span) for span in event.target_phrases],
        "location": entity(event.location) if event.location is not None else None,
        "date": event.date,
        "date_approximate": event.date_approximate,
        "date_carried": event.date_carried,
        "negated": event.negated,
        "modality": event.modality,
        "confidence": event.confidence,
        "attribution": event.attribution,
    }


def _quote(document: Document, quote: Quote) -> dict[str, Any]:
    text = document.text
    source = text[quote.source_start : quote.source_end] if quote.source_start is not None else None
    return {
        "start": quote.start,
        "end": quote.end,
        "text": text[quote.start : quote.end],
        "kind": quote.kind,
        "cue": text[quote.cue_start : quote.cue_end],
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "speaker": _entity(document, quote.speaker),
        "source": source,
        "role": quote.role,
        "outlet": _entity(document, quote.outlet),
        "attribution": quote.attribution,
    }


def _citation(document: Document, citation: Citation) -> dict[str, Any]:
    return {
        "start": citation.start,
        "end": citation.end,
        "text": document.text[citation.start : citation.end],
        "cue": document.text[citation.cue_start : citation.cue_end],
        "source": _entity(document, citation.source),
        "source_text": citation.source_text,
        "via": citation.via,
    }


def record(document: Document, row: DocumentRow | None = None) -> dict[str, Any]:
    return {
        "id": document.id,
        "url": document.url,
        "source": document.source,
        "title": document.title,
        "lang": document.lang,
        "published": document.published.isoformat() if document.published else None,
        "text": document.text,
        "story": document.story,
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text_of(document.text),
                "type": m.type,
                "lemma": m.lemma,
                "entity": m.entity,
            }
            for m in document.mentions
        ],
        "times": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "value": t.value,
                "granularity": t.granularity,
                "type": t.type,
            }
            for t in document.times
        ],
        "events": [_event(document, event) for event in document.events],
        "quotes": [_quote(document, quote) for quote in document.quotes],
        "citations": [_citation(document, citation) for citation in document.citations],
        "copies": [
            {
                "source": c.source,
                "outlet": c.outlet,
                "url": c.url,
                "published": c.published,
                "format": c.raw_format,
                "similarity": round(c.similarity, 3),
            }
            for c in (row.copies if row is not None else [])
        ],
    }


def write(records: Iterable[dict[str, Any]], fmt: str, out: IO[str] | Path) -> int:
    """Write records to a text stream (jsonl, csv) or a file path (any format); return the count."""
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet needs a file path (--output)")
        return _write_parquet(records, out)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return write(records, fmt, stream)
    if fmt == "jsonl":
        count = 0
        for item in records:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        return _write_csv(records, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _flat(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    # Tabular formats carry the nested lists as JSON text in one column each.
    for item in records:
        yield {
            key: json.dumps(value, ensure_ascii=False) if key in LIST_FIELDS else value for key, value in item.items()
        }


def _write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for item in _flat(records):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(item))
            writer.writeheader()
        writer.writerow(item)
        count += 1
    return count


def _write_parquet(records: Iterable[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(_flat(records))
    pq.write_table(pa.Table.from_pylist(rows), path)
    return len(rows)
