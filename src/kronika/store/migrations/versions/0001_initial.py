"""Documents, their copies, near-duplicate bands and full-text search.

Revision ID: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(8), index=True),
        sa.Column("source", sa.String(300), index=True),
        sa.Column("url", sa.Text()),
        sa.Column("published", sa.String(40)),
        sa.Column("published_utc", sa.DateTime(), index=True),
        sa.Column("fetched", sa.DateTime()),
        sa.Column("raw_format", sa.String(16), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("annotations", sa.JSON(), nullable=False),
        sa.Column("minhash", sa.LargeBinary()),
        sa.Column("story_id", sa.String(32), index=True),
        sa.Column("stored", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "copies",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("origin", sa.String(1000), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("source", sa.String(300)),
        sa.Column("outlet", sa.String(300), index=True),
        sa.Column("published", sa.String(40)),
        sa.Column("raw_format", sa.String(16), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.UniqueConstraint("document_id", "origin", name="uq_copies_document_origin"),
    )
    op.create_index("ix_copies_origin", "copies", ["origin"])
    op.create_table(
        "minhash_bands",
        sa.Column("band", sa.SmallInteger(), primary_key=True),
        sa.Column("bucket", sa.BigInteger(), primary_key=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED"
        )
        op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")
    else:
        # A separate FTS5 table keyed by document id: rowids of a table without an
        # INTEGER PRIMARY KEY may change on VACUUM, so external content is unsafe.
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "document_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(document_id, title, text) VALUES (new.id, new.title, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
            "DELETE FROM documents_fts WHERE document_id = old.id; END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
            "UPDATE documents_fts SET title = new.title, text = new.text WHERE document_id = old.id; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_search")
    else:
        op.execute("DROP TABLE IF EXISTS documents_fts")
    op.drop_table("minhash_bands")
    op.drop_table("copies")
    op.drop_table("documents")
