"""Pipelines are checked when built, and the Python API runs the whole default pipeline."""

from __future__ import annotations

import pytest

import kronika
from kronika.errors import PipelineError
from kronika.pipeline import Pipeline, build
from kronika.settings import Settings


def test_a_stage_whose_requirement_nothing_provides_fails_at_build() -> None:
    with pytest.raises(PipelineError, match="'sentences' requires paragraphs"):
        build(["clean", "sentences"], Settings())


def test_stage_order_is_kept_and_assigns_accumulate() -> None:
    pipeline = build(["clean", "language", "sentences"], Settings())
    assert pipeline.names == ["clean", "language", "sentences"]
    assert {"id", "lang", "paragraphs", "sentences"} <= pipeline.assigns
    assert isinstance(pipeline, Pipeline)


def test_analyze_annotates_without_a_store() -> None:
    text = "Лідери провели переговори у Владивостоці. Про це повідомляє Yonhap News Agency.\n\nРечник Білого дому заявив про наслідки."
    document = kronika.analyze(text, source="Test outlet")
    assert document.lang == "uk"
    assert document.id and len(document.id) == 16
    assert [document.text[s.start : s.end] for s in document.sentences] == [
        "Лідери провели переговори у Владивостоці.",
        "Про це повідомляє Yonhap News Agency.",
        "Речник Білого дому заявив про наслідки.",
    ]
    assert document.source == "Test outlet"
