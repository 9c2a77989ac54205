"""ruff's lint rules and formatter ([tool.ruff] in pyproject.toml) hold on the whole repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUFF = Path(sys.executable).with_name("ruff")


def ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(RUFF), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_repository_passes_ruff_lint():
    result = ruff("check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_repository_is_formatted_as_ruff_formats_it():
    result = ruff("format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint_catches_an_unused_import_under_the_projects_rules(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "planted.py").write_text("import os\n", encoding="utf-8")
    result = ruff("check", "--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 1 and "F401" in result.stdout, result.stdout
