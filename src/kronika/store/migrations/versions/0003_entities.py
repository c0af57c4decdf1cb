"""The entity registry: entities, their names per language, and their matching keys.

Revision ID: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("type", sa.String(8), nullable=False),
        sa.Column("canonical", sa.String(500), nullable=False),
        sa.Column("kb_id", sa.String(80), index=True),
        sa.Column("external", sa.JSON(), nullable=False),
    )
    op.create_table(
        "entity_names",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "entity_id", sa.String(80), sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.UniqueConstraint("entity_id", "lang", "name", name="uq_entity_names"),
    )
    op.create_table(
        "entity_keys",
        sa.Column("key", sa.String(500), primary_key=True),
        sa.Column("entity_id", sa.String(80), sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("entity_keys")
    op.drop_table("entity_names")
    op.drop_table("entities")
