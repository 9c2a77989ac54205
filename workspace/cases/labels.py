"""Japanese names staff see for the shared vocabulary (spec/triage.md) and the case lifecycle."""

from __future__ import annotations

# The 表示名 column of the triage contract, in its order.
TOPIC_LABELS = {
    "dementia": "認知症",
    "end_of_life": "終活・人生の最終段階",
    "consumer_fraud": "消費者被害",
    "abuse": "高齢者虐待",
    "guardianship": "成年後見・権利擁護",
    "care_services": "介護保険・介護サービス",
    "care_prevention": "介護予防・健康づくり",
    "home_medical": "在宅医療・入退院",
    "caregiver_support": "家族介護者の支援",
    "watch_isolation": "見守り・孤立",
    "daily_living": "生活支援・住まい",
    "professional": "専門職からの連携",
    "other": "その他・総合相談",
}
URGENCY_LABELS = {"emergency": "緊急", "urgent": "急ぎ", "routine": "通常"}
URGENCY_ORDER = ("emergency", "urgent", "routine")
ROUTE_LABELS = {
    "center": "あんしんケアセンター",
    "outside_city": "市外",
    "marugoto": "福祉まるごとサポートセンター",
    "zaitaku_renkei": "在宅医療・介護連携支援センター",
    "emergency": "緊急（119/110）",
}
STATUS_LABELS = {
    "new": "新規",
    "accepted": "受付済",
    "in_progress": "対応中",
    "closed": "終了",
}
RELATION_LABELS = {"self": "本人", "family": "家族", "neighbour": "近所・知人", "professional": "専門職"}
CONTACT_LABELS = {"line": "LINE", "phone": "電話"}

# Why a case was closed: a fixed list (for statistics) plus free text.
CLOSE_REASONS = {
    "resolved": "助言・情報提供で解決",
    "service_started": "サービス・支援につないだ",
    "referred": "他機関を紹介した",
    "ongoing_elsewhere": "継続支援へ移行（個別ケースとして対応）",
    "no_contact": "連絡がつかない",
    "withdrawn": "相談者が取り下げた",
    "duplicate": "重複・誤送信",
    "other": "その他（理由を記入）",
}

ENTRY_LABELS = {
    "resident_message": "相談者",
    "bot_message": "ボット",
    "staff_reply": "職員の返信",
    "note": "メモ（職員のみ）",
    "status": "状態の変更",
    "assignment": "担当者",
    "transfer": "移管",
    "label_change": "分類の修正",
    "view": "閲覧",
    "delivery_problem": "送信エラー",
    "consent": "同意",
    "reminder": "リマインダー",
    "intake_choice": "ボットでの選択",
    "safety": "安全の確認",
    "notification": "担当先への通知",
    "link": "以前の相談",
}
# Emergency families and crisis (shared/spec/triage.md), as staff and the statistics read them.
SAFETY_FAMILY_LABELS = {
    "stroke": "脳卒中の疑い",
    "heart_breathing": "心臓・呼吸の異常",
    "choking": "窒息",
    "unresponsive": "意識がない・倒れている",
    "heat_cold": "熱中症・低体温",
    "poisoning": "誤飲・薬の飲みすぎ",
    "seizure_bleeding_fall": "けいれん・出血・転落",
    "unanswered": "何日も応答がない",
    "fraud_in_progress": "詐欺の被害が進行中",
    "intruder_violence": "侵入・暴力が今起きている",
    "missing_dementia": "認知症の方の行方不明",
    "self_harm_now": "自殺企図・自傷の最中",
    "crisis": "死にたい気持ち（危機）",
    "emergency": "緊急（分類なし）",
}
SAFETY_LEVEL_LABELS = {"emergency": "緊急（119・110を案内）", "crisis": "危機（相談窓口を案内）"}
REMINDER_LABELS = {
    "urgent_unaccepted": "急ぎの相談が1時間以上受付されていません",
    "untouched": "2営業日以上動きがありません",
}
