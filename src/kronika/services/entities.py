"""The entity registry as front ends see it: listings, one entity with its mentions in context."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from kronika.linking.keys import name_key, person_keys
from kronika.linking.linker import new_entity_id
from kronika.store.entities import EntityRepository
from kronika.store.tables import EntityRow

CONTEXT_CHARS = 60


@dataclass(slots=True)
class EntitySummary:
    id: str
    type: str
    canonical: str
    mentions: int
    names: dict[str, list[str]]
    kb_id: str | None
    external: dict[str, Any]
    country: str | None = None

    def record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class MentionInContext:
    document: str
    title: str | None
    published: str | None
    lang: str | None
    text: str
    left: str
    right: str


@dataclass(slots=True)
class EntityDetail:
    summary: EntitySummary
    mentions: list[MentionInContext] = field(default_factory=list)


def summarize(row: EntityRow, mentions: int) -> EntitySummary:
    names: dict[str, list[str]] = defaultdict(list)
    for name in row.names:  # most used first
        names[name.lang].append(name.name)
    return EntitySummary(
        row.id, row.type, row.canonical, mentions, dict(names), row.kb_id, dict(row.external or {}), row.country
    )


def list_entities(entities: EntityRepository, kind: str | None = None, limit: int | None = None) -> list[EntitySummary]:
    return [summarize(row, count) for row, count in entities.mentioned(kind, limit)]


def resolve_entity(entities: EntityRepository, query: str) -> EntityRow | None:
    """By id, or by a name in any script: "Kim Jong Un" finds the entity of "Ким Чен Ына"."""
    row = entities.get(query)
    if row is None:
        candidates = entities.candidates(person_keys(query) | {name_key(query)})
        if not candidates:
            return None
        counts = entities.mention_counts([c.entity.id for c in candidates])
        best = max(candidates, key=lambda c: (c.matched_keys, counts.get(c.entity.id, 0)))
        row = entities.get(best.entity.id)
    return row


def find_entity(entities: EntityRepository, query: str) -> EntityDetail | None:
    """The entity ``query`` names (see resolve_entity), with every mention in context."""
    row = resolve_entity(entities, query)
    if row is None:
        return None
    detail = EntityDetail(summarize(row, entities.mention_counts([row.id]).get(row.id, 0)))
    for mention, document in entities.mentions(row.id):
        detail.mentions.append(
            MentionInContext(
                document=document.id,
                title=document.title,
                published=document.published,
                lang=mention.lang,
                text=document.text[mention.start : mention.end],
                left=document.text[max(0, mention.start - CONTEXT_CHARS) : mention.start].replace("\n", " "),
                right=document.text[mention.end : mention.end + CONTEXT_CHARS].replace("\n", " "),
            )
        )
    return detail


def merge_entities(entities: EntityRepository, keep: str, absorb: str) -> int:
    """The analyst says two entities are one; ``absorb``'s id keeps leading to ``keep``."""
    kept, absorbed = entities.get(keep), entities.get(absorb)
    if kept is None or absorbed is None:
        raise KeyError(f"no entity {keep if kept is None else absorb!r}")
    if kept.id == absorbed.id:
        return 0
    return entities.merge(kept.id, absorbed.id)


def split_entity(
    entities: EntityRepository, entity_id: str, names: Sequence[str], into: str | None = None
) -> tuple[str, int]:
    """The analyst says some names of an entity belong to another: to ``into``, or to a new entity."""
    row = entities.get(entity_id)
    if row is None:
        raise KeyError(f"no entity {entity_id!r}")
    target = entities.get(into) if into else None
    if into and target is None:
        raise KeyError(f"no entity {into!r}")
    if target is None:
        target = entities.add_entity(new_entity_id(), row.type, names[0])
    keys = {key for name in names for key in (person_keys(name) if row.type == "PER" else {name_key(name)})}
    return target.id, entities.split(row.id, names, keys, target.id)
