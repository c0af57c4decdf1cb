"""HTML pages and fragments: main text and metadata via trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document as ExtractedPage

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import Payload, ReadContext, readers, with_title
from kronika.ingest.decode import decode

# Metadata trafilatura reduces to a bare date; these keep the time and timezone.
_PUBLISHED_XPATHS = [
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//time[@datetime]/@datetime",
]
# Fewer words than this is a menu or a footer that trafilatura fell back to, not an article.
MIN_ARTICLE_WORDS = 8
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt", "figcaption"}


def parse_iso_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _published_from_markup(html: str) -> datetime | None:
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for xpath in _PUBLISHED_XPATHS:
        for value in tree.xpath(xpath):
            parsed = parse_iso_datetime(str(value))
            if parsed:
                return parsed
    return None


@readers.register("html")
def read_html_page(payload: Payload, context: ReadContext) -> Iterator[Document | Rejected]:
    html, _ = decode(payload.data, declared=payload.charset or _declared_charset(payload.data))
    yield from read_html(html, origin=payload.origin, url=payload.url)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html(html: str, *, origin: str, url: str | None = None) -> Iterator[Document]:
    """One article from a whole page. Raises RejectedInputError when no main text is found."""
    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except (ValueError, TypeError, etree.LxmlError) as error:
        raise RejectedInputError(Reason.MALFORMED, f"HTML could not be parsed ({error})") from error
    text = (extracted.text or "").strip() if isinstance(extracted, ExtractedPage) else ""
    if not isinstance(extracted, ExtractedPage) or len(text.split()) < MIN_ARTICLE_WORDS:
        raise RejectedInputError(Reason.NO_TEXT, "no main text found in the HTML")
    title = (extracted.title or "").strip() or None
    published = _published_from_markup(html) or parse_iso_datetime(extracted.date)
    yield Document(
        text=with_title(title, text),
        raw_format="html",
        origin=origin,
        title=title,
        url=extracted.url or url,
        source=extracted.sitename or extracted.hostname,
        published=published,
        meta={
            key: value for key, value in (("author", extracted.author), ("description", extracted.description)) if value
        },
    )


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one block per paragraph."""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    blocks = [
        " ".join(element.text_content().split())
        for element in root.iter(*_BLOCKS)
        if not any(ancestor.tag in _BLOCKS for ancestor in element.iterancestors())
    ]
    blocks = [block for block in blocks if block]
    if not blocks:
        return " ".join(root.text_content().split())
    return "\n\n".join(blocks)
