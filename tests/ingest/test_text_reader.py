"""Plain-text articles: header lines of scraped pages become metadata; title and body stay as the text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from kronika.doc import Document
from kronika.errors import Reason, Rejected, RejectedInputError
from kronika.ingest.base import Payload, ReadContext
from kronika.ingest.dateline import parse_dateline
from kronika.ingest.fetch import Fetcher
from kronika.ingest.text import read_text, split_header
from kronika.settings import Settings

TITLE_RU = "Правительство утвердило программу поддержки фермеров"
BODY_RU = (
    "Правительство утвердило новую программу поддержки сельского хозяйства на ближайшие три года, "
    "сообщили в пресс-службе министерства.\n\n"
    "Объём финансирования составит более ста миллиардов рублей, основная часть средств пойдёт на льготные кредиты."
)
TITLE_UK = "Уряд продовжив програму доступних кредитів для підприємців"
BODY_UK = (
    "Кабінет міністрів продовжив програму доступних кредитів для малого та середнього бізнесу до кінця року, "
    "повідомили в Міністерстві економіки.\n\n"
    "Від початку року підприємці отримали понад дванадцять тисяч кредитів на загальну суму сорок мільярдів гривень."
)
TITLE_EN = "Central bank holds rates steady"
BODY_EN = (
    "The central bank left its key interest rate unchanged on Thursday, citing persistent inflation in services.\n\n"
    "The governor said the bank was ready to act if price growth failed to slow in the coming months."
)


@pytest.fixture(scope="module")
def context() -> Iterator[ReadContext]:
    settings = Settings()
    fetcher = Fetcher(settings)
    yield ReadContext(settings, fetcher)
    fetcher.close()


def _read(text: str | bytes, context: ReadContext) -> Document:
    data = text.encode("utf-8") if isinstance(text, str) else text
    results: list[Document | Rejected] = list(read_text(Payload(data, origin="inbox/article.txt"), context))
    assert len(results) == 1, results
    document = results[0]
    assert isinstance(document, Document), document
    assert document.raw_format == "text"
    assert document.origin == "inbox/article.txt"
    return document


def test_scraped_page_with_site_agency_date_and_share_line(context: ReadContext) -> None:
    page = f"Новостной портал «Восток»\nИнтерфакс\nИнтерфакс\n15.09.2023\n\nПоделиться\n\n{TITLE_RU}\n\n{BODY_RU}\n"
    document = _read(page, context)
    assert document.source == "Интерфакс"
    assert document.meta["site"] == "Новостной портал «Восток»"
    assert document.published == datetime(2023, 9, 15)
    assert document.title == TITLE_RU
    assert document.text == f"{TITLE_RU}\n\n{BODY_RU}"
    assert "Поделиться" not in document.text
    assert "Интерфакс" not in document.text
    assert document.meta["encoding"] == "utf-8"


def test_ukrainian_page_with_worded_date_and_share_lines(context: ReadContext) -> None:
    page = f"Економічна правда\nУкрінформ\n12 березня 2024 р.\nПоширити\nПоділитися\n{TITLE_UK}\n\n{BODY_UK}"
    document = _read(page, context)
    assert document.source == "Укрінформ"
    assert document.meta["site"] == "Економічна правда"
    assert document.published == datetime(2024, 3, 12)
    assert document.title == TITLE_UK
    assert document.text == f"{TITLE_UK}\n\n{BODY_UK}"


def test_single_outlet_is_the_source_without_a_site(context: ReadContext) -> None:
    document = _read(f"Reuters\nMarch 12, 2024\n\nShare\n\n{TITLE_EN}\n\n{BODY_EN}", context)
    assert document.source == "Reuters"
    assert "site" not in document.meta
    assert document.published == datetime(2024, 3, 12)
    assert document.title == TITLE_EN
    assert document.text == f"{TITLE_EN}\n\n{BODY_EN}"


def test_date_line_with_time_is_kept_to_the_minute(context: ReadContext) -> None:
    document = _read(f"РИА Новости\n15 сентября 2023 г., 14:30\n{TITLE_RU}\n\n{BODY_RU}", context)
    assert document.published == datetime(2023, 9, 15, 14, 30)
    assert document.source == "РИА Новости"
    assert document.title == TITLE_RU


def test_plain_title_and_body(context: ReadContext) -> None:
    document = _read(f"{TITLE_RU}\n\n{BODY_RU}\n", context)
    assert document.title == TITLE_RU
    assert document.text == f"{TITLE_RU}\n\n{BODY_RU}"
    assert document.source is None
    assert document.published is None
    assert "site" not in document.meta


def test_short_first_line_without_a_date_is_a_title_not_an_outlet(context: ReadContext) -> None:
    document = _read(f"{TITLE_EN}\n{BODY_EN}", context)
    assert document.title == TITLE_EN
    assert document.source is None


def test_date_then_title_without_outlets(context: ReadContext) -> None:
    document = _read(f"2024-03-12 14:30\n{TITLE_UK}\n\n{BODY_UK}", context)
    assert document.published == datetime(2024, 3, 12, 14, 30)
    assert document.source is None
    assert document.title == TITLE_UK
    assert document.text.startswith(TITLE_UK)


def test_share_line_before_title_without_a_date(context: ReadContext) -> None:
    document = _read(f"Поделиться\n\n{TITLE_RU}\n\n{BODY_RU}", context)
    assert document.title == TITLE_RU
    assert document.text == f"{TITLE_RU}\n\n{BODY_RU}"
    assert document.source is None


def test_body_only_text_has_no_title_and_is_kept_whole(context: ReadContext) -> None:
    document = _read(BODY_RU, context)
    assert document.title is None
    assert document.source is None
    assert document.published is None
    assert document.text == BODY_RU


def test_windows_line_endings_and_cp1251_bytes(context: ReadContext) -> None:
    page = f"Интерфакс\r\n15 сентября 2023\r\n\r\n{TITLE_RU}\r\n\r\n{BODY_RU}".replace("\n\n", "\r\n\r\n")
    document = _read(page.encode("cp1251"), context)
    assert document.meta["encoding"] == "cp1251"
    assert document.source == "Интерфакс"
    assert document.published == datetime(2023, 9, 15)
    assert document.title == TITLE_RU
    assert "Правительство утвердило новую программу" in document.text
    assert "Интерфакс" not in document.text


def test_text_of_only_unicode_spaces_has_no_text(context: ReadContext) -> None:
    with pytest.raises(RejectedInputError) as raised:
        list(read_text(Payload("\u00a0\n\u3000\n".encode(), origin="blank.txt"), context))
    assert raised.value.reason is Reason.NO_TEXT


def test_outlet_and_date_directly_followed_by_body_leave_the_text(context: ReadContext) -> None:
    document = _read(f"ТАСС\n15.09.2023\n\n{BODY_RU}", context)
    assert document.source == "ТАСС"
    assert document.published == datetime(2023, 9, 15)
    assert document.text == BODY_RU


def test_header_lines_without_an_article_have_no_text(context: ReadContext) -> None:
    with pytest.raises(RejectedInputError) as raised:
        list(read_text(Payload("Интерфакс\n15.09.2023\nПоделиться\n".encode(), origin="stub.txt"), context))
    assert raised.value.reason is Reason.NO_TEXT


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("15.09.2023", datetime(2023, 9, 15)),
        ("15.09.2023, 10:05", datetime(2023, 9, 15, 10, 5)),
        ("15 сентября 2023", datetime(2023, 9, 15)),
        ("1 мая 2024 года", datetime(2024, 5, 1)),
        ("15 сентября 2023 г., 14:30", datetime(2023, 9, 15, 14, 30)),
        ("2024-03-12 14:30", datetime(2024, 3, 12, 14, 30)),
        ("12 березня 2024 р.", datetime(2024, 3, 12)),
        ("3 травня 2024 року", datetime(2024, 5, 3)),
        ("12 березня 2024 р. о 14:30", datetime(2024, 3, 12, 14, 30)),
        ("March 12, 2024", datetime(2024, 3, 12)),
        ("12 March 2024", datetime(2024, 3, 12)),
        ("Sept 5, 2024 at 09:15", datetime(2024, 9, 5, 9, 15)),
    ],
)
def test_date_line_forms(line: str, expected: datetime) -> None:
    assert parse_dateline(line) == expected
    header, article = split_header(f"Агентство\n{line}\n{TITLE_RU}\n\n{BODY_RU}")
    assert header.published == expected
    assert header.outlets == ["Агентство"]
    assert header.title == TITLE_RU
    assert article.startswith(TITLE_RU)


@pytest.mark.parametrize(
    "line",
    ["31.02.2024", "15 сентября", "Сентябрь 2023", "12 мартобря 2024", "Выборы 2024 года", "2024-03-12T14:30"],
)
def test_lines_that_are_not_dates(line: str) -> None:
    assert parse_dateline(line) is None
