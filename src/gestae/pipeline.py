"""Documents through the NLP pipeline: one process or many, results as plain records.

``process`` codes documents in this process; ``process_parallel`` spreads them over worker
processes forked from this one after the pipeline is loaded, so each worker starts at once and
shares the model's memory. Workers send back compact tuples (no spaCy objects, no document text)
and the results come out in input order. Both run the pipeline inside spaCy memory zones, so a
long run does not grow the vocabulary without bound.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from gestae.actors import bundled_kb
from gestae.events import EVENT_FIELDS, Event
from gestae.ingest import Document
from gestae.nlp import capitals_dateline, dateline_span, fold, get_pipeline

#: Documents per ``nlp.pipe`` batch.
DEFAULT_BATCH_SIZE = 64
#: Documents per memory zone: strings spaCy adds for them are freed when the zone closes.
ZONE_SIZE = 1000
#: Documents sent to a worker at a time.
DEFAULT_CHUNK_SIZE = 64

# "KABUL, Afghanistan (Reuters) - " or "BAGHDAD - " at the start of a news item.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?"
    r"(?:,\s*[A-Za-z]{3,9}\.? \d{1,2}(?:,\s*\d{4})?)?"  # "BAGHDAD, Sept 12: "
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?"
    r"(?:\s*(?:-{1,2}|\u2013|\u2014)|(?<=[\d)]):)\s"  # a colon only after a date or agency
)


#: "Canadian Press - LANGLEY, B.C. (CP) - ": an agency's name before the dateline.
_AGENCY_LINE = re.compile(r"^\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)? - (?=[A-Z]{2})")
#: A dateline city found only in the gazetteer must be a large one (datelines name cities
#: news is filed from; a small namesake elsewhere is more likely than a small town).
DATELINE_MIN_POPULATION = 100_000


#: Datelines of the seats of international bodies, where news of other states is told: when
#: the lead names such a body they place no one ("VIENNA - U.N. inspectors visited a site").
NEWS_HUBS = {"vienna", "geneva", "brussels", "the hague", "strasbourg", "united nations"}
#: Names of the bodies seated there; a lead that names none is local news ("GENEVA - Police").
_INTERNATIONAL = re.compile(
    r"\bU\.N\.|\b(?:UN|United Nations|IAEA|EU|European Union|NATO|WHO|WTO|OPEC|Red Cross|"
    r"Security Council|tribunal|watchdog|Commission|bloc|alliance|European|nuclear|diplomats)\b"
)


def dateline_country(text: str) -> str | None:
    """The country of a news dateline: by the knowledge base (countries, capitals), else by
    the gazetteer's most populous reading of its city ("TORONTO (Reuters) - ")."""
    start, end = dateline_span(text)
    head = text[start : start + 160] if end else text[:160]  # ("Ties Cut. CARACAS (AP) - ")
    agency = _AGENCY_LINE.match(head)
    if agency:
        head = head[agency.end() :]
    match = _DATELINE.match(head[:120])
    if not match:
        city = capitals_dateline(text)  # ("BAGHDAD US warplanes fired ...")
        return _gazetteer_country(city.title()) if city else None
    place = match["place"].strip()
    if not (place.isupper() or match["agency"]):
        return None
    if fold(place) in NEWS_HUBS and _INTERNATIONAL.search(text[:400]):
        return None
    kb = bundled_kb()
    names = [n.strip() for n in (match["region"], place) if n]
    for name in names:
        for entry in kb.aliases.get(fold(name), []):
            if entry.kind in ("country", "capital", "adjective"):
                return entry.key[:3]
    return _gazetteer_country(place.strip())


def _gazetteer_country(name: str) -> str | None:
    try:
        from gestae.places import most_populous
    except ModuleNotFoundError:
        return None
    place = most_populous(name, DATELINE_MIN_POPULATION)
    return place.country if place is not None else None


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
    doc._.doc_source = document.source  # the outermost voice of the attribution chain
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
    """The index of the sentence a character offset falls in (``starts`` is sorted)."""
    return max(bisect_right(starts, char) - 1, 0)


#: Stages that only annotate events: a document without events skips them.
EVENT_STAGES = ("gestae_places", "gestae_attribution")


def _event_stages(nlp: Language) -> list[str]:
    """The trailing components of ``nlp`` that only annotate events (none if others follow)."""
    names = list(nlp.pipe_names)
    tail: list[str] = []
    while names and names[-1] in EVENT_STAGES:
        tail.insert(0, names.pop())
    return tail


def _pipe(nlp: Language, documents: list[Document], batch_size: int) -> Iterator[DocResult]:
    """One zone's worth of documents through the pipeline; spaCy objects stay inside."""
    longest = max((len(d.text) for d in documents), default=0)
    if longest >= nlp.max_length:
        # gestae refuses oversized inputs before this (--max-bytes); what gets here is coded.
        nlp.max_length = longest + 1
    # Most news items have no event: where and according to whom is only worked out for those
    # that have one (what is stored is the same; ``doc._.places`` is not kept).
    tail = _event_stages(nlp)
    stages = [nlp.get_pipe(name) for name in tail]
    docs = (prepare(nlp.make_doc(d.text), d) for d in documents)
    with nlp.memory_zone():
        coded = nlp.pipe(docs, batch_size=batch_size, disable=tail)
        for doc, document in zip(coded, documents, strict=True):
            if doc._.events:
                for stage in stages:
                    doc = stage(doc)
            yield to_result(doc, document)


def process(
    documents: Iterable[Document], batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[DocResult]:
    """Run the pipeline over documents in this process, in order."""
    nlp = get_pipeline()
    for zone in _chunks(documents, ZONE_SIZE):
        yield from _pipe(nlp, zone, batch_size)


# -- many processes -------------------------------------------------------------------------
#: A result on its way back from a worker: sentence spans, event values, mention values.
Packed = tuple[list[tuple[int, int]], list[tuple], list[tuple]]
_MENTION_KEYS = ("sentence_index", "start", "end", "text", "kind", "entry")


def pack(result: DocResult) -> Packed:
    """A result as plain tuples: cheap to pickle, and without the document's text."""
    return (
        [(start, end) for _, start, end, _ in result.sentences],
        [tuple(getattr(e, name) for name in EVENT_FIELDS) for e in result.events],
        [tuple(m[k] for k in _MENTION_KEYS) for m in result.mentions],
    )


def unpack(document: Document, packed: Packed) -> DocResult:
    """The ``DocResult`` that ``pack`` was made from, given the document it belongs to."""
    spans, events, mentions = packed
    text = document.text
    return DocResult(
        document,
        [Event(*values) for values in events],
        [(i, start, end, text[start:end]) for i, (start, end) in enumerate(spans)],
        [{"doc_id": document.id, **dict(zip(_MENTION_KEYS, m, strict=True))} for m in mentions],
    )


def _code_chunk(args: tuple[list[Document], int]) -> list[Packed]:
    documents, batch_size = args
    return [pack(r) for r in _pipe(get_pipeline(), documents, batch_size)]


def _init_worker() -> None:
    # The pipeline came with the fork; a spawned worker (no fork on this system) loads it.
    get_pipeline()


def _forks() -> bool:
    return "fork" in mp.get_all_start_methods()


def preload(workers: int) -> None:
    """Load the pipeline now if this process will use it (one worker) or fork workers from it.

    Callers do this before opening a database, so the pipeline is loaded (and frozen out of the
    garbage collector's sight, see ``gestae.nlp.get_pipeline``) before DuckDB is imported.
    """
    if workers <= 1 or _forks():
        get_pipeline()


def process_parallel(
    documents: Iterable[Document],
    workers: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[DocResult]:
    """Like ``process`` over ``workers`` processes, results in input order.

    At most two chunks per worker are in flight, so memory stays bounded however long the
    input, and the input is read in this thread only (callers may query a database from it).
    """
    if workers <= 1:
        yield from process(documents, batch_size)
        return
    fork = _forks()
    if fork:
        get_pipeline()  # load once here; the forked workers share it
    context = mp.get_context("fork" if fork else "spawn")
    with context.Pool(workers, initializer=_init_worker) as pool:
        pending: deque = deque()
        for chunk in _chunks(documents, chunk_size):
            pending.append((chunk, pool.apply_async(_code_chunk, ((chunk, batch_size),))))
            if len(pending) >= 2 * workers:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _collect(chunk: list[Document], future) -> Iterator[DocResult]:
    for document, packed in zip(chunk, future.get(), strict=True):
        yield unpack(document, packed)


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
