"""gestae's Python API: the functions the CLI is a thin layer over."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources

from gestae.ingest import DEFAULT_MAX_BYTES, Document, InputProblem, iter_documents
from gestae.pipeline import DEFAULT_BATCH_SIZE, code_text, process_parallel
from gestae.store import Store

EXAMPLE_DATE = "2016-12-15"
#: Documents per database transaction: large enough that DuckDB's per-statement cost vanishes,
#: small enough that an interrupted ingest loses little.
WRITE_BATCH = 500
#: ...and at least this often (seconds), so a slow run still commits as it goes.
WRITE_INTERVAL = 5.0


def example_path() -> str:
    """The bundled example: a 2016 blog post on Russia, Turkey and Aleppo."""
    return str(resources.files("gestae") / "data" / "examples" / "seed-blog-2016-12-15.txt")


def code(text: str, date: str | None = None) -> list[dict]:
    """Code one text: ``gestae.code("Turkey condemned Russia.", date="2016-12-15")``."""
    return [event.to_dict() for event in code_text(text, date=date)]


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    events: int = 0
    problems: list[InputProblem] = field(default_factory=list)


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def ingest(
    inputs: Iterable[str],
    store: Store,
    date: str | None = None,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = DEFAULT_BATCH_SIZE,
    write_batch: int = WRITE_BATCH,
    write_interval: float = WRITE_INTERVAL,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read, code and store documents; already-stored documents (same id and text) are skipped.

    Results are committed ``write_batch`` documents at a time (or after ``write_interval``
    seconds), so an interrupted ingest resumes where it stopped. ``workers`` processes code the
    documents (see ``gestae.pipeline.process_parallel``).
    """
    report = IngestReport()
    seen: set[str] = set()

    def fresh_documents() -> Iterable[Document]:
        pending: list[Document] = []
        for item in iter_documents(inputs, date=date, max_bytes=max_bytes):
            if isinstance(item, InputProblem):
                report.problems.append(item)
                store.record_problem(item.input, item.reason)
                if on_problem:
                    on_problem(item)
                continue
            if item.id in seen:
                problem = InputProblem(item.path or item.id, f"duplicate document id {item.id!r}")
                report.problems.append(problem)
                if on_problem:
                    on_problem(problem)
                continue
            seen.add(item.id)
            pending.append(item)
            if len(pending) >= write_batch:
                yield from _unstored(pending)
                pending = []
        yield from _unstored(pending)

    def _unstored(documents: list[Document]) -> Iterable[Document]:
        hashes = store.stored_hashes(d.id for d in documents)
        for document in documents:
            if hashes.get(document.id) == document.content_hash:
                report.skipped += 1
                if on_progress:
                    on_progress(1)
            else:
                yield document

    buffer: list = []
    last_write = time.monotonic()
    for result in process_parallel(fresh_documents(), workers=workers, batch_size=batch_size):
        buffer.append(result)
        if len(buffer) >= write_batch or time.monotonic() - last_write >= write_interval:
            _flush(store, buffer, report, on_progress)
            last_write = time.monotonic()
    _flush(store, buffer, report, on_progress)
    return report


def _flush(store: Store, buffer: list, report: IngestReport, on_progress) -> None:
    if not buffer:
        return
    store.write(buffer)
    report.stored += len(buffer)
    report.events += sum(len(r.events) for r in buffer)
    if on_progress:
        on_progress(len(buffer))
    buffer.clear()


def is_terminal() -> bool:
    return sys.stderr.isatty()
