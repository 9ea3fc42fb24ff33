"""Peak memory of a long streaming ingest: ``gestae ingest`` of ``--docs`` documents.

    .venv/bin/python benchmarks/memory.py [--docs 100000] [--workers N]

The documents are the AG News items repeated under new ids (``agn-00000~r3``), written on the
fly to a temporary JSON Lines file, and ingested into a new database by one ``gestae ingest``
process (with its workers). Reported: the largest resident set of any one process
(``getrusage(RUSAGE_CHILDREN)``), and the peak over time of the whole process tree, sampled from
``/proc`` every half second as the sum of RSS (counting the pages the forked workers share with
the main process once per process) and of PSS (counting them once). gestae's target: the
whole tree under 2 GB. A run of 100,000 documents takes about as long as 100,000 / (documents
per second of ``benchmarks/throughput.py``).
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
GB = 1024**3


def write_feed(corpus: Path, path: Path, docs: int) -> None:
    """``docs`` documents: the corpus over and over, each pass under new ids."""
    items = [json.loads(line) for line in corpus.open(encoding="utf-8") if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(docs):
            item = dict(items[n % len(items)])
            item["id"] = f"{item['id']}~r{n // len(items)}"
            out.write(json.dumps(item) + "\n")


def tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    pids, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        try:
            tasks = Path(f"/proc/{parent}/task").iterdir()
            for task in tasks:
                children = (task / "children").read_text().split()
                pids.extend(int(c) for c in children)
                frontier.extend(int(c) for c in children)
        except OSError:
            continue
    return pids


def memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of one process, 0 if it is gone."""
    try:
        fields = {}
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
            name, value, *_ = line.split()
            fields[name.rstrip(":")] = int(value) * 1024
        return fields.get("Rss", 0), fields.get("Pss", 0)
    except (OSError, ValueError):
        return 0, 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents (default 100000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no such corpus (the AG News items are in ../shared/corpus)")
    workdir = Path(tempfile.mkdtemp(prefix="gestae-memory-"))
    try:
        feed = workdir / "feed.jsonl"
        write_feed(args.corpus, feed, args.docs)
        command = [str(BIN / "gestae"), "ingest", str(feed), "--db", str(workdir / "m.duckdb"),
                   "--workers", str(args.workers)]  # fmt: skip
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        peak_rss = peak_pss = 0
        while process.poll() is None:
            sizes = [memory(p) for p in tree(process.pid)]
            peak_rss = max(peak_rss, sum(s[0] for s in sizes))
            peak_pss = max(peak_pss, sum(s[1] for s in sizes))
            time.sleep(0.5)
        out, err = process.communicate()
        elapsed = time.perf_counter() - start
        if process.returncode != 0:
            sys.exit(f"gestae ingest failed ({process.returncode}):\n{err.decode()[-2000:]}")
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        db_size = (workdir / "m.duckdb").stat().st_size
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(" ".join(command[:2] + ["FEED"] + command[3:4] + ["DB"] + command[5:]))
    print(out.decode().strip())
    print(f"{args.docs} documents in {elapsed:.0f} s ({args.docs / elapsed:.1f} per second)")
    print(f"largest process, peak RSS:  {largest / GB:.2f} GB")
    print(f"process tree, peak RSS sum: {peak_rss / GB:.2f} GB (shared pages counted per process)")
    print(f"process tree, peak PSS sum: {peak_pss / GB:.2f} GB (shared pages counted once)")
    print(f"database: {db_size / GB:.2f} GB")
    verdict = "under" if peak_rss < 2 * GB else "OVER"
    print(f"{verdict} the 2 GB bound")


if __name__ == "__main__":
    main()
