"""Quoted passages in every quotation-mark style kronika reads."""

from __future__ import annotations

import pytest

from kronika.quotes.marks import quoted


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Він сказав: «Ми готові».", ["Ми готові"]),
        ("Вона сказала: „Ми готові“.", ["Ми готові"]),
        ("He said: “We are ready.”", ["We are ready."]),
        ('Он сказал: "Мы готовы".', ["Мы готовы"]),
        ("She said ‘fine’ twice.", ["fine"]),
    ],
)
def test_each_mark_style_gives_the_words_inside(text: str, inside: list[str]) -> None:
    assert [text[a:b] for a, b in quoted(text)] == inside


def test_nested_quotes_stay_inside_the_outer_ones() -> None:
    text = "Он сказал: «Это «Газпром» решит». Потом — «ещё»."
    assert [text[a:b] for a, b in quoted(text)] == ["Это «Газпром» решит", "ещё"]


def test_an_apostrophe_inside_a_word_closes_nothing() -> None:
    text = "Apple’s chief said ‘it’s done’ today."
    assert [text[a:b] for a, b in quoted(text)] == ["it’s done"]


def test_an_unclosed_mark_opens_nothing() -> None:
    assert quoted('Он сказал: "и не закончил') == []
