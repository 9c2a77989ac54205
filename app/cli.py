"""The `intake` command: one entry point; each domain owns its sub-commands (loaded on use)."""

from __future__ import annotations

import click

from core.lazy_commands import LazyGroup

# name -> "module:attribute" of a click command or group, imported only when used.
COMMANDS = {
    "serve": "app.commands:serve",
    "worker": "app.commands:worker",
    "db": "app.commands:db",
    "seed": "app.commands:seed",
    "release": "app.commands:release",
    "routing": "routing.cli:routing_group",
    "route": "routing.cli:route_command",
    "triage": "nlp.cli:triage_command",
    "nlp": "nlp.cli:nlp_group",
    "eval": "app.commands:eval_group",
    "kb": "knowledge.cli:kb_group",
    "line": "bot.richmenu.cli:line_group",
    "users": "workspace.staff.cli:users_group",
    "retention": "workspace.privacy.cli:retention_group",
}


class IntakeGroup(LazyGroup):
    def invoke(self, ctx):
        from core.settings import ConfigurationError

        try:
            return super().invoke(ctx)
        except ConfigurationError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=IntakeGroup, lazy_commands=COMMANDS)
def main() -> None:
    """anshin-intake: LINE intake assistant for Chiba City's あんしんケアセンター."""


if __name__ == "__main__":  # python -m app.cli …, as the guides write it
    main()
