"""Analysts' merges and splits of entities, and the keys a split took away.

Revision ID: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entity_corrections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("source", sa.String(80), nullable=False, index=True),
        sa.Column("target", sa.String(80), nullable=False, index=True),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("made", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "entity_key_blocks",
        sa.Column("key", sa.String(500), primary_key=True),
        sa.Column("entity_id", sa.String(80), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("entity_key_blocks")
    op.drop_table("entity_corrections")
