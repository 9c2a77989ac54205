from __future__ import annotations

import pytest

from core.db import transaction
from knowledge import service
from tests.knowledge.conftest import entry_data, review_date


def _fill(session_factory):
    with transaction(session_factory) as session:
        service.seed(session)
        # Awkward content on purpose: commas, quotes, line breaks, an empty list, an inactive entry.
        service.create(
            session,
            entry_data(
                slug="awkward",
                question='「カンマ, と "引用符"」を含む質問',
                paraphrases=[],
                answer="一行目。\n二行目, カンマ\n「三行目」",
                link="https://www.city.chiba.jp/",
                active=False,
            ),
            actor="staff",
        )


@pytest.mark.parametrize("fmt", ["csv", "yaml"])
def test_export_import_export_is_byte_identical(session_factory, tmp_path, fmt):
    from core.db import Base, make_engine, make_session_factory

    export = service.export_csv if fmt == "csv" else service.export_yaml
    importer = service.import_csv if fmt == "csv" else service.import_yaml
    _fill(session_factory)
    with session_factory() as session:
        first = export(session)

    engine = make_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    Base.metadata.create_all(engine, tables=[t for t in Base.metadata.sorted_tables if t.name.startswith("faq_")])
    other = make_session_factory(engine)
    with transaction(other) as session:
        report = importer(session, first, actor="import")
    with other() as session:
        second = export(session)
    engine.dispose()

    assert len(report.created) == len(service.load_seed_items()) + 1
    assert second == first


@pytest.mark.parametrize("fmt", ["csv", "yaml"])
def test_importing_an_unchanged_export_changes_nothing(session_factory, fmt):
    export = service.export_csv if fmt == "csv" else service.export_yaml
    importer = service.import_csv if fmt == "csv" else service.import_yaml
    _fill(session_factory)
    with session_factory() as session:
        text = export(session)
        before = service.knowledge_version(session)
    with transaction(session_factory) as session:
        report = importer(session, text, actor="import")
        assert report.created == report.updated == []
        assert service.knowledge_version(session) == before


def test_csv_import_updates_by_slug_and_records_the_importer(session_factory):
    _fill(session_factory)
    with session_factory() as session:
        text = service.export_csv(session)
    text = text.replace(
        "あんしんケアセンターは、千葉市の「地域包括支援センター」です。",
        "あんしんケアセンターは、千葉市の地域包括支援センターです。",
    )
    with transaction(session_factory) as session:
        report = service.import_csv(session, text, actor="staff:excel")
        entry = service.get_by_slug(session, "center-about")
        assert report.updated == ["center-about"]
        assert entry.version == 2 and entry.updated_by == "staff:excel"


def test_import_with_one_bad_row_writes_nothing(session_factory):
    text = (
        "entries:\n"
        "- {slug: good-one, question: 良い質問, answer: 良い答え, topics: [dementia], source: 資料, owner: city}\n"
        "- {slug: bad-one, question: 悪い質問, answer: 答え, topics: [unknown], source: 資料, owner: city}\n"
    )
    with transaction(session_factory) as session:
        with pytest.raises(service.InvalidImport) as failure:
            service.import_yaml(session, text, actor="import")
        assert service.list_entries(session, include_inactive=True) == []
    assert any("bad-one" in error for error in failure.value.errors)


def test_csv_import_accepts_an_excel_bom_and_loose_lists(session_factory):
    text = (
        "\ufeffslug,question,paraphrases,answer,link,topics,source,owner,review_by,active\n"
        f'from-excel,質問,"言い方1\n言い方2",答え,,"dementia; caregiver_support",運営方針 Ⅲ3,地域包括ケア推進課,'
        f"{review_date()},はい\n"
    )
    with transaction(session_factory) as session:
        service.import_csv(session, text, actor="import")
        entry = service.get_by_slug(session, "from-excel")
        assert entry.paraphrases == ["言い方1", "言い方2"]
        assert entry.topics == ["dementia", "caregiver_support"]
        assert entry.active is True
