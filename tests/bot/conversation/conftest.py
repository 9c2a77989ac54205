"""The conversation engine over a real, seeded database of each backend, with an injected clock."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.bot.conversation.chat import Chat, Clock


@pytest.fixture(scope="session")
def conversation_deps(database_url):
    from app.runtime import conversation_deps as build
    from core.db import make_engine, make_read_session_factory
    from tests.conftest import make_settings

    engine = make_engine(database_url)
    settings = make_settings(
        database_url, SimpleNamespace(url="http://127.0.0.1:9"), public_base_url="http://workspace.test"
    )
    yield build(settings, make_read_session_factory(engine))
    engine.dispose()


@pytest.fixture(scope="session")
def conversation(conversation_deps):
    from bot.conversation.engine import Conversation

    return Conversation(conversation_deps)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def chat(conversation, session_factory, clock) -> Chat:
    return Chat(conversation, session_factory, clock)


@pytest.fixture
def new_chat(conversation, session_factory):
    """More residents in one test, each with their own clock."""
    return lambda clock=None: Chat(conversation, session_factory, clock or Clock())
