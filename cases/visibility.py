"""Who may see which case: the one rule every case query and every case route goes through.

- center staff: their destination's cases; restricted (abuse) cases only with restricted_access.
- ward oversight: every case of the destinations in their ward, restricted ones included, plus
  the cases whose oversight_destination_id is their ward office.
- admin: every case.
A case that is not visible does not exist for that user (404).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, false, or_, select, true

from cases.models import Case
from cases.staff import StaffMember
from routing.models import Destination


def visible_cases(user: StaffMember) -> ColumnElement[bool]:
    """A WHERE clause selecting exactly the cases this user may see."""
    if not user.active:
        return false()
    if user.role == "admin":
        return true()
    if user.destination_id is None:
        return false()
    if user.role == "center_staff":
        own = Case.destination_id == user.destination_id
        return own if user.restricted_access else and_(own, Case.restricted.is_(False))
    if user.role == "ward_oversight":
        ward = select(Destination.ward).where(Destination.id == user.destination_id).scalar_subquery()
        in_ward = select(Destination.id).where(Destination.ward == ward)
        return or_(
            Case.destination_id.in_(in_ward),
            Case.destination_id == user.destination_id,
            Case.oversight_destination_id == user.destination_id,
        )
    return false()


def may_act(user: StaffMember, case: Case) -> bool:
    """Working a case (accept, reply, transfer, close…) is for its destination's staff and admins.

    Ward oversight read and add notes; the case stays the center's to work. Callers have already
    established that the case is visible.
    """
    return user.role == "admin" or (user.role == "center_staff" and case.destination_id == user.destination_id)
