"""Draw a second dev slice of agnews-dev items for gestae's own gold set, reproducibly.

160 world items and 20 from the other topics, chosen with a fixed seed among the items that
gold/agnews-ids.tsv does not already list. All of them form the slice `dev2`: like `dev`, a
slice to learn from.

    python gold/draw_extra.py ../shared/corpus/agnews-dev.jsonl > gold/agnews-extra-ids.tsv
"""

import json
import random
import sys
from pathlib import Path

SEED = 20261126
TAKEN = Path(__file__).with_name("agnews-ids.tsv")


def taken_ids(path: Path) -> set[str]:
    with open(path, encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh]
    return {row[0] for row in rows[1:] if row and row[0]}


def main(corpus: str) -> None:
    taken = taken_ids(TAKEN)
    by_topic: dict[str, list[str]] = {}
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["id"] not in taken:
                by_topic.setdefault(item["topic"], []).append(item["id"])
    rng = random.Random(SEED)
    world = rng.sample(sorted(by_topic["world"]), 160)
    others = sorted(i for t, ids in by_topic.items() if t != "world" for i in ids)
    other = rng.sample(others, 20)
    print("id\tslice")
    for item_id in sorted(world + other):
        print(f"{item_id}\tdev2")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/agnews-dev.jsonl")
