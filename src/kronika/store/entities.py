"""Queries and writes for the entity registry; the linker and the entity commands go through here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from kronika.store.tables import (
    DocumentRow,
    EntityCorrectionRow,
    EntityKeyBlockRow,
    EntityKeyRow,
    EntityNameRow,
    EntityRow,
    MentionRow,
)


@dataclass(slots=True, frozen=True)
class Candidate:
    entity: EntityRow
    matched_keys: int


class EntityRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def has_kb(self) -> bool:
        return (
            self.session.execute(select(EntityRow.id).where(EntityRow.kb_id.is_not(None)).limit(1)).first() is not None
        )

    def add_entity(
        self,
        entity_id: str,
        kind: str,
        canonical: str,
        *,
        kb_id: str | None = None,
        external: dict[str, str] | None = None,
        country: str | None = None,
    ) -> EntityRow:
        row = EntityRow(
            id=entity_id, type=kind, canonical=canonical[:500], kb_id=kb_id, external=external or {}, country=country
        )
        self.session.add(row)
        return row

    def set_countries(self, countries: dict[str, str]) -> None:
        """The country each entity is or acts for, by entity id (a KB loaded again brings what it gained)."""
        for row in self.session.scalars(select(EntityRow).where(EntityRow.id.in_(list(countries)))):
            row.country = countries[row.id]

    def countries(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """The country of each of these entities that has one."""
        wanted = list(set(entity_ids))
        found = self.session.execute(
            select(EntityRow.id, EntityRow.country).where(EntityRow.id.in_(wanted), EntityRow.country.is_not(None))
        )
        return {entity_id: country for entity_id, country in found if country}

    def prefer_canonical(self, entity_id: str, english: str) -> None:
        """An entity found in text takes an English name as canonical once one is seen; KB names stay."""
        row = self.session.get(EntityRow, entity_id)
        if row is not None and row.kb_id is None and not row.canonical.isascii():
            row.canonical = english[:500]

    def existing(self, entity_ids: Sequence[str]) -> set[str]:
        """Which of these ids the registry already holds."""
        found: set[str] = set()
        for chunk in range(0, len(entity_ids), 500):
            wanted = list(entity_ids[chunk : chunk + 500])
            found.update(self.session.execute(select(EntityRow.id).where(EntityRow.id.in_(wanted))).scalars())
        return found

    def entities_by_key(self, keys: Iterable[str]) -> dict[str, list[EntityRow]]:
        """Every entity each of ``keys`` leads to, in one query."""
        wanted = sorted(set(keys))
        if not wanted:
            return {}
        self.session.flush()
        pairs = self.session.execute(
            select(EntityKeyRow.key, EntityRow)
            .join(EntityRow, EntityRow.id == EntityKeyRow.entity_id)
            .where(EntityKeyRow.key.in_(wanted))
        ).all()
        found: dict[str, list[EntityRow]] = {}
        for key, row in pairs:
            found.setdefault(key, []).append(row)
        return found

    def candidates(self, keys: Iterable[str]) -> list[Candidate]:
        """Entities reachable from any of ``keys``, with how many of them each matched."""
        counts: Counter[str] = Counter()
        rows: dict[str, EntityRow] = {}
        for entities in self.entities_by_key(keys).values():
            for row in entities:
                counts[row.id] += 1
                rows[row.id] = row
        return [Candidate(rows[entity_id], count) for entity_id, count in counts.items()]

    def keys_starting(self, prefix: str, limit: int = 2000) -> list[tuple[str, str]]:
        """(key, entity id) for keys beginning with ``prefix``: an index range scan on either backend."""
        statement = (
            select(EntityKeyRow.key, EntityKeyRow.entity_id)
            .where(EntityKeyRow.key >= prefix, EntityKeyRow.key < prefix + "\uffff")
            .limit(limit)
        )
        return [(key, entity_id) for key, entity_id in self.session.execute(statement)]

    def add_keys(self, entity_id: str, keys: Iterable[str]) -> None:
        self.add_keys_many({entity_id: set(keys)})

    def add_keys_many(self, keys_by_entity: dict[str, set[str]]) -> None:
        """Give entities their keys, skipping pairs already there and pairs an analyst blocked."""
        wanted = {(key[:500], entity_id) for entity_id, keys in keys_by_entity.items() for key in keys if key}
        if not wanted:
            return
        self.session.flush()
        keys = sorted({key for key, _ in wanted})
        entity_ids = sorted(keys_by_entity)
        present = {
            (key, entity_id)
            for table in (EntityKeyRow, EntityKeyBlockRow)
            for key, entity_id in self.session.execute(
                select(table.key, table.entity_id).where(table.key.in_(keys), table.entity_id.in_(entity_ids))
            )
        }
        missing = sorted(wanted - present)
        if missing:
            self.session.execute(
                insert(EntityKeyRow), [{"key": key, "entity_id": entity_id} for key, entity_id in missing]
            )

    def add_names(self, entity_id: str, names: Counter[tuple[str, str]]) -> None:
        self.add_names_many({entity_id: names})

    def add_names_many(self, names_by_entity: dict[str, Counter[tuple[str, str]]]) -> None:
        """Count uses of (language, name) per entity; new names are added."""
        if not names_by_entity:
            return
        self.session.flush()
        rows = {
            (row.entity_id, row.lang, row.name): row
            for row in self.session.execute(
                select(EntityNameRow).where(EntityNameRow.entity_id.in_(sorted(names_by_entity)))
            ).scalars()
        }
        for entity_id, names in names_by_entity.items():
            for (lang, name), count in names.items():
                row = rows.get((entity_id, lang, name[:500]))
                if row is None:
                    row = EntityNameRow(entity_id=entity_id, lang=lang, name=name[:500], count=count)
                    rows[entity_id, lang, name[:500]] = row
                    self.session.add(row)
                else:
                    row.count += count
        self.session.flush()

    def get(self, entity_id: str) -> EntityRow | None:
        """An entity by id; an id merged away leads to the entity that absorbed it."""
        for _ in range(20):
            row = self.session.get(EntityRow, entity_id, options=[selectinload(EntityRow.names)])
            if row is not None:
                return row
            target = self.session.execute(
                select(EntityCorrectionRow.target)
                .where(EntityCorrectionRow.kind == "merge", EntityCorrectionRow.source == entity_id)
                .order_by(EntityCorrectionRow.id.desc())
            ).scalar()
            if target is None:
                return None
            entity_id = target
        return None

    def merge(self, keep: str, absorb: str) -> int:
        """Fold ``absorb`` into ``keep``: mentions, names and keys move; returns mentions moved."""
        moved = self._count_mentions(MentionRow.entity_id == absorb)
        self.session.execute(update(MentionRow).where(MentionRow.entity_id == absorb).values(entity_id=keep))
        names = Counter(
            {
                (row.lang, row.name): row.count
                for row in self.session.execute(
                    select(EntityNameRow).where(EntityNameRow.entity_id == absorb)
                ).scalars()
            }
        )
        self.add_names(keep, names)
        keys = list(self.session.execute(select(EntityKeyRow.key).where(EntityKeyRow.entity_id == absorb)).scalars())
        self.session.execute(delete(EntityNameRow).where(EntityNameRow.entity_id == absorb))
        self.session.execute(delete(EntityKeyRow).where(EntityKeyRow.entity_id == absorb))
        self.add_keys(keep, keys)
        self.session.execute(delete(EntityRow).where(EntityRow.id == absorb))
        self._record("merge", absorb, keep, [])
        return moved

    def split(self, entity_id: str, names: Sequence[str], keys: set[str], into: str) -> int:
        """Move the mentions named ``names`` (base forms) to ``into``, with those names and ``keys``;
        the keys are blocked for ``entity_id`` so that no later ingest links them back."""
        named = (MentionRow.entity_id == entity_id) & MentionRow.lemma.in_(list(names))
        moved = self._count_mentions(named)
        self.session.execute(update(MentionRow).where(named).values(entity_id=into))
        rows = list(
            self.session.execute(
                select(EntityNameRow).where(EntityNameRow.entity_id == entity_id, EntityNameRow.name.in_(list(names)))
            ).scalars()
        )
        self.add_names(into, Counter({(row.lang, row.name): row.count for row in rows}))
        for row in rows:
            self.session.delete(row)
        self.session.execute(
            delete(EntityKeyRow).where(EntityKeyRow.entity_id == entity_id, EntityKeyRow.key.in_(sorted(keys)))
        )
        self.session.execute(insert(EntityKeyBlockRow), [{"key": key, "entity_id": entity_id} for key in sorted(keys)])
        self.add_keys(into, keys)
        self._record("split", entity_id, into, list(names))
        return moved

    def _count_mentions(self, where: ColumnElement[bool]) -> int:
        return int(self.session.execute(select(func.count()).select_from(MentionRow).where(where)).scalar_one())

    def _record(self, kind: str, source: str, target: str, names: list[str]) -> None:
        self.session.add(
            EntityCorrectionRow(
                kind=kind, source=source, target=target, names=names, made=datetime.now(UTC).replace(tzinfo=None)
            )
        )
        self.session.flush()

    def mention_counts(self, entity_ids: Sequence[str] | None = None) -> dict[str, int]:
        statement = (
            select(MentionRow.entity_id, func.count())
            .where(MentionRow.entity_id.is_not(None))
            .group_by(MentionRow.entity_id)
        )
        if entity_ids is not None:
            statement = statement.where(MentionRow.entity_id.in_(list(entity_ids)))
        return {entity_id: count for entity_id, count in self.session.execute(statement) if entity_id}

    def mentioned(self, kind: str | None = None, limit: int | None = None) -> list[tuple[EntityRow, int]]:
        """Entities with at least one mention, most mentioned first."""
        count = func.count(MentionRow.id).label("mentions")
        statement = (
            select(EntityRow, count)
            .join(MentionRow, MentionRow.entity_id == EntityRow.id)
            .options(selectinload(EntityRow.names))
            .group_by(EntityRow.id)
            .order_by(count.desc(), EntityRow.canonical)
        )
        if kind:
            statement = statement.where(EntityRow.type == kind)
        if limit:
            statement = statement.limit(limit)
        return [(row, mentions) for row, mentions in self.session.execute(statement)]

    def mentions(self, entity_id: str) -> list[tuple[MentionRow, DocumentRow]]:
        statement = (
            select(MentionRow, DocumentRow)
            .join(DocumentRow, DocumentRow.id == MentionRow.document_id)
            .where(MentionRow.entity_id == entity_id)
            .order_by(DocumentRow.published_utc, DocumentRow.id, MentionRow.start)
        )
        return [(mention, document) for mention, document in self.session.execute(statement)]
