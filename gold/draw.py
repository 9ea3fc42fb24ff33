"""Draw the agnews-dev items for gestae's own gold set, reproducibly.

240 world items and 60 from the other topics, chosen with a fixed seed. The first 100 of the
shuffled list (80 world, 20 other) form the held-out slice: never look at its errors while tuning.

    python gold/draw.py ../shared/corpus/agnews-dev.jsonl > gold/agnews-ids.tsv
"""

import json
import random
import sys

SEED = 20261125


def main(corpus: str) -> None:
    by_topic: dict[str, list[str]] = {}
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            by_topic.setdefault(item["topic"], []).append(item["id"])
    rng = random.Random(SEED)
    world = rng.sample(sorted(by_topic["world"]), 240)
    others = sorted(i for t, ids in by_topic.items() if t != "world" for i in ids)
    other = rng.sample(others, 60)
    heldout = world[:80] + other[:20]
    dev = world[80:] + other[20:]
    print("id\tslice")
    for item_id in sorted(heldout):
        print(f"{item_id}\theldout")
    for item_id in sorted(dev):
        print(f"{item_id}\tdev")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/agnews-dev.jsonl")
