"""Real components for the knowledge tests: a temporary SQLite database and the seed's index."""

from __future__ import annotations

import pytest

from core.db import Base, make_engine, make_session_factory
from knowledge.evaluate import as_index_items
from knowledge.models import FaqEntry, FaqFeedback, FaqVersion
from knowledge.retrieval import FaqIndex
from knowledge.service import load_seed_items


@pytest.fixture
def session_factory(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.sqlite3'}")
    Base.metadata.create_all(engine, tables=[FaqEntry.__table__, FaqVersion.__table__, FaqFeedback.__table__])
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def seed_index() -> FaqIndex:
    return FaqIndex.build(as_index_items(load_seed_items()))


def entry_data(**overrides) -> dict:
    data = {
        "slug": "dementia-consult",
        "question": "物忘れが心配です。どこに相談すればいいですか？",
        "paraphrases": ["母の物忘れがひどい", "認知症の相談先"],
        "answer": "お住まいの地域のあんしんケアセンターにご相談ください。",
        "link": None,
        "topics": ["dementia"],
        "source": "厚生労働省「地域包括支援センターの概要」",
        "owner": "city",
        "review_by": "2027-09-30",
        "active": True,
    }
    data.update(overrides)
    return data
