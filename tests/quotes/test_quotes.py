"""Quotes, speakers, roles, outlets and citation chains on sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

import kronika
from kronika.doc import Document


def analyze(text: str) -> Document:
    return kronika.analyze(text, published=datetime(2024, 3, 12))


def said(document: Document) -> list[tuple[str, str | None, str]]:
    """(kind, speaker's base form, content) per quote."""
    text = document.text
    return [
        (q.kind, document.mentions[q.speaker].lemma if q.speaker is not None else None, text[q.start : q.end])
        for q in document.quotes
    ]


def test_a_direct_quote_split_by_its_cue_is_one_quote_and_a_pronoun_finds_the_speaker() -> None:
    document = analyze(
        "Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся.\n\n"
        "«Мы готовы к диалогу», — сказал он, — «но не на любых условиях»."
    )
    assert said(document) == [
        ("indirect", "Сергей Лавров", "переговоры продолжатся"),
        ("direct", "Сергей Лавров", "Мы готовы к диалогу», — сказал он, — «но не на любых условиях"),
    ]
    assert document.quotes[0].role == "Министр иностранных дел"
    assert document.quotes[1].role == "Министр иностранных дел"  # inherited through "он"


def test_the_medium_told_is_the_outlet_and_descriptions_refer_back_to_the_speaker() -> None:
    document = analyze(
        "Сотрудничество будет расширяться, сообщил агентству «Интерфакс» директор института Андрей Петров.\n\n"
        "По его словам, соглашение подпишут осенью.\n\n"
        "«Это важный шаг», — отметил собеседник агентства."
    )
    assert [speaker for _, speaker, _ in said(document)] == ["Андрей Петров"] * 3
    outlets = {document.mentions[q.outlet].lemma for q in document.quotes if q.outlet is not None}
    assert outlets == {"Интерфакс"}
    assert document.quotes[0].role == "директор института"


def test_ukrainian_reported_speech_and_a_partial_quote() -> None:
    document = analyze(
        'Речник Пентагону Джон Кірбі заявив, що переговори "активно просуваються". '
        'Прем\'єр-міністр Денис Шмигаль назвав рішення "історичним кроком".'
    )
    assert said(document) == [
        ("indirect", "Джон Кірбі", 'переговори "активно просуваються"'),
        ("partial", "Денис Шмигаль", "історичним кроком"),
    ]
    assert document.quotes[0].role == "Речник Пентагону"


def test_english_attribution_after_the_quote_and_according_to_an_agency() -> None:
    document = analyze(
        "“We will not back down,” said John Smith, a spokesman for the ministry. "
        "The talks ended on Tuesday, according to Reuters."
    )
    assert said(document) == [("direct", "John Smith", "We will not back down,")]
    assert [c.source_text for c in document.citations] == ["Reuters"]


def test_an_agency_relayed_by_another_forms_a_chain() -> None:
    document = analyze(
        "Лідер КНДР провів засідання уряду. Про це повідомляє Yonhap News Agency.\n\n"
        "Уряд схвалив нові плани, повідомляє Центральне інформаційне агентство Кореї (KCNA)."
    )
    sources = [c.source_text for c in document.citations]
    assert sources == ["Yonhap News Agency", "Центральне інформаційне агентство Кореї (KCNA)"]
    assert document.citations[1].via == 0
    # Events and quotes record the path: the article reports Yonhap, which reports KCNA.
    last = [e for e in document.events if e.start >= document.text.index("Уряд")]
    assert last and all(e.attribution == [0, 1] for e in last)


def test_a_reporting_verb_with_an_outlet_is_a_citation_not_a_quote() -> None:
    document = analyze("Ракетний удар пошкодив електростанцію, повідомляє агентство Укрінформ.")
    assert document.quotes == []
    assert [c.source_text for c in document.citations] == ["агентство Укрінформ"]


def test_thinking_and_names_in_quotation_marks_are_not_quotes() -> None:
    document = analyze("Эксперты считают, что рынок вырастет. Корабль «Адмирал Кузнецов» вышел из порта.")
    assert document.quotes == []


def test_a_pronoun_agrees_in_gender_and_skips_names_inside_quotes() -> None:
    document = analyze(
        "Министр финансов Андрей Смирнов встретился с Марией Ивановой.\n\n«Иванова согласилась с планом», — сказал он."
    )
    assert said(document) == [("direct", "Андрей Смирнов", "Иванова согласилась с планом")]


def test_a_back_reference_quotes_the_sentence_before_and_its_speaker_sits_before_the_cue() -> None:
    document = analyze("Новый посол Игорь Петров начнет работу в мае. Об этом он заявил в интервью телеканалу.")
    assert said(document) == [("indirect", "Игорь Петров", "Новый посол Игорь Петров начнет работу в мае.")]


def test_speech_after_a_colon_without_marks_and_an_organisation_speaking_from_a_place() -> None:
    document = analyze(
        "Вице-премьер Олег Сидоров признал: у правительства нет рычагов. "
        "В компании «Аэрофлот» заявили, что рейсы возобновятся."
    )
    found = said(document)
    assert found[0] == ("direct", "Олег Сидоров", "у правительства нет рычагов")
    assert found[1] == ("indirect", "Аэрофлот", "рейсы возобновятся")


def test_a_quoted_sentence_after_a_direct_quote_continues_it() -> None:
    document = analyze(
        "“We acted fast,” Medvedev said. “The market should be given all the necessary support.” Prices rose on Monday."
    )
    assert [(kind, content) for kind, _, content in said(document)] == [
        ("direct", "We acted fast,"),
        ("direct", "The market should be given all the necessary support."),
    ]
