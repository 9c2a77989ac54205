"""The one visibility rule: who sees which case."""

from __future__ import annotations

from sqlalchemy import select

from cases import service as cases
from cases.models import Case
from cases.visibility import may_act, visible_cases
from tests.workspace.conftest import make_case, make_staff


def visible_ids(factory, user) -> set[int]:
    with factory() as session:
        return set(session.scalars(select(Case.id).where(visible_cases(user))))


def world(factory):
    return {
        "benten": make_case(factory, "benten"),
        "benten_abuse": make_case(
            factory, "benten", topics=["abuse"], restricted=True, oversight_destination_id="ward_chuo"
        ),
        "chuo": make_case(factory, "chuo"),
        "konakadai": make_case(factory, "konakadai"),
        # A 稲毛区 abuse case that the router sent to まるごと: the ward still oversees it.
        "marugoto_inage": make_case(factory, "marugoto", restricted=True, oversight_destination_id="ward_inage"),
    }


def test_center_staff_see_only_their_destination_and_no_restricted_case(factory):
    cases_ = world(factory)
    user = make_staff(factory, "benten1")
    assert visible_ids(factory, user) == {cases_["benten"].id}


def test_center_staff_with_restricted_access_also_see_their_abuse_cases(factory):
    cases_ = world(factory)
    user = make_staff(factory, "benten2", restricted_access=True)
    assert visible_ids(factory, user) == {cases_["benten"].id, cases_["benten_abuse"].id}


def test_ward_oversight_see_every_case_of_their_wards_centers_and_their_oversight_cases(factory):
    cases_ = world(factory)
    chuo_ward = make_staff(factory, "ward-c", role="ward_oversight", destination_id="ward_chuo")
    inage_ward = make_staff(factory, "ward-i", role="ward_oversight", destination_id="ward_inage")
    assert visible_ids(factory, chuo_ward) == {cases_["benten"].id, cases_["benten_abuse"].id, cases_["chuo"].id}
    assert visible_ids(factory, inage_ward) == {cases_["konakadai"].id, cases_["marugoto_inage"].id}


def test_admin_sees_everything(factory):
    cases_ = world(factory)
    admin = make_staff(factory, "root", role="admin", destination_id=None)
    assert visible_ids(factory, admin) == {c.id for c in cases_.values()}


def test_inactive_staff_see_nothing(factory):
    world(factory)
    user = make_staff(factory, "left")
    user.active = False
    assert visible_ids(factory, user) == set()


def test_a_foreign_case_is_not_found_by_id(factory):
    cases_ = world(factory)
    user = make_staff(factory, "chuo1", destination_id="chuo")
    with factory() as session:
        assert cases.get_visible(session, user, cases_["benten"].id) is None
        assert cases.get_visible(session, user, cases_["chuo"].id).id == cases_["chuo"].id


def test_oversight_reads_but_only_the_destinations_staff_and_admins_work_a_case(factory):
    cases_ = world(factory)
    ward = make_staff(factory, "ward-c", role="ward_oversight", destination_id="ward_chuo")
    own = make_staff(factory, "benten1")
    admin = make_staff(factory, "root", role="admin", destination_id=None)
    case = cases_["benten"]
    assert not may_act(ward, case)
    assert may_act(own, case) and may_act(admin, case)
