"""What the conversation needs from the other domains, as Protocols (the composition root, app/runtime.py,
passes in the real ones: nlp's Triager, routing's RouterCache, knowledge's IndexCache, the workspace's
stats and case notifications).

The LINE edge never imports the workspace: what it asks of it is stated here and handed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from cases.models import Case
    from knowledge.retrieval import Match
    from nlp.triage import Triage
    from routing.router import Resolution


class Triager(Protocol):
    def __call__(self, text: str) -> Triage: ...


class AddressRouter(Protocol):
    def resolve(self, text: str) -> Resolution: ...

    def find_in_text(self, text: str) -> Resolution | None: ...

    def resolve_location(self, lat: float, lng: float) -> Resolution: ...

    def resolve_postal_code(self, code: str) -> Resolution: ...


class FaqAnswers(Protocol):
    def best(self, text: str, topics: Iterable[str] | None = None) -> Match | None: ...


class FaqFeedbackRecorder(Protocol):
    """(session, entry id, helpful, voter): one vote per voter and entry, a later one replaces it."""

    def __call__(self, session: Session, entry_id: int | None, helpful: bool, voter: str) -> None: ...


class InquiryRecorder(Protocol):
    """A worry that ended without a case, from the conversation's state (nothing if it was not triaged)."""

    def __call__(self, session: Session, state: dict | None, *, outcome: str, at: datetime) -> object: ...


class SafetyRecorder(Protocol):
    """An emergency or crisis the bot recognised, counted once."""

    def __call__(
        self, session: Session, *, family: str, level: str, at: datetime, ward: str | None = None
    ) -> object: ...


class LookupRecorder(Protocol):
    """One "which center is mine?" lookup and how it ended."""

    def __call__(
        self,
        session: Session,
        *,
        via: str,
        method: str | None,
        result: str,
        destination_id: str | None,
        ward: str | None,
        at: datetime,
    ) -> object: ...


class CaseEvents(Protocol):
    """What follows a step of a case outside the conversation (staff are told)."""

    def case_opened(self, session: Session, case: Case) -> None: ...

    def resident_wrote(self, session: Session, case: Case) -> None: ...

    def safety_alert(self, session: Session, case: Case, reason: str) -> None: ...

    def case_restricted(self, session: Session, case: Case) -> None: ...
