"""The Alembic migrations build exactly the tables, columns and indexes the models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.models_registry import import_all_models
from core.db import Base, make_engine


def test_the_migrated_schema_matches_the_models(database_url):
    import_all_models()
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
