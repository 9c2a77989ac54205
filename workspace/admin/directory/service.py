"""The destinations the bot refers residents to, and which center covers which 町丁目.

The bot reads these rows on every handoff (bot.conversation.directory) and rebuilds its router
when the town table changes (routing.service.RouterCache, checked every few seconds), so an
edit here reaches residents within seconds. Plain functions over a session; the caller audits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.conversation.directory import Directory
from core.phone import national_phone, phone_digits
from routing.models import DESTINATION_KINDS, Contact, DataSource, Destination, Town
from routing.service import CoverageCode, CoverageProblem, validate_coverage
from routing.sources import ATTRIBUTION

KIND_NAMES = {
    "center": "あんしんケアセンター",
    "marugoto": "福祉まるごとサポートセンター",
    "zaitaku_renkei": "在宅医療・介護連携支援センター",
    "ward_office": "区の高齢障害支援課",
}
WARD_ORDER = ("中央区", "花見川区", "稲毛区", "若葉区", "緑区", "美浜区")
FIELD_NAMES = {
    "name": "正式な名前",
    "short_name": "ボットが使う名前",
    "phone": "電話番号",
    "address": "住所",
    "hours": "受付時間",
    "holidays_note": "休業日",
    "notify_line_group_id": "通知先の LINE グループID",
    "notify_emails": "通知先のメールアドレス",
    "fallback_contact_key": "電話番号がないときに案内する連絡先",
}
EDITABLE_FIELDS = tuple(FIELD_NAMES)
LINE_GROUP_ID = re.compile(r"^C[0-9a-f]{32}$")
EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")


class DirectoryError(ValueError):
    """An edit that cannot be made; the message is shown to the admin."""


# ---- reading --------------------------------------------------------------------------------------


def sort_key(destination: Destination) -> tuple:
    ward = WARD_ORDER.index(destination.ward) if destination.ward in WARD_ORDER else len(WARD_ORDER)
    kind = DESTINATION_KINDS.index(destination.kind) if destination.kind in DESTINATION_KINDS else 99
    return (kind, ward, destination.name)


def destinations(session: Session) -> list[Destination]:
    """Every destination: centers by ward, then まるごと, 在宅医療・介護連携, the wards' sections."""
    return sorted(session.scalars(select(Destination)), key=sort_key)


def centers(session: Session, ward: str | None = None) -> list[Destination]:
    """Active centers (of one ward)."""
    query = select(Destination).where(Destination.kind == "center", Destination.active.is_(True))
    if ward:
        query = query.where(Destination.ward == ward)
    return sorted(session.scalars(query), key=sort_key)


def town_counts(session: Session) -> dict[str, int]:
    """How many 町丁目 rows each center covers."""
    return dict(session.execute(select(Town.center_id, func.count()).group_by(Town.center_id)).all())


def towns_of(session: Session, center_id: str) -> list[Town]:
    """The 町丁目 a center covers, in reading order."""
    towns = session.scalars(select(Town).where(Town.center_id == center_id))
    return sorted(towns, key=lambda t: (t.ward, t.kana or t.town, t.town, t.chome or 0))


def place_name(town: Town) -> str:
    return f"{town.ward}{town.town}" + (f"{town.chome}丁目" if town.chome is not None else "")


def fallback_choices(session: Session) -> list[Contact]:
    """Contacts the bot may give instead of a missing phone: verified ones that have a phone."""
    contacts = session.scalars(select(Contact).where(Contact.phone.is_not(None)).order_by(Contact.key))
    return [c for c in contacts if (c.status or "").lower().startswith("verified")]


@dataclass
class MissingPhone:
    destination: Destination
    fallback: Contact | None
    bot_says: str  # exactly what the bot tells a resident at the handoff


def missing_phones(session: Session) -> list[MissingPhone]:
    """Every active destination without a phone, and the verified contact the bot gives instead."""
    directory = Directory()
    rows = []
    for destination in destinations(session):
        if destination.active and not destination.phone:
            rows.append(
                MissingPhone(
                    destination,
                    directory.fallback_contact(session, destination),
                    directory.contact_text(session, destination.id),
                )
            )
    return rows


def bot_contact_text(session: Session, destination_id: str) -> str:
    """The contact line the bot gives for this destination right now."""
    return Directory().contact_text(session, destination_id)


def data_sources(session: Session) -> list[DataSource]:
    return list(session.scalars(select(DataSource).order_by(DataSource.id)))


def contacts(session: Session) -> list[Contact]:
    return list(session.scalars(select(Contact).order_by(Contact.key)))


def attribution() -> str:
    """The attribution the Geolonia data's CC BY 4.0 license requires."""
    return ATTRIBUTION


# ---- coverage ---------------------------------------------------------------------------------------

_PROBLEMS_JA = {
    CoverageCode.NO_TOWNS: "町丁目の表が空です（intake routing import を実行してください）。",
    CoverageCode.DUPLICATE_ROWS: "{place}：{rows}行あります（1行だけにしてください）。",
    CoverageCode.NOT_A_CENTER: "{place}：担当「{center_id}」はあんしんケアセンターではありません。",
    CoverageCode.CENTER_INACTIVE: "{place}：担当センター「{center_id}」は停止中です。",
    CoverageCode.CENTER_IN_OTHER_WARD: "{place}：担当センター「{center_id}」は{ward}のセンターです。",
    CoverageCode.CHOME_OVERLAP: "{place}：丁目のない行と、ほかのセンターの丁目の行が重なっています。",
    CoverageCode.CENTER_WITHOUT_TOWNS: "センター「{center_id}」の担当地域がありません。",
}


def coverage_problems(session: Session) -> list[str]:
    """routing.service.validate_coverage, in Japanese: every 町丁目 must have exactly one active center."""
    return [in_japanese(p) for p in validate_coverage(session)]


def in_japanese(problem: CoverageProblem) -> str:
    """One coverage problem as the admin console says it."""
    return _PROBLEMS_JA[problem.code].format(
        place=problem.place, center_id=problem.center_id, rows=problem.rows, ward=problem.ward
    )


# ---- writing ----------------------------------------------------------------------------------------


def clean_phone(text: str) -> str | None:
    """A Japanese phone number in national format, or None when empty; DirectoryError if malformed."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None
    # Written from the area code (0…), as the bot gives it; not in the international form.
    phone = national_phone(text) if phone_digits(text).startswith("0") else None
    if phone is None:
        raise DirectoryError("電話番号の形が正しくありません（例：043-245-5111）。市外局番から入力してください。")
    return phone


def clean_emails(text: str) -> str | None:
    """Addresses separated by commas, spaces or lines, checked and joined with ", "."""
    parts = [p for p in re.split(r"[\s,;、]+", unicodedata.normalize("NFKC", text or "")) if p]
    bad = [p for p in parts if not EMAIL.match(p)]
    if bad:
        raise DirectoryError(f"メールアドレスの形が正しくありません：{', '.join(bad)}")
    return ", ".join(dict.fromkeys(parts)) or None


def clean_line_group(text: str) -> str | None:
    text = (text or "").strip()
    if text and not LINE_GROUP_ID.match(text):
        raise DirectoryError("LINE グループIDは C で始まる33文字です（Webhook の source.groupId）。")
    return text or None


def clean_text(text: str, limit: int) -> str | None:
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").strip()
    if len(text) > limit:
        raise DirectoryError(f"{limit}文字以内にしてください。")
    return text or None


def update_destination(session: Session, destination: Destination, values: dict[str, str]) -> dict[str, list[Any]]:
    """Apply the form's values; returns {field: [old, new]} of what changed (for the audit log)."""
    name = clean_text(values.get("name", ""), 120)
    short_name = clean_text(values.get("short_name", ""), 80)
    if not name or not short_name:
        raise DirectoryError("名前を入力してください。")
    fallback = (values.get("fallback_contact_key") or "").strip() or None
    if fallback is not None and fallback not in {c.key for c in fallback_choices(session)}:
        raise DirectoryError("案内する連絡先は、電話番号のある確認済みの連絡先から選んでください。")
    cleaned = {
        "name": name,
        "short_name": short_name,
        "phone": clean_phone(values.get("phone", "")),
        "address": clean_text(values.get("address", ""), 200),
        "hours": clean_text(values.get("hours", ""), 500),
        "holidays_note": clean_text(values.get("holidays_note", ""), 500),
        "notify_line_group_id": clean_line_group(values.get("notify_line_group_id", "")),
        "notify_emails": clean_emails(values.get("notify_emails", "")),
        "fallback_contact_key": fallback,
    }
    changes = {}
    for field, new in cleaned.items():
        old = getattr(destination, field)
        if old != new:
            changes[field] = [old, new]
            setattr(destination, field, new)
    session.flush()
    return changes


def reassign_town(session: Session, town_id: int, center_id: str) -> tuple[Town, str]:
    """Give one 町丁目 to another active center of its ward; refused if coverage would break.

    Returns the town and the center it had before.
    """
    town = session.get(Town, town_id)
    if town is None:
        raise DirectoryError("町丁目が見つかりません。")
    center = session.get(Destination, center_id)
    if center is None or center.kind != "center" or not center.active:
        raise DirectoryError("担当センターを選んでください。")
    if center.ward != town.ward:
        raise DirectoryError(f"{place_name(town)}は{town.ward}です。{town.ward}のセンターを選んでください。")
    old = town.center_id
    if old == center_id:
        return town, old
    before = set(validate_coverage(session))
    savepoint = session.begin_nested()
    town.center_id = center_id
    session.flush()
    new_problems = [p for p in validate_coverage(session) if p not in before]
    if new_problems:
        savepoint.rollback()
        raise DirectoryError(
            "変更すると担当地域に問題が起きるため、変更しませんでした："
            + " ".join(in_japanese(p) for p in new_problems)
        )
    savepoint.commit()
    return town, old


@dataclass
class JoinedGroup:
    group_id: str
    last_seen_at: Any
    used_by: list[str]


def joined_groups(session: Session, limit: int = 20) -> list[JoinedGroup]:
    """LINE groups the bot was invited to recently (from the webhook's join events), newest first.

    To link a center's group: invite the official account to the staff's LINE group, then pick the
    group here. Nothing said in the group is stored (bot.webhook strips group messages).
    """
    from bot.models import InboxEvent

    rows = session.execute(
        select(InboxEvent.source_key, func.max(InboxEvent.received_at))
        .where(InboxEvent.source_key.like("group:%"), InboxEvent.event_type == "join")
        .group_by(InboxEvent.source_key)
        .order_by(func.max(InboxEvent.received_at).desc())
        .limit(limit)
    ).all()
    users: dict[str, list[str]] = {}
    for destination_id, group_id in session.execute(
        select(Destination.id, Destination.notify_line_group_id).where(Destination.notify_line_group_id.is_not(None))
    ):
        users.setdefault(group_id, []).append(destination_id)
    groups = []
    for source_key, seen in rows:
        group_id = source_key.partition(":")[2]
        if LINE_GROUP_ID.match(group_id):
            groups.append(JoinedGroup(group_id, seen, users.get(group_id, [])))
    return groups
