"""Stories: each document's title-and-lead embedding, the stories articles are gathered into, and
analysts' merges and splits of them.

Revision ID: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("embedding", sa.LargeBinary(), nullable=True))
    op.create_table(
        "stories",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("title", sa.Text()),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("first_published", sa.DateTime(), index=True),
        sa.Column("last_published", sa.DateTime(), index=True),
        sa.Column("total", sa.LargeBinary(), nullable=False),
        sa.Column("entities", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
    )

    op.create_table(
        "story_corrections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("source", sa.String(32), nullable=False, index=True),
        sa.Column("target", sa.String(32), nullable=False, index=True),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("made", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story_corrections")
    op.drop_table("stories")
    op.drop_column("documents", "embedding")
