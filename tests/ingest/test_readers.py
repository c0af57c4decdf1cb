"""The byte readers: HTML pages, JSON Lines, RSS and Atom feeds, WARC archives."""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import Payload, ReadContext
from kronika.ingest.feed import looks_like_feed, read_feed
from kronika.ingest.fetch import Fetcher
from kronika.ingest.html import read_html_page
from kronika.ingest.jsonl import read_jsonl
from kronika.ingest.sources import read_item
from kronika.ingest.warc import looks_like_warc, read_warc
from kronika.settings import Settings

# Links in feeds point here: if a reader tried to follow one, it would fail at once, not reach the internet.
NOWHERE = "http://127.0.0.1:1"

BUDGET_TITLE = "Парламент одобрил бюджет на следующий год"
BUDGET = (
    "Депутаты во втором чтении приняли проект федерального бюджета на следующий год. "
    "За документ проголосовали триста двенадцать парламентариев, против выступили шестьдесят.",
    "Министр финансов заявил, что дефицит бюджета удастся сократить до одного процента "
    "валового внутреннего продукта благодаря росту ненефтегазовых доходов.",
    "Оппозиция раскритиковала сокращение расходов на здравоохранение и образование "
    "и пообещала добиваться поправок в третьем чтении.",
)
FLOODS_TITLE = "Паводок на заході країни: евакуйовано три села"
FLOODS = (
    "Рівень води в річці за добу піднявся на два метри, рятувальники евакуювали мешканців трьох прибережних сіл.",
    "Місцева влада запровадила режим надзвичайної ситуації та відкрила пункти тимчасового розміщення у школах.",
    "Синоптики прогнозують, що дощі триватимуть до кінця тижня, тому загроза підтоплення зберігається.",
)
RATES_TITLE = "Central bank holds rates steady"
RATES = (
    "The central bank left its key interest rate unchanged on Thursday, citing persistent inflation in services "
    "and a tight labour market.",
    "The governor said the bank was ready to act if price growth failed to slow in the coming months.",
    "Markets had expected the decision, and the currency barely moved after the announcement.",
)


@pytest.fixture(scope="module")
def context() -> Iterator[ReadContext]:
    settings = Settings(fetch_timeout=2.0)
    fetcher = Fetcher(settings)
    yield ReadContext(settings, fetcher)
    fetcher.close()


def _documents(results: list[Document | Rejected]) -> list[Document]:
    return [result for result in results if isinstance(result, Document)]


def _rejections(results: list[Document | Rejected]) -> list[Rejected]:
    return [result for result in results if isinstance(result, Rejected)]


# --- HTML ------------------------------------------------------------------------------------------------


def _full_page(*, charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{paragraph}</p>" for paragraph in BUDGET)
    return f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="{charset}">
<title>{BUDGET_TITLE} — Вечерний вестник</title>
<meta property="og:site_name" content="Вечерний вестник">
<meta property="og:title" content="{BUDGET_TITLE}">
<meta property="article:published_time" content="2024-03-12T14:30:00+03:00">
<script>window.analytics = {{"page": "article"}};</script>
<style>body {{ font-family: serif; }}</style>
</head>
<body>
<header>
  <a class="logo" href="/">Вечерний вестник</a>
  <nav><ul>
    <li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li>
    <li><a href="/economy">Экономика</a></li><li><a href="/sport">Спорт</a></li>
  </ul></nav>
</header>
<div class="layout">
<aside class="sidebar">
  <h3>Самое читаемое</h3>
  <ul><li><a href="/a">Курс валют на сегодня и прогноз аналитиков</a></li>
      <li><a href="/b">Погода на выходные: синоптики обещают снег</a></li></ul>
</aside>
<main>
<article>
  <h1>{BUDGET_TITLE}</h1>
  <div class="byline">Иван Петров</div>
  {paragraphs}
</article>
</main>
</div>
<footer>
  <p>© 2024 Вечерний вестник. Все права защищены. Перепечатка запрещена.</p>
  <a href="/contacts">Контакты редакции</a> | <a href="/ads">Реклама на сайте</a>
</footer>
</body>
</html>"""


def _read_page(data: bytes, context: ReadContext, *, url: str | None = None) -> Document:
    results = list(read_html_page(Payload(data, origin="pages/budget.html", url=url), context))
    assert len(results) == 1, results
    document = results[0]
    assert isinstance(document, Document), document
    return document


def test_html_page_main_text_and_metadata(context: ReadContext) -> None:
    url = "https://vestnik.example/politics/budget"
    document = _read_page(_full_page().encode(), context, url=url)
    assert document.raw_format == "html"
    assert document.origin == "pages/budget.html"
    assert document.url == url
    assert document.title == BUDGET_TITLE
    assert document.source == "Вечерний вестник"
    assert document.published == datetime(2024, 3, 12, 14, 30, tzinfo=timezone(timedelta(hours=3)))
    assert document.published.utcoffset() == timedelta(hours=3)
    assert document.text.startswith(BUDGET_TITLE)
    for paragraph in BUDGET:
        assert paragraph in document.text
    for furniture in ("Главная", "Политика", "Самое читаемое", "Курс валют", "Все права защищены", "Контакты"):
        assert furniture not in document.text
    assert "analytics" not in document.text
    assert "font-family" not in document.text


def test_html_page_in_cp1251_declared_in_a_meta_tag(context: ReadContext) -> None:
    document = _read_page(_full_page(charset="windows-1251").encode("cp1251"), context)
    assert document.title == BUDGET_TITLE
    for paragraph in BUDGET:
        assert paragraph in document.text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            '<meta property="article:published_time" content="2024-03-12T09:05:00Z">',
            datetime(2024, 3, 12, 9, 5, tzinfo=UTC),
        ),
        (
            '<meta itemprop="datePublished" content="2024-03-12T11:05:00+02:00">',
            datetime(2024, 3, 12, 9, 5, tzinfo=UTC),
        ),
        ("", datetime(2024, 3, 12, 6, 5, tzinfo=UTC)),  # from the <time datetime> in the body
    ],
    ids=["utc-z", "itemprop", "time-element"],
)
def test_html_published_keeps_time_and_zone(context: ReadContext, markup: str, expected: datetime) -> None:
    page = (
        f"<html><head><title>{RATES_TITLE}</title>{markup}</head><body><article><h1>{RATES_TITLE}</h1>"
        f'<time datetime="2024-03-12T08:05:00+02:00">12 March</time>'
        + "".join(f"<p>{paragraph}</p>" for paragraph in RATES)
        + "</article></body></html>"
    )
    document = _read_page(page.encode(), context)
    assert document.published == expected
    assert document.published.tzinfo is not None


def test_broken_html_with_an_article_is_still_read(context: ReadContext) -> None:
    broken = (
        "<html><head><title>Итоги выборов мэра</title><meta charset=utf-8>"
        "<body><div class=wrap><span></div></span><article><h1>Итоги выборов <b>мэра</h1>"
        f"<p class=lead>{BUDGET[0]}<p>{BUDGET[1]} <i>без закрытия тегов"
        "<table><tr><td>Явка<td>сорок процентов</table>"
        f"<p>{BUDGET[2]}</div></article></section>"
    )
    document = _read_page(broken.encode(), context)
    assert document.title is not None and "Итоги выборов" in document.title
    assert BUDGET[0] in document.text
    assert BUDGET[2] in document.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Пусто</title></head><body></body></html>",
        "<html><head><title>Только скрипт</title><script>var x = 1;</script></head><body>\n  \n</body></html>",
        "<html><body><img src='photo.jpg' alt=''><div></div></body></html>",
    ],
    ids=["empty-body", "whitespace-body", "image-only"],
)
def test_html_without_text_is_rejected_as_no_text(context: ReadContext, page: str) -> None:
    with pytest.raises(RejectedInputError) as raised:
        list(read_html_page(Payload(page.encode(), origin="empty.html"), context))
    assert raised.value.reason is Reason.NO_TEXT


def test_html_without_text_through_read_item_names_the_file(tmp_path: Path, context: ReadContext) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Пусто</title></head><body><div></div></body></html>", encoding="utf-8")
    results = list(read_item(str(path), context))
    assert results == [Rejected(str(path), Reason.NO_TEXT, "no main text found in the HTML")]


def test_navigation_only_page_is_rejected_as_no_text(context: ReadContext) -> None:
    page = (
        "<html><head><title>Раздел</title></head><body><header><nav><ul>"
        "<li><a href='/'>Главная</a></li><li><a href='/politics'>Политика</a></li></ul></nav></header>"
        "<footer>© 2024 Вестник</footer></body></html>"
    )
    with pytest.raises(RejectedInputError) as raised:
        list(read_html_page(Payload(page.encode(), origin="section.html"), context))
    assert raised.value.reason is Reason.NO_TEXT


# --- JSON Lines ------------------------------------------------------------------------------------------


def _record_page(title: str, paragraphs: tuple[str, ...]) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Kyiv Daily'>"
        f"<meta property='article:published_time' content='2024-03-12T11:30:00+02:00'></head>"
        f"<body><nav><a href='/'>Головна</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_jsonl_text_html_and_bad_records(context: ReadContext) -> None:
    lines = [
        json.dumps(
            {
                "url": "https://vestnik.example/budget",
                "title": BUDGET_TITLE,
                "text": "\n\n".join(BUDGET),
                "source": "Вечерний вестник",
                "published": "2024-03-12T14:30:00+03:00",
            },
            ensure_ascii=False,
        ),
        "",
        json.dumps(
            {"url": "https://kyiv.example/floods", "html": _record_page(FLOODS_TITLE, FLOODS)}, ensure_ascii=False
        ),
        '{"url": "https://vestnik.example/broken", "text": "Обрыв строки',
        json.dumps({"url": "https://vestnik.example/empty", "title": "Без текста", "text": "  "}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"url": "https://wire.example/rates", "text": f"{RATES_TITLE}\n\n{RATES[0]}", "title": RATES_TITLE}),
    ]
    results = list(read_jsonl(Payload("\n".join(lines).encode(), origin="dump.jsonl"), context))
    documents = _documents(results)
    rejections = _rejections(results)

    assert [document.origin for document in documents] == [
        "dump.jsonl#line=1",
        "dump.jsonl#line=3",
        "dump.jsonl#line=7",
    ]
    assert [document.url for document in documents] == [
        "https://vestnik.example/budget",
        "https://kyiv.example/floods",
        "https://wire.example/rates",
    ]
    assert all(document.raw_format == "jsonl" for document in documents)

    budget, floods, rates = documents
    assert budget.title == BUDGET_TITLE
    assert budget.text == BUDGET_TITLE + "\n\n" + "\n\n".join(BUDGET)
    assert budget.source == "Вечерний вестник"
    assert budget.published == datetime(2024, 3, 12, 11, 30, tzinfo=UTC)

    assert floods.title == FLOODS_TITLE
    assert floods.source == "Kyiv Daily"
    assert floods.published == datetime(2024, 3, 12, 9, 30, tzinfo=UTC)
    assert all(paragraph in floods.text for paragraph in FLOODS)
    assert "Головна" not in floods.text

    assert rates.text == f"{RATES_TITLE}\n\n{RATES[0]}"  # the title is not repeated when the text starts with it

    assert [(rejected.item, rejected.reason) for rejected in rejections] == [
        ("dump.jsonl#line=4", Reason.MALFORMED),
        ("dump.jsonl#line=5", Reason.NO_TEXT),
        ("dump.jsonl#line=6", Reason.MALFORMED),
    ]
    assert "malformed JSON" in rejections[0].detail
    assert "'text'" in rejections[1].detail and "'html'" in rejections[1].detail


def test_jsonl_html_record_without_text_is_rejected_alone(context: ReadContext) -> None:
    lines = [
        json.dumps({"url": "https://a.example/1", "html": "<html><body><div></div></body></html>"}),
        json.dumps({"url": "https://a.example/2", "text": RATES[1]}),
    ]
    results = list(read_jsonl(Payload("\n".join(lines).encode(), origin="x.jsonl"), context))
    assert results[0] == Rejected("x.jsonl#line=1", Reason.NO_TEXT, "no main text found in the HTML")
    assert isinstance(results[1], Document)
    assert results[1].url == "https://a.example/2"
    assert len(results) == 2


def test_jsonl_line_separator_inside_a_string(context: ReadContext) -> None:
    lines = [
        json.dumps({"url": "https://a.example/1", "text": f"{BUDGET[0]}\u2028{BUDGET[1]}"}, ensure_ascii=False),
        json.dumps({"url": "https://a.example/2", "text": RATES[0]}, ensure_ascii=False),
    ]
    results = list(read_jsonl(Payload("\n".join(lines).encode(), origin="x.jsonl"), context))
    assert [(type(result).__name__, getattr(result, "origin", None)) for result in results] == [
        ("Document", "x.jsonl#line=1"),
        ("Document", "x.jsonl#line=2"),
    ]


# --- Feeds -----------------------------------------------------------------------------------------------


def _content_html(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "<ul><li>Источник: пресс-служба</li></ul>"


def _rss() -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Вечерний вестник</title><link>{NOWHERE}/</link><description>Лента новостей</description>
<item>
  <title>{BUDGET_TITLE}</title>
  <link>{NOWHERE}/politics/budget</link>
  <pubDate>Tue, 12 Mar 2024 14:30:00 +0300</pubDate>
  <description>Депутаты приняли бюджет во втором чтении.</description>
  <content:encoded><![CDATA[{_content_html(BUDGET * 2)}]]></content:encoded>
</item>
<item>
  <title>Короткая заметка без ссылки</title>
  <description><![CDATA[<p>{BUDGET[2]}</p>]]></description>
</item>
<item><title>Пустая запись</title></item>
</channel>
</rss>""".encode()


def test_rss_with_full_content_encoded(context: ReadContext) -> None:
    data = _rss()
    assert looks_like_feed(data)
    results = list(read_feed(Payload(data, origin="feeds/vestnik.rss"), context))
    assert len(results) == 3, results
    full, short, empty = results

    assert isinstance(full, Document)
    assert full.raw_format == "feed"
    assert full.origin == f"{NOWHERE}/politics/budget"
    assert full.url == f"{NOWHERE}/politics/budget"
    assert full.title == BUDGET_TITLE
    assert full.source == "Вечерний вестник"
    assert full.published == datetime(2024, 3, 12, 11, 30, tzinfo=UTC)
    assert full.text.startswith(BUDGET_TITLE + "\n\n")
    assert "\n\n".join(BUDGET) in full.text  # one paragraph per block, in order
    assert "Источник: пресс-служба" in full.text
    assert "Депутаты приняли бюджет во втором чтении." not in full.text  # content wins over the summary

    assert isinstance(short, Document)
    assert short.origin == "feeds/vestnik.rss#entry=2"
    assert short.url is None
    assert short.text == f"Короткая заметка без ссылки\n\n{BUDGET[2]}"

    assert isinstance(empty, Rejected)
    assert empty.item == "feeds/vestnik.rss#entry=3"
    assert empty.reason is Reason.NO_TEXT


def test_atom_with_full_html_content(context: ReadContext) -> None:
    escaped = _content_html(FLOODS * 3).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    data = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kyiv Daily</title><id>urn:uuid:kyiv-daily</id><updated>2024-03-12T12:00:00Z</updated>
  <entry>
    <title>{FLOODS_TITLE}</title>
    <link rel="alternate" href="{NOWHERE}/uk/floods"/>
    <id>urn:uuid:floods</id>
    <published>2024-03-12T11:30:00+02:00</published>
    <updated>2024-03-12T12:45:00+02:00</updated>
    <summary>Коротко про паводок.</summary>
    <content type="html">{escaped}</content>
  </entry>
</feed>""".encode()
    assert looks_like_feed(data)
    results = list(read_feed(Payload(data, origin="feeds/kyiv.atom"), context))
    assert len(results) == 1, results
    document = results[0]
    assert isinstance(document, Document)
    assert document.origin == f"{NOWHERE}/uk/floods"
    assert document.title == FLOODS_TITLE
    assert document.source == "Kyiv Daily"
    assert document.published == datetime(2024, 3, 12, 9, 30, tzinfo=UTC)
    assert "\n\n".join(FLOODS) in document.text
    assert "Коротко про паводок." not in document.text


def test_feed_entry_with_short_content_and_dead_link_is_rejected(context: ReadContext) -> None:
    data = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>{RATES_TITLE}</title><link>{NOWHERE}/rates</link><description>{RATES[0]}</description></item>
</channel></rss>""".encode()
    results = list(read_feed(Payload(data, origin="wire.rss"), context))
    assert len(results) == 1
    rejected = results[0]
    assert isinstance(rejected, Rejected)
    assert rejected.item == f"{NOWHERE}/rates"
    assert rejected.reason is Reason.UNREACHABLE
    assert "summary" in rejected.detail


def test_bytes_that_are_not_a_feed_are_malformed(context: ReadContext) -> None:
    with pytest.raises(RejectedInputError) as raised:
        list(read_feed(Payload(b"<rss><channel><title>Broken", origin="broken.rss"), context))
    assert raised.value.reason is Reason.MALFORMED


# --- WARC ------------------------------------------------------------------------------------------------

WARC_PAGES = [
    ("https://vestnik.example/budget", BUDGET_TITLE, BUDGET, "utf-8"),
    ("https://kyiv.example/floods", FLOODS_TITLE, FLOODS, "windows-1251"),
    ("https://wire.example/rates", RATES_TITLE, RATES, "utf-8"),
]


def _warc_page(title: str, paragraphs: tuple[str, ...], charset: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    page = (
        f"<html><head><meta charset='{charset}'><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Contact the newsroom</footer></body></html>"
    )
    return page.encode("cp1251" if charset == "windows-1251" else charset)


def _build_warc(*, gzip: bool) -> bytes:
    """warcinfo, a request, then one HTML response per page; each record is one gzip member when gzipped."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "kronika tests"}))
    request = b"GET /budget HTTP/1.1\r\nHost: vestnik.example\r\nUser-Agent: test\r\n\r\n"
    writer.write_record(
        writer.create_warc_record(
            WARC_PAGES[0][0],
            "request",
            payload=io.BytesIO(request),
            warc_content_type="application/http; msgtype=request",
        )
    )
    for url, title, paragraphs, charset in WARC_PAGES:
        body = _warc_page(title, paragraphs, charset)
        http_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", f"text/html; charset={charset}"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http_headers)
        )
    return buffer.getvalue()


def _gzip_members(data: bytes) -> list[tuple[int, int]]:
    members: list[tuple[int, int]] = []
    start = 0
    while start < len(data):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflater.decompress(data[start:])
        end = len(data) - len(inflater.unused_data)
        members.append((start, end))
        start = end
    return members


def _corrupt(data: bytes, start: int, end: int) -> bytes:
    damaged = bytearray(data)
    for index in range(start, end):
        damaged[index] ^= 0xA5
    return bytes(damaged)


@pytest.fixture(scope="module")
def warc_gz() -> bytes:
    return _build_warc(gzip=True)


def _mentions(result: Document | Rejected, url: str) -> bool:
    return result.url == url if isinstance(result, Document) else url in result.item


def _assert_pages_read(documents: list[Document], pages: list[tuple[str, str, tuple[str, ...], str]]) -> None:
    assert [document.url for document in documents] == [url for url, *_ in pages]
    for document, (_, title, paragraphs, _) in zip(documents, pages, strict=True):
        assert document.raw_format == "warc"
        assert document.title == title
        assert all(paragraph in document.text for paragraph in paragraphs)
        assert "Contact the newsroom" not in document.text
        assert document.fetched is not None and document.fetched.tzinfo is not None


def test_warc_archive_is_recognised(warc_gz: bytes) -> None:
    assert len(_gzip_members(warc_gz)) == 5
    assert looks_like_warc(warc_gz)
    assert looks_like_warc(_build_warc(gzip=False))
    assert not looks_like_warc(b"\x1f\x8b\x08" + bytes(20))


def test_warc_gz_html_responses_become_documents(warc_gz: bytes, context: ReadContext) -> None:
    results = list(read_warc(Payload(warc_gz, origin="crawl.warc.gz"), context))
    assert _rejections(results) == []
    documents = _documents(results)
    _assert_pages_read(documents, WARC_PAGES)  # nothing for the warcinfo or the request record
    assert [document.origin for document in documents] == [f"crawl.warc.gz#record={n}" for n in (3, 4, 5)]


def test_uncompressed_warc_through_read_item(tmp_path: Path, context: ReadContext) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_build_warc(gzip=False))
    results = list(read_item(str(path), context))
    assert _rejections(results) == []
    _assert_pages_read(_documents(results), WARC_PAGES)


def test_warc_gz_without_suffix_is_sniffed_by_read_item(tmp_path: Path, warc_gz: bytes, context: ReadContext) -> None:
    path = tmp_path / "crawl-20240312"
    path.write_bytes(warc_gz)
    _assert_pages_read(_documents(list(read_item(str(path), context))), WARC_PAGES)


def _corrupt_middle_response(data: bytes) -> bytes:
    start, end = _gzip_members(data)[3]  # warcinfo, request, response 1, response 2 (this one), response 3
    middle = (start + end) // 2
    return _corrupt(data, middle - 8, middle + 8)


def test_corrupt_gzip_member_costs_only_its_record(warc_gz: bytes, context: ReadContext) -> None:
    results = list(read_warc(Payload(_corrupt_middle_response(warc_gz), origin="crawl.warc.gz"), context))
    rejections = _rejections(results)
    assert len(rejections) == 1, results
    assert rejections[0].item == "crawl.warc.gz#record=4"
    assert rejections[0].reason is Reason.MALFORMED
    assert "corrupt WARC record" in rejections[0].detail
    _assert_pages_read(_documents(results), [WARC_PAGES[0], WARC_PAGES[2]])
    assert [type(result) for result in results] == [Document, Rejected, Document]


def test_corrupt_gzip_header_still_reaches_the_next_record(warc_gz: bytes, context: ReadContext) -> None:
    start, _ = _gzip_members(warc_gz)[3]
    results = list(read_warc(Payload(_corrupt(warc_gz, start, start + 4), origin="crawl.warc.gz"), context))
    assert any(_mentions(result, WARC_PAGES[2][0]) for result in results), results
