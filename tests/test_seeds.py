"""The two real seed articles: the smallest real input kronika must handle perfectly."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.ingest.base import ReadContext
from kronika.ingest.fetch import Fetcher
from kronika.ingest.sources import read_item
from kronika.services import Pipelines
from kronika.settings import Settings
from kronika.stages.language import LanguageIdentifier

EXPECTED = {"000_ae8511903390671d.txt": "ru", "004_533afb6d92cb3586.txt": "uk"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_russian_and_ukrainian_are_never_confused_on_any_seed_sentence(seeds: Path, name: str) -> None:
    settings = Settings()
    [document] = list(read_item(str(seeds / name), ReadContext(settings, Fetcher(settings))))
    Pipelines(settings)(document)  # type: ignore[arg-type]
    identifier = LanguageIdentifier(settings)
    assert document.lang == EXPECTED[name]
    assert {paragraph.lang for paragraph in document.paragraphs} == {EXPECTED[name]}
    assert len(document.sentences) > 10
    for sentence in document.sentences:
        text = document.text[sentence.start : sentence.end]
        assert identifier.detect(text, "Cyrillic") == EXPECTED[name], text


# The entities the issue names for each seed: base form -> the types accepted. A building
# that stands for an institution ("Пентагон", "Білий дім") is a place or an organisation
# depending on the sentence, and BSNLP's own annotators use both.
SEED_ENTITIES: dict[str, dict[str, set[str]]] = {
    "ru": {
        "Ким Чен Ын": {"PER"},
        "Роман Лобов": {"PER"},
        "Олег Кожемяко": {"PER"},
        "РИСИ": {"ORG"},
        "Российский институт стратегических исследований": {"ORG"},
        "Интерфакс": {"ORG"},
        "Москва": {"LOC"},
        "Пхеньян": {"LOC"},
        "Приморский край": {"LOC"},
        "Хасан": {"LOC"},
        "Восточный": {"LOC"},
    },
    "uk": {
        "Кім Чен Ин": {"PER"},
        "Володимир Путін": {"PER"},
        "Сергій Шойгу": {"PER"},
        "Джон Кірбі": {"PER"},
        "Джо Байден": {"PER"},
        "Сабріна Сінгх": {"PER"},
        "Кім Сон Нам": {"PER"},
        "Yonhap News Agency": {"ORG"},
        "KCNA": {"ORG"},
        "Білий дім": {"LOC", "ORG"},
        "Пентагон": {"LOC", "ORG"},
        "The New York Times": {"ORG"},
        "Владивосток": {"LOC"},
        "Кневичі": {"LOC"},
        "КНДР": {"LOC"},
        "Північна Корея": {"LOC"},
        "Росія": {"LOC"},
    },
}


def test_the_export_of_the_ingested_seeds_names_every_entity_with_its_base_form(service, seeds: Path) -> None:  # type: ignore[no-untyped-def]
    service.ingest([str(seeds)])
    found = {record["lang"]: {(m["type"], m["lemma"]) for m in record["mentions"]} for record in service.records()}
    for lang, expected in SEED_ENTITIES.items():
        missing = [lemma for lemma, types in expected.items() if not any((t, lemma) in found[lang] for t in types)]
        assert missing == [], missing
    # Spans point at the text they name.
    for record in service.records():
        for mention in record["mentions"]:
            assert record["text"][mention["start"] : mention["end"]] == mention["text"]


def test_seed_quotes_speakers_and_the_yonhap_kcna_chain(service, seeds: Path) -> None:  # type: ignore[no-untyped-def]
    service.ingest([str(seeds)])
    records = {record["lang"]: record for record in service.records()}
    russian = [q for q in records["ru"]["quotes"] if q["speaker"] and q["speaker"]["name"] == "Роман Лобов"]
    assert len(russian) >= 4
    assert len({q["speaker"]["entity"] for q in russian}) == 1
    assert all("Российского института стратегических исследований" in q["role"] for q in russian)
    assert {q["outlet"]["name"] for q in russian} <= {"Интерфакс", "Interfax"}

    ukrainian = records["uk"]
    speakers = {q["speaker"]["name"] for q in ukrainian["quotes"] if q["speaker"]}
    assert {"Кім Чен Ин", "Кім Сон Нам", "Джон Кірбі", "Сабріна Сінгх"} <= speakers
    citations = ukrainian["citations"]
    kcna = [
        c
        for c in citations
        if c["source"] and c["source"]["name"] in {"KCNA", "Центральне інформаційне агентство Кореї"}
    ]
    assert kcna and all(citations[c["via"]]["source"]["name"] == "Yonhap News Agency" for c in kcna)

    name, listed = service.quotes("Роман Лобов")
    assert name == "Роман Лобов" and len(listed) >= 4
    assert {(q.published or "")[:10] for q in listed} == {"2023-09-15"} and all(q.title for q in listed)


def test_both_seeds_land_in_one_story_with_a_timeline_of_dated_events(service, seeds: Path) -> None:  # type: ignore[no-untyped-def]
    service.ingest([str(seeds)])
    stories = {record["story"] for record in service.records()}
    assert len(stories) == 1 and None not in stories
    [story] = service.stories()
    assert story.articles == 2 and story.languages == {"ru": 1, "uk": 1}
    entries = service.timeline(story.id)
    dates = [entry.date for entry in entries if entry.date]
    assert dates == sorted(dates) and len(entries) >= 5
    shoigu = [e for e in entries if e.type == "CONSULT" and "Сергій Шойгу" in e.actors]
    # The Ukrainian seed states no publication date and no year: July, at month granularity, of the year
    # before the story's first publication (the Russian seed's, 2023-09-15), said to be inferred.
    assert shoigu and shoigu[0].date == "2023-07" and shoigu[0].granularity == "month" and shoigu[0].date_inferred
    # The summit at Vostochny is one event told by both: Kim and Putin met there (uk, no date in its sentence:
    # on or after the arrival of 12 September told just before), the leaders of RF and the DPRK held talks (ru).
    [summit] = [e for e in entries if e.mode == "meet" and {"Кім Чен Ин", "Путін"} <= set(e.actors)]
    assert (summit.date, summit.granularity) == ("2023-09-12", "on or after") and len(summit.documents) == 2
    [arrival] = [e for e in entries if e.mode == "visit" and e.date == "2023-09-12"]
    assert arrival.actors == ["Кім Чен Ин"]  # "бронепотяг північнокорейського лідера прибув"


def test_compare_shows_what_each_seed_carries_and_the_other_omits(service, seeds: Path) -> None:  # type: ignore[no-untyped-def]
    service.ingest([str(seeds)])
    [story] = service.stories()
    comparison = service.compare(story.id)
    [ukrainian] = [view.outlet for view in comparison.outlets if view.outlet != "Interfax"]
    only_uk, only_ru = comparison.only(ukrainian), comparison.only("Interfax")
    events = " | ".join(only_uk["events"])
    assert "2023-07 CONSULT/visit Сергій Шойгу" in events  # the Shoigu visit, July
    assert "ACCUSE" in events and "SANCTION США → РФ" in events
    assert {"Джон Кірбі", "Сабріна Сінгх"} <= set(only_uk["speakers"])
    assert "Пентагон" in only_uk["entities"]
    assert only_ru["speakers"] == ["Роман Лобов"]
    assert any("грузопоток" in quote for quote in only_ru["quotes"])
    assert any("региональном уровне" in quote for quote in only_ru["quotes"])
