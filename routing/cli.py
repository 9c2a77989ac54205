"""Command line: `intake routing import`, `intake route`, and the address evaluation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from routing.results import KIND_CENTER, Resolution
from routing.router import Router
from routing.seed import DATA_DIR


@click.group(name="routing")
def routing_group() -> None:
    """Town table, destinations and address routing."""


@routing_group.command(name="import")
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=DATA_DIR)
@click.option("--database-url", default=None, help="Defaults to the configured DATABASE_URL.")
@click.option("--create-tables/--no-create-tables", default=False, help="Create missing routing tables first.")
def import_command(data_dir: Path, database_url: str | None, create_tables: bool) -> None:
    """Import the seed CSVs (idempotent; never overwrites what an admin edited)."""
    import time

    from core.db import Base, make_engine, make_session_factory, transaction
    from core.settings import get_settings
    from routing import models
    from routing.service import import_seed, validate_coverage

    engine = make_engine(database_url or get_settings().database_url)
    if create_tables:
        routing_models = (models.Contact, models.Destination, models.Town, models.PostalCode, models.DataSource)
        Base.metadata.create_all(engine, tables=[Base.metadata.tables[model.__tablename__] for model in routing_models])
    factory = make_session_factory(engine)
    started = time.perf_counter()
    with transaction(factory) as session:
        counts = import_seed(session, data_dir)
        problems = validate_coverage(session)
    elapsed = time.perf_counter() - started
    click.echo(
        json.dumps(
            {"counts": counts, "seconds": round(elapsed, 3), "problems": [str(p) for p in problems]}, ensure_ascii=False
        )
    )
    if problems:
        sys.exit(1)


@click.command(name="route")
@click.argument("text", required=False)
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=DATA_DIR)
@click.option("--from-db", is_flag=True, help="Build the router from the database instead of the CSVs.")
@click.option("--find", is_flag=True, help="Look for the address inside a longer message (find_in_text).")
def route_command(text: str | None, data_dir: Path, from_db: bool, find: bool) -> None:
    """Print the resolution of an address as JSON; without TEXT, one JSON line per stdin line."""
    router = _router_from_db() if from_db else Router.from_csv(data_dir)
    lines = [text] if text is not None else (line.rstrip("\n") for line in sys.stdin)
    for line in lines:
        if find:
            found = router.find_in_text(line)
            out = found.to_dict() if found else None
        else:
            out = router.resolve(line).to_dict()
        click.echo(json.dumps(out, ensure_ascii=False))


def _router_from_db() -> Router:
    from core.db import make_engine, make_session_factory
    from core.settings import get_settings
    from routing.service import load_router

    factory = make_session_factory(make_engine(get_settings().database_url))
    with factory() as session:
        return load_router(session)


def eval_address(path: Path | str, router: Router | None = None) -> dict[str, object]:
    """Exact-match accuracy on `expect` and the number of wrong centers, over a JSONL file.

    Also counts city residents sent outside (expected a center or a question, got
    outside_city) and, for items that carry `municipality`, whether the outside answer
    names it. `path` is the file or the folder holding dev_address.jsonl.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "dev_address.jsonl"
    router = router or Router.from_csv()
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = wrong_center = sent_outside = 0
    named = named_right = 0
    errors: list[dict[str, str | None]] = []
    for item in items:
        resolution = router.resolve(item["text"])
        got = predicted_label(resolution)
        expect = item["expect"]
        if "municipality" in item and expect == "outside_city":
            named += 1
            named_right += resolution.municipality == item["municipality"]
        if got == expect:
            right += 1
            continue
        if got not in ("ambiguous", "outside_city", "unknown"):
            wrong_center += 1
        if got == "outside_city" and expect not in ("outside_city", "unknown"):
            sent_outside += 1
        errors.append({"id": item.get("id"), "expect": expect, "got": got})
    result: dict[str, object] = {
        "path": str(path),
        "n": len(items),
        "accuracy": round(right / len(items), 4) if items else None,
        "right": right,
        "wrong_center": wrong_center,
        "city_residents_sent_outside": sent_outside,
    }
    if named:  # items that say which municipality an outside address names
        result["municipality_right"] = f"{named_right}/{named}"
    result["errors"] = errors
    return result


def predicted_label(resolution: Resolution) -> str | None:
    return resolution.center_id if resolution.kind == KIND_CENTER else resolution.kind


@click.command(name="address")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--show-errors", is_flag=True, help="List the ids that were wrong (not their texts).")
def eval_address_command(path: Path, show_errors: bool) -> None:
    """Address routing on PATH (JSON lines with text and expect, or a folder holding dev_address.jsonl):
    exact-match accuracy on `expect` and the wrong-center count."""
    result = eval_address(path)
    if not show_errors:
        result.pop("errors")
    click.echo(json.dumps(result, ensure_ascii=False))
