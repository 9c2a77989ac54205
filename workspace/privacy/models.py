"""A record of every privacy operation: scheduled purges, deletion requests, exports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, UTCDateTime, utcnow

RUN_KINDS = {
    "retention": "保存期間を過ぎた相談の個人情報の削除",
    "deletion": "相談者の求めによる削除",
    "export": "相談者のデータの書き出し",
}

COUNT_NAMES = {
    "cases": "相談",
    "closed": "終了した相談",
    "entries": "記録の文面",
    "messages": "送ったメッセージ",
    "bot_messages": "ボットのメッセージ",
    "inbox_events": "受信の記録",
    "conversation": "会話の状態",
    "blocked_conversations": "ブロックした相談者の途中の会話",
    "events": "受信",
}


class PrivacyRun(Base):
    """One run: what kind, who started it (a staff member, the scheduler or the command line), counts.

    Never the LINE user id: a deletion request is recorded by the case numbers it touched.
    """

    __tablename__ = "privacy_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    trigger: Mapped[str] = mapped_column(String(20))  # admin / scheduler / cli
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_label: Mapped[str] = mapped_column(String(80), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    case_numbers: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_privacy_runs_kind_started_at", "kind", "started_at"),)
