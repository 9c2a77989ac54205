"""「センターをさがす」 lookups: counted by day, result and center only, shown per month and ward."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect

from core.db import transaction
from tests.workspace.admin.conftest import StaffClient, new_account
from tests.workspace.conftest import at
from workspace.stats.lookups import CenterLookupStat, lookup_counts, record_lookup


def test_a_lookup_keeps_no_user_text_or_address(factory):
    columns = {c.key for c in inspect(CenterLookupStat).columns}
    assert columns == {"id", "day", "via", "method", "result", "destination_id", "ward"}
    with transaction(factory) as session:
        row = record_lookup(
            session,
            via="menu",
            method="address",
            result="outside_city",
            destination_id="konakadai",
            ward="稲毛区",
            at=at("2026-03-31 23:30"),
        )
        assert (row.day, row.destination_id, row.ward) == (
            date(2026, 3, 31),
            None,
            None,
        )  # only a center's lookup names one


def test_lookups_are_counted_per_month_and_result_and_a_ward_sees_its_centers_only(factory):
    with transaction(factory) as session:
        for when, result, center, ward in [
            ("2026-01-05 10:00", "center", "konakadai", "稲毛区"),
            ("2026-01-20 10:00", "center", "benten", "中央区"),
            ("2026-02-01 10:00", "outside_city", None, None),
            ("2026-02-02 10:00", "unknown", None, None),
        ]:
            record_lookup(
                session, via="typed", method=None, result=result, destination_id=center, ward=ward, at=at(when)
            )
    with factory() as session:
        city = lookup_counts(session, date(2026, 1, 1), date(2026, 3, 1))
        inage = lookup_counts(session, date(2026, 1, 1), date(2026, 3, 1), "稲毛区")
    assert city == {("2026-01", "center"): 2, ("2026-02", "outside_city"): 1, ("2026-02", "unknown"): 1}
    assert inage == {("2026-01", "center"): 1}


def test_an_unknown_result_or_way_is_refused(factory):
    with transaction(factory) as session, pytest.raises(ValueError):
        record_lookup(
            session, via="menu", method=None, result="maybe", destination_id=None, ward=None, at=at("2026-01-01 10:00")
        )


def test_the_statistics_page_shows_the_lookups(app_server, session_factory):
    admin = StaffClient(app_server, session_factory, new_account(session_factory, "admin"))
    page = admin.get("/admin/stats").text
    assert "「センターをさがす」の件数" in page and 'id="chart-center-lookups"' in page
