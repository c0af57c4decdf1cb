"""From what the user names (paths, globs, directories, URLs) to Documents or rejections."""

from __future__ import annotations

import glob
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlparse

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest import feed, html, jsonl, text, warc  # noqa: F401  (each registers its reader)
from kronika.ingest.base import Payload, ReadContext, readers
from kronika.ingest.decode import sniff_binary

FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}
FORMAT_BY_CONTENT_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "text/plain": "text",
    "application/x-ndjson": "jsonl",
    "application/warc": "warc",
}


def is_url(value: str) -> bool:
    return urlparse(value).scheme in ("http", "https")


def expand(inputs: Sequence[str]) -> Iterator[str | Rejected]:
    """Every readable item the inputs name, in a stable order; unknown names are rejected."""
    for raw in inputs:
        if is_url(raw):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _files_under(path)
        elif path.is_file():
            yield str(path.resolve())
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Rejected(raw, Reason.NOT_FOUND, "the pattern matches no file")
            for match in matches:
                yield from expand([match])
        else:
            yield Rejected(raw, Reason.NOT_FOUND, "no such file, directory or URL")


def _files_under(directory: Path) -> Iterator[str]:
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(directory).parts):
            yield str(path.resolve())


def read_item(item: str, context: ReadContext) -> Iterator[Document | Rejected]:
    """Read one file or URL. Failures become one Rejected naming the item and the reason."""
    try:
        payload, format_name = _load_url(item, context) if is_url(item) else _load_file(item, context)
        yield from readers.get(format_name)(payload, context)
    except RejectedInputError as error:
        yield Rejected(item, error.reason, error.detail)


def _load_url(url: str, context: ReadContext) -> tuple[Payload, str]:
    page = context.fetcher.fetch(url)
    payload = Payload(data=page.body, origin=url, url=page.url, charset=page.charset)
    by_type = FORMAT_BY_CONTENT_TYPE.get(page.content_type)
    if by_type in (None, "text") or page.content_type.endswith("xml"):
        return payload, _sniff_format(page.body, fallback=by_type or "html")
    return payload, by_type


def _load_file(name: str, context: ReadContext) -> tuple[Payload, str]:
    path = Path(name)
    try:
        size = path.stat().st_size
        if size == 0:
            raise RejectedInputError(Reason.EMPTY, "empty file")
        if size > context.settings.max_bytes:
            raise RejectedInputError(
                Reason.TOO_LARGE,
                f"file is {_human(size)}, above the {_human(context.settings.max_bytes)} limit (KRONIKA_MAX_BYTES)",
            )
        data = path.read_bytes()
    except OSError as error:
        raise RejectedInputError(Reason.NOT_FOUND, f"cannot read the file ({error.strerror})") from error
    suffixes = "".join(path.suffixes[-2:]).lower()
    format_name = "warc" if suffixes.endswith((".warc.gz", ".warc")) else FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if format_name is None:
        format_name = _sniff_format(data, fallback="text")
    return Payload(data=data, origin=str(path)), format_name


def _human(size: int) -> str:
    return f"{size / 2**20:.3g} MB" if size >= 2**20 else f"{size:,} bytes"


def _sniff_format(data: bytes, *, fallback: str) -> str:
    if warc.looks_like_warc(data):
        return "warc"
    binary = sniff_binary(data)
    if binary:
        raise RejectedInputError(Reason.BINARY, f"binary content ({binary}), not a news format")
    if feed.looks_like_feed(data):
        return "feed"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return fallback
