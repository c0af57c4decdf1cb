"""Ordered named stages; each declares what it requires and assigns, checked at build time."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from kronika.doc import Document
from kronika.errors import PipelineError
from kronika.registry import Registry
from kronika.settings import Settings

# What a reader always provides.
READER_FIELDS = frozenset({"text", "raw_format", "origin", "title", "url", "source", "published"})


class Stage(Protocol):
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, document: Document) -> None: ...


StageFactory = Callable[[Settings], Stage]
stages: Registry[StageFactory] = Registry("stage")


class Pipeline:
    def __init__(self, parts: Sequence[Stage], *, provided: Iterable[str] = READER_FIELDS) -> None:
        available = set(provided)
        for stage in parts:
            missing = stage.requires - available
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(sorted(missing))}, which no earlier stage assigns"
                )
            available |= stage.assigns
        self.stages = list(parts)
        self.assigns = frozenset(available)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, document: Document) -> Document:
        for stage in self.stages:
            stage(document)
        return document


def build(names: Sequence[str], settings: Settings, *, provided: Iterable[str] = READER_FIELDS) -> Pipeline:
    return Pipeline([stages.get(name)(settings) for name in names], provided=provided)
