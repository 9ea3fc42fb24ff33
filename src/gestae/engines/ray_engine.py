"""The Ray engine: gestae's pipeline on Ray Data, on this machine or on a cluster.

The inputs are read as a dataset (one row per file, which the workers split into documents with
the same readers as ``gestae ingest``), coded in ``map_batches`` by ``Coder`` actors that load the
pipeline once each, and come out as one record per document with its sentences, events and actor
mentions as nested lists. Those records are either streamed back to this process and written to
the DuckDB store, or written by the workers as Parquet shards (``out``)::

    gestae ingest news/ --engine ray                          # local Ray, all cores
    gestae ingest /shared/news --engine ray --address HOST:6379 --out /shared/coded

A shard's events flatten with DuckDB:
``SELECT unnest(events, recursive := true) FROM 'coded/*.parquet'``; ``load_shards`` stores them.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from gestae.api import WRITE_BATCH, IngestReport
from gestae.events import EVENT_FIELDS, Event
from gestae.ingest import (
    DEFAULT_MAX_BYTES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    Document,
    InputProblem,
    iter_documents,
    read_bytes,
    read_jsonl,
)
from gestae.pipeline import DEFAULT_BATCH_SIZE, DocResult, process
from gestae.store import Store

#: Documents per ``map_batches`` call: small enough to spread a few hundred over the workers.
RAY_BATCH_SIZE = 64
#: Target size of a block of documents (about 100 news items).
BLOCK_BYTES = 64 * 1024
_DOCUMENT_FIELDS = ("id", "text", "title", "date", "url", "source", "path", "meta")
_MENTION_FIELDS = ("sentence_index", "start", "end", "text", "kind", "entry")


class RayUnavailableError(RuntimeError):
    """Ray (``pip install 'gestae[ray]'``) is not installed."""


def _ray():
    # Ray must not phone home or start a web server: set before Ray is imported.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
        import ray.data  # noqa: F401 - Ray Data is a separate extra of Ray
    except ImportError as exc:
        raise RayUnavailableError(
            "the Ray engine needs Ray Data: pip install 'gestae[ray]' (ray[data])"
        ) from exc
    return ray


# -- the record schema -----------------------------------------------------------------------
def _event_types() -> dict[str, str]:
    """Each event field's Arrow type name: ``string``, ``int64``, ``double`` or ``json``."""
    types = {}
    for name in EVENT_FIELDS:
        annotation = str(Event.__dataclass_fields__[name].type)
        base = annotation.split("|")[0].strip()
        types[name] = {"str": "string", "int": "int64", "float": "double"}.get(base, "json")
    return types


def result_schema():
    """The Arrow schema of a coded document (also the schema of the Parquet shards)."""
    import pyarrow as pa

    arrow = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64()}
    event = pa.struct([pa.field(n, arrow.get(t, pa.string())) for n, t in _event_types().items()])
    sentence = pa.struct(
        [("sentence_index", pa.int64()), ("start", pa.int64()), ("end", pa.int64()),
         ("text", pa.string())]
    )  # fmt: skip
    mention = pa.struct(
        [(n, pa.string() if n in ("text", "kind", "entry") else pa.int64())
         for n in _MENTION_FIELDS]
    )  # fmt: skip
    return pa.schema(
        [("doc_id", pa.string()), ("title", pa.string()), ("date", pa.string()),
         ("url", pa.string()), ("source", pa.string()), ("path", pa.string()),
         ("content_hash", pa.string()), ("text", pa.string()),
         ("sentences", pa.list_(sentence)), ("events", pa.list_(event)),
         ("actor_mentions", pa.list_(mention)),
         ("problem_input", pa.string()), ("problem_reason", pa.string())]
    )  # fmt: skip


def to_record(result: DocResult) -> dict:
    """A coded document as a row of ``result_schema``."""
    document, json_fields = result.document, _json_fields()
    events = []
    for event in result.events:
        values = {name: getattr(event, name) for name in EVENT_FIELDS}
        for name in json_fields:
            if values[name] is not None:
                values[name] = json.dumps(values[name])
        events.append(values)
    return {
        "doc_id": document.id, "title": document.title, "date": document.date,
        "url": document.url, "source": document.source, "path": document.path,
        "content_hash": document.content_hash, "text": document.text,
        "sentences": [dict(zip(("sentence_index", "start", "end", "text"), s, strict=True))
                      for s in result.sentences],
        "events": events,
        "actor_mentions": [{k: m[k] for k in _MENTION_FIELDS} for m in result.mentions],
        "problem_input": None, "problem_reason": None,
    }  # fmt: skip


def from_record(record: dict) -> DocResult | InputProblem:
    """The ``DocResult`` (or the refused input) a record stands for."""
    if record["doc_id"] is None:
        return InputProblem(record["problem_input"], record["problem_reason"])
    document = Document(
        id=record["doc_id"], text=record["text"], title=record["title"], date=record["date"],
        url=record["url"], source=record["source"], path=record["path"],
    )  # fmt: skip
    json_fields = _json_fields()
    events = []
    for values in record["events"] or ():
        values = dict(values)
        for name in json_fields:
            if values.get(name) is not None:
                values[name] = json.loads(values[name])
        events.append(Event(**values))
    sentences = [
        (s["sentence_index"], s["start"], s["end"], s["text"]) for s in record["sentences"] or ()
    ]
    mentions = [{"doc_id": document.id, **m} for m in record["actor_mentions"] or ()]
    return DocResult(document, events, sentences, mentions)


def _json_fields() -> list[str]:
    return [name for name, kind in _event_types().items() if kind == "json"]


# -- reading -----------------------------------------------------------------------------------
def _payload(item: Document | InputProblem) -> dict[str, str]:
    """A document or a refused input as one JSON string (one column, any fields)."""
    if isinstance(item, InputProblem):
        return {"payload": json.dumps({"problem": [item.input, item.reason]})}
    return {"payload": json.dumps({"doc": {k: getattr(item, k) for k in _DOCUMENT_FIELDS}})}


def read_file(name: str, data: bytes, date: str | None) -> Iterator[Document | InputProblem]:
    """The documents of one file's bytes, exactly as ``gestae.ingest.read_path`` reads them."""
    path = Path(name)
    if path.suffix.lower() in JSONL_SUFFIXES:
        lines = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")
        try:
            yield from read_jsonl(lines, name, date)
        except UnicodeDecodeError as exc:
            yield InputProblem(name, f"JSON Lines must be UTF-8 ({exc.reason})")
        return
    yield from read_bytes(data, name, path.stem, date, html=path.suffix.lower() in HTML_SUFFIXES)


def _split_file(row: dict, names: dict[str, str], date: str | None) -> list[dict]:
    name = names.get(row["path"], row["path"])
    return [_payload(item) for item in read_file(name, row["bytes"], date)]


def list_inputs(
    inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[dict[str, str], bool, list[InputProblem]]:
    """The files to read (absolute path or URI -> the name gestae reports), whether stdin is
    among the inputs, and the inputs refused before reading, as ``gestae ingest`` lists them."""
    files: dict[str, str] = {}
    problems: list[InputProblem] = []
    stdin = False

    def add(path: Path) -> None:
        name = str(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            problems.append(InputProblem(name, exc.strerror or str(exc)))
            return
        if path.suffix.lower() not in JSONL_SUFFIXES and size > max_bytes:
            problems.append(
                InputProblem(
                    name, f"{size:,} bytes is over the limit of {max_bytes:,} (--max-bytes)"
                )
            )
        elif not os.access(path, os.R_OK):
            problems.append(InputProblem(name, "Permission denied"))
        else:
            files[os.path.abspath(path)] = name

    for raw in inputs:
        if raw == "-":
            stdin = True
        elif "://" in raw:
            files[raw] = raw  # object storage: every node reads it, Ray lists a folder
        elif Path(raw).is_dir():
            for child in sorted(p for p in Path(raw).rglob("*") if p.is_file()):
                if not child.name.startswith("."):
                    add(child)
        elif Path(raw).is_file():
            add(Path(raw))
        else:
            problems.append(InputProblem(raw, "no such file or folder"))
    return files, stdin, problems


# -- coding ----------------------------------------------------------------------------------
class Coder:
    """A Ray Data callable class: the pipeline is loaded once per worker, then batches of
    documents are coded with ``gestae.pipeline.process``, exactly as on one machine."""

    def __init__(self, actor_overrides: str | None = None) -> None:
        from gestae.actors import OVERRIDES_ENV
        from gestae.nlp import get_pipeline

        if actor_overrides:
            os.environ[OVERRIDES_ENV] = actor_overrides
        get_pipeline()

    def __call__(self, batch: dict):
        import pyarrow as pa

        items = [json.loads(p) for p in batch["payload"]]
        documents = [Document(**item["doc"]) for item in items if "doc" in item]
        results = process(documents, DEFAULT_BATCH_SIZE)
        records = []
        for item in items:
            if "doc" in item:
                records.append(to_record(next(results)))
            else:
                problem_input, reason = item["problem"]
                record = dict.fromkeys(result_schema().names)
                record.update(problem_input=problem_input, problem_reason=reason)
                records.append(record)
        return pa.Table.from_pylist(records, schema=result_schema())


def connect(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Start local Ray (no dashboard) or join the cluster at ``address``; ``True`` if this call
    started Ray (and so should shut it down)."""
    ray = _ray()
    if ray.is_initialized():
        return False
    options: dict = {"logging_level": "WARNING", "configure_logging": True}
    if address:
        ray.init(address=address, **options)
    else:
        ray.init(num_cpus=num_cpus, include_dashboard=False, **options)
    return True


def coded_dataset(
    inputs: Iterable[str],
    date: str | None = None,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
):
    """(the dataset of coded document records, the inputs refused while listing them).

    Ray must be connected (``connect``); the dataset is lazy until it is consumed.
    """
    ray = _ray()
    from ray.data import DataContext

    context = DataContext.get_current()
    # Input order in, input order out: the first of two documents with one id wins, as locally.
    context.execution_options.preserve_order = True
    # A file is one row but may hold thousands of documents: small blocks spread them over the
    # workers (a block goes to one worker) without a repartition task that needs a CPU of its own.
    context.target_max_block_size = BLOCK_BYTES
    files, stdin, problems = list_inputs(inputs, max_bytes)
    parts = []
    if files:
        # Reading and splitting files is light: it runs beside the coders, which take every CPU.
        raw = ray.data.read_binary_files(list(files), include_paths=True, num_cpus=0)
        parts.append(
            raw.flat_map(_split_file, fn_kwargs={"names": files, "date": date}, num_cpus=0)
        )
    if stdin:
        parts.append(ray.data.from_items([_payload(i) for i in iter_documents(["-"], date)]))
    if not parts:
        return None, problems
    dataset = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    if workers is None:
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
    from gestae.actors import OVERRIDES_ENV

    coded = dataset.map_batches(
        Coder,
        fn_constructor_kwargs={"actor_overrides": os.environ.get(OVERRIDES_ENV)},
        batch_size=RAY_BATCH_SIZE,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    return coded, problems


# -- storing ---------------------------------------------------------------------------------
def ingest_ray(
    inputs: Iterable[str],
    store: Store | None = None,
    date: str | None = None,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    address: str | None = None,
    out: str | None = None,
    on_problem: Callable[[InputProblem], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """``gestae.ingest`` on Ray: into ``store``, or as Parquet shards in ``out``."""
    if (store is None) == (out is None):
        raise ValueError("give either a store or an output folder (out)")
    started = connect(address)
    try:
        coded, problems = coded_dataset(inputs, date, workers, max_bytes)
        report = IngestReport()
        writer = _Writer(store, report, on_problem, on_progress) if store else None
        for problem in problems:
            _refuse(problem, report, store, on_problem)
        if coded is None:
            return report
        if out is not None:
            coded.write_parquet(out)
            return _summarize(out, report, on_problem)
        for batch in coded.iter_batches(batch_size=WRITE_BATCH, batch_format="pyarrow"):
            writer.write(from_record(r) for r in batch.to_pylist())
        return report
    finally:
        if started:
            _ray().shutdown()


def _refuse(problem, report, store, on_problem) -> None:
    report.problems.append(problem)
    if store is not None:
        store.record_problem(problem.input, problem.reason)
    if on_problem:
        on_problem(problem)


class _Writer:
    """Stores coded documents as ``gestae.api.ingest`` does: duplicates refused, documents
    already stored with the same text skipped, a transaction per batch."""

    def __init__(self, store: Store, report: IngestReport, on_problem, on_progress) -> None:
        self.store, self.report = store, report
        self.on_problem, self.on_progress = on_problem, on_progress
        self.seen: set[str] = set()

    def write(self, items: Iterable[DocResult | InputProblem]) -> None:
        fresh = []
        for item in items:
            if isinstance(item, InputProblem):
                _refuse(item, self.report, self.store, self.on_problem)
                continue
            document = item.document
            if document.id in self.seen:
                problem = InputProblem(
                    document.path or document.id, f"duplicate document id {document.id!r}"
                )
                self.report.problems.append(problem)
                if self.on_problem:
                    self.on_problem(problem)
                continue
            self.seen.add(document.id)
            fresh.append(item)
        hashes = self.store.stored_hashes(r.document.id for r in fresh)
        new = [r for r in fresh if hashes.get(r.document.id) != r.document.content_hash]
        self.report.skipped += len(fresh) - len(new)
        self.store.write(new)
        self.report.stored += len(new)
        self.report.events += sum(len(r.events) for r in new)
        if self.on_progress:
            self.on_progress(len(fresh))


def read_shards(folder: str | Path) -> Iterator[DocResult | InputProblem]:
    """The coded documents (and refused inputs) in a folder of Parquet shards."""
    import pyarrow.parquet as pq

    for path in sorted(Path(folder).glob("*.parquet")):
        for batch in pq.ParquetFile(path).iter_batches(batch_size=WRITE_BATCH):
            for record in batch.to_pylist():
                yield from_record(record)


def load_shards(folder: str | Path, store: Store) -> IngestReport:
    """Store the Parquet shards of ``gestae ingest --engine ray --out FOLDER``."""
    report = IngestReport()
    writer = _Writer(store, report, None, None)
    batch: list = []
    for item in read_shards(folder):
        batch.append(item)
        if len(batch) >= WRITE_BATCH:
            writer.write(batch)
            batch = []
    writer.write(batch)
    return report


def _summarize(folder: str, report: IngestReport, on_problem) -> IngestReport:
    import pyarrow.compute as pc
    import pyarrow.dataset as pads

    table = pads.dataset(folder, format="parquet").to_table(
        columns=["doc_id", "events", "problem_input", "problem_reason"]
    )
    documents = pc.is_valid(table["doc_id"])
    report.stored = pc.sum(documents).as_py() or 0
    report.events = pc.sum(pc.list_value_length(table["events"])).as_py() or 0
    refused = table.filter(pc.invert(documents))
    for row in refused.select(["problem_input", "problem_reason"]).to_pylist():
        _refuse(InputProblem(row["problem_input"], row["problem_reason"]), report, None, on_problem)
    return report
