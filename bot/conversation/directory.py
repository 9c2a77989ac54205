"""Contact data the conversation gives residents, read from the admin-kept directory.

A destination without a phone (no center has one yet) is never given an invented number:
the resident gets the destination's verified fallback contact instead.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation import copy
from routing.models import Contact, Destination

CITY_CALLCENTER = "city_callcenter"


class Directory:
    def destination(self, session: Session, destination_id: str | None) -> Destination | None:
        return session.get(Destination, destination_id) if destination_id else None

    def contact_text(self, session: Session, destination_id: str | None) -> str:
        destination = self.destination(session, destination_id)
        if destination is not None and destination.phone:
            hours = f"（{destination.hours}）" if destination.hours else ""
            return copy.CONTACT_LINE.format(contact=f"{destination.phone}{hours}")
        fallback = self.fallback_contact(session, destination)
        return copy.CONTACT_UNKNOWN.format(fallback_name=fallback.name, fallback_phone=fallback.phone)

    def fallback_contact(self, session: Session, destination: Destination | None) -> Contact:
        key = destination.fallback_contact_key if destination is not None else None
        contact = session.get(Contact, key) if key else None
        if contact is None or not contact.phone:
            contact = session.get(Contact, CITY_CALLCENTER)
        return contact

    def city_callcenter_phone(self, session: Session) -> str:
        return session.get(Contact, CITY_CALLCENTER).phone

    def oversight_for(self, session: Session, destination_id: str | None) -> str | None:
        """The ward's 高齢障害支援課 that oversees a center (sees its restricted cases)."""
        destination = self.destination(session, destination_id)
        if destination is None or not destination.ward:
            return None
        return session.scalars(
            select(Destination.id).where(Destination.kind == "ward_office", Destination.ward == destination.ward)
        ).first()
