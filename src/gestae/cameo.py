"""The CAMEO 1.1b3 event codebook: names, Goldstein scores, QuadClass and PLOVER types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from gestae.actors import read_table

QUAD_CLASSES = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict",
                4: "Material Conflict"}  # fmt: skip


@dataclass(frozen=True)
class EventType:
    code: str
    name: str
    goldstein: float
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


def quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@lru_cache(maxsize=1)
def codebook() -> dict[str, EventType]:
    path = resources.files("gestae") / "data" / "cameo" / "events.tsv"
    return {
        row["code"]: EventType(
            row["code"], row["name"], float(row["goldstein"]), row.get("plover") or None
        )
        for _, row in read_table(path)
    }


def event_type(code: str) -> EventType:
    """The codebook entry of a code; unknown codes raise ``KeyError`` naming the code."""
    book = codebook()
    if code not in book:
        raise KeyError(f"unknown CAMEO event code {code!r}")
    return book[code]
