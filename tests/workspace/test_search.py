"""Finding cases again: by number, dates, status (closed too), topic, assignee; newest first; pages
beyond 100; always within the user's sight. And a resident who writes after closure is linked."""

from __future__ import annotations

from datetime import timedelta

from cases import service as cases
from cases.models import Case
from core.db import transaction
from tests.workspace.conftest import ago, at, make_case, make_staff
from workspace.cases import flows
from workspace.staff.models import StaffUser


def search(factory, user, **fields):
    with factory() as session:
        rows, total = cases.queue(session, session.get(StaffUser, user.id), cases.QueueFilter(**fields))
        return [c.number for c in rows], total


def test_a_closed_case_is_found_by_its_number_or_serial_but_only_by_those_who_may_see_it(factory):
    own = make_staff(factory, "own")
    other = make_staff(factory, "other", destination_id="chuo")
    case = make_case(factory, "benten", status="closed")
    assert search(factory, own) == ([], 0)  # the default queue is open cases
    assert search(factory, own, number=case.number) == ([case.number], 1)
    assert search(factory, own, number=str(case.id)) == ([case.number], 1)
    assert search(factory, other, number=case.number) == ([], 0)


def test_dates_status_topic_and_assignee_narrow_the_list(factory):
    user = make_staff(factory, "tanaka")
    colleague = make_staff(factory, "suzuki")
    old = make_case(factory, created_at=at("2026-04-01 10:00"), status="closed", topics=["consumer_fraud"])
    mine = make_case(factory, created_at=at("2026-05-10 23:30"), assigned_to_id=user.id, status="accepted")
    theirs = make_case(factory, created_at=at("2026-05-11 00:10"), assigned_to_id=colleague.id, status="accepted")
    nobody = make_case(factory, created_at=at("2026-05-12 09:00"))
    may = dict(created_from=at("2026-05-10 00:00"), created_before=at("2026-05-11 00:00"), statuses=())
    assert search(factory, user, **may)[0] == [mine.number]  # days are Japan time
    assert search(factory, user, statuses=("closed",))[0] == [old.number]
    assert search(factory, user, statuses=(), topic="consumer_fraud")[0] == [old.number]
    assert search(factory, user, assignee_id=user.id)[0] == [mine.number]
    assert search(factory, user, assignee_id=0)[0] == [nobody.number]
    assert search(factory, user, statuses=(), sort="newest")[0] == [
        nobody.number,
        theirs.number,
        mine.number,
        old.number,
    ]


def test_pages_reach_past_the_first_hundred(factory):
    user = make_staff(factory, "many")
    for n in range(105):
        make_case(factory, created_at=ago(minutes=n), user_suffix=n)
    first, total = search(factory, user, sort="newest")
    second, _ = search(factory, user, sort="newest", page=2)
    assert total == 105 and len(first) == 100 and len(second) == 5 and not set(first) & set(second)


def test_a_resident_writing_after_closure_is_linked_to_the_earlier_case(factory):
    earlier = make_case(factory, "benten", status="closed", closed_at=ago(days=3), user_suffix=7)
    make_case(factory, "benten", status="closed", closed_at=ago(days=30), user_suffix=7, created_at=ago(days=40))
    later = make_case(factory, "benten", user_suffix=7)
    stranger = make_case(factory, "benten", user_suffix=8)
    with transaction(factory) as session:
        flows.case_opened(session, session.get(Case, later.id), base_url="http://workspace.test")
        flows.case_opened(session, session.get(Case, stranger.id), base_url="http://workspace.test")
    user = make_staff(factory, "reader")
    with factory() as session:
        reader = session.get(StaffUser, user.id)
        assert session.get(Case, later.id).previous_case_id == earlier.id
        assert session.get(Case, stranger.id).previous_case_id is None
        found_earlier, found_later = cases.linked_cases(session, reader, session.get(Case, later.id))
        assert found_earlier.id == earlier.id and found_later == []
        assert [c.id for c in cases.linked_cases(session, reader, session.get(Case, earlier.id))[1]] == [later.id]
    with transaction(factory) as session:
        cases.reopen(session, session.get(Case, earlier.id), session.get(StaffUser, user.id))
    with factory() as session:
        assert session.get(Case, earlier.id).status == "accepted"


def test_a_restricted_earlier_case_stays_hidden_from_staff_without_access(factory):
    earlier = make_case(
        factory, "benten", status="closed", closed_at=ago(days=1), restricted=True, topics=["abuse"], user_suffix=9
    )
    later = make_case(factory, "benten", user_suffix=9)
    with transaction(factory) as session:
        flows.case_opened(session, session.get(Case, later.id), base_url="http://workspace.test")
    plain = make_staff(factory, "plain")
    allowed = make_staff(factory, "allowed", restricted_access=True)
    with factory() as session:
        case = session.get(Case, later.id)
        assert cases.linked_cases(session, session.get(StaffUser, plain.id), case) == (None, [])
        assert cases.linked_cases(session, session.get(StaffUser, allowed.id), case)[0].id == earlier.id


def test_updates_report_new_and_changed_cases_but_not_ones_own_work(factory):
    user = make_staff(factory, "watcher")
    before = ago(seconds=1)
    quiet = make_case(factory, created_at=ago(days=2), user_suffix=1)
    with factory() as session:
        first = cases.queue_updates(session, session.get(StaffUser, user.id), None)
    assert first["items"] == [] and first["waiting"] == 1
    arrived = make_case(factory, urgency="urgent", user_suffix=2)
    with transaction(factory) as session:
        cases.add_note(session, session.get(Case, quiet.id), session.get(StaffUser, user.id), "自分のメモ")
    with factory() as session:
        update = cases.queue_updates(session, session.get(StaffUser, user.id), before)
    assert update["items"] == [
        {"id": arrived.id, "number": arrived.number, "urgency": "urgent", "kind": "new", "status": "new"}
    ]
    with transaction(factory) as session:
        cases.add_entry(session, session.get(Case, quiet.id), "resident_message", "追加です")
    with factory() as session:
        kinds = {
            i["id"]: i["kind"] for i in cases.queue_updates(session, session.get(StaffUser, user.id), before)["items"]
        }
    assert kinds == {arrived.id: "new", quiet.id: "updated"}
    other = make_staff(factory, "elsewhere", destination_id="chuo")
    with factory() as session:
        assert cases.queue_updates(session, session.get(StaffUser, other.id), before - timedelta(days=3))["items"] == []
