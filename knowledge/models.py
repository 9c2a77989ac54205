"""FAQ entries, their full edit history and residents' feedback; plus the validated input shapes."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, column_property, mapped_column

from core.db import Base, UTCDateTime, utcnow
from core.topics import TOPIC_IDS

ANSWER_MAX_CHARS = 300
SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")

# The fields an admin edits; a version snapshot holds exactly these, in this order.
EDITABLE_FIELDS: tuple[str, ...] = (
    "slug",
    "question",
    "paraphrases",
    "answer",
    "link",
    "topics",
    "source",
    "owner",
    "review_by",
    "active",
)


class FaqEntry(Base):
    __tablename__ = "faq_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    question: Mapped[str] = mapped_column(Text)
    paraphrases: Mapped[list[str]] = mapped_column(JSON, default=list)
    answer: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(500), nullable=True)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(40))
    review_by: Mapped[date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Who made the latest version: the seed loader leaves alone what a person has edited.
    updated_by: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # helpful_count and unhelpful_count: counted from faq_feedback, below.

    def __repr__(self) -> str:
        return f"<FaqEntry {self.id} {self.slug} v{self.version}>"


class FaqVersion(Base):
    __tablename__ = "faq_version"
    __table_args__ = (UniqueConstraint("entry_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("faq_entry.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed_by: Mapped[str] = mapped_column(String(80))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class FaqFeedback(Base):
    __tablename__ = "faq_feedback"
    # One vote per voter and entry (several null voters are allowed on both backends).
    __table_args__ = (UniqueConstraint("entry_id", "voter_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("faq_entry.id", ondelete="CASCADE"), index=True)
    # HMAC of the LINE user id under a secret salt, never the id itself; null when not given.
    user_ref_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # HMAC of who voted (the bot: one resident in one conversation); a later vote replaces the earlier.
    voter_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    helpful: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def _votes(helpful: bool):
    # Counted from the votes, not kept on the entry: a counter on the entry's row made every
    # resident who voted on one popular answer wait for the others' transactions.
    return column_property(
        select(func.count(FaqFeedback.id))
        .where(FaqFeedback.entry_id == FaqEntry.id, FaqFeedback.helpful.is_(helpful))
        .correlate_except(FaqFeedback)
        .scalar_subquery(),
        deferred=True,
        group="votes",
    )


FaqEntry.helpful_count = _votes(True)
FaqEntry.unhelpful_count = _votes(False)


def _clean_text(value: str) -> str:
    # NFC keeps full-width Japanese punctuation as written; only line endings and edges are tidied.
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in value.strip().split("\n"))


class FaqEntryIn(BaseModel):
    """Everything an admin (or an import, or the seed) supplies for one entry."""

    model_config = ConfigDict(extra="forbid")

    slug: str
    question: str = Field(min_length=2)
    paraphrases: list[str] = Field(default_factory=list)
    answer: str = Field(min_length=2)
    link: str | None = None
    topics: list[str] = Field(min_length=1)
    source: str = Field(min_length=2)
    owner: str = Field(min_length=2, max_length=40)
    review_by: date | None = None
    active: bool = True

    @field_validator("slug")
    @classmethod
    def _slug_shape(cls, v: str) -> str:
        v = v.strip()
        if not SLUG_PATTERN.match(v):
            raise ValueError("slug: lower-case letters, digits and hyphens, 2-80 characters")
        return v

    @field_validator("question", "answer", "source", "owner")
    @classmethod
    def _tidy(cls, v: str) -> str:
        return _clean_text(v)

    @field_validator("answer")
    @classmethod
    def _answer_short(cls, v: str) -> str:
        if len(v) > ANSWER_MAX_CHARS:
            raise ValueError(f"answer: at most {ANSWER_MAX_CHARS} characters (got {len(v)})")
        return v

    @field_validator("paraphrases")
    @classmethod
    def _paraphrases_single_lines(cls, v: list[str]) -> list[str]:
        seen: list[str] = []
        for item in v:
            item = " ".join(_clean_text(item).split())
            if item and item not in seen:
                seen.append(item)
        return seen

    @field_validator("link")
    @classmethod
    def _link_is_url(cls, v: str | None) -> str | None:
        v = (v or "").strip()
        if not v:
            return None
        if not v.startswith(("https://", "http://")):
            raise ValueError("link: an http(s) URL")
        return v

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, v: list[str]) -> list[str]:
        unknown = [t for t in v if t not in TOPIC_IDS]
        if unknown:
            raise ValueError(f"topics: unknown ids {unknown}")
        return list(dict.fromkeys(v))

    @model_validator(mode="after")
    def _other_stands_alone(self) -> FaqEntryIn:
        if "other" in self.topics and len(self.topics) > 1:
            raise ValueError("topics: 'other' stands alone")
        return self

    def snapshot(self) -> dict[str, Any]:
        """The JSON-safe form stored in a version and written by the exports."""
        data = self.model_dump()
        data["review_by"] = self.review_by.isoformat() if self.review_by else None
        return {field: data[field] for field in EDITABLE_FIELDS}
