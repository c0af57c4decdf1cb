"""Language per document and per paragraph: script first, then lingua among that script's languages."""

from __future__ import annotations

import pytest

from kronika.doc import Document
from kronika.settings import Settings
from kronika.stages.language import LanguageIdentifier

RUSSIAN = [
    "Правительство утвердило новую программу поддержки сельского хозяйства на ближайшие три года.",
    "В понедельник в центре города прошла акция протеста против повышения тарифов на коммунальные услуги.",
    "Центральный банк сохранил ключевую ставку на прежнем уровне, сообщили в пресс-службе регулятора.",
    "Спасатели эвакуировали жителей трёх прибрежных сёл после того, как уровень воды в реке поднялся на два метра.",
    "Сборная России по хоккею обыграла команду Казахстана со счётом четыре — один.",
    "Министр иностранных дел провёл переговоры со своим турецким коллегой в Анкаре.",
]
UKRAINIAN = [
    "Кабінет міністрів ухвалив постанову про підтримку малого бізнесу в прифронтових областях.",
    "У понеділок у центрі міста відбулася акція протесту проти підвищення тарифів на комунальні послуги.",
    "Національний банк зберіг облікову ставку на попередньому рівні, повідомили в пресслужбі регулятора.",
    "Рятувальники евакуювали мешканців трьох прибережних сіл після того, як рівень води в річці піднявся на два метри.",
    "Збірна України з футболу перемогла команду Ісландії з рахунком два — один.",
    "Міністр закордонних справ провів переговори зі своїм турецьким колегою в Анкарі.",
]
ENGLISH = [
    "The central bank left its key interest rate unchanged on Thursday, citing persistent inflation.",
    "Rescuers evacuated residents of three riverside villages after the water rose by two metres.",
    "The foreign minister held talks with his Turkish counterpart in Ankara on Monday.",
]


@pytest.fixture(scope="session")
def identify() -> LanguageIdentifier:
    """One identifier for the session: building it loads the lingua models."""
    return LanguageIdentifier(Settings())


def _identified(identify: LanguageIdentifier, text: str) -> Document:
    document = Document(text=text, raw_format="text", origin="test")
    identify(document)
    return document


def _paragraphs(document: Document) -> list[tuple[str, str | None]]:
    return [(paragraph.text_of(document.text), paragraph.lang) for paragraph in document.paragraphs]


def test_candidates_are_grouped_by_script(identify: LanguageIdentifier) -> None:
    assert identify.candidates == {"Cyrillic": ("ru", "uk", "be", "bg"), "Latin": ("en", "pl", "cs", "sl", "de", "fr")}


@pytest.mark.parametrize("sentence", RUSSIAN, ids=[f"ru{n}" for n in range(len(RUSSIAN))])
def test_russian_sentence_is_russian(identify: LanguageIdentifier, sentence: str) -> None:
    document = _identified(identify, sentence)
    assert document.lang == "ru"
    assert _paragraphs(document) == [(sentence, "ru")]


@pytest.mark.parametrize("sentence", UKRAINIAN, ids=[f"uk{n}" for n in range(len(UKRAINIAN))])
def test_ukrainian_sentence_is_ukrainian(identify: LanguageIdentifier, sentence: str) -> None:
    document = _identified(identify, sentence)
    assert document.lang == "uk"
    assert _paragraphs(document) == [(sentence, "uk")]


def test_russian_and_ukrainian_paragraphs_in_one_document(identify: LanguageIdentifier) -> None:
    text = "\n\n".join([RUSSIAN[0], UKRAINIAN[0], RUSSIAN[1], UKRAINIAN[1], RUSSIAN[2]])
    document = _identified(identify, text)
    assert document.lang == "ru"  # three Russian paragraphs outweigh two Ukrainian ones
    assert [lang for _, lang in _paragraphs(document)] == ["ru", "uk", "ru", "uk", "ru"]


def test_ukrainian_paragraph_naming_a_latin_agency_stays_ukrainian(identify: LanguageIdentifier) -> None:
    paragraph = (
        "Президент Південної Кореї заявив про готовність відновити переговори з Пхеньяном, "
        "повідомляє Yonhap News Agency з посиланням на джерела в адміністрації."
    )
    document = _identified(identify, f"{UKRAINIAN[4]}\n\n{paragraph}")
    assert document.lang == "uk"
    assert _paragraphs(document) == [(UKRAINIAN[4], "uk"), (paragraph, "uk")]


def test_latin_only_credit_line_does_not_flip_a_cyrillic_document(identify: LanguageIdentifier) -> None:
    text = f"Reuters\n\n{RUSSIAN[0]} {RUSSIAN[2]}\n\nYonhap News Agency\n\n{RUSSIAN[5]}"
    document = _identified(identify, text)
    assert document.lang == "ru"
    assert _paragraphs(document) == [
        ("Reuters", None),
        (f"{RUSSIAN[0]} {RUSSIAN[2]}", "ru"),
        ("Yonhap News Agency", None),
        (RUSSIAN[5], "ru"),
    ]


def test_long_english_credit_in_a_russian_document_is_english_alone(identify: LanguageIdentifier) -> None:
    credit = "The Associated Press and Reuters contributed reporting from the capital."
    document = _identified(identify, f"{RUSSIAN[3]}\n{credit}\n{RUSSIAN[4]}")
    assert document.lang == "ru"
    assert [lang for _, lang in _paragraphs(document)] == ["ru", "en", "ru"]


def test_english_document(identify: LanguageIdentifier) -> None:
    document = _identified(identify, "\n\n".join(ENGLISH))
    assert document.lang == "en"
    assert [lang for _, lang in _paragraphs(document)] == ["en", "en", "en"]


def test_short_lines_take_the_document_language(identify: LanguageIdentifier) -> None:
    text = f"Коротко\n{UKRAINIAN[1]}\n12.03.2024\n{UKRAINIAN[2]}"
    document = _identified(identify, text)
    assert document.lang == "uk"
    assert _paragraphs(document) == [
        ("Коротко", "uk"),
        (UKRAINIAN[1], "uk"),
        ("12.03.2024", None),
        (UKRAINIAN[2], "uk"),
    ]


def test_paragraph_spans_are_the_non_empty_lines(identify: LanguageIdentifier) -> None:
    text = f"\n{RUSSIAN[0]}\n\n\n{RUSSIAN[1]}\n"
    document = _identified(identify, text)
    assert [(paragraph.start, paragraph.end) for paragraph in document.paragraphs] == [
        (1, 1 + len(RUSSIAN[0])),
        (4 + len(RUSSIAN[0]), 4 + len(RUSSIAN[0]) + len(RUSSIAN[1])),
    ]


@pytest.mark.parametrize(("text", "lang"), [("Привет", "ru"), ("Київ", "uk"), ("Hello", "en")])
def test_very_short_document_is_judged_as_a_whole(identify: LanguageIdentifier, text: str, lang: str) -> None:
    document = _identified(identify, text)
    assert document.lang == lang


@pytest.mark.parametrize("text", ["", "2024", "12.03.2024 — 14:30"])
def test_document_without_letters_has_no_language(identify: LanguageIdentifier, text: str) -> None:
    assert _identified(identify, text).lang is None


def test_configured_languages_restrict_the_answer() -> None:
    only_russian = LanguageIdentifier(Settings(languages=("ru", "en")))
    assert only_russian.candidates == {"Cyrillic": ("ru",), "Latin": ("en",)}
    assert _identified(only_russian, UKRAINIAN[0]).lang == "ru"


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kyiv (Київ) gathered in the central square on Sunday to mark the anniversary of independence.",
        "Protesters carried banners reading «Нет войне» outside the embassy on Saturday, police said.",
    ],
    ids=["uk-word", "ru-quote"],
)
def test_english_paragraph_quoting_a_cyrillic_word_stays_english(identify: LanguageIdentifier, text: str) -> None:
    document = _identified(identify, text)
    assert document.lang == "en"
    assert _paragraphs(document) == [(text, "en")]


def test_czech_and_slovene_are_told_from_polish(identify: LanguageIdentifier) -> None:
    # Without their own models both were read as Polish, and a story's language mix was wrong.
    czech = Document(
        text="Vláda včera schválila nový zákon o státním rozpočtu na příští rok.", raw_format="text", origin="cs"
    )
    slovene = Document(
        text="Vlada je včeraj sprejela nov zakon o državnem proračunu za prihodnje leto.",
        raw_format="text",
        origin="sl",
    )
    polish = Document(
        text="Rząd wczoraj przyjął nową ustawę o budżecie państwa na przyszły rok.", raw_format="text", origin="pl"
    )
    for document in (czech, slovene, polish):
        identify(document)
    assert [d.lang for d in (czech, slovene, polish)] == ["cs", "sl", "pl"]
