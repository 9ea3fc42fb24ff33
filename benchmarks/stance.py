"""Agreement of gestae's attribution stage with the seed gold: voice, quoted_from and stance.

The seed gold (``shared/gold/seed-2016-12-15.jsonl``) cuts the bundled example into passages and
marks each with ``voice`` (``author`` or ``quoted``), ``quoted_from`` (who the passage is quoted
from, or null) and ``stance`` (``disputes`` when the author disputes it, else null). This script
parses the whole document once, finds every passage in it, labels the passage's characters
with ``gestae.attribution.label_span`` and counts agreement; then it prints what the stage does
to the example's events.

    .venv/bin/python benchmarks/stance.py [--gold FILE] [--document FILE] [--date D] [-v]
    .venv/bin/python benchmarks/stance.py --speed 500    # the stage's cost on AG News items

Without ``--document`` a gold file other than the seed is read as one document whose passages
follow each other, one a line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from gestae.api import EXAMPLE_DATE, example_path
from gestae.attribution import label_span
from gestae.ingest import Document
from gestae.nlp import get_pipeline
from gestae.pipeline import prepare

REPO = Path(__file__).resolve().parents[1]
SEED_GOLD = REPO.parent / "shared" / "gold" / "seed-2016-12-15.jsonl"
AGNEWS = REPO.parent / "shared" / "corpus" / "agnews-dev.jsonl"


def speed(n: int) -> None:
    """Milliseconds the attribution stage adds per document, beside the rest of the pipeline."""
    import time

    from gestae.attribution import AttributionTagger

    if not AGNEWS.exists():
        sys.exit(f"{AGNEWS}: no such corpus")
    with AGNEWS.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(n), fh, strict=False)]
    texts.append(Path(example_path()).read_text(encoding="utf-8"))
    nlp = get_pipeline()
    tagger = AttributionTagger()
    started = time.perf_counter()
    with nlp.select_pipes(disable=["gestae_attribution"]):
        docs = list(nlp.pipe(texts))
    rest = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        tagger(doc)
    own = time.perf_counter() - started
    events = sum(len(d._.events or ()) for d in docs)
    print(f"{len(docs)} documents, {events} events")
    print(f"pipeline without attribution: {1000 * rest / len(docs):.1f} ms/document")
    print(f"attribution stage:            {1000 * own / len(docs):.1f} ms/document")


def load_gold(path: Path) -> list[dict]:
    items = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{lineno}: not JSON ({exc.msg})")
            if "voice" not in item or "text" not in item:
                sys.exit(f"{path}:{lineno}: a passage needs 'text' and 'voice'")
            items.append(item)
    return items


def locate(text: str, items: list[dict]) -> list[tuple[dict, int, int]]:
    """Each passage's character span in the document, searched in order."""
    located, cursor = [], 0
    for item in items:
        at = text.find(item["text"], cursor)
        if at < 0:
            at = text.find(item["text"])
        if at < 0:
            print(f"warning: passage {item['id']} not found in the document", file=sys.stderr)
            continue
        located.append((item, at, at + len(item["text"])))
        cursor = at + len(item["text"])
    return located


def same_source(gold: str | None, ours: dict | None) -> bool:
    """Whether our first quoted voice is the gold ``quoted_from``."""
    if gold is None or ours is None:
        return gold is None and ours is None
    gold_l, who = gold.lower(), (ours["who"] or "").lower()
    if gold_l.startswith("news report"):
        return ours["kind"] == "document" and ours["code"] is None
    names = [n.strip() for n in re.split(r"[/,()]", gold_l) if n.strip()]
    return any(n in who or who in n for n in names)


def rates(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"precision {p:.2f}  recall {r:.2f}  F1 {f:.2f}  (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=SEED_GOLD)
    parser.add_argument("--document", type=Path, help="the document the passages come from")
    parser.add_argument("--date", help="document date (default: the gold's)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every disagreement")
    parser.add_argument("--speed", type=int, metavar="N", help="time the stage on N AG items")
    args = parser.parse_args()
    if args.speed:
        speed(args.speed)
        return
    if not args.gold.exists():
        sys.exit(f"{args.gold}: no such gold file")
    items = load_gold(args.gold)
    if args.document:
        text = args.document.read_text(encoding="utf-8")
    elif args.gold.resolve() == SEED_GOLD.resolve():
        text = Path(example_path()).read_text(encoding="utf-8")
    else:
        text = "\n".join(item["text"] for item in items)
    date = args.date or next((i.get("date") for i in items if i.get("date")), EXAMPLE_DATE)

    nlp = get_pipeline()
    doc = nlp(prepare(nlp.make_doc(text), Document(id="stance-benchmark", text=text, date=date)))
    located = locate(text, items)

    voice_ok = source_ok = stance_ok = 0
    quoted_total = quoted_source_ok = 0
    tp = fp = fn = 0
    confusion: Counter = Counter()
    for item, start, end in located:
        label = label_span(doc, start, end)
        voice = "quoted" if label.voice == "quoted" else "author"
        ours_source = label.attribution[1] if len(label.attribution) > 1 else None
        if voice == "author":
            ours_source = None
        gold_disputes = item.get("stance") == "disputes"
        ours_disputes = label.stance == "disputes"
        confusion[(item["voice"], voice)] += 1
        v_ok = voice == item["voice"]
        s_ok = same_source(item.get("quoted_from"), ours_source)
        d_ok = gold_disputes == ours_disputes
        voice_ok += v_ok
        source_ok += s_ok
        stance_ok += d_ok
        if item.get("quoted_from"):
            quoted_total += 1
            quoted_source_ok += s_ok
        tp += gold_disputes and ours_disputes
        fp += ours_disputes and not gold_disputes
        fn += gold_disputes and not ours_disputes
        if args.verbose and not (v_ok and s_ok and d_ok):
            print(
                f"{item['id']}: gold {item['voice']}/{item.get('quoted_from')}/"
                f"{item.get('stance')}  ours {voice}/"
                f"{ours_source['who'] if ours_source else None}/{label.stance}"
                f"  | {item['text'][:70]!r}"
            )
    n = len(located)
    print(f"gold: {args.gold.name}, {n} passages located in {len(text)} characters")
    print(f"voice        {voice_ok}/{n} = {voice_ok / n:.3f}")
    for (gold, ours), count in sorted(confusion.items()):
        print(f"    gold {gold:6} -> ours {ours:6}: {count}")
    print(f"quoted_from  {source_ok}/{n} = {source_ok / n:.3f}", end="")
    if quoted_total:
        print(f"  (on gold-quoted passages {quoted_source_ok}/{quoted_total})")
    else:
        print()
    print(f"stance       {stance_ok}/{n} = {stance_ok / n:.3f}")
    print(f"disputes     {rates(tp, fp, fn)}")

    events = doc._.events or []
    print(f"\nevents in the document: {len(events)}")
    print("  by voice:  ", dict(Counter(e.voice for e in events)))
    print("  by stance: ", dict(Counter(e.stance for e in events)))
    by_source = Counter(
        e.attribution[1]["who"] if e.attribution and len(e.attribution) > 1 else "(author)"
        for e in events
    )
    print("  by first quoted or reporting source:", dict(by_source))
    for label_name in ("Bloomberg", "Kremlin"):
        count = sum(
            any(label_name.lower() in (a["who"] or "").lower() for a in e.attribution or [])
            for e in events
        )
        print(f"  attributed to {label_name}: {count}")
    for e in events:
        if e.stance == "disputes":
            print(f"  disputes: {e.source}->{e.target} {e.code} | {e.stance_evidence}")


if __name__ == "__main__":
    main()
