"""The layers written in pyproject.toml ([tool.importlinter]) hold, and `lint-imports` catches a wrong import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def root_packages() -> list[str]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]["root_packages"]


def lint_imports(where: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(where)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=where, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def copy_of_the_code(tmp_path: Path) -> Path:
    """The project's Python files and pyproject.toml, where a test may plant an import."""
    for package in root_packages():
        shutil.copytree(
            ROOT / package,
            tmp_path / package,
            ignore=lambda folder, names: [
                n for n in names if not n.endswith(".py") and not (Path(folder) / n).is_dir()
            ],
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def plant(path: Path, line: str) -> None:
    path.write_text(path.read_text() + f"\n\ndef planted():\n    {line}\n")


def test_the_packages_keep_to_their_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    "module, line, broken",
    [
        ("core/db.py", "from workspace.cases import views", "workspace.cases.views"),  # core imports a layer above it
        ("cases/service.py", "from bot import outbox", "bot.outbox"),  # the case domain reaches into the LINE edge
        (
            "bot/conversation/handoff.py",
            "from workspace.cases import flows",
            "workspace.cases.flows",
        ),  # the edge into the workspace
        ("routing/service.py", "import nlp.triage", "nlp.triage"),  # a lower domain imports a higher one
    ],
)
def test_an_import_against_the_layers_breaks_the_contract(copy_of_the_code, module, line, broken):
    assert lint_imports(copy_of_the_code).returncode == 0
    plant(copy_of_the_code / module, line)
    result = lint_imports(copy_of_the_code)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout and broken in result.stdout
