"""Matching keys and in-document grouping."""

from __future__ import annotations

from kronika.doc import Mention
from kronika.linking.coref import group
from kronika.linking.keys import initials, name_key, person_keys


def test_russian_and_ukrainian_spellings_of_one_name_share_a_key() -> None:
    assert name_key("Ким Чен Ын") == name_key("Кім Чен Ин") == "kim chen in"
    assert name_key("Россия") == name_key("Росія")
    assert name_key("Путин") == name_key("Путін")
    assert name_key("Пхеньян") != name_key("Пекин")


def test_a_person_is_also_found_by_first_initial_and_surname() -> None:
    assert person_keys("Владимир Путин") & person_keys("Володимир Путін") == {"v putin"}
    assert person_keys("Сергей Шойгу") & person_keys("Сергій Шойгу") == {"s shoigu"}


def test_initials_of_names_with_apostrophes_and_function_words() -> None:
    assert initials("Российский институт стратегических исследований") == "РИСИ"
    assert initials("Організація Об’єднаних Націй") == "ООН"


def mention(text: str, surface: str, kind: str, lemma: str, after: int = 0) -> Mention:
    start = text.index(surface, after)
    return Mention(start, start + len(surface), kind, lemma)


def test_short_forms_and_abbreviations_join_the_full_name_in_the_same_text() -> None:
    text = (
        "Эксперт Российского института стратегических исследований (РИСИ) Роман Лобов отметил, "
        "что Ким Чен Ын приехал. По словам Лобова, РИСИ следит за визитом. Ким уехал."
    )
    mentions = [
        mention(
            text,
            "Российского института стратегических исследований",
            "ORG",
            "Российский институт стратегических исследований",
        ),
        mention(text, "РИСИ", "ORG", "РИСИ"),
        mention(text, "Роман Лобов", "PER", "Роман Лобов"),
        mention(text, "Ким Чен Ын", "PER", "Ким Чен Ын"),
        mention(text, "Лобова", "PER", "Лобов"),
        mention(text, "РИСИ", "ORG", "РИСИ", after=text.index("Лобова")),
        mention(text, "Ким", "PER", "Ким", after=text.index("визитом")),
    ]
    groups = sorted(group(text, mentions))
    assert groups == [[0, 1, 5], [2, 4], [3, 6]]


def test_a_person_and_a_place_with_one_name_stay_apart() -> None:
    text = "Хасан приехал на станцию Хасан."
    mentions = [mention(text, "Хасан", "PER", "Хасан"), mention(text, "Хасан", "LOC", "Хасан", after=5)]
    assert sorted(group(text, mentions)) == [[0], [1]]
