"""What the case domain needs to know of a staff member (workspace.staff.models.StaffUser is one)."""

from __future__ import annotations

from typing import Protocol


class StaffMember(Protocol):
    id: int
    display_name: str
    role: str  # admin, center_staff, ward_oversight
    destination_id: str | None
    restricted_access: bool
    active: bool
