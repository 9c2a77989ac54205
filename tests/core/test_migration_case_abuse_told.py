"""Migration 6b7c8d9e0f1a: cases.abuse_told is filled from what bot/conversation/handoff.py inferred before it was
stored (restricted with the ward's oversight; or, with no ward office over the destination, restricted, labelled
abuse and not routine)."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command

from core.db import UTCDateTime, make_engine
from core.migrations import alembic_config, upgrade

BEFORE = "5a6b7c8d9e0f"
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
# The cases table as it was before the migration (the model declares abuse_told).
CASES = sa.table(
    "cases",
    *(sa.column(name, sa.String) for name in ("number", "destination_id", "oversight_destination_id", "status")),
    *(sa.column(name, sa.String) for name in ("urgency", "route", "summary")),
    sa.column("topics", sa.JSON),
    sa.column("triage", sa.JSON),
    sa.column("restricted", sa.Boolean),
    *(sa.column(name, UTCDateTime) for name in ("created_at", "updated_at", "last_activity_at")),
)


def test_abuse_told_is_filled_from_what_was_inferred(isolated_database_url):
    url = isolated_database_url
    engine = make_engine(url)
    try:
        command.downgrade(alembic_config(url), BEFORE)
        rows = {
            # told at intake: restricted with the ward's oversight
            "told": dict(
                destination_id="takasu", oversight="ward_mihama", restricted=True, topics=["abuse"], urgency="urgent"
            ),
            # guessed: restricted, no oversight, in a ward with an office
            "guessed": dict(
                destination_id="takasu", oversight=None, restricted=True, topics=["abuse"], urgency="routine"
            ),
            # guessed, then raised by something else: still not told where a ward office oversees it
            "guessed_urgent": dict(
                destination_id="takasu", oversight=None, restricted=True, topics=["abuse"], urgency="urgent"
            ),
            # told, where no ward office oversees the destination
            "told_no_ward": dict(
                destination_id="nowhere", oversight=None, restricted=True, topics=["abuse"], urgency="urgent"
            ),
            "ordinary": dict(
                destination_id="takasu", oversight=None, restricted=False, topics=["other"], urgency="routine"
            ),
        }
        with engine.begin() as connection:
            connection.execute(
                CASES.insert(),
                [
                    dict(
                        number=number,
                        destination_id=row["destination_id"],
                        oversight_destination_id=row["oversight"],
                        status="new",
                        urgency=row["urgency"],
                        topics=row["topics"],
                        route="center",
                        restricted=row["restricted"],
                        triage={},
                        summary="",
                        created_at=NOW,
                        updated_at=NOW,
                        last_activity_at=NOW,
                    )
                    for number, row in rows.items()
                ],
            )
        upgrade(url)
        with engine.connect() as connection:
            told = dict(connection.execute(sa.text("SELECT number, abuse_told FROM cases")).all())
        assert {number: bool(value) for number, value in told.items()} == {
            "told": True,
            "guessed": False,
            "guessed_urgent": False,
            "told_no_ward": True,
            "ordinary": False,
        }
    finally:
        engine.dispose()
