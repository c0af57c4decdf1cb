"""The Russian/Ukrainian recognizer with the committed model, and the rules around it."""

from __future__ import annotations

import pytest

from kronika import stages
from kronika.doc import Document, Mention
from kronika.entities.crf import _propagate, spans_from_labels
from kronika.pipeline import build
from kronika.settings import Settings


@pytest.fixture(scope="module")
def annotate():  # type: ignore[no-untyped-def]
    return build(stages.through("entities"), Settings(), provided={"text"})


def mentions(annotate, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    document = annotate(Document(text=text, raw_format="txt", origin="test"))
    return [(text[m.start : m.end], m.type, m.lemma) for m in document.mentions]


def test_bio_labels_become_token_ranges_and_a_stray_inside_label_opens_a_span() -> None:
    assert spans_from_labels(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "ORG"),
    ]


def test_russian_names_are_found_typed_and_put_in_the_nominative(annotate) -> None:  # type: ignore[no-untyped-def]
    found = mentions(
        annotate, "Во Владивостоке с губернатором Приморского края Олегом Кожемяко встретился Ким Чен Ына помощник."
    )
    assert ("Приморского края", "LOC", "Приморский край") in found
    assert ("Олегом Кожемяко", "PER", "Олег Кожемяко") in found
    assert ("Ким Чен Ына", "PER", "Ким Чен Ын") in found
    assert ("Владивостоке", "LOC", "Владивосток") in found


def test_an_abbreviation_in_brackets_is_a_mention_of_its_own(annotate) -> None:  # type: ignore[no-untyped-def]
    found = mentions(
        annotate,
        "Об этом сообщил старший эксперт Российского института стратегических исследований (РИСИ) Роман Лобов.",
    )
    assert (
        "Российского института стратегических исследований",
        "ORG",
        "Российский институт стратегических исследований",
    ) in found
    assert ("РИСИ", "ORG", "РИСИ") in found


def test_a_name_after_a_kind_of_place_is_a_place(annotate) -> None:  # type: ignore[no-untyped-def]
    found = mentions(annotate, "Визит начался со встречи на приграничной станции Хасан с губернатором края.")
    assert ("Хасан", "LOC", "Хасан") in found


def test_an_adjective_cut_off_from_its_noun_takes_the_noun(annotate) -> None:  # type: ignore[no-untyped-def]
    found = mentions(annotate, "Раніше речник Білого дому Джон Кірбі заявляв, що переговори тривають.")
    assert ("Білого дому", "LOC", "Білий дім") in found
    assert ("Джон Кірбі", "PER", "Джон Кірбі") in found


def test_a_name_tagged_once_is_found_in_its_other_forms_in_the_same_text(annotate) -> None:  # type: ignore[no-untyped-def]
    alone = "На початку серпня Білий дім звинуватив РФ у спробах купити боєприпаси."
    assert "Білий дім" not in [lemma for *_, lemma in mentions(annotate, alone)]  # the tagger alone misses it
    found = mentions(annotate, "Раніше речник Білого дому Джон Кірбі заявляв про переговори. " + alone)
    assert ("Білий дім", "LOC", "Білий дім") in found


def test_a_name_is_found_again_whole_and_a_single_word_not_first_in_a_sentence(annotate) -> None:  # type: ignore[no-untyped-def]
    text = "Борис Джонсон и Борис приехали. Визит Бориса Джонсона начался. Борис уехал."
    sentences = annotate(Document(text=text, raw_format="txt", origin="test")).sentences
    tagged = [Mention(0, 13, "PER", "Борис Джонсон"), Mention(16, 21, "PER", "Борис")]
    found = [(text[m.start : m.end], m.lemma) for m in _propagate("ru", text, sentences, tagged, {})]
    assert ("Бориса Джонсона", "Борис Джонсон") in found  # the longest name, not "Бориса"
    assert ("Борис", "Борис") not in found[2:]  # "Борис уехал.": first in its sentence


def test_english_uses_the_english_model(annotate) -> None:  # type: ignore[no-untyped-def]
    found = mentions(
        annotate, "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome, Reuters reported from Moscow."
    )
    assert ("Kim Jong Un", "PER", "Kim Jong Un") in found
    assert ("Vladimir Putin", "PER", "Vladimir Putin") in found
    assert ("Reuters", "ORG", "Reuters") in found
    assert ("Moscow", "LOC", "Moscow") in found
