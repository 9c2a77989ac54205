"""The batch contract (docs/triage-spec.md, Batch interface), run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from nlp.cli import eval_safety_command, eval_triage_command, triage_command

ROOT = Path(__file__).resolve().parents[2]


def _run_triage(stdin: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "nlp", "triage"],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stdout.decode("utf-8").splitlines()


def test_batch_gives_one_line_per_input_line_in_order_with_the_contract_fields():
    lines = [
        {"id": "q1", "text": "稲毛区小仲台に住む母が最近物忘れがひどくて…"},
        {"id": "q2", "text": "父が倒れて息をしていない", "channel": "line", "extra": {"x": 1}},
        {"id": "q3", "text": "50代の息子がひきこもっていて、私たちも80代です"},
    ]
    out = _run_triage("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    assert len(out) == 3
    results = [json.loads(line) for line in out]
    assert [list(r) for r in results] == [["id", "topics", "urgency", "route", "center_id", "call", "crisis"]] * 3
    assert [r["id"] for r in results] == ["q1", "q2", "q3"]
    assert results[0]["topics"][0] == "dementia"
    assert (results[0]["route"], results[0]["center_id"]) == ("center", "konakadai")
    assert (results[1]["urgency"], results[1]["route"]) == ("emergency", "emergency")
    assert results[2]["route"] == "marugoto"
    assert [(r["call"], r["crisis"]) for r in results] == [(None, False), ("119", False), (None, False)]


def test_batch_marks_a_wish_to_die_as_crisis_without_a_number_to_call():
    out = _run_triage(json.dumps({"id": "c", "text": "介護に疲れました。もう死にたいです"}, ensure_ascii=False) + "\n")
    result = json.loads(out[0])
    assert result["crisis"] is True and result["call"] is None and result["urgency"] == "urgent"


def test_a_bad_line_gets_an_error_line_and_processing_goes_on():
    stdin = (
        "\n".join(
            [
                '{"id": "a", "text": "母の物忘れが心配"}',
                "this is not json",
                '{"id": "b"}',
                '{"id": "c", "text": ""}',
                "[1, 2]",
                "",
                '{"id": "d", "text": "訪問販売で高い布団を買わされた"}',
            ]
        )
        + "\n"
    )
    results = [json.loads(line) for line in _run_triage(stdin)]
    assert len(results) == 7
    assert "error" not in results[0] and results[0]["id"] == "a"
    assert "error" in results[1] and results[1]["id"] is None
    assert "error" in results[2] and results[2]["id"] == "b"
    assert "error" in results[3] and results[3]["id"] == "c"
    assert "error" in results[4]
    assert "error" in results[5]
    assert results[6]["id"] == "d" and "consumer_fraud" in results[6]["topics"]


def test_click_command_reads_stdin_and_writes_json_lines():
    result = CliRunner().invoke(triage_command, input='{"id": 7, "text": "父が倒れた"}\n')
    assert result.exit_code == 0, result.output
    out = json.loads(result.output.strip())
    assert out["id"] == 7 and out["urgency"] == "emergency"


def test_eval_prints_every_required_figure(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": "g1",
            "text": "稲毛区小仲台の母の物忘れ",
            "topics": ["dementia"],
            "urgency": "routine",
            "route": "center",
            "center_id": "konakadai",
        },
        {
            "id": "g2",
            "text": "父が倒れて意識がない",
            "topics": ["other"],
            "urgency": "emergency",
            "route": "emergency",
            "center_id": None,
        },
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(eval_triage_command, ["--path", str(gold)])
    assert result.exit_code == 0, result.output
    for label in ("micro-F1", "macro-F1", "dementia", "emergency recall", "precision", "route", "wrong centers"):
        assert label in result.output
    as_json = CliRunner().invoke(eval_triage_command, ["--path", str(gold), "--as-json"])
    metrics = json.loads(as_json.output)
    assert metrics["emergency_recall"] == 1.0
    assert metrics["center_accuracy"] == 1.0 and metrics["wrong_centers"] == 0


def test_eval_safety_scores_a_file_per_family(tmp_path):
    gold = tmp_path / "safety.jsonl"
    rows = [
        {
            "id": "s1",
            "text": "父が倒れて意識がない",
            "family": "unresponsive",
            "call": "119",
            "crisis": False,
            "lookalike_of": None,
        },
        {
            "id": "s2",
            "text": "先月父が倒れましたが、今は元気です",
            "family": None,
            "call": None,
            "crisis": False,
            "lookalike_of": "unresponsive",
        },
        {
            "id": "s3",
            "text": "介護に疲れて死にたい",
            "family": None,
            "call": None,
            "crisis": True,
            "lookalike_of": None,
        },
        {
            "id": "s4",
            "text": "年末は死ぬほど忙しい",
            "family": None,
            "call": None,
            "crisis": False,
            "lookalike_of": "crisis",
        },
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(eval_safety_command, [str(gold)])
    assert result.exit_code == 0, result.output
    for label in ("emergency  recall", "crisis", "look-alikes not raised", "unresponsive"):
        assert label in result.output
    metrics = json.loads(CliRunner().invoke(eval_safety_command, [str(gold), "--as-json"]).output)
    assert metrics["families"]["unresponsive"]["recall"] == 1.0
    assert metrics["lookalikes_not_raised"] == 1.0
    assert (metrics["crisis_recall"], metrics["crisis_precision"]) == (1.0, 1.0)


def test_eval_safety_needs_a_file():
    result = CliRunner().invoke(eval_safety_command, [])
    assert result.exit_code != 0
