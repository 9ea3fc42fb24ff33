"""The actors stage: gestae's knowledge base of actors and the component that finds them.

The knowledge base is read from the TSV files in ``gestae/data/actors`` (see the README there).
Names are matched with a spaCy ``PhraseMatcher`` on folded text (case and diacritics removed), so
matching stays linear in the length of the text however many names there are. A mention keeps
every entry its words could mean; which code it gets is decided later, at the event's date
(``ActorKB.resolve``), because "Erdogan" is ``TURGOV`` in 2016 but was a mayor in 1995.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from gestae.nlp import fold

#: Kinds of knowledge-base entry, from most to least specific when two overlap.
KINDS = ("person", "org", "seat", "capital", "country", "adjective", "agent")


class KnowledgeBaseError(ValueError):
    """A data file of the knowledge base is malformed; the message names the file and line."""


def parse_date(value: str | None, end: bool = False) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a date (the last day of the period if ``end``)."""
    if not value:
        return None
    parts = [int(p) for p in str(value).strip().split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        year, month = parts
        if not end:
            return dt.date(year, month, 1)
        first_next = dt.date(year + month // 12, month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)
    return dt.date(*parts)


@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date | None
    end: dt.date | None
    title: str

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class Person:
    person_id: str
    names: list[str]
    country: str
    roles: list[Role] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    """One thing a name can mean: ``kind`` is one of ``KINDS``, ``key`` its code or person id."""

    kind: str
    key: str
    name: str


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
        self.org_names: dict[str, str] = {}
        self.agent_roles: dict[str, str] = {}  # folded noun -> role code
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

    def _load_countries(self, path) -> None:
        for _, row in read_table(path):
            iso3, name = row["iso3"], row["name"]
            self.countries[iso3] = name
            for alias in [name, *split_alternatives(row.get("aliases", ""))]:
                self.add_alias(alias, Entry("country", iso3, name))
            for alias in split_alternatives(row.get("adjectives", "")):
                self.add_alias(alias, Entry("adjective", iso3, name))
            for alias in split_alternatives(row.get("capitals", "")):
                self.add_alias(alias, Entry("capital", iso3 + "GOV", alias))

    def _load_seats(self, path) -> None:
        for _, row in read_table(path):
            for alias in split_alternatives(row["name"]):
                self.add_alias(alias, Entry("seat", row["code"], row["name"]))

    def _load_organizations(self, path) -> None:
        for _, row in read_table(path):
            self.org_names.setdefault(row["code"], row["name"])
            for alias in [row["name"], *split_alternatives(row.get("aliases", ""))]:
                self.add_alias(alias, Entry("org", row["code"], row["name"]))

    def _load_agents(self, path) -> None:
        for _, row in read_table(path):
            for noun in split_alternatives(row["noun"]):
                self.agent_roles[fold(noun)] = row["role"]
                self.add_alias(noun, Entry("agent", row["role"], noun))

    def _load_people(self, path) -> None:
        for lineno, row in read_table(path):
            pid = row["person_id"]
            try:
                role = Role(
                    code=row["code"],
                    start=parse_date(row.get("start")),
                    end=parse_date(row.get("end"), end=True),
                    title=row.get("title", ""),
                )
            except ValueError as exc:
                raise KnowledgeBaseError(f"{path}:{lineno}: bad date ({exc})") from exc
            person = self.people.get(pid)
            names = split_alternatives(row.get("names", ""))
            if person is None:
                if not names:
                    raise KnowledgeBaseError(f"{path}:{lineno}: person {pid!r} has no names")
                person = self.people[pid] = Person(pid, names, row.get("country", ""))
            else:
                person.names.extend(n for n in names if n not in person.names)
            person.roles.append(role)
            for alias in person.names:
                self.add_alias(alias, Entry("person", pid, person.names[0]))

    # -- resolving -------------------------------------------------------------------------
    def resolve_entry(self, entry: Entry, when: dt.date | None) -> Resolution | None:
        """The code an entry stands for at a date (``None`` date: the latest role)."""
        if entry.kind == "person":
            return self._resolve_person(self.people[entry.key], when)
        if entry.kind == "agent":
            return None  # a role without a country: the phrase or context supplies the country
        return Resolution(entry.key, entry.kind, entry.name)

    def _resolve_person(self, person: Person, when: dt.date | None) -> Resolution:
        roles = sorted(person.roles, key=lambda r: r.start or dt.date.min)
        if when is None:
            current = [r for r in roles if r.end is None] or roles[-1:]
        else:
            current = [r for r in roles if r.covers(when)]
        if current:
            # Several roles at once (president and party leader): the most recent wins.
            role = current[-1]
            return Resolution(
                role.code,
                "person",
                person.names[0],
                role.title,
                role.start.isoformat() if role.start else None,
                role.end.isoformat() if role.end else None,
            )
        country = person.country or (roles[0].code[:3] if roles else "")
        held_before = any(r.end and when and r.end < when for r in roles)
        code = country + "ELI" if held_before else country
        title = "former official" if held_before else "no office at this date"
        return Resolution(code, "person", person.names[0], title)

    def resolve_mention(self, mention: ActorMention, when: dt.date | None) -> Resolution | None:
        """The code of a mention at a date; a person's role must cover the date if one does."""
        kinds = {e.kind for e in mention.entries}
        entries = list(mention.entries)
        if kinds == {"person"} and len(entries) > 1 and when is not None:
            # Two people share a name: prefer the one in office at the date.
            in_office = [
                e for e in entries if any(r.covers(when) for r in self.people[e.key].roles)
            ]
            if len(in_office) == 1:
                return self.resolve_entry(in_office[0], when)
            if in_office:
                entries = in_office
        resolution = self.resolve_entry(entries[0], when)
        if resolution and len({e.key for e in entries if e.kind == entries[0].kind}) > 1:
            return Resolution(**{**resolution.__dict__, "ambiguous": True})
        return resolution

    def lookup(self, name: str, when: dt.date | None = None) -> list[Resolution]:
        """Every reading of a name at a date, as ``gestae actors lookup`` shows them."""
        entries = self.aliases.get(fold(name.strip()), [])
        results = []
        for entry in entries:
            if entry.kind == "agent":
                results.append(Resolution(entry.key, "agent", entry.name, "role noun"))
                continue
            resolution = self.resolve_entry(entry, when)
            if resolution:
                results.append(resolution)
        return results

    def stats(self) -> dict[str, int]:
        return {
            "countries": len(self.countries),
            "people": len(self.people),
            "roles": sum(len(p.roles) for p in self.people.values()),
            "organizations": len(self.org_names),
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


def _case_ok(alias: str, span: Span) -> bool:
    """Short all-capital aliases ("IS", "US") and capitalized names must match as written.

    This is what keeps "is", "us", "turkey" (the bird) and "chad" (a name) from being actors.
    """
    if alias.isupper() and len(alias.replace(".", "")) <= 4:
        return span.text.replace("’", "'") == alias
    if alias[:1].isupper():
        return span.text[:1].isupper() or span.text[:1].isdigit()
    return True


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
            if key is None or not _case_ok(self.kb.surface[key], span):
                continue
            spans.append(span)
        mentions = []
        for span in filter_spans(spans):
            key = self._key_by_norm[" ".join(t.norm_ for t in span)]
            mentions.append(
                ActorMention(span.start, span.end, span.text, tuple(self.kb.aliases[key]))
            )
        doc._.actor_mentions = mentions
        return doc


@Language.factory("gestae_actors")
def make_actor_tagger(nlp: Language, name: str) -> ActorTagger:
    return ActorTagger(nlp)


# -- noun phrases to actors -----------------------------------------------------------------

#: Dependencies that stay inside an actor's noun phrase.
PHRASE_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "case", "quantmod"}


@dataclass(frozen=True)
class ActorRef:
    """An actor as an event uses it: its code and the words it came from."""

    code: str
    text: str
    start_char: int
    end_char: int
    ambiguous: bool = False


def mention_index(doc: Doc) -> dict[int, ActorMention]:
    index: dict[int, ActorMention] = {}
    for mention in doc._.actor_mentions or ():
        for i in range(mention.start, mention.end):
            index[i] = mention
    return index


def coordinated(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Merkel and Hollande")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(coordinated(child))
    return out


def phrase_tokens(head: Token) -> list[Token]:
    """The words of the noun phrase that ``head`` heads, without clauses or coordination."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in PHRASE_DEPS:
            tokens.extend(phrase_tokens(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            tokens.append(child)
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    tokens.extend(phrase_tokens(grandchild))
    return tokens


def country_of(code: str) -> str | None:
    """The country part of an actor code (``TURGOV`` -> ``TUR``), ``None`` for IGOs and the like."""
    if len(code) >= 3 and code[:3] not in ("IGO", "IMG", "NGO", "MNC"):
        return code[:3]
    return None


class PhraseResolver:
    """Turns a noun phrase's head into actor codes at a date, using a Doc's actor mentions."""

    def __init__(self, doc: Doc, kb: ActorKB, when: dt.date | None) -> None:
        self.doc = doc
        self.kb = kb
        self.when = when
        self.index = mention_index(doc)

    def actors(self, head: Token) -> list[ActorRef]:
        """Every actor the phrase headed by ``head`` names, one per coordinated member."""
        refs = []
        for member in coordinated(head):
            ref = self.actor(member)
            if ref is not None:
                refs.append(ref)
        return refs

    def actor(self, head: Token) -> ActorRef | None:
        tokens = phrase_tokens(head)
        mention = self.index.get(head.i)
        if mention is not None and mention.kind != "agent":
            resolution = self.kb.resolve_mention(mention, self.when)
            if resolution is None:
                return None
            code = resolution.code
            if mention.kind == "adjective":
                # "the Russians" as the head of a phrase: the country's people acting as a state.
                code = mention.entries[0].key
            return self._ref(code, tokens, resolution.ambiguous)
        role = None
        if mention is not None:
            role = mention.entries[0].key
        country = self._country_in(tokens, exclude=mention)
        if role is None:
            return None
        if country is None:
            country = self.doc._.dateline
        if country is None:
            return None
        return self._ref(country + role if len(country) == 3 else country, tokens)

    def _country_in(self, tokens: list[Token], exclude: ActorMention | None) -> str | None:
        for token in sorted(tokens, key=lambda t: t.i):
            mention = self.index.get(token.i)
            if mention is None or mention is exclude or mention.kind == "agent":
                continue
            resolution = self.kb.resolve_mention(mention, self.when)
            if resolution is None:
                continue
            country = country_of(resolution.code)
            return country or resolution.code
        return None

    def _ref(self, code: str, tokens: list[Token], ambiguous: bool = False) -> ActorRef:
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        return ActorRef(code, self.doc.text[start:end], start, end, ambiguous)


def load_overrides(kb: ActorKB, path: str | Path) -> None:
    """Add a user's own entries (CSV or TSV with ``name,code`` or ``name,code,start,end``)."""
    path = Path(path)
    delimiter = "\t" if path.suffix in (".tsv", ".tab") else ","
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(
            (line for line in fh if not line.startswith("#")), delimiter=delimiter
        )
        for lineno, row in enumerate(reader, 2):
            name, code = (row.get("name") or "").strip(), (row.get("code") or "").strip()
            if not name or not code:
                raise KnowledgeBaseError(f"{path}:{lineno}: needs a name and a code")
            # The user's entry replaces whatever the bundled data said about this name.
            kb.aliases.pop(fold(name), None)
            kb.add_alias(name, Entry("seat", code, name))
