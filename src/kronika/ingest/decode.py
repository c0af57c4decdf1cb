"""Bytes to text, defensively: magic bytes, byte-order marks, UTF-8, then the likely encodings."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from kronika.errors import Reason, RejectedInputError

# Encodings news in our languages actually arrives in; restricting the detector to
# them keeps short Cyrillic texts from being read as some exotic code page.
LIKELY_ENCODINGS = ["cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp1252", "iso8859_2"]

MAGIC_BYTES: dict[bytes, str] = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "executable",
    b"RIFF": "RIFF media",
}


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None if it may be text."""
    for magic, name in MAGIC_BYTES.items():
        if data.startswith(magic):
            return name
    head = data[:4096]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "binary data"
    return None


def _printable_share(text: str) -> float:
    return sum(ch.isprintable() or ch.isspace() for ch in text) / max(len(text), 1)


def _utf16_byte_order(head: bytes) -> str | None:
    """Guess the byte order of BOM-less UTF-16: in Latin and Cyrillic text alike the high
    byte of every code unit is 0x00 or 0x04, and it sits on odd offsets in little-endian."""
    even, odd = head[0::2], head[1::2]
    if not even or not odd:
        return None

    def high_share(half: bytes) -> float:
        return sum(1 for byte in half if byte in (0, 4)) / len(half)

    if high_share(odd) > 0.9 and high_share(even) < 0.5:
        return "utf-16-le"
    if high_share(even) > 0.9 and high_share(odd) < 0.5:
        return "utf-16-be"
    return None


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). Raises RejectedInputError for empty, binary or undecodable bytes."""
    if not data.strip():
        raise RejectedInputError(Reason.EMPTY, "empty input")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    byte_order = _utf16_byte_order(data[:4096]) if len(data) % 2 == 0 else None
    if byte_order:
        text = data.decode(byte_order, errors="replace")
        if _printable_share(text[:2000]) > 0.95:
            return text, byte_order
    binary = sniff_binary(data)
    if binary:
        raise RejectedInputError(Reason.BINARY, f"binary content ({binary}), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best()
    if best is None:
        # Last resort: keep the text readable rather than lose the item.
        return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
    return str(best), best.encoding
