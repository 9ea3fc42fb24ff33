"""Marked-up document text for the page, as plain data: segments of text with their marks.

The server cuts the text so the page never has to count characters itself (Python counts code
points, JavaScript UTF-16 units; they differ on emoji) and never has to build HTML from it: the
page puts each segment in a ``<span>`` with ``textContent``.
"""

from __future__ import annotations

from collections.abc import Iterable


def segments(text: str, ranges: Iterable[tuple[int, int, str]]) -> list[dict]:
    """Cut ``text`` at every range boundary; each piece lists the marks of the ranges over it.

    >>> segments("Turkey met Russia.", [(0, 6, "source"), (11, 17, "target")])[:2]
    [{'text': 'Turkey', 'marks': ['source']}, {'text': ' met ', 'marks': []}]
    """
    n = len(text)
    spans = [(max(0, s), min(n, e), m) for s, e, m in ranges if s is not None and e is not None]
    spans = [(s, e, m) for s, e, m in spans if s < e]
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        marks = [m for s, e, m in spans if s <= start and end <= e]
        if out and out[-1]["marks"] == marks:
            out[-1]["text"] += text[start:end]
        else:
            out.append({"text": text[start:end], "marks": marks})
    return out


def locate(text: str, words: str | None, *windows: tuple[int, int]) -> tuple[int, int] | None:
    """Where ``words`` occur in ``text``: the first window that has them wins (exact case, then
    any case); ``None`` when none does."""
    if not words:
        return None
    folded_text, folded_words = text.lower(), words.lower()
    for lo, hi in windows:
        for haystack, needle in ((text, words), (folded_text, folded_words)):
            at = haystack.find(needle, max(0, lo), max(0, hi))
            # lower() can change lengths (e.g. 'İ'); only trust a match that maps back exactly.
            if at >= 0 and text[at : at + len(words)].lower() == folded_words:
                return at, at + len(words)
    return None


def event_marks(text: str, event: dict, sentence: dict | None) -> list[dict]:
    """The document cut so the event's sentence, evidence, source and target words are marked."""
    start, end = event.get("start"), event.get("end")
    ranges: list[tuple[int, int, str]] = []
    windows = []
    if start is not None and end is not None:
        ranges.append((start, end, "evidence"))
        windows.append((start, end))
    if sentence is not None:
        ranges.append((sentence["start"], sentence["end"], "sentence"))
        windows.append((sentence["start"], sentence["end"]))
    for role in ("source", "target"):
        found = locate(text, event.get(f"{role}_text"), *windows)
        if found:
            ranges.append((found[0], found[1], role))
    return segments(text, ranges)
