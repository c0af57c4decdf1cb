"""Base forms of whole mentions, on the forms the issue names and on the cases that broke during tuning."""

from __future__ import annotations

import pytest

from kronika.doc import Mention
from kronika.entities.lemma import harmonise, lemmatize


@pytest.mark.parametrize(
    ("lang", "surface", "kind", "lemma"),
    [
        ("ru", "Ким Чен Ына", "PER", "Ким Чен Ын"),
        ("uk", "Північною Кореєю", "LOC", "Північна Корея"),
        ("uk", "Володимиром Путіним", "PER", "Володимир Путін"),
        ("ru", "Интерфаксу", "ORG", "Интерфакс"),
        ("ru", "Приморского края", "LOC", "Приморский край"),
        (
            "ru",
            "Российского института стратегических исследований",
            "ORG",
            "Российский институт стратегических исследований",
        ),
        ("ru", "Романа Лобова", "PER", "Роман Лобов"),
        ("uk", "Кім Чен Ином", "PER", "Кім Чен Ин"),
        ("uk", "України", "LOC", "Україна"),
        ("uk", "Великої Британії", "LOC", "Велика Британія"),
        ("uk", "Стокгольмського арбітражу", "ORG", "Стокгольмський арбітраж"),
        ("ru", "Соединенных Штатов", "LOC", "Соединенные Штаты"),
        ("ru", "Санкт-Петербурге", "LOC", "Санкт-Петербург"),
        ("ru", "Минздрава России", "ORG", "Минздрав России"),
        ("ru", "Центре имени Гамалеи", "ORG", "Центр имени Гамалеи"),
        ("ru", "Талановой", "PER", "Таланова"),
        ("ru", "МОСКВА", "LOC", "Москва"),
        ("ru", "ГУМе", "LOC", "ГУМ"),
        ("ru", "СПбПУ", "ORG", "СПбПУ"),
        ("uk", "КНДР", "LOC", "КНДР"),
        ("uk", "Yonhap News Agency", "ORG", "Yonhap News Agency"),
        ("ru", "газеты «Известия»", "PRO", "газета «Известия»"),
    ],
)
def test_a_mention_gets_its_nominative_as_a_reader_writes_it(lang: str, surface: str, kind: str, lemma: str) -> None:
    assert lemmatize(lang, surface, kind) == lemma


def test_a_nominative_mention_is_left_as_written() -> None:
    assert lemmatize("uk", "Джо Байден", "PER") == "Джо Байден"
    assert lemmatize("ru", "Приморский край", "LOC") == "Приморский край"


def test_the_memory_of_training_forms_wins_over_the_rules() -> None:
    memory = {"ru\tАсии Биби": "Асия Биби"}
    assert lemmatize("ru", "Асии Биби", "PER", memory) == "Асия Биби"
    # The key carries the language: the same letters in Ukrainian are not looked up.
    assert lemmatize("uk", "Асії Бібі", "PER", memory) != "Асия Биби"


def test_an_unknown_inflected_form_takes_the_base_form_the_same_text_shows() -> None:
    text = "Ким Чен Ын приехал. Встреча с Ким Чен Ыном."
    mentions = [Mention(0, 10, "PER", "Ким Чен Ын"), Mention(30, 42, "PER", "Ким Чен Ыном")]
    harmonise(text, mentions)
    assert [m.lemma for m in mentions] == ["Ким Чен Ын", "Ким Чен Ын"]
