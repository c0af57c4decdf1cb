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
