"""Bytes to text: byte-order marks, UTF-8, the Cyrillic code pages, and binary or empty input."""

from __future__ import annotations

import codecs
import random
import struct
import zlib

import pytest

from kronika.errors import Reason, RejectedInputError
from kronika.ingest.decode import decode, sniff_binary

RUSSIAN = (
    "Министерство финансов в понедельник объявило о сокращении расходов на оборону в следующем году. "
    "По словам заместителя министра, бюджет будет пересмотрен осенью, после публикации данных о доходах. "
    "Аналитики считают, что решение связано с падением цен на нефть и ростом дефицита."
)
UKRAINIAN = (
    "Кабінет міністрів ухвалив постанову про підтримку малого бізнесу в прифронтових областях. "
    "Уряд виділить понад два мільярди гривень на пільгові кредити, повідомили в Міністерстві економіки. "
    "Очікується, що програма запрацює вже з наступного місяця і охопить щонайменше п'ять тисяч підприємців."
)
ENGLISH = "The central bank left its key interest rate unchanged on Thursday, citing persistent inflation."


def _png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def _pdf() -> bytes:
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256))


def _random_with_nuls() -> bytes:
    rng = random.Random(20240312)
    data = bytearray(rng.randrange(256) for _ in range(4096))
    data[::97] = bytes(len(data[::97]))  # make sure NULs are there whatever the seed draws
    return bytes(data)


@pytest.mark.parametrize("text", [RUSSIAN, UKRAINIAN, ENGLISH], ids=["ru", "uk", "en"])
def test_utf8(text: str) -> None:
    assert decode(text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("text", [RUSSIAN, UKRAINIAN], ids=["ru", "uk"])
def test_utf8_with_bom_drops_the_bom(text: str) -> None:
    decoded, encoding = decode(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert decoded == text
    assert encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [RUSSIAN, UKRAINIAN, ENGLISH], ids=["ru", "uk", "en"])
def test_utf16_with_bom(text: str, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else codecs.BOM_UTF16_BE
    decoded, encoding = decode(bom + text.encode(codec))
    assert decoded == text
    assert encoding == "utf-16"


def test_utf16_le_without_bom_latin_text() -> None:
    assert decode(ENGLISH.encode("utf-16-le")) == (ENGLISH, "utf-16-le")


def test_utf16_be_without_bom_latin_text() -> None:
    assert decode(ENGLISH.encode("utf-16-be")) == (ENGLISH, "utf-16-be")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [RUSSIAN, UKRAINIAN], ids=["ru", "uk"])
def test_utf16_without_bom_cyrillic_text(text: str, codec: str) -> None:
    assert decode(text.encode(codec)) == (text, codec)


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN, "cp1251"), (UKRAINIAN, "cp1251"), (RUSSIAN, "koi8_r"), (UKRAINIAN, "koi8_u")],
    ids=["ru-cp1251", "uk-cp1251", "ru-koi8-r", "uk-koi8-u"],
)
def test_legacy_cyrillic_code_pages_are_detected(text: str, codec: str) -> None:
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the input really is not UTF-8
    decoded, encoding = decode(data)
    assert decoded == text
    assert codecs.lookup(encoding).name == codecs.lookup(codec).name


@pytest.mark.parametrize(("text", "codec"), [("Привет, мир!", "cp1251"), ("Привет, мир!", "koi8_r")])
def test_short_cyrillic_in_a_code_page(text: str, codec: str) -> None:
    decoded, _ = decode(text.encode(codec))
    assert decoded == text


def test_declared_charset_is_used_when_utf8_fails() -> None:
    assert decode(RUSSIAN.encode("cp1251"), declared="windows-1251") == (RUSSIAN, "windows-1251")


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    decoded, encoding = decode(RUSSIAN.encode("koi8_r"), declared="x-no-such-charset")
    assert decoded == RUSSIAN
    assert codecs.lookup(encoding).name == "koi8-r"


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    assert decode(UKRAINIAN.encode("utf-8"), declared="windows-1251") == (UKRAINIAN, "utf-8")


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\r\n\t \x0b\x0c"], ids=["nothing", "spaces", "whitespace"])
def test_empty_input_is_rejected_as_empty(data: bytes) -> None:
    with pytest.raises(RejectedInputError) as raised:
        decode(data)
    assert raised.value.reason is Reason.EMPTY


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (_png(), "PNG image"),
        (_pdf(), "PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "JPEG image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + "новости.txt".encode() + bytes(50), "ZIP archive"),
        (_random_with_nuls(), "binary data"),
        (bytes(300), "binary data"),
    ],
    ids=["png", "pdf", "jpeg", "zip", "random-with-nuls", "all-nuls"],
)
def test_binary_input_is_rejected_as_binary(data: bytes, named: str) -> None:
    assert sniff_binary(data) == named
    with pytest.raises(RejectedInputError) as raised:
        decode(data)
    assert raised.value.reason is Reason.BINARY
    assert named in raised.value.detail


@pytest.mark.parametrize("text", [RUSSIAN, UKRAINIAN, ENGLISH, "Заголовок\r\n\r\nТекст\tс табуляцией.\f"])
def test_text_is_not_sniffed_as_binary(text: str) -> None:
    assert sniff_binary(text.encode("utf-8")) is None
    assert sniff_binary(text.encode("cp1251", errors="ignore")) is None
