"""Fixtures of the workspace tests: a fresh database per test with a few destinations, staff, cases."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.models_registry import import_all_models
from core.db import Base, make_engine, make_session_factory, transaction, utcnow
from tests.conftest import BACKENDS
from tests.support import postgres_database

PASSWORD = "correct horse battery"

DESTINATIONS = [
    dict(
        id="benten",
        kind="center",
        name="千葉市あんしんケアセンター弁天",
        short_name="あんしんケアセンター弁天",
        ward="中央区",
        notify_emails="benten-a@example.org, benten-b@example.org",
    ),
    dict(
        id="chuo",
        kind="center",
        name="千葉市あんしんケアセンター中央",
        short_name="あんしんケアセンター中央",
        ward="中央区",
    ),
    dict(
        id="konakadai",
        kind="center",
        name="千葉市あんしんケアセンター小仲台",
        short_name="あんしんケアセンター小仲台",
        ward="稲毛区",
        notify_emails="konakadai@example.org",
    ),
    dict(
        id="marugoto",
        kind="marugoto",
        name="福祉まるごとサポートセンター",
        short_name="福祉まるごとサポートセンター",
        ward=None,
    ),
    dict(
        id="ward_chuo",
        kind="ward_office",
        name="中央保健福祉センター 高齢障害支援課",
        short_name="中央区 高齢障害支援課",
        ward="中央区",
    ),
    dict(
        id="ward_inage",
        kind="ward_office",
        name="稲毛保健福祉センター 高齢障害支援課",
        short_name="稲毛区 高齢障害支援課",
        ward="稲毛区",
        notify_emails="inage-ward@example.org",
    ),
]


@pytest.fixture(params=BACKENDS)
def factory(request, tmp_path):
    """A session factory on an empty database of each backend, tables created from the models."""
    import_all_models()
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'workspace.sqlite3'}"
        yield from _prepared(url)
    else:
        with postgres_database() as url:
            yield from _prepared(url)


def _prepared(url: str):
    from routing.models import Destination

    engine = make_engine(url)
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    with transaction(factory) as session:
        for row in DESTINATIONS:
            session.add(Destination(**row))
    yield factory
    engine.dispose()


def make_staff(factory, login: str, role: str = "center_staff", destination_id: str | None = "benten", **kwargs):
    from workspace.staff import service as staff

    with transaction(factory) as session:
        return staff.create(
            session,
            login=login,
            password=PASSWORD,
            role=role,
            destination_id=destination_id,
            display_name=kwargs.pop("display_name", login),
            **kwargs,
        )


def make_case(factory, destination_id: str = "benten", *, created_at: datetime | None = None, **fields):
    from cases import service as cases

    values = dict(
        destination_id=destination_id,
        line_user_id="U" + "0" * 31 + str(fields.pop("user_suffix", 1)),
        urgency="routine",
        topics=["dementia"],
        route="center",
        triage={"topics": ["dementia"], "urgency": "routine"},
        summary="母の物忘れ",
        created_at=created_at or utcnow(),
        last_activity_at=created_at or utcnow(),
    )
    values.update(fields)
    with transaction(factory) as session:
        case = cases.create(session, **values)
        entry = cases.add_entry(session, case, "resident_message", values["summary"])
        entry.created_at = case.last_activity_at = values["created_at"]
        return case


@pytest.fixture
def hours():
    from core.hours import BusinessHours

    return BusinessHours()


def at(text: str) -> datetime:
    """A Japan-time moment: at("2026-11-06 10:00")."""
    from core.hours import JST

    return datetime.fromisoformat(text).replace(tzinfo=JST)


def ago(**kwargs) -> datetime:
    return utcnow() - timedelta(**kwargs)
