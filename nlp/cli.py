"""Command-line entry points of the nlp package (`app/cli.py` wires them into `intake`).

- `triage_command` ("triage"): JSON lines on stdin → one JSON line per input line on stdout.
- `nlp_group` ("nlp") with "train": retrain the topic model from nlp/corpus/ (fixed seed and split).
- `eval_triage_command` ("eval"): scores a labelled file given as an argument, or the corpus's held-out part.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

ROUTING_DATA = Path(__file__).resolve().parent.parent / "routing" / "data"


def default_router(data_dir: Path | None = None):
    """The address router straight from the CSVs the routing package ships (no database)."""
    from routing.router import Router

    return Router.from_csv(data_dir or ROUTING_DATA)


def _load_triager(model_dir: Path | None, router_data: Path | None):
    from nlp.triage import Triager

    return Triager.load(default_router(router_data), model_dir)


def triage_line(triager, line: str) -> dict:
    """One input line → its output object (with `error` when the line cannot be read)."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return {"id": None, "error": f"invalid JSON: {exc.msg}"}
    if not isinstance(record, dict):
        return {"id": None, "error": "not a JSON object"}
    item_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return {"id": item_id, "error": "missing or empty `text`"}
    try:
        r = triager.triage(text)
    except Exception as exc:  # one bad message must not stop the batch
        return {"id": item_id, "error": f"triage failed: {type(exc).__name__}"}
    return {
        "id": item_id,
        "topics": r.topics,
        "urgency": r.urgency,
        "route": r.route,
        "center_id": r.center_id,
        "call": r.call,
        "crisis": r.crisis,
    }


@click.command("triage")
@click.option(
    "--model-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Topic model folder (default: the committed nlp/model/).",
)
@click.option(
    "--router-data",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of the routing CSVs (default: routing/data/).",
)
def triage_command(model_dir: Path | None, router_data: Path | None) -> None:
    """Triage JSON lines from stdin: {"id","text"} → {"id","topics","urgency","route","center_id","call","crisis"}."""
    triager = _load_triager(model_dir, router_data)
    stdin = click.get_text_stream("stdin", encoding="utf-8")
    stdout = click.get_text_stream("stdout", encoding="utf-8")
    for raw in stdin:
        line = raw.rstrip("\r\n")
        out = triage_line(triager, line) if line.strip() else {"id": None, "error": "empty line"}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()


@click.group("nlp")
def nlp_group() -> None:
    """Topic model and triage tools."""


@nlp_group.command("train")
@click.option("--corpus-dir", type=click.Path(path_type=Path, file_okay=False), default=None)
@click.option(
    "--model-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Where to write the artifact (default: nlp/model/).",
)
@click.option("--check", is_flag=True, help="Do not write: exit 1 unless retraining reproduces the committed model.")
@click.option(
    "--exclude-near-copies-of",
    "guard_paths",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Labelled JSON lines (a development set): corpus items that are near copies of its "
    "texts are left out of training and listed. Repeatable. The committed model uses none.",
)
def train_command(corpus_dir: Path | None, model_dir: Path | None, check: bool, guard_paths: tuple[Path, ...]) -> None:
    """Retrain the topic model from nlp/corpus/*.jsonl (fixed seed; the held-out part stays out)."""
    import numpy as np

    from nlp.corpus import CORPUS_DIR
    from nlp.topics import DEFAULT_MODEL_DIR, TopicModel
    from nlp.train import train_from_corpus

    corpus_dir = corpus_dir or CORPUS_DIR
    model_dir = model_dir or DEFAULT_MODEL_DIR
    report = train_from_corpus(
        corpus_dir, None if check else model_dir, guarded_texts=_texts_of(guard_paths), router=default_router()
    )
    for problem in report.problems:
        click.echo(f"skipped {problem}", err=True)
    click.echo(
        f"trained on {report.n_train} messages, {report.n_holdout} held out; "
        f"{report.model.vectorizer.n_features} features"
    )
    if report.dropped:
        click.echo(f"dropped as (near) copies of development texts: {', '.join(report.dropped)}")
    if check:
        committed = TopicModel.load(model_dir)
        same = (
            committed.vectorizer.feature_names() == report.model.vectorizer.feature_names()
            and committed.thresholds == {t: round(v, 4) for t, v in report.model.thresholds.items()}
            and np.allclose(committed.weights, report.model.weights, atol=1e-4)
        )
        click.echo("the committed model is reproduced" if same else "the committed model differs from a retrain")
        sys.exit(0 if same else 1)
    click.echo(f"written to {model_dir}")
    _report_holdout(report.model, corpus_dir)


@nlp_group.command("train-safety")
@click.option(
    "--model-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Where to write safety.json/safety.npy (default: nlp/model/).",
)
@click.option("--check", is_flag=True, help="Do not write: exit 1 unless retraining reproduces the committed model.")
@click.option("--as-json", is_flag=True, help="Print the cross-validated figures as JSON.")
def train_safety_command(model_dir: Path | None, check: bool, as_json: bool) -> None:
    """Retrain the learned safety detector from nlp/corpus/safety/ and nlp/corpus/ (fixed seed and folds)."""
    from nlp.safety import MODEL_DIR, SafetyModel
    from nlp.safety_eval import format_safety_report
    from nlp.safety_train import same_model, train_from_corpus

    model_dir = model_dir or MODEL_DIR
    report = train_from_corpus(None if check else model_dir)
    for problem in report.problems:
        click.echo(f"skipped {problem}", err=True)
    m = report.model
    click.echo(
        f"trained on {report.n_examples} messages ({m.info['n_alarm']} emergencies, {m.info['n_crisis']} crises); "
        f"{m.vectorizer.n_features} features; thresholds {m.thresholds.to_dict()}"
    )
    if check:
        same = same_model(SafetyModel.load(model_dir), m)
        click.echo(
            "the committed safety model is reproduced" if same else "the committed safety model differs from a retrain"
        )
        sys.exit(0 if same else 1)
    click.echo(f"written to {model_dir}")
    if as_json:
        click.echo(json.dumps(report.cv, ensure_ascii=False, indent=1))
        return
    for name, title in (
        ("rules", "rules alone"),
        ("model", "learned detector alone"),
        ("both", "rules OR learned detector"),
    ):
        click.echo(
            "\n"
            + format_safety_report(
                report.cv[name], f"safety corpus, 5-fold out-of-fold: {title}", show_ids=name == "both"
            )
        )


@click.command("safety")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--model-dir", type=click.Path(path_type=Path, file_okay=False), default=None)
@click.option("--rules-only", is_flag=True, help="Score the readable rules without the learned detector.")
@click.option("--as-json", is_flag=True, help="Print the metrics as JSON.")
def eval_safety_command(path: Path, model_dir: Path | None, rules_only: bool, as_json: bool) -> None:
    """Per emergency family: recall, precision, look-alikes not raised; crisis recall/precision."""
    from nlp.safety_eval import format_safety_report, predict_safety, read_safety_jsonl, score_safety

    gold, problems = read_safety_jsonl(path)
    for problem in problems:
        click.echo(f"skipped {problem}", err=True)
    triager = _load_triager(model_dir, None)
    if rules_only:
        triager.safety = None
    metrics = score_safety(gold, predict_safety(triager, [g.text for g in gold]))
    title = f"{path}{' (rules only)' if rules_only else ''}"
    click.echo(json.dumps(metrics, ensure_ascii=False, indent=1) if as_json else format_safety_report(metrics, title))


def _report_holdout(model, corpus_dir: Path) -> None:
    """Scores of the new model on the held-out part of the corpus (never trained on)."""
    from nlp.corpus import load_corpus, split
    from nlp.evaluate import Gold, evaluate_triage, format_report
    from nlp.triage import Triager

    _, held = split(load_corpus(corpus_dir).items)
    gold = [Gold(i.id, i.text, i.topics, i.urgency, i.route, i.center_id) for i in held]
    from nlp.safety import SafetyModel

    metrics = evaluate_triage(Triager(model, default_router(), SafetyModel.load()), gold)
    click.echo(format_report(metrics, "held-out team corpus"))


def _texts_of(paths: tuple[Path, ...]) -> list[str]:
    """Development texts, read only to keep (near) copies of them out of training."""
    from nlp.evaluate import read_gold

    return [g.text for path in paths for g in read_gold(path)]


@click.command("eval")
@click.option(
    "--path",
    "--data",
    "path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Labelled JSON lines to score (id, text, topics, urgency, route, center_id).",
)
@click.option("--holdout", is_flag=True, help="Score the held-out part of nlp/corpus/ (the default without --path).")
@click.option("--model-dir", type=click.Path(path_type=Path, file_okay=False), default=None)
@click.option("--as-json", is_flag=True, help="Print the metrics as JSON.")
def eval_triage_command(path: Path | None, holdout: bool, model_dir: Path | None, as_json: bool) -> None:
    """Topic F1, urgency, emergency recall/precision, route and center accuracy."""
    from nlp.evaluate import Gold, evaluate_triage, format_report, read_gold

    if holdout and path is not None:
        raise click.UsageError("give either --path or --holdout")
    triager = _load_triager(model_dir, None)
    if path is None:
        from nlp.corpus import load_corpus, split

        _, held = split(load_corpus().items)
        gold = [Gold(i.id, i.text, i.topics, i.urgency, i.route, i.center_id) for i in held]
        title = "held-out team corpus"
    else:
        gold = read_gold(path)
        title = str(path)
    metrics = evaluate_triage(triager, gold)
    click.echo(json.dumps(metrics, ensure_ascii=False, indent=1) if as_json else format_report(metrics, title))
