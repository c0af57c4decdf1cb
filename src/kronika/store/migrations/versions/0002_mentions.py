"""Named-entity mentions, one row each, so later layers can query them by base form and entity.

Revision ID: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(8), nullable=False),
        sa.Column("lemma", sa.String(500), nullable=False, index=True),
        sa.Column("lang", sa.String(8)),
        sa.Column("entity_id", sa.String(80), index=True),
    )


def downgrade() -> None:
    op.drop_table("mentions")
