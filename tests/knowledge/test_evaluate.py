from __future__ import annotations

import numpy as np

from knowledge.evaluate import (
    HELDOUT_PATH,
    QUESTION_STYLE_NEGATIVES,
    CandidateTable,
    EvalReport,
    OperatingPoint,
    Query,
    as_kana,
    choose_threshold,
    example_folds,
    is_tuning_path,
    load_jsonl,
    operating_points,
    part_of,
)
from knowledge.phrasings import QUESTIONS_PATH, Example


def test_another_acceptable_entry_counts_as_correct():
    report = EvalReport()
    accepting_both = {"id": "x1", "text": "…", "expect": "abuse-report", "also": ["abuse-what-counts"]}
    report.add(accepting_both, "abuse-what-counts", 0.9, 1.0)
    report.add({"id": "x2", "text": "…", "expect": "abuse-report"}, "abuse-what-counts", 0.9, 1.0)
    report.add({"id": "x3", "text": "…", "expect": "none"}, "none", None, 1.0)
    assert (report.correct, report.wrong, report.false_answers) == (1, 1, 0)
    assert [e["id"] for e in report.errors] == ["x2"]


def test_held_out_parts_are_named_by_the_first_letter_of_the_id():
    assert [part_of({"id": i}) for i in ("h001", "b017", "c120", "t003")] == ["A", "B", "C", "T"]


def test_messages_from_one_template_share_a_fold():
    examples = [
        Example(
            "こんにちは。中央区の母のことです。今のケアマネジャーを別の人に変えたいのですが、できるでしょうか。", "x"
        ),
        Example("お世話になります。父の今のケアマネジャーを別の人に変えたいのですが、できるでしょうか。", "x"),
        Example("ぜんぜん違う内容のメッセージです", "none"),
    ]
    folds = example_folds(examples, folds=5)
    assert folds[0] == folds[1]
    assert all(0 <= f < 5 for f in folds)


def test_kana_writing_is_made_from_the_reading():
    assert as_kana("介護保険の申請") == "かいごほけんの しんせい"


def test_the_threshold_is_the_lowest_that_keeps_false_answers_under_the_cap():
    queries = [
        Query("right", frozenset({"a"}), "tune", 0),
        Query("weak", frozenset({"a"}), "tune", 0),
        Query("none", frozenset(), "tune", 0),
    ]
    table = CandidateTable(queries, [["a"], ["a"], ["a"]], [np.zeros((1, 1))] * 3)
    points = operating_points(table, [("a", 0.95), ("a", 0.5), ("a", 0.6)])
    chosen = choose_threshold(points, max_false_rate=0.0)
    assert isinstance(chosen, OperatingPoint) and 0.6 < chosen.threshold <= 0.95
    assert chosen.top1["tune"] == 0.5 and chosen.false_rate["all"] == 0.0


def test_the_threshold_is_set_by_question_style_negatives_not_corpus_examples():
    queries = [
        Query("right", frozenset({"a"}), "tune_a", 0),
        Query("a reply", frozenset(), "tune_none", 0),
        Query("a corpus situation", frozenset(), "example", 0),
    ]
    table = CandidateTable(queries, [["a"]] * 3, [np.zeros((1, 1))] * 3)
    points = operating_points(table, [("a", 0.9), ("a", 0.4), ("a", 0.8)])
    chosen = choose_threshold(points, max_false_rate=0.0)
    assert chosen.threshold <= 0.425
    assert chosen.false_rate["questions"] == 0.0 and chosen.false_rate["example"] == 1.0
    assert choose_threshold(points, max_false_rate=0.0, pool="all").threshold > 0.8


def test_tuning_questions_name_their_set_and_part():
    rows = load_jsonl(QUESTIONS_PATH)
    sets = {row["set"] for row in rows}
    assert {
        "tune_none",
        "tune_a",
        "tune_b",
        "tune_c",
        "tune_d",
        "tune_f",
        "tune_g",
        "tune_h",
        "tune_i",
        "tune_j",
        "tune_k",
        "tune_l",
        "tune_m",
        "tune_n",
        "tune_o",
        "tune_p",
        "tune_q",
        "tune_r",
        "tune_s",
        "tune_u",
        "tune_v",
        "tune_w",
        "tune_x",
        "tune_y",
        "tune_z",
        "tune_aa",
        "tune_ab",
        "tune_ac",
        "tune_ad",
        "tune_ae",
        "tune_af",
        "tune_ag",
        "tune_ah",
        "tune_ai",
        "tune_aj",
        "tune_ak",
        "tune_al",
        "tune_am",
        "tune_an",
        "tune_ao",
        "tune_ap",
    } <= sets
    assert set(QUESTION_STYLE_NEGATIVES) <= sets
    prefix_of_set = {
        "tune": "t",
        "tune_none": "n",
        "tune_a": "h",
        "tune_b": "b",
        "tune_c": "c",
        "tune_d": "d",
        "tune_f": "f",
        "tune_g": "g",
        "tune_h": "h3-",
        "tune_i": "i4-",
        "tune_j": "j5-",
        "tune_k": "k6-",
        "tune_l": "l7-",
        "tune_m": "m8-",
        "tune_n": "n9-",
        "tune_o": "o10-",
        "tune_p": "p11-",
        "tune_q": "q12-",
        "tune_r": "r13-",
        "tune_s": "s14-",
        "tune_u": "u15-",
        "tune_v": "v16-",
        "tune_w": "w17-",
        "tune_x": "x18-",
        "tune_y": "y19-",
        "tune_z": "z20-",
        "tune_aa": "aa21-",
        "tune_ab": "ab22-",
        "tune_ac": "ac23-",
        "tune_ad": "ad24-",
        "tune_ae": "ae25-",
        "tune_af": "af26-",
        "tune_ag": "ag27-",
        "tune_ah": "ah28-",
        "tune_ai": "ai29-",
        "tune_aj": "aj30-",
        "tune_ak": "ak31-",
        "tune_al": "al32-",
        "tune_am": "am33-",
        "tune_an": "an34-",
        "tune_ao": "ao35-",
        "tune_ap": "ap36-",
        "tune_cv12": "cv12-",
        "tune_cv13": "cv13-",
        "tune_convo31": "convo31-",
        "tune_convo32": "convo32-",
        "tune_convo36": "convo36-",
    }
    assert all(row["id"].startswith(prefix_of_set[row["set"]]) for row in rows)
    assert len({row["id"] for row in rows}) == len(rows)


def test_files_under_seed_are_reported_as_tuning_material():
    assert is_tuning_path(QUESTIONS_PATH)
    assert not is_tuning_path(HELDOUT_PATH)
    assert HELDOUT_PATH.name == "heldout_e.jsonl" and part_of({"id": "e001"}) == "E"
    assert part_of({"id": "g2-001"}) == "G"
    assert part_of({"id": "h3-001"}) == "H" and part_of({"id": "h001"}) == "A"
    assert part_of({"id": "i4-001"}) == "I"
    assert part_of({"id": "cv12-001"}) == "CV12" and part_of({"id": "c001"}) == "C"
    assert part_of({"id": "cv13-001"}) == "CV13"
    assert part_of({"id": "convo31-001"}) == "CV31"
    assert part_of({"id": "convo32-001"}) == "CV32"
    assert part_of({"id": "convo36-001"}) == "CV36"
    assert part_of({"id": "j5-001"}) == "J"
    assert part_of({"id": "k6-001"}) == "K"
    assert part_of({"id": "l7-001"}) == "L"
    assert part_of({"id": "m8-001"}) == "M"
    assert part_of({"id": "n9-001"}) == "N"
    assert part_of({"id": "o10-001"}) == "O"
    assert part_of({"id": "p11-001"}) == "P"
    assert part_of({"id": "q12-001"}) == "Q"
    assert part_of({"id": "r13-001"}) == "R"
    assert part_of({"id": "s14-001"}) == "S"
    assert part_of({"id": "u15-001"}) == "U"
    assert part_of({"id": "v16-001"}) == "V"
    assert part_of({"id": "w17-001"}) == "W"
    assert part_of({"id": "x18-001"}) == "X"
    assert part_of({"id": "y19-001"}) == "Y"
    assert part_of({"id": "z20-001"}) == "Z"
    assert part_of({"id": "aa21-001"}) == "AA"
    assert part_of({"id": "ab22-001"}) == "AB"
    assert part_of({"id": "ac23-001"}) == "AC"
    assert part_of({"id": "ad24-001"}) == "AD"
    assert part_of({"id": "ae25-001"}) == "AE"
    assert part_of({"id": "af26-001"}) == "AF"
    assert part_of({"id": "ag27-001"}) == "AG"
    assert part_of({"id": "ah28-001"}) == "AH"
    assert part_of({"id": "ai29-001"}) == "AI"
    assert part_of({"id": "aj30-001"}) == "AJ"
    assert part_of({"id": "ak31-001"}) == "AK"
    assert part_of({"id": "al32-001"}) == "AL"
    assert part_of({"id": "am33-001"}) == "AM"
    assert part_of({"id": "an34-001"}) == "AN"
    assert part_of({"id": "ao35-001"}) == "AO"
    assert part_of({"id": "ap36-001"}) == "AP"
