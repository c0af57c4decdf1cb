"""Plain-text articles, including pages scraped to text with their header lines.

Scraped pages start with a few short lines before the article: the site, the
agency credited, a date, share-button residue, then the title. This reader
recovers those into metadata and keeps the title and body as the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import Payload, ReadContext, readers
from kronika.ingest.dateline import parse_dateline
from kronika.ingest.decode import decode
from kronika.lang import is_residue

MAX_HEADER_LINES = 10
MAX_HEADER_LINE_CHARS = 150
_SENTENCE_END = re.compile(r"[.!?…]['\"»”]?$")


@dataclass(slots=True)
class Header:
    title: str | None = None
    published: datetime | None = None
    outlets: list[str] = field(default_factory=list)


def _is_body_line(line: str) -> bool:
    words = len(line.split())
    return len(line) > MAX_HEADER_LINE_CHARS or (words >= 8 and bool(_SENTENCE_END.search(line)))


def split_header(text: str) -> tuple[Header, str]:
    """Separate the header lines of a scraped page from its title and body.

    Returns the header and the article text, which starts with the title.
    Outlet lines are only recognised before a date line: without a date, a
    short first line is far more often a title than an outlet.
    """
    lines = text.splitlines()
    header_lines: list[tuple[int, str]] = []
    body_at = len(lines)
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _is_body_line(line) or len(header_lines) >= MAX_HEADER_LINES:
            body_at = index
            break
        header_lines.append((index, line))
    header = Header()
    date_at = next((i for i, (_, line) in enumerate(header_lines) if parse_dateline(line)), None)
    if date_at is not None:
        header.published = parse_dateline(header_lines[date_at][1])
        for _, line in header_lines[:date_at]:
            if not is_residue(line) and line not in header.outlets:
                header.outlets.append(line)
    after_date = header_lines[(date_at + 1) if date_at is not None else 0 :]
    title_at = next((index for index, line in after_date if not is_residue(line)), None)
    if title_at is None:
        return header, "\n".join(lines[body_at:]).strip()
    header.title = lines[title_at].strip()
    return header, "\n".join(lines[title_at:]).strip()


@readers.register("text")
def read_text(payload: Payload, context: ReadContext) -> Iterator[Document | Rejected]:
    text, encoding = decode(payload.data, declared=payload.charset)
    header, article = split_header(text)
    if not article:
        raise RejectedInputError(Reason.NO_TEXT, "no article text after the header lines")
    meta: dict[str, Any] = {"encoding": encoding}
    if len(header.outlets) > 1:
        # A site republishing an agency lists itself first and the credited agency after.
        meta["site"] = header.outlets[0]
    yield Document(
        text=article,
        raw_format="text",
        origin=payload.origin,
        url=payload.url,
        title=header.title,
        source=header.outlets[-1] if header.outlets else None,
        published=header.published,
        meta=meta,
    )
