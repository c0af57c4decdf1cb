"""Link each mention group of a new document to an entity in the store, or create one."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from kronika.doc import Document, Mention
from kronika.linking.coref import compatible, group
from kronika.linking.kb import KbEntry, starter_entries
from kronika.linking.keys import name_key, person_keys
from kronika.store.entities import EntityRepository
from kronika.store.tables import EntityRow

# Keys at least this long, at least this similar (rapidfuzz ratio, 0-100), are one name spelled two ways.
FUZZY_MIN_LENGTH = 6
FUZZY_THRESHOLD = 94


def new_entity_id() -> str:
    return f"e:{uuid.uuid4().hex[:12]}"


def group_keys(kind: str, lemmas: Sequence[str]) -> set[str]:
    """Keys a group is looked up by. A person's one-word short forms are left out when the
    group has a full name: "Ким" alone must not become a key of Kim Jong Un."""
    if kind == "PER":
        full = [lemma for lemma in lemmas if len(name_key(lemma).split()) >= 2]
        return {key for lemma in (full or lemmas) for key in person_keys(lemma)}
    return {name_key(lemma) for lemma in lemmas} - {""}


def load_kb(entities: EntityRepository, entries: Sequence[KbEntry]) -> int:
    """Add knowledge-base entries to the registry, or their new names to entries already there."""
    existing = entities.existing([entry.id for entry in entries])
    added = 0
    for entry in entries:
        if entry.id not in existing:
            entities.add_entity(
                entry.id, entry.type, entry.canonical, kb_id=entry.id, external=entry.external, country=entry.country
            )
            added += 1
    entities.set_countries({entry.id: entry.country for entry in entries if entry.country and entry.id in existing})
    entities.add_names_many(
        {
            entry.id: Counter({(lang, name): 0 for lang, names in entry.names.items() for name in names})
            for entry in entries
        }
    )
    entities.add_keys_many({entry.id: entry.keys() for entry in entries})
    return added


def ensure_starter_kb(entities: EntityRepository) -> None:
    """The starter KB in a registry that has no KB yet; before a user's own, which would otherwise be taken
    for it and leave the store without countries, cities and leaders."""
    if not entities.has_kb():
        load_kb(entities, starter_entries())


class Linker:
    def __init__(self, entities: EntityRepository) -> None:
        self.entities = entities
        ensure_starter_kb(entities)

    def link(self, document: Document) -> None:
        """Link every mention of ``document``: a few queries per document, not per mention."""
        groups = []
        for indices in group(document.text, document.mentions):
            members = [document.mentions[i] for i in indices]
            kind = Counter(m.type for m in members).most_common(1)[0][0]
            groups.append((members, kind, group_keys(kind, [m.lemma for m in members])))
        found = self.entities.entities_by_key({key for _, _, keys in groups for key in keys})
        keys_by_entity: dict[str, set[str]] = {}
        names_by_entity: dict[str, Counter[tuple[str, str]]] = {}
        for members, kind, keys in groups:
            entity_id = self._choose(kind, keys, found)
            if entity_id is None:
                created = self._create(kind, [m.lemma for m in members])
                entity_id = created.id
                # Later groups of this document can match what an earlier one created.
                for key in keys:
                    found.setdefault(key, []).append(created)
            keys_by_entity.setdefault(entity_id, set()).update(keys)
            names_by_entity.setdefault(entity_id, Counter()).update(self._names(document, members))
            for mention in members:
                mention.entity = entity_id
        self.entities.add_keys_many(keys_by_entity)
        self.entities.add_names_many(names_by_entity)
        for entity_id, names in names_by_entity.items():
            english = [name for (lang, name), _ in names.most_common() if lang == "en"]
            if english:
                self.entities.prefer_canonical(entity_id, english[0])

    def _choose(self, kind: str, keys: set[str], found: dict[str, list[EntityRow]]) -> str | None:
        matched: Counter[str] = Counter()
        rows: dict[str, EntityRow] = {}
        for key in keys:
            for row in found.get(key, []):
                if compatible(row.type, kind):
                    matched[row.id] += 1
                    rows[row.id] = row
        if not matched:
            return self._nearest(kind, keys)

        def rank(entity_id: str) -> tuple[int, bool, bool]:
            row = rows[entity_id]
            return matched[entity_id], row.type == kind, row.kb_id is not None

        return max(matched, key=rank)

    def _nearest(self, kind: str, keys: set[str]) -> str | None:
        """A spelling variant no key folds ("Песков" / "Пєсков" in keys "peskov" / "pieskov"):
        the most similar key sharing the first two letters, if it is similar enough."""
        best: tuple[float, str] | None = None
        for key in keys:
            if len(key) < FUZZY_MIN_LENGTH:
                continue  # abbreviations and short names are too easily confused
            for other, entity_id in self.entities.keys_starting(key[:2]):
                score = fuzz.ratio(key, other)
                if score >= FUZZY_THRESHOLD and (best is None or score > best[0]):
                    best = (score, entity_id)
        if best is None:
            return None
        entity = self.entities.get(best[1])
        return entity.id if entity is not None and compatible(entity.type, kind) else None

    def _create(self, kind: str, lemmas: Sequence[str]) -> EntityRow:
        longest = max(Counter(lemmas).most_common(), key=lambda item: (item[1], len(item[0])))[0]
        return self.entities.add_entity(new_entity_id(), kind, longest)

    @staticmethod
    def _names(document: Document, members: Sequence[Mention]) -> Counter[tuple[str, str]]:
        return Counter((document.language_at(m.start) or "", m.lemma) for m in members)
