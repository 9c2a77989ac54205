"""Accounts, passwords, sessions and login throttling, against a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from core.db import transaction, utcnow
from core.settings import Settings
from tests.workspace.conftest import PASSWORD, make_staff
from workspace.staff import service as staff
from workspace.staff.models import LoginAttempt, StaffSession, StaffUser

SETTINGS = Settings(_env_file=None)


def login(factory, name: str, password: str, ip: str = "192.0.2.1", settings=SETTINGS) -> staff.LoginResult:
    with transaction(factory) as session:
        return staff.authenticate(session, name, password, ip=ip, settings=settings)


def test_password_is_stored_as_an_argon2_hash_never_in_clear(factory):
    user = make_staff(factory, "yamada")
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert login(factory, "yamada", PASSWORD).user.id == user.id
    assert login(factory, "yamada", "wrong password").user is None


def test_unknown_login_and_inactive_account_are_refused(factory):
    make_staff(factory, "gone")
    with transaction(factory) as session:
        staff.get_by_login(session, "gone").active = False
    assert login(factory, "gone", PASSWORD).user is None
    assert login(factory, "nobody", PASSWORD).user is None


def test_five_failures_lock_the_login_even_for_the_right_password(factory):
    make_staff(factory, "target")
    for _ in range(SETTINGS.login_max_failures_per_login):
        assert login(factory, "target", "guess guess guess").user is None
    result = login(factory, "target", PASSWORD)
    assert result.user is None and result.throttled


def test_lock_is_lifted_when_the_window_has_passed(factory):
    make_staff(factory, "patient")
    for _ in range(SETTINGS.login_max_failures_per_login):
        login(factory, "patient", "guess guess guess")
    with transaction(factory) as session:
        for attempt in session.scalars(select(LoginAttempt)):
            attempt.at = utcnow() - timedelta(minutes=SETTINGS.login_window_minutes + 1)
    assert login(factory, "patient", PASSWORD).user is not None


def test_an_address_guessing_many_logins_waits_growing_delays_not_a_lock(factory):
    settings = Settings(_env_file=None, login_ip_free_failures=4, login_ip_delay_seconds=2)
    make_staff(factory, "victim")
    for n in range(settings.login_ip_free_failures):
        login(factory, f"user{n}", "guess guess guess", ip="198.51.100.7", settings=settings)
    refused = login(factory, "victim", PASSWORD, ip="198.51.100.7", settings=settings)
    assert refused.throttled and refused.throttle.reason == "address"
    assert login(factory, "victim", PASSWORD, ip="198.51.100.8", settings=settings).user is not None
    # Once the delay after the last failure has passed, the next person behind that address gets in.
    age_attempts(factory, seconds=3)
    assert login(factory, "victim", PASSWORD, ip="198.51.100.7", settings=settings).user is not None


def test_the_address_delay_doubles_with_each_failure_up_to_the_maximum():
    settings = Settings(
        _env_file=None, login_ip_free_failures=10, login_ip_delay_seconds=2, login_ip_max_delay_seconds=300
    )
    assert [staff.address_delay(n, settings).total_seconds() for n in (9, 10, 11, 12, 20)] == [0, 2, 4, 8, 300]


def test_a_throttled_try_is_not_counted_and_does_not_extend_the_lock(factory):
    make_staff(factory, "busy")
    for _ in range(SETTINGS.login_max_failures_per_login):
        login(factory, "busy", "guess guess guess")
    first = login(factory, "busy", PASSWORD)
    for _ in range(10):
        again = login(factory, "busy", "guess guess guess")
    assert first.throttled and again.throttled and again.throttle.until == first.throttle.until
    with factory() as session:
        assert session.query(LoginAttempt).count() == SETTINGS.login_max_failures_per_login


def test_a_stranger_cannot_lock_an_account_out_of_the_address_it_signs_in_from(factory):
    make_staff(factory, "owner")
    office, stranger = "203.0.113.10", "198.51.100.99"
    assert login(factory, "owner", PASSWORD, ip=office).user is not None
    for _ in range(SETTINGS.login_max_failures_per_login + 3):
        login(factory, "owner", "guess guess guess", ip=stranger)
    assert login(factory, "owner", PASSWORD, ip=stranger).throttle.reason == "account"
    assert login(factory, "owner", PASSWORD, ip="192.0.2.200").throttled  # a new address is locked too
    assert login(factory, "owner", PASSWORD, ip=office).user is not None


def test_guessing_from_the_accounts_own_address_is_still_locked(factory):
    make_staff(factory, "shared")
    office = "203.0.113.20"
    assert login(factory, "shared", PASSWORD, ip=office).user is not None
    for _ in range(SETTINGS.login_max_failures_per_login):
        login(factory, "shared", "guess guess guess", ip=office)
    assert login(factory, "shared", PASSWORD, ip=office).throttle.reason == "account"


def test_an_admin_sees_the_locks_and_lifting_one_lets_the_person_in(factory):
    settings = Settings(_env_file=None, login_ip_free_failures=50)
    make_staff(factory, "locked")
    for _ in range(settings.login_max_failures_per_login):
        login(factory, "locked", "guess guess guess", settings=settings)
    with factory() as session:
        locks = staff.current_locks(session, settings)
    assert [(lock.kind, lock.key, lock.failures) for lock in locks] == [("account", "locked", 5)]
    assert login(factory, "locked", PASSWORD, settings=settings).throttled
    with transaction(factory) as session:
        assert staff.lift_lock(session, "account", "locked") == 5
    with factory() as session:
        assert staff.current_locks(session, settings) == []
    assert login(factory, "locked", PASSWORD, settings=settings).user is not None


def age_attempts(factory, **delta):
    with transaction(factory) as session:
        for attempt in session.scalars(select(LoginAttempt)):
            attempt.at = attempt.at - timedelta(**delta)


def test_a_background_poll_does_not_keep_the_session_alive(factory):
    user = make_staff(factory, "watcher")
    with transaction(factory) as session:
        token, row = staff.start_session(session, session.get(StaffUser, user.id))
        row.last_seen_at = seen = utcnow() - timedelta(minutes=30)
    with transaction(factory) as session:
        assert staff.resume_session(session, token, SETTINGS, touch=False) is not None
    with factory() as session:
        assert session.get(StaffSession, row.id).last_seen_at == seen
    with transaction(factory) as session:
        session.get(StaffSession, row.id).last_seen_at = utcnow() - timedelta(
            minutes=SETTINGS.staff_session_idle_minutes + 1
        )
    with transaction(factory) as session:
        assert staff.resume_session(session, token, SETTINGS, touch=False) is None


def test_session_resumes_until_logout(factory):
    user = make_staff(factory, "suzuki")
    with transaction(factory) as session:
        token, row = staff.start_session(session, session.get(StaffUser, user.id))
    with transaction(factory) as session:
        found = staff.resume_session(session, token, SETTINGS)
        assert found is not None and found[1].id == user.id
        staff.end_session(session, found[0])
    with transaction(factory) as session:
        assert staff.resume_session(session, token, SETTINGS) is None


def test_session_ends_when_idle_and_when_too_old(factory):
    user = make_staff(factory, "sato")
    with transaction(factory) as session:
        idle_token, idle = staff.start_session(session, session.get(StaffUser, user.id))
        old_token, old = staff.start_session(session, session.get(StaffUser, user.id))
        idle.last_seen_at = utcnow() - timedelta(minutes=SETTINGS.staff_session_idle_minutes + 1)
        old.created_at = utcnow() - timedelta(hours=SETTINGS.staff_session_max_hours, minutes=1)
    with transaction(factory) as session:
        assert staff.resume_session(session, idle_token, SETTINGS) is None
        assert staff.resume_session(session, old_token, SETTINGS) is None
    with factory() as session:
        assert all(row.ended_at is not None for row in session.scalars(select(StaffSession)))


def test_only_a_digest_of_the_session_token_is_stored(factory):
    user = make_staff(factory, "ito")
    with transaction(factory) as session:
        token, row = staff.start_session(session, session.get(StaffUser, user.id))
    assert row.token_hash != token and len(row.token_hash) == 64


def test_password_change_needs_the_current_password_and_ends_other_sessions(factory):
    user = make_staff(factory, "kato")
    with transaction(factory) as session:
        here_token, here = staff.start_session(session, session.get(StaffUser, user.id))
        there_token, _ = staff.start_session(session, session.get(StaffUser, user.id))
    with transaction(factory) as session:
        with pytest.raises(staff.AccountError):
            staff.change_password(session, session.get(StaffUser, user.id), "not the password", "a brand new secret")
    with transaction(factory) as session:
        staff.change_password(
            session, session.get(StaffUser, user.id), PASSWORD, "a brand new secret", keep_session_id=here.id
        )
    with transaction(factory) as session:
        assert staff.resume_session(session, here_token, SETTINGS) is not None
        assert staff.resume_session(session, there_token, SETTINGS) is None
    assert login(factory, "kato", "a brand new secret").user is not None


@pytest.mark.parametrize("password", ["short", "kobayashi"])
def test_weak_passwords_are_refused(factory, password):
    with transaction(factory) as session, pytest.raises(staff.AccountError):
        staff.create(session, login="kobayashi", password=password, role="admin")


@pytest.mark.parametrize(
    "role, destination",
    [("center_staff", "ward_chuo"), ("center_staff", None), ("ward_oversight", "benten"), ("center_staff", "nowhere")],
)
def test_destination_must_fit_the_role(factory, role, destination):
    with transaction(factory) as session, pytest.raises(staff.AccountError):
        staff.create(session, login="someone", password=PASSWORD, role=role, destination_id=destination)


def test_restricted_access_is_only_for_center_staff(factory):
    ward = make_staff(factory, "ward", role="ward_oversight", destination_id="ward_chuo", restricted_access=True)
    assert ward.restricted_access is False
