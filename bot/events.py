"""Acting on a claimed batch of one source's events: the handler the worker calls."""

from __future__ import annotations

import logging
import math
import re

from sqlalchemy import Table, Update, bindparam, inspect, select, update
from sqlalchemy.orm import Session

from bot import outbox
from bot.conversation import copy
from bot.conversation.engine import Conversation
from bot.conversation.messages import text
from bot.conversation.turn import Incoming
from bot.inbox import RESIDENT_COLUMNS, Claim, ClaimedEvent, field, line_id
from bot.loading import LoadingAnimation
from bot.models import LineUser
from core.db import utcnow
from routing import destinations

log = logging.getLogger(__name__)

REMOVED = "[removed]"


_USERS: Table = LineUser.__table__  # type: ignore[assignment]
_USER_COLUMNS = tuple(column.key for column in _USERS.c if not column.primary_key)
# The row's values as read, on the object read by `get_user_for_update` (see save_user).
_READ = "_intake_read"
# One UPDATE per set of changed columns (a handful: step, state, last activity...), each built
# once: building and hashing a statement on every turn cost about as much as running it.
_UPDATES: dict[tuple[str, ...], Update] = {}


def _update_of(keys: tuple[str, ...]) -> Update:
    statement = _UPDATES.get(keys)
    if statement is None:
        statement = (
            update(_USERS)
            .where(_USERS.c.user_id == bindparam("pk_user_id"))
            .values({key: bindparam(key, type_=_USERS.c[key].type) for key in keys})
        )
        _UPDATES[keys] = statement
    return statement


# Built once. A Core statement, not an ORM query: loading the row into the session, and flushing
# it back by the unit of work at the commit, cost more CPU than the statements. With the row, the
# version of the destinations table (read in this transaction): the turn's directory reads then
# come from memory while it is unchanged (routing.destinations).
USER_FOR_UPDATE = select(*RESIDENT_COLUMNS).where(_USERS.c.user_id == bindparam("user_id")).with_for_update(of=_USERS)


def get_user_for_update(session: Session, user_id: str, claimed: Claim | None = None) -> LineUser:
    """The resident's row, locked so the idle-expiry job and workers never interleave.

    Not in the session: what the turn changes is written by `save_user`, in the same transaction.
    `claimed`: the claim of the resident's batch, which read and locked the row already (in this
    transaction, with the same columns: bot.inbox.RESIDENT_COLUMNS).
    """
    if claimed is not None and claimed.resident_read:
        row = claimed.resident
    else:
        row = session.connection().execute(USER_FOR_UPDATE, {"user_id": user_id}).first()
    if row is None:
        user = LineUser(user_id=user_id, step="start", state={}, state_version=0)
        session.add(user)
        session.flush()
        return user
    count = len(_USERS.c)
    destinations.note_version(session, row[count], row[count + 1])
    read = {column.key: row[i] for i, column in enumerate(_USERS.c)}
    # The state is the turn's to replace (Turn copies it); the read values stay as they were.
    user = LineUser(**read)
    setattr(user, _READ, read)
    return user


def save_user(session: Session, user: LineUser) -> None:
    """Write what the turn changed of the resident's row: one UPDATE of the changed columns (none
    when nothing changed), in the transaction that read and locked it.

    As the ORM's flush would write it (a value set equal to the one read is no change), without
    the unit of work the flush runs at the commit. A resident new in this transaction was inserted
    by the session: it is written as the ORM's history says, then taken out of the session.
    """
    read = getattr(user, _READ, None)
    if read is not None:
        changes = {key: getattr(user, key) for key in _USER_COLUMNS if getattr(user, key) != read[key]}
    else:
        state = inspect(user)
        if state.session is not session or not state.persistent:
            return
        changes = {key: state.attrs[key].history.added[0] for key in _USER_COLUMNS if state.attrs[key].history.added}
    if changes:
        session.connection().execute(_update_of(tuple(changes)), {**changes, "pk_user_id": user.user_id})
        if read is not None:
            read.update(changes)
    if read is None:
        session.expunge(user)


# Control characters other than tab and newline cannot be stored everywhere (PostgreSQL refuses
# NUL in text) and mean nothing in a consultation; lone surrogates cannot be encoded at all.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: object) -> str:
    """A text field of an event as something that can be stored and read: "" if it is not text."""
    if not isinstance(value, str):
        return ""
    return CONTROL_CHARACTERS.sub("", value.encode("utf-8", "replace").decode("utf-8"))


def message_id_of(message: dict) -> str | None:
    ident = message.get("id")
    return line_id(str(ident) if isinstance(ident, int) and not isinstance(ident, bool) else ident, limit=40)


def reply_token_of(payload: dict) -> str | None:
    return line_id(payload.get("replyToken"))


def coordinates(message: dict) -> tuple[float, float] | None:
    try:
        lat, lng = float(message["latitude"]), float(message["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lng) and -90 <= lat <= 90 and -180 <= lng <= 180):
        return None
    return lat, lng


def to_incoming(event: ClaimedEvent) -> Incoming | None:
    payload = event.payload
    if event.event_type == "follow":
        return Incoming("follow")
    if event.event_type == "postback":
        return Incoming("postback", data=clean_text(field(payload.get("postback"), "data"))[:1000])
    if event.event_type != "message":
        return None
    message = payload.get("message") if isinstance(payload.get("message"), dict) else {}
    kind = message.get("type")
    if kind == "text":
        return Incoming("text", text=clean_text(message.get("text")), message_id=message_id_of(message))
    if kind == "location":
        point = coordinates(message)
        if point is None:
            return Incoming("media", message_id=message_id_of(message))
        return Incoming("location", latitude=point[0], longitude=point[1], message_id=message_id_of(message))
    return Incoming("media", message_id=message_id_of(message))


def scrub(event: ClaimedEvent) -> None:
    """Once acted on, the inbox keeps no content: it lives in the conversation or the case."""
    payload = dict(event.payload)
    if isinstance(payload.get("message"), dict):
        message = payload["message"]
        payload["message"] = {"id": message.get("id"), "type": message.get("type")}
    if isinstance(payload.get("postback"), dict):
        payload["postback"] = {"data": REMOVED}
    event.payload = payload


class EventProcessor:
    def __init__(self, conversation: Conversation, loading: LoadingAnimation | None = None):
        self.conversation = conversation
        self.loading = loading

    def __call__(self, session: Session, claim: Claim) -> None:
        kind, _, ident = claim.source_key.partition(":")
        if kind in ("group", "room"):
            self.answer_group(session, ident, claim.events)
        elif kind == "user":
            self.answer_user(session, ident, claim)
        for event in claim.events:
            scrub(event)

    def answer_group(self, session: Session, group_id: str, events: list[ClaimedEvent]) -> None:
        """Consultations are 1:1: say so once, keep nothing."""
        replyable = [e for e in events if e.event_type in ("join", "message") and reply_token_of(e.payload)]
        if replyable:
            last = replyable[-1]
            outbox.enqueue_answer(
                session,
                group_id,
                [text(copy.GROUP_ONLY_ONE_TO_ONE)],
                reply_token=reply_token_of(last.payload),
                reply_token_time=last.event_time,
                inbox_event_id=last.id,
            )

    def answer_user(self, session: Session, user_id: str, claim: Claim) -> None:
        user = get_user_for_update(session, user_id, claim)
        self._act_for(session, user, claim.events)
        save_user(session, user)

    def _act_for(self, session: Session, user: LineUser, events: list[ClaimedEvent]) -> None:
        user_id = user.user_id
        incomings: list[Incoming] = []
        for event in events:
            if event.event_type == "unfollow":
                user.active, user.unfollowed_at = False, utcnow()
            elif event.event_type == "follow":
                user.active, user.followed_at = True, utcnow()
            elif event.event_type == "unsend":
                message_id = line_id(field(event.payload.get("unsend"), "messageId"), limit=40)
                if message_id:
                    self.conversation.forget_message(session, user, message_id)
            incoming = to_incoming(event)
            if incoming is not None:
                incomings.append(incoming)
        if not incomings or not user.active:
            return
        answered = None
        if self.loading and any(i.kind != "follow" for i in incomings):
            answered = self.loading.work_started(user_id)
        try:
            self._answer(session, user, events, incomings)
        finally:
            if answered is not None:
                answered.set()

    def _answer(self, session: Session, user: LineUser, events: list[ClaimedEvent], incomings: list[Incoming]) -> None:
        user_id = user.user_id
        outcome = self.conversation.handle(session, user, incomings, utcnow())
        if not outcome.messages:
            return
        with_token = [e for e in events if reply_token_of(e.payload)]
        last = with_token[-1] if with_token else None
        rows = outbox.enqueue_answer(
            session,
            user_id,
            outcome.messages,
            case_id=outcome.case.id if outcome.case else None,
            reply_token=reply_token_of(last.payload) if last else None,
            reply_token_time=last.event_time if last else None,
            inbox_event_id=events[-1].id,
        )
        if outcome.case is not None:
            from cases import service as cases

            for row in rows:
                for message in row.messages:
                    cases.add_entry(session, outcome.case, "bot_message", message.get("text", ""), outgoing_id=row.id)

    def apologise(self, session: Session, source_key: str) -> None:
        """A resident's message could not be processed even after retries: say so (by push)."""
        kind, _, ident = source_key.partition(":")
        if kind == "user":
            outbox.enqueue(session, ident, [text(copy.FAILED_APOLOGY)])
