"""Shared fixtures for the routing tests: one router from the project's seed CSVs."""

from __future__ import annotations

import pytest

from routing import Router
from routing.seed import TownRecord, read_towns


@pytest.fixture(scope="session")
def router() -> Router:
    return Router.from_csv()


@pytest.fixture(scope="session")
def towns() -> list[TownRecord]:
    return read_towns()
