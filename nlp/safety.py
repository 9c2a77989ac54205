"""The learned safety detector, and how it and the readable rules decide together.

Two detectors read every message, independently:
- the readable rules (nlp/rules/, one module per emergency family, read in context by nlp/urgency.py);
- `SafetyModel`: logistic regressions over the message's character n-grams, kana-reading n-grams
  and Sudachi lemmas, read from the same Analysed message the topic model reads (no second
  tokenisation). Four heads:
  `sign` (the message describes one of the emergencies, now or not: emergencies and their
  look-alikes against everything else), `now` (given a sign, is it here and now: emergencies
  against their look-alikes — past, hypothetical, prevention, dealt with, long-standing), their
  product is the alarm score; `crisis` (thoughts of death or self-harm); `family` (softmax over the
  families: names the family and the number when only the model fires). Splitting sign and now
  lets a linear model learn what turns the same words into a look-alike.

Either detector raising the alarm raises it (`decide_safety`), with one exception: when the rules
read an emergency sign and set it aside (past, hypothetical, prevention, dealt with, long-standing,
a rule's own exception, a joke, death words read as thoughts without an act now), the model's
score can only ask the safety question — the two detectors disagree, and neither is sure — unless
the model is surer than it ever was, out of fold, on a message the rules rightly set aside
(`Thresholds.overrule`, `crisis_overrule`) and the rules did not set it aside in so many words
(a negation, a figure of speech: `firmly_dismissed`). Likewise the model cannot set the crisis flag on a
figure of speech or a plan for one's own end (「死ぬほど」「終活」) that no crisis rule flags, below
`crisis_overrule`. The alarm and crisis thresholds are the lowest out-of-fold scores of any
emergency or crisis of the training corpus (recall first: none is under them). Below the alarm
threshold but above `uncertain`, the message carries a risk sign neither detector is sure of: the
conversation asks one safety question and gives `uncertain_call` on a yes. Where no rule saw any sign,
the model alone asks from `Thresholds.alone` up (chosen out of fold, recall first: nlp/safety_train.py).

A message typed in katakana (an old phone's katakana mode, half-width ｶﾀｶﾅ) is read by the model only
in its hiragana reading (`safety_text`), in training and in triage alike: its katakana script is no
sign of anything (「チチガサイキンモノワスレガヒドイ」 is a routine worry), and the model learns the
words, not the script, from the katakana emergencies of the corpus. A romaji message is read as
written (and its reading by the rules only: the romaji reading of English is nonsense).

The artifact is plain data: nlp/model/safety.json (config, vocabulary, idf, thresholds, provenance)
and nlp/model/safety.npy (float32 weights, one row per head output, last column the bias).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import jaconv
import numpy as np

from core.text import katakana_reading
from nlp.features import Analysed, FeatureConfig, Vectorizer
from nlp.rules import ADVICE_NUMBER, CRISIS, FAMILIES, FAMILY_LABELS, OTHER_EMERGENCY
from nlp.urgency import EMERGENCY, ROUTINE, URGENT, UrgencyResult

MODEL_DIR = Path(__file__).resolve().parent / "model"
# The families the model names: the spec's, self_harm_now, and the rules' catch-all.
MODEL_FAMILIES: tuple[str, ...] = (*FAMILIES, OTHER_EMERGENCY)
CALL_OF: dict[str, str] = {**FAMILIES, OTHER_EMERGENCY: "119"}
# Below this the model's family is a guess among several (「朝から少しだるそう」 read 0.22 as a missing person): the
# number it gives is 119, the one that sends help to a person whose life is at risk (and the police where needed).
FAMILY_SURE = 0.5


def model_call(scores: SafetyScores) -> str:
    """The number the safety question gives on the learned detector's guess: its family's, when it is more likely
    than not; else 119."""
    return CALL_OF[scores.family] if scores.family_probability >= FAMILY_SURE else "119"


def alarm_call(family: str | None, call: str | None) -> str | None:
    """The number an alarm gives follows the family it names, whoever raised it: an alarm the model raises as fraud,
    an intruder or a missing person is 110 even when that family is only its likeliest guess (the staff read the
    family and the number together; 119 under a police family sends no police to a fraud or an intruder)."""
    return CALL_OF.get(family, call) if family is not None else call


# Rule findings that are a risk sign without being an emergency: ask the safety question.
RISK_SIGN_RULES: dict[str, str] = {
    "wellbeing_unreachable": "119",
    "wellbeing_signs": "119",
    "acute_unwell": "119",
    "fall_injury": "119",
    "stranded_outside": "110",
    # Violence or injury told as ongoing, habitual, heard of or seen in its marks (「叩かれているようで、
    # 腕にあざがあります」): no 110 at once, but a person may be in danger — ask.
    "physical_violence": "110",
    # A limb or the face suddenly numb or weak, no side named: maybe a stroke — ask.
    "sudden_numbness": "119",
    # Speech or the mouth changed, no word of how suddenly: maybe a stroke — ask.
    "speech_changed": "119",
}


def safety_text(text: str) -> str:
    """The text the learned safety detector reads: the hiragana reading of a message typed mostly in
    katakana (を read where お was typed for it: core/text.py), else the message itself. Training
    (nlp/safety_train.py) and triage (nlp/triage.py) both read a message through this."""
    return katakana_reading(text) or text


# Courtesy, acknowledgement and greeting, closed list (in hiragana: katakana is read as hiragana first; kanji,
# romaji and English spellings too). A message made of these alone, with any punctuation, emoji or spaces,
# says nothing the learned detector could rightly alarm on (「OK」 was read as 110, 「ありがとう」 as a crisis).
# Thanks, acknowledgement, goodwill and greetings, apologies; then particles, laughter and fillers that end them.
# Farewells (さようなら, お世話になりました, 今までありがとう) are not courtesy here: they can be a crisis sign.
_COURTESY_WORDS = """
ありがとう(?:ございます|ございました|ござます|ね|な)? ありがと 有(?:り)?難う(?:ございます|ございました)? どうも さんきゅー?
かんしゃします 感謝(?:します|しています|いたします) あざ[っす]+ たすかり(?:ます|ました) 助かり(?:ます|ました) ごていねいに
ご丁寧に おそれいります 恐れ入ります thank(?:s|you|yousomuch|youverymuch) thx
arigat(?:ou|o|oo)(?:gozaimasu|gozaimashita)? doumo
おっけー? おけ ok(?:ay)? k りょうかい(?:です|しました)? 了解(?:です|しました|いたしました)? りょ しょうち(?:しました|いたしました)
承知(?:しました|いたしました) かしこまりました わかりました 分かりました 解りました わかった 分かった はい はーい うん ええ
そうです(?:か|ね)? なるほど いいね いいです(?:ね)? yes yeah yep sure good great nice cool hai wakarimashita ryoukai
naruhodo
よろしく(?:おねがい(?:します|いたします|しまーす))? 宜しく(?:お願い(?:します|いたします))? よろしくお願い(?:します|いたします|しまーす)
お(?:ねがい|願い)(?:します|いたします) yoroshiku(?:onegaishimasu)? onegaishimasu こんにち[はわ] こんばん[はわ]
おはよう(?:ございます)? おやすみ(?:なさい)? お疲れ様(?:です)? おつかれさま(?:です)? はじめまして 初めまして hello hi hey
goodmorning goodevening konnichiwa konbanwa ohayou(?:gozaimasu)? hajimemashite すみません すいません ごめんなさい
しつれいします 失礼します 失礼しました sorry
です ね よ ー 〜 w+ 笑
""".split()
_COURTESY_ONLY = re.compile("(?:" + "|".join(sorted(_COURTESY_WORDS, key=len, reverse=True)) + ")+")


def courtesy_only(text: str, reading: str | None) -> bool:
    """The message holds nothing but courtesy, acknowledgement or greeting (`_COURTESY_WORDS`; its romaji or
    katakana reading too — `reading`, `core.text.kana_reading` of the text, which the caller has already),
    whatever its punctuation, emoji and spacing. The learned detector never raises an alarm, the crisis flag
    or the safety question on such a message by itself (nlp/triage.py); the readable rules still read it."""
    for form in (text, reading):
        if not form:
            continue
        normalised = str(jaconv.kata2hira(unicodedata.normalize("NFKC", form).lower()))
        letters = "".join(ch for ch in normalised if unicodedata.category(ch)[0] in "LN" or ch in "ー〜")
        if letters and _COURTESY_ONLY.fullmatch(letters):
            return True
    return False


def _sigmoid(z: float) -> float:
    return float(1.0 / (1.0 + np.exp(-z)))


@dataclass(frozen=True, slots=True)
class SafetyScores:
    alarm: float  # P(a sign of an emergency) × P(here and now | a sign)
    crisis: float  # probability of thoughts of death or self-harm
    family: str  # the most likely emergency family
    family_probability: float


@dataclass(frozen=True)
class Thresholds:
    alarm: float
    crisis: float
    uncertain: float  # alarm scores from here up to `alarm` are a risk sign
    # Above these the model overrules a rule that set its sign aside (past, hypothetical, worry…):
    # halfway between the highest out-of-fold score of a message the rules set aside that is not an
    # emergency (not a crisis) and 1.0 (nlp/safety_train.py). 1.0: never.
    overrule: float = 1.0
    crisis_overrule: float = 1.0
    # Where no rule saw any sign, the model's alarm score from here up to sure (MODEL_SURE) asks the
    # safety question: chosen out of fold in nlp/safety_train.py (`choose_alone_floor`). 1.0: never
    # (thresholds saved before it existed).
    alone: float = 1.0

    def to_dict(self) -> dict:
        return {
            "alarm": self.alarm,
            "crisis": self.crisis,
            "uncertain": self.uncertain,
            "overrule": self.overrule,
            "crisis_overrule": self.crisis_overrule,
            "alone": self.alone,
        }


class SafetyModel:
    def __init__(self, vectorizer: Vectorizer, weights: np.ndarray, thresholds: Thresholds, info: dict):
        expected = (3 + len(MODEL_FAMILIES), vectorizer.n_features + 1)
        if weights.shape != expected:
            raise ValueError(f"safety weights have shape {weights.shape}, expected {expected}")
        self.vectorizer = vectorizer
        # Only the transposed copy is kept (`weights` is rebuilt on demand): the (heads, F) array is
        # 15 MB that no message reads.
        self._w = np.ascontiguousarray(weights[:, :-1].T)  # (F, heads)
        self._b = weights[:, -1].astype(np.float64)
        self._b32 = weights[:, -1].astype(weights.dtype)
        self.thresholds = thresholds
        self.info = info

    @property
    def weights(self) -> np.ndarray:
        """(heads, features + 1): coefficients then the bias, as saved."""
        return np.concatenate([self._w.T, self._b32[:, None]], axis=1)

    def logits(self, doc: Analysed, columns: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
        """`columns`: the message's (columns, values) when already found (nlp.features.SharedFeatures)."""
        cols, vals = columns if columns is not None else self.vectorizer.transform_one(doc)
        return (vals @ self._w[cols]).astype(np.float64) + self._b

    def scores(self, doc: Analysed, columns: tuple[np.ndarray, np.ndarray] | None = None) -> SafetyScores:
        z = self.logits(doc, columns)
        fam = z[3:] - z[3:].max()
        probs = np.exp(fam) / np.exp(fam).sum()
        k = int(probs.argmax())
        return SafetyScores(
            alarm=round(_sigmoid(z[0]) * _sigmoid(z[1]), 4),
            crisis=round(_sigmoid(z[2]), 4),
            family=MODEL_FAMILIES[k],
            family_probability=round(float(probs[k]), 4),
        )

    def save(self, model_dir: Path = MODEL_DIR) -> None:
        model_dir.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": 1,
            "heads": ["sign", "now", "crisis", *(f"family:{f}" for f in MODEL_FAMILIES)],
            "features": self.vectorizer.config.to_dict(),
            "thresholds": self.thresholds.to_dict(),
            "training": self.info,
            "vocabulary": self.vectorizer.feature_names(),
            "idf": [round(float(x), 5) for x in self.vectorizer.idf],
        }
        (model_dir / "safety.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        np.save(model_dir / "safety.npy", self.weights.astype(np.float32))

    @classmethod
    def load(cls, model_dir: Path | None = None) -> SafetyModel:
        model_dir = Path(model_dir or MODEL_DIR)
        meta = json.loads((model_dir / "safety.json").read_text(encoding="utf-8"))
        if meta["heads"][3:] != [f"family:{f}" for f in MODEL_FAMILIES]:
            raise ValueError("the safety model was trained for a different family list")
        vectorizer = Vectorizer(
            FeatureConfig.from_dict(meta["features"]), meta["vocabulary"], np.array(meta["idf"], dtype=np.float32)
        )
        t = meta["thresholds"]
        return cls(
            vectorizer,
            np.load(model_dir / "safety.npy"),
            Thresholds(
                float(t["alarm"]),
                float(t["crisis"]),
                float(t["uncertain"]),
                float(t.get("overrule", 1.0)),
                float(t.get("crisis_overrule", 1.0)),
                float(t.get("alone", 1.0)),
            ),
            meta["training"],
        )


@dataclass(frozen=True, slots=True)
class SafetyDecision:
    urgency: str  # emergency / urgent / routine
    reason: str | None  # staff-facing (Japanese)
    call: str | None  # "119" / "110" only with an emergency
    crisis: bool
    family: str | None  # the family that raised the emergency, "crisis" when only the crisis flag
    uncertain: bool  # a risk sign, but neither detector is sure: ask one safety question
    uncertain_call: str | None  # the number to give when the answer is "yes, a life is in danger now"
    by_rules: bool  # the rules raised the emergency or crisis
    by_model: bool  # the model raised it


# How sure the model must be to raise the alarm or the crisis flag by itself.
MODEL_SURE = 0.5


def decide_safety(rules: UrgencyResult, scores: SafetyScores | None, thresholds: Thresholds | None) -> SafetyDecision:
    """Rules OR model: the alarm, the crisis flag, the family, and the safety question when unsure."""
    # A sign the rules read and set aside (past, hypothetical, dealt with…) is not certain either
    # way: the model's score then asks the safety question instead of raising the alarm.
    # The model raises the alarm (or the crisis flag) by itself only when it is sure: its thresholds
    # were chosen to miss none, so just over them it is wrong more often than right (「明日の午前中なら
    # 家にいます」 read as 110). Between its threshold and sure it asks the safety question instead,
    # where a rule saw a sign too: recall first, and a question when unsure.
    alone = not rules.findings and not rules.dismissed
    model_alarm = model_crisis = model_unsure = False
    if scores is not None and thresholds is not None:
        alarm_at = max(thresholds.alarm, MODEL_SURE)
        crisis_at = max(thresholds.crisis, MODEL_SURE)
        # A rule's reading of the context can be wrong (「中で倒れてるかもしれない」 read as a mere
        # worry, 「叩かれてるみたい」 as hearsay): a model far surer than on any message the rules set
        # aside rightly out of fold overrules it.
        # A negation or a figure of speech in so many words is never overruled.
        overrulable = not rules.firmly_dismissed
        # No rule saw a sign and the message says it is over, past or hypothetical (in English, in
        # words the rules do not know): the model alone is read like a sign the rules set aside.
        set_aside = rules.dismissed or rules.settled
        model_alarm = scores.alarm >= alarm_at and (
            not set_aside or (overrulable and scores.alarm > thresholds.overrule)
        )
        model_crisis = scores.crisis >= crisis_at and (
            not rules.crisis_dismissed or (overrulable and scores.crisis > thresholds.crisis_overrule)
        )
        # The safety question: a rule saw a sign (or set one aside) and the model's score is at least
        # the band's floor `uncertain` (a sure score set aside included); or the message says it is over
        # or hypothetical and the model alone is sure; or no rule saw any sign and the model's score is
        # at least `alone` (recall first: an emergency in words no rule knows, 「今ロープかけた」, gets
        # the question; the floor is higher than `uncertain` because alone a low score is over many
        # ordinary messages — 「あいうえお」 scores 0.27).
        model_unsure = not model_alarm and (
            (not alone and scores.alarm >= thresholds.uncertain)
            or (rules.settled and scores.alarm >= alarm_at)
            or (alone and not rules.settled and scores.alarm >= thresholds.alone)
        )
    rules_alarm = rules.urgency == EMERGENCY
    if rules_alarm:
        family, call = rules.family, rules.call_number
    elif model_alarm:
        family, call = scores.family, None
    else:
        family, call = None, None
    call = alarm_call(family, call)
    crisis = rules.crisis or model_crisis or family == "self_harm_now"
    reasons = [rules.reason] if rules.reason else []
    if model_alarm and not rules_alarm:
        reasons.insert(0, f"緊急の可能性(学習モデル {scores.alarm:.2f}): {FAMILY_LABELS[scores.family]}")
    if model_crisis and not rules.crisis:
        reasons.insert(0, f"死にたい気持ちの可能性(学習モデル {scores.crisis:.2f})")
    if rules_alarm or model_alarm:
        urgency = EMERGENCY
    elif crisis or rules.urgency == URGENT:
        urgency = URGENT
    else:
        urgency = ROUTINE
    uncertain, uncertain_call = False, None
    if urgency != EMERGENCY:
        signs = [RISK_SIGN_RULES[f.rule] for f in rules.findings if f.rule in RISK_SIGN_RULES and f.level]
        # The safety question is asked on a risk sign a rule read, with its number; else on the model's low band (where
        # a rule saw something too; alone, only from `alone` up), with 119 for a medical worry for the #7119 line (a
        # question about the ambulance), else the model's family, which is only a guess (「救急車呼ぶほどか分からない」
        # guessed as fraud, 110); else on a vital sign about to go, neither plainly now nor a figure of speech.
        if signs:
            uncertain_call = signs[0]
        elif model_unsure and scores is not None:
            medical = any(f.call == ADVICE_NUMBER for f in rules.findings)
            uncertain_call = "119" if medical else model_call(scores)
        elif rules.about_to_call:
            uncertain_call = rules.about_to_call
        uncertain = uncertain_call is not None
    if family is None and crisis:
        family = CRISIS
    return SafetyDecision(
        urgency=urgency,
        reason="; ".join(reasons) or None,
        call=call if urgency == EMERGENCY else None,
        crisis=crisis,
        family=family,
        uncertain=uncertain,
        uncertain_call=uncertain_call,
        by_rules=rules_alarm or rules.crisis,
        by_model=model_alarm or model_crisis,
    )
