"""Cases: abuse_told, stored where abuse is told or labelled (was inferred from oversight, labels and urgency)

Revision ID: 6b7c8d9e0f1a
Revises: 5a6b7c8d9e0f
Create Date: 2026-12-07 13:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "6b7c8d9e0f1a"
down_revision = "5a6b7c8d9e0f"
branch_labels = None
depends_on = None

_cases = sa.table(
    "cases",
    sa.column("id", sa.Integer),
    sa.column("destination_id", sa.String),
    sa.column("oversight_destination_id", sa.String),
    sa.column("urgency", sa.String),
    sa.column("topics", sa.JSON),
    sa.column("restricted", sa.Boolean),
    sa.column("abuse_told", sa.Boolean),
)
_destinations = sa.table(
    "routing_destination", sa.column("id", sa.String), sa.column("kind", sa.String), sa.column("ward", sa.String)
)


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("abuse_told", sa.Boolean(), server_default=sa.false(), nullable=False))
    # What bot/conversation/handoff.py treated_as_abuse inferred: restricted with the ward's oversight, or, where no
    # ward office oversees the destination, restricted, labelled abuse and not routine.
    connection = op.get_bind()
    connection.execute(
        _cases.update()
        .where(_cases.c.restricted.is_(True), _cases.c.oversight_destination_id.is_not(None))
        .values(abuse_told=True)
    )
    wards_with_an_office = {
        ward
        for (ward,) in connection.execute(
            sa.select(_destinations.c.ward).where(
                _destinations.c.kind == "ward_office", _destinations.c.ward.is_not(None)
            )
        )
    }
    ward_of = dict(connection.execute(sa.select(_destinations.c.id, _destinations.c.ward)).all())
    candidates = connection.execute(
        sa.select(_cases.c.id, _cases.c.destination_id, _cases.c.topics).where(
            _cases.c.restricted.is_(True),
            _cases.c.oversight_destination_id.is_(None),
            _cases.c.urgency != "routine",
        )
    ).all()
    told = [
        case_id
        for case_id, destination_id, topics in candidates
        if "abuse" in (topics or []) and ward_of.get(destination_id) not in wards_with_an_office
    ]
    if told:
        connection.execute(_cases.update().where(_cases.c.id.in_(told)).values(abuse_told=True))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("abuse_told")
