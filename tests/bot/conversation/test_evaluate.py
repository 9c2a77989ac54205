"""`intake eval conversation`: direct questions through the whole engine, scored on the first reply."""

from __future__ import annotations

from bot.conversation.evaluate import evaluate


def test_each_question_is_scored_on_the_first_reply_of_the_whole_conversation(conversation, session_factory):
    rows = [
        {"id": "q1", "text": "介護保険の申請のしかたを教えてください", "expect": "care-cert-apply"},
        {"id": "q2", "text": "介護保険の申請のしかたを教えてください", "expect": "guardianship-about"},
        {"id": "q3", "text": "ラーメンのおいしい店を教えて", "expect": None},
        {"id": "q4", "text": "ラーメンのおいしい店を教えて", "expect": "care-cert-apply"},
    ]
    with session_factory() as session:
        figures = evaluate(conversation, session, rows)
    verdicts = {o.id: o.verdict for o in figures.outcomes}
    assert verdicts == {"q1": "correct", "q2": "wrong_answer", "q3": "rightly_not_answered", "q4": "not_answered"}
    assert "answered correctly in the first reply 1 (0.333)" in figures.summary()


def test_the_evaluation_keeps_nothing(conversation, session_factory):
    from sqlalchemy import func, select

    from bot.models import LineUser

    with session_factory() as session:
        evaluate(conversation, session, [{"id": "q", "text": "成年後見制度ってなんですか", "expect": None}])
        session.commit()
    with session_factory() as session:
        assert (
            session.scalar(select(func.count()).select_from(LineUser).where(LineUser.user_id == "U-eval-conversation"))
            == 0
        )
