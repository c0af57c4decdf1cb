"""The stored shape of the record. Schema changes go through Alembic migrations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, LargeBinary, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """One distinct article text; every outlet and URL that carried it is a CopyRow."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(8), index=True)
    source: Mapped[str | None] = mapped_column(String(300), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    # The ISO 8601 string keeps the offset as published (or its absence);
    # published_utc is the same instant for range queries.
    published: Mapped[str | None] = mapped_column(String(40))
    published_utc: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    fetched: Mapped[datetime | None] = mapped_column(DateTime)
    raw_format: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    annotations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The title and lead embedded once (float32), what story assignment compares.
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)
    story_id: Mapped[str | None] = mapped_column(String(32), index=True)
    stored: Mapped[datetime] = mapped_column(DateTime)

    copies: Mapped[list[CopyRow]] = relationship(back_populates="document", order_by="CopyRow.id")
    mentions: Mapped[list[MentionRow]] = relationship(order_by="MentionRow.start", cascade="all, delete-orphan")


class CopyRow(Base):
    """One sighting of a document: where it was read, under which outlet and URL."""

    __tablename__ = "copies"
    __table_args__ = (UniqueConstraint("document_id", "origin", name="uq_copies_document_origin"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    origin: Mapped[str] = mapped_column(String(1000), index=True)
    # The hash of this copy's own text, which differs from the document's for near-duplicates.
    content_hash: Mapped[str] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(Text)
    # source: whose text it is (the agency a page credits); outlet: who carried this copy.
    source: Mapped[str | None] = mapped_column(String(300))
    outlet: Mapped[str | None] = mapped_column(String(300), index=True)
    published: Mapped[str | None] = mapped_column(String(40))
    raw_format: Mapped[str] = mapped_column(String(16))
    similarity: Mapped[float] = mapped_column(default=1.0)

    document: Mapped[DocumentRow] = relationship(back_populates="copies")


class MinhashBandRow(Base):
    """Locality-sensitive hashing bands, so near-duplicate lookup is an index probe."""

    __tablename__ = "minhash_bands"

    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)


class MentionRow(Base):
    """A named-entity mention: a span of its document's text, with type and base form."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    type: Mapped[str] = mapped_column(String(8))
    lemma: Mapped[str] = mapped_column(String(500), index=True)
    lang: Mapped[str | None] = mapped_column(String(8))
    entity_id: Mapped[str | None] = mapped_column(String(80), index=True)


class EntityRow(Base):
    """One real-world entity, across documents and languages; ``kb_id`` when a knowledge base supplied it."""

    __tablename__ = "entities"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    type: Mapped[str] = mapped_column(String(8))
    canonical: Mapped[str] = mapped_column(String(500))
    kb_id: Mapped[str | None] = mapped_column(String(80), index=True)
    external: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The country the entity is or acts for (ISO 3166 alpha-2), as event data codes actors: Putin is RU.
    country: Mapped[str | None] = mapped_column(String(8), default=None)

    names: Mapped[list[EntityNameRow]] = relationship(order_by="EntityNameRow.count.desc()")


class EntityNameRow(Base):
    """A name of an entity in one language, with how many mentions used it."""

    __tablename__ = "entity_names"
    __table_args__ = (UniqueConstraint("entity_id", "lang", "name", name="uq_entity_names"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(500))
    count: Mapped[int] = mapped_column(default=0)


class EntityKeyRow(Base):
    """A script-neutral matching key (kronika.linking.keys) that leads to an entity."""

    __tablename__ = "entity_keys"

    key: Mapped[str] = mapped_column(String(500), primary_key=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)


class EntityCorrectionRow(Base):
    """An analyst's merge or split, kept so the registry's history can be shown and old ids followed."""

    __tablename__ = "entity_corrections"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(80), index=True)
    target: Mapped[str] = mapped_column(String(80), index=True)
    names: Mapped[list[str]] = mapped_column(JSON, default=list)
    made: Mapped[datetime] = mapped_column(DateTime)


class EntityKeyBlockRow(Base):
    """A key an analyst took away from an entity by a split: linking never gives it back."""

    __tablename__ = "entity_key_blocks"

    key: Mapped[str] = mapped_column(String(500), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(80), primary_key=True)


class StoryRow(Base):
    """A story, or a thread of stories: the sum of its articles' embeddings (language-centred for a
    thread), its entities with counts, its time span."""

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    level: Mapped[str] = mapped_column(String(8), index=True, default="story", server_default="story")
    # A story's thread.
    parent_id: Mapped[str | None] = mapped_column(String(32), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int]
    first_published: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    last_published: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    total: Mapped[bytes] = mapped_column(LargeBinary)
    entities: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    languages: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class StoryCorrectionRow(Base):
    """An analyst's merge or split of stories; new articles join the corrected stories from then on."""

    __tablename__ = "story_corrections"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(32), index=True)
    target: Mapped[str] = mapped_column(String(32), index=True)
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    made: Mapped[datetime] = mapped_column(DateTime)
