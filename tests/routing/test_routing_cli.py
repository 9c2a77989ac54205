"""The command-line entry points: routing import, route, and the address evaluation."""

from __future__ import annotations

import json

from click.testing import CliRunner

from routing.cli import eval_address, eval_address_command, route_command, routing_group


def test_route_prints_the_resolution_as_json():
    result = CliRunner().invoke(route_command, ["千葉市稲毛区小仲台２－５－３"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["kind"], data["center_id"], data["chome"]) == ("center", "konakadai", 2)
    assert "小仲台" in result.output  # ensure_ascii=False


def test_route_reads_lines_from_stdin():
    result = CliRunner().invoke(route_command, [], input="稲毛区小仲台2丁目\n高浜\n船橋市\n")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["kind"] for d in lines] == ["center", "ambiguous", "outside_city"]


def test_route_find_looks_inside_a_message():
    result = CliRunner().invoke(route_command, ["--find", "稲毛区小仲台に住む母のことです"])
    assert json.loads(result.output)["center_id"] == "konakadai"


def test_routing_import_creates_and_fills_a_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    runner = CliRunner()
    first = runner.invoke(routing_group, ["import", "--database-url", url, "--create-tables"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)["counts"]["towns"]["inserted"] == 505
    second = runner.invoke(routing_group, ["import", "--database-url", url])
    assert json.loads(second.output)["counts"]["towns"] == {"inserted": 0, "filled": 0, "unchanged": 505}
    assert json.loads(second.output)["problems"] == []


def test_eval_address_scores_exact_matches_and_wrong_centers(tmp_path):
    path = tmp_path / "addresses.jsonl"
    items = [
        {"id": "a", "text": "稲毛区小仲台2丁目", "expect": "konakadai"},
        {"id": "b", "text": "美浜区高浜", "expect": "ambiguous"},
        {"id": "c", "text": "船橋市", "expect": "outside_city"},
        {"id": "d", "text": "稲毛区小仲台2丁目", "expect": "tendai"},  # a wrong center
        {"id": "e", "text": "よくわかりません", "expect": "konakadai"},  # unknown is not a wrong center
    ]
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    result = eval_address(path)
    assert (result["n"], result["right"], result["wrong_center"]) == (5, 3, 1)
    assert result["accuracy"] == 0.6
    output = CliRunner().invoke(eval_address_command, [str(path)])
    assert json.loads(output.output)["wrong_center"] == 1


def test_eval_address_counts_city_residents_sent_outside_and_named_municipalities(tmp_path):
    path = tmp_path / "addresses.jsonl"
    items = [
        {"id": "a", "text": "船橋市本町1-2-3", "expect": "konakadai"},  # a city resident sent outside
        {"id": "b", "text": "千葉県市川市八幡2-3-4", "expect": "outside_city", "municipality": "市川市"},
        {"id": "c", "text": "かすかべ市", "expect": "outside_city", "municipality": "春日部市"},  # unnamed
        {"id": "d", "text": "東京都", "expect": "outside_city"},
    ]
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    result = eval_address(path)
    assert result["city_residents_sent_outside"] == 1
    assert result["municipality_right"] == "1/2"
    output = CliRunner().invoke(eval_address_command, [str(path)])
    assert json.loads(output.output)["city_residents_sent_outside"] == 1
