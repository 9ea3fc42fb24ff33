"""Draw a further dev slice of agnews-dev items for gestae's own gold set, reproducibly.

A number of world items and a number from the other topics, chosen with a fixed seed among the
items that the already-drawn id files do not list. All of them form one slice to learn from,
like `dev`. With no options it draws the second slice, `dev2` (160 world, 20 other, seed
20261126, excluding gold/agnews-ids.tsv):

    python gold/draw_extra.py ../shared/corpus/agnews-dev.jsonl > gold/agnews-extra-ids.tsv

The third slice, `dev3`, excludes both earlier id files:

    python gold/draw_extra.py ../shared/corpus/agnews-dev.jsonl --seed 20261127 --slice dev3 \\
        --world 180 --other 20 --exclude gold/agnews-ids.tsv gold/agnews-extra-ids.tsv \\
        > gold/agnews-dev3-ids.tsv
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).parent
DEFAULT_CORPUS = "../shared/corpus/agnews-dev.jsonl"


def taken_ids(path: Path) -> set[str]:
    """The ids listed in an ids file (a TSV with a header row and the id first)."""
    try:
        with open(path, encoding="utf-8") as fh:
            rows = [line.rstrip("\n").split("\t") for line in fh]
    except OSError as exc:
        raise SystemExit(f"{path}: cannot read the ids file to exclude ({exc.strerror})") from exc
    if not rows or rows[0][0] != "id":
        raise SystemExit(f"{path}: not an ids file (the first line must be a header 'id\\tslice')")
    return {row[0] for row in rows[1:] if row and row[0]}


def ids_by_topic(corpus: str, taken: set[str]) -> dict[str, list[str]]:
    by_topic: dict[str, list[str]] = {}
    try:
        fh = open(corpus, encoding="utf-8")
    except OSError as exc:
        raise SystemExit(f"{corpus}: cannot read the corpus ({exc.strerror})") from exc
    with fh:
        for n, line in enumerate(fh, 1):
            try:
                item = json.loads(line)
                item_id, topic = item["id"], item["topic"]
            except (ValueError, KeyError, TypeError) as exc:
                raise SystemExit(
                    f"{corpus}:{n}: not an item with 'id' and 'topic' ({exc})"
                ) from exc
            if item_id not in taken:
                by_topic.setdefault(topic, []).append(item_id)
    return by_topic


def draw(corpus: str, seed: int, n_world: int, n_other: int, exclude: list[Path]) -> list[str]:
    """The drawn ids, sorted: `n_world` of topic world, then `n_other` of the other topics, each
    sampled from the sorted untaken ids (the order the second slice was drawn in)."""
    taken: set[str] = set()
    for path in exclude:
        taken |= taken_ids(path)
    by_topic = ids_by_topic(corpus, taken)
    worlds = sorted(by_topic.get("world", []))
    others = sorted(i for t, ids in by_topic.items() if t != "world" for i in ids)
    for name, pool, n in (("world", worlds, n_world), ("other", others, n_other)):
        if n > len(pool):
            raise SystemExit(f"{corpus}: asked for {n} {name} items, only {len(pool)} untaken")
    rng = random.Random(seed)
    world = rng.sample(worlds, n_world)
    other = rng.sample(others, n_other)
    return sorted(world + other)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--slice", default="dev2", help="the slice name written beside each id")
    parser.add_argument("--world", type=int, default=160, help="how many world items")
    parser.add_argument("--other", type=int, default=20, help="how many items of other topics")
    parser.add_argument(
        "--exclude",
        nargs="+",
        type=Path,
        default=[HERE / "agnews-ids.tsv"],
        help="ids files whose ids are not drawn again",
    )
    args = parser.parse_args(argv)
    ids = draw(args.corpus, args.seed, args.world, args.other, args.exclude)
    print("id\tslice")
    for item_id in ids:
        print(f"{item_id}\t{args.slice}")


if __name__ == "__main__":
    main()
