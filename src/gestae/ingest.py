"""The ingest stage: files, folders, JSON Lines, HTML and stdin in; ``Document`` records out.

Readers never raise on bad input: each problem becomes an ``InputProblem`` naming the input and
the reason, and the rest of the inputs go on.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Document:
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class InputProblem:
    """An input gestae refused, and why (printed as one line: ``input: reason``)."""

    input: str
    reason: str

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


# Feeds that strip "&" from entities leave "Sudan #39;s" and "quot;peace quot;"; only the
# entities seen that way are repaired, so ordinary words before a semicolon stay as they are.
_BROKEN_ENTITY = re.compile(
    r"(?<![&\w])(?:#(\d{2,4})|(quot|amp|lt|gt|apos|hellip|nbsp|mdash|ndash));"
)
_SPACED_POSSESSIVE = re.compile(r"(\w) (['\u2019])s\b")
# (an opening quote follows a space, a bracket or the start, and a word follows it)
_SPACED_CLOSING_QUOTE = re.compile(r'(^|[\s(])"(\S[^"\n]*?) +"')


def _entity(match: re.Match) -> str:
    number, name = match.groups()
    return html.unescape(f"&#{number};" if number else f"&{name};")


def clean_text(text: str) -> str:
    """Text with HTML entities decoded, including those whose "&" a feed lost ("#39;s")."""
    if "&" in text:
        text = html.unescape(text)
    if ";" not in text:
        return text
    repaired = _BROKEN_ENTITY.sub(_entity, text)
    if repaired != text:
        repaired = _SPACED_POSSESSIVE.sub(r"\1\2s", repaired)  # "Sudan 's" -> "Sudan's"
        if "quot;" in text:  # "as quot;unfair quot; a" -> 'as "unfair" a'
            repaired = _SPACED_CLOSING_QUOTE.sub(r'\1"\2"', repaired)
    return repaired


def normalize_date(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()[:10]
    if not _ISO_DATE.match(text):
        raise ValueError(f"{where}: date {value!r} is not YYYY-MM-DD")
    return text


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 first, then a detected encoding; binary data is refused."""
    if not data.strip():
        raise ValueError("empty input")
    if b"\x00" in data[:8192]:
        raise ValueError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ValueError("not UTF-8 and no text encoding could be detected")
    text = str(best)
    printable = sum(ch.isprintable() or ch.isspace() for ch in text) / max(len(text), 1)
    if printable < 0.95:
        raise ValueError(f"binary data (decodes as {best.encoding} to unprintable text)")
    return text


def html_document(html: str, name: str, doc_id: str, date: str | None) -> Document:
    """The main text and metadata of an HTML page, extracted by trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_recall=True
    )
    if extracted is None:
        raise ValueError("HTML without extractable main text")
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (meta.get("text") or "").strip()
    if not text:
        raise ValueError("HTML without extractable main text")
    page_date = None
    if meta.get("date"):
        try:
            page_date = normalize_date(meta["date"], name)
        except ValueError:
            page_date = None
    return Document(
        id=doc_id,
        text=text,
        title=meta.get("title"),
        date=date or page_date,
        url=meta.get("url"),
        source=meta.get("sitename"),
        path=name,
    )


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def read_jsonl(
    lines: Iterable[str], name: str, date: str | None
) -> Iterator[Document | InputProblem]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(item, dict):
            yield InputProblem(where, "a JSON Lines record must be an object")
            continue
        text, doc_id = item.get("text"), item.get("id")
        if not isinstance(text, str) or not text.strip():
            yield InputProblem(where, "record has no 'text'")
            continue
        if doc_id is None or str(doc_id).strip() == "":
            yield InputProblem(where, "record has no 'id'")
            continue
        try:
            doc_date = date or normalize_date(item.get("date"), where)
        except ValueError as exc:
            yield InputProblem(where, str(exc).split(": ", 1)[1])
            continue
        yield Document(
            id=str(doc_id),
            text=clean_text(text),
            title=item.get("title"),
            date=doc_date,
            url=item.get("url"),
            source=item.get("source"),
            path=name,
            meta={k: v for k, v in item.items() if k not in ("id", "text")},
        )


def read_path(
    path: Path, date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputProblem]:
    """Documents from one file (by suffix: text, HTML, JSON Lines)."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            fh = path.open(encoding="utf-8", errors="strict")
            with fh:
                yield from read_jsonl(_checked_lines(fh, name), name, date)
        except UnicodeDecodeError as exc:
            yield InputProblem(name, f"JSON Lines must be UTF-8 ({exc.reason})")
        except OSError as exc:
            yield InputProblem(name, exc.strerror or str(exc))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputProblem(
                name, f"{size:,} bytes is over the limit of {max_bytes:,} (--max-bytes)"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(name, exc.strerror or str(exc))
        return
    yield from read_bytes(data, name, path.stem, date, html=suffix in HTML_SUFFIXES)


def _checked_lines(fh, name: str) -> Iterator[str]:
    yield from fh


def read_bytes(
    data: bytes, name: str, doc_id: str, date: str | None, html: bool = False
) -> Iterator[Document | InputProblem]:
    try:
        text = decode(data, name)
    except ValueError as exc:
        yield InputProblem(name, str(exc))
        return
    try:
        if html or _looks_like_html(text):
            yield html_document(text, name, doc_id, date)
        else:
            yield Document(id=doc_id, text=clean_text(text), date=date, path=name)
    except ValueError as exc:
        yield InputProblem(name, str(exc))


def iter_documents(
    inputs: Iterable[str], date: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | InputProblem]:
    """Every document of every input: files, folders (recursively), or ``-`` for stdin."""
    for raw in inputs:
        if raw == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip()[:1] == b"{":
                yield from read_jsonl(data.decode("utf-8", "replace").splitlines(), "<stdin>", date)
            else:
                yield from read_bytes(data, "<stdin>", "stdin", date)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                yield from read_path(child, date, max_bytes)
        elif path.is_file():
            yield from read_path(path, date, max_bytes)
        else:
            yield InputProblem(raw, "no such file or folder")
