"""Normalise text, drop page furniture, and give the document its content identity."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from kronika.doc import Document
from kronika.lang import is_residue
from kronika.settings import Settings

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_NON_WORD = re.compile(r"[\W_]+")


def normalise_for_identity(text: str) -> str:
    """Case, punctuation and spacing removed: what two copies of one article share."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_identity(text).encode("utf-8")).hexdigest()


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    kept = [line for line in lines if not is_residue(line)]
    return _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


class Clean:
    name = "clean"
    requires = frozenset({"text"})
    assigns = frozenset({"text", "id", "content_hash"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, document: Document) -> None:
        document.text = clean_text(document.text)
        if document.title:
            document.title = " ".join(document.title.split())
        document.content_hash = content_hash(document.text)
        document.id = document.content_hash[:16]
