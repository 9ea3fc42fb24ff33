"""How accurate gestae is, in one run: events on our AG News gold (all, dev slice, held-out
slice, the second dev slice of 180 more items), on our CAMEO-style sentences (dev and held-out
halves) and on the seed gold, the per-root table,
spurious events on non-world news, and the place and date scores when those stages provide them.

    .venv/bin/python benchmarks/accuracy.py

Offline; a few seconds after the spaCy model has loaded. The held-out slice is for reporting:
do not tune the coder on its errors (``gestae eval gold/agnews-gold.jsonl --slice dev --errors``
is the one to read).
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from gestae.evaluate import (
    DEFAULT_CORPUS,
    GoldError,
    attach_texts,
    find_slice_file,
    load_gold,
    predict,
    root_table,
    score,
    slice_ids,
)

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "gold" / "agnews-gold.jsonl"
AGNEWS_DEV_GOLD = {  # further AG News dev slices, ids only (gold/README.md)
    "AG News gold, dev2 (extra)": REPO / "gold" / "agnews-gold-extra.jsonl",  # 180 items
    **{  # 200 items each (dev10: 100)
        f"AG News gold, dev{n}": REPO / "gold" / f"agnews-gold-dev{n}.jsonl" for n in range(3, 11)
    },
}
SENTENCE_GOLD = {  # our own CAMEO-style news sentences, texts inline (gold/SENTENCES.md)
    "sentences, dev": REPO / "gold" / "sentences-dev.jsonl",
    **{f"sentences, dev{n}": REPO / "gold" / f"sentences-dev{n}.jsonl" for n in range(2, 36)},
    "sentences, heldout": REPO / "gold" / "sentences-heldout.jsonl",
}
SEED_GOLD = REPO.parent / "shared" / "gold" / "seed-2016-12-15.jsonl"
PLACES_GOLD = REPO / "gold" / "places.jsonl"
DATES_GOLD = REPO / "gold" / "dates.jsonl"


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def event_figures() -> tuple[Table, dict]:
    items = load_gold(GOLD)
    attach_texts(items, DEFAULT_CORPUS)
    predictions = predict(items)  # coded once, scored per slice
    slices = find_slice_file(GOLD)
    reports = {"AG News gold, all": score(items, predictions)}
    for name in ("dev", "heldout"):
        keep = slice_ids(name, slices)
        reports[f"AG News gold, {name}"] = score([i for i in items if i["id"] in keep], predictions)
    for name, path in AGNEWS_DEV_GOLD.items():
        dev = load_gold(path)
        attach_texts(dev, DEFAULT_CORPUS)
        reports[name] = score(dev, predict(dev))
    for name, path in SENTENCE_GOLD.items():
        sentences = load_gold(path)
        reports[name] = score(sentences, predict(sentences))
    seed = load_gold(SEED_GOLD)
    reports["seed gold (2016-12-15 blog)"] = score(seed, predict(seed))

    table = Table(title="Events (GUIDELINES.md scoring; percentages)")
    columns = ("gold set", "texts", "gold", "coded", "P", "R", "F1", "full code", "roles")
    for column in columns:
        table.add_column(column, justify="left" if column == "gold set" else "right")
    for name, r in reports.items():
        table.add_row(
            name, str(r["n_texts"]), str(r["n_gold"]), str(r["n_pred"]),
            pct(r["precision"]), pct(r["recall"]), pct(r["f1"]),
            pct(r["full_code_accuracy"]), pct(r["role_accuracy"]),
        )  # fmt: skip
    return table, reports


def stage_score(module_name: str, function: str, path: Path) -> str:
    """Call a scoring function of another stage if that stage has one."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return "not available (no module)"
    if not hasattr(module, function):
        return f"not available ({module_name}.{function} does not exist yet)"
    result = getattr(module, function)(str(path))
    if isinstance(result, dict):
        return ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
            for k, v in result.items()
            if not isinstance(v, list | dict)
        )
    return str(result)


def main() -> None:
    console = Console(width=110)
    started = time.perf_counter()
    try:
        table, reports = event_figures()
    except GoldError as exc:
        sys.exit(f"accuracy: {exc}")
    console.print(table)
    ours = reports["AG News gold, all"]
    console.print(root_table(ours, title="Per root, AG News gold (all 300)"))
    non_world = ours["non_world"]
    if non_world:
        console.print(
            f"Non-world AG News items: {non_world['n_texts']} texts, "
            f"{non_world['n_events']} coded events ({non_world['events_per_text']:.2f} per text), "
            f"{non_world['n_false_positives']} spurious ({non_world['spurious_per_text']:.2f} "
            "per text)"
        )
    console.print(
        f"Places ({PLACES_GOLD.name}): {stage_score('gestae.places', 'score_places', PLACES_GOLD)}"
    )
    console.print(
        f"Dates ({DATES_GOLD.name}): {stage_score('gestae.temporal', 'score_dates', DATES_GOLD)}"
    )
    console.print(f"[dim]{time.perf_counter() - started:.1f} s[/dim]")


if __name__ == "__main__":
    main()
