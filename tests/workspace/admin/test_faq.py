"""The FAQ console against the real app: an edit reaches the bot's chat, exports round-trip, previews tell the truth."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.conversation import copy as bot_copy
from bot.conversation.faq_answer import bubbles_of
from core.db import transaction
from knowledge import service as knowledge
from knowledge.models import FaqEntry
from knowledge.service import local_today
from tests.browser import ARTIFACTS, needs_chromium
from tests.support import LineUserSim
from tests.workspace.admin.conftest import log_in, new_account
from workspace.audit.models import AuditLog

QUESTION = "介護保険の申請のしかたを教えてください"
POLICY = "令和5年度千葉市あんしんケアセンター運営方針 Ⅳ2"
REVIEW_BY = (local_today() + timedelta(days=180)).isoformat()
NEW_ANSWER = "要介護認定の申請は、お住まいの区の保健福祉センターで受け付けています。あんしんケアセンターが代わりに申請することもできます。"


def entry_that_answered(session_factory, texts: list[str]) -> FaqEntry:
    with session_factory() as session:
        for entry in knowledge.list_entries(session):
            if bubbles_of(entry.answer)[0] in texts:
                return entry
    raise AssertionError(f"no FAQ entry answered: {texts}")


@pytest.fixture
def restore_entries(session_factory):
    """Entries the test edits on the shared database go back to their version before the test."""
    saved: dict[int, int] = {}
    yield lambda entry: saved.setdefault(entry.id, entry.version)
    with transaction(session_factory) as session:
        for entry_id, version in saved.items():
            if knowledge.get(session, entry_id).version != version:
                knowledge.revert(session, entry_id, version, actor="test-teardown")


@needs_chromium
def test_an_faq_edited_in_the_browser_is_what_the_bot_answers_next(
    browser, app_server, fake_line, resident, session_factory, restore_entries
):
    from playwright.sync_api import expect

    resident.say(QUESTION)
    entry = entry_that_answered(session_factory, resident.texts())
    assert NEW_ANSWER not in resident.texts()
    restore_entries(entry)

    page = log_in(browser, app_server.url, new_account(session_factory, "admin"), "/admin/faq?q=要介護認定")
    page.get_by_role("link", name=entry.question).click()
    page.wait_for_url(f"**/admin/faq/{entry.id}")
    page.locator("#faq-answer").fill(NEW_ANSWER)
    page.locator("#faq-preview-message").fill(QUESTION)
    page.get_by_role("button", name="この内容で試す (P)").click()
    # The try-out answers from the unsaved form: the bot's reply there is already the new answer.
    expect(page.locator("#preview-reply")).to_contain_text(NEW_ANSWER)
    expect(page.locator("#preview-title")).to_contain_text("まだ保存していません")
    expect(page.locator("#preview-match")).to_contain_text(entry.slug)
    page.screenshot(path=str(ARTIFACTS / "admin-faq-preview.png"), full_page=True)
    page.get_by_role("button", name="保存する (S)").click()
    page.wait_for_url("**done=saved**")

    another = LineUserSim(app_server.url, fake_line)
    assert NEW_ANSWER in [m.get("text") for m in another.say(QUESTION)]

    page.get_by_role("link", name="変更の履歴 (H)").click()
    expect(page.locator("section.version ins").first).to_be_visible()
    assert "保健福祉センターで受け付けています" in page.locator("section.version").first.inner_text()
    page.context.close()
    with session_factory() as session:
        row = session.scalars(
            select(AuditLog).where(AuditLog.action == "faq.update").order_by(AuditLog.id.desc()).limit(1)
        ).one()
    assert row.detail["entry_id"] == entry.id and row.detail["fields"] == ["answer"]


def test_export_then_import_through_the_console_changes_nothing(admin, session_factory):
    for fmt, name in (("csv", "faq.csv"), ("yaml", "faq.yaml")):
        exported = admin.get(f"/admin/faq/export.{fmt}")
        assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
        with session_factory() as session:
            assert exported.text == (knowledge.export_csv(session) if fmt == "csv" else knowledge.export_yaml(session))
            total = len(knowledge.list_entries(session, include_inactive=True))
        response = admin.post("/admin/faq/import", files={"file": (name, exported.content)})
        assert response.status_code == 200, response.text
        assert f"変更なし {total} 件" in response.text and "追加 0 件" in response.text and "更新 0 件" in response.text


def test_faq_csv_writes_formulas_as_text_for_excel_and_reads_them_back_exactly(admin, session_factory):
    slug = f"formula-{uuid.uuid4().hex[:6]}"
    awkward = {
        "question": "=1+1 と表示されます",
        "paraphrases": ["+81 からの電話", "'= で始まる言い方"],
        "answer": "-で始まる回答です。",
        "source": "@資料",
        "owner": "'city",
    }
    with transaction(session_factory) as session:
        knowledge.create(session, {"slug": slug, "topics": ["other"], "active": False, **awkward}, actor="staff")
    first = admin.get("/admin/faq/export.csv").content
    [row] = [r for r in csv.DictReader(io.StringIO(first.decode())) if r["slug"] == slug]
    assert row["question"] == "'=1+1 と表示されます" and row["answer"] == "'-で始まる回答です。"
    assert row["paraphrases"] == "'+81 からの電話\n'= で始まる言い方" and row["source"] == "'@資料"
    assert row["owner"] == "''city"  # an apostrophe of its own is kept by escaping it too

    response = admin.post("/admin/faq/import", files={"file": ("faq.csv", first)})
    assert response.status_code == 200 and "追加 0 件" in response.text and "更新 0 件" in response.text
    assert admin.get("/admin/faq/export.csv").content == first
    with session_factory() as session:
        entry = knowledge.get_by_slug(session, slug)
        assert {name: getattr(entry, name) for name in awkward} == awkward


def test_a_csv_cell_typed_in_excel_with_an_apostrophe_imports_as_the_text_it_shows(admin, session_factory):
    slug = f"excel-{uuid.uuid4().hex[:6]}"
    typed = (
        f"slug,question,paraphrases,answer,link,topics,source,owner,review_by,active\n"
        f"{slug},'=A1 のような質問,,'@で始まる回答です。,,other,'{POLICY},地域包括ケア推進課,{REVIEW_BY},false\n"
    )
    assert admin.post("/admin/faq/import", files={"file": ("faq.csv", typed.encode())}).status_code == 200
    with session_factory() as session:
        entry = knowledge.get_by_slug(session, slug)
        assert (entry.question, entry.answer, entry.source) == ("=A1 のような質問", "@で始まる回答です。", f"'{POLICY}")


def test_an_import_dry_run_reports_but_changes_nothing_and_a_bad_file_changes_nothing(admin, session_factory):
    with session_factory() as session:
        exported = knowledge.export_csv(session)
        before = knowledge.knowledge_version(session)
    slug = f"dry-run-{uuid.uuid4().hex[:6]}"
    row = f"{slug},テスト用の架空の質問です,,テスト用の架空の回答です。,,other,{POLICY},地域包括ケア推進課,{REVIEW_BY},false\n"
    dry = admin.post("/admin/faq/import", data={"dry_run": "true"}, files={"file": ("faq.csv", exported + row)})
    assert dry.status_code == 200 and "保存していません" in dry.text and f"追加 1 件：{slug}" in dry.text
    broken = exported + f"{slug}-2,質問,,{'長' * 400},,other,テスト,テスト,,true\n"
    refused = admin.post("/admin/faq/import", files={"file": ("faq.csv", broken.encode())})
    assert refused.status_code == 400 and "answer" in refused.text
    malformed = admin.post("/admin/faq/import", files={"file": ("faq.yaml", b"entries: [ {slug: : ")})
    assert malformed.status_code == 400 and "ファイルを読み取れませんでした" in malformed.text
    with session_factory() as session:
        assert knowledge.get_by_slug(session, slug) is None
        assert knowledge.knowledge_version(session) == before


def test_the_preview_shows_the_triage_the_match_and_the_reply(admin):
    page = admin.get("/admin/faq/preview", params={"message": QUESTION})
    assert page.status_code == 200
    assert "介護保険・介護サービス" in page.text  # the triage's topic
    assert "スコア" in page.text and "しきい値" in page.text
    assert (
        bot_copy.OFFER_HANDOFF["center"] in page.text and bot_copy.NO_NEED in page.text
    )  # the bot's own next question
    emergency = admin.get("/admin/faq/preview", params={"message": "父が倒れて意識がありません"}).text
    assert "119" in emergency and "緊急" in emergency


def test_create_search_review_date_and_withdraw(admin, session_factory):
    slug = f"test-review-{uuid.uuid4().hex[:6]}"
    form = {
        "slug": slug,
        "question": "テスト用の架空の手続きの質問です",
        "answer": "テスト用の架空の回答です。",
        "paraphrases": "架空の手続き\n架空の質問",
        "topics": ["other"],
        "source": "テスト",
        "owner": "テスト",
        "review_by": "2020-01-01",
        "active": "true",
        "note": "テストで追加",
    }
    created = admin.post("/admin/faq/new", data=form)
    assert created.status_code == 303, created.text
    entry_id = int(created.headers["location"].split("/")[3].split("?")[0])

    listed = admin.get("/admin/faq", params={"q": "架空の手続き", "show": "all"}).text
    assert f'class="overdue" data-slug="{slug}"' in listed and "見直し期限切れ" in listed
    assert slug in admin.get("/admin/faq", params={"show": "review"}).text

    refused = admin.post("/admin/faq/new", data={**form, "slug": slug, "answer": "長" * 301})
    assert refused.status_code == 400 and "回答：" in refused.text

    withdrawn = admin.post(f"/admin/faq/{entry_id}/active", data={"active": "false"})
    assert withdrawn.status_code == 303
    with session_factory() as session:
        entry = knowledge.get(session, entry_id)
        assert entry.active is False and entry.version == 2
        assert [v.changed_by for v in knowledge.history(session, entry_id)] == [admin.login, admin.login]
    assert slug not in admin.get("/admin/faq", params={"q": "架空の手続き"}).text  # active only by default

    history = admin.get(f"/admin/faq/{entry_id}/history").text
    assert "<del>公開</del>" in history or "<del>公開" in history
    reverted = admin.post(f"/admin/faq/{entry_id}/revert", data={"version": "1"})
    assert reverted.status_code == 303
    with transaction(session_factory) as session:
        assert knowledge.get(session, entry_id).active is True
        knowledge.set_active(session, entry_id, False, actor="test-teardown")


def test_each_entry_page_shows_its_lint_findings_and_the_import_refuses_a_failing_entry(admin, session_factory):
    slug = f"lint-{uuid.uuid4().hex[:6]}"
    with transaction(session_factory) as session:
        clean = knowledge.get_by_slug(session, "center-about")
        failing = knowledge.create(
            session,
            {
                "slug": slug,
                "question": "テスト用の架空の質問です",
                "topics": ["other"],
                "active": False,
                "answer": "テスト用の" + "架空の" * 20 + "回答です。居宅介護支援事業所と契約します。",
                "source": "一般的な助言",
                "owner": "テスト",
            },
            actor="staff",
        )
        clean_id, failing_id = clean.id, failing.id
    page = admin.get(f"/admin/faq/{failing_id}").text
    assert "点検の結果" in page
    for shown in (
        "一次資料がない",
        "市の担当課でない",
        "見直し日がありません",
        "60文字をこえる文",
        "「居宅介護支援事業所」に説明がありません",
    ):
        assert shown in page, shown
    assert "問題はありません。" in admin.get(f"/admin/faq/{clean_id}").text

    row = f"{slug}-new,テスト用の架空の質問です,,043-999-0000に電話してください。,,other,{POLICY},city,{REVIEW_BY},false\n"
    header = "slug,question,paraphrases,answer,link,topics,source,owner,review_by,active\n"
    refused = admin.post("/admin/faq/import", files={"file": ("faq.csv", (header + row).encode())})
    assert refused.status_code == 400 and "[phone] 043-999-0000" in refused.text and "[owner]" in refused.text
    with session_factory() as session:
        assert knowledge.get_by_slug(session, f"{slug}-new") is None
