"""Shared, real components for the nlp tests: the committed topic model and the CSV router."""

from __future__ import annotations

import pytest

from nlp.cli import default_router
from nlp.safety import SafetyModel
from nlp.topics import TopicModel
from nlp.triage import Triager


@pytest.fixture(scope="session")
def router():
    return default_router()


@pytest.fixture(scope="session")
def topic_model() -> TopicModel:
    return TopicModel.load()


@pytest.fixture(scope="session")
def triager(topic_model, router) -> Triager:
    return Triager(topic_model, router)


@pytest.fixture(scope="session")
def safety_model() -> SafetyModel:
    return SafetyModel.load()


@pytest.fixture(scope="session")
def safe_triager(topic_model, router, safety_model) -> Triager:
    """The Triager as the product runs it: the readable rules and the learned safety detector."""
    return Triager(topic_model, router, safety_model)
