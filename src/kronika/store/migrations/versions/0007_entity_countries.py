"""Entities' countries: the country an entity is or acts for, by which events are compared across reports
that name a leader in one and the country in another.

Revision ID: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The starter KB's people as this revision shipped them; a store that loaded them earlier gets their countries.
STARTER_PEOPLE = {
    "kb:putin": "RU",
    "kb:zelensky": "UA",
    "kb:biden": "US",
    "kb:kim-jong-un": "KP",
    "kb:xi-jinping": "CN",
    "kb:trump": "US",
    "kb:shoigu": "RU",
    "kb:lavrov": "RU",
    "kb:peskov": "RU",
    "kb:lukashenko": "BY",
    "kb:erdogan": "TR",
    "kb:macron": "FR",
    "kb:scholz": "DE",
    "kb:blinken": "US",
}


def upgrade() -> None:
    with op.batch_alter_table("entities") as table:
        table.add_column(sa.Column("country", sa.String(8), nullable=True))
    entities = sa.table("entities", sa.column("id", sa.String), sa.column("country", sa.String))
    op.execute(
        entities.update()
        .where(entities.c.id.like("kb:cldr:%"))
        .values(country=sa.func.substr(entities.c.id, len("kb:cldr:") + 1))
    )
    for entity_id, country in STARTER_PEOPLE.items():
        op.execute(entities.update().where(entities.c.id == entity_id).values(country=country))


def downgrade() -> None:
    with op.batch_alter_table("entities") as table:
        table.drop_column("country")
