"""RSS and Atom feeds; entries carrying only a summary are followed to their pages."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from time import struct_time
from typing import Any

import feedparser

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import Payload, ReadContext, readers, with_title
from kronika.ingest.decode import decode
from kronika.ingest.html import fragment_text, read_html


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<rss" in head or (b"<feed" in head and b"atom" in head) or b"<rdf:rdf" in head


@readers.register("feed")
def read_feed(payload: Payload, context: ReadContext) -> Iterator[Document | Rejected]:
    parsed = feedparser.parse(payload.data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise RejectedInputError(
            Reason.MALFORMED, f"not a readable feed ({problem})" if problem else "feed has no entries"
        )
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, 1):
        origin = entry.get("link") or f"{payload.origin}#entry={number}"
        try:
            yield _read_entry(entry, origin=origin, outlet=outlet, context=context)
        except RejectedInputError as error:
            yield Rejected(origin, error.reason, error.detail)


def _read_entry(entry: Any, *, origin: str, outlet: str | None, context: ReadContext) -> Document:
    title = (entry.get("title") or "").strip() or None
    link = entry.get("link")
    published = _as_datetime(entry.get("published_parsed") or entry.get("updated_parsed"))
    content = entry.get("content")
    body = fragment_text(content[0].value) if content else ""
    summary = fragment_text(entry.get("summary") or "")
    if len(body) < context.settings.follow_feed_links_below_chars and link:
        document = _follow(link, context)
    elif body or summary:
        text = body or summary
        document = Document(
            text=with_title(title, text),
            raw_format="feed",
            origin=origin,
            title=title,
        )
    else:
        raise RejectedInputError(Reason.NO_TEXT, "feed entry has no text and no link")
    document.raw_format = "feed"
    document.origin = origin
    document.url = link or document.url
    document.title = title or document.title
    document.source = outlet or document.source
    document.published = published or document.published
    return document


def _follow(link: str, context: ReadContext) -> Document:
    try:
        page = context.fetcher.fetch(link)
    except RejectedInputError as error:
        raise RejectedInputError(
            error.reason, f"feed entry carries only a summary and its page failed: {error.detail}"
        ) from error
    html, _ = decode(page.body, declared=page.charset)
    document = next(read_html(html, origin=page.url, url=page.url))
    document.fetched = page.fetched
    return document


def _as_datetime(value: struct_time | None) -> datetime | None:
    # feedparser normalises every date it understands to a UTC struct_time.
    return datetime.fromtimestamp(calendar.timegm(value), UTC) if value else None
