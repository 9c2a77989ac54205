"""The strictly typed scope ([tool.mypy] files in pyproject.toml) passes `mypy --strict`."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[2]


def test_the_typed_scope_passes_mypy_strict(monkeypatch):
    monkeypatch.chdir(ROOT)  # mypy reads [tool.mypy] (strict, files) from ./pyproject.toml
    report, errors, status = api.run(["--config-file", str(ROOT / "pyproject.toml")])
    assert status == 0, report + errors
