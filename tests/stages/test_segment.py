"""Sentences and tokens per paragraph: offsets into the document text, the segmenter of each paragraph's language."""

from __future__ import annotations

import re

import pytest
import razdel
import tokenize_uk

from kronika.doc import Document, Paragraph
from kronika.settings import Settings
from kronika.stages.language import LanguageIdentifier
from kronika.stages.segment import Segmenter

# Where tokenize_uk and razdel disagree, so the tests can tell which one ran:
# tokenize_uk keeps "В.", "м.", "14:30", "a@b.ua" whole and does not end a sentence at "м.".
UK_PARAGRAPH = (
    "В. Зеленський прибув до м. Києва о 14:30. Зустріч із журналістами тривала годину, "
    "запитання надсилали на адресу press@president.gov.ua заздалегідь!"
)
RU_PARAGRAPH = (
    "Центральный банк сохранил ключевую ставку на уровне 16%. По словам председателя, "
    "инфляция замедляется быстрее прогноза… Следующее заседание пройдёт 26 апреля."
)
EN_PARAGRAPH = "The U.S. Federal Reserve held rates at 5.25%. Mr. Powell said the decision was unanimous."


@pytest.fixture(scope="session")
def segment() -> Segmenter:
    return Segmenter(Settings())


@pytest.fixture(scope="session")
def identify() -> LanguageIdentifier:
    """Builds the lingua detector once for the session (it is cached process-wide by the stage)."""
    return LanguageIdentifier(Settings())


def _document(
    paragraphs: list[tuple[str, str | None]], *, lang: str | None = None, separator: str = "\n\n"
) -> Document:
    text = separator.join(paragraph for paragraph, _ in paragraphs)
    spans: list[Paragraph] = []
    cursor = 0
    for paragraph, paragraph_lang in paragraphs:
        start = text.index(paragraph, cursor)
        spans.append(Paragraph(start, start + len(paragraph), paragraph_lang))
        cursor = start + len(paragraph)
    return Document(text=text, raw_format="text", origin="test", lang=lang, paragraphs=spans)


def _sentences(document: Document) -> list[str]:
    return [sentence.text_of(document.text) for sentence in document.sentences]


def _tokens(document: Document) -> list[list[str]]:
    return [[token.text_of(document.text) for token in sentence.tokens] for sentence in document.sentences]


def _assert_offsets_consistent(document: Document) -> None:
    """Sentences in order inside one paragraph each; tokens in order inside their sentence; no overlaps."""
    previous_end = 0
    for sentence in document.sentences:
        assert previous_end <= sentence.start < sentence.end
        containing = [p for p in document.paragraphs if p.start <= sentence.start and sentence.end <= p.end]
        assert len(containing) == 1, (sentence, document.paragraphs)
        assert sentence.text_of(document.text) == sentence.text_of(document.text).strip()
        token_end = sentence.start
        for token in sentence.tokens:
            assert token_end <= token.start < token.end <= sentence.end
            assert token.text_of(document.text).strip() == token.text_of(document.text)
            token_end = token.end
        previous_end = sentence.end


def _assert_every_letter_tokenized(document: Document) -> None:
    covered = {i for sentence in document.sentences for token in sentence.tokens for i in range(token.start, token.end)}
    uncovered = [(i, ch) for i, ch in enumerate(document.text) if not ch.isspace() and i not in covered]
    assert uncovered == []


def test_ukrainian_paragraph_uses_tokenize_uk(segment: Segmenter) -> None:
    document = _document([(UK_PARAGRAPH, "uk")])
    segment(document)
    assert _sentences(document) == tokenize_uk.tokenize_sents(UK_PARAGRAPH)
    assert _sentences(document) == [
        "В. Зеленський прибув до м. Києва о 14:30.",
        "Зустріч із журналістами тривала годину, запитання надсилали на адресу press@president.gov.ua заздалегідь!",
    ]
    assert [token for sentence in _tokens(document) for token in sentence] == tokenize_uk.tokenize_words(UK_PARAGRAPH)
    first, second = _tokens(document)
    assert first[:2] == ["В.", "Зеленський"]
    assert "м." in first and "14:30" in first
    assert "press@president.gov.ua" in second
    _assert_offsets_consistent(document)
    _assert_every_letter_tokenized(document)


def test_russian_paragraph_uses_razdel(segment: Segmenter) -> None:
    document = _document([(RU_PARAGRAPH, "ru")])
    segment(document)
    assert _sentences(document) == [s.text for s in razdel.sentenize(RU_PARAGRAPH)]
    assert len(document.sentences) == 3
    assert _tokens(document) == [[t.text for t in razdel.tokenize(s.text)] for s in razdel.sentenize(RU_PARAGRAPH)]
    _assert_offsets_consistent(document)
    _assert_every_letter_tokenized(document)


def test_the_same_ukrainian_text_marked_russian_is_split_by_razdel(segment: Segmenter) -> None:
    as_russian = _document([(UK_PARAGRAPH, "ru")])
    segment(as_russian)
    assert _sentences(as_russian) == [s.text for s in razdel.sentenize(UK_PARAGRAPH)]
    assert _sentences(as_russian)[0] == "В. Зеленський прибув до м."  # razdel ends a sentence at "м."
    tokens = [token for sentence in _tokens(as_russian) for token in sentence]
    assert "14:30" not in tokens
    assert tokens[tokens.index("14") : tokens.index("14") + 3] == ["14", ":", "30"]


def test_english_and_generic_languages_use_razdel(segment: Segmenter) -> None:
    for lang in ("en", "de", None):
        document = _document([(EN_PARAGRAPH, lang)], lang=lang)
        segment(document)
        assert _sentences(document) == [s.text for s in razdel.sentenize(EN_PARAGRAPH)]
        _assert_offsets_consistent(document)


def test_paragraph_without_a_language_uses_the_document_language(segment: Segmenter) -> None:
    document = _document([(UK_PARAGRAPH, None)], lang="uk")
    segment(document)
    assert _sentences(document) == tokenize_uk.tokenize_sents(UK_PARAGRAPH)


def test_offsets_point_into_the_document_text(segment: Segmenter) -> None:
    document = _document([(RU_PARAGRAPH, "ru"), (UK_PARAGRAPH, "uk"), (EN_PARAGRAPH, "en")])
    segment(document)
    assert document.sentences[0].start == 0
    assert document.text.index(UK_PARAGRAPH) == document.sentences[3].start
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text_of(document.text)
        assert sentence.tokens, sentence
    _assert_offsets_consistent(document)
    _assert_every_letter_tokenized(document)


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_sentences_never_cross_paragraph_boundaries(segment: Segmenter, lang: str) -> None:
    # Neither paragraph ends with punctuation: run over the whole text, a segmenter would join them.
    paragraphs = (
        [("Заголовок без точки в конце", lang), ("а это уже текст статьи со строчной буквы.", lang)]
        if lang == "ru"
        else [("Заголовок без крапки в кінці", lang), ("а це вже текст статті з малої літери.", lang)]
    )
    document = _document(paragraphs, separator="\n")
    segment(document)
    assert _sentences(document) == [paragraph for paragraph, _ in paragraphs]
    _assert_offsets_consistent(document)


def test_empty_document_has_no_sentences(segment: Segmenter) -> None:
    document = Document(text="", raw_format="text", origin="test")
    segment(document)
    assert document.sentences == []


def test_language_then_sentences_on_a_mixed_document(identify: LanguageIdentifier, segment: Segmenter) -> None:
    text = f"Reuters\n\n{UK_PARAGRAPH}\n\n{RU_PARAGRAPH}\n{UK_PARAGRAPH}"
    document = Document(text=text, raw_format="text", origin="test")
    identify(document)
    assert [paragraph.lang for paragraph in document.paragraphs] == [None, "uk", "ru", "uk"]
    segment(document)
    by_paragraph = [
        [s.text_of(text) for s in document.sentences if p.start <= s.start and s.end <= p.end]
        for p in document.paragraphs
    ]
    assert by_paragraph == [
        ["Reuters"],
        tokenize_uk.tokenize_sents(UK_PARAGRAPH),
        [s.text for s in razdel.sentenize(RU_PARAGRAPH)],
        tokenize_uk.tokenize_sents(UK_PARAGRAPH),
    ]
    assert sum(len(sentences) for sentences in by_paragraph) == len(document.sentences)
    _assert_offsets_consistent(document)
    _assert_every_letter_tokenized(document)


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u02bc"], ids=["right-quote", "modifier-letter"])
def test_ukrainian_words_with_a_typographic_apostrophe_are_tokens(segment: Segmenter, apostrophe: str) -> None:
    paragraph = (
        f"Прем{apostrophe}єр-міністр відвідав об{apostrophe}єкт і поспілкувався з п{apostrophe}ятьма рятувальниками."
    )
    document = _document([(paragraph, "uk")])
    segment(document)
    assert _tokens(document) == [
        [
            f"Прем{apostrophe}єр-міністр",
            "відвідав",
            f"об{apostrophe}єкт",
            "і",
            "поспілкувався",
            "з",
            f"п{apostrophe}ятьма",
            "рятувальниками",
            ".",
        ]
    ]
    _assert_every_letter_tokenized(document)


def test_ukrainian_words_with_an_ascii_apostrophe_are_tokens(segment: Segmenter) -> None:
    paragraph = "Прем'єр-міністр відвідав об'єкт."
    document = _document([(paragraph, "uk")])
    segment(document)
    assert _tokens(document) == [["Прем'єр-міністр", "відвідав", "об'єкт", "."]]


def test_paragraphs_found_by_line_match_the_language_stage(identify: LanguageIdentifier) -> None:
    text = f"{RU_PARAGRAPH}\n\n\n{UK_PARAGRAPH}\n"
    document = Document(text=text, raw_format="text", origin="test")
    identify(document)
    assert [(p.start, p.end) for p in document.paragraphs] == [
        (m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
    ]


def test_english_titles_month_abbreviations_and_clock_times_end_no_sentence(segment: Segmenter) -> None:
    text = (
        "Gen. Powell met Mr. Jones on Oct. 5. He left at 6 a.m. Friday and landed at 9 p.m. EST. "
        "The talks ended at 5 p.m. The next day was calm."
    )
    document = _document([(text, "en")], lang="en")
    segment(document)
    assert _sentences(document) == [
        "Gen. Powell met Mr. Jones on Oct. 5.",
        "He left at 6 a.m. Friday and landed at 9 p.m. EST.",
        "The talks ended at 5 p.m.",
        "The next day was calm.",
    ]
