"""`intake kb lint`: checks that FAQ answers (and the bot's copy) are true to their sources and plain.

An entry fails when:
- an answer gives a phone number that is not a verified one (routing/data/contacts.csv rows whose
  status starts with "verified", plus 119, 110 and #7119);
- it has no first-hand source (a public URL with the date it was read, or a section of the city's
  令和5年度千葉市あんしんケアセンター運営方針 — one that exists in knowledge/sources/), or names only
  internal material (the project's spec, contacts data, "一般的な助言");
- its owner is not a unit of the city (CITY_OWNERS), or its review date is missing, past, or more
  than a year away (review_by is when the entry must next be checked: at most a year after the last check);
- a sentence is longer than MAX_SENTENCE_CHARS characters (やさしい日本語), or it uses a term from
  GLOSSARY without saying what it means (in brackets after it, in brackets after a plain phrase,
  or in a sentence that defines it).

The bot's copy (bot/conversation/copy.py) is read as text (never imported) and checked for the
same phone numbers and sentence lengths.
"""

from __future__ import annotations

import ast
import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTACTS_PATH = ROOT / "routing" / "data" / "contacts.csv"
COPY_PATH = ROOT / "bot" / "conversation" / "copy.py"
POLICY_PATH = Path(__file__).resolve().parent / "sources" / "r5_anshin_care_center_policy.txt"

MAX_SENTENCE_CHARS = 60
MAX_REVIEW_AHEAD = timedelta(days=366)
# Public emergency numbers every resident may be given.
EMERGENCY_NUMBERS = frozenset({"119", "110", "#7119"})

# Units of Chiba City that keep FAQ entries current (保健福祉局 and the others whose services the
# FAQ describes). An outside body (the prefecture, a national line) is cited as a source, never an owner.
CITY_OWNERS: tuple[str, ...] = (
    "地域包括ケア推進課",
    "介護保険管理課",
    "介護保険事業課",
    "高齢福祉課",
    "保護課",
    "地域福祉課",
    "健康推進課",
    "消費生活センター",
    "広報広聴課",
    "消防局救急課",
)

# Terms a reader over 75 may not know, and the plain words that say what they are.
GLOSSARY: dict[str, str] = {
    "居宅介護支援事業所": "ケアマネジャーのいる事業所",
    "介護保険負担割合証": "自己負担の割合が書かれた証明書",
    "特別送達": "裁判所の書類を届ける特別な郵便",
    "死後事務委任": "亡くなった後の手続きを頼む契約",
    "主任ケアマネジャー": "経験をつんだケアマネジャー",
    "特定疾病": "国が決めた病気",
    "一包化": "1回分ずつまとめること",
    "居宅療養管理指導": "薬剤師などが家に来て助言するサービス",
    "医療ソーシャルワーカー": "病院の相談員",
    "事業対象者": "チェックリストで支えが必要とわかった方",
    "総合事業": "市の介護予防・生活支援のサービス",
    "市長申立て": "市長が家庭裁判所に申し立てること",
    "公正証書": "公証人がつくる公的な文書",
    "審査請求": "決定を見直してもらう申し立て",
    "住居確保給付金": "家賃を助ける給付金",
    "措置": "市の判断で施設などに入ってもらうこと",
    "社会福祉協議会": "地域の福祉を進める民間の団体",
    "認知症疾患医療センター": "認知症の専門の病院",
    "認知症サポート医": "認知症にくわしい医師",
    "若年性認知症支援コーディネーター": "若年性認知症の相談に乗る専門の職員",
    "生活支援コーディネーター": "地域の助け合いをつなぐ人",
    "地域ケア会議": "支援する人たちの話し合い",
    "介護サービス情報公表システム": "事業所の情報を調べられる国のサイト",
    "セルフネグレクト": "自分の世話ができず助けも求めない状態",
    "社会援護課": "生活保護の窓口",
    "介護予防支援": "要支援の方のケアプランづくり",
    "区分変更": "要介護度を見直す申請",
}

PHONE_PATTERN = re.compile(
    r"#\d{3,4}"  # short numbers: #7119, #7100
    r"|(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])"  # 043-245-4894, 0120-279-338, 03-6810-1636
    r"|(?<![\d,.\-第])1\d{2}(?![\d,.\-万円歳日か分回%％文件人年月時号条個枚階])"  # 110, 119, 188
)
SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")
URL_WITH_DATE = re.compile(r"https?://[^\s；;]+[^；;]{0,40}?\d{4}-\d{2}-\d{2}\s*(閲覧|取得)")
POLICY_SECTION = re.compile(r"運営方針\s*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]")
POLICY_CITATION = re.compile(r"運営方針\s*([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])(\d*)(?:\((\d+)\))?([アイウエオカキク]?)")
INTERNAL_MARKERS = ("共有仕様", "triage.md", "contacts.csv", "一般的な助言", "仕様 docs", "anshin-intake")


@dataclass(frozen=True)
class Finding:
    """One problem in one entry (or in copy.py, where slug is the constant's name)."""

    slug: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.slug}: [{self.rule}] {self.message}"


RULES = {
    "phone": "確認済みでない電話番号",
    "source": "一次資料がない",
    "owner": "市の担当課でない",
    "review": "見直し日",
    "sentence": "60文字をこえる文",
    "term": "説明のない専門用語",
}


@dataclass
class LintReport:
    findings: list[Finding] = field(default_factory=list)
    entries: int = 0
    sentences: int = 0
    unit: str = "entries"
    # Reported, not a finding: the largest share of kanji among an answer's characters, and whose.
    max_kanji_share: float = 0.0
    max_kanji_slug: str = ""

    @property
    def ok(self) -> bool:
        return not self.findings

    def count(self, rule: str) -> int:
        return sum(f.rule == rule for f in self.findings)

    def entries_with(self, rule: str) -> int:
        return len({f.slug for f in self.findings if f.rule == rule})

    def summary(self) -> str:
        return (
            f"{self.entries} {self.unit}, {self.sentences} sentences: "
            f"sentences over {MAX_SENTENCE_CHARS} {self.count('sentence')}, "
            f"unexplained terms {self.count('term')}, "
            f"entries without a first-hand source {self.entries_with('source')}, "
            f"unverified phone numbers {self.count('phone')}, "
            f"owners outside the city {self.count('owner')}, "
            f"review dates missing/past/too far {self.count('review')}; "
            + (f"largest kanji share {self.max_kanji_share:.0%} ({self.max_kanji_slug})" if self.max_kanji_slug else "")
        ).rstrip("; ")


# ---- verified numbers ----------------------------------------------------------------------------


@lru_cache(maxsize=4)
def verified_numbers(path: Path = CONTACTS_PATH) -> frozenset[str]:
    """Every number in the contacts rows marked verified, plus the public emergency numbers."""
    numbers: set[str] = set(EMERGENCY_NUMBERS)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if (row.get("status") or "").strip().lower().startswith("verified"):
                numbers.update(phone_numbers(row.get("phone") or ""))
    return frozenset(numbers)


_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})
_BRACKETED = re.compile(r"(?<!\d)(0\d{1,4})\((\d{1,4})\)(\d{3,4})(?!\d)")


def phone_numbers(text: str) -> list[str]:
    """Phone-like numbers, full-width digits and 043(245)4894 written as 043-245-4894."""
    plain = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return PHONE_PATTERN.findall(_BRACKETED.sub(r"\1-\2-\3", plain))


# ---- sentences and terms -------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """The sentences of a text: split after 。！？ and at line breaks; list marks and edges trimmed."""
    parts = (p.strip() for p in SENTENCE_END.split(text))
    return [p.lstrip("・") for p in parts if p and p.lstrip("・")]


def sentence_length(sentence: str) -> int:
    """Characters of a sentence, without its closing mark and spaces."""
    return len(re.sub(r"\s", "", sentence.rstrip("。！？!?")))


def long_sentences(text: str, limit: int = MAX_SENTENCE_CHARS) -> list[str]:
    return [s for s in sentences(text) if sentence_length(s) > limit]


def _explained(term: str, text: str, question: str) -> bool:
    t = re.escape(term)
    if re.search(t + r"」?\s*[（(]", text):  # 居宅介護支援事業所(ケアマネジャーのいる事業所)
        return True
    if re.search(r"[（(][^）)]*" + t + r"[^（(]*?[）)]", text):  # plain words (居宅介護支援事業所)
        return True
    for sentence in sentences(text):
        if re.search(r"「" + t + r"」\s*(といい|という|とは|は、|は)", sentence):  # 「任意後見」は、…しくみです
            return True
        if re.match(t + r"\s*(とは|は、|は)", sentence):  # フレイルは、…状態のことです
            return True
        if re.search(r"を「?" + t + r"」?(といいます|と言います|と呼びます)", sentence):
            return True
    # An entry about the term: its question asks what it is, and the answer says so.
    return bool(re.search(t + r"」?\s*(\(.*?\))?\s*(とは|って何|ってなに)", question))


def unexplained_terms(text: str, question: str = "", glossary: dict[str, str] = GLOSSARY) -> list[str]:
    found = []
    for term in glossary:
        if term in text and not _explained(term, text, question):
            # A longer glossary term containing this one, explained, explains this use too.
            longer = [g for g in glossary if g != term and term in g and g in text]
            if (
                longer
                and all(_explained(g, text, question) for g in longer)
                and text.count(term) == sum(text.count(g) for g in longer)
            ):
                continue
            found.append(term)
    return found


# ---- sources, owners, review dates ---------------------------------------------------------------


def has_first_hand_source(source: str) -> bool:
    """A public URL followed by the date it was read (「YYYY-MM-DD 閲覧」), or a 運営方針 section."""
    return bool(URL_WITH_DATE.search(source) or POLICY_SECTION.search(source))


@lru_cache(maxsize=4)
def policy_sections(path: Path = POLICY_PATH) -> frozenset[str]:
    """Every section of the 運営方針 a citation may name: "Ⅳ", "Ⅳ3", "Ⅳ3(2)", "Ⅳ3(2)イ", "Ⅴ(2)イ"."""
    sections: set[str] = set()
    roman = number = paren = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.translate(_FULL_WIDTH).strip()
        if m := re.match(r"^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s+\S", line):
            roman, number, paren = m.group(1), "", ""
            sections.add(roman)
        elif roman and (m := re.match(r"^(\d)\s+\S", line)):
            number, paren = m.group(1), ""
            sections.add(roman + number)
        elif roman and (m := re.match(r"^\((\d)\)\s*\S", line)):
            paren = f"({m.group(1)})"
            sections.add(roman + number + paren)
        elif roman and paren and (m := re.match(r"^([アイウエオカキク])\s+\S", line)):
            sections.add(roman + number + paren + m.group(1))
    return frozenset(sections)


_FULL_WIDTH = str.maketrans("０１２３４５６７８９（）　", "0123456789() ")


def cited_sections(source: str) -> list[str]:
    """The 運営方針 sections a source names, as policy_sections spells them."""
    return [f"{r}{n}{f'({p})' if p else ''}{k}" for r, n, p, k in POLICY_CITATION.findall(source or "")]


def source_problem(source: str, sections: frozenset[str] | None = None) -> str | None:
    source = (source or "").strip()
    if not source:
        return "出典がありません"
    missing = [c for c in cited_sections(source) if c not in (policy_sections() if sections is None else sections)]
    if missing:
        return f"運営方針に{'・'.join(missing)}という章はありません"
    if not has_first_hand_source(source):
        if any(marker in source for marker in INTERNAL_MARKERS):
            return "出典が内部資料・一般的な助言だけです（公開URLと閲覧日、または運営方針の章を加えてください）"
        return "公開URLと閲覧日（YYYY-MM-DD 閲覧）、または運営方針の章（例：運営方針 Ⅳ2）がありません"
    return None


def review_problem(review_by: date | None, today: date) -> str | None:
    if review_by is None:
        return "見直し日がありません"
    if review_by < today:
        return f"見直し日（{review_by.isoformat()}）を過ぎています"
    if review_by - today > MAX_REVIEW_AHEAD:
        return f"見直し日（{review_by.isoformat()}）が1年より先です"
    return None


# ---- one entry, many entries, copy.py ------------------------------------------------------------


def lint_entry(entry, today: date, numbers: frozenset[str] | None = None) -> list[Finding]:
    """Every finding for one entry (an FaqEntry, an FaqEntryIn, or anything with the same fields)."""
    numbers = verified_numbers() if numbers is None else numbers
    slug = entry.slug
    answer = entry.answer or ""
    findings: list[Finding] = []
    for number in dict.fromkeys(phone_numbers(answer)):
        if number not in numbers:
            findings.append(Finding(slug, "phone", f"{number} は確認済みの連絡先にありません"))
    problem = source_problem(entry.source)
    if problem:
        findings.append(Finding(slug, "source", problem))
    if (entry.owner or "").strip() not in CITY_OWNERS:
        findings.append(
            Finding(slug, "owner", f"担当「{entry.owner}」は市の担当課ではありません（{'・'.join(CITY_OWNERS)}）")
        )
    problem = review_problem(entry.review_by, today)
    if problem:
        findings.append(Finding(slug, "review", problem))
    for sentence in long_sentences(answer):
        findings.append(Finding(slug, "sentence", f"{sentence_length(sentence)}文字：{sentence}"))
    for term in unexplained_terms(answer, entry.question or ""):
        findings.append(Finding(slug, "term", f"「{term}」に説明がありません（例：{GLOSSARY[term]}）"))
    return findings


def lint_entries(entries: Iterable, today: date, numbers: frozenset[str] | None = None) -> LintReport:
    numbers = verified_numbers() if numbers is None else numbers
    report = LintReport()
    for entry in entries:
        report.entries += 1
        report.sentences += len(sentences(entry.answer or ""))
        report.findings.extend(lint_entry(entry, today, numbers))
        share = kanji_share(entry.answer or "")
        if share > report.max_kanji_share:
            report.max_kanji_share, report.max_kanji_slug = share, entry.slug
    return report


def kanji_share(text: str) -> float:
    """Kanji among the characters of a text (spaces and line breaks not counted)."""
    chars = re.sub(r"\s", "", text)
    return len(re.findall(r"[\u4e00-\u9fff々]", chars)) / len(chars) if chars else 0.0


def copy_texts(path: Path = COPY_PATH) -> list[tuple[str, str]]:
    """(constant name, text) for every string in the module-level assignments of copy.py."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts: list[tuple[str, str]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        value = getattr(node, "value", None)
        if not names or value is None:
            continue
        for child in ast.walk(value):
            if isinstance(child, ast.Constant) and isinstance(child.value, str) and child.value.strip():
                texts.append((names[0], child.value))
    return texts


def lint_copy(path: Path = COPY_PATH, numbers: frozenset[str] | None = None) -> LintReport:
    """Phone numbers and sentence lengths of the bot's copy (placeholders count as written)."""
    numbers = verified_numbers() if numbers is None else numbers
    report = LintReport(unit="texts")
    for name, text in copy_texts(path):
        report.entries += 1
        report.sentences += len(sentences(text))
        for number in dict.fromkeys(phone_numbers(text)):
            if number not in numbers:
                report.findings.append(Finding(name, "phone", f"{number} は確認済みの連絡先にありません"))
        for sentence in long_sentences(text):
            report.findings.append(Finding(name, "sentence", f"{sentence_length(sentence)}文字：{sentence}"))
    return report
