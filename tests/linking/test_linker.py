"""The linker on hand-made mentions in a real SQLite store: which layer joins what."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from kronika.doc import Document, Mention
from kronika.linking.linker import Linker
from kronika.store.engine import open_engine
from kronika.store.entities import EntityRepository


@pytest.fixture
def linker(tmp_path: Path) -> Iterator[Linker]:
    engine = open_engine(f"sqlite:///{tmp_path / 'link.db'}")
    with Session(engine) as session:
        yield Linker(EntityRepository(session))
    engine.dispose()


def linked(linker: Linker, text: str, *names: tuple[str, str, str], lang: str = "ru") -> list[str | None]:
    mentions = []
    for surface, kind, lemma in names:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), kind, lemma))
    document = Document(text=text, raw_format="txt", origin="test", lang=lang, mentions=mentions)
    linker.link(document)
    return [m.entity for m in document.mentions]


def test_a_base_form_the_lemmatizer_missed_still_finds_its_entity(linker: Linker) -> None:
    [first] = linked(linker, "Борис Джонсон ушел.", ("Борис Джонсон", "PER", "Борис Джонсон"))
    [second] = linked(linker, "Речь Бориса Джонсона.", ("Бориса Джонсона", "PER", "Борис Джонсона"))
    assert first == second
    [other] = linked(linker, "Борис Джонс пришел.", ("Борис Джонс", "PER", "Борис Джонс"))
    assert other != first


def test_countries_and_leaders_link_to_the_starter_kb_in_either_language(linker: Linker) -> None:
    assert linked(linker, "Россия и КНДР.", ("Россия", "LOC", "Россия"), ("КНДР", "LOC", "КНДР")) == [
        "kb:cldr:RU",
        "kb:cldr:KP",
    ]
    assert linked(
        linker, "Володимир Путін і РФ.", ("Володимир Путін", "PER", "Володимир Путін"), ("РФ", "LOC", "РФ")
    ) == [
        "kb:putin",
        "kb:cldr:RU",
    ]


def test_a_person_never_links_to_a_place_of_the_same_name(linker: Linker) -> None:
    [place] = linked(linker, "станция Хасан", ("Хасан", "LOC", "Хасан"))
    [person] = linked(linker, "Хасан сказал", ("Хасан", "PER", "Хасан"))
    assert place != person


def test_cities_link_across_languages_through_cldr(linker: Linker) -> None:
    [ru] = linked(linker, "Москва", ("Москва", "LOC", "Москва"))
    [en] = linked(linker, "Moscow", ("Moscow", "LOC", "Moscow"))
    [uk] = linked(linker, "Київ", ("Київ", "LOC", "Київ"))
    [kyiv] = linked(linker, "Kyiv", ("Kyiv", "LOC", "Kyiv"))
    assert ru == en == "kb:cldr-city:Europe/Moscow"
    assert uk == kyiv == "kb:cldr-city:Europe/Kiev"


def test_an_entity_found_in_text_takes_its_english_name_as_canonical(linker: Linker) -> None:
    [first] = linked(linker, "Лозова", ("Лозова", "LOC", "Лозова"), lang="uk")
    [second] = linked(linker, "Lozova", ("Lozova", "LOC", "Lozova"), lang="en")
    assert first == second
    entity = linker.entities.get(first)
    assert entity is not None and entity.canonical == "Lozova"
