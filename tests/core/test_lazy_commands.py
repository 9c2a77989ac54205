"""Sub-commands named by "module:attribute" are imported only when needed (run, or shown in help)."""

from __future__ import annotations

import sys

import click
from click.testing import CliRunner

from core.lazy_commands import LazyGroup


@click.group(cls=LazyGroup, lazy_commands={"hello": "tests.core.lazy_target:hello"})
def group() -> None:
    """A group for the test."""


def test_naming_the_commands_imports_none_of_them():
    sys.modules.pop("tests.core.lazy_target", None)
    assert group.list_commands(click.Context(group)) == ["hello"]
    assert "tests.core.lazy_target" not in sys.modules


def test_help_shows_each_command_with_its_summary():
    result = CliRunner().invoke(group, ["--help"])
    assert result.exit_code == 0 and "hello" in result.output


def test_a_command_is_imported_and_run_when_called():
    result = CliRunner().invoke(group, ["hello"])
    assert result.exit_code == 0 and result.output == "hello\n"


def test_an_unknown_command_is_a_usage_error():
    assert CliRunner().invoke(group, ["nope"]).exit_code == 2
