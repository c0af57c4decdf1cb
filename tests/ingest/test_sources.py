"""From names to items (expand) and from an item to Documents or one Rejected naming it (read_item)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronika.doc import Document
from kronika.errors import Reason, Rejected
from kronika.ingest.base import ReadContext
from kronika.ingest.fetch import Fetcher
from kronika.ingest.sources import expand, read_item
from kronika.settings import Settings

ARTICLE = (
    "Уряд продовжив програму доступних кредитів\n\n"
    "Кабінет міністрів продовжив програму доступних кредитів для малого та середнього бізнесу до кінця року, "
    "повідомили в Міністерстві економіки."
)


def _context(settings: Settings) -> Iterator[ReadContext]:
    fetcher = Fetcher(settings)
    yield ReadContext(settings, fetcher)
    fetcher.close()


@pytest.fixture
def context() -> Iterator[ReadContext]:
    yield from _context(Settings())


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """An inbox with nested folders, hidden files and folders, and a few formats."""
    root = tmp_path / "inbox"
    for relative in (
        "a.txt",
        "b.html",
        "ru/2024/03/c.txt",
        "ru/2024/03/d.jsonl",
        "uk/e.txt",
        ".DS_Store",
        ".cache/f.txt",
        "uk/.g.txt",
        "uk/.drafts/h.txt",
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")
    return root


def _names(items: list[str | Rejected], root: Path) -> list[str]:
    return [Path(item).relative_to(root.resolve()).as_posix() for item in items if isinstance(item, str)]


def test_directory_is_walked_recursively_in_order_without_hidden_files(tree: Path) -> None:
    items = list(expand([str(tree)]))
    assert all(isinstance(item, str) and Path(item).is_absolute() for item in items)
    assert _names(items, tree) == ["a.txt", "b.html", "ru/2024/03/c.txt", "ru/2024/03/d.jsonl", "uk/e.txt"]


def test_expanding_twice_gives_the_same_items(tree: Path) -> None:
    assert list(expand([str(tree)])) == list(expand([str(tree)]))


def test_file_is_one_absolute_item(tree: Path) -> None:
    assert list(expand([str(tree / "uk" / "e.txt")])) == [str((tree / "uk" / "e.txt").resolve())]


def test_glob_patterns(tree: Path) -> None:
    assert _names(list(expand([f"{tree}/*.txt"])), tree) == ["a.txt"]
    assert _names(list(expand([f"{tree}/**/*.txt"])), tree) == ["a.txt", "ru/2024/03/c.txt", "uk/e.txt"]
    assert _names(list(expand([f"{tree}/ru/*/*/*.jsonl"])), tree) == ["ru/2024/03/d.jsonl"]


def test_glob_matching_a_directory_expands_it(tree: Path) -> None:
    assert _names(list(expand([f"{tree}/r?"])), tree) == ["ru/2024/03/c.txt", "ru/2024/03/d.jsonl"]


def test_relative_names_resolve_against_the_working_directory(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    assert _names(list(expand(["uk", "*.html"])), tree) == ["uk/e.txt", "b.html"]


def test_missing_path_and_empty_pattern_are_not_found(tree: Path) -> None:
    missing = str(tree / "nope.txt")
    pattern = f"{tree}/*.warc"
    items = list(expand([missing, str(tree / "a.txt"), pattern]))
    assert items == [
        Rejected(missing, Reason.NOT_FOUND, "no such file, directory or URL"),
        str((tree / "a.txt").resolve()),
        Rejected(pattern, Reason.NOT_FOUND, "the pattern matches no file"),
    ]


def test_urls_pass_through_unchanged() -> None:
    urls = ["https://vestnik.example/politics/budget?id=1", "http://127.0.0.1:8080/feed.rss"]
    assert list(expand(urls)) == urls


def _rejected_once(item: str, context: ReadContext) -> Rejected:
    results = list(read_item(item, context))
    assert len(results) == 1, results
    rejected = results[0]
    assert isinstance(rejected, Rejected), rejected
    assert rejected.item == item
    assert item in str(rejected)
    assert rejected.reason.value in str(rejected)
    return rejected


def test_text_file_is_read(tree: Path, context: ReadContext) -> None:
    item = str((tree / "uk" / "e.txt").resolve())
    results = list(read_item(item, context))
    assert len(results) == 1
    document = results[0]
    assert isinstance(document, Document)
    assert document.origin == item
    assert document.raw_format == "text"
    assert document.title == "Уряд продовжив програму доступних кредитів"


def test_empty_file(tmp_path: Path, context: ReadContext) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _rejected_once(str(path), context).reason is Reason.EMPTY


def test_whitespace_only_file(tmp_path: Path, context: ReadContext) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\n\t\r\n")
    assert _rejected_once(str(path), context).reason is Reason.EMPTY


@pytest.mark.parametrize(
    ("name", "data", "named"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
        ("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), "PDF document"),
        ("download", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
        ("blob.bin", bytes(range(256)) * 8, "binary data"),
    ],
    ids=["png-named-txt", "pdf", "png-no-suffix", "unknown-suffix"],
)
def test_binary_file(tmp_path: Path, context: ReadContext, name: str, data: bytes, named: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    rejected = _rejected_once(str(path), context)
    assert rejected.reason is Reason.BINARY
    assert named in rejected.detail


def test_file_above_a_small_cap(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE * 20, encoding="utf-8")
    assert path.stat().st_size > 4096
    for context in _context(Settings(max_bytes=4096)):
        rejected = _rejected_once(str(path), context)
        assert rejected.reason is Reason.TOO_LARGE
        assert "KRONIKA_MAX_BYTES" in rejected.detail


def test_small_cap_message_shows_the_sizes(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE * 20, encoding="utf-8")
    for context in _context(Settings(max_bytes=4096)):
        rejected = _rejected_once(str(path), context)
        assert "0.0 MB" not in rejected.detail
        assert "0 MB limit" not in rejected.detail


def test_file_at_the_cap_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    for context in _context(Settings(max_bytes=path.stat().st_size)):
        results = list(read_item(str(path), context))
        assert [type(result) for result in results] == [Document]


def test_real_50_mb_file_above_the_default_cap(tmp_path: Path, context: ReadContext) -> None:
    path = tmp_path / "dump.txt"
    line = ("Строка новостной ленты с текстом статьи. " * 20 + "\n").encode("utf-8")
    with path.open("wb") as handle:
        while handle.tell() < 50 * 2**20:
            handle.write(line * 256)
        handle.truncate(50 * 2**20)
    assert path.stat().st_size == 50 * 2**20
    assert os.stat(path).st_blocks * 512 >= 50 * 2**20  # written for real, not a sparse file
    assert path.stat().st_size > Settings().max_bytes
    rejected = _rejected_once(str(path), context)
    assert rejected.reason is Reason.TOO_LARGE
    assert "50 MB" in rejected.detail
    assert "20 MB" in rejected.detail


def test_missing_file(tmp_path: Path, context: ReadContext) -> None:
    rejected = _rejected_once(str(tmp_path / "gone.txt"), context)
    assert rejected.reason is Reason.NOT_FOUND


def test_unknown_suffix_is_sniffed(tmp_path: Path, context: ReadContext) -> None:
    path = tmp_path / "page.download"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Уряд продовжив програму</title></head><body><article>"
        f"<h1>Уряд продовжив програму</h1><p>{ARTICLE.split(chr(10))[-1]}</p></article></body></html>",
        encoding="utf-8",
    )
    results = list(read_item(str(path), context))
    assert len(results) == 1
    document = results[0]
    assert isinstance(document, Document)
    assert document.raw_format == "html"
    assert document.title == "Уряд продовжив програму"
