"""`intake users`: staff accounts from the command line (the first admin, above all)."""

from __future__ import annotations

import sys

import click

from core.db import make_engine, make_session_factory, transaction
from core.settings import get_settings
from workspace.staff import service as staff
from workspace.staff.models import ROLES


@click.group("users")
def users_group() -> None:
    """Staff accounts."""


@users_group.command("create")
@click.option("--login", required=True, help="login id")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--destination", "destination_id", default=None, help="destination id (ward office for ward_oversight)")
@click.option("--name", "display_name", default=None, help="display name (default: the login)")
@click.option("--restricted-access", is_flag=True, help="center staff: may see restricted (abuse) cases")
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def create_user(
    login: str,
    role: str,
    destination_id: str | None,
    display_name: str | None,
    restricted_access: bool,
    password_stdin: bool,
) -> None:
    """Create a staff account (e.g. the first admin: --login admin --role admin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("パスワード", hide_input=True, confirmation_prompt=True)
    engine = make_engine(get_settings().database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            user = staff.create(
                session,
                login=login,
                password=password,
                role=role,
                display_name=display_name,
                destination_id=destination_id,
                restricted_access=restricted_access,
            )
            click.echo(f"created {user.login} ({user.role}, id {user.id})")
    except staff.AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        engine.dispose()


@users_group.command("list")
def list_users() -> None:
    """List staff accounts."""
    from sqlalchemy import select

    from workspace.staff.models import StaffUser

    engine = make_engine(get_settings().database_url)
    try:
        with make_session_factory(engine)() as session:
            for user in session.scalars(select(StaffUser).order_by(StaffUser.id)):
                state = "" if user.active else " (inactive)"
                click.echo(f"{user.id}\t{user.login}\t{user.role}\t{user.destination_id or '-'}{state}")
    finally:
        engine.dispose()


@users_group.command("deactivate")
@click.option("--login", required=True)
def deactivate_user(login: str) -> None:
    """Deactivate an account and end its sessions."""
    engine = make_engine(get_settings().database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            user = staff.get_by_login(session, login)
            if user is None:
                raise click.ClickException(f"no user {login}")
            user.active = False
            staff.end_all_sessions(session, user.id)
            click.echo(f"deactivated {login}")
    finally:
        engine.dispose()
