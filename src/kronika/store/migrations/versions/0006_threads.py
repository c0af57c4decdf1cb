"""Threads: stories gathered into topics followed over months and languages, kept in the stories
table one level up.

Revision ID: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stories") as table:
        table.add_column(sa.Column("level", sa.String(8), nullable=False, server_default="story"))
        table.add_column(sa.Column("parent_id", sa.String(32), nullable=True))
        table.create_index("ix_stories_level", ["level"])
        table.create_index("ix_stories_parent_id", ["parent_id"])


def downgrade() -> None:
    with op.batch_alter_table("stories") as table:
        table.drop_index("ix_stories_parent_id")
        table.drop_index("ix_stories_level")
        table.drop_column("parent_id")
        table.drop_column("level")
