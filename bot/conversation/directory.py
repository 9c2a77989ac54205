"""Contact data the conversation gives residents, read from the admin-kept directory.

A destination without a phone (no center has one yet) is never given an invented number:
the resident gets the city call center (verified, open every day), never a ward's
介護保険室 line, which the contacts table marks as not a consultation line.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.conversation import copy
from routing import destinations
from routing.models import Contact, Destination
from routing.service import oversight_for

CITY_CALLCENTER = "city_callcenter"
CRISIS_LINES = ("yorisoi", "kokoro_dial")  # national lines, verified (contacts.csv)
# The wards' 介護保険室 lines: verified numbers, but for insurance matters, not a consultation line.
CARE_INSURANCE_DESKS = "kaigo_"


class Directory:
    def destination(self, session: Session, destination_id: str | None) -> Destination | None:
        # From memory while the table is unchanged (routing.destinations); never flushes the
        # turn's changes first (that split the resident's row into two UPDATEs in one transaction).
        return destinations.destination(session, destination_id)

    def contact_text(self, session: Session, destination_id: str | None) -> str:
        destination = self.destination(session, destination_id)
        if destination is not None and destination.phone:
            hours = f"（{destination.hours}）" if destination.hours else ""
            return copy.CONTACT_LINE.format(contact=f"{destination.phone}{hours}")
        fallback = self.fallback_contact(session, destination)
        return copy.CONTACT_UNKNOWN.format(fallback_name=fallback.name, fallback_phone=fallback.phone)

    def fallback_contact(self, session: Session, destination: Destination | None) -> Contact:
        """An admin's chosen consultation line, else the city call center; never a 介護保険室 desk."""
        key = destination.fallback_contact_key if destination is not None else None
        if key and not key.startswith(CARE_INSURANCE_DESKS):
            contact = self._contact(session, key)
            if contact is not None and contact.phone:
                return contact
        return self.city_callcenter(session)

    def _contact(self, session: Session, key: str) -> Contact | None:
        # Never flushes the turn's changes first: nothing a turn writes changes a contact, and an
        # early flush split the turn's writes (the new case's row updated twice, its entries in two INSERTs).
        with session.no_autoflush:
            return session.get(Contact, key)

    def city_callcenter(self, session: Session) -> Contact:
        return self._contact(session, CITY_CALLCENTER)

    def city_callcenter_phone(self, session: Session) -> str:
        return self.city_callcenter(session).phone

    def crisis_lines(self, session: Session) -> list[Contact]:
        """The crisis lines to give someone who speaks of wanting to die (only those with a phone)."""
        found = [self._contact(session, key) for key in CRISIS_LINES]
        return [c for c in found if c is not None and c.phone and (c.status or "").startswith("verified")]

    def hours_verified(self, session: Session, destination_id: str | None) -> bool:
        """Whether the destination's opening hours were entered by an admin (the seed has none)."""
        destination = self.destination(session, destination_id)
        return bool(destination is not None and destination.hours)

    def oversight_for(self, session: Session, destination_id: str | None) -> str | None:
        """The ward's 高齢障害支援課 that oversees a center (sees its restricted cases)."""
        return oversight_for(session, self.destination(session, destination_id))
