"""Import every domain's models so the metadata (and Alembic) sees all tables."""


def import_all_models() -> None:
    import bot.models  # noqa: F401
    import cases.models  # noqa: F401
    import knowledge.models  # noqa: F401
    import routing.models  # noqa: F401
    import workspace.models  # noqa: F401
