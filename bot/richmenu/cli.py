"""`intake line …`: the LINE channel's own setup (today: the rich menu)."""

from __future__ import annotations

from pathlib import Path

import click

from core.settings import get_settings


@click.group("line")
def line_group() -> None:
    """The LINE channel's setup."""


@line_group.group("richmenu")
def richmenu_group() -> None:
    """The rich menu under the chat."""


@richmenu_group.command("apply")
def apply_command() -> None:
    """Create the menu, upload its image, make it the default, delete the older ones (idempotent)."""
    from bot.richmenu.apply import apply_rich_menu

    settings = get_settings()
    result = apply_rich_menu(
        settings.effective_line_api_base_url,
        settings.effective_line_api_data_base_url,
        settings.effective_access_token,
        timeout=settings.line_api_timeout_seconds * 2,
    )
    state = "created" if result.created else "unchanged"
    click.echo(
        f"rich menu {result.rich_menu_id} ({result.name}): {state}"
        f"{', made default' if result.made_default else ''}; deleted {len(result.deleted)} older"
    )


@richmenu_group.command("render")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def render_command(path: Path) -> None:
    """Write the menu's image (PNG) to PATH, e.g. docs/richmenu.png."""
    from bot.richmenu.render import render_png

    data = render_png()
    path.write_bytes(data)
    click.echo(f"{path}: {len(data)} bytes")
