"""How well gestae codes events: precision, recall and F1 against a gold file.

The scoring is the one in the gold guidelines (``GUIDELINES.md``, "Scoring"): a coded event
matches a gold event of the same text when the primary source and the primary target agree and
its root is the root of the gold ``code`` or of one of its ``alt_codes``. Each gold event is
matched at most once. Precision, recall and F1 are micro-averaged over all texts; a text whose
gold ``events`` list is empty can only add false positives.

    report = evaluate("gold/agnews-gold.jsonl")
    report["f1"], report["per_root"]["19"]

``score`` is the pure part (gold items and predicted events in, report out); ``evaluate`` reads
the gold file, finds each text (inline, or by ``id`` in a corpus JSON Lines file), codes it on
its own with its ``date`` (or reads the events of an already-ingested database) and scores.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

import click

#: Actor codes that are international: their primary level is the whole code.
INTERNATIONAL_PREFIXES = ("IGO", "IMG", "NGO", "MNC")

_REPO = Path(__file__).resolve().parents[2]
#: The AG News development corpus, where it sits beside a checkout (``../shared/corpus``).
DEFAULT_CORPUS = _REPO.parent / "shared" / "corpus" / "agnews-dev.jsonl"
#: The file listing which gold ids belong to which slice (columns ``id``, ``slice``).
SLICE_FILE = "agnews-ids.tsv"


class GoldError(ValueError):
    """A gold, corpus, slice or database input that cannot be used; the message says which and
    why."""


# -- the scorer ---------------------------------------------------------------------------------
def primary(actor: str | None) -> str:
    """The actor at the level the scorer compares: ``TURGOV`` -> ``TUR``, ``IGOUNO`` stays."""
    actor = (actor or "").upper()
    return actor if actor.startswith(INTERNATIONAL_PREFIXES) else actor[:3]


def root(code: str | None) -> str:
    return str(code or "")[:2]


def accepted_codes(gold_event: Mapping) -> list[str]:
    return [str(gold_event["code"]), *(str(c) for c in gold_event.get("alt_codes") or ())]


def _rates(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def _candidates(gold: Mapping, pred: Mapping) -> tuple[bool, bool, bool]:
    """(matches, full code right, roles right) for one gold and one predicted event."""
    same_actors = (primary(pred.get("source")), primary(pred.get("target"))) == (
        primary(gold["source"]),
        primary(gold["target"]),
    )
    codes = accepted_codes(gold)
    matches = same_actors and root(pred.get("code")) in {root(c) for c in codes}
    full = matches and str(pred.get("code")) in codes
    roles = (
        matches and pred.get("source") == gold["source"] and pred.get("target") == gold["target"]
    )
    return matches, full, roles


def match(gold: list[Mapping], pred: list[Mapping]) -> list[tuple[int, int]]:
    """Pairs ``(gold index, predicted index)``: a maximum matching, and among those the one with
    the most full-code matches, then the most role matches."""
    edges = []
    for g, gold_event in enumerate(gold):
        for p, pred_event in enumerate(pred):
            matches, full, roles = _candidates(gold_event, pred_event)
            if matches:
                # Full codes outweigh any number of role agreements inside one text.
                edges.append((g, p, 1 + 1000 * full + roles))
    if not edges:
        return []
    if len({g for g, _, _ in edges}) == len(edges) and len({p for _, p, _ in edges}) == len(edges):
        return [(g, p) for g, p, _ in edges]  # no choice to make
    import networkx as nx

    graph = nx.Graph()
    for g, p, weight in edges:
        graph.add_edge(("g", g), ("p", p), weight=weight)
    pairs = []
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        (_, g), (_, p) = (a, b) if a[0] == "g" else (b, a)
        pairs.append((g, p))
    return sorted(pairs)


def score(gold_items: Iterable[Mapping], predictions: Mapping[str, list[Mapping]]) -> dict:
    """Score predicted events against gold items.

    ``gold_items``: dicts with ``id`` and ``events`` (each with ``source``, ``target``, ``code``,
    optional ``alt_codes``), optionally ``text`` and ``topic``. ``predictions``: gold id -> list of
    event dicts as gestae makes them (``source``, ``target``, ``code``, and for the error list
    ``text`` and ``rule``); an id without predictions has none.

    ``per_root`` counts a match under the predicted root (one the gold event accepts), a false
    positive under the predicted root and a miss under the root of the gold ``code``.
    ``non_world`` (items with a ``topic`` other than ``world``) gives the events coded on them and
    the false positives among those, per item.
    """
    items = list(gold_items)
    tp = fp = fn = full_right = roles_right = n_gold = n_pred = 0
    per_root: dict[str, Counter] = defaultdict(Counter)
    errors: list[dict] = []
    non_world = off_topic_events = off_topic_fp = 0
    for item in items:
        gold = list(item["events"])
        pred = list(predictions.get(item["id"], ()))
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = match(gold, pred)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for g, p in pairs:
            _, full, roles = _candidates(gold[g], pred[p])
            tp += 1
            full_right += full
            roles_right += roles
            per_root[root(pred[p].get("code"))]["tp"] += 1
            if not full:
                errors.append(_error("wrong_code", item, pred[p], gold[g]))
        for p, event in enumerate(pred):
            if p not in matched_pred:
                fp += 1
                per_root[root(event.get("code"))]["fp"] += 1
                errors.append(_error("false_positive", item, event, None))
        for g, event in enumerate(gold):
            if g not in matched_gold:
                fn += 1
                per_root[root(event["code"])]["fn"] += 1
                errors.append(_error("miss", item, None, event))
        if item.get("topic") not in (None, "world"):
            non_world += 1
            off_topic_events += len(pred)
            off_topic_fp += len(pred) - len(matched_pred)
    report = _rates(tp, fp, fn)
    report.update(
        full_code_accuracy=full_right / tp if tp else None,
        role_accuracy=roles_right / tp if tp else None,
        n_gold=n_gold,
        n_pred=n_pred,
        n_texts=len(items),
        per_root={r: _rates(c["tp"], c["fp"], c["fn"]) for r, c in sorted(per_root.items())},
    )
    report["non_world"] = (
        {
            "n_texts": non_world,
            "n_events": off_topic_events,
            "n_false_positives": off_topic_fp,
            "events_per_text": off_topic_events / non_world,
            "spurious_per_text": off_topic_fp / non_world,
        }
        if non_world
        else None
    )
    report["errors"] = errors
    return report


def _error(kind: str, item: Mapping, pred: Mapping | None, gold: Mapping | None) -> dict:
    error = {"id": item["id"], "kind": kind, "text": item.get("text")}
    if pred is not None:
        error["predicted"] = {
            k: pred.get(k) for k in ("source", "target", "code", "event_name", "rule")
        }
        error["sentence"] = pred.get("text")
    if gold is not None:
        error["gold"] = {k: gold.get(k) for k in ("source", "target", "code", "alt_codes", "note")}
    return error


# -- reading gold, corpus and slices -------------------------------------------------------------
def load_gold(path: str | Path) -> list[dict]:
    """The items of a gold JSON Lines file, checked; a bad line raises ``GoldError`` naming it."""
    from gestae.ingest import normalize_date

    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc})") from None
    items, seen = [], set()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(item, dict):
            raise GoldError(f"{where}: a gold line must be a JSON object")
        item_id = item.get("id")
        if not isinstance(item_id, str) or not item_id.strip():
            raise GoldError(f"{where}: no 'id'")
        if item_id in seen:
            raise GoldError(f"{where}: id {item_id!r} appears twice")
        seen.add(item_id)
        if item.get("text") is not None and not isinstance(item["text"], str):
            raise GoldError(f"{where}: 'text' must be a string")
        try:
            item["date"] = normalize_date(item.get("date"), where)
        except ValueError as exc:
            raise GoldError(str(exc)) from None
        events = item.get("events")
        if not isinstance(events, list):
            raise GoldError(f"{where}: 'events' must be a list (an empty list: no event)")
        for n, event in enumerate(events, 1):
            _check_event(event, f"{where}: event {n}")
        items.append(item)
    if not items:
        raise GoldError(f"{path}: the gold file has no items")
    return items


def _check_event(event: object, where: str) -> None:
    if not isinstance(event, dict):
        raise GoldError(f"{where} must be a JSON object")
    for key in ("source", "target", "code"):
        if not isinstance(event.get(key), str) or not event[key].strip():
            raise GoldError(f"{where} has no {key!r}")
    alt = event.get("alt_codes")
    if alt is not None and not (isinstance(alt, list) and all(isinstance(c, str) for c in alt)):
        raise GoldError(f"{where}: 'alt_codes' must be a list of code strings")


def attach_texts(items: list[dict], corpus: str | Path | None = None) -> None:
    """Fill in the ``text`` (and ``topic``) of items that have only an ``id`` from a corpus
    JSON Lines file (``id``, ``text``, optional ``topic``)."""
    wanted = {item["id"] for item in items if item.get("text") is None}
    if not wanted:
        return
    corpus = Path(corpus) if corpus else DEFAULT_CORPUS
    found: dict[str, dict] = {}
    try:
        with corpus.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldError(f"{corpus}:{lineno}: malformed JSON ({exc.msg})") from None
                if isinstance(record, dict) and record.get("id") in wanted:
                    found[record["id"]] = record
    except FileNotFoundError:
        raise GoldError(
            f"{corpus}: no such corpus file; {len(wanted)} gold items have only an id "
            "(give the corpus with --corpus)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{corpus}: cannot read the corpus ({exc})") from None
    missing = sorted(wanted - set(found))
    if missing:
        raise GoldError(
            f"{corpus}: {len(missing)} gold ids are not in the corpus (first: {missing[0]!r})"
        )
    for item in items:
        record = found.get(item["id"])
        if record is not None:
            if not isinstance(record.get("text"), str):
                raise GoldError(f"{corpus}: item {item['id']!r} has no 'text'")
            item["text"] = record["text"]
            if item.get("topic") is None and record.get("topic") is not None:
                item["topic"] = record["topic"]


def slice_ids(name: str, ids_file: str | Path) -> set[str]:
    """The ids of one slice (``dev``, ``heldout``) in a TSV file with columns ``id``, ``slice``."""
    ids_file = Path(ids_file)
    try:
        lines = ids_file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"{ids_file}: cannot read the slice file ({exc.strerror or exc})") from None
    header = lines[0].split("\t") if lines else []
    if "id" not in header or "slice" not in header:
        raise GoldError(f"{ids_file}: a slice file needs the columns 'id' and 'slice'")
    id_col, slice_col = header.index("id"), header.index("slice")
    slices: dict[str, set[str]] = defaultdict(set)
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > max(id_col, slice_col):
            slices[cells[slice_col].strip()].add(cells[id_col].strip())
    if name not in slices:
        known = ", ".join(sorted(slices)) or "none"
        raise GoldError(f"{ids_file}: no slice {name!r} (slices: {known})")
    return slices[name]


def find_slice_file(gold_path: str | Path) -> Path:
    """``agnews-ids.tsv`` beside the gold file, else in the repository's ``gold/`` folder."""
    for candidate in (Path(gold_path).parent / SLICE_FILE, _REPO / "gold" / SLICE_FILE):
        if candidate.exists():
            return candidate
    raise GoldError(f"{gold_path}: no {SLICE_FILE} beside the gold file to take a slice from")


# -- predictions --------------------------------------------------------------------------------
def predict(items: list[dict]) -> dict[str, list[dict]]:
    """Code each item's text on its own, with its ``date``; gold id -> event dicts."""
    from gestae.ingest import Document, clean_text
    from gestae.pipeline import process

    # The same text ingest would store (entities a feed mangled are repaired there too).
    documents = [
        Document(id=item["id"], text=clean_text(item["text"]), date=item["date"])
        for item in items
    ]
    return {r.document.id: [e.to_dict() for e in r.events] for r in process(documents)}


def read_database(db: str | Path, items: list[dict]) -> dict[str, list[dict]]:
    """The stored events of the gold ids in a gestae database; items without text get the
    stored document text."""
    from gestae.store import Store

    try:
        store = Store(db, read_only=True)
    except FileNotFoundError as exc:
        raise GoldError(str(exc)) from None
    except Exception as exc:  # duckdb raises its own errors for a file that is not a database
        raise GoldError(f"{db}: cannot open the database ({exc})") from None
    with store:
        ids = [item["id"] for item in items]
        stored = store.stored_hashes(ids)
        missing = [i for i in ids if i not in stored]
        if missing:
            raise GoldError(
                f"{db}: {len(missing)} of {len(ids)} gold ids are not documents in the database "
                f"(first: {missing[0]!r}); ingest the gold texts under their ids first"
            )
        predictions = {i: store.events(doc_id=i) for i in ids}
        for item in items:
            if item.get("text") is None:
                item["text"] = store.document(item["id"])["text"]
    return predictions


def evaluate(
    gold_path: str | Path,
    corpus: str | Path | None = None,
    db: str | Path | None = None,
    ids: Iterable[str] | None = None,
) -> dict:
    """Code the gold texts (or read their events from ``db``) and score them.

    ``corpus``: where to find the texts of items given by ``id`` only (default: the AG News dev
    corpus beside the repository). ``ids``: score only these gold items (a slice).
    """
    items = load_gold(gold_path)
    if ids is not None:
        keep = set(ids)
        items = [item for item in items if item["id"] in keep]
        if not items:
            raise GoldError(f"{gold_path}: none of its items is in the requested ids")
    if db:
        predictions = read_database(db, items)
        if any(item.get("text") is None for item in items):
            attach_texts(items, corpus)
    else:
        attach_texts(items, corpus)
        predictions = predict(items)
    report = score(items, predictions)
    report["gold"] = str(gold_path)
    return report


# -- printing -----------------------------------------------------------------------------------
def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def summary_lines(report: Mapping) -> list[str]:
    """The headline figures of a report, as lines of text."""
    lines = [
        f"{report['n_texts']} texts, {report['n_gold']} gold events, "
        f"{report['n_pred']} coded events",
        f"precision {_pct(report['precision'])}  recall {_pct(report['recall'])}  "
        f"F1 {_pct(report['f1'])}   (matched {report['tp']}, false positives {report['fp']}, "
        f"missed {report['fn']})",
        f"on matched events: full code {_pct(report['full_code_accuracy'])}, "
        f"roles {_pct(report['role_accuracy'])}",
    ]
    non_world = report.get("non_world")
    if non_world:
        lines.append(
            f"non-world texts: {non_world['n_texts']}, {non_world['events_per_text']:.2f} events "
            f"per text, {non_world['spurious_per_text']:.2f} spurious per text"
        )
    return lines


def root_table(report: Mapping, title: str | None = None):
    """The per-root figures as a rich ``Table``."""
    from rich.table import Table

    from gestae.cameo import codebook

    book = codebook()
    table = Table(title=title)
    for column in ("root", "name", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("root", "name") else "right")
    for code, row in report["per_root"].items():
        name = book[code].name if code in book else "?"
        table.add_row(
            code, name, str(row["tp"]), str(row["fp"]), str(row["fn"]),
            _pct(row["precision"]), _pct(row["recall"]), _pct(row["f1"]),
        )  # fmt: skip
    return table


def error_lines(report: Mapping) -> list[str]:
    """False positives, misses and wrong codes, grouped by text, with the text and rules."""
    by_item: dict[str, list[dict]] = defaultdict(list)
    for error in report["errors"]:
        by_item[error["id"]].append(error)
    lines = []
    for item_id, errors in by_item.items():
        lines.append(f"{item_id}: {errors[0].get('text') or '(text not available)'}")
        for error in errors:
            pred, gold = error.get("predicted"), error.get("gold")
            if error["kind"] == "miss":
                alts = " ".join(gold.get("alt_codes") or ())
                note = f"  ({gold['note']})" if gold.get("note") else ""
                lines.append(
                    f"  miss   {gold['source']} -> {gold['target']} {gold['code']}"
                    + (f" [alt {alts}]" if alts else "")
                    + note
                )
            elif error["kind"] == "false_positive":
                lines.append(
                    f"  FP     {pred['source']} -> {pred['target']} {pred['code']} "
                    f"{pred.get('event_name') or ''}"
                )
                if error.get("sentence") and error["sentence"] != error.get("text"):
                    lines.append(f"         sentence: {error['sentence']}")
                lines.append(f"         rule: {pred.get('rule') or '?'}")
            else:
                lines.append(
                    f"  code   {pred['source']} -> {pred['target']} coded {pred['code']}, gold "
                    f"{' or '.join(accepted_codes(gold))}; rule: {pred.get('rule') or '?'}"
                )
    return lines


def register(main: click.Group) -> None:
    """Add ``gestae eval`` to the ``gestae`` command."""

    @main.command(name="eval")
    @click.argument("gold", type=click.Path(dir_okay=False))
    @click.option(
        "--corpus",
        type=click.Path(dir_okay=False),
        help="JSON Lines corpus with the texts of gold items given by id only "
        "[default: ../shared/corpus/agnews-dev.jsonl beside the repository].",
    )
    @click.option("--db", help="Score the events already stored in this database instead.")
    @click.option(
        "--slice", "slice_name", help=f"Only this slice (dev or heldout) of {SLICE_FILE}."
    )
    @click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
    @click.option("--errors", is_flag=True, help="List false positives and misses, with rules.")
    def eval_command(gold, corpus, db, slice_name, as_json, errors) -> None:
        """Score gestae against a gold file: precision, recall and F1 (GUIDELINES.md)."""
        from gestae.cli import _fail

        try:
            ids = slice_ids(slice_name, find_slice_file(gold)) if slice_name else None
            report = evaluate(gold, corpus=corpus, db=db, ids=ids)
        except GoldError as exc:
            _fail(str(exc))
        if slice_name:
            report["slice"] = slice_name
        if as_json:
            if not errors:
                report.pop("errors")
            click.echo(json.dumps(report, ensure_ascii=False, indent=2))
            return
        from rich.console import Console

        heading = f"{gold}" + (f" (slice {slice_name})" if slice_name else "")
        click.echo(heading)
        for line in summary_lines(report):
            click.echo(f"  {line}")
        Console(width=None if sys.stdout.isatty() else 100).print(root_table(report))
        if errors:
            click.echo()
            for line in error_lines(report):
                click.echo(line)
