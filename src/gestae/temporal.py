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
from pathlib import Path

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
_MONTH_OF_YEAR = re.compile(
    r"\b(?P<m>january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:of\s+)?"
    r"(?P<which>this|last|next|past|previous|coming)\s+year\b"
)
_THIS_AFTER_AGO = re.compile(r"^\s*(?:,\s*)?this\s+(?P<unit>week|month)\b")
_SEASON = re.compile(
    r"\b(?:(?P<which>last|this|next|past|previous|coming|early|late|in the)\s+)"
    r"(?:spring|summer|autumn|fall|winter|season)\b"
)
_ANAPHORA = re.compile(r"\b(?:that|the same) (?:day|date)\b")
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\b"
)
_MONTH_DAY_YEAR = re.compile(
    r"\b(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?\b"
)
_MONTH_YEAR = re.compile(r"\b(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\b")
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_YEAR = re.compile(r"\b(?:in |since |of )?(?P<y>(?:19|20)\d{2})\b")


def resolve_expression(
    text: str,
    anchor: dt.date | None,
    tense: str = "past",
    previous: TimeValue | None = None,
) -> TimeValue | None:
    """Resolve one time expression against the document date; ``None`` if it fixes no date.

    ``previous`` is the last date the text gave before the expression: "that day" and "the
    same day" mean it."""
    low = text.lower().strip()
    if _ANAPHORA.search(low):
        if previous is not None and previous.precision != "document":
            return previous
        return None
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
    if m := _MONTH_OF_YEAR.search(low):
        # "in January of this year", "last May" is handled below as a plain month
        month = _month_number(m["m"])
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m["which"], 0)
        if month:
            return TimeValue(f"{anchor.year + step:04d}-{month:02d}", "month")
    if m := _AGO.search(low):
        n = _number(m["n"]) or 1
        unit = m["unit"]
        if this := _THIS_AFTER_AGO.search(low[m.end() :]):
            # "a year ago this week": this week, that many units back
            back = _shift(anchor, unit, -n)
            if this["unit"] == "week":
                return TimeValue(_monday(back).isoformat(), "week")
            return TimeValue(f"{back.year:04d}-{back.month:02d}", "month")
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
        # "may" is a month only as a name ("in May"), never the modal verb
        found = re.search(r"\bMay\b", text) if name == "may" else re.search(rf"\b{name}\b", low)
        if found:
            if which := re.search(r"\b(last|next|this)\s+\w+$", low[: found.end()]):
                step = {"last": -1, "next": 1}.get(which[1], 0)
                year = _year_for_month(i + 1, anchor, "future" if step > 0 else "past")
                year = anchor.year if step == 0 else year
            else:
                year = _year_for_month(i + 1, anchor, tense)
            return TimeValue(f"{year:04d}-{i + 1:02d}", "month")
    if (m := _SEASON.search(low)) and not _YEAR.search(low):
        # seasons (and sports seasons) keep only their year
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m["which"], 0)
        return TimeValue(f"{anchor.year + step:04d}", "year")
    if m := _YEAR.search(low):
        return TimeValue(m["y"], "year")
    return None


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    """A date ``n`` units (day, week, month, year, decade) away, clamped to a real day."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    year, month = _shift_months(day, months)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(f"cannot shift {day} by {n} {unit}")


def _weekday(anchor: dt.date, weekday: int, tense: str, text: str) -> dt.date:
    if re.search(r"\bnext\b", text):
        tense = "future"
    elif re.search(r"\blast\b", text):
        tense = "past"
    delta = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if tense == "past" or (tense == "present" and delta <= ahead):
        # a present-tense clause means the nearer of the two ("said Monday" in a headline)
        return anchor - dt.timedelta(days=delta)
    if tense == "future" and ahead == 0:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def _year_for_month(month: int, anchor: dt.date | None, tense: str) -> int | None:
    if anchor is None:
        return None
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    if tense == "present":
        # the nearer occurrence ("the company lists in October", said in September)
        ahead = (month - anchor.month) % 12
        back = (anchor.month - month) % 12
        return (
            anchor.year + (month < anchor.month)
            if ahead < back
            else anchor.year - (month > anchor.month)
        )
    return anchor.year if month <= anchor.month else anchor.year - 1


#: Heads whose infinitive looks ahead: "due to be approved", "plans to visit", "needs to win".
FUTURE_HEADS = {
    "due", "expected", "scheduled", "set", "going", "plan", "intend", "aim", "hope", "want",
    "need", "prepare", "ready", "likely", "seek", "try", "attempt", "promise", "vow", "pledge",
    "threaten", "agree", "decide", "propose", "poised", "slated", "bound", "about",
}  # fmt: skip


def clause_tense(verb: Token) -> str:
    """``past``, ``future`` or ``present`` for the clause a verb heads.

    An infinitive takes its tense from the verb it depends on ("appeared to be": past), or
    looks ahead when that verb is a plan or schedule ("due to be approved": future)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return "future"
    infinitive = any(a.lower_ == "to" for a in auxes) and verb.dep_ in ("xcomp", "ccomp", "acomp")
    if infinitive and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_.lower() in FUTURE_HEADS or head.lower_ in FUTURE_HEADS:
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            return clause_tense(head)
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if any(a.lower_ in ("has", "have", "had") for a in auxes):
        return "past"
    return "present"


def time_expressions(sent: Span) -> list[Span]:
    """Spans of a sentence that name a time: spaCy's DATE entities, and the expressions the
    tagger missed ("on Saturday", "a year ago", "last week"), in text order."""
    found = [ent for ent in sent.ents if ent.label_ == "DATE"]
    taken = {t.i for ent in found for t in ent}
    doc = sent.doc
    for match in _EXPRESSION.finditer(sent.text):
        span = doc.char_span(
            sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand"
        )
        if span is not None and not any(t.i in taken for t in span):
            found.append(span)
            taken.update(t.i for t in span)
    return sorted(found, key=lambda span: span.start)


_EXPRESSION = re.compile(
    r"\b(?:(?i:last|next|this|on|since|until|by|early|late|earlier|later)\s+)*"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?i:yesterday|today|tomorrow|tonight)"
    r"|(?i:last|next|this|past|previous|coming)\s+(?:week(?:end)?|month|year|season)"
    r"|(?:\d+|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few))\s+"
    r"(?:day|week|month|year|decade)s?\s+ago"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\b"
)


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _resolve_in_doc(expression: Span, anchor: dt.date | None, tense: str) -> TimeValue | None:
    previous = None
    if _ANAPHORA.search(expression.text.lower()):
        previous = previous_date(expression.doc, expression.start_char, anchor)
    return resolve_expression(expression.text, anchor, tense, previous)


def previous_date(doc, before: int, anchor: dt.date | None) -> TimeValue | None:
    """The last date a Doc gives before a character offset (what "that day" refers to)."""
    last = None
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        for expression in time_expressions(sent):
            if expression.end_char > before or _ANAPHORA.search(expression.text.lower()):
                continue
            tense = clause_tense(_clause_verb(expression.root))
            value = resolve_expression(expression.text, anchor, tense)
            if value is not None:
                last = value
    return last


def _describes_another(expression: Span, verb: Token) -> bool:
    """Whether a date sits in a clause that only describes someone the event is done to
    ("Armenians killed in 1915"), not its doer ("Kerry, speaking in Moscow on Thursday, ...")."""
    clause = _clause_verb(expression.root)
    return (
        clause.dep_ in ("relcl", "acl")
        and clause not in verb.ancestors
        and clause.head.dep_ not in ("nsubj", "nsubjpass")
    )


def date_for_event(trigger: Token, anchor: dt.date | None) -> TimeValue | None:
    """The date a trigger's own clause gives, else any in its sentence, else ``None``.

    An expression in the trigger's clause is read in that clause's tense; one elsewhere in the
    sentence in the tense of its own clause ("Lavrov said on Wednesday that talks were
    pointless": past, whatever the tense of the talks)."""
    expressions = time_expressions(trigger.sent)
    if not expressions:
        return None
    verb = _clause_verb(trigger)
    tense = clause_tense(verb)
    own = [e for e in expressions if _clause_verb(e.root) == verb]
    # (not a clause that only describes someone: "condolences to the grandchildren of Armenians
    # killed in 1915" were offered now)
    others = [e for e in expressions if e not in own and not _describes_another(e, verb)]
    for expression in own:
        value = _resolve_in_doc(expression, anchor, tense)
        if value is not None:
            return value
    for expression in others:
        value = _resolve_in_doc(expression, anchor, clause_tense(_clause_verb(expression.root)))
        if value is not None:
            return value
    return None


# -- accuracy against hand annotations ------------------------------------------------------


def score_dates(path: str | Path, corpus: str | Path | None = None) -> dict:
    """Accuracy of resolving each hand-annotated time expression against its document date.

    ``path`` is a JSON Lines file of ``{id, expression, start, tense, date, precision,
    doc_date}``; texts come from the AG News dev corpus (``corpus``, by default
    ``shared/corpus/agnews-dev.jsonl`` beside the repository). ``accuracy`` reads each
    expression in the annotated tense, ``accuracy_parsed_tense`` in the tense gestae parses."""
    import json

    from gestae.nlp import load_model

    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    corpus_path = (
        Path(corpus)
        if corpus
        else Path(__file__).resolve().parents[3] / "shared" / ("corpus/agnews-dev.jsonl")
    )
    needed = {g["id"] for g in gold}
    with corpus_path.open(encoding="utf-8") as fh:
        texts = {
            item["id"]: item["text"]
            for item in map(json.loads, filter(str.strip, fh))
            if item["id"] in needed
        }
    missing = sorted(needed - texts.keys())
    if missing:
        shown = ", ".join(missing[:5])
        raise ValueError(f"{corpus_path}: no text for {len(missing)} ids ({shown})")
    nlp = load_model()
    docs = dict(zip(texts, nlp.pipe(texts.values()), strict=True))
    hits = parsed_hits = 0
    errors = []
    for item in gold:
        doc = docs[item["id"]]
        start, expression = item["start"], item["expression"]
        end = start + len(expression)
        if doc.text[start:end] != expression:
            raise ValueError(
                f"{path}: {item['id']} has {doc.text[start:end]!r} at {start}, not {expression!r}"
            )
        anchor = dt.date.fromisoformat(item["doc_date"])
        span = doc.char_span(start, end, alignment_mode="expand")
        anaphoric = _ANAPHORA.search(expression.lower())
        previous = previous_date(doc, start, anchor) if anaphoric else None
        parsed = clause_tense(_clause_verb(span.root)) if span is not None else "past"
        expected = (item["date"], item["precision"])
        value = resolve_expression(expression, anchor, item["tense"], previous)
        parsed_value = resolve_expression(expression, anchor, parsed, previous)
        hits += value is not None and (value.value, value.precision) == expected
        parsed_hits += (
            parsed_value is not None
            and (
                parsed_value.value,
                parsed_value.precision,
            )
            == expected
        )
        if parsed_value is None or (parsed_value.value, parsed_value.precision) != expected:
            errors.append(
                {
                    "id": item["id"],
                    "expression": expression,
                    "tense": f"{item['tense']} (parsed {parsed})",
                    "gold": f"{item['date']} {item['precision']}",
                    "got": parsed_value and f"{parsed_value.value} {parsed_value.precision}",
                }
            )
    n = len(gold)
    return {
        "n": n,
        "accuracy": hits / n if n else 0.0,
        "accuracy_parsed_tense": parsed_hits / n if n else 0.0,
        "errors": errors,
    }
