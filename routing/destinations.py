"""The destinations as the worker reads them on every turn: from memory while the table is unchanged.

A turn names a destination (the center to hand a worry to, the staff to tell of a message) and
read its row each time: a query per event for a table an admin changes a few times a year. The
worker's first statement of a turn (the resident's row, bot.events) also reads this table's
version, `VERSION_COLUMNS`, into `session.info`; `destination` then answers from a copy of the
table taken at that version, and takes a new copy when the version moved. The version is read in
the turn's own transaction, so an edit committed before the turn began is always seen, in any
process, as when the row was read each time.

The version is the number of rows and the latest `updated_at` (set by every ORM update, the only
way the admin console, the seed import and the CLI change the table). Sessions without a version
(staff pages, periodic jobs, tests driving a Conversation directly) read the row as before.
The copies are transient objects, never added to a session: read them, never change them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.cache import ValueAtVersion
from routing.models import Destination

# session.info key: the version read in this session's transaction (see module docstring).
VERSION_KEY = "routing.destinations_version"
VERSION_COLUMNS = (
    select(func.count(Destination.id)).scalar_subquery(),
    select(func.max(Destination.updated_at)).scalar_subquery(),
)
_ALL = select(*Destination.__table__.columns).order_by(Destination.id)

# Per database (URL): the rows copied at the version last asked for.
_copies: ValueAtVersion[dict[str, Destination]] = ValueAtVersion()


def note_version(session: Session, count: int, latest: Any) -> None:
    """Record the version read in this session's transaction (by a statement that read it)."""
    session.info[VERSION_KEY] = (count, latest)


def _copy_at(session: Session, version: tuple[Any, ...]) -> dict[str, Destination]:
    connection = session.connection()

    def copy_rows() -> dict[str, Destination]:
        rows = connection.execute(_ALL).mappings().all()
        return {row["id"]: Destination(**row) for row in rows}

    return _copies.get(str(connection.engine.url), version, copy_rows)


def destination(session: Session, destination_id: str | None) -> Destination | None:
    """The destination's row as of this transaction (never flushes the caller's changes)."""
    if not destination_id:
        return None
    version = session.info.get(VERSION_KEY)
    if version is not None:
        return _copy_at(session, version).get(destination_id)
    with session.no_autoflush:
        return session.get(Destination, destination_id)


def ward_office(session: Session, ward: str) -> str | None:
    """The id of the ward's 高齢障害支援課 (ward_office) destination, or None."""
    version = session.info.get(VERSION_KEY)
    if version is not None:
        return next(
            (d.id for d in _copy_at(session, version).values() if d.kind == "ward_office" and d.ward == ward),
            None,
        )
    return session.scalars(
        select(Destination.id).where(Destination.kind == "ward_office", Destination.ward == ward)
    ).first()
