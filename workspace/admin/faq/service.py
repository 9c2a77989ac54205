"""The FAQ screens' own work: reading the form, trying a message on the bot, showing what changed.

Entries themselves are created, edited, versioned, imported and exported by knowledge.service.
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from bot.conversation.engine import Conversation, Deps
from bot.conversation.turn import Incoming
from bot.models import LineUser
from knowledge import service as knowledge
from knowledge.models import ANSWER_MAX_CHARS, EDITABLE_FIELDS, FaqEntry
from knowledge.retrieval import FaqIndex, Match
from workspace.admin.common import RunningBot

FIELD_NAMES = {
    "slug": "識別名（英数字）",
    "question": "質問",
    "paraphrases": "言い換え",
    "answer": "回答",
    "link": "くわしい情報のURL",
    "topics": "分類",
    "source": "出典",
    "owner": "担当",
    "review_by": "見直し期限",
    "active": "公開",
}
FIELD_RULES = {
    "slug": "半角の英小文字・数字・ハイフンで2〜80文字にしてください（ほかの項目と重ならないもの）。",
    "answer": f"2〜{ANSWER_MAX_CHARS}文字にしてください。",
    "link": "http:// または https:// で始まるURLにしてください。",
    "topics": "1つ以上選んでください（「その他・総合相談」はほかの分類と一緒に選べません）。",
}
MAX_UPLOAD_BYTES = 2_000_000


# ---- the edit form ---------------------------------------------------------------------------------


def form_data(
    *,
    slug: str,
    question: str,
    paraphrases: str,
    answer: str,
    link: str,
    topics: list[str],
    source: str,
    owner: str,
    review_by: str,
    active: bool,
) -> dict[str, Any]:
    """The form's fields as knowledge.service takes them (paraphrases one per line)."""
    return {
        "slug": slug.strip(),
        "question": question,
        "paraphrases": [line for line in paraphrases.replace("\r\n", "\n").split("\n") if line.strip()],
        "answer": answer,
        "link": link.strip() or None,
        "topics": list(topics),
        "source": source,
        "owner": owner,
        "review_by": review_by.strip() or None,
        "active": active,
    }


def form_of(entry: FaqEntry | dict[str, Any] | None) -> dict[str, Any]:
    """What the form shows: an entry's fields, a submitted form's, or an empty new entry."""
    if entry is None:
        return {
            "slug": "",
            "question": "",
            "paraphrases": "",
            "answer": "",
            "link": "",
            "topics": [],
            "source": "",
            "owner": "",
            "review_by": "",
            "active": True,
        }
    snap = knowledge.snapshot_of(entry) if isinstance(entry, FaqEntry) else dict(entry)
    review_by = snap.get("review_by") or ""
    return {
        **snap,
        "paraphrases": "\n".join(snap.get("paraphrases") or []),
        "link": snap.get("link") or "",
        "review_by": review_by.isoformat() if isinstance(review_by, date) else review_by,
    }


def review_overdue(entry: FaqEntry, today: date) -> bool:
    """Past its review-by date (the list highlights it)."""
    return entry.review_by is not None and entry.review_by <= today


# ---- 「このメッセージならどう答えるか」 --------------------------------------------------------------------


@dataclass
class Bubble:
    text: str
    buttons: list[str] = field(default_factory=list)


# What the conversation does next, after the first message (its step afterwards).
NEXT_STEPS = {
    "faq_feedback": "FAQ の回答を送り、「役に立ちましたか？」と聞きます。",
    "clarify_topic": "分類に自信がないため、どれに近いかを選んでもらいます（選んだあとで FAQ を探します）。",
    "offer_handoff": "センターにつなぐかを聞きます。",
    "start": "会話をいったん終えるか、もう一度くわしく聞きます。",
}


@dataclass
class Preview:
    message: str
    triage: Any  # nlp.triage.Triage
    match: Match | None  # what the FAQ step answers with (threshold applied)
    ranked: list[Match]  # the five closest entries, threshold not applied
    threshold: float
    reply: list[Bubble]
    next_step: str
    answered_entry_id: int | None  # the entry the bot actually answered with, if any
    draft: bool = False  # answered from the form's unsaved content

    @property
    def next_step_text(self) -> str:
        return NEXT_STEPS.get(self.next_step, self.next_step)

    @property
    def top_topics(self) -> list[tuple[str, float]]:
        """The three likeliest topics with their probabilities."""
        scores = self.triage.topic_scores or {}
        return sorted(scores.items(), key=lambda item: -item[1])[:3]


def preview(
    session: Session, bot: RunningBot, message: str, now: datetime, *, index: FaqIndex | None = None
) -> Preview:
    """What the bot does with `message` as a new worry: its triage, the FAQ match, its actual reply.

    With `index` (a draft), the FAQ step answers from it instead of the live knowledge base.
    The conversation runs for real on a throwaway resident inside a savepoint that is rolled back.
    """
    message = message.strip()[:2000]
    live = index or bot.faq_cache.current()
    deps = bot.deps
    triage = deps.triage(message)
    topics = list(triage.topics)
    ranked = live.ranked(message, topics)
    reply, user = simulate_reply(session, dataclasses.replace(deps, faq=live), message, now)
    return Preview(
        message=message,
        triage=triage,
        match=live.best(message, topics),
        ranked=ranked,
        threshold=live.threshold,
        reply=reply,
        next_step=user.step,
        answered_entry_id=(user.state or {}).get("faq_entry_id"),
        draft=index is not None,
    )


def simulate_reply(session: Session, deps: Deps, message: str, now: datetime) -> tuple[list[Bubble], LineUser]:
    """The bot's answer to a first message, from a resident who exists only for this call."""
    user = LineUser(user_id="U-admin-preview", step="start", state={"greeted": True}, state_version=0, active=True)
    savepoint = session.begin_nested()
    try:
        outcome = Conversation(deps).handle(session, user, [Incoming("text", text=message)], now)
    finally:
        savepoint.rollback()
    bubbles = [
        Bubble(m.get("text", ""), [i["action"].get("label", "") for i in (m.get("quickReply") or {}).get("items", [])])
        for m in outcome.messages
        if m.get("type") == "text"
    ]
    return bubbles, user


def draft_index(session: Session, data: dict[str, Any], entry_id: int | None) -> FaqIndex:
    """The live entries with the form's content in place of (or added to) the edited one."""
    draft = SimpleNamespace(id=entry_id or 0, **{k: data.get(k) for k in EDITABLE_FIELDS})
    draft.topics = draft.topics or []
    draft.paraphrases = draft.paraphrases or []
    others = [e for e in knowledge.list_entries(session) if e.id != entry_id]
    return FaqIndex.build([*others, draft])


# ---- history ----------------------------------------------------------------------------------------


def shown(value: Any) -> str:
    """A snapshot value as staff read it."""
    if value is None or value == "" or value == []:
        return "（なし）"
    if isinstance(value, bool):
        return "公開" if value else "非公開"
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def inline_diff(old: Any, new: Any) -> tuple[Markup, Markup]:
    """Old and new value with removed parts in <del> and added parts in <ins> (escaped).

    Texts are compared character by character, lists (paraphrases, topics) item by item, and
    anything else (public or not, a date) as a whole.
    """
    if isinstance(old, str) and isinstance(new, str):
        return _diff_sequences(old, new, "")
    if isinstance(old, list | None) and isinstance(new, list | None) and (old or new) is not None:
        return _diff_sequences([str(v) for v in old or []], [str(v) for v in new or []], "\n")
    return Markup("<del>%s</del>") % shown(old), Markup("<ins>%s</ins>") % shown(new)


def _diff_sequences(a, b, joiner: str) -> tuple[Markup, Markup]:
    def text(items) -> str:
        return joiner.join(items) if joiner else "".join(items)

    before, after = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            before.append(escape(text(a[i1:i2])))
            after.append(escape(text(b[j1:j2])))
            continue
        if i2 > i1:
            before.append(Markup("<del>%s</del>") % text(a[i1:i2]))
        if j2 > j1:
            after.append(Markup("<ins>%s</ins>") % text(b[j1:j2]))
    empty = escape(shown(None))
    return (Markup(joiner).join(before) or empty), (Markup(joiner).join(after) or empty)


@dataclass
class VersionView:
    version: Any  # knowledge.models.FaqVersion
    changes: list[tuple[str, Markup, Markup]]


def history_with_diffs(session: Session, entry_id: int) -> list[VersionView]:
    """Every version, newest first, each with what changed from the one before."""
    versions = knowledge.history(session, entry_id)
    views = []
    previous: dict[str, Any] = {}
    for version in versions:
        changes = [
            (FIELD_NAMES.get(name, name), *inline_diff(old, new))
            for name, old, new in knowledge.diff_versions(previous, version)
        ]
        views.append(VersionView(version, changes))
        previous = version.snapshot
    return list(reversed(views))


def decode_upload(raw: bytes) -> str:
    """An uploaded CSV or YAML as text: UTF-8 (with or without BOM), else Shift_JIS as Excel saves it."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("文字コードを読み取れません。UTF-8 で保存してください。")
