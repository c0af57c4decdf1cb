"""The events issue 5 names on the two seed articles, coded through the whole annotate pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.doc import Document, Event
from kronika.ingest.base import ReadContext
from kronika.ingest.fetch import Fetcher
from kronika.ingest.sources import read_item
from kronika.services import Pipelines
from kronika.settings import Settings


@pytest.fixture(scope="module")
def coded() -> dict[str, Document]:
    seeds = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"the seed articles are not at {seeds}")
    settings = Settings()
    documents = {}
    for name in ("000_ae8511903390671d.txt", "004_533afb6d92cb3586.txt"):
        [document] = list(read_item(str(seeds / name), ReadContext(settings, Fetcher(settings))))
        Pipelines(settings)(document)  # type: ignore[arg-type]
        documents[document.lang or ""] = document
    return documents


def _names(document: Document, indices: list[int]) -> set[str]:
    return {document.mentions[i].lemma for i in indices}


def _find(document: Document, kind: str, trigger: str) -> list[Event]:
    return [e for e in document.events if e.type == kind and document.text[e.trigger_start : e.trigger_end] == trigger]


def test_the_ukrainian_seed_chronology(coded: dict[str, Document]) -> None:
    uk = coded["uk"]
    [shoigu] = _find(uk, "CONSULT", "приїздив")
    assert _names(uk, shoigu.actors) == {"Сергій Шойгу"} and shoigu.date and shoigu.date.endswith("-07")
    [accused] = _find(uk, "ACCUSE", "звинуватив")
    assert _names(uk, accused.targets) == {"РФ"} and accused.date and accused.date.endswith("-08")
    [ready] = _find(uk, "CONSULT", "зустрітися")
    assert ready.modality == "hypothetical" and (ready.date or "").endswith("-08-18")
    assert _names(uk, ready.actors) == {"Джо Байден"} and _names(uk, ready.targets) == {"Кім Чен Ин"}
    [sanctions] = _find(uk, "SANCTION", "запровадили санкції")
    assert _names(uk, sanctions.actors) == {"США"} and (sanctions.date or "").endswith("-08-31")
    [china] = _find(uk, "CONSULT", "зустрівся")
    assert _names(uk, china.actors) == {"Кім Чен Ин"} and _names(uk, china.targets) == {"Китай"}
    assert (china.date or "").endswith("-09-08")
    arrivals = _find(uk, "CONSULT", "прибув")
    assert [(e.mode, (e.date or "")[-5:]) for e in arrivals] == [("visit", "09-12"), ("visit", "09-16")]
    knevichi = arrivals[1]
    assert _names(uk, knevichi.actors) == {"Кім Чен Ин"} and knevichi.location is not None
    assert uk.mentions[knevichi.location].lemma in {"Кневичі", "Владивосток"}
    [summit] = _find(uk, "CONSULT", "провели свою зустріч")
    assert _names(uk, summit.actors) == {"Кім Чен Ин", "Путін"} and summit.location is not None
    assert uk.mentions[summit.location].lemma == "Східний"


def test_the_russian_seed_talks_at_vostochny(coded: dict[str, Document]) -> None:
    ru = coded["ru"]
    [talks] = _find(ru, "CONSULT", "провели переговоры")
    assert talks.mode == "meet" and _names(ru, talks.actors) == {"РФ", "КНДР"}
    assert talks.location is not None and ru.mentions[talks.location].lemma == "Восточный"
    assert talks.date is not None and talks.date <= "2023-09-15"
