"""`intake users create` makes the first admin from the command line."""

from __future__ import annotations

from click.testing import CliRunner

from core.settings import get_settings
from tests.workspace.conftest import PASSWORD
from workspace.staff import service as staff
from workspace.staff.cli import users_group


def invoke(factory, monkeypatch, args: list[str], stdin: str = ""):
    url = factory.kw["bind"].url.render_as_string(hide_password=False)
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(users_group, args, input=stdin)
    finally:
        get_settings.cache_clear()


def test_first_admin_is_created_with_a_password_from_stdin(factory, monkeypatch):
    result = invoke(
        factory, monkeypatch, ["create", "--login", "admin", "--role", "admin", "--password-stdin"], PASSWORD + "\n"
    )
    assert result.exit_code == 0, result.output
    with factory() as session:
        user = staff.get_by_login(session, "admin")
        assert user.role == "admin" and staff.password_matches(user.password_hash, PASSWORD)


def test_center_staff_need_a_real_destination(factory, monkeypatch):
    result = invoke(
        factory,
        monkeypatch,
        ["create", "--login", "x", "--role", "center_staff", "--destination", "nowhere", "--password-stdin"],
        PASSWORD + "\n",
    )
    assert result.exit_code != 0 and "nowhere" in result.output


def test_deactivating_ends_the_account(factory, monkeypatch):
    invoke(
        factory,
        monkeypatch,
        ["create", "--login", "leaver", "--role", "center_staff", "--destination", "benten", "--password-stdin"],
        PASSWORD + "\n",
    )
    assert invoke(factory, monkeypatch, ["deactivate", "--login", "leaver"]).exit_code == 0
    with factory() as session:
        assert staff.get_by_login(session, "leaver").active is False
