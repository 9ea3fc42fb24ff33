"""Inter-annotator agreement on the 50 items annotated twice.

Pass 1 (agnews-gold.jsonl) is treated as gold and pass 2 (agnews-gold-pass2.jsonl) as
predictions, scored with gestae's own scorer: its F1 is the usual symmetric agreement F1 on
events. Also printed: Cohen's kappa on "the item reports any event", and on matched events how
often the two passes chose the same root and a code the other pass accepts.

    .venv/bin/python gold/agreement.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Python puts this script's folder first on the path, and gold/draw.py there would shadow the
# standard library's ``select`` module that gestae's imports need.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from gestae.evaluate import load_gold, match, root, score  # noqa: E402


def cohen_kappa(first: list[bool], second: list[bool]) -> float:
    """Cohen's kappa of two binary judgements of the same items."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    yes_1, yes_2 = sum(first) / n, sum(second) / n
    expected = yes_1 * yes_2 + (1 - yes_1) * (1 - yes_2)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def agreement(pass1_path: Path, pass2_path: Path) -> dict:
    second = load_gold(pass2_path)
    ids = {item["id"] for item in second}
    first = [item for item in load_gold(pass1_path) if item["id"] in ids]
    missing = ids - {item["id"] for item in first}
    if missing:
        sys.exit(f"{pass1_path}: {len(missing)} pass-2 ids are missing, e.g. {min(missing)}")
    by_id = {item["id"]: item for item in second}
    report = score(first, {item_id: item["events"] for item_id, item in by_id.items()})

    same_root = matched = 0
    for item in first:
        events_2 = by_id[item["id"]]["events"]
        for g, p in match(item["events"], events_2):
            matched += 1
            same_root += root(item["events"][g]["code"]) == root(events_2[p]["code"])
    any_1 = [bool(item["events"]) for item in first]
    any_2 = [bool(by_id[item["id"]]["events"]) for item in first]
    return {
        "items": len(first),
        "events_pass1": report["n_gold"],
        "events_pass2": report["n_pred"],
        "matched": report["tp"],
        "precision": report["precision"],
        "recall": report["recall"],
        "f1": report["f1"],
        "kappa_any_event": cohen_kappa(any_1, any_2),
        "items_with_events": (sum(any_1), sum(any_2)),
        "same_root": same_root / matched if matched else None,
        "full_code": report["full_code_accuracy"],
        "roles": report["role_accuracy"],
    }


def main() -> None:
    figures = agreement(HERE / "agnews-gold.jsonl", HERE / "agnews-gold-pass2.jsonl")
    with_1, with_2 = figures["items_with_events"]
    print(f"{figures['items']} items annotated twice")
    print(
        f"events: pass 1 {figures['events_pass1']}, pass 2 {figures['events_pass2']}, "
        f"matched {figures['matched']}"
    )
    print(
        f"event agreement (pass 1 as gold): P {figures['precision']:.3f}  "
        f"R {figures['recall']:.3f}  F1 {figures['f1']:.3f}"
    )
    print(
        f"any event in the item: kappa {figures['kappa_any_event']:.3f} "
        f"(pass 1: {with_1} items, pass 2: {with_2} items)"
    )
    for label, key in (
        ("same root", "same_root"),
        ("full code accepted", "full_code"),
        ("same roles", "roles"),
    ):
        value = figures[key]
        shown = "-" if value is None else f"{value:.3f}"
        print(f"on matched events, {label}: {shown}")


if __name__ == "__main__":
    main()
