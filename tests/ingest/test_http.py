"""URLs read over real HTTP from a loopback server: pages, redirects, errors, size caps, feeds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import ReadContext
from kronika.ingest.fetch import Fetcher
from kronika.ingest.sources import read_item
from kronika.settings import Settings

if TYPE_CHECKING:
    from conftest import NewsServer  # tests/ingest/conftest.py, for annotations only

SMALL_LIMIT = 10_000


def _context(settings: Settings) -> Iterator[ReadContext]:
    fetcher = Fetcher(settings)
    yield ReadContext(settings, fetcher)
    fetcher.close()


@pytest.fixture
def context() -> Iterator[ReadContext]:
    yield from _context(Settings(fetch_timeout=5.0))


@pytest.fixture
def small_context() -> Iterator[ReadContext]:
    yield from _context(Settings(fetch_timeout=5.0, max_bytes=SMALL_LIMIT))


def _only(results: list[Document | Rejected]) -> Document | Rejected:
    assert len(results) == 1, results
    return results[0]


def _document(results: list[Document | Rejected]) -> Document:
    result = _only(results)
    assert isinstance(result, Document), result
    return result


def _rejected(results: list[Document | Rejected]) -> Rejected:
    result = _only(results)
    assert isinstance(result, Rejected), result
    return result


def test_article_page_is_read_with_metadata(news_server: NewsServer, context: ReadContext) -> None:
    article = news_server.budget
    url = news_server.url(article.path)
    document = _document(list(read_item(url, context)))
    assert document.raw_format == "html"
    assert document.origin == url
    assert document.url == url
    assert document.title == article.title
    assert document.source == "Вечерний вестник"
    assert document.published == datetime(2024, 3, 12, 11, 30, tzinfo=UTC)
    assert document.published.utcoffset() is not None
    assert document.text.startswith(article.title)
    for paragraph in article.paragraphs:
        assert paragraph in document.text
    assert "Главная" not in document.text
    assert "Перепечатка запрещена" not in document.text


def test_user_agent_sent_is_the_configured_one(news_server: NewsServer, context: ReadContext) -> None:
    list(read_item(news_server.url(news_server.budget.path), context))
    list(read_item(news_server.url("/old/budget"), context))
    assert len(news_server.requests) == 3  # the page, then the redirect and its target
    assert {request.user_agent for request in news_server.requests} == {Settings().user_agent}


def test_redirect_is_followed_to_the_article(news_server: NewsServer, context: ReadContext) -> None:
    requested = news_server.url("/old/budget")
    document = _document(list(read_item(requested, context)))
    article = news_server.budget
    assert news_server.paths_requested() == ["/old/budget", article.path]
    assert document.origin == requested
    assert document.url == news_server.url(article.path)
    assert document.title == article.title
    assert article.paragraphs[1] in document.text


def test_redirect_loop_is_unreachable_after_the_configured_hops(news_server: NewsServer) -> None:
    settings = Settings(fetch_timeout=5.0, max_redirects=3)
    for context in _context(settings):
        rejected = _rejected(list(read_item(news_server.url("/loop"), context)))
        assert rejected.item == news_server.url("/loop")
        assert rejected.reason is Reason.UNREACHABLE
        assert "redirect" in rejected.detail
    assert len(news_server.requests) == settings.max_redirects + 1


def test_declared_cp1251_charset_is_honoured(news_server: NewsServer, context: ReadContext) -> None:
    article = news_server.cp1251
    document = _document(list(read_item(news_server.url(article.path), context)))
    assert document.title == article.title
    assert article.paragraphs[0] in document.text


def test_not_found_is_an_http_error_naming_the_url(news_server: NewsServer, context: ReadContext) -> None:
    url = news_server.url("/missing.html")
    rejected = _rejected(list(read_item(url, context)))
    assert rejected.item == url
    assert rejected.reason is Reason.HTTP_ERROR
    assert "404" in rejected.detail
    assert url in str(rejected) and Reason.HTTP_ERROR.value in str(rejected)


@pytest.mark.parametrize("path", ["/big.html", "/big-unsized.html"], ids=["content-length", "streamed"])
def test_response_above_the_size_cap_is_too_large(
    news_server: NewsServer, small_context: ReadContext, path: str
) -> None:
    url = news_server.url(path)
    rejected = _rejected(list(read_item(url, small_context)))
    assert rejected.item == url
    assert rejected.reason is Reason.TOO_LARGE
    assert f"{SMALL_LIMIT:,}" in rejected.detail


def test_response_below_the_default_cap_is_read(news_server: NewsServer, context: ReadContext) -> None:
    page = context.fetcher.fetch(news_server.url("/big-unsized.html"))
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert len(page.body) > SMALL_LIMIT
    assert page.fetched.tzinfo is not None


def test_unreachable_host_is_rejected(context: ReadContext) -> None:
    url = "http://127.0.0.1:1/"
    rejected = _rejected(list(read_item(url, context)))
    assert rejected.item == url
    assert rejected.reason is Reason.UNREACHABLE
    with pytest.raises(RejectedInputError) as raised:
        context.fetcher.fetch(url)
    assert raised.value.reason is Reason.UNREACHABLE


def test_feed_with_summaries_follows_links_to_full_articles(news_server: NewsServer, context: ReadContext) -> None:
    results = list(read_item(news_server.url("/feed.rss"), context))
    assert all(isinstance(result, Document) for result in results), results
    documents = [result for result in results if isinstance(result, Document)]
    articles = [news_server.budget, news_server.floods]
    assert [document.title for document in documents] == [article.title for article in articles]
    assert news_server.paths_requested() == ["/feed.rss", *(article.path for article in articles)]
    for document, article in zip(documents, articles, strict=True):
        assert document.raw_format == "feed"
        assert document.origin == news_server.url(article.path)
        assert document.url == news_server.url(article.path)
        assert document.source == "Вечерний вестник"
        assert document.published == datetime(2024, 3, 12, 11, 30, tzinfo=UTC)
        assert document.fetched is not None
        for paragraph in article.paragraphs:
            assert paragraph in document.text
        assert "Главная" not in document.text
    assert "Депутаты приняли бюджет." not in documents[0].text  # the one-line summary gave way to the page


def test_feed_item_whose_page_is_gone_is_rejected_alone(news_server: NewsServer, context: ReadContext) -> None:
    results = list(read_item(news_server.url("/feed-broken-link.rss"), context))
    assert len(results) == 2, results
    first, second = results
    assert isinstance(first, Document)
    assert first.title == news_server.budget.title
    assert news_server.budget.paragraphs[0] in first.text
    assert isinstance(second, Rejected)
    assert second.item == news_server.url("/article/gone.html")
    assert second.reason is Reason.HTTP_ERROR
    assert "summary" in second.detail
    assert "404" in second.detail
