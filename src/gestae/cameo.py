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


#: CAMEO codes appeals (02), intents (03), demands (10) and rejections (12) by what they are
#: about, in one shared order: material cooperation, diplomatic cooperation, aid, political
#: reform, yielding, meeting, settling, mediation. An act's code gives (slot, sub-slot).
_SLOT_OF_ACT = {
    "06": ("1", ""), "061": ("1", "1"), "062": ("1", "2"), "063": ("1", "3"), "064": ("1", "4"),
    "05": ("2", ""),
    "07": ("3", ""), "071": ("3", "1"), "072": ("3", "2"), "073": ("3", "3"), "074": ("3", "4"),
    "083": ("4", ""), "0831": ("4", "1"), "0832": ("4", "2"), "0833": ("4", "3"),
    "0834": ("4", "4"),
    "08": ("5", ""), "081": ("5", "1"), "082": ("5", "2"), "084": ("5", "3"), "085": ("5", "4"),
    "086": ("5", "5"), "087": ("5", "6"),
    "04": ("6", ""), "045": ("8", ""), "039": ("8", ""),
}  # fmt: skip
#: Rejections (12x) skip the diplomatic-cooperation slot and reject a plan (127) for a deal.
_REJECTION_SLOT = {"1": "1", "3": "2", "4": "3", "5": "4", "6": "5", "8": "6"}


#: Threats (13x) by what is threatened: cutting aid (1311), sanctions (1312), breaking relations
#: (1313), halting talks (134) or mediation (135), expelling (136), repression (137), attacks
#: (1383 unconventional, 1384 conventional, 1385 with weapons of mass destruction).
_THREAT_OF_ACT = {
    "16": "131", "160": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
    "165": "135", "166": "136", "14": "133", "17": "137", "172": "132", "1721": "1321",
    "1722": "1322", "1723": "1323", "1724": "1324", "18": "1383", "19": "1384", "20": "1385",
    "191": "1381", "192": "1382",
}  # fmt: skip


def code_about(kind: str, act: str) -> str | None:
    """The code of an appeal, intent, demand, rejection or threat (``kind``: "02", "03", "10",
    "12", "13") of an act coded ``act``: appealing for a release (0841) is 0253, promising
    humanitarian aid (073) 0333, demanding a ceasefire (0871) 1056, threatening sanctions (163)
    1312; ``None`` when CAMEO has no such code.
    """
    if kind == "13":
        for length in (4, 3, 2):
            if act[:length] in _THREAT_OF_ACT:
                return _THREAT_OF_ACT[act[:length]]
        return None
    if kind == "12" and act == "057":
        return "127"  # rejecting an agreement is rejecting a plan to settle
    if kind == "12" and act[:2] == "05":
        return "120"  # refusing to apologise or to recognise: CAMEO has no narrower rejection
    slot = None
    for length in (4, 3, 2):
        slot = _SLOT_OF_ACT.get(act[:length])
        if slot is not None:
            break
    if slot is None:
        return None
    main, sub = slot
    if kind == "12":
        main = _REJECTION_SLOT.get(main)
        if main is None:
            return None
    if kind == "03" and main == "8":
        main = "9"  # offering to mediate (039); accepting mediation (038) needs its own verb
    book = codebook()
    for code in (f"{kind}{main}{sub}", f"{kind}{main}"):
        if code in book:
            return code
    return None
