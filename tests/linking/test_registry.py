"""The entity registry in a real store (SQLite and PostgreSQL): the seeds, analysts' corrections, a user KB."""

from __future__ import annotations

from pathlib import Path

from kronika.services import Kronika
from kronika.settings import Settings


def names_of(service: Kronika, query: str) -> dict[str, set[str]]:
    found = service.entity(query)
    assert found is not None, query
    return {lang: set(names) for lang, names in found.summary.names.items()}


def mentions_by_entity(service: Kronika) -> dict[str, set[tuple[str, str]]]:
    linked: dict[str, set[tuple[str, str]]] = {}
    for record in service.records():
        for m in record["mentions"]:
            linked.setdefault(m["entity"], set()).add((record["lang"], m["lemma"]))
    return linked


def test_the_seeds_link_across_languages_and_to_the_starter_kb(service: Kronika, seeds: Path) -> None:
    service.ingest([str(seeds)])
    linked = mentions_by_entity(service)
    kim = service.entity("Kim Jong Un")
    assert kim is not None and kim.summary.id == "kb:kim-jong-un"
    assert {m.lang for m in kim.mentions} == {"ru", "uk"}
    assert len({m.document for m in kim.mentions}) == 2
    russia = service.entity("Росія")
    assert russia is not None
    assert {("uk", "РФ"), ("uk", "Росія"), ("uk", "Російська Федерація"), ("ru", "Россия")} <= linked[russia.summary.id]
    korea = service.entity("North Korea")
    assert korea is not None
    assert {("uk", "КНДР"), ("uk", "Північна Корея"), ("ru", "КНДР")} <= linked[korea.summary.id]
    putin = service.entity("Путин")
    assert putin is not None and putin.summary.id == "kb:putin"
    assert {"ru", "uk", "en"} <= set(putin.summary.names)
    assert {lang for lang, _ in linked["kb:putin"]} == {"uk"}
    # Every mention is linked, and one entity id means one thing across the whole store.
    assert None not in linked


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_merges_and_splits_survive_a_restart_and_guide_later_ingests(
    store_url: str, seeds: Path, tmp_path: Path
) -> None:
    first = Kronika(Settings(db=store_url))
    first.ingest([str(seeds)])
    east_ru, east_uk = (first.entity(name) for name in ("Восточный", "Східний"))
    assert east_ru is not None and east_uk is not None and east_ru.summary.id != east_uk.summary.id
    first.merge_entities(east_ru.summary.id, east_uk.summary.id)
    split_id, moved = first.split_entity("kb:cldr:RU", ["РФ"])
    assert moved > 0
    first.close()

    second = Kronika(Settings(db=store_url))
    # The absorbed id still leads somewhere, and the split holds.
    merged = second.entity(east_uk.summary.id)
    assert merged is not None and merged.summary.id == east_ru.summary.id
    assert {"ru", "uk"} <= set(merged.summary.names)
    assert names_of(second, split_id) == {"ru": {"РФ"}, "uk": {"РФ"}}
    assert "РФ" not in names_of(second, "kb:cldr:RU").get("uk", set())
    # Re-ingesting the seeds changes nothing; a new article links by the corrections.
    second.ingest([str(seeds)])
    article = write_article(
        tmp_path,
        "new.txt",
        "Новости дня\n\nПрезидент РФ Владимир Путин прибыл на космодром Восточный в Амурской области. "
        "Визит на космодром Восточный продлится два дня, сообщили журналистам в Кремле.\n",
    )
    second.ingest([str(article)])
    linked = mentions_by_entity(second)
    assert ("ru", "РФ") in linked[split_id]
    assert ("ru", "РФ") not in linked.get("kb:cldr:RU", set())
    assert ("ru", "Восточный") in linked[east_ru.summary.id]
    second.close()


def test_a_user_knowledge_base_is_preferred_when_it_matches(service: Kronika, tmp_path: Path) -> None:
    kb = tmp_path / "kb.csv"
    kb.write_text(
        "id,type,name_en,name_ru,name_uk,aliases,wikidata\nmy:lobov,PER,Roman Lobov,Роман Лобов,Роман Лобов,Лобов,\n",
        encoding="utf-8",
    )
    assert service.load_kb(kb) == 1
    article = write_article(
        tmp_path,
        "lobov.txt",
        "Эксперты\n\nПолитолог-кореевед Роман Лобов считает, что визит открывает новую страницу. "
        "По словам Лобова, стороны договорились о многом.\n",
    )
    service.ingest([str(article)])
    found = service.entity("Roman Lobov")
    assert found is not None and found.summary.id == "my:lobov"
    assert len(found.mentions) == 2


def test_linking_can_be_switched_off(tmp_path: Path, seeds: Path) -> None:
    service = Kronika(Settings(db=f"sqlite:///{tmp_path / 'off.db'}", link_entities=False))
    service.ingest([str(seeds)])
    mentions = [m for record in service.records() for m in record["mentions"]]
    assert mentions and all(m["entity"] is None for m in mentions)
    service.close()


def test_a_knowledge_base_says_whom_a_person_acts_for(service: Kronika, tmp_path: Path) -> None:
    kb = tmp_path / "kb.csv"
    kb.write_text(
        "id,type,name_en,name_ru,name_uk,aliases,country,wikidata\n"
        "my:lobov,PER,Roman Lobov,Роман Лобов,Роман Лобов,Лобов,RU,\n",
        encoding="utf-8",
    )
    assert service.load_kb(kb) == 1
    article = write_article(
        tmp_path, "lobov.txt", "Эксперты\n\nПолитолог Роман Лобов считает, что визит Владимира Путина важен.\n"
    )
    service.ingest([str(article)])
    countries = {summary.id: summary.country for summary in service.entities()}
    # From the user's KB, and from the starter KB: the leader acts for his country.
    assert countries["my:lobov"] == "RU" and countries["kb:putin"] == "RU"
