"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import Payload, ReadContext, readers, with_title
from kronika.ingest.decode import decode
from kronika.ingest.html import parse_iso_datetime, read_html


@readers.register("jsonl")
def read_jsonl(payload: Payload, context: ReadContext) -> Iterator[Document | Rejected]:
    content, _ = decode(payload.data, declared=payload.charset)
    # Only "\n" ends a record: str.splitlines() would also split at U+2028 inside JSON strings.
    for number, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        origin = f"{payload.origin}#line={number}"
        try:
            yield from _read_record(line, origin=origin)
        except RejectedInputError as error:
            yield Rejected(origin, error.reason, error.detail)


def _read_record(line: str, *, origin: str) -> Iterator[Document]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise RejectedInputError(Reason.MALFORMED, f"malformed JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(record, dict):
        raise RejectedInputError(Reason.MALFORMED, f"expected a JSON object, got {type(record).__name__}")
    url = _optional_str(record, "url")
    title = _optional_str(record, "title")
    published = parse_iso_datetime(_optional_str(record, "published"))
    source = _optional_str(record, "source")
    if isinstance(record.get("text"), str) and record["text"].strip():
        text = with_title(title, record["text"].strip())
        yield Document(
            text=text, raw_format="jsonl", origin=origin, url=url, title=title, source=source, published=published
        )
    elif isinstance(record.get("html"), str) and record["html"].strip():
        for document in read_html(record["html"], origin=origin, url=url):
            document.raw_format = "jsonl"
            document.title = title or document.title
            document.source = source or document.source
            document.published = published or document.published
            yield document
    else:
        raise RejectedInputError(Reason.NO_TEXT, "record has neither a non-empty 'text' nor 'html'")


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value.strip() or None if isinstance(value, str) else None
