"""When: time expressions resolved against the document date, with their precision.

``resolve_expression("on Saturday", date(2016, 12, 15), tense="past")`` gives
``TimeValue("2016-12-10", "day")``. Precisions: ``day``, ``week`` (the value is that week's
Monday), ``month`` (``YYYY-MM``), ``year`` (``YYYY``) and ``document`` (nothing in the text fixed
the date, so the document's own date stands in).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3,
    "a few": 3, "few": 3, "couple of": 2, "a couple of": 2,
}  # fmt: skip


@dataclass(frozen=True)
class TimeValue:
    value: str
    precision: str


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return (
        MONTH_ABBREVIATIONS.get(word[:4] if word.startswith("sept") else word[:3])
        if len(word) in (3, 4)
        else None
    )


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def _number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


_AGO = re.compile(
    r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"(?:a )?few|(?:a )?couple of)\s+(?P<unit>day|week|month|year|decade)s?\s+"
    r"(?:ago|earlier|before)\b"
)
_RELATIVE = re.compile(
    r"\b(?P<which>last|this|next|past|previous|coming|earlier this|later this|early|late)\s+"
    r"(?P<unit>week|month|year|weekend)\b"
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\b"
)
_MONTH_DAY_YEAR = re.compile(
    r"\b(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?\b"
)
_MONTH_YEAR = re.compile(r"\b(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\b")
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_YEAR = re.compile(r"\b(?:in |since |of )?(?P<y>(?:19|20)\d{2})\b")


def resolve_expression(text: str, anchor: dt.date | None, tense: str = "past") -> TimeValue | None:
    """Resolve one time expression against the document date; ``None`` if it fixes no date."""
    low = text.lower().strip()
    if m := _ISO.search(low):
        return TimeValue(f"{m['y']}-{m['m']}-{m['d']}", "day")
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if m := pattern.search(text):
            month = _month_number(m["m"])
            if month:
                year = int(m["y"]) if m["y"] else _year_for_month(month, anchor, tense)
                if year:
                    try:
                        day = dt.date(year, month, int(m["d"]))
                    except ValueError:
                        continue
                    return TimeValue(day.isoformat(), "day")
    if m := _MONTH_YEAR.search(text):
        month = _month_number(m["m"])
        if month:
            return TimeValue(f"{int(m['y']):04d}-{month:02d}", "month")
    if anchor is None:
        if m := _YEAR.search(low):
            return TimeValue(m["y"], "year")
        return None
    if re.search(r"\byesterday\b", low):
        return TimeValue((anchor - dt.timedelta(days=1)).isoformat(), "day")
    if re.search(r"\btomorrow\b", low):
        return TimeValue((anchor + dt.timedelta(days=1)).isoformat(), "day")
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return TimeValue(anchor.isoformat(), "day")
    if m := _AGO.search(low):
        n = _number(m["n"]) or 1
        unit = m["unit"]
        if unit == "day":
            return TimeValue((anchor - dt.timedelta(days=n)).isoformat(), "day")
        if unit == "week":
            return TimeValue(_monday(anchor - dt.timedelta(weeks=n)).isoformat(), "week")
        if unit == "month":
            year, month = _shift_months(anchor, -n)
            return TimeValue(f"{year:04d}-{month:02d}", "month")
        years = n * (10 if unit == "decade" else 1)
        return TimeValue(f"{anchor.year - years:04d}", "year")
    if m := _RELATIVE.search(low):
        which, unit = m["which"], m["unit"]
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
        if unit in ("week", "weekend"):
            return TimeValue(_monday(anchor + dt.timedelta(weeks=step)).isoformat(), "week")
        if unit == "month":
            year, month = _shift_months(anchor, step)
            return TimeValue(f"{year:04d}-{month:02d}", "month")
        return TimeValue(f"{anchor.year + step:04d}", "year")
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            return TimeValue(_weekday(anchor, i, tense, low).isoformat(), "day")
    for i, name in enumerate(MONTHS):
        if re.search(rf"\b{name}\b", low) and name != "may":
            year = _year_for_month(i + 1, anchor, tense)
            return TimeValue(f"{year:04d}-{i + 1:02d}", "month")
    if m := _YEAR.search(low):
        return TimeValue(m["y"], "year")
    return None


def _weekday(anchor: dt.date, weekday: int, tense: str, text: str) -> dt.date:
    if re.search(r"\bnext\b", text):
        tense = "future"
    elif re.search(r"\blast\b", text):
        tense = "past"
    delta = (anchor.weekday() - weekday) % 7
    if tense == "past":
        return anchor - dt.timedelta(days=delta)
    ahead = (weekday - anchor.weekday()) % 7
    if tense == "future" and ahead == 0:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def _year_for_month(month: int, anchor: dt.date | None, tense: str) -> int | None:
    if anchor is None:
        return None
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def clause_tense(verb: Token) -> str:
    """``past``, ``future`` or ``present`` for the clause a verb heads."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if any(a.lower_ in ("has", "have", "had") for a in auxes):
        return "past"
    return "present"


def time_expressions(sent: Span) -> list[Span]:
    """Spans of a sentence that name a time (spaCy's DATE entities)."""
    return [ent for ent in sent.ents if ent.label_ == "DATE"]


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def date_for_event(trigger: Token, anchor: dt.date | None) -> TimeValue | None:
    """The date a trigger's own clause gives, else any in its sentence, else ``None``."""
    expressions = time_expressions(trigger.sent)
    if not expressions:
        return None
    verb = _clause_verb(trigger)
    tense = clause_tense(verb)
    own = [e for e in expressions if _clause_verb(e.root) == verb]
    for expression in own + [e for e in expressions if e not in own]:
        value = resolve_expression(expression.text, anchor, tense)
        if value is not None:
            return value
    return None
