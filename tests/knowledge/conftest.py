"""Real components for the knowledge tests: a temporary SQLite database and the seed's index."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.db import Base, make_engine, make_session_factory
from knowledge.evaluate import as_index_items
from knowledge.index import FaqIndex
from knowledge.models import FaqEntry, FaqFeedback, FaqVersion
from knowledge.service import load_seed_items, local_today


@pytest.fixture
def session_factory(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.sqlite3'}")
    Base.metadata.create_all(engine, tables=[FaqEntry.__table__, FaqVersion.__table__, FaqFeedback.__table__])
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def seed_index() -> FaqIndex:
    return FaqIndex.build(as_index_items(load_seed_items()))


def review_date(days: int = 180) -> str:
    """A review date the lint accepts on the day the tests run (within the coming year)."""
    return (local_today() + timedelta(days=days)).isoformat()


def entry_data(**overrides) -> dict:
    data = {
        "slug": "dementia-consult",
        "question": "物忘れが心配です。どこに相談すればいいですか？",
        "paraphrases": ["母の物忘れがひどい", "認知症の相談先"],
        "answer": "お住まいの地域のあんしんケアセンターにご相談ください。",
        "link": None,
        "topics": ["dementia"],
        "source": "令和5年度千葉市あんしんケアセンター運営方針 Ⅲ3(1)；厚生労働省「地域包括支援センターの概要」",
        "owner": "地域包括ケア推進課",
        "review_by": review_date(),
        "active": True,
    }
    data.update(overrides)
    return data
