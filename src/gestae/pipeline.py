"""Documents through the NLP pipeline: one process or many, results as plain records."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from gestae.actors import bundled_kb
from gestae.events import Event
from gestae.ingest import Document
from gestae.nlp import fold, get_pipeline

DEFAULT_BATCH_SIZE = 64

# "KABUL, Afghanistan (Reuters) - " or "BAGHDAD - " at the start of a news item.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*(?:-{1,2}|\u2013|\u2014)\s"
)


def dateline_country(text: str) -> str | None:
    """The country of a news dateline, when the knowledge base knows its place."""
    match = _DATELINE.match(text[:120])
    if not match:
        return None
    place = match["place"].strip()
    if not (place.isupper() or match["agency"]):
        return None
    kb = bundled_kb()
    for name in (match["region"], place):
        if not name:
            continue
        for entry in kb.aliases.get(fold(name.strip()), []):
            if entry.kind in ("country", "capital", "adjective"):
                return entry.key[:3]
    return None


@dataclass
class DocResult:
    """Everything gestae keeps of one document after the pipeline."""

    document: Document
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int, int, str]] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)


def prepare(doc: Doc, document: Document) -> Doc:
    doc._.doc_id = document.id
    doc._.doc_date = dt.date.fromisoformat(document.date) if document.date else None
    doc._.dateline = dateline_country(document.text)
    return doc


def to_result(doc: Doc, document: Document) -> DocResult:
    sentences = [(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)]
    sentence_starts = [s[1] for s in sentences]
    mentions = []
    for mention in doc._.actor_mentions or ():
        span = doc[mention.start : mention.end]
        entry = mention.entries[0]
        mentions.append(
            {
                "doc_id": document.id,
                "sentence_index": _sentence_at(sentence_starts, span.start_char),
                "start": span.start_char,
                "end": span.end_char,
                "text": span.text,
                "kind": entry.kind,
                "entry": entry.key,
            }
        )
    return DocResult(document, list(doc._.events or ()), sentences, mentions)


def _sentence_at(starts: list[int], char: int) -> int:
    index = 0
    for i, start in enumerate(starts):
        if start <= char:
            index = i
        else:
            break
    return index


def process(
    documents: Iterable[Document], batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[DocResult]:
    """Run the pipeline over documents in this process, in order."""
    nlp = get_pipeline()
    docs = iter(documents)

    def prepared() -> Iterator[Doc]:
        for document in docs:
            pending.append(document)
            if len(document.text) > nlp.max_length:
                nlp.max_length = len(document.text) + 1
            yield prepare(nlp.make_doc(document.text), document)

    pending: list[Document] = []
    for doc in nlp.pipe(prepared(), batch_size=batch_size):
        document = pending.pop(0)
        yield to_result(doc, document)


def _worker_batch(documents: list[Document]) -> list[DocResult]:
    return list(process(documents))


def _init_worker() -> None:
    # Keep each worker on one thread: the parallelism is across processes.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    get_pipeline()


def process_parallel(
    documents: Iterable[Document], workers: int, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[DocResult]:
    """Like ``process`` over ``workers`` processes, results in input order."""
    if workers <= 1:
        yield from process(documents, batch_size)
        return
    context = mp.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(workers, initializer=_init_worker) as pool:
        for results in pool.imap(_worker_batch, _chunks(documents, batch_size), chunksize=1):
            yield from results


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_text(text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
    """Code one text and return its events."""
    document = Document(id=doc_id, text=text, date=date)
    return next(iter(process([document]))).events
