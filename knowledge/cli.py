"""Command line for the knowledge base: `intake kb seed|import|export|tune|lint` and `intake eval kb`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from sqlalchemy.orm import Session

from core.db import make_engine, make_session_factory, transaction
from core.settings import get_settings


@contextmanager
def _session() -> Iterator[Session]:
    engine = make_engine(get_settings().database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            yield session
    finally:
        engine.dispose()


def _format_of(path: str, given: str | None) -> str:
    if given:
        return given
    return "csv" if path.lower().endswith(".csv") else "yaml"


@click.group("kb")
def kb_group() -> None:
    """FAQ knowledge base: seed, import, export, tune, lint."""


@kb_group.command("seed")
def seed_command() -> None:
    """Load knowledge/seed/faq.yaml (safe to run again; entries edited by staff are kept)."""
    from knowledge import service

    with _session() as session:
        report = service.seed(session)
    click.echo(f"FAQ seed: {report.summary()}")
    for slug in report.kept_edited:
        click.echo(f"  kept (edited by staff): {slug}")


@kb_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv"]), default=None, help="default: by file suffix")
@click.option("--actor", default="import", show_default=True, help="recorded as the author of the new versions")
def import_command(path: str, fmt: str | None, actor: str) -> None:
    """Create or update entries by slug from a YAML or CSV file (all or nothing)."""
    from knowledge import service

    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    importer = service.import_csv if _format_of(path, fmt) == "csv" else service.import_yaml
    try:
        with _session() as session:
            report = importer(session, text, actor)
    except service.InvalidImport as exc:
        for error in exc.errors:
            click.echo(f"error: {error}", err=True)
        raise SystemExit(1) from None
    click.echo(f"FAQ import: {report.summary()}")


@kb_group.command("export")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True), default="-")
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv"]), default=None, help="default: by file suffix")
def export_command(path: str, fmt: str | None) -> None:
    """Write every entry (inactive too) as YAML or CSV; CSV files get a BOM for Excel."""
    from knowledge import service

    fmt = _format_of(path, fmt)
    with _session() as session:
        text = service.export_csv(session) if fmt == "csv" else service.export_yaml(session)
    if path == "-":
        click.echo(text, nl=False)
    else:
        Path(path).write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="")
        click.echo(f"wrote {path}")


@kb_group.command("tune")
@click.option(
    "--max-false-rate",
    default=0.05,
    show_default=True,
    help="cap on answers to the tuning negatives of --pool (cross-validated)",
)
@click.option(
    "--pool",
    default="questions",
    show_default=True,
    help="negatives the cap applies to: questions (question-style: sets tune, tune_none, "
    "tune_a..tune_d, tune_f, tune_g, tune_h, tune_i, tune_j, tune_k, tune_l, tune_m, tune_n, tune_o, tune_p, tune_q, tune_r, tune_s, tune_u, tune_v, tune_w, tune_x, tune_y, tune_z, tune_aa, tune_ab, tune_ac, tune_ad, tune_ae, tune_af, tune_ag, tune_ah, tune_ai, tune_aj, tune_ak, tune_al, tune_am, tune_an, tune_ao, tune_ap, tune_cv12, tune_cv13, tune_convo31, tune_convo32, tune_convo36), all, or one source "
    "of the table",
)
@click.option("--c", "c", default=1.0, show_default=True, help="inverse regularisation of the ranker")
@click.option("--write", is_flag=True, help="write knowledge/ranker.json (weights and the chosen threshold)")
@click.option("--check", is_flag=True, help="exit 1 unless knowledge/ranker.json is what this run would write")
def tune_command(max_false_rate: float, pool: str, c: float, write: bool, check: bool) -> None:
    """Fit the ranker and its threshold on tuning material only (5-fold over the seed's paraphrases,
    examples.jsonl, questions.jsonl and not_faq.txt; never knowledge/eval/)."""
    from knowledge import evaluate as ev
    from knowledge.phrasings import EXAMPLES_PATH, NOT_FAQ_PATH
    from knowledge.ranker import RANKER_PATH

    items, examples, tune_rows, not_faq = ev.tuning_inputs()
    table = ev.candidate_table(items, examples, tune_rows, not_faq)
    points = ev.operating_points(table, ev.out_of_fold_best(table, c))
    chosen = ev.choose_threshold(points, max_false_rate, pool)
    sources = sorted({s for p in points for s in p.top1})
    negatives = sorted({s for p in points for s in p.false_rate})
    header = ["threshold", *(f"top1:{s}" for s in sources), *(f"false:{s}" for s in negatives)]
    click.echo("  ".join(header))
    for p in points:
        mark = "  <- chosen" if p is chosen else ""
        cells = [f"{p.top1.get(s, 0.0):{len(s) + 5}.3f}" for s in sources]
        cells += [f"{p.false_rate.get(s, 0.0):{len(s) + 6}.3f}" for s in negatives]
        click.echo(f"{p.threshold:9.3f}  " + "  ".join(cells) + mark)
    if not (write or check):
        return
    from knowledge.service import SEED_PATH

    info = {
        "command": f"intake kb tune --max-false-rate {max_false_rate} --pool {pool} --c {c} --write",
        "data": ev.fingerprint([SEED_PATH, EXAMPLES_PATH, NOT_FAQ_PATH, *ev.TUNE_PATHS]),
        "cross_validated": {
            "top1": {k: round(v, 3) for k, v in chosen.top1.items()},
            "false_rate": {k: round(v, 3) for k, v in chosen.false_rate.items()},
        },
    }
    text = ev.fit_ranker(table, chosen.threshold, c, info).to_json()
    if check:
        same = RANKER_PATH.exists() and RANKER_PATH.read_text(encoding="utf-8") == text
        click.echo("the committed ranker is reproduced" if same else "knowledge/ranker.json differs from a refit")
        sys.exit(0 if same else 1)
    RANKER_PATH.write_text(text, encoding="utf-8")
    click.echo(f"wrote {RANKER_PATH} (threshold {chosen.threshold})")


@kb_group.command("lint")
@click.option(
    "--file",
    "path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="a YAML file of entries (default: knowledge/seed/faq.yaml)",
)
@click.option("--from-db", is_flag=True, help="lint the entries in the database instead of a file")
@click.option(
    "--copy",
    "copy_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="the bot's copy to check too (default: bot/conversation/copy.py)",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="the date review dates are checked against (default: today in Japan)",
)
@click.option("--quiet", is_flag=True, help="figures only, not every finding")
def lint_command(path: str | None, from_db: bool, copy_path: str | None, today, quiet: bool) -> None:
    """Check every entry and the bot's copy: verified phone numbers, a first-hand source, a city owner,
    a review date within a year, sentences of at most 60 characters, jargon explained. Exit 1 on a finding."""
    from datetime import datetime

    from core.hours import JST
    from knowledge import lint
    from knowledge.service import SEED_PATH, list_entries, load_seed_items

    day = today.date() if today else datetime.now(JST).date()
    numbers = lint.verified_numbers()
    if from_db:
        with _session() as session:
            report = lint.lint_entries(list_entries(session, include_inactive=True), day, numbers)
        label = "database"
    else:
        seed = Path(path) if path else SEED_PATH
        report = lint.lint_entries(load_seed_items(seed), day, numbers)
        label = seed.name
    copy_report = lint.lint_copy(Path(copy_path) if copy_path else lint.COPY_PATH, numbers)
    for name, result in ((label, report), ("copy.py", copy_report)):
        if not quiet:
            for finding in result.findings:
                click.echo(f"  {finding}")
        click.echo(f"{name}: {result.summary()}")
    sys.exit(0 if report.ok and copy_report.ok else 1)


@click.command("kb")
@click.option(
    "--data",
    "data_paths",
    type=click.Path(exists=True, dir_okay=False),
    multiple=True,
    help="JSON lines with text and expect (default: every knowledge/eval/heldout*.jsonl, i.e. part E; "
    "knowledge/seed files and tune*.jsonl are tuning material and are reported as such)",
)
@click.option("--from-db", is_flag=True, help="index the entries in the database instead of the seed file")
@click.option("--threshold", type=float, default=None, help="answer threshold (default: the tuned one)")
@click.option("--errors", "show_errors", is_flag=True, help="list the items answered wrongly")
def eval_kb_command(data_paths: tuple[str, ...], from_db: bool, threshold: float | None, show_errors: bool) -> None:
    """FAQ retrieval: top-1 accuracy and false-answer rate on the held-out questions, per part and all."""
    from knowledge.evaluate import (
        as_index_items,
        evaluate_parts,
        heldout_paths,
        is_tuning_path,
        load_jsonl,
        part_of,
        phrasing_texts,
    )
    from knowledge.index import FaqIndex, Tuning
    from knowledge.service import list_entries, load_seed_items

    tuning = Tuning(threshold=threshold)
    if from_db:
        with _session() as session:
            index = FaqIndex.build(list_entries(session), tuning=tuning)
    else:
        index = FaqIndex.build(as_index_items(load_seed_items()), tuning=tuning)
    paths = [Path(p) for p in data_paths] or heldout_paths()
    rows = [row for path in paths for row in load_jsonl(path)]
    parts = evaluate_parts(index, rows, part_of)
    names = ", ".join(p.name for p in paths)
    click.echo(f"FAQ retrieval on {names} ({len(index)} entries, threshold {index.threshold})")
    tuning_files = [p.name for p in paths if is_tuning_path(p)]
    if tuning_files:
        click.echo(
            f"  note: {', '.join(tuning_files)} is tuning material (the ranker, threshold and seed were "
            "fitted on it): these are not held-out figures"
        )
    known = phrasing_texts(load_seed_items())
    seen = sum(row["text"].strip() in known for row in rows)
    if seen:
        click.echo(
            f"  note: {seen} of {len(rows)} texts are phrasings the index is built from (seed, examples, "
            "questions, not-FAQ): not held-out"
        )
    total = None
    for name in sorted(parts):
        total = parts[name] if total is None else total.merged(parts[name])
        if len(parts) > 1:
            click.echo(f"  part {name}: {parts[name].summary()}")
    if total is not None:
        if len(parts) > 1:
            click.echo("  all:")
        for line in total.lines():
            click.echo(f"  {line}")
        if show_errors:
            for error in total.errors:
                click.echo(
                    f"  {error['id']}: expected {error['expect']}, got {error['got']} ({error['score']}): "
                    f"{error['text']}"
                )
