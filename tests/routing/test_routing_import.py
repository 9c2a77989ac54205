"""The seed import on a temporary SQLite database: complete, idempotent, and kind to admin edits."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select

from core.db import Base, make_engine, make_session_factory, transaction
from routing import ATTRIBUTION, Router
from routing.models import Contact, DataSource, Destination, PostalCode, Town
from routing.service import (
    CoverageCode,
    CoverageProblem,
    centers_missing_contact,
    import_seed,
    load_router,
    validate_coverage,
)


@pytest.fixture()
def factory(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'routing.sqlite3'}")
    Base.metadata.create_all(engine)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture()
def imported(factory):
    with transaction(factory) as session:
        counts = import_seed(session)
    return counts


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_import_loads_every_seed_row(factory, imported):
    assert imported["destinations"]["inserted"] == 36  # 28 centers, まるごと, 在宅医療・介護連携, 6 wards
    assert imported["towns"]["inserted"] == 505
    assert (
        imported["contacts"]["inserted"] == 23
    )  # 20 handed over + kyukyu_anshin, kokoro_dial, yorisoi (routing/data/README.md)
    assert imported["postal_codes"]["inserted"] == 275
    with factory() as session:
        assert _count(session, Destination) == 36
        assert _count(session, Town) == 505
        kinds = dict(session.execute(select(Destination.kind, func.count()).group_by(Destination.kind)).all())
        assert kinds == {"center": 28, "marugoto": 1, "zaitaku_renkei": 1, "ward_office": 6}
        assert validate_coverage(session) == []


def test_import_twice_changes_nothing(factory, imported):
    with factory() as session:
        before = {d.id: d.updated_at for d in session.scalars(select(Destination))}
    with transaction(factory) as session:
        counts = import_seed(session)
    for table, c in counts.items():
        assert c["inserted"] == 0 and c.get("filled", 0) == 0, table
    with factory() as session:
        assert _count(session, Town) == 505
        assert _count(session, PostalCode) == 275
        assert {d.id: d.updated_at for d in session.scalars(select(Destination))} == before


def test_import_keeps_what_an_admin_edited(factory, imported):
    with transaction(factory) as session:
        benten = session.get(Destination, "benten")
        benten.phone = "043-000-0000"
        benten.address = "千葉市中央区弁天（管理者が入力）"
        benten.fallback_contact_key = "city_callcenter"
        session.get(Contact, "koken").phone = "043-111-1111"
        town = session.scalar(select(Town).where(Town.town == "弁天", Town.chome == 1))
        town.center_id = "chuo"
    with transaction(factory) as session:
        import_seed(session)
    with factory() as session:
        benten = session.get(Destination, "benten")
        assert benten.phone == "043-000-0000"
        assert benten.address == "千葉市中央区弁天（管理者が入力）"
        assert benten.fallback_contact_key == "city_callcenter"
        assert session.get(Contact, "koken").phone == "043-111-1111"
        town = session.scalar(select(Town).where(Town.town == "弁天", Town.chome == 1))
        assert town.center_id == "chuo"


def test_import_fills_a_field_left_empty_but_does_not_restore_deleted_edits(factory, imported):
    with transaction(factory) as session:
        session.get(Destination, "benten").area_raw = None
    with transaction(factory) as session:
        counts = import_seed(session)
    assert counts["destinations"]["filled"] == 1
    with factory() as session:
        assert session.get(Destination, "benten").area_raw.startswith("院内")


def test_import_invents_no_contact_data(factory, imported):
    with factory() as session:
        centers = list(session.scalars(select(Destination).where(Destination.kind == "center")))
        assert all(c.phone is None and c.address is None and c.hours is None for c in centers)
        assert len(centers_missing_contact(session)) == 28
        for ward_office in session.scalars(select(Destination).where(Destination.kind == "ward_office")):
            assert ward_office.phone is None
        assert session.get(Destination, "zaitaku_renkei").phone is None
        assert session.get(Destination, "marugoto").phone == session.get(Contact, "marugoto").phone


def test_every_destination_without_a_phone_has_a_verified_fallback(factory, imported):
    with factory() as session:
        for d in session.scalars(select(Destination).where(Destination.phone.is_(None))):
            contact = session.get(Contact, d.fallback_contact_key)
            assert contact is not None, d.id
            assert contact.phone and contact.status.startswith("verified"), d.id
        assert session.get(Destination, "benten").fallback_contact_key == "kaigo_chuo"
        assert session.get(Destination, "isobe").fallback_contact_key == "kaigo_mihama"


def test_contacts_are_stored_as_in_the_csv(factory, imported):
    with factory() as session:
        hotline = session.get(Contact, "shohi_hotline")
        assert (hotline.phone, hotline.status) == ("188", "verified (national number)")
        assert session.get(Contact, "zaitaku_renkei").status == "NOT FOUND"


def test_provenance_rows_carry_the_attribution(factory, imported):
    with factory() as session:
        geolonia = session.scalar(select(DataSource).where(DataSource.name == "Geolonia 住所データ"))
        assert geolonia.license == "CC BY 4.0"
        assert geolonia.attribution == ATTRIBUTION
    assert "Geolonia 住所データ" in ATTRIBUTION and "CC BY 4.0" in ATTRIBUTION


def test_router_from_the_database_routes_like_the_csv_router(factory, imported):
    with factory() as session:
        from_db = Router.from_session(session)
    from_csv = Router.from_csv()
    for text in ("稲毛区小仲台2-5-3", "高浜", "〒263-0043", "幕張", "船橋市", "美浜区高浜6丁目"):
        assert from_db.resolve(text) == from_csv.resolve(text), text


def test_router_from_the_database_follows_admin_edits(factory, imported):
    with transaction(factory) as session:
        for town in session.scalars(select(Town).where(Town.town == "小仲台")):
            town.center_id = "tendai"
    with factory() as session:
        router = load_router(session)
    assert router.resolve("稲毛区小仲台2丁目").center_id == "tendai"


def test_coverage_problems_are_reported(factory, imported):
    with transaction(factory) as session:
        # NULL 丁目 escapes the unique constraint on both databases: the check catches it.
        session.add(Town(ward="中央区", town="要町", chome=None, center_id="chuo"))
        session.add(Town(ward="中央区", town="弁天", chome=None, center_id="chuo"))
        session.get(Destination, "hamano").active = False
    with factory() as session:
        problems = validate_coverage(session)
    assert CoverageProblem(CoverageCode.DUPLICATE_ROWS, place="中央区要町", rows=2) in problems
    assert CoverageProblem(CoverageCode.CHOME_OVERLAP, place="中央区弁天") in problems
    assert any(p.code == CoverageCode.CENTER_INACTIVE and p.center_id == "hamano" for p in problems)
    assert "中央区要町: 2 rows (must be exactly one)" in [str(p) for p in problems]


def test_router_cache_follows_admin_edits_and_serves_from_csv_before_the_import(tmp_path):
    from routing.service import RouterCache

    engine = make_engine(f"sqlite:///{tmp_path / 'cache.sqlite3'}")
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    now = [0.0]
    cache = RouterCache(factory, check_every_seconds=5.0, clock=lambda: now[0])
    assert cache.resolve("稲毛区小仲台2丁目").center_id == "konakadai"  # empty DB: the seed CSVs
    with transaction(factory) as session:
        import_seed(session)
    now[0] += 6
    first_version = cache.version
    assert cache.resolve("稲毛区小仲台2丁目").center_id == "konakadai"
    assert cache.version != first_version
    with transaction(factory) as session:
        for town in session.scalars(select(Town).where(Town.town == "小仲台")):
            town.center_id = "tendai"
    assert cache.resolve("稲毛区小仲台2丁目").center_id == "konakadai"  # not re-checked yet
    now[0] += 6
    assert cache.resolve("稲毛区小仲台2丁目").center_id == "tendai"
    assert cache.find_in_text("稲毛区小仲台に住む母").center_id == "tendai"
    assert cache.resolve_location(35.6437, 140.1105).kind in ("center", "outside_city")
    engine.dispose()


@pytest.mark.skipif(
    "postgresql" not in os.environ.get("INTAKE_TEST_BACKENDS", "sqlite,postgresql"), reason="PostgreSQL not selected"
)
def test_import_on_postgresql_is_idempotent_and_complete():
    from tests.support import postgres_database

    with postgres_database() as url:
        engine = make_engine(url)
        Base.metadata.create_all(
            engine, tables=[t for name, t in Base.metadata.tables.items() if name.startswith("routing_")]
        )
        factory = make_session_factory(engine)
        with transaction(factory) as session:
            assert import_seed(session)["towns"]["inserted"] == 505
        with transaction(factory) as session:
            again = import_seed(session)
            assert validate_coverage(session) == []
        assert all(c["inserted"] == 0 and c["filled"] == 0 for c in again.values())
        with factory() as session:
            assert load_router(session).resolve("稲毛区小仲台2-5-3").center_id == "konakadai"
        engine.dispose()
