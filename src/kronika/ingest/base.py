"""What every reader shares: its signature, the context it reads in, and the registry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kronika.doc import Document
from kronika.errors import Rejected
from kronika.ingest.fetch import Fetcher
from kronika.registry import Registry
from kronika.settings import Settings


@dataclass(slots=True)
class ReadContext:
    settings: Settings
    fetcher: Fetcher


@dataclass(slots=True, frozen=True)
class Payload:
    """Bytes to read, where they came from, and what the transport said about them."""

    data: bytes
    origin: str
    url: str | None = None
    charset: str | None = None


def with_title(title: str | None, text: str) -> str:
    """The article text as every reader stores it: the title, a blank line, the body."""
    return f"{title}\n\n{text}" if title and not text.startswith(title) else text


Reader = Callable[[Payload, ReadContext], Iterator[Document | Rejected]]

readers: Registry[Reader] = Registry("reader")
