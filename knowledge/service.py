"""FAQ knowledge base: plain functions over a session (the caller owns the transaction)."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer_group

from core.csv_safety import neutralise_formula, restore_formula
from core.db import utcnow
from knowledge.models import EDITABLE_FIELDS, FaqEntry, FaqEntryIn, FaqFeedback, FaqVersion

SEED_PATH = Path(__file__).resolve().parent / "seed" / "faq.yaml"
SEED_ACTOR = "seed"


class EntryNotFound(LookupError):
    pass


class DuplicateSlug(ValueError):
    pass


class InvalidImport(ValueError):
    """Raised before anything is written: an import is all or nothing."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # Seed only: entries a person has edited, which the seed never overwrites.
    kept_edited: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return (
            f"ImportReport(created={len(self.created)}, updated={len(self.updated)}, "
            f"unchanged={len(self.unchanged)}, kept_edited={len(self.kept_edited)})"
        )

    def summary(self) -> str:
        return (
            f"created {len(self.created)}, updated {len(self.updated)}, "
            f"unchanged {len(self.unchanged)}, kept (edited by staff) {len(self.kept_edited)}"
        )


# --- reading -----------------------------------------------------------------------------


def get(session: Session, entry_id: int) -> FaqEntry | None:
    """The entry with this id, or None."""
    return session.get(FaqEntry, entry_id)


def get_by_slug(session: Session, slug: str) -> FaqEntry | None:
    """The entry with this slug, or None."""
    return session.scalars(select(FaqEntry).where(FaqEntry.slug == slug)).one_or_none()


def list_entries(
    session: Session, search: str | None = None, include_inactive: bool = False, topic: str | None = None
) -> list[FaqEntry]:
    """Entries ordered by slug, optionally only those containing `search` or tagged with `topic`."""
    stmt = select(FaqEntry).options(undefer_group("votes")).order_by(FaqEntry.slug)
    if not include_inactive:
        stmt = stmt.where(FaqEntry.active.is_(True))
    entries = list(session.scalars(stmt))
    if topic:
        entries = [e for e in entries if topic in (e.topics or [])]
    if search and search.strip():
        # Filtered here, not in SQL: JSON columns are stored ASCII-escaped, and the table is small.
        needle = _fold(search.strip())
        entries = [e for e in entries if needle in _fold(_searchable_text(e))]
    return entries


def entries_due_for_review(session: Session, today: date) -> list[FaqEntry]:
    """Active entries whose review date has come, oldest first."""
    stmt = (
        select(FaqEntry)
        .where(FaqEntry.active.is_(True), FaqEntry.review_by.is_not(None), FaqEntry.review_by <= today)
        .order_by(FaqEntry.review_by, FaqEntry.slug)
    )
    return list(session.scalars(stmt))


def knowledge_version(session: Session) -> str:
    """A cheap token that changes whenever any entry is created or edited."""
    count, version_sum, last_update = session.execute(
        select(func.count(FaqEntry.id), func.coalesce(func.sum(FaqEntry.version), 0), func.max(FaqEntry.updated_at))
    ).one()
    return f"{count}:{version_sum}:{last_update or '-'}"


def snapshot_of(entry: FaqEntry) -> dict[str, Any]:
    """The editable fields of an entry in their JSON-safe form."""
    return {
        "slug": entry.slug,
        "question": entry.question,
        "paraphrases": list(entry.paraphrases or []),
        "answer": entry.answer,
        "link": entry.link,
        "topics": list(entry.topics or []),
        "source": entry.source,
        "owner": entry.owner,
        "review_by": entry.review_by.isoformat() if entry.review_by else None,
        "active": bool(entry.active),
    }


# --- writing -----------------------------------------------------------------------------


def create(session: Session, data: FaqEntryIn | Mapping[str, Any], actor: str, note: str | None = None) -> FaqEntry:
    """Add an entry as version 1 and record that version."""
    validated = _validated(data)
    if get_by_slug(session, validated.slug) is not None:
        raise DuplicateSlug(validated.slug)
    now = utcnow()
    entry = FaqEntry(
        **validated.model_dump(),
        created_at=now,
        updated_at=now,
        updated_by=actor,
        version=1,
    )
    session.add(entry)
    session.flush()
    _record_version(session, entry, actor, note or "created")
    return entry


def update(
    session: Session, entry_id: int, data: BaseModel | Mapping[str, Any], actor: str, note: str | None = None
) -> FaqEntry:
    """Apply the given fields; when anything changed, bump the version and record it."""
    entry = _require(session, entry_id)
    changes = data.model_dump(exclude_unset=True) if isinstance(data, BaseModel) else dict(data)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    validated = _validated({**snapshot_of(entry), **changes})
    new_snapshot = validated.snapshot()
    if new_snapshot == snapshot_of(entry):
        return entry
    if validated.slug != entry.slug and get_by_slug(session, validated.slug) is not None:
        raise DuplicateSlug(validated.slug)
    for name, value in validated.model_dump().items():
        setattr(entry, name, value)
    entry.version += 1
    entry.updated_at = utcnow()
    entry.updated_by = actor
    session.flush()
    _record_version(session, entry, actor, note)
    return entry


def set_active(session: Session, entry_id: int, active: bool, actor: str, note: str | None = None) -> FaqEntry:
    """Publish or withdraw an entry (a new version either way)."""
    return update(session, entry_id, {"active": active}, actor, note)


def revert(session: Session, entry_id: int, version: int, actor: str) -> FaqEntry:
    """Make an earlier version current again, as a new version."""
    old = session.scalars(
        select(FaqVersion).where(FaqVersion.entry_id == entry_id, FaqVersion.version == version)
    ).one_or_none()
    if old is None:
        raise EntryNotFound(f"entry {entry_id} has no version {version}")
    return update(session, entry_id, old.snapshot, actor, note=f"reverted to version {version}")


def history(session: Session, entry_id: int) -> list[FaqVersion]:
    """Every recorded version of an entry, oldest first."""
    stmt = select(FaqVersion).where(FaqVersion.entry_id == entry_id).order_by(FaqVersion.version)
    return list(session.scalars(stmt))


def diff_versions(a: FaqVersion | Mapping[str, Any], b: FaqVersion | Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for every editable field that differs from a to b."""
    old = a.snapshot if isinstance(a, FaqVersion) else a
    new = b.snapshot if isinstance(b, FaqVersion) else b
    return [(name, old.get(name), new.get(name)) for name in EDITABLE_FIELDS if old.get(name) != new.get(name)]


def hash_user_reference(user_id: str, salt: str) -> str:
    """A keyed hash of a LINE user id: lets feedback be counted per person without storing who."""
    return hmac.new(salt.encode(), user_id.encode(), hashlib.sha256).hexdigest()


def record_feedback(
    session: Session,
    entry_id: int,
    helpful: bool,
    *,
    user_id: str | None = None,
    salt: str = "",
    voter: str | None = None,
) -> FaqFeedback:
    """Store one 役に立った/立たなかった vote (the raw user id is not kept).

    With `voter` (who votes, kept only as a keyed hash) a voter has one vote per entry: the same
    vote again changes nothing, a different one replaces it. The entry's counts are counted
    from these rows.
    """
    _require(session, entry_id)
    if (user_id or voter) and not salt:
        raise ValueError("a salt is needed to hash the user id or voter")
    voter_hash = hash_user_reference(voter, salt) if voter else None
    earlier = _vote_of(session, entry_id, voter_hash) if voter_hash else None
    if earlier is not None:
        if earlier.helpful != helpful:
            earlier.helpful = helpful
            session.flush()
        return earlier
    feedback = FaqFeedback(
        entry_id=entry_id,
        helpful=helpful,
        user_ref_hash=hash_user_reference(user_id, salt) if user_id else None,
        voter_hash=voter_hash,
        created_at=utcnow(),
    )
    session.add(feedback)
    session.flush()
    return feedback


def _vote_of(session: Session, entry_id: int, voter_hash: str) -> FaqFeedback | None:
    query = select(FaqFeedback).where(FaqFeedback.entry_id == entry_id, FaqFeedback.voter_hash == voter_hash)
    return session.scalars(query.with_for_update()).first()


# --- import / export ---------------------------------------------------------------------


def export_yaml(session: Session) -> str:
    """All entries (inactive too) as YAML, ordered by slug; import_yaml reads it back."""
    items = [snapshot_of(e) for e in list_entries(session, include_inactive=True)]
    return yaml.dump({"entries": items}, Dumper=_FaqDumper, allow_unicode=True, sort_keys=False, width=1000)


def import_yaml(
    session: Session, text: str, actor: str, note: str | None = None, *, today: date | None = None
) -> ImportReport:
    """Create or update entries by slug from YAML (a list, or a mapping with `entries`).

    All or nothing: an entry that would be created or changed and fails `knowledge.lint` is refused.
    """
    items = _validated_items(_yaml_rows(text))
    _refuse_failing_lint(session, items, today)
    return _upsert(session, items, actor, note or "imported (YAML)")


CSV_LIST_SEPARATOR = "\n"


# A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV injection").
def export_csv(session: Session) -> str:
    """All entries as CSV (paraphrases one per line within the cell, topics comma-separated).

    Meant to be edited in Excel: a cell that Excel would run as a formula is written with a
    leading apostrophe, which import_csv removes again.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EDITABLE_FIELDS)
    for entry in list_entries(session, include_inactive=True):
        snap = snapshot_of(entry)
        cells = [
            snap["slug"],
            snap["question"],
            CSV_LIST_SEPARATOR.join(snap["paraphrases"]),
            snap["answer"],
            snap["link"] or "",
            ",".join(snap["topics"]),
            snap["source"],
            snap["owner"],
            snap["review_by"] or "",
            "true" if snap["active"] else "false",
        ]
        writer.writerow([neutralise_formula(cell) for cell in cells])
    return out.getvalue()


def import_csv(
    session: Session, text: str, actor: str, note: str | None = None, *, today: date | None = None
) -> ImportReport:
    """Create or update entries by slug from CSV in the export_csv layout (lint as import_yaml)."""
    items = _validated_items(_csv_rows(text))
    _refuse_failing_lint(session, items, today)
    return _upsert(session, items, actor, note or "imported (CSV)")


def load_seed_items(path: Path = SEED_PATH) -> list[FaqEntryIn]:
    """The validated entries of a seed file."""
    return _validated_items(_yaml_rows(path.read_text(encoding="utf-8")))


def seed(session: Session, path: Path = SEED_PATH) -> ImportReport:
    """Load the seed file; idempotent, and never overwrites an entry a person has edited."""
    items = load_seed_items(path)
    edited_by_people = set(
        session.scalars(select(FaqVersion.entry_id).where(FaqVersion.changed_by != SEED_ACTOR).distinct())
    )
    return _upsert(session, items, SEED_ACTOR, "seed", protect=edited_by_people)


# --- helpers -----------------------------------------------------------------------------


def _require(session: Session, entry_id: int) -> FaqEntry:
    entry = get(session, entry_id)
    if entry is None:
        raise EntryNotFound(f"no FAQ entry {entry_id}")
    return entry


def _validated(data: FaqEntryIn | Mapping[str, Any]) -> FaqEntryIn:
    return data if isinstance(data, FaqEntryIn) else FaqEntryIn.model_validate(dict(data))


def _record_version(session: Session, entry: FaqEntry, actor: str, note: str | None) -> None:
    session.add(
        FaqVersion(
            entry_id=entry.id,
            version=entry.version,
            snapshot=snapshot_of(entry),
            changed_by=actor,
            changed_at=entry.updated_at,
            note=note,
        )
    )
    session.flush()


def _upsert(
    session: Session, items: list[FaqEntryIn], actor: str, note: str, protect: set[int] | None = None
) -> ImportReport:
    report = ImportReport()
    for item in items:
        existing = get_by_slug(session, item.slug)
        if existing is None:
            create(session, item, actor, note)
            report.created.append(item.slug)
        elif protect is not None and existing.id in protect:
            report.kept_edited.append(item.slug)
        elif snapshot_of(existing) == item.snapshot():
            report.unchanged.append(item.slug)
        else:
            update(session, existing.id, item.model_dump(), actor, note)
            report.updated.append(item.slug)
    return report


def _validated_items(rows: Iterable[Mapping[str, Any]]) -> list[FaqEntryIn]:
    items: list[FaqEntryIn] = []
    errors: list[str] = []
    for number, row in enumerate(rows, start=1):
        try:
            items.append(FaqEntryIn.model_validate(dict(row)))
        except ValidationError as exc:
            label = row.get("slug") or f"item {number}"
            errors.extend(f"{label}: {err['loc'][0] if err['loc'] else ''} {err['msg']}" for err in exc.errors())
    slugs = [i.slug for i in items]
    errors.extend(f"{s}: slug appears more than once" for s in sorted({s for s in slugs if slugs.count(s) > 1}))
    if errors:
        raise InvalidImport(errors)
    return items


def _refuse_failing_lint(session: Session, items: list[FaqEntryIn], today: date | None) -> None:
    """InvalidImport listing every lint finding of the entries the import would create or change.

    Rows equal to the entry already stored are not checked: re-importing an export stays possible
    while older entries are being brought up to the rules (the admin page shows their findings).
    """
    from knowledge import lint

    today = today or local_today()
    numbers = lint.verified_numbers()
    errors: list[str] = []
    for item in items:
        existing = get_by_slug(session, item.slug)
        if existing is not None and snapshot_of(existing) == item.snapshot():
            continue
        errors.extend(str(finding) for finding in lint.lint_entry(item, today, numbers))
    if errors:
        raise InvalidImport(errors)


def local_today() -> date:
    """Today in Japan, the date review dates are read against."""
    from datetime import datetime

    from core.hours import JST

    return datetime.now(JST).date()


def _yaml_rows(text: str) -> list[Mapping[str, Any]]:
    data = yaml.safe_load(text) or []
    rows = data.get("entries", []) if isinstance(data, dict) else data
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise InvalidImport(["YAML: expected a list of entries (or a mapping with `entries`)"])
    return rows


_TRUE = {"true", "1", "yes", "y", "はい", "公開"}
_FALSE = {"false", "0", "no", "n", "いいえ", "非公開"}


def _csv_rows(text: str) -> list[Mapping[str, Any]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = {"slug", "question", "answer", "topics", "source", "owner"} - set(reader.fieldnames or [])
    if missing:
        raise InvalidImport([f"CSV: missing columns {sorted(missing)}"])
    rows: list[Mapping[str, Any]] = []
    for raw in reader:
        row: dict[str, Any] = {k: restore_formula(v or "") for k, v in raw.items() if k in EDITABLE_FIELDS}
        row["paraphrases"] = [p for p in row.get("paraphrases", "").split("\n") if p.strip()]
        row["topics"] = [t for t in row.get("topics", "").replace(";", ",").replace(" ", ",").split(",") if t]
        row["link"] = row.get("link") or None
        row["review_by"] = row.get("review_by") or None
        active = str(row.get("active", "true")).strip().lower() or "true"
        row["active"] = active if active not in _TRUE | _FALSE else active in _TRUE
        rows.append(row)
    return rows


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _searchable_text(entry: FaqEntry) -> str:
    return "\n".join([entry.slug, entry.question, entry.answer, entry.source, *(entry.paraphrases or [])])


class _FaqDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Answers with line breaks read best as literal blocks; PyYAML falls back to quoting when it must.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FaqDumper.add_representer(str, _represent_str)
