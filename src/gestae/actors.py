"""The actors stage: gestae's knowledge base of actors and the component that finds them.

The knowledge base is read from the TSV files in ``gestae/data/actors`` (see the README there).
Names are matched with a spaCy ``PhraseMatcher`` on folded text (case and diacritics removed), so
matching stays linear in the length of the text however many names there are. A mention keeps
every entry its words could mean; which code it gets is decided later, at the event's date
(``ActorKB.resolve_mention``), because "Erdogan" is ``TURGOV`` in 2016 but was a mayor in 1995.

``PhraseResolver`` turns the noun phrase an event's subject or object heads into actor codes:
names, titles and possessives inside the phrase, role nouns placed by the phrase, the sentence
or the dateline, and, within a paragraph, pronouns and "the two leaders".
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import difflib
import io
import itertools
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from gestae.nlp import dateline_span, fold

#: Kinds of knowledge-base entry, from most to least specific when two overlap.
KINDS = ("person", "org", "seat", "capital", "country", "adjective", "agent")

#: When a person holds several offices at once, the one that codes them, best first
#: (a president who also leads a party is coded as the president).
ROLE_PRIORITY = ("GOV", "MIL", "SPY", "COP", "JUD", "OPP", "REB", "INS", "SEP", "IGO", "LEG")

#: Role nouns that an armed group or a state body modifying them names better: "Taliban
#: fighters" are the Taliban (AFGINS), not Afghan rebels.
ARMED_ROLES = {"REB", "INS", "SEP", "MIL"}

#: Role nouns of a modifier that win over the head's own role ("rebel forces" -> REB).
STRONG_MODIFIER_ROLES = {"REB", "INS", "SEP", "OPP", "COP", "SPY", "JUD"}

ACTOR_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")
ROLE_CODE = re.compile(r"^[A-Z]{3}$")


class KnowledgeBaseError(ValueError):
    """A data file of the knowledge base is malformed; the message names the file and line."""


def parse_date(value: str | int | dt.date | None, end: bool = False) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a date (the last day of the period if ``end``)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}(-\d{1,2}){0,2}", text):
        raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        year, month = parts
        if not 1 <= month <= 12:
            raise ValueError(f"{text!r}: month {month} is out of range")
        if not end:
            return dt.date(year, month, 1)
        first_next = dt.date(year + month // 12, month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)
    try:
        return dt.date(*parts)
    except ValueError as exc:
        raise ValueError(f"{text!r}: {exc}") from None


def country_of(code: str) -> str | None:
    """The country part of an actor code (``TURGOV`` -> ``TUR``), ``None`` for IGOs and the like."""
    if len(code) >= 3 and code[:3] not in ("IGO", "IMG", "NGO", "MNC"):
        return code[:3]
    return None


def primary(code: str) -> str:
    """The level gold events are scored at: the country, or the whole code of an IGO/IMG/NGO."""
    return country_of(code) or code


@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date | None
    end: dt.date | None
    title: str

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    @property
    def rank(self) -> int:
        sector = self.code[3:6] if country_of(self.code) else "IGO"
        if sector in ROLE_PRIORITY:
            return ROLE_PRIORITY.index(sector)
        return len(ROLE_PRIORITY)


@dataclass
class Person:
    person_id: str
    names: list[str]
    country: str
    roles: list[Role] = field(default_factory=list)

    def in_office(self, when: dt.date) -> bool:
        return any(r.covers(when) for r in self.roles)


@dataclass(frozen=True)
class Entry:
    """One thing a name can mean: ``kind`` is one of ``KINDS``, ``key`` its code or person id."""

    kind: str
    key: str
    name: str


@dataclass(frozen=True)
class Organization:
    code: str
    name: str
    aliases: tuple[str, ...]
    type: str
    country: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Resolution:
    """What a mention means at a date: the actor code and why."""

    code: str
    kind: str
    name: str
    title: str = ""
    start: str | None = None
    end: str | None = None
    ambiguous: bool = False


@dataclass(frozen=True)
class ActorMention:
    start: int  # token offsets in the Doc
    end: int
    text: str
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


def read_table(path: Path | resources.abc.Traversable) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a gestae TSV file as dicts, with their line numbers; ``#`` lines are comments."""
    with path.open(encoding="utf-8") as fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if line.strip() and line[0] != "#"]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    for lineno, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) > len(header):
            raise KnowledgeBaseError(
                f"{path}:{lineno}: {len(cells)} columns, the header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        yield lineno, {k: v.strip() for k, v in zip(header, cells, strict=True)}


def split_alternatives(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


class ActorKB:
    """Countries, seats of government, organizations, people with dated roles and role nouns."""

    def __init__(self) -> None:
        self.countries: dict[str, str] = {}  # iso3 -> name
        self.people: dict[str, Person] = {}
        self.organizations: list[Organization] = []
        self.org_names: dict[str, str] = {}  # code -> the first name given for it
        self.seats: dict[str, str] = {}  # seat name -> code
        self.agent_roles: dict[str, str] = {}  # folded noun -> role code ("" for none)
        self.agent_flags: dict[str, frozenset[str]] = {}  # folded noun -> {"person", "defer"}
        self.periods: dict[Entry, tuple[dt.date | None, dt.date | None]] = {}
        self.aliases: dict[str, list[Entry]] = {}  # folded alias -> entries
        self.surface: dict[str, str] = {}  # folded alias -> the alias as first written
        self.forms: dict[str, set[str]] = {}  # folded alias -> every way it was written

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def bundled(cls) -> ActorKB:
        kb = cls()
        kb.load_directory(resources.files("gestae") / "data" / "actors")
        return kb

    def load_directory(self, folder: Path | resources.abc.Traversable) -> None:
        names = sorted(p.name for p in folder.iterdir())
        loaders = {
            "countries.tsv": self._load_countries,
            "seats.tsv": self._load_seats,
            "organizations.tsv": self._load_organizations,
            "agents.tsv": self._load_agents,
        }
        for name in names:
            if name in loaders:
                loaders[name](folder / name)
            elif name.startswith("people") and name.endswith(".tsv"):
                self._load_people(folder / name)

    def add_alias(self, alias: str, entry: Entry) -> None:
        key = fold(alias)
        if not key:
            return
        entries = self.aliases.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)
            entries.sort(key=lambda e: KINDS.index(e.kind))
        self.surface.setdefault(key, alias)
        self.forms.setdefault(key, set()).add(alias)

    def forget_alias(self, alias: str) -> None:
        """Drop every reading of a name (an override replaces what the bundled data said)."""
        key = fold(alias)
        for table in (self.aliases, self.surface, self.forms):
            table.pop(key, None)

    def _load_countries(self, path) -> None:
        for lineno, row in read_table(path):
            iso3, name = row["iso3"], row["name"]
            if not re.fullmatch(r"[A-Z]{3}", iso3) or not name:
                raise KnowledgeBaseError(f"{path}:{lineno}: needs a 3-letter code and a name")
            self.countries[iso3] = name
            for alias in [name, *split_alternatives(row.get("aliases", ""))]:
                self.add_alias(alias, Entry("country", iso3, name))
            for alias in split_alternatives(row.get("adjectives", "")):
                self.add_alias(alias, Entry("adjective", iso3, name))
            for alias in split_alternatives(row.get("capitals", "")):
                self.add_alias(alias, Entry("capital", iso3 + "GOV", alias))

    def _load_seats(self, path) -> None:
        for lineno, row in read_table(path):
            if not ACTOR_CODE.match(row["code"]):
                raise KnowledgeBaseError(f"{path}:{lineno}: {row['code']!r} is not an actor code")
            for alias in split_alternatives(row["name"]):
                self.seats[alias] = row["code"]
                self.add_alias(alias, Entry("seat", row["code"], row["name"]))

    def _load_organizations(self, path) -> None:
        for lineno, row in read_table(path):
            code, name = row["code"], row["name"]
            if not ACTOR_CODE.match(code) or not name:
                raise KnowledgeBaseError(f"{path}:{lineno}: needs an actor code and a name")
            try:
                start, end = parse_date(row.get("start")), parse_date(row.get("end"), end=True)
            except ValueError as exc:
                raise KnowledgeBaseError(f"{path}:{lineno}: bad date ({exc})") from exc
            aliases = split_alternatives(row.get("aliases", ""))
            self.add_organization(
                Organization(code, name, tuple(aliases), row.get("type", ""),
                             row.get("country", ""), start, end)
            )  # fmt: skip

    def add_organization(self, org: Organization) -> None:
        self.organizations.append(org)
        self.org_names.setdefault(org.code, org.name)
        entry = Entry("org", org.code, org.name)
        if org.start or org.end:
            self.periods[entry] = (org.start, org.end)
        for alias in [org.name, *org.aliases]:
            self.add_alias(alias, entry)

    def _load_agents(self, path) -> None:
        for lineno, row in read_table(path):
            role = row["role"]
            if role and not ROLE_CODE.match(role):
                raise KnowledgeBaseError(f"{path}:{lineno}: {role!r} is not a 3-letter role code")
            flags = frozenset(split_alternatives(row.get("flags", "").replace(",", "|")))
            for noun in split_alternatives(row["noun"]):
                self.add_agent(noun, role, flags)

    def add_agent(self, noun: str, role: str, flags: frozenset[str] = frozenset()) -> None:
        self.agent_roles[fold(noun)] = role
        self.agent_flags[fold(noun)] = flags
        self.add_alias(noun, Entry("agent", role, noun))

    def _load_people(self, path) -> None:
        for lineno, row in read_table(path):
            pid = row["person_id"]
            code = row.get("code", "")
            if not pid or not ACTOR_CODE.match(code):
                raise KnowledgeBaseError(
                    f"{path}:{lineno}: needs a person_id and an actor code (got {code!r})"
                )
            try:
                role = Role(
                    code=code,
                    start=parse_date(row.get("start")),
                    end=parse_date(row.get("end"), end=True),
                    title=row.get("title", ""),
                )
            except ValueError as exc:
                raise KnowledgeBaseError(f"{path}:{lineno}: bad date ({exc})") from exc
            names = split_alternatives(row.get("names", ""))
            if pid not in self.people and not names:
                raise KnowledgeBaseError(f"{path}:{lineno}: person {pid!r} has no names")
            self.add_role(pid, names, row.get("country", ""), role)

    def add_role(self, pid: str, names: list[str], country: str, role: Role) -> Person:
        person = self.people.get(pid)
        if person is None:
            person = self.people[pid] = Person(pid, list(names), country)
        else:
            person.names.extend(n for n in names if n not in person.names)
            person.country = person.country or country
        person.roles.append(role)
        for alias in person.names:
            self.add_alias(alias, Entry("person", pid, person.names[0]))
        return person

    # -- resolving -------------------------------------------------------------------------
    def valid(self, entry: Entry, when: dt.date | None) -> bool:
        """Whether a dated entry (an organization that changed role) applies at a date."""
        period = self.periods.get(entry)
        if period is None:
            return True
        start, end = period
        if when is None:
            return end is None
        return (start is None or start <= when) and (end is None or when <= end)

    def resolve_entry(self, entry: Entry, when: dt.date | None) -> Resolution | None:
        """The code an entry stands for at a date (``None`` date: the latest role)."""
        if entry.kind == "person":
            return self._resolve_person(self.people[entry.key], when)
        if entry.kind == "agent":
            return None  # a role without a country: the phrase or context supplies the country
        start, end = self.periods.get(entry, (None, None))
        return Resolution(
            entry.key, entry.kind, entry.name, "",
            start.isoformat() if start else None, end.isoformat() if end else None,
        )  # fmt: skip

    def person_at(self, person: Person, when: dt.date | None = None) -> Resolution | None:
        """A person's code at a date: the office held, ``ELI`` after it, or the country."""
        return self._resolve_person(person, when)

    def _resolve_person(self, person: Person, when: dt.date | None) -> Resolution | None:
        roles = sorted(person.roles, key=lambda r: r.start or dt.date.min)
        if when is None:
            current = [r for r in roles if r.end is None]
            if not current and roles:
                current = [max(roles, key=lambda r: r.end or dt.date.max)]
        else:
            current = [r for r in roles if r.covers(when)]
        if current:
            # Several offices at once: the one that codes them best, then the most recent.
            role = min(current, key=lambda r: (r.rank, -(r.start or dt.date.min).toordinal()))
            return Resolution(
                role.code, "person", person.names[0], role.title,
                role.start.isoformat() if role.start else None,
                role.end.isoformat() if role.end else None,
            )  # fmt: skip
        country = person.country or next((c for c in (country_of(r.code) for r in roles) if c), "")
        if not country:
            return None  # no office and no country: nothing to place them by
        past = [r for r in roles if r.end and when and r.end < when]
        if past:
            # CAMEO's ELI: a former official, coded by the country they served.
            last = max(past, key=lambda r: r.end)
            title = f"former {last.title}".strip() if last.title else "former official"
            # (an armed group's leader stays its own: "al-Qaeda leader Ayman al-Zawahiri", the
            # day after he was killed)
            code = last.code if last.code.startswith("IMG") else country + "ELI"
            return Resolution(
                code, "person", person.names[0], title,
                last.start.isoformat() if last.start else None, last.end.isoformat(),
            )  # fmt: skip
        return Resolution(country, "person", person.names[0], "no office at this date")

    def readings(self, entries: Iterable[Entry], when: dt.date | None) -> list[Resolution]:
        """Every reading of a mention's entries that applies at a date, best first.

        A person in office at the date hides namesakes who were not ("Bush" in 2004).
        """
        valid = [e for e in entries if e.kind != "agent" and self.valid(e, when)]
        if when is not None:
            serving = [
                e for e in valid if e.kind == "person" and self.people[e.key].in_office(when)
            ]
            if serving:
                valid = [e for e in valid if e.kind != "person" or e in serving]
        out = []
        for entry in valid:
            resolution = self.resolve_entry(entry, when)
            if resolution is not None:
                out.append(resolution)
        return out

    def resolve_mention(self, mention: ActorMention, when: dt.date | None) -> Resolution | None:
        """The code of a mention at a date, flagged ``ambiguous`` when its readings disagree.

        Readings disagree when they name different actors at the level gold events are scored
        (the country, or the whole IGO code).
        """
        readings = self.readings(mention.entries, when)
        if not readings:
            return None
        if len({primary(r.code) for r in readings}) > 1:
            return replace(readings[0], ambiguous=True)
        return readings[0]

    def lookup(self, name: str, when: dt.date | None = None) -> list[Resolution]:
        """Every reading of a name at a date, as ``gestae actors lookup`` shows them."""
        entries = self.aliases.get(fold(name.strip()), [])
        results = []
        for entry in entries:
            if entry.kind == "agent":
                flags = self.agent_flags.get(fold(entry.name), frozenset())
                title = "role noun" + (f" ({', '.join(sorted(flags))})" if flags else "")
                results.append(Resolution(entry.key or "-", "agent", entry.name, title))
                continue
            if not self.valid(entry, when):
                continue
            resolution = self.resolve_entry(entry, when)
            if resolution:
                results.append(resolution)
        return results

    def resolve_name(self, name: str, when: dt.date | None = None) -> Resolution | None:
        """What a name alone means at a date, as the resolver would code it."""
        entries = tuple(self.aliases.get(fold(name.strip()), ()))
        if not entries:
            return None
        return self.resolve_mention(ActorMention(0, 0, name, entries), when)

    def stats(self) -> dict[str, int]:
        return {
            "countries": len(self.countries),
            "people": len(self.people),
            "roles": sum(len(p.roles) for p in self.people.values()),
            "organizations": len(self.organizations),
            "seats": len(self.seats),
            "role_nouns": len(self.agent_roles),
            "aliases": len(self.aliases),
        }


#: Environment variable naming a user's actor file; set by ``--actors`` so that worker
#: processes see the same overrides as the main one.
OVERRIDES_ENV = "GESTAE_ACTORS"


@lru_cache(maxsize=1)
def bundled_kb() -> ActorKB:
    """The bundled knowledge base, with the user's overrides (``$GESTAE_ACTORS``) on top."""
    kb = ActorKB.bundled()
    overrides = os.environ.get(OVERRIDES_ENV)
    if overrides:
        load_overrides(kb, overrides)
    return kb


def beyond_border(name: Token, adjoining_only: bool = False) -> bool:
    """Whether a country's name only says which border a place is on: "a region bordering
    Cameroon", "near the Afghan border", "the border with Afghanistan" (``adjoining_only``:
    only the first kind)."""
    head = name.head
    if name.dep_ == "dobj" and head.lemma_.lower() == "border":
        return True
    if adjoining_only:
        return False
    if name.dep_ in ("amod", "compound") and head.lemma_.lower() in ("border", "frontier"):
        return True
    return name.dep_ == "pobj" and head.lower_ == "with" and (
        head.head.lemma_.lower() in ("border", "frontier")
    )


def _case_ok(alias: str, span: Span) -> bool:
    """Short all-capital aliases ("IS", "US") and capitalized names must match as written.

    This is what keeps "is", "us", "turkey" (the bird) and "chad" (a name) from being actors.
    """
    if alias.isupper() and len(alias.replace(".", "")) <= 4:
        return span.text.replace("’", "'") == alias
    if alias[:1].isupper():
        return span.text[:1].isupper() or span.text[:1].isdigit()
    return True


#: Words after a country's name that make the two a place of nature: "the Niger Delta", "the
#: Jordan Valley", "the Congo River".
LANDFORMS = {"Delta", "River", "Valley", "Basin", "Gorge", "Plain", "Plains", "Lake"}

#: "Latin American leaders", "South America": regions, not the United States.
CONTINENT_PARTS = {"latin", "south", "central", "north"}


def continental(token: Token) -> bool:
    """Whether a word is "America(n)" as part of a region's name ("Latin American", "South
    America")."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.lower_.startswith("america")
        and before is not None
        and before.text[:1].isupper()
        and before.lower_ in CONTINENT_PARTS
    )


class ActorTagger:
    """Finds every knowledge-base name in a Doc and stores them as ``doc._.actor_mentions``."""

    def __init__(self, nlp: Language, kb: ActorKB | None = None) -> None:
        self.kb = kb or bundled_kb()
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        tokenizer = nlp.tokenizer
        self._key_by_norm: dict[str, str] = {}
        patterns = []
        for key, forms in self.kb.forms.items():
            # Tokenize each alias as written: the tokenizer's exceptions ("U.S.") are
            # case-sensitive, so the folded key alone could split differently from the text.
            for form in sorted(forms):
                pattern = tokenizer(form)
                for token in pattern:
                    token.norm_ = fold(token.text)
                norm = " ".join(t.norm_ for t in pattern)
                if norm not in self._key_by_norm:
                    self._key_by_norm[norm] = key
                    patterns.append(pattern)
        self.matcher.add("ACTOR", patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            key = self._key_by_norm.get(" ".join(t.norm_ for t in span))
            # any spelling the KB lists will do: "ETA" and "Eta" are both the Basque group
            if key is None or not any(_case_ok(form, span) for form in self.kb.forms[key]):
                continue
            if former_polity(span) or era_word(span):
                continue  # "the former Soviet republic of Georgia", "a Soviet-era dam"
            if continental(span[0]) or (span.end < len(doc) and doc[span.end].text in LANDFORMS):
                continue
            if span.end + 1 < len(doc) and doc[span.end].text == "-" and (
                doc[span.end + 1].lower_ in BACKING
            ):
                continue  # "an African Union-backed court": the backer is no actor of the phrase
            spans.append(span)
        mentions = []
        for span in filter_spans(spans):
            key = self._key_by_norm[" ".join(t.norm_ for t in span)]
            if self._namesake(span, key) or self._inside_longer_name(span, key):
                continue
            entries = tuple(self.kb.aliases[key])
            before = doc[span.start - 1].lower_ if span.start else ""
            if span.text[:1].islower() and before not in ("senate", "house", "congressional"):
                # "the territory's democrats": a common noun, not the party "Democrats" (but
                # "Senate democrats" are the party's)
                entries = tuple(e for e in entries if e.kind == "agent") or entries
            mentions.append(ActorMention(span.start, span.end, span.text, entries))
        doc._.actor_mentions = mentions
        return doc

    def _inside_longer_name(self, span: Span, key: str) -> bool:
        """Whether a name the KB knows is only part of a longer one: "King Charles Wesley
        Mumbere" (a person's name the tagger reads on past it), "Mocimboa da Praia" (a
        capital's name after a particle of a place name)."""
        doc = span.doc
        if span.end < len(doc) and any(e.kind == "person" for e in self.kb.aliases[key]):
            after, last = doc[span.end], span[-1]
            if after.tag_ == "NNP" and after.is_title and last.ent_type_ == "PERSON" and (
                after.ent_type_ == "PERSON" and after.ent_iob_ == "I"
            ):
                return True
        # (a place name after a name particle: "Mocimboa da Praia"; not a country, which
        # names its own: "Forces Democratiques de Liberation du Rwanda")
        return after_name_particle(span[0]) and not any(
            e.kind == "country" for e in self.kb.aliases[key]
        )

    def _namesake(self, span: Span, key: str) -> bool:
        """Whether a surname the KB knows follows another first name ("Bobby Fischer" is not
        Joschka Fischer): a name before it that is no title, honorific or initial."""
        if len(span) != 1 or span.start == 0:
            return False
        if any(e.kind != "person" for e in self.kb.aliases[key]):
            return False
        before = span.doc[span.start - 1]
        if before.tag_ != "NNP" or not before.is_title or before.text.rstrip(".") in HONORIFICS:
            return False
        if len(before.text.rstrip(".")) == 1:
            return False  # an initial: "George W. Bush"
        if not (before.ent_type_ == "PERSON" and span[0].ent_type_ == "PERSON"
                and span[0].ent_iob_ == "I"):
            return False  # one name, as the tagger reads it ("Chairman Arafat", "Monday Blair")
        known = {fold(w) for form in self.kb.forms.get(key, ()) for w in form.split()} | {
            fold(w) for e in self.kb.aliases[key] for w in e.name.split()
        }
        name = fold(before.text)
        if any(difflib.SequenceMatcher(None, name, word).ratio() >= 0.75 for word in known):
            return False  # one of the person's names, however spelt ("Ahmad Chalabi")
        return not self.kb.aliases.get(name)  # ("President", "Iraqi", "Kremlin")


@Language.factory("gestae_actors")
def make_actor_tagger(nlp: Language, name: str) -> ActorTagger:
    return ActorTagger(nlp)


class NameListMender:
    """Mends the parse of two names joined by "and" that the parser nested one in the other.

    The small model reads "Barack Obama and Dmitry Medvedev signed a pact" as one phrase headed
    by "Medvedev" (Obama its modifier, Dmitry a conjunct of Obama), so neither the list nor its
    first name is found. The mended parse is the one "Putin and Erdogan signed" gets: the first
    name heads the list and the second is its conjunct. A title between "and" and the second
    name ("and rebel leader Foday Sankoh") stays with the second name.
    """

    #: Words that may stand between "and" and the second name: a title, not a clause.
    TITLE_POS = ("NOUN", "PROPN", "ADJ", "DET")

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.actor_mentions or ()
        starts = {m.start: m for m in mentions}
        for first in mentions:
            cc = first.end
            if cc >= len(doc) - 1 or doc[cc].lower_ != "and":
                continue
            second = next(
                (starts[i] for i in range(cc + 1, min(cc + 5, len(doc))) if i in starts), None
            )
            if second is None or not all(
                doc[i].pos_ in self.TITLE_POS for i in range(cc + 1, second.start)
            ):
                continue
            end = second.end
            while end in starts and starts[end].kind == "agent" and "adjective" not in (
                first.kind, second.kind
            ) and doc[first.end - 1].dep_ not in ("compound", "amod"):
                # ("Sudan's government and Darfur rebels": the role noun; not "U.S. and Iraqi
                # forces", "Russian and Chinese warships", which share theirs)
                end = starts[end].end
            self._mend(doc, first, cc, end)
        return doc

    @staticmethod
    def _mend(doc: Doc, first: ActorMention, cc: int, end: int) -> None:
        phrase = range(cc + 1, end)  # the second name with its title and role noun
        region = range(first.start, end)
        nested = any(doc[i].head.i in phrase for i in range(first.start, first.end))
        outside = [
            doc[i] for i in phrase if doc[i].head.i not in region or doc[i].head.i == i
        ]
        if not nested or len(outside) != 1 or outside[0].i != end - 1:
            return  # a parse that already keeps the names apart, or one we cannot read
        head_of_list, last = doc[first.end - 1], outside[0]
        governor, relation = last.head, last.dep_
        if any(a.i in region for a in governor.ancestors):
            return  # (a parse whose mending would make a cycle)
        for i in range(first.start, first.end - 1):
            doc[i].head, doc[i].dep_ = head_of_list, "compound"
        if governor.i == last.i:
            head_of_list.head, head_of_list.dep_ = head_of_list, "ROOT"
        else:
            head_of_list.head, head_of_list.dep_ = governor, relation
        last.head, last.dep_ = head_of_list, "conj"
        doc[cc].head, doc[cc].dep_ = head_of_list, "cc"
        for i in phrase:
            if i != last.i and (doc[i].head.i not in phrase or doc[i].head.i == i):
                doc[i].head, doc[i].dep_ = last, "compound"
        # the first name's own modifiers, which the parser gave the second ("Sudan's
        # government and southern rebels": Sudan's)
        i = first.start - 1
        while i >= doc[first.start].sent.start and NameListMender._leads_into(doc, i, region):
            if doc[i].head.i in phrase:
                doc[i].head = head_of_list
            i -= 1

    @staticmethod
    def _leads_into(doc: Doc, i: int, region: range) -> bool:
        """Whether token ``i``'s heads climb to ``region`` without leaving the words from
        ``i`` to the region's end."""
        node = doc[i]
        for _ in range(8):
            if node.i in region:
                return True
            if node.head.i == node.i or not node.sent.start <= node.head.i < region.stop:
                return False
            node = node.head
        return False


@Language.factory("gestae_name_lists")
def make_name_list_mender(nlp: Language, name: str) -> NameListMender:
    return NameListMender()


# -- noun phrases to actors -----------------------------------------------------------------

#: Dependencies that stay inside an actor's noun phrase.
PHRASE_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "case", "quantmod"}
#: Modifier dependencies whose role noun can set the role of the phrase ("rebel leader").
ROLE_MODIFIER_DEPS = {"compound", "nmod", "amod", "pobj"}

PERSON_PRONOUNS = {"he", "she", "him", "her"}
#: Verbs whose object does what their infinitive says ("urged Sharon to meet him").
OBJECT_CONTROL = {
    "urge", "ask", "tell", "order", "persuade", "allow", "force", "invite", "press",
    "encourage", "help", "want", "expect", "call", "appeal", "request", "instruct", "advise",
    "warn", "remind", "let", "get", "need", "pressure", "push", "challenge", "dare", "beg",
}  # fmt: skip
GROUP_PRONOUNS = {"they", "them"}
#: Verbs of accusing: "accusing it of backing the rebels" accuses a state or body, never a thing;
#: how they say the accused did something ("by sending") is only alleged.
ACCUSING = {"accuse", "blame", "charge", "suspect"}
POSSESSIVE_PRONOUNS = {"his", "her"}
#: Verbs of desecrating a flag or an effigy: the country it stands for is no one's home.
DESECRATING = {"burn", "trample", "tear", "desecrate", "deface", "stomp", "torch", "destroy"}
#: Participles after a name and a hyphen that make it a backer, not the actor: "an African
#: Union-backed court" is no African Union body.
BACKING = {"backed", "funded", "sponsored", "supported", "financed", "trained", "armed"}
#: Plural nouns that, with "two" or "both", point back at two actors already named; the value
#: is the kind of actor they need ("any": whatever the last two actors of one kind were).
COLLECTIVE_NOUNS = {
    "leader": "person", "man": "person", "woman": "person", "president": "person",
    "minister": "person", "premier": "person", "counterpart": "person", "diplomat": "person",
    "official": "person", "head": "person", "statesman": "person", "pair": "person",
    "duo": "person", "country": "state", "nation": "state", "state": "state",
    "government": "state", "neighbour": "state", "neighbor": "state", "capital": "state",
    "power": "state", "side": "any", "party": "any", "ally": "any", "rival": "any",
    "foe": "any", "adversary": "any", "partner": "any", "group": "any", "enemy": "state",
}  # fmt: skip
#: Plural nouns that point back at two actors with "the" alone ("the nuclear rivals").
PAIR_NOUNS = {"rival", "neighbour", "neighbor", "ally", "foe", "adversary", "enemy"}
#: "the country", "the kingdom": the last country named in the paragraph, or the dateline's.
THE_COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic", "emirate", "island", "archipelago"}
#: "GAZA CITY, Gaza Strip (Reuters) - ": a news dateline names a place, never an actor.
DATELINE_PREFIX = re.compile(r"^\s*[A-Z][^\n]{0,100}?\s(?:-{1,2}|\u2013|\u2014)\s")


LOCATIVE_PREPS = {"in", "inside", "across", "throughout", "within"}
#: Prepositions that put something beside a place ("near the Iraqi city", "outside Tripoli").
NEAR_PREPS = {"near", "around", "outside"}
#: Attacks a country's name before them says the author of: "killed in a US air strike".
ATTACK_WORDS = {"strike", "airstrike", "attack", "raid", "offensive", "assault", "bombing",
                "bombardment", "shelling", "invasion", "incursion", "missile", "rocket", "shell",
                "mortar", "bullet", "gunfire"}  # fmt: skip
#: Named-entity types of names that are no place even when a town bears them ("Nokia").
NOT_PLACES = {"ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LAW"}
#: Verbs of what a state does to its own people and offices: "Sudan arrested the country's
#: former intelligence chief" is Sudan's own.
HOME_ACTS = {"arrest", "detain", "jail", "sack", "dismiss", "fire", "appoint", "name", "try",
             "sentence", "execute", "pardon", "charge", "prosecute", "convict",
             "remove"}  # fmt: skip
#: Verbs whose "from" phrase is where the act happened: "abducted from his home in Baghdad".
TAKING_VERBS = {"abduct", "kidnap", "seize", "snatch", "grab", "take", "drag"}
#: Verbs of driving armed men out of a place, which places them there.
OUSTING = {"drive", "flush", "oust", "dislodge", "expel", "evict", "clear", "root", "push"}
#: Prepositions of what an act is about: a place inside their phrase is not the actor's.
TOPIC_PREPS = {"for", "against", "over", "about"}
#: Prepositions of a setting: where something happened, or whence and whither it moved.
SETTING_PREPS = LOCATIVE_PREPS | {"at", "near", "from", "into", "to", "out", "off"}
#: Doers named by what they did to someone, whose possessive is the victim ("his captors").
CAPTORS = {"captor", "kidnapper", "abductor", "hostage-taker", "killer", "assassin", "attacker"}
#: A state's missions abroad: the place they stand in is another state's.
MISSIONS = {"embassy", "consulate", "mission", "legation"}
#: Words that make an unowned machine the state's own: "government warplanes", "air force planes".
STATE_WORDS = {"government", "regime", "state", "army", "junta", "force", "navy", "military"}
#: What armed men do, by which a group is known for one: "a group that kidnapped two engineers".
ARMED_DEEDS = {"kidnap", "abduct", "hold", "behead", "kill", "bomb", "attack", "execute",
               "seize", "capture"}  # fmt: skip
#: Counting nouns whose "of" phrase names the actor: "thousands of Iraqis".
QUANTITY_NOUNS = {"thousand", "hundred", "dozen", "score", "million", "ten", "group", "crowd",
                  "number", "band", "team", "contingent", "unit", "battalion"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Gatherings, and the verbs that say where one is held (not where its parties are from).
VENUE_VERBS = {"hold", "host", "convene", "stage"}
GATHERINGS = {"talk", "talks", "summit", "meeting", "conference", "negotiation", "negotiations",
              "session", "forum", "ceremony", "round"}  # fmt: skip
#: Signing, whose place says where a deal was signed, not whose the signers are ("the rebels
#: signed a peace agreement in Nairobi" are not Kenya's; a meeting's place is kept: "met with
#: Sadr's representatives in Baghdad" places them).
SIGNING_VERBS = {"sign", "ink", "initial"}
#: Verbs of making a deal somewhere: "a ceasefire agreed in Minsk", "brokered in Doha".
DEAL_MAKING = SIGNING_VERBS | {"agree", "broker", "negotiate", "conclude", "reach", "seal"}
PACTS = {"agreement", "accord", "deal", "treaty", "pact", "ceasefire", "truce", "declaration"}
#: Bodies many states have under the same name, listed once in the KB for one of them.
GENERIC_BODIES = {"Congress"}
#: Party names that many states' parties bear: a dateline abroad makes them that state's.
GENERIC_PARTIES = {"democratic party", "republican party"}
#: Verbs whose place is only where someone spoke ("speaking in London", "told reporters in").
SPEAKING_PLACES = {"speak", "say", "tell", "talk", "address"}
#: States other than the United States whose legislature is called Congress.
CONGRESSES = {
    "ARG", "BOL", "BRA", "CHL", "COL", "DOM", "ECU", "ESP", "GTM", "HND", "MEX", "PER",
    "PHL", "PRY",
}  # fmt: skip
#: Particles inside place and family names: "Mocimboa da Praia", "Ciudad del Este".
NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "el"}
#: Words before a surname that leave it the known person's: "Mr. Bush", "Sen. Kerry".
HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sen", "Senator", "Rep", "Gen", "General", "Col",
              "Lt", "Maj", "Adm", "Sir", "Lord", "Lady", "Dame", "Sheikh", "Sheik", "King",
              "Queen", "Prince", "Princess", "Ayatollah", "Mullah", "Imam", "Pope", "Judge",
              "Justice", "Gov", "Governor", "Mayor", "Premier", "President",
              "Chancellor"}  # fmt: skip
#: What is left of someone, who no longer acts: "the body of late President Arafat".
REMAINS = {"body", "remains", "coffin", "corpse", "casket", "ashes"}
#: "The company": a business named before.
FIRMS = {"company", "firm", "corporation"}
#: Nouns whose "of" names the place itself ("the town of al-Bab"), not a spot near it.
SETTLEMENTS = {
    "town", "city", "village", "capital", "province", "region", "district", "state", "port",
    "suburb", "municipality", "county", "governorate", "enclave", "island", "republic",
    "country", "kingdom", "outskirts", "center", "centre", "streets", "street", "area", "people",
}  # fmt: skip
#: "The group": a named organization told before ("accusing the Islamist movement of ...").
GROUP_NOUNS = {"group", "movement", "organisation", "organization", "faction", "militia"}
#: Words for a part of a group named after "of": "one of the leaders", "some of the rebels".
PARTITIVES = {"one", "two", "three", "four", "five", "some", "many", "several", "most", "all",
              "none", "each", "both", "few"}  # fmt: skip


@dataclass(frozen=True)
class ActorRef:
    """An actor as an event uses it: its code and the words it came from.

    ``via`` is the antecedent a pronoun or "the two leaders" was resolved to.
    """

    code: str
    text: str
    start_char: int
    end_char: int
    ambiguous: bool = False
    via: str = ""


@dataclass(frozen=True)
class _Antecedent:
    token: int  # the head token of the mention
    sent: int  # the start token of its sentence
    para: int
    group: str  # "person", "state" or "other"
    code: str
    text: str
    subject: bool


def mention_index(doc: Doc) -> dict[int, ActorMention]:
    index: dict[int, ActorMention] = {}
    for mention in doc._.actor_mentions or ():
        for i in range(mention.start, mention.end):
            index[i] = mention
    return index


def on_scene_noun(token: Token, preps: set[str]) -> bool:
    """Whether a word modifies the noun after one of these prepositions: "Colombo" in "at a
    Colombo police station", "Tel Aviv" in "outside a Tel Aviv discotheque"."""
    head = token.head
    return token.dep_ == "compound" and head.dep_ == "pobj" and head.pos_ == "NOUN" and (
        head.head.lower_ in preps
    )


#: A region's states acting together as the body that joins them: "Arab leaders" meeting in
#: Cairo are the Arab League, "West African leaders" ECOWAS (not "Sunni Arab leaders").
REGIONAL_BODIES = {
    "arab": "IGOARL", "gulf arab": "IGOGCC", "west african": "IGOECOWAS", "african": "IGOAU",
    "southern african": "IGOSADC", "southeast asian": "IGOASEAN", "south east asian": "IGOASEAN",
    "european": "IGOEU", "european union": "IGOEU", "eu": "IGOEU",
}  # fmt: skip
#: What "agents" may be of and still be a state's: "security agents", "intelligence agents".
SPY_KINDS = {"security", "intelligence", "secret", "spy", "government", "state", "service"}
#: Offices several states' envoys share: "West African foreign ministers".
OFFICE_KINDS = {"foreign", "finance", "defence", "defense", "interior", "trade", "economy",
                "senior", "top", "justice", "health", "energy", "oil"}  # fmt: skip
#: Plural nouns for a region's states themselves: "West African states".
STATE_PLURALS = {"states", "governments", "leaders", "ministers", "heads"}


def regional_body(head: Token, role: str | None) -> str | None:
    """The body a region's states acting together make up, from the words before a plural
    of state or office: "Arab leaders", "West African foreign ministers", "Southeast Asian
    leaders meeting in Jakarta" (not "an Arab government", "Sunni Arab leaders", "eastern
    European countries")."""
    office = head
    if head.lower_ not in STATE_PLURALS:
        offices = [c for c in head.children if c.dep_ == "compound" and c.lower_ in STATE_PLURALS]
        if not offices:
            return None
        office = offices[0]  # ("Arab foreign ministers meeting in Cairo")
    if role not in ("GOV", None) or office.tag_ != "NNS":
        return None
    if any(c.dep_ == "nummod" for c in office.children):
        return None  # ("two Arab leaders, King Abdullah and Mubarak": each his state's)
    words = [
        t for t in office.subtree if t.i < office.i and t.dep_ not in ("det", "punct")
        and t.lower_ not in OFFICE_KINDS
    ]  # fmt: skip
    key = " ".join(t.lower_ for t in words)
    return REGIONAL_BODIES.get(key)


def first_conjunct(token: Token) -> Token:
    """The first of the tokens a token is coordinated with ("Turkish warplanes and troops")."""
    while token.dep_ == "conj":
        token = token.head
    return token


def coordinated(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Merkel and Hollande")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "compound" and token.pos_ == "PROPN" and any(
            c.dep_ == "cc" and c.lower_ == "and" for c in child.children
        ) and any(c.dep_ == "conj" for c in child.children):
            # "Chen Shui-bian and opposition leader James Soong met": the parser may make the
            # first name a compound of the second, with the second's title its conjunct
            out.append(child)
        if child.dep_ == "conj" and not any(
            d.dep_ == "det" and d.lower_ == "no" for d in child.children
        ) and stolen_subject_of(child) is None and not (
            token.dep_ == "appos" and token.head.ent_type_ == "PERSON"
            and child.tag_ == "NN" and not any(d.dep_ in ("det", "poss") for d in child.children)
        ):  # ("killed ten civilians and no fighters"; "Mengal, a former chief minister and
            # leader of a party": one man's offices)
            out.extend(coordinated(child))
    return out


def stolen_subject_of(noun: Token) -> Token | None:
    """The verb a noun the parser coordinated with an object is really the subject of:
    "Belarus expelled a Polish diplomat and police seized the headquarters" (police seized)."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(doc):
        return None
    verb = doc[noun.i + 1]
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or not any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def hyphen_prefix(token: Token) -> str | None:
    """The prefix a word is hyphened to, lower case: "anti" for the "Japanese" of
    "anti-Japanese" (the tokenizer splits it into "anti", "-", "Japanese")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return doc[token.i - 2].lower_
    return None


def _stance(token: Token) -> bool:
    """Whether a modifier says what a phrase is for or against, not who it is: the "EU" of
    "pro-EU demonstrators", the "war" of "anti-war protesters"."""
    return hyphen_prefix(token) in ("pro", "anti")


#: People who speak for a body named after "for": "a spokesman for the insurgents".
SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                "spokespeople"}  # fmt: skip
#: People who act for the person whose they are: "Sadr's spokesman", "the Dalai Lama's envoy"
#: stand where their principal does (opposition, rebels), not in a government.
REPRESENTATIVES = SPEAKING_FOR | {
    "envoy", "emissary", "representative", "aide", "adviser", "advisor", "negotiator", "envoys",
    "emissaries", "representatives", "aides", "advisers", "advisors", "negotiators",
}  # fmt: skip ("the Dalai Lama's Envoys": a headline's capital may keep the plural lemma)


#: Bodies one acts "for" as their envoy or negotiator: "negotiators for the government".
PRINCIPALS = {"government", "administration", "regime", "authority", "movement", "party",
              "opposition", "rebel", "guerrilla", "group", "front", "alliance", "leadership",
              "leader", "president", "king", "junta"}  # fmt: skip


def _speaks_for(token: Token, head: Token) -> bool:
    """Whether ``token`` names whom ``head`` acts for: "Sadr's spokesman", "an envoy of the
    Dalai Lama", "a spokesman for Sadr" (the end of a name the parser chained)."""
    while token.dep_ in ("compound", "flat") and token.head != token:
        token = token.head
    if token.dep_ == "poss":
        return token.head == head
    return token.dep_ == "pobj" and token.head.head == head and token.head.lower_ in ("of", "for")


def phrase_tokens(head: Token) -> list[Token]:
    """The words of the noun phrase that ``head`` heads, without clauses or coordination."""
    tokens = [head]
    for child in head.children:
        if child.dep_ == "amod" and child.tag_ == "VBD":
            continue  # ("army fought rebels": a verb the parser made the object's modifier)
        if child.dep_ in PHRASE_DEPS or (child.dep_ == "npadvmod" and head.lower_ == "led"):
            # "Saudi-led coalition aircraft": the leader names the force ("US-backed" does not)
            tokens.extend(phrase_tokens(child))
        elif child.dep_ == "prep" and (child.lower_ in ("of", "from") or (
            child.lower_ == "for" and head.lemma_.lower() in SPEAKING_FOR
        ) or (child.lower_ == "for" and head.lemma_.lower() in REPRESENTATIVES and any(
            g.dep_ == "pobj" and (
                g.ent_type_ in ("ORG", "PERSON", "NORP") or g.lemma_.lower() in PRINCIPALS or (
                    g.pos_ == "PROPN" and g.ent_type_ not in ("GPE", "LOC", "FAC")
                )
            ) for g in child.children
        ))):
            # "the president of Iraq", "rebel leaders from Darfur", "a spokesman for the
            # Taliban", "negotiators for the Salvadoran government" (not "the U.N. envoy for
            # eastern Congo" or "for Palestinian refugees": what he serves)
            tokens.append(child)
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    tokens.extend(phrase_tokens(grandchild))
    return tokens


def _is_subject(token: Token) -> bool:
    """Whether a name is (part of) a clause's subject: "Russian President Putin said"."""
    while (
        token.dep_ in ("compound", "flat", "amod", "poss", "appos", "conj") and token.head != token
    ):
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _has_sentences(doc: Doc) -> bool:
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def estimate_era(
    kb: ActorKB, mentions: Iterable[ActorMention], text: str = "", doc: Doc | None = None
) -> dt.date | None:
    """The date at which most of the people a text names held office, for undated texts.

    Each person counts once, by the offices their title in the text allows ("Prime Minister
    Allawi": the premiership, not his later years in opposition); the answer is the middle of
    the longest stretch during which the most of them were in office. A text that names no one
    with dated offices is read in the latest year it mentions ("since March 2003"), if any.
    """
    offices: dict[str, list[tuple[dt.date, dt.date]]] = {}
    title = ""
    last_end = -1
    body, body_end = "", -9  # an organization named just before ("UN High Commissioner for
    # Refugees Ruud Lubbers": his UN office, not his premiership)
    for mention in mentions:
        if mention.kind == "agent":
            title, last_end = mention.text.lower(), mention.end
            continue
        titled = title if mention.start == last_end else ""
        serving = body if 0 <= mention.start - body_end <= 3 and doc is not None and not any(
            t.lower_ in ("and", "or", ",", "now") for t in doc[body_end : mention.start]
        ) else ""  # ("NATO and Javier Solana", "ex-IMF chief Koehler, now Germany's president")
        if mention.kind == "org":
            left = doc is not None and any(
                t.lower_ in FORMER_WORDS for t in doc[max(0, mention.start - 2) : mention.start]
            )  # ("ex-IMF chief Horst Koehler", "the former NATO chief": an office left)
            body, body_end = ("" if left else mention.entries[0].key), mention.end
        for entry in mention.entries:
            person = kb.people.get(entry.key) if entry.kind == "person" else None
            if person is None or entry.key in offices:
                continue
            roles = [r for r in person.roles if r.start]
            named = [r for r in roles if titled and _holds_title(r.title, titled)] or [
                r for r in roles if serving and r.code == serving
            ]  # fmt: skip
            offices[entry.key] = [
                (r.start, r.end or dt.date.today()) for r in (named or roles)
            ]
    cuts = sorted({day for spans in offices.values() for span in spans for day in span})
    best: tuple[int, int, dt.date | None] = (0, 0, None)  # (people in office, days, middle)
    for left, right in itertools.pairwise(cuts):
        middle = left + (right - left) / 2
        count = sum(any(a <= middle <= b for a, b in spans) for spans in offices.values())
        best = max(best, (count, (right - left).days, middle), key=lambda b: (b[0], b[1]))
    if best[2] is None and cuts:
        return cuts[0]  # one office of a single day
    if best[2] is None:
        this_year = dt.date.today().year
        years = [int(y) for y in _YEAR.findall(text) if int(y) <= this_year]
        if years:
            return dt.date(max(years), 7, 1)
    return best[2]


_YEAR = re.compile(r"\b(19[4-9]\d|20\d\d)\b")


#: Words of a state's own foreign service: "the foreign affairs minister", "foreign policy
#: chief".
FOREIGN_OFFICES = {"minister", "ministry", "secretary", "office", "affair", "affairs", "policy",
                   "relation", "relations", "service"}  # fmt: skip


#: Modifiers of people from many states or from elsewhere: "foreign investors", "Western
#: diplomats", "Latin American leaders", "world leaders".
MULTINATIONAL = {"foreign", "overseas", "international", "western", "world", "latin",
                 "african", "asian", "european"}  # fmt: skip


def _foreign(phrase: list[Token], role: str | None) -> bool:
    """"Foreign investors in Kenya" are anyone's but Kenya's: no context places them (but a
    foreign minister is a state's own, and foreign fighters are coded where they fight)."""
    office = any(t.lemma_.lower() in FOREIGN_OFFICES for t in phrase)
    return role not in ("REB", "INS", "SEP") and not office and any(
        t.lower_ in MULTINATIONAL and t.dep_ == "amod" for t in phrase
    )


def _holds_title(office: str, title: str) -> bool:
    """Whether an office's name is the title a text gives ("Interim Prime Minister" is a
    "prime minister"; "Vice President" is not a "president")."""
    office = office.lower()
    return re.search(rf"(?<!vice )(?<!vice-)\b{re.escape(title)}\b", office) is not None


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word is in (climbing its heads), or None at a verbless root."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def counted(head: Token, index: dict) -> Token:
    """Those a counting phrase counts: "thousands of Iraqis", "a group of soldiers", "one of
    the leaders", "nine of Paul Kagame's aides" (else the head itself; ``index`` maps tokens
    to actor mentions, which count nothing)."""
    if (head.lemma_.lower() in QUANTITY_NOUNS | PARTITIVES or head.like_num) and (
        head.i not in index
    ):
        of = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
              for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        if of:
            return of[0]
    return head


def holds_gathering(verb: Token) -> bool:
    """Whether a verb says where a gathering is held ("talks being held in Abuja"): a place
    that locates the meeting, not its parties."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in VENUE_VERBS and (
        verb.head.lemma_.lower() in GATHERINGS
    )


def meeting_place(name: Token) -> bool:
    """Whether a place name says where a gathering is held or a deal signed ("talks held in
    Abuja", "signed a peace agreement in the Australian city of Townsville"), not whose its
    parties are."""
    venue, preps = name, set()
    while venue.dep_ in ("amod", "compound", "appos", "flat", "poss", "nmod", "pobj"):
        if venue.dep_ == "pobj":
            preps.add(venue.head.lower_)
        venue = venue.head if venue.dep_ != "pobj" else venue.head.head
    made_there = venue.lemma_.lower() in DEAL_MAKING and preps <= {"in", "at", "of"}
    return holds_gathering(venue) or made_there or (
        venue.lemma_.lower() in PACTS and venue.head.lemma_.lower() in SIGNING_VERBS
    )


#: Kin named by whose kin they are: "the families of the victims".
KIN = {"family", "families", "relative", "grandchild", "grandchildren", "descendant", "child",
       "children", "widow", "parent", "son", "daughter", "kin", "orphan"}  # fmt: skip
#: Words for a state named by an "of" phrase: "the republic of Georgia".
STATE_NOUNS = {"republic", "kingdom", "emirate", "sultanate", "principality", "nation",
               "country", "state", "island", "archipelago"}  # fmt: skip
#: Regions that broke away from the state the countries table files them under: their forces
#: and authorities are that state's separatists (GUIDELINES: SEP).
BREAKAWAY_FORMS = {
    "south ossetia", "south ossetian", "south ossetians", "abkhazia", "abkhaz", "abkhazian",
    "abkhazians", "transnistria", "transnistrian", "transdniestria", "transdniestrian",
    "transdniester", "trans-dniester", "turkish cypriot", "turkish cypriots", "northern cyprus",
}  # fmt: skip
#: Roles that stand for a breakaway region's own state-like bodies.
BREAKAWAY_ROLES = {"MIL", "GOV", "COP", "SPY", "REB", "INS", ""}
#: Participles tying a band to a network: "a group linked to al-Qaeda".
LINKED = {"link", "tie", "affiliate", "connect", "loyal"}
#: Bands of no armed kind, whatever they are linked to: "a Texas charity group linked to Hamas".
CIVIL_BANDS = {"charity", "aid", "relief", "rights", "political", "party", "student", "students",
               "business", "lobby", "advocacy", "religious", "civic"}  # fmt: skip
#: States whose forces the news of these decades shows mostly fighting abroad: armed men they
#: fight in a text that names no place are not placed at home ("U.S. soldiers killed 15
#: militants").
FIGHTING_ABROAD = {"USA", "GBR", "FRA", "ISR", "AUS", "CAN", "ITA", "ESP", "POL", "NLD", "DEU",
                   "DNK", "NOR", "BEL", "PRT", "CZE", "HUN", "ROU", "BGR", "JPN", "KOR", "NZL"}
#: Armed bands a leader may own: a leader out of office makes them rebels ("Sadr's militia").
MILITIAS = {"militia", "militias", "militiamen", "paramilitaries"}
ARMED_SIDES = {"REB", "INS", "SEP"}
#: Nouns for the band a leader heads: "Zarqawi's group" is Zarqawi's side.
BANDS = {"group", "network", "movement", "organisation", "organization", "faction", "militia"}
#: Offices an apposition may give a former official: "Obasanjo, the U.N. envoy for Congo".
OFFICE_NOUNS = {"envoy", "chief", "head", "secretary", "minister", "mediator", "representative",
                "commissioner", "chairman", "chair", "director", "ambassador", "negotiator",
                "coordinator", "president", "premier", "adviser", "advisor"}  # fmt: skip
#: Words that put an office in the past: "Brazil's former president".
FORMER_WORDS = {"former", "ex", "onetime", "erstwhile", "late", "then"}
#: What a state once held or was part of: "a former Soviet republic", "ex-British colony".
POLITIES = {"republic", "republics", "colony", "colonies", "bloc", "state", "states",
            "satellite", "satellites", "territory", "territories", "protectorate", "province"}


def era_word(span: Span) -> bool:
    """Whether a name only dates or styles a thing: "a Soviet-era dam", "Saddam-era laws"."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and (
        doc[span.end + 1].lower_ in ("era", "style", "vintage")
    )


def former_polity(span: Span) -> bool:
    """Whether a name only says what a place once belonged to: "the former Soviet republic"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "-" and span.start > 1:
        before = doc[span.start - 2].lower_
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in ("former", "ex") and after in POLITIES


def after_name_particle(token: Token) -> bool:
    """Whether a word follows a particle of a longer name: "Praia" in "Mocimboa da Praia"."""
    if token.i < 2:
        return False
    particle, name = token.doc[token.i - 1], token.doc[token.i - 2]
    return particle.lower_ in NAME_PARTICLES and particle.is_lower and (
        name.tag_ == "NNP" and name.is_title
    )


def _pointed_at(token: Token, refs: list[ActorRef]) -> list[ActorRef]:
    """The actors a pronoun points back at, as read at the pronoun (its text and place)."""
    end = token.idx + len(token.text)
    return [ActorRef(r.code, token.text, token.idx, end, r.ambiguous, r.text) for r in refs]


class PhraseResolver:
    """Turns a noun phrase's head into actor codes at a date, using a Doc's actor mentions.

    The coder calls ``actors(head)`` for each subject and object. Beyond the names in the
    phrase, it resolves, within the document: "he"/"him"/"she"/"her" (the last person named in
    the paragraph, preferring subjects), "they"/"them" (the last coordinated group of actors in
    this or the previous sentence), "the two leaders"/"both sides" (the last two actors of that
    kind in the paragraph), and role nouns without a country ("police": the country the
    sentence names, else the dateline's). What cannot be placed gives no actor.
    """

    def __init__(self, doc: Doc, kb: ActorKB, when: dt.date | None) -> None:
        self.doc = doc
        self.kb = kb
        # An undated text is read at the time its people held office together ("President
        # Bush and Senator Kerry": 2001-2009), not at today's date.
        self.when = when or estimate_era(kb, doc._.actor_mentions or (), doc.text, doc)
        self.index = mention_index(doc)
        self._text = doc.text  # Doc.text joins every token: read it once per document
        self._breaks = [i for i, c in enumerate(self._text) if c == "\n"]
        self._antecedents: list[_Antecedent] | None = None
        self._located: tuple[str, int] | None | bool = False  # (not yet looked for)
        self._sentence_mentions: dict[int, list[ActorMention]] | None = None
        self._sentences = _has_sentences(doc)
        self._building = False
        match = DATELINE_PREFIX.match(doc.text[:160]) if doc._.dateline else None
        start, end = dateline_span(doc.text)
        # (the words of a dateline: at the text's start, or after a headline)
        self._dateline = (start, max(end, match.end() if match and not start else 0))

    def _in_dateline(self, idx: int) -> bool:
        """Whether a character offset is inside the text's dateline."""
        return self._dateline[0] <= idx < self._dateline[1]

    # -- the coder's entry points --------------------------------------------------------------
    def actors(self, head: Token, when: dt.date | str | None = None) -> list[ActorRef]:
        """Every actor the phrase headed by ``head`` names, one per coordinated member.

        ``when`` is the event's date when the text gives one; the document date otherwise.
        """
        date = self._date(when)
        refs: list[ActorRef] = []
        if self._in_dateline(head.idx):
            return refs  # the parser took the dateline's place for a subject
        unplaced = []
        for member in coordinated(head):
            found = self._member(member, date)
            unplaced += [member] if not found else []
            for ref in found:
                if all(r.code != ref.code or r.start_char != ref.start_char for r in refs):
                    refs.append(ref)
        return self._placed_by_siblings(refs, unplaced)

    def _placed_by_siblings(self, refs: list[ActorRef], unplaced: list[Token]) -> list[ActorRef]:
        """Members of one coordination whose country was only guessed, or not found, take the
        country their named siblings share: "the Sri Lankan government and the Tamil Tiger
        rebels", "Maduro's government and the opposition"."""
        named = {r.code[:3] for r in refs if not r.ambiguous and country_of(r.code)}
        if len(named) != 1:
            return refs
        country = named.pop()
        # "battles between US troops and militants" (in Baghdad): fighters coordinated with a
        # military are its opponents, so their own guess stands
        military = any(r.code[3:6] == "MIL" for r in refs if not r.ambiguous)
        placed = [
            replace(r, code=country + r.code[3:])
            if r.ambiguous and country_of(r.code)
            and not (military and r.code[3:6] in ("INS", "REB", "SEP"))
            else r
            for r in refs
        ]
        placed += [
            self.country_ref(m, country + role) for m in unplaced if (role := self.bare_role(m))
            and not (military and role in ("INS", "REB", "SEP") and self._elsewhere(m, country))
        ]  # ("insurgents and American forces clashed near the Iraqi city": Iraqi insurgents)
        return sorted(placed, key=lambda r: r.start_char)

    def _elsewhere(self, token: Token, country: str) -> bool:
        """Whether the sentence names a country other than ``country`` (where a fight with
        that country's army may be)."""
        return any(
            m.kind in ("country", "adjective", "capital")
            and m.entries[0].key[:3] not in (country, "")
            for m in self._mentions_in(token.sent)
        )

    def actor(self, head: Token, when: dt.date | str | None = None) -> ActorRef | None:
        """The first actor of ``actors``, for callers that want one."""
        refs = self.actors(head, when)
        return refs[0] if refs else None

    def _counted(self, head: Token) -> Token:
        return counted(head, self.index)

    def noun_role(self, head: Token) -> str | None:
        """The role a phrase's head noun names by itself, whatever country or body the phrase
        gives it ("troops from SADC states" -> MIL)."""
        mention = self.index.get(head.i)
        if mention is None or mention.kind != "agent":
            return None
        return self.kb.agent_roles.get(fold(mention.text)) or None

    def bare_role(self, head: Token) -> str | None:
        """The role a phrase names when it names no country ("rebels", "a man"), else None."""
        head = self._counted(head)  # ("arrested hundreds of students")
        mention = self.index.get(head.i)
        if mention is None and head.pos_ == "PROPN":
            # "militant Ahmed Omar Saeed Sheikh", a name the KB does not know: the role its
            # title gives
            titles = [
                c for c in head.children
                if ((c.dep_ in ("compound", "amod") and c.i < head.i) or c.dep_ == "appos")
                and (m := self.index.get(c.i)) is not None and m.kind == "agent"
            ]  # fmt: skip ("Ali Mohaqiq Nasab, editor of a monthly": the role the apposition
            # gives)
            if titles:
                head, mention = titles[-1], self.index[titles[-1].i]
        if mention is None or mention.kind != "agent" or self._in_dateline(head.idx):
            return None
        if self._unowned(mention):
            return None
        phrase = self._phrase(head)
        role, org = self._phrase_role(head, phrase, mention, self.when)
        return role if org is None and role and not _foreign(phrase, role) else None

    def _unowned(self, mention: ActorMention | None) -> bool:
        """Whether a mention is of machines that no sentence or dateline places ("a drone")."""
        return mention is not None and mention.kind == "agent" and "unowned" in (
            self.kb.agent_flags.get(fold(mention.entries[0].name), ())
        )

    def country_ref(self, head: Token, code: str) -> ActorRef:
        """An actor code given to a phrase from outside it (its country taken from context)."""
        return self._ref(code, self._phrase(head), ambiguous=True)

    def _phrase(self, head: Token) -> list[Token]:
        """A phrase's words after the dateline ("AFP - Islamist rebels": the parser may hang the
        agency on the phrase)."""
        victim = head.lemma_.lower() in CAPTORS  # "his captors": "his" is their victim
        # (and "the kidnappers of an American journalist": the "of" phrase is)
        victims = {
            t.i for p in head.children if victim and p.dep_ == "prep" and p.lower_ == "of"
            for t in p.subtree
        }
        return [
            t for t in phrase_tokens(head) if not self._in_dateline(t.idx) and not _stance(t)
            and not (victim and t.dep_ == "poss") and t.i not in victims
        ] or [head]

    # -- one member of a coordination ----------------------------------------------------------
    def _member(self, head: Token, when: dt.date | None) -> list[ActorRef]:
        head = self._counted(head)
        lower = head.lower_
        if lower == "forces" and head.dep_ == "dobj" and head.head.lemma_.lower() == "join" and (
            not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in head.children)
        ):
            return []  # "agreed to join forces": together, no troops
        if head.pos_ == "PRON" and self._sentences:
            if lower == "his" and (blamed := self._blamed_for(head)) is not None:
                return self._member(blamed, when)  # "criticized Obama for his meeting": Obama's
            if lower in PERSON_PRONOUNS | {"his"} and not (lower == "her" and head.dep_ == "poss"):
                ref = self._pronoun(head)
                return [ref] if ref else []
            if lower in GROUP_PRONOUNS:
                return self._group_pronoun(head, when)
            if lower == "its" and head.dep_ == "poss":
                ref = self._its(head)
                return [ref] if ref else []
            if lower == "it" and head.dep_ == "dobj" and head.head.lemma_.lower() in ACCUSING:
                return self._accused_it(head, when)
            if lower == "it" and head.dep_ == "nsubj":
                ref = self._it_subject(head)
                return [ref] if ref else []
        if head.lemma_.lower() in KIN and head.i not in self.index and not any(
            c.dep_ == "appos" for c in head.children
        ):  # (not "his son, Crown Prince Mohammed bin Salman": named himself)
            # "the grandchildren of Armenians killed in 1915", "relatives of the hostages":
            # whose kin they are
            kin_of = [
                o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"
            ]  # fmt: skip
            named = [
                a for o in kin_of[:1] if o.pos_ == "PROPN" for a in o.children if a.dep_ == "appos"
            ]  # ("the son of King Salman, Crown Prince Mohammed bin Salman": named himself)
            if named:
                return self._member(named[0], when)
            if kin_of:  # (a president's son holds no office: his country's civilians)
                return [
                    replace(a, code=a.code[:3] + "CVL") if country_of(a.code) else a
                    for a in self._member(kin_of[0], when)
                ]
        if head.lemma_.lower() in STATE_NOUNS and head.i not in self.index:
            # "the former Soviet republic of Georgia", "the tiny kingdom of Bhutan": the state
            named = [
                o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"
                and (m := self.index.get(o.i)) is not None and m.kind == "country"
            ]  # fmt: skip
            if named:
                return self._direct(named[0], when, fallback=False)
        if self._sentences and (role := self.noun_role(head)):
            # "talks between officials of the two countries", "ministers from both nations":
            # each state's own officials
            owners = [
                o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                for o in p.children if o.dep_ == "pobj" and o.i not in self.index
            ]  # fmt: skip
            need = self._collective(owners[0]) if owners else None
            if need in ("state", "any"):
                pair = [r for r in self._two(owners[0], need) if country_of(r.code)]
                if len(pair) == 2:
                    start, end = head.left_edge.idx, owners[0].idx + len(owners[0].text)
                    text = self._text[start:end]
                    return [replace(r, code=r.code[:3] + role, text=text, start_char=start,
                                    end_char=end) for r in pair]  # fmt: skip
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if (head.lemma_.lower() in THE_COUNTRY_NOUNS and owner is not None and self._sentences
                and owner.lower_ in POSSESSIVE_PRONOUNS and not self._building):
            # "Straw said his country will provide technical assistance": the speaker's state
            person = self._person_antecedent(owner)
            if person is not None and country_of(person.code):
                return [self._ref(person.code[:3], self._phrase(head))]
        need = self._collective(head)
        if need is not None and self._sentences:
            return self._two(head, need)
        if self._sentences and not self._building and head.lemma_.lower() in FIRMS and [
            c.lower_ for c in head.children if c.dep_ not in ("punct", "prep")
        ] == ["the"]:  # ("accused the company of blackmail": the parser may hang "of" on it)
            # "accusing the company of ...": the last business the paragraph named
            firms = [
                a for a in self.antecedents()
                if a.code.endswith("BUS") and a.token < head.i and a.para == self._para(head.idx)
            ]  # fmt: skip
            return [self._ref(firms[-1].code, self._phrase(head))] if firms else []
        if self._sentences and not self._building and head.lemma_.lower() in GROUP_NOUNS and (
            any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        ):
            # "Abbas dismissed the Hamas-led government, accusing the Islamist movement of
            # staging a coup": the last organization the paragraph named
            found = self._direct(head, when, fallback=True)
            groups = [
                a for a in self.antecedents()
                if a.token < head.i and a.para == self._para(head.idx)
                and (m := self.index.get(a.token)) is not None and m.kind == "org"
                and a.code[3:6] not in ("MED", "BUS", "GOV")
                and not self._in_dateline(self.doc[a.token].idx)
            ]  # fmt: skip (not the agency of the dateline, nor a newspaper)
            if found or not groups:
                return found
            # (a subject before a mere object: "Al-Shabaab fighters overran an African Union
            # base, and the group claimed ...")
            subjects = [
                a for a in groups if a.subject and (
                    a.code[3:6] in ARMED_ROLES | {"OPP"} or a.code[:3] in ("IMG", "NGO")
                )
            ]  # (an armed group, party or NGO: not "NATO aircraft bombed Taliban positions")
            return [self._ref((subjects or groups)[-1].code, self._phrase(head))]
        if self._is_the_country(head):
            country = self._the_country(head)
            tokens = phrase_tokens(head)
            return [self._ref(country[0], tokens, country[1])] if country else []
        return self._direct(head, when, fallback=True)

    def _dateline_namesake(
        self, mention: ActorMention, code: str, when: dt.date | None
    ) -> str | None:
        """The dateline's state, for an American body whose name other states' bodies bear,
        when the sentence names the U.S. nowhere else: "QUITO - ... six months after Congress
        removed him" (where a state's legislature bears the name), "TOKYO - the opposition
        Democratic Party" (not "MEXICO CITY - ... a bill passed by Congress to build a U.S.
        fence")."""
        dateline = self.doc._.dateline
        if code[:3] != "USA" or not dateline or not (
            (mention.text in GENERIC_BODIES and dateline in CONGRESSES)
            or (fold(mention.text) in GENERIC_PARTIES and dateline != "USA")
        ):
            return None
        if any(
            (found := self.kb.resolve_mention(m, when)) is not None
            and found.code[:3] == "USA" and m is not mention
            and not any(a.dep_ in ("appos", "relcl") for a in self.doc[m.start].ancestors)
            for m in self._mentions_in(self.doc[mention.start].sent)
        ):  # fmt: skip (but "President Fox, a close U.S. ally": an aside)
            return None
        return dateline

    def _appositive_office(self, head: Token, when: dt.date | None) -> str | None:
        """The office an apposition gives a former official: an IGO's or a government's."""
        for appos in (c for c in head.children if c.dep_ == "appos"):
            if appos.lemma_.lower() not in OFFICE_NOUNS or any(
                t.lower_ in FORMER_WORDS | {"first", "last"} for t in appos.subtree
            ):
                continue  # ("Lula, Brazil's former president": no office now; "Major, an ally
                # of Blair": another's office)
            refs = self._direct(appos, when, fallback=False)
            if len(refs) == 1 and (
                not country_of(refs[0].code) or refs[0].code[3:6] in ("GOV", "MIL")
            ):
                return refs[0].code
        return None

    def _direct(self, head: Token, when: dt.date | None, fallback: bool) -> list[ActorRef]:
        """The actor a phrase names by itself (``fallback``: or through sentence and dateline)."""
        tokens = self._phrase(head)
        mention = self.index.get(head.i)
        if mention is not None and mention.kind != "agent":
            resolution = self.kb.resolve_mention(mention, when)
            if resolution is None:
                return []
            if resolution.ambiguous and mention.kind == "org":
                resolution = (
                    self._by_context(mention, head, when)
                    or self._by_spelling(mention, when) or resolution
                )
            code = resolution.code
            if mention.kind == "country" and len(code) == 3 and fold(mention.text) in (
                BREAKAWAY_FORMS
            ):
                code += "SEP"  # "Russia recognised South Ossetia": the breakaway authorities
            if mention.kind == "adjective":
                # "Ecuadorean Indians", "Iraqi Kurds": the modifier's country is theirs
                other = self._country_in(tokens, mention, when, kinds=("country", "adjective"))
                if other and len(other) == 3:
                    code = other + code[3:]
            shared = self._shared_role(head, when) if mention.kind == "adjective" else None
            if shared is not None:
                code = code[:3] + shared  # "Kazakh and Chinese officials": Kazakh officials
            elif self._people_noun(head) and head.dep_ not in ("npadvmod", "poss") and (
                head.tag_ in ("NN", "NNP") or not any(
                    c.dep_ == "det" and c.lower_ == "the"
                    for c in [*head.children, *(head.head.children if head.dep_ == "conj" else ())]
                )  # ("the Russians and Turks": "the" is both's)
            ):
                # "three Iraqis", "Aboriginal Australians", "Palestinians paid their respects",
                # "the Briton": people, not the state ("the Palestinians" may be their side);
                # "armed Palestinians" are armed men
                armed = any(c.dep_ == "amod" and c.lower_ == "armed" for c in head.children)
                code = code[:3] + ("INS" if armed else "CVL")
            elif mention.kind == "person" and country_of(code) and (
                owner := next((c for c in head.children if c.dep_ == "poss"), None)
            ) is not None and (body := self.index.get(owner.i)) is not None and (
                body.kind == "org" and not country_of(body.entries[0].key)
            ):
                # "the African Union's Thabo Mbeki": the body he acts for
                code = body.entries[0].key
            elif mention.kind == "person" and code.endswith("ELI") and (
                office := self._appositive_office(head, when)
            ) is not None:
                # "Former Nigerian President Olusegun Obasanjo, the U.N. envoy for eastern
                # Congo": whom he acts for now
                code = office
            elif mention.kind in ("seat", "org") and country_of(code):
                # "the German Foreign Office", "Israel's Labour party": a named body of one
                # state, another state's here.
                other = self._country_in(tokens, mention, when, kinds=("country", "adjective"))
                if other and len(other) == 3 and other != code[:3]:
                    code = other + code[3:]
                elif mention.text in GENERIC_BODIES and not other and head.dep_ != "nsubj":
                    # "Peru's president urged Congress to ...": the congress of the country
                    # whose leader addresses it (not "Russia criticized Congress")
                    verb = head.head
                    while verb.dep_ == "conj" and not any(
                        c.dep_ == "nsubj" for c in verb.children
                    ):  # ("appealed for a truce and urged Congress": the subject they share)
                        verb = verb.head
                    owners = {
                        self.index[c.i].entries[0].key[:3]
                        for s in verb.children if s.dep_ == "nsubj"
                        for c in s.subtree if c.i < s.i
                        and c.i in self.index and self.index[c.i].kind in ("country", "adjective")
                    }  # fmt: skip ("Peru's President Dina Boluarte", "the Philippine president")
                    if len(owners) == 1 and code[:3] not in owners:
                        code = owners.pop() + code[3:]
                home = None if other else self._dateline_namesake(mention, code, when)
                code = home + code[3:] if home else code
                side = {"opposition": "OPP", "ruling": "GOV"}
                named_side = [side[t.lower_] for t in tokens if t.lower_ in side]
                if len(code) == 3 and named_side:
                    code += named_side[0]  # "Japan's main opposition Democratic Party"
            return [self._ref(code, tokens, resolution.ambiguous)]
        for named in (
            c for c in head.children if c.dep_ == "appos" and mention is not None
            and not any(t.lower_ in FORMER_WORDS for t in tokens)  # ("its former leader, X")
        ):
            person = self.index.get(named.i)
            found = self.kb.resolve_mention(person, when) if person is not None and (
                person.kind == "person"
            ) else None
            if found is not None and not found.ambiguous and country_of(found.code) and (
                found.code[3:6] not in ("", "ELI")
            ):
                # "its leader Ichiro Ozawa": the one named, not whose "its" may be
                return [self._ref(found.code, tokens)]
        role, org = self._phrase_role(head, tokens, mention, when)
        if head.lemma_.lower() == "agent" and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in SPY_KINDS
            for c in head.children
        ):
            return []  # "travel agents", "insurance agents": a trade, not a state's
        body = self._regional_body(head, role) if org is None else None
        if body is not None:
            return [self._ref(body, tokens)]  # "Arab leaders", "West African states"
        people = mention is not None and mention.kind == "agent" and "person" in (
            self.kb.agent_flags.get(fold(mention.entries[0].name), ())
        )  # ("members of the former regime")
        if role == "GOV" and any(
            t.lower_ in FORMER_WORDS - {"then"} and t.dep_ in ("amod", "advmod")
            and (office := self.index.get(t.head.i)) is not None and office.kind == "agent"
            and (people or "person" in self.kb.agent_flags.get(fold(office.entries[0].name), ()))
            for t in tokens
        ):
            role = "ELI"  # "Nigeria's former head of state", "the ex-president": an office left
            # (not "the former government": a body, not an elite)
        if role == "MIL" and head.lower_ in MILITIAS:
            role = self._militia_side(head, when) or role
        if role == "INS" and head.lemma_.lower() == "bomber" and not any(
            t.lower_ in ("suicide", "car", "truck") for t in tokens
        ) and any((self.index.get(t.i) is not None and self.index[t.i].kind in (
            "country", "adjective"
        )) or (t.dep_ != "nummod" and any(ch.isdigit() for ch in t.text))
            for t in tokens if t.i < head.i):
            role = "MIL"  # "U.S. B-2 bombers", "Russian long-range bombers", "the Su-24
            # bomber": aircraft
        if mention is None and head.lemma_.lower() in BANDS:
            named = [
                o for c in head.children if c.dep_ == "acl" and c.lemma_.lower() == "call"
                and any(r.lower_ == "itself" for r in c.children)
                for o in c.children if o.dep_ in ("oprd", "attr", "npadvmod", "dobj")
                and o.lower_ != "itself"
            ]  # fmt: skip
            found = [a for o in named[:1] for a in self._direct(o, when, fallback=False)]
            if found:
                return found  # "a group calling itself the Indian Mujahideen": that group
        if role is None and org is None and mention is None and head.lemma_.lower() in BANDS:
            # "An Iraqi group linked to al-Qaeda": an armed group of the country it names
            # (linked is not the network itself; nor is a charity or party linked to one)
            civil = any(c.lower_ in CIVIL_BANDS for c in head.children)
            allies = [] if civil else [
                a for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in LINKED
                for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                for a in self._direct(o, when, fallback=False)
                if a.code.startswith("IMG") or a.code[3:6] in ("INS", "REB")
            ]  # fmt: skip
            # ("an Iraqi group which said it was holding two French hostages": a group told
            # by what armed men do)
            deeds = not civil and any(
                t.lemma_.lower() in ARMED_DEEDS for c in head.children if c.dep_ in ("relcl", "acl")
                for t in [c, *c.children] if t.pos_ == "VERB"
            )  # fmt: skip
            country = (allies or deeds) and self._country_in(
                tokens, None, when, ("country", "adjective")
            )
            if country and len(country) == 3:
                return [self._ref(country + "INS", tokens, True)]
            # "Abu Musab al-Zarqawi's group", "the cleric's militia", "the group led by
            # Zarqawi", "a group loyal to Sadr": the leader's own side
            leaders = [c for c in head.children if c.dep_ == "poss"] + [
                o for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            ] + [
                o for c in head.children if c.dep_ == "amod" and c.lower_ == "loyal"
                for p in c.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
            ]  # fmt: skip
            for child in leaders:
                leader = self.index.get(child.i)
                if leader is not None and leader.kind in ("person", "org"):
                    resolution = self.kb.resolve_mention(leader, when)
                    if resolution is not None and not resolution.ambiguous:
                        return [self._ref(resolution.code, tokens)]
                if child.lower_ in ("his", "her") and self._sentences and (
                    ref := self._pronoun(child)
                ) is not None and not ref.ambiguous:
                    return [self._ref(ref.code, tokens)]  # "his group", his named before
        if role is None and org is None and mention is None and head.lemma_.lower() == "party":
            # "Imran Khan's party": the leader's side in politics, in power or against it
            for child in head.children:
                leader = self.index.get(child.i)
                if child.dep_ == "poss" and leader is not None and leader.kind == "person":
                    resolution = self.kb.resolve_mention(leader, when)
                    country = resolution and country_of(resolution.code)
                    # (only a leader in power or of the opposition: not a legislator's or a
                    # former leader's party, which may well govern)
                    if country and not resolution.ambiguous and (
                        resolution.code[3:6] in ("GOV", "OPP")
                    ):
                        return [self._ref(country + resolution.code[3:6], tokens)]
        if role is None and org is None:
            if head.pos_ == "PROPN" and mention is None:
                # "Iraq's Allawi": a person we do not know, placed by a possessive country.
                for child in head.children:
                    owner = self.index.get(child.i)
                    if child.dep_ == "poss" and owner and owner.kind in ("country", "capital"):
                        resolution = self.kb.resolve_mention(owner, when)
                        if resolution:
                            return [self._ref(primary(resolution.code)[:3], tokens)]
            return []
        if org is not None:
            return [self._ref(org.code, tokens, org.ambiguous)]
        country = self._country_in(tokens, mention, when) or self._first_conjunct_country(
            head, role, when
        )
        if country is None and role in ("COP", "JUD"):
            country = self._city_owner(head)
        if country is None and role in ("GOV", "MIL"):
            country = self._armed_partner_country(head, when)
        ambiguous = False
        hosted = head.lemma_.lower() in MISSIONS  # "its embassy in Belgrade" is not Serbia's
        if country is None and fallback and role and not hosted and not _foreign(tokens, role) and (
            not self._unowned(mention) or any(t.lemma_.lower() in STATE_WORDS for t in tokens)
        ):  # (not "drones hit Moscow", but "government warplanes" are the sentence's state's)
            armed = role in ("INS", "REB", "SEP")
            country, ambiguous = self._sentence_country(head, tokens, when, armed)
            if ambiguous and head.lemma_.lower() in CAPTORS:
                country = None  # a country merely named beside captors is their victims'
            if country is None and self.doc._.dateline:
                # a guess its named partners overrule ("ABUJA - Rebels and the Sudanese
                # government ...": Sudan's rebels)
                country, ambiguous = self.doc._.dateline, True
            if country is None and (self._breaks or (
                head.sent.start > 0 and not armed and role != "MIL"
            )):  # (a lead's later "troops" may well be the other side's)
                # an article's (or a lead's later sentence's) "the authorities" or "police" with
                # no country in their sentence are those of the country it is about
                country, ambiguous = self._article_country(head), True
        if country is None:
            return []
        if len(country) != 3:
            return [self._ref(country, tokens)]  # an IGO's troops are the IGO
        named = [
            m for t in tokens for m in (
                coordinated(t) if t.i in self.index
                and self.index[t.i].kind in ("adjective", "country") else [t]
            ) if m.i in self.index and self.index[m.i].kind in ("adjective", "country")
        ]  # fmt: skip
        regions = self._breakaway_regions(named)
        if regions and role in BREAKAWAY_ROLES:
            # "South Ossetian forces", "the Abkhaz authorities": the breakaway side; "Georgian
            # and South Ossetian forces" are both sides
            sides = []  # (the states' own forces first, then the regions')
            for token in sorted(named, key=lambda t: t.i in regions):
                found = self.kb.resolve_mention(self.index[token.i], when)
                code = found.code[:3] + ("SEP" if token.i in regions else role) if found else None
                if code and country_of(code) and code not in sides:
                    sides.append(code)
            return [self._ref(code, tokens, ambiguous) for code in sides]
        refs = [self._ref(country + role, tokens, ambiguous)]
        for other in self._coordinated_countries(tokens, when):
            if other != country:
                refs.append(self._ref(other + role, tokens, ambiguous))
        return refs

    def _breakaway_regions(self, tokens: list[Token]) -> set[int]:
        """Tokens of the phrase that name a breakaway region ("South Ossetian", "Abkhaz")."""
        return {
            t.i for t in tokens if (m := self.index.get(t.i)) is not None
            and m.kind in ("adjective", "country") and fold(m.text) in BREAKAWAY_FORMS
        }  # fmt: skip

    def _by_context(
        self, mention: ActorMention, head: Token, when: dt.date | None
    ) -> Resolution | None:
        """The one reading of a name several bodies share ("the Labour Party", "the Baath
        Party") whose country the sentence's other actors or the dateline name."""
        around = {self.doc._.dateline} if self.doc._.dateline else set()
        for other in self._mentions_in(head.sent):
            if other.kind == "agent" or other.start >= mention.start:
                continue  # (what comes after may be whom the party acts on: "criticized Israel")
            if not self._in_dateline(self.doc[other.start].idx):  # (not "(Reuters)")
                found = self.kb.resolve_mention(other, when)
                if found is not None and not found.ambiguous:
                    around.add(country_of(found.code) or found.code)
        fits = [r for r in self.kb.readings(mention.entries, when) if country_of(r.code) in around]
        return fits[0] if len({primary(r.code) for r in fits}) == 1 else None

    def _by_spelling(self, mention: ActorMention, when: dt.date | None) -> Resolution | None:
        """The one reading of a shared name whose own name is spelt as the text spells it:
        "the Labour Party" (Britain's), "the Labor Party" (Israel's)."""
        spelt = fold(mention.text)
        fits = [r for r in self.kb.readings(mention.entries, when) if spelt in fold(r.name)]
        return fits[0] if len(fits) == 1 else None

    def _coordinated_countries(self, tokens: list[Token], when: dt.date | None) -> list[str]:
        """Further countries of "Chinese and Indian troops": demonyms coordinated with the
        phrase's own, each giving an actor of the same role."""
        found = []
        for token in tokens:
            mention = self.index.get(token.i)
            if mention is None or mention.kind not in ("adjective", "country"):
                continue
            members = coordinated(token)[1:]
            if any(m.i not in self.index for m in members):
                # "Azerbaijani and ethnic Armenian forces": the parser coordinated "ethnic";
                # the demonym after it modifies the head on its own
                members += [
                    t for t in tokens
                    if t.i > token.i and t.dep_ == "amod" and t.head == token.head
                ]
            for member in members:
                other = self.index.get(member.i)
                if other is not None and other.kind in ("adjective", "country"):
                    resolution = self.kb.resolve_mention(other, when)
                    if resolution is not None and country_of(resolution.code):
                        found.append(resolution.code[:3])
        return found

    def _phrase_role(
        self, head: Token, tokens: list[Token], mention: ActorMention | None, when: dt.date | None
    ) -> tuple[str | None, Resolution | None]:
        """The role a phrase names, or the organization or seat it belongs to.

        A head noun's own role ("police") wins unless it defers ("leader", "officials",
        "spokesman") or a modifier names an armed or security role ("rebel forces").
        """
        own = mention.entries[0] if mention is not None else None
        own_role = own.key if own is not None else None
        defers = (
            mention is None
            or not own_role
            or "defer" in self.kb.agent_flags.get(fold(own.name), ())
        )
        if mention is None and head.pos_ not in ("PROPN", "NOUN"):
            return None, None
        if mention is None and head.lemma_.lower() in REMAINS and any(
            self.index.get(o.i) is not None and self.index[o.i].kind in ("person", "agent")
            for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"
        ) and not any(c.i in self.index for c in head.children if c.dep_ in ("compound", "amod")):
            return None, None  # "the body of late President Arafat arrived in Cairo"
        modifier_role = None
        owner = principal = None
        for token in sorted(tokens, key=lambda t: t.i):
            if token.i == head.i:
                continue
            other = self.index.get(token.i)
            if other is None or other is mention:
                continue
            if other.kind == "person" and principal is None and (
                head.lemma_.lower() in REPRESENTATIVES and _speaks_for(token, head)
            ):
                principal = self.kb.resolve_mention(other, when)
            if other.kind == "agent":
                # Only a noun names a role: "general" in "general election" is an adjective;
                # but group nouns are roles however tagged ("activist groups", "rebel forces").
                noun = token.pos_ in ("NOUN", "PROPN") or token.dep_ == "compound"
                noun = noun or "person" not in self.kb.agent_flags.get(fold(token.text), ())
                if token.dep_ in ROLE_MODIFIER_DEPS and noun:
                    if other.entries[0].key and modifier_role is None:
                        modifier_role = other.entries[0].key
            elif other.kind in ("org", "seat") and owner is None:
                owner = self.kb.resolve_mention(other, when)
                named = [
                    self.index[c.i].entries[0].key[:3]
                    for c in self.doc[other.end - 1].children
                    if c.i < other.start and c.i in self.index
                    and self.index[c.i].kind in ("country", "adjective")
                ]  # fmt: skip
                if owner is not None and named and country_of(owner.code) and (
                    named[0] != owner.code[:3] and len(named[0]) == 3
                ):
                    # "the headquarters of the Indonesian Democratic Party": another state's
                    # party of the same name
                    owner = replace(owner, code=named[0] + owner.code[3:])
        if own_role == "CVL" and modifier_role in ("GOV", "LEG"):
            modifier_role = None  # "supporters of a sacked governor" are not the government
        armed = own_role in ARMED_ROLES
        if modifier_role == "MIL" and owner is not None and (
            owner.code[3:6] in ("REB", "INS", "SEP") or owner.code.startswith("IMG")
        ):
            modifier_role = None  # "Hamas' military wing", "a Taliban military commander"
        if principal is not None and not principal.ambiguous and modifier_role is None and (
            owner is None and country_of(principal.code) and principal.code[3:6] not in ("", "ELI")
        ):  # (a former leader's envoy keeps the role the noun gives)
            return None, principal
        if (defers or armed) and owner is not None and modifier_role is None:
            # "Hamas leader", "Kremlin spokesman", "Pentagon officials", "Taliban fighters"
            return None, owner
        if modifier_role and (defers or modifier_role in STRONG_MODIFIER_ROLES):
            return modifier_role, None
        if mention is None:
            return None, None
        return own_role or "", None

    # -- countries from the phrase, the sentence, the dateline ---------------------------------
    def _country_in(
        self,
        tokens: list[Token],
        exclude: ActorMention | None,
        when: dt.date | None,
        kinds: tuple[str, ...] | None = None,
    ) -> str | None:
        # A country the phrase names outranks a possessive: "his US counterpart" is American.
        # (but not an international body: "its U.N. diplomats" are its state's)
        named = {
            t.i for t in tokens if t.i in self.index and self.index[t.i].kind != "agent"
            and not self.index[t.i].entries[0].key.startswith("IGO")
        }  # fmt: skip
        for token in sorted(tokens, key=lambda t: (t.i not in named, t.i)):
            if token.lower_ in POSSESSIVE_PRONOUNS and token.dep_ == "poss":
                if kinds is not None or self._building:
                    continue  # an antecedent's own phrase does not look back
                person = self._person_antecedent(token)  # "his government"
                if person is not None:
                    return primary(person.code)[:3] if country_of(person.code) else person.code
                continue
            if token.lower_ == "their" and token.dep_ == "poss" and kinds is None and (
                not self._building
            ):
                speaker = self._claimant(token)  # "the Taliban said their fighters had ..."
                if speaker is not None:
                    return speaker
                continue
            if token.lower_ == "its" and token.dep_ == "poss":
                owned = token.head
                if owned.dep_ == "pobj" and owned.head.lower_ == "of" and (
                    counted(owned.head.head, self.index) == owned
                ):
                    owned = owned.head.head  # "one of its soldiers had shot": the subject's
                if kinds is not None or self._building or owned.dep_ not in SUBJECT_DEPS:
                    continue  # (an object is its doer's own: "withdrew its troops from Georgia")
                state = self._its(token)  # "Pakistan will stay neutral, its parliament said"
                if state is not None and country_of(state.code):
                    return country_of(state.code)
                continue
            if kinds is None and token.dep_ == "poss" and self._is_the_country(token):
                country = self._the_country(token)  # "the country's president"
                if country is not None:
                    return country[0]
                continue
            mention = self.index.get(token.i)
            if mention is None or mention is exclude or mention.kind == "agent":
                continue
            if kinds is not None and mention.kind not in kinds:
                continue
            if self._hyphenated_before_another(token):
                continue  # "a Lebanese-American contractor" is American, "Iraqi-Polish" Polish
            resolution = self.kb.resolve_mention(mention, when)
            if resolution is None:
                continue
            return country_of(resolution.code) or resolution.code
        return None

    def _first_conjunct_country(
        self, head: Token, role: str | None, when: dt.date | None
    ) -> str | None:
        """The country a demonym before the first of coordinated forces gives the bare ones
        after it: "Turkish warplanes and troops", "Israeli warplanes, gunboats and artillery"."""
        if role != "MIL" or head.dep_ != "conj" or any(
            c.dep_ in ("amod", "compound", "poss", "det", "nummod") for c in head.children
        ):
            return None
        first = first_conjunct(head)
        modifiers = [c for c in first.children if c.dep_ in ("amod", "compound") and c.i < first.i]
        if not modifiers:
            return None
        country = self._country_in(modifiers, None, when, ("adjective", "country"))
        return country if country and len(country) == 3 else None

    def _regional_body(self, head: Token, role: str | None) -> str | None:
        """The body of a region's leaders acting together (``regional_body``), unless the
        phrase places them in or brings them from one state ("Arab leaders in Lebanon", "Arab
        ministers from Egypt and Jordan")."""
        body = regional_body(head, role)
        placed = body is not None and any(
            getattr(self.index.get(o.i), "kind", None) in ("country", "adjective")
            for h in (head, *(c for c in head.children if c.dep_ == "compound"))
            for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "from")
            for o in p.children if o.dep_ == "pobj"
        )
        return None if placed else body

    def _armed_partner_country(self, head: Token, when: dt.date | None) -> str | None:
        """The country of a domestic armed group a bare government or army is coordinated with:
        "Government negotiators and Zapatista rebels signed an accord" (Mexico's)."""
        partners = [
            p for p in coordinated(first_conjunct(head))
            if p.i != head.i and self.bare_role(p) is None
            and p.i in self.index and self.index[p.i].kind == "org"
        ]  # (named groups only: bare bodies would ask each other)
        for partner in partners:
            for ref in self._direct(partner, when, fallback=False):
                if country_of(ref.code) and ref.code[3:6] in ("REB", "INS", "SEP"):
                    return country_of(ref.code)
        return None

    def _city_owner(self, head: Token) -> str | None:
        """The country of a city that owns police or a court: "Mumbai's police chief", "the
        Karachi police" serve that city's state, whatever other country the sentence names;
        not a name large cities of several countries share ("Birmingham", "Victoria"), nor
        where the sentence places things in another country ("Salem police in Oregon")."""
        if head.lemma_.lower() == "tribunal":
            return None  # ("the Arusha tribunal": an international court)
        try:
            from gestae.places import bundled_gazetteer
        except ModuleNotFoundError:
            return None
        owners = [*head.children] + [
            c for h in head.children if h.dep_ == "compound" for c in h.children
        ]  # ("Mumbai's police chief": the city owns the chief's police)
        named: set[str] | None = None  # (the states the text names, found once if needed)
        for token in owners:
            if token.dep_ not in ("poss", "compound", "amod") or not token.text[:1].isupper() or (
                token.dep_ == "amod" and token.tag_ != "NNP"
            ) or (
                token.i in self.index or token.ent_type_ in ("PERSON", "NORP")
            ):
                continue
            name = self.doc[token.left_edge.i : token.i + 1].text  # ("New York police")
            largest: dict[str, int] = {}
            for candidate in bundled_gazetteer().lookup(name):
                place = candidate.place
                if place.country and (place.precision != "city" or place.population >= 100_000):
                    # (a state or region counts as large: "Victoria police" are Australia's)
                    size = place.population if place.precision == "city" else 10**9
                    largest[place.country] = max(largest.get(place.country, 0), size)
            ranked = sorted(largest.values(), reverse=True)
            if not ranked or ranked[0] < 100_000 or (
                len(ranked) > 1 and ranked[0] < 2 * ranked[1]
            ):
                continue  # (none, or shared: "Salem police" may be Oregon's)
            country = max(largest, key=largest.get)
            if named is None:
                named = {
                    country_of(r.code) for m in set(self.index.values()) if m.kind != "agent"
                    and (r := self.kb.resolve_mention(m, self.when)) is not None
                }  # fmt: skip
            if named & (set(largest) - {country}):
                continue  # ("Cordoba police arrested an ETA suspect": Spain's Cordoba)
            # ("Birmingham police in Alabama": the phrase's own place overrules the name)
            placed = [
                o for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                for o in p.children if o.dep_ == "pobj"
            ]  # fmt: skip
            elsewhere = {
                r.code[:3] for o in placed for r in self._direct(o, self.when, fallback=False)
            } | self.places_in(self.doc[placed[0].i : placed[0].i + 1]) if placed else set()
            return None if elsewhere - {country} else country
        return None

    def _hyphenated_before_another(self, token: Token) -> bool:
        """Whether a demonym is the first of a hyphenated pair ("Iraqi-Polish"), whose last
        names the nationality, unless it is American ("an American-French journalist")."""
        doc = token.doc
        after = token.i + 2
        return (
            after < len(doc) and doc[token.i + 1].text == "-"
            and not doc[token.i].whitespace_
            and self.index.get(token.i) is not None
            and self.index[token.i].kind == "adjective"
            and self.index[token.i].entries[0].key != "USA"
            and after in self.index and self.index[after].kind == "adjective"
        )

    def _claimant(self, their: Token) -> str | None:
        """The country of the group a "their" stands for when it owns the subject of what the
        group says: "The Taliban said their fighters had shot down a U.S. helicopter"."""
        owned, clause = their.head, their.head.head
        if owned.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_ not in (
            "say", "claim", "announce", "boast"
        ):
            return None
        speakers = [
            r for s in clause.head.children if s.dep_ == "nsubj"
            for r in self._direct(s, self.when, fallback=False)
        ]  # fmt: skip
        codes = {country_of(r.code) for r in speakers}
        return codes.pop() if len(codes) == 1 else None

    def _militia_side(self, head: Token, when: dt.date | None) -> str | None:
        """The side of a militia a leader out of office owns: "Muqtada al-Sadr's militia", "the
        militia loyal to Sadr" are rebels (a leader's insurgents their own); a president's is his
        state's."""
        leaders = [c for c in head.children if c.dep_ == "poss"] + [
            o for c in head.children if c.lower_ in ("of", "loyal")
            for p in [c, *c.children] if p.lower_ in ("of", "to")
            for o in p.children if o.dep_ == "pobj"
        ]  # fmt: skip
        for leader in leaders:
            mention = self.index.get(leader.i)
            if mention is None or mention.kind != "person":
                continue
            resolution = self.kb.resolve_mention(mention, when)
            if resolution is None or resolution.ambiguous or not country_of(resolution.code):
                continue
            side = resolution.code[3:6]
            return None if side in ("GOV", "MIL", "COP") else side if side in ARMED_SIDES else "REB"
        return None

    def _sentence_country(
        self, head: Token, tokens: list[Token], when: dt.date | None, armed: bool = False
    ) -> tuple[str | None, bool]:
        """The one country a sentence names ("in Iraq" first), and whether that was a guess.

        A place after "in" is where the actor is; a country named elsewhere in the sentence may
        be the other side of the event, so using it is reported as ambiguous.
        """
        if not self._sentences:
            return None, False
        own = {t.i for t in tokens}
        located, named, forces = set(), set(), set()
        for mention in self._mentions_in(head.sent):
            if mention.kind not in ("country", "adjective", "capital") or mention.start in own:
                continue
            if self._in_dateline(self.doc[mention.start].idx):
                continue  # the dateline places the reporter, not this actor
            if _stance(self.doc[mention.start]):
                continue  # ("an anti-American rally", "pro-Syrian generals": not where they are)
            resolution = self.kb.resolve_mention(mention, when)
            if resolution is None or resolution.ambiguous:
                continue
            country = resolution.code[:3]
            root = self.doc[mention.start : mention.end].root
            modified = root
            while modified.dep_ == "conj" or (
                modified.dep_ == "amod" and getattr(
                    self.index.get(modified.head.i), "kind", None
                ) == "adjective"
            ):  # "Syrian and Iraqi men", "a Lebanese-American contractor": both modify the noun
                modified = modified.head
            if modified.dep_ in ("npadvmod", "compound") and modified.head.dep_ == "amod" and (
                modified.head.lower_ == "led" or modified.head.lower_ in BACKING
            ):
                modified = modified.head  # "U.S.-led forces", as "US forces": the forces' own
            owner = self.index.get(modified.head.i)
            attack = modified.head.lemma_.lower() in ATTACK_WORDS
            if (attack or (owner is not None and owner.kind == "agent")) and (
                mention.kind == "adjective" or modified.dep_ in ("compound", "amod", "nmod")
            ):
                # "Russian warplanes", "US forces", "a US air strike": another actor's country
                if owner is not None and owner.entries[0].key in ("MIL", "COP"):
                    forces.add(country)
                continue
            setting = modified.head  # ("near the Iraqi city", "in the Afghan capital": a place)
            placed = setting.lemma_.lower() in SETTLEMENTS and setting.dep_ == "pobj" and (
                setting.head.lower_ in LOCATIVE_PREPS | NEAR_PREPS
            )
            if armed and mention.kind == "adjective" and not placed and (
                (owner is None and modified.head.pos_ in ("NOUN", "PROPN")
                 and modified.dep_ == "amod")
                or (root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound"))
            ):
                # "militants bombed the French supertanker", "insurgents threatening to kill a
                # kidnapped Briton": the victim's country
                continue
            owned = modified.head
            if modified.dep_ in ("amod", "compound", "poss") and (
                owned.lemma_.lower() in ("embassy", "consulate") or (
                    owned.lemma_.lower() in ("flag", "effigy") and owned.dep_ == "dobj"
                    and owned.head.lemma_.lower() in DESECRATING
                )
            ):
                # "protesters burned Japanese flags outside the embassy": whose flags (not
                # "protesters waving Lebanese flags": their own)
                continue
            if beyond_border(root, adjoining_only=not armed):
                # "a region bordering Cameroon" is not in Cameroon, nor armed men "near the
                # Afghan border" in Afghanistan (but troops sent "to the border with Eritrea"
                # face it)
                continue
            if armed and mention.kind == "capital" and (
                root.dep_ in ("nsubj", "nsubjpass")
                or (root.dep_ == "pobj" and root.head.dep_ == "agent")
            ):
                continue  # "intelligence supplied by Washington": a government acting, no place
            if meeting_place(root):
                continue  # "talks being held in the Nigerian capital": where they meet, not home
            named.add(country)
            # "in Iraq", "in the Saudi capital Riyadh": climb to the phrase the name is part of.
            while root.dep_ in ("amod", "compound", "appos", "flat", "poss", "nmod"):
                root = root.head
            holder = root.head.head  # what the "in" phrase places
            topic = holder.dep_ == "pobj" and holder.head.lower_ in TOPIC_PREPS
            # ("marched through London"; not "gunmen who broke through the border fence")
            passage = root.head.lower_ == "through" and holder.dep_ in ("ROOT", "conj")
            # ("abducted a contractor from his Baghdad home": where someone was taken from; not
            # "troops from Turkey", who may be anywhere, nor "withdrew its troops from Georgia")
            whence = root.head.lower_ == "from" and holder.lemma_.lower() in TAKING_VERBS and (
                mention.kind != "country"
            )  # ("snatched a suspect from Pakistan" took him out of it: no scene)
            locative = root.head.lower_ in LOCATIVE_PREPS or passage or whence
            if root.dep_ == "pobj" and locative and not topic:
                # ("marched through London against support for a war in Iraq": the war's place)
                located.add(country)
        located |= self.places_in(head.sent)
        doer = head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")
        if armed and not doer and named <= FIGHTING_ABROAD and not located:
            # "Israel killed two militants in Gaza air strikes": the armed men a state that
            # mostly fights abroad acts on are not its own (arrests are placed elsewhere)
            named = set()
        if len(located) == 1:
            return located.pop(), False
        if len(named) == 1:
            if self.doc._.dateline and self.doc._.dateline not in named and (
                (head.dep_ == "nsubj" and self.bare_role(head) == "CVL")
                or self.bare_role(head) in ("MIL", "COP")
            ):
                # "KABUL - Protesters ... clashed with security forces, ... including three
                # Americans": the dateline's people and forces, a country merely named aside
                # (not the people something is done to: whose they are is anyone's guess)
                return self.doc._.dateline, True
            return named.pop(), True
        foreign = any(c.lower_ in ("foreign", "overseas") for c in head.children)
        if armed and not doer and not foreign and not named and len(forces) == 1 and (
            not forces & FIGHTING_ABROAD and self._names_only(forces)
        ):
            # "The Nigerian army killed 24 militants": a state's forces fight its own armed men
            # when the text names no other country (armed men who strike may strike foreigners:
            # "Militants attacked an American convoy", "a soldier was killed by insurgents")
            return forces.pop(), True
        return None, False

    def _names_only(self, countries: set[str]) -> bool:
        """Whether every country the text names (its dateline's and its places' included) is
        among these."""
        if self.doc._.dateline and self.doc._.dateline not in countries:
            return False
        try:
            from gestae.places import most_populous
        except ModuleNotFoundError:
            return False
        for token in self.doc:
            # any place named after a preposition ("the stronghold of Fallujah")
            if token.dep_ == "pobj" and token.pos_ == "PROPN" and token.i not in self.index and (
                place := most_populous(self.doc[token.left_edge.i : token.i + 1].text)
            ) is not None and place.country not in countries:
                return False
        for mention in self.doc._.actor_mentions or ():
            if beyond_border(self.doc[mention.start : mention.end].root):
                continue  # ("near the Afghan border": a neighbour named, not a scene)
            if mention.kind in ("country", "adjective", "capital"):
                resolution = self.kb.resolve_mention(mention, self.when)
                if resolution is None or resolution.code[:3] not in countries:
                    return False
        return True

    def places_in(self, sent: Span) -> set[str]:
        """Countries of the places a sentence locates things at ("near Aleppo"), by the
        places stage's gazetteer when it is installed (its most populous reading)."""
        try:
            from gestae.places import most_populous
        except ModuleNotFoundError:
            return set()
        countries = set()
        at = LOCATIVE_PREPS | NEAR_PREPS | {"at"}
        for token in sent:
            named_on = on_scene_noun(token, at) and token.pos_ == "PROPN" and (
                token.ent_type_ not in NOT_PLACES
            )  # (not "outside a Nokia factory")
            if named_on and token.i not in self.index and self.doc[token.i + 1].pos_ != "PROPN":
                # "outside a Tel Aviv discotheque", "at a Baghdad market": the place named on
                # the noun after the preposition
                name = self.doc[token.left_edge.i : token.i + 1].text
                if not meeting_place(token.head):
                    place = most_populous(name)
                    if place is not None and place.precision == "city":
                        countries.add(place.country)
                continue
            if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.i in self.index:
                continue
            prep = token.head
            if prep.lower_ == "of" and prep.head.lemma_.lower() in SETTLEMENTS and (
                prep.head.dep_ == "pobj"
            ):
                prep = prep.head.head  # "in the industrial port of Sohar"
            # ("to drive out insurgents from Fallujah": where those driven out are)
            ousted = prep.lower_ == "from" and prep.head.lemma_.lower() in OUSTING
            if (prep.lower_ not in at and not ousted) or meeting_place(token):
                continue
            place = most_populous(self.doc[token.left_edge.i : token.i + 1].text)
            if place is not None:
                countries.add(place.country)
        return countries

    def _mentions_in(self, sent: Span) -> list[ActorMention]:
        if self._sentence_mentions is None:
            self._sentence_mentions = {}
            for mention in self.doc._.actor_mentions or ():
                start = self.doc[mention.start].sent.start
                self._sentence_mentions.setdefault(start, []).append(mention)
        return self._sentence_mentions.get(sent.start, [])

    # -- within the document: pronouns and "the two leaders" -----------------------------------
    def _para(self, char: int) -> int:
        return bisect.bisect_left(self._breaks, char)

    def _article_country(self, head: Token) -> str | None:
        """The country a text of several paragraphs is about: where its first paragraph first
        puts what happened ("rallied in Mar del Plata", "fighting raged near Mekelle"), else the
        one it names in most sentences before this point."""
        located = self._first_located()
        if located is not None and located[1] < head.i:
            return located[0]
        # else the country it names in most sentences before this point, at least two, and more
        # than any other
        mentioned = {
            (a.sent, a.code[:3]) for a in self.antecedents()
            if a.token < head.i and a.group in ("state", "person") and country_of(a.code)
        }  # fmt: skip
        named = Counter(code for _, code in mentioned)
        ranked = named.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def _first_located(self) -> tuple[str, int] | None:
        """The country of the first place the first paragraph puts something at, and that
        place's token (worked out once per document)."""
        if self._located is not False:
            return self._located
        self._located = None
        try:
            from gestae.places import most_populous
        except ModuleNotFoundError:
            return None
        at = LOCATIVE_PREPS | NEAR_PREPS | {"at"}
        for token in self.doc:
            if self._para(token.idx) > 0:
                break
            # ("at a Colombo police station": the place named on the noun after the preposition;
            # a capital, not "at a U.S. base": a country as modifier is no scene)
            named_on = on_scene_noun(token, at) and (
                getattr(self.index.get(token.i), "kind", None) == "capital"
            )
            if not named_on and (
                token.dep_ != "pobj" or token.pos_ != "PROPN" or token.head.lower_ not in at
            ):
                continue
            if token.head.head.lemma_.lower() in SPEAKING_PLACES:
                continue  # ("speaking in London": where a speaker was, not what it is about)
            mention = self.index.get(token.i)
            country = None
            if mention is not None and mention.kind in ("country", "capital"):
                found = self.kb.resolve_mention(mention, self.when)
                country = country_of(found.code) if found is not None else None
            elif mention is None and not meeting_place(token):
                place = most_populous(self.doc[token.left_edge.i : token.i + 1].text)
                country = place.country if place is not None else None
            if country:
                self._located = (country, token.i)
                break
        return self._located

    def _previous_para(self, para: int) -> int | None:
        """The paragraph before this one, past any blank lines between them."""
        if para == 0:
            return None
        end = self._breaks[para - 1]
        while end >= 0 and self._text[end].isspace():
            end -= 1
        return self._para(end) if end >= 0 else None

    def antecedents(self) -> list[_Antecedent]:
        """The actors a document names, in order, as later pronouns can point back at them."""
        if self._antecedents is not None:
            return self._antecedents
        out: list[_Antecedent] = []
        self._building = True
        for mention in self.doc._.actor_mentions or ():
            root = self.doc[mention.start : mention.end].root
            if mention.kind == "agent":
                if root.dep_ in PHRASE_DEPS:
                    continue  # a title or modifier of another phrase
                refs = self._direct(root, self.when, fallback=False)
                flags = self.kb.agent_flags.get(fold(mention.entries[0].name), ())
                group = "person" if "person" in flags else "other"
            else:
                resolution = self.kb.resolve_mention(mention, self.when)
                if resolution is None or resolution.ambiguous:
                    continue
                refs = [self._ref(resolution.code, [root])]
                group = {"person": "person", "org": "other"}.get(mention.kind, "state")
            for ref in refs:
                text = ref.text if mention.kind == "agent" else mention.text
                out.append(
                    _Antecedent(
                        root.i, root.sent.start, self._para(root.idx), group, ref.code,
                        text, _is_subject(root),
                    )
                )  # fmt: skip
        self._building = False
        self._antecedents = out
        return out

    def _person_antecedent(self, token: Token) -> _Antecedent | None:
        ref = self._pronoun(token)
        if ref is None:
            return None
        return _Antecedent(token.i, 0, 0, "person", ref.code, ref.via, False)

    def _is_the_country(self, token: Token) -> bool:
        return (
            self._sentences
            and token.lemma_.lower() in THE_COUNTRY_NOUNS
            and token.tag_ == "NN"
            and token.i not in self.index
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("amod", "compound", "poss") for c in token.children)
        )

    def _the_country(self, token: Token) -> tuple[str, bool] | None:
        """The last country named in the paragraph (ambiguous if its sentence named several),
        else the dateline's country."""
        if self._building:
            return None
        para = self._para(token.idx)
        # "US-led forces invaded the country": the object is not the subject's own country
        # (nor what the object belongs to when the subject is a state: "France destroyed the
        # country's air force", but "Pakistani forces killed the country's most wanted man")
        verb = token.head if token.dep_ in ("dobj", "pobj", "poss") else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in (
            "prep", "dobj", "pobj", "poss"
        ):  # (up through "most of the country's air force")
            verb = verb.head
        if token.dep_ == "poss":
            # ("Britain urged the country's government", "France destroyed the country's air
            # force": another's; but what a state does at home is its own: "Sudan arrested the
            # country's former intelligence chief")
            subject = {
                s.i for s in (verb.children if verb is not None else ())
                if s.dep_ in SUBJECT_DEPS and verb.lemma_.lower() not in HOME_ACTS
                and s.i in self.index and self.index[s.i].kind == "country"
            }  # fmt: skip
        else:
            subject = {
                t.i for s in (verb.children if verb is not None else ())
                if s.dep_ in SUBJECT_DEPS for t in s.subtree
            }  # fmt: skip
        states = [
            a
            for a in self.antecedents()
            if a.group == "state" and a.token < token.i and a.para == para and country_of(a.code)
            and a.token not in subject and not _stance(self.doc[a.token])
        ]
        if states:
            last = [a for a in states if a.sent == states[-1].sent]
            return states[-1].code[:3], len({a.code[:3] for a in last}) > 1
        if self.doc._.dateline:
            return self.doc._.dateline, False
        return None

    def _pronoun(self, token: Token) -> ActorRef | None:
        """He/she/him/her: the last person named in the paragraph, preferring a subject.

        An object pronoun ("praised him") is not its own clause's subject. The result is
        ambiguous when the sentence it comes from names people of different countries.
        """
        para = self._para(token.idx)
        named = [a for a in self.antecedents() if a.group == "person" and a.token < token.i]
        if token.lower_ in ("him", "her") and token.dep_ != "poss":
            verbs = [token.head]
            while (verbs[-1].dep_ == "conj" or (
                verbs[-1].dep_ == "advcl" and verbs[-1].tag_ == "VBG"
            )) and not any(
                c.dep_ in SUBJECT_DEPS for c in verbs[-1].children
            ):  # ("conceded defeat to Buhari and telephoned him", "met Arafat, urging him":
                # the subject it shares)
                verbs.append(verbs[-1].head)
            purpose = verbs[-1]
            if purpose.dep_ in ("xcomp", "advcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children
            ) and purpose.head.lemma_.lower() not in OBJECT_CONTROL:
                # "telephoned Putin to congratulate him": the caller congratulates, so "him" is
                # not the caller (but "urged Sharon to meet him": Sharon is to meet)
                verbs.append(purpose.head)
            named = [
                a for a in named
                if not (a.subject and self.doc[a.token].sent.start == token.sent.start
                        and self._clause_of(self.doc[a.token]) in verbs)
            ]  # fmt: skip
        # ("rebels plotted to kill Bush during his visit": he is one person, not the rebels)
        named = [a for a in named if self.doc[a.token].tag_ not in ("NNS", "NNPS")]
        people = [a for a in named if a.para == para] or [
            a for a in named if a.para == self._previous_para(para)
        ]  # (a paragraph that names no one else yet speaks of one the paragraph before named:
        # "Bill Clinton spent a day in Cartagena. || Pastrana welcomed him at the waterfront")
        if not people:
            return None
        last_sentence = [a for a in people if a.sent == people[-1].sent]
        subjects = [a for a in last_sentence if a.subject]
        pick = (subjects or last_sentence)[-1]
        ambiguous = len({primary(a.code) for a in last_sentence}) > 1
        return ActorRef(
            pick.code, token.text, token.idx, token.idx + len(token.text), ambiguous, pick.text
        )

    @staticmethod
    def _blamed_for(token: Token) -> Token | None:
        """The one judged for what a possessive names: "praised Obama for his efforts",
        "criticized Obama over his meeting" (the verb's object, not its subject)."""
        noun = token.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):
            return None
        objects = [c for c in noun.head.head.children if c.dep_ == "dobj"]
        return objects[0] if objects and objects[0].pos_ in ("PROPN", "PRON") else None

    def _accused_it(self, token: Token, when: dt.date | None) -> list[ActorRef]:
        """"It" accused: the last body or state the accuser's clause acted on before it ("cut
        ties with Chad, accusing it of ...", "took Nicaragua to the World Court, accusing it"),
        neither the accuser's own country nor a setting ("at the ICJ")."""
        def subjects(verb: Token) -> list[Token]:
            return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]

        clause = token.head
        while clause.dep_ in ("advcl", "conj", "xcomp", "ccomp") and not subjects(clause):
            clause = clause.head
        accusers = {
            primary(r.code) for s in subjects(clause) for r in self._direct(s, when, False)
        }
        picked: list[ActorRef] = []
        for t in clause.subtree:
            if t.i >= token.i or t.dep_ not in ("dobj", "pobj") or self._located_at(t) or (
                t.i in self.index and self.index[t.i].kind == "person"
            ) or (t.head.lower_ == "of" and self._located_at(t.head.head)):
                # (nor a name inside a setting: "at the International Court of Justice")
                continue
            refs = self._direct(t, when, fallback=False)
            if refs and not accusers & {primary(r.code) for r in refs}:
                picked = refs
        return _pointed_at(token, picked)

    def _its(self, token: Token) -> ActorRef | None:
        """"Its": the last state or organization named before it in the sentence ("targeting
        the court over its investigations"), not people."""
        # (not a place something happened at or moved from: "filed a case against Israel at
        # the ICJ, accusing it of genocidal acts in its war", "Israel withdrew from Lebanon,
        # but its attacks on Gaza continued")
        before = [
            a for a in self.antecedents()
            if a.group != "person" and a.token < token.i and a.sent == token.sent.start
            and a.code[3:6] not in ("CVL", "REF") and not self._people_noun(self.doc[a.token])
            and not self._located_at(self.doc[a.token])
        ]  # fmt: skip
        if not before:
            return None
        pick = before[-1]
        return ActorRef(pick.code, token.text, token.idx, token.idx + len(token.text), False,
                        pick.text)

    def _it_subject(self, token: Token) -> ActorRef | None:
        """"It" opening a sentence: the one state or body the sentence before made its subject
        ("Pakistan says no. It is denying a New York Times report")."""
        if token.i != token.sent.start or token.sent.start == 0:
            return None
        previous = self.doc[token.sent.start - 1].sent
        before = [
            a for a in self.antecedents()
            if a.sent == previous.start and a.subject and a.para == self._para(token.idx)
        ]  # fmt: skip
        if len({primary(a.code) for a in before}) != 1 or any(
            a.group == "person" or a.code[3:6] in ("CVL", "REF")
            or self._people_noun(self.doc[a.token]) for a in before
        ):
            return None
        pick = before[-1]
        def near(t: Token) -> bool:  # within three steps of the verb, not deep in a clause
            steps = 0
            while t != token.head and t.head != t and steps < 4:
                t, steps = t.head, steps + 1
            return t == token.head and steps <= 3

        objects = {t.i for t in token.head.subtree if t.i != token.i and near(t)}
        if any(
            (found := self.kb.resolve_mention(m, self.when)) is not None
            and primary(found.code)[:3] == primary(pick.code)[:3]
            for m in self._mentions_in(token.sent) if m.kind != "agent" and m.start in objects
        ):
            return None  # ("Russia cut gas to Ukraine. It accused Moscow": not Russia)
        return ActorRef(pick.code, token.text, token.idx, token.idx + len(token.text), False,
                        pick.text)

    @staticmethod
    def _located_at(token: Token) -> bool:
        """Whether a name is the object of a preposition of place or motion ("at the ICJ",
        "from Lebanon"): a setting, not an actor "its" can mean."""
        while token.dep_ in ("compound", "amod", "flat") and token.head != token:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS

    def _shared_role(self, head: Token, when: dt.date | None) -> str | None:
        """The role of the noun a bare demonym shares with the demonym coordinated after it:
        "Kazakh and Chinese officials" (which the parser may read as "Kazakh" and "Chinese
        officials") are officials of both."""
        if head.dep_ in ("amod", "compound") or head.tag_ in ("NNS", "NNPS") or (
            head.lower_.endswith("s") and not head.lower_.endswith("ss")
        ) or any(c.dep_ not in ("cc", "conj", "punct") for c in head.children):
            return None  # ("Kazakhs and Chinese officials": people and officials)
        for partner in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
            if not any(
                c.dep_ in ("amod", "compound") and c.i < partner.i
                and (m := self.index.get(c.i)) is not None and m.kind == "adjective"
                for c in partner.children
            ):
                continue
            refs = self._direct(partner, when, fallback=False)
            if len(refs) == 1 and country_of(refs[0].code) and len(refs[0].code) > 3:
                return refs[0].code[3:]
        return None

    def _people_noun(self, token: Token) -> bool:
        """Whether a demonym names people ("Afghans"), not a state."""
        mention = self.index.get(token.i)
        nominal = token.pos_ in ("NOUN", "PROPN") or token.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"
        )  # ("kidnapped a Norwegian": the tagger may call it an adjective)
        return mention is not None and mention.kind == "adjective" and nominal and (
            token.dep_ not in ("amod", "compound")
        )

    @staticmethod
    def _clause_of(token: Token) -> Token:
        while token.dep_ not in SUBJECT_DEPS and token.head != token:
            token = token.head
        return token.head

    def _group_pronoun(self, token: Token, when: dt.date | None) -> list[ActorRef]:
        """They/them: the last coordinated group of actors in this or the previous sentence."""
        sent = token.sent
        sentences = [sent]
        if sent.start > 0:
            sentences.append(self.doc[sent.start - 1].sent)
        for candidate in sentences:
            groups = []
            for t in candidate:
                if t.i >= token.i or t.dep_ == "conj":
                    continue
                if not any(c.dep_ == "conj" for c in t.children):
                    continue
                refs = [r for m in coordinated(t) for r in self._direct(m, when, False)]
                if len({r.code for r in refs}) >= 2:
                    groups.append(refs)
            if groups:
                return _pointed_at(token, groups[-1])
        return self._plural_antecedent(token, sentences, when)

    def _plural_antecedent(self, token: Token, sentences: list, when: dt.date | None) -> list:
        """"Them" with no group before it: the last plural actor phrase in this or the previous
        sentence, one that is no subject of the pronoun's own verb ("Venezuela expelled two
        U.S. military attaches. Maduro accused them of plotting"); "they" only one that was a
        subject itself."""
        subject = token.lower_ == "they"
        clause = clause_verb(token)
        for candidate in sentences:
            found = [
                t for t in candidate
                if t.i < token.i and t.tag_ in ("NNS", "NNPS") and t.dep_ != "conj"
                and (t.dep_ in SUBJECT_DEPS) == subject and clause_verb(t) is not clause
            ]  # fmt: skip
            # (an object before a prepositional object: "mistook three Egyptian police officers
            # for Palestinian militants and shot them")
            found.sort(key=lambda t: (t.dep_ in ("dobj", "nsubj", "nsubjpass"), t.i))
            if found:
                # the nearest such phrase is the antecedent, actor or not ("Iraqi police said two
                # bombs exploded. They killed 12 people": the bombs, not the police)
                antecedent = self._counted(found[-1])
                # (armed men placed as the antecedent itself is: "banned two militant groups,
                # blaming them for the bombings")
                return _pointed_at(token, self._direct(antecedent, when, False) or [
                    r for r in self._direct(antecedent, when, True)
                    if r.code[3:6] in ARMED_SIDES
                ])
        return []

    def _collective(self, head: Token) -> str | None:
        """The kind of actor "the two leaders", "both sides", "the pair" points back at."""
        lemma = head.lemma_.lower()
        words = {
            c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet", "preconj")
        }
        if lemma in ("both", "two") and head.dep_ in SUBJECT_DEPS | {"dobj", "pobj"}:
            if lemma == "both" or "the" in words:
                return "any"
        need = COLLECTIVE_NOUNS.get(lemma)
        if need is None:
            return None
        if lemma in PAIR_NOUNS and "the" in words and head.tag_ == "NNS":
            return need
        if lemma in ("pair", "duo"):
            return need if "the" in words else None
        if ("two" in words or "both" in words) and head.tag_ in ("NNS", "NNPS"):
            owned = any(c.dep_ == "poss" for c in head.children)  # ("its two rebel groups")
            if "the" not in words and "both" not in words and any(
                (c.dep_ in ("amod", "compound") and not owned)
                or (c.i in self.index and self.index[c.i] is not self.index.get(head.i))
                for c in head.children
            ):
                # "two Darfur rebel groups", "two smaller rebel groups" are new ones, not the
                # two just named
                return None
            return need
        return None

    def _two(self, head: Token, need: str) -> list[ActorRef]:
        """The last two distinct actors of one kind named before ``head`` in its paragraph."""
        tokens = phrase_tokens(head)
        first = min(t.i for t in tokens)
        para = self._para(head.idx)
        before = [a for a in self.antecedents() if a.token < first and a.para == para]
        if need == "any":
            groups = [before[-1].group] if before else []
        else:
            groups = [need]
        picks: list[_Antecedent] = []
        for group in groups:
            picks = self._last_two([a for a in before if a.group == group])
        paired = self._last_pair(before)
        if paired and need == "state":
            # "Aliyev and Pashinyan shook hands at the White House ..., and both countries
            # agreed": the pair named together, not the last two names
            picks = self._last_two([
                replace(a, code=primary(a.code)[:3] if country_of(a.code) else a.code)
                for a in paired
            ])
        if len(picks) < 2 and need == "state":
            # "Putin and Erdogan met. The two countries ...": their countries.
            states = [replace(a, code=primary(a.code)[:3] if country_of(a.code) else a.code)
                      for a in before]  # fmt: skip
            picks = self._last_two(states)
        if len(picks) < 2:
            return []
        chosen = {primary(a.code) for a in picks}
        third = [a for a in before if a.sent == picks[-1].sent and primary(a.code) not in chosen
                 and a.group == picks[-1].group]  # fmt: skip
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        text = self._text[start:end]
        return [ActorRef(a.code, text, start, end, bool(third), a.text) for a in reversed(picks)]

    def _last_pair(self, before: list[_Antecedent]) -> list[_Antecedent]:
        """The last two actors named as coordinated subjects ("Aliyev and Pashinyan met")."""
        by_token = {a.token: a for a in before}
        for second in reversed(before):
            token = self.doc[second.token]
            first = by_token.get(token.head.i) if token.dep_ == "conj" else None
            if first is not None and first.subject:
                return [first, second]
        return []

    @staticmethod
    def _last_two(candidates: list[_Antecedent]) -> list[_Antecedent]:
        picks: list[_Antecedent] = []
        for a in reversed(candidates):
            if all(primary(a.code) != primary(p.code) for p in picks):
                picks.append(a)
            if len(picks) == 2:
                break
        return picks

    # -- helpers -------------------------------------------------------------------------------
    def _date(self, when: dt.date | str | None) -> dt.date | None:
        if when is None:
            return self.when
        if isinstance(when, str):
            return parse_date(when)
        return when

    def _ref(self, code: str, tokens: list[Token], ambiguous: bool = False) -> ActorRef:
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        return ActorRef(code, self._text[start:end], start, end, ambiguous)


# -- the user's own entries ----------------------------------------------------------------------

OVERRIDE_FIELDS = ("name", "code", "type", "start", "end", "title", "country", "aliases", "id")
OVERRIDE_TYPES = {
    "person": "person", "org": "org", "organization": "org", "seat": "seat", "gov": "seat",
    "capital": "capital", "country": "country", "adjective": "adjective", "agent": "agent",
    "role": "agent",
}  # fmt: skip


def load_overrides(kb: ActorKB, path: str | Path) -> None:
    """Add a user's own entries from YAML, CSV or TSV; they replace the bundled readings.

    Each entry has a ``name`` and a ``code`` and optionally ``type`` (person, org, seat,
    capital, country, adjective, agent), ``start``/``end`` (when the entry applies),
    ``title``, ``country``, ``aliases`` (a list, or names separated by ``|``) and ``id``
    (to give one person several dated roles under different names). Entries of a person are
    grouped by ``id``, or by ``name``. A malformed entry raises ``KnowledgeBaseError`` naming
    the file and line.
    """
    path = Path(path)
    if not path.is_file():
        raise KnowledgeBaseError(f"{path}: no such actor file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    if path.suffix.lower() in (".yaml", ".yml"):
        rows = _yaml_rows(path, text)
    else:
        rows = _csv_rows(path, text, "\t" if path.suffix.lower() in (".tsv", ".tab") else ",")
    replaced: set[str] = set()
    for lineno, row in rows:
        _apply_override(kb, path, lineno, row, replaced)


def _csv_rows(path: Path, text: str, delimiter: str) -> Iterator[tuple[int, dict]]:
    numbered = [
        (n, line) for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]  # fmt: skip
    if not numbered:
        return
    reader = csv.reader(io.StringIO("\n".join(line for _, line in numbered)), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader)]
    header_line = numbered[0][0]
    unknown = [h for h in header if h not in OVERRIDE_FIELDS]
    if unknown or "name" not in header or "code" not in header:
        raise KnowledgeBaseError(
            f"{path}:{header_line}: the header needs name and code and may have "
            f"{', '.join(OVERRIDE_FIELDS[2:])}"
            + (f" (unknown: {', '.join(unknown)})" if unknown else "")
        )
    for cells in reader:
        lineno = numbered[min(reader.line_num, len(numbered)) - 1][0]
        if len(cells) > len(header):
            raise KnowledgeBaseError(
                f"{path}:{lineno}: {len(cells)} fields, the header has {len(header)}"
            )
        yield lineno, dict(zip(header, cells, strict=False))


def _yaml_rows(path: Path, text: str) -> Iterator[tuple[int, dict]]:
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeBaseError(f"{path}{line}: not valid YAML ({reason})") from exc
    finally:
        loader.dispose()
    if data is None:
        return
    items_node = node
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
        items_node = next(v for k, v in node.value if k.value == "actors")
    if not isinstance(data, list):
        raise KnowledgeBaseError(
            f"{path}:{node.start_mark.line + 1}: expected a list of actors "
            "(each with name and code), or a mapping with an 'actors' list"
        )
    for item, item_node in zip(data, items_node.value, strict=True):
        lineno = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise KnowledgeBaseError(f"{path}:{lineno}: expected name: ..., code: ...")
        unknown = [k for k in item if k not in OVERRIDE_FIELDS]
        if unknown:
            raise KnowledgeBaseError(
                f"{path}:{lineno}: unknown field {', '.join(map(str, unknown))} "
                f"(fields: {', '.join(OVERRIDE_FIELDS)})"
            )
        aliases = item.get("aliases")
        if isinstance(aliases, list):
            item = {**item, "aliases": "|".join(str(a) for a in aliases)}
        yield lineno, item


def _apply_override(kb: ActorKB, path: Path, lineno: int, row: dict, replaced: set[str]) -> None:
    def cell(key: str) -> str:
        value = row.get(key)
        return "" if value is None else str(value).strip()

    where = f"{path}:{lineno}"
    name, code = cell("name"), cell("code")
    if not name or not code:
        raise KnowledgeBaseError(f"{where}: needs a name and a code")
    kind = OVERRIDE_TYPES.get(cell("type").lower() or "", None)
    dated = any(cell(k) for k in ("start", "end", "title"))
    if cell("type") and kind is None:
        raise KnowledgeBaseError(
            f"{where}: type {cell('type')!r} is not one of {', '.join(sorted(OVERRIDE_TYPES))}"
        )
    kind = kind or ("person" if dated or cell("id") else "org")
    pattern = ROLE_CODE if kind == "agent" else ACTOR_CODE
    if not pattern.match(code) or (kind in ("country", "adjective") and len(code) != 3):
        raise KnowledgeBaseError(f"{where}: {code!r} is not a valid {kind} code")
    try:
        start, end = parse_date(row.get("start")), parse_date(row.get("end"), end=True)
    except (ValueError, TypeError) as exc:
        raise KnowledgeBaseError(f"{where}: bad date ({exc})") from exc
    if start and end and end < start:
        raise KnowledgeBaseError(f"{where}: ends ({end}) before it starts ({start})")
    names = [name, *split_alternatives(cell("aliases"))]
    for alias in names:
        if fold(alias) not in replaced:
            # The user's entry replaces whatever the bundled data said about this name.
            kb.forget_alias(alias)
            replaced.add(fold(alias))
    if kind == "person":
        pid = "user:" + fold(cell("id") or name)
        country = cell("country") or (kb.people[pid].country if pid in kb.people else "")
        kb.add_role(pid, names, country, Role(code, start, end, cell("title")))
    elif kind == "org":
        kb.add_organization(
            Organization(code, name, tuple(names[1:]), "user", cell("country"), start, end)
        )
    elif kind == "agent":
        kb.add_agent(name, code)
        for alias in names[1:]:
            kb.add_agent(alias, code)
    else:
        if kind == "country":
            kb.countries.setdefault(code, name)
        if kind == "seat":
            kb.seats[name] = code
        entry = Entry(kind, code, name)
        if start or end:
            kb.periods[entry] = (start, end)
        for alias in names:
            kb.add_alias(alias, entry)


def resolve_phrase(
    text: str, when: dt.date | None = None, kb: ActorKB | None = None
) -> list[ActorRef]:
    """The actors a short phrase names ("German Chancellor Angela Merkel", "Turkish police").

    Parses the phrase with the spaCy model and resolves its head as an event's subject would
    be; for ``gestae actors lookup`` when the words are not one name of the knowledge base.
    """
    kb = kb or bundled_kb()
    nlp = _phrase_pipeline()
    doc = ActorTagger(nlp, kb)(nlp(text))
    if len(doc) == 0:
        return []
    return PhraseResolver(doc, kb, when).actors(doc[:].root)


@lru_cache(maxsize=1)
def _phrase_pipeline() -> Language:
    from gestae.nlp import build_pipeline

    return build_pipeline(("gestae_acronyms", "gestae_normalize"))
