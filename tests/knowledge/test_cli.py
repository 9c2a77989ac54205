from __future__ import annotations

from click.testing import CliRunner

from core.db import Base, make_engine
from core.settings import get_settings
from knowledge.cli import eval_kb_command, kb_group
from knowledge.service import load_seed_items


def _database(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine = make_engine(url)
    Base.metadata.create_all(engine, tables=[t for t in Base.metadata.sorted_tables if t.name.startswith("faq_")])
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    return url


def test_seed_export_and_import_commands(tmp_path, monkeypatch):
    _database(tmp_path, monkeypatch)
    runner = CliRunner()
    total = len(load_seed_items())
    try:
        seeded = runner.invoke(kb_group, ["seed"])
        assert seeded.exit_code == 0, seeded.output
        assert f"created {total}" in seeded.output
        again = runner.invoke(kb_group, ["seed"])
        assert f"created 0, updated 0, unchanged {total}" in again.output

        csv_path = tmp_path / "faq.csv"
        assert runner.invoke(kb_group, ["export", str(csv_path)]).exit_code == 0
        assert csv_path.read_bytes().startswith("\ufeff".encode())
        imported = runner.invoke(kb_group, ["import", str(csv_path), "--actor", "staff:excel"])
        assert imported.exit_code == 0 and f"unchanged {total}" in imported.output

        yaml_out = runner.invoke(kb_group, ["export", "-", "--format", "yaml"])
        assert yaml_out.output.startswith("entries:\n- slug: ")
    finally:
        get_settings.cache_clear()


def test_import_command_reports_errors_and_fails(tmp_path, monkeypatch):
    _database(tmp_path, monkeypatch)
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- {slug: x1, question: 質問, answer: 答え, topics: [nope], source: 資料, owner: city}\n", encoding="utf-8"
    )
    try:
        result = CliRunner().invoke(kb_group, ["import", str(bad)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "x1" in result.output


def test_eval_kb_prints_accuracy_and_false_answer_rate(tmp_path):
    data = tmp_path / "mini.jsonl"
    data.write_text(
        '{"id": "a", "text": "クーリングオフの期間を知りたい", "expect": "consumer-cooling-off"}\n'
        '{"id": "b", "text": "こんばんは", "expect": "none"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(eval_kb_command, ["--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "top-1 accuracy: 1.000 (1/1" in result.output
    assert "false-answer rate: 0.000 (0/1)" in result.output


def test_eval_kb_reports_each_part_and_all_together(tmp_path):
    data = tmp_path / "parts.jsonl"
    data.write_text(
        '{"id": "h1", "text": "クーリングオフの期間を知りたい", "expect": "consumer-cooling-off"}\n'
        '{"id": "c1", "text": "こんばんは", "expect": "none"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(eval_kb_command, ["--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "part A:" in result.output and "part C:" in result.output
    assert "top-1 accuracy: 1.000 (1/1" in result.output and "false-answer rate: 0.000 (0/1)" in result.output
