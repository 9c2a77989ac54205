"""A command module for tests/core/test_lazy_commands.py, imported only when its command runs."""

import click


@click.command()
def hello() -> None:
    click.echo("hello")
