"""WARC and WARC.gz archives: each HTML response record is one page.

A corrupt record costs only itself: the reader reports it and resumes at the
next record boundary it can find in the raw bytes.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import Payload, ReadContext, readers
from kronika.ingest.decode import decode
from kronika.ingest.html import parse_iso_datetime, read_html

_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_RECORD = b"WARC/1."
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(data: bytes) -> bool:
    return data.startswith(_WARC_RECORD) or (data.startswith(_GZIP_MEMBER) and _WARC_RECORD in _peek_gzip(data))


def _peek_gzip(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data[:4096], 64)
    except zlib.error:
        return b""


@readers.register("warc")
def read_warc(payload: Payload, context: ReadContext) -> Iterator[Document | Rejected]:
    data = payload.data
    base = 0
    number = 0
    while base < len(data):
        stream = io.BytesIO(data)
        stream.seek(base)
        records = ArchiveIterator(stream, check_digests=False)
        last_end: int | None = None
        try:
            for record in records:
                number += 1
                # Read the record before asking its offset: warcio skips to the record's end to measure it.
                results = list(_read_record(record, payload=payload, number=number))
                last_end = base + records.get_record_offset() + records.get_record_length()
                yield from results
            return
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
            number += 1
            yield Rejected(f"{payload.origin}#record={number}", Reason.MALFORMED, f"corrupt WARC record ({error})")
            # The failed record starts where the last good one ended, even if its own header is
            # what is damaged; resume at the next record boundary after that.
            failed_start = base if last_end is None else last_end
            base = _next_record_start(data, after=failed_start + 1)


def _next_record_start(data: bytes, *, after: int) -> int:
    marker = _GZIP_MEMBER if data.startswith(_GZIP_MEMBER) else _WARC_RECORD
    found = data.find(marker, after)
    return len(data) if found < 0 else found


def _read_record(record: object, *, payload: Payload, number: int) -> Iterator[Document | Rejected]:
    headers = record.rec_headers  # type: ignore[attr-defined]
    if record.rec_type != "response" or record.http_headers is None:  # type: ignore[attr-defined]
        return
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()  # type: ignore[attr-defined]
    if not content_type.startswith(_HTML_TYPES):
        return
    url = headers.get_header("WARC-Target-URI")
    origin = f"{payload.origin}#record={number}"
    charset = content_type.partition("charset=")[2].strip() or None
    try:
        html, _ = decode(record.content_stream().read(), declared=charset)  # type: ignore[attr-defined]
        for document in read_html(html, origin=origin, url=url):
            document.raw_format = "warc"
            document.fetched = parse_iso_datetime(headers.get_header("WARC-Date"))
            yield document
    except RejectedInputError as error:
        yield Rejected(f"{origin} ({url})", error.reason, error.detail)
