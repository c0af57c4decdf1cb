"""The entities stage: the right model per paragraph language, and no crash where there is none."""

from __future__ import annotations

import logging

import pytest

from kronika import stages
from kronika.doc import Document
from kronika.pipeline import build
from kronika.settings import Settings


def annotate(text: str) -> Document:
    pipeline = build(stages.through("entities"), Settings(), provided={"text"})
    return pipeline(Document(text=text, raw_format="txt", origin="test-item"))


def test_a_language_without_a_model_gets_no_mentions_and_one_logged_note(caplog: pytest.LogCaptureFixture) -> None:
    text = "Prezydent Andrzej Duda spotkał się w Warszawie z kanclerzem Niemiec. Rozmowy trwały dwie godziny."
    with caplog.at_level(logging.INFO, logger="kronika.stages.entities"):
        document = annotate(text)
    assert document.lang == "pl"
    assert document.mentions == []
    notes = [r.getMessage() for r in caplog.records if r.name == "kronika.stages.entities"]
    assert notes == ["test-item: no entity recognizer for pl; no mentions"]


def test_each_paragraph_is_read_by_the_model_of_its_own_language() -> None:
    text = (
        "Володимир Зеленський провів зустріч у Києві з представниками уряду.\n"
        "The meeting in Kyiv was confirmed by Reuters and by the Pentagon spokesman John Kirby."
    )
    document = annotate(text)
    found = {(text[m.start : m.end], m.type) for m in document.mentions}
    assert ("Володимир Зеленський", "PER") in found
    assert ("Києві", "LOC") in found
    assert ("Reuters", "ORG") in found
    assert ("John Kirby", "PER") in found
    assert [m.start for m in document.mentions] == sorted(m.start for m in document.mentions)
