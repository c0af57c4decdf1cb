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
from kronika.store.entities import Candidate, EntityRepository
from kronika.store.repository import language_at


# Keys at least this long, at least this similar (rapidfuzz ratio, 0-100), are one name spelled two ways.
FUZZY_MIN_LENGTH = 6
FUZZY_THRESHOLD = 97


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
    added = 0
    for entry in entries:
        if entities.get(entry.id) is None:
            entities.add_entity(entry.id, entry.type, entry.canonical, kb_id=entry.id, external=entry.external)
            added += 1
        entities.add_names(
            entry.id, Counter({(lang, name): 0 for lang, names in entry.names.items() for name in names})
        )
        entities.add_keys(entry.id, entry.keys())
    return added


class Linker:
    def __init__(self, entities: EntityRepository) -> None:
        self.entities = entities
        if not entities.has_kb():
            load_kb(entities, starter_entries())

    def link(self, document: Document) -> None:
        for indices in group(document.text, document.mentions):
            members = [document.mentions[i] for i in indices]
            kind = Counter(m.type for m in members).most_common(1)[0][0]
            lemmas = [m.lemma for m in members]
            keys = group_keys(kind, lemmas)
            entity_id = self._choose(kind, keys) or self._create(kind, lemmas)
            self.entities.add_keys(entity_id, keys)
            self.entities.add_names(entity_id, self._names(document, members))
            for mention in members:
                mention.entity = entity_id

    def _choose(self, kind: str, keys: set[str]) -> str | None:
        fitting = [c for c in self.entities.candidates(keys) if compatible(c.entity.type, kind)]
        if not fitting:
            return self._nearest(kind, keys)

        def rank(candidate: Candidate) -> tuple[int, bool, bool]:
            return candidate.matched_keys, candidate.entity.type == kind, candidate.entity.kb_id is not None

        return max(fitting, key=rank).entity.id

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

    def _create(self, kind: str, lemmas: Sequence[str]) -> str:
        longest = max(Counter(lemmas).most_common(), key=lambda item: (item[1], len(item[0])))[0]
        return self.entities.add_entity(new_entity_id(), kind, longest).id

    @staticmethod
    def _names(document: Document, members: Sequence[Mention]) -> Counter[tuple[str, str]]:
        return Counter((language_at(document, m.start) or "", m.lemma) for m in members)
