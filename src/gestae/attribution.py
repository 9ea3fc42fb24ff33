"""The attribution stage: according to whom each event is told, and the author's stance.

gestae reads a document as nested voices. The outermost is the document's author. Inside it:

* **introduced passages** (block quotes in plain text): a paragraph introduced by ``Bloomberg:``,
  ``From Reuters``, a headline ending ``— Kremlin``, a bare headline, or an author's line ending
  ``such as this:`` starts a passage that runs on, paragraph after paragraph, until a new
  passage is introduced; paragraphs in between that read like the author (first person, ``!``,
  ``??``, a rebuttal, a lone question, short chatty sentences) are the author speaking again;
* **quotations** in straight or curly quotation marks, whose speaker comes from a reporting verb
  beside them ("Erdogan said, “…”", "“…,” the report said") or a name just before them;
* **indirect speech**: an event inside the complement of a reporting verb ("the Kremlin press
  service said", "X told reporters") or with "according to X".

Every event gets ``attribution`` (outermost first: ``{"who", "code", "kind"}`` with kind
``author``, ``outlet``, ``speaker`` or ``document``), ``voice`` (``author``, ``quoted``,
``reported``) and ``stance``: ``asserts`` (the author's own claim), ``reports`` (a neutral
relay) or ``disputes``, with ``stance_evidence``. The author disputes what is told when a
sentence in the author's voice rejects it ("that's not true", "baloney", "not credible", "I'm not
buying", "Really, …?") and either follows it at once or restates its words; or when the
telling itself keeps its distance ("so-called", "they claim").

``label_span(doc, start, end)`` labels any character span the same way, which is what the stance
benchmark scores passages with.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from gestae.actors import ActorKB, PhraseResolver, bundled_kb, phrase_tokens
from gestae.events import subject_heads
from gestae.nlp import fold

if not Doc.has_extension("gestae_attribution"):
    Doc.set_extension("gestae_attribution", default=None)
if not Doc.has_extension("doc_source"):
    # The document's own source (a JSONL ``source``), when the pipeline sets it.
    Doc.set_extension("doc_source", default=None)

#: Verbs whose clausal complement is someone else's statement.
REPORTING_VERBS = frozenset(
    """say tell report claim state announce add note declare insist assert allege confirm write
    explain acknowledge admit argue maintain contend tweet post reiterate stress emphasize
    emphasise mention disclose reveal recount describe testify inform brief quote respond reply
    remark observe comment concede""".split()
)
#: Verbs that introduce a direct quotation (the reporting verbs and a few more).
QUOTING_VERBS = REPORTING_VERBS | {"ask", "continue", "conclude", "warn", "urge", "cry"}
#: Head nouns of a source that is a text rather than a person.
DOCUMENT_NOUNS = frozenset(
    """report statement readout communique communiqué release article piece story post
    transcript editorial op-ed column dispatch bulletin tweet letter memo document study survey
    paper cable blog headline text""".split()
)
MEDIA_NOUNS = frozenset(
    "newspaper agency outlet channel broadcaster daily weekly paper network tabloid press media "
    "television tv radio wire".split()
)
PRONOUNS = frozenset("he she they it we i who".split())
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
CHAT_WORDS = frozenset({"lol", "lmao", "imo", "imho", "btw", "smh", "omg", "wtf", "haha"})
INTRO_WORDS = re.compile(
    r"\b(this|these|here|following|below|article|piece|report|reports|story|post|excerpt|"
    r"writes|wrote|said|says|reported|reads|notes|noted|quote|quoted|headline)\b",
    re.IGNORECASE,
)
QUOTE_OPEN = "“«„"
QUOTE_CLOSE = "”»"
QUOTE_CHARS = '"“”‘’«»„'
_MARKS = re.compile('["“”‘’«»„]')

#: Words and phrases with which an author rejects what a source says.
DISPUTE_CUES = [
    r"not (?:true|credible|believable|correct|accurate|the case)",
    r"(?:is|are|was|were|that's|it's) (?:simply |just |completely |totally )?(?:false|untrue)",
    r"untrue",
    r"non[- ]?credible",
    r"baloney",
    r"nonsense",
    r"rubbish",
    r"hogwash",
    r"bull(?:shit|crap)",
    r"laughable",
    r"laugh riot",
    r"ridiculous",
    r"absurd",
    r"preposterous",
    r"ludicrous",
    r"propaganda",
    r"fake news",
    r"disinformation",
    r"an? (?:outright |blatant |big |total )?lie",
    r"(?:are|all|more|just) lies",
    r"lying",
    r"so[- ]called",
    r"(?:wildly |pure |mere )?speculat(?:ive|ion)",
    r"not buying",
    r"(?:don't|do not|doesn't) buy (?:it|that|this)",
    r"(?:i|we) (?:don't|do not) believe",
    r"hard to believe",
    r"doubtful",
    r"dubious",
    r"(?:are|is) spinning",
    r"fairy tale",
    r"debunked",
    r"bogus",
    r"spurious",
    r"of course,? (?:they |it |he |she )?(?:were |was |did |is |are )?not",
    r"yeah,? right",
    r"give me a break",
    r"nothing could be further from the truth",
    r"(?:they|he|she) claims?",
]
_CUE_RE = re.compile(r"\b(?:" + "|".join(DISPUTE_CUES) + r")\b", re.IGNORECASE)
#: Words that keep the author's distance from what a phrase names ("so-called talks").
DISTANCING = re.compile(
    r"\b(?:so[- ]called|alleged(?:ly)?|purported(?:ly)?|supposed(?:ly)?|(?:they|he|she) "
    r"claims?)\b",
    re.IGNORECASE,
)
#: Lemmas that carry no claim of their own when two sentences are compared.
LIGHT_LEMMAS = frozenset(
    """be have do say will would can could may might must shall should get go come make take
    thing way lot one time year day guy really just even also still claim find think believe
    true false credible buy course""".split()
)
#: A rebuttal restating fewer content words than this points at the sentence just before it.
BARE_REBUTTAL = 2
#: How far before (and after) a rebuttal its target may be, in sentences.
LOOK_BACK, LOOK_AHEAD = 15, 3
#: A sentence restates a disputed claim when it shares this many content lemmas with the
#: rebuttal and their summed inverse document frequency, in units of the rarest word's,
#: reaches ``MATCH_SCORE``.
MATCH_WORDS, MATCH_SCORE = 2, 1.0
HEADLINE_WORDS = 16
ECHO_WORDS = 4  # quotations this short are words the author echoes, not someone's speech


@dataclass(frozen=True)
class Source:
    """One voice in an attribution chain."""

    who: str
    code: str | None
    kind: str  # author | outlet | speaker | document

    def to_dict(self) -> dict:
        return {"who": self.who, "code": self.code, "kind": self.kind}


UNNAMED = Source("unnamed source", None, "speaker")
NEWS_REPORT = Source("news report", None, "document")


@dataclass
class Region:
    """A stretch of text told by ``source`` (``None``: the enclosing voice, unnamed)."""

    start: int
    end: int
    source: Source | None
    why: str
    para: tuple[int, int] | None = None  # the paragraph a quotation is in


@dataclass
class Dispute:
    cue: str
    sentence: str

    @property
    def evidence(self) -> str:
        text = " ".join(self.sentence.split())
        if len(text) > 160:
            text = text[:157] + "..."
        return f"{self.cue}: {text}"


class Label(NamedTuple):
    """What ``label_span`` says about a span."""

    voice: str
    attribution: list[dict]
    stance: str
    stance_evidence: str | None


@dataclass
class DocAttribution:
    """The voices of one document, found once and used for every event and span in it."""

    author: Source
    blocks: list[Region] = field(default_factory=list)
    quotes: list[Region] = field(default_factory=list)
    echoes: list[tuple[int, int]] = field(default_factory=list)
    disputed: dict[int, Dispute] = field(default_factory=dict)  # sentence start -> dispute
    speakers: list[tuple[int, Source]] = field(default_factory=list, repr=False)
    analyzer: Analyzer | None = field(default=None, repr=False)
    _starts: dict = field(default_factory=dict, repr=False)

    def _find(self, regions: list[Region], char: int) -> Region | None:
        key = id(regions), len(regions)
        starts = self._starts.get(key)
        if starts is None:  # regions are in text order and do not overlap
            starts = self._starts[key] = [r.start for r in regions]
        i = bisect.bisect_right(starts, char) - 1
        if i >= 0 and regions[i].start <= char < regions[i].end:
            return regions[i]
        return None

    def block_at(self, char: int) -> Region | None:
        return self._find(self.blocks, char)

    def quote_at(self, char: int) -> Region | None:
        return self._find(self.quotes, char)

    def quoted_at(self, char: int) -> bool:
        return self.block_at(char) is not None or self.quote_at(char) is not None

    def layers_at(self, char: int) -> list[Source]:
        """The voices at a character, author first."""
        layers = [self.author]
        block = self.block_at(char)
        if block is not None and block.source is not None:
            _push(layers, block.source)
        quote = self.quote_at(char)
        if quote is not None:
            source = quote.source
            if source is None and block is None:
                source = UNNAMED
            if source is not None:
                _push(layers, source)
        return layers


def _push(layers: list[Source], source: Source) -> None:
    last = layers[-1]
    if fold(last.who) == fold(source.who) or (
        source.code and last.code == source.code and last.kind == source.kind
    ):
        return
    layers.append(source)


# -- paragraphs and quotation marks ---------------------------------------------------------------
def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character spans of the non-empty lines of a text, without their outer spaces."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _mark_kind(text: str, i: int, start: int, end: int) -> str | None:
    c = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if c in QUOTE_OPEN:
        return "open"
    if c in QUOTE_CLOSE:
        return "close"
    if c == '"':
        if before.isspace() or before in "([{-—–/:":
            return "open"
        if after.isspace() or after in ".,;:!?)]}-—–":
            return "close"
        return "either"
    if c == "‘" and (before.isspace() or before in '(["“') and after.isalnum():
        return "single-open"
    if c == "’" and not before.isspace() and not after.isalnum():
        return "single-close"
    return None


def quotation_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations in one paragraph as (start, end) spans that include their marks.

    Marks pair left to right. A closing mark with nothing open closes a quotation that began
    with the paragraph, and a mark left open runs to the paragraph's end: the convention of
    quotations that go on over several paragraphs.
    """
    spans = []
    opened: tuple[int, str] | None = None
    for mark in _MARKS.finditer(text, start, end):
        i = mark.start()
        kind = _mark_kind(text, i, start, end)
        if kind is None:
            continue
        if opened is None:
            if kind in ("open", "either", "single-open"):
                opened = (i, kind)
            elif kind == "close":
                spans.append((start, i + 1))
            continue
        if opened[1] == "single-open":
            if kind in ("single-close", "close", "either"):
                spans.append((opened[0], i + 1))
                opened = None
            continue
        if kind in ("close", "either", "open"):
            spans.append((opened[0], i + 1))
            opened = None
    if opened is not None:
        spans.append((opened[0], end))
    return spans


def headline_like(text: str) -> bool:
    """A short line without final punctuation, as headlines and titles are written."""
    text = text.strip().rstrip("\"”’'").strip()
    words = text.split()
    if not 3 <= len(words) <= HEADLINE_WORDS:
        return False
    if text[-1] in ".!?;:,…":
        return False
    return any(w[:1].isupper() for w in words)


# -- the analysis --------------------------------------------------------------------------------
class Analyzer:
    """Finds the voices of a document (``analyze``) and labels its spans and events."""

    def __init__(self, doc: Doc, kb: ActorKB) -> None:
        self.doc = doc
        self.kb = kb
        when = doc._.doc_date
        if isinstance(when, str):
            when = dt.date.fromisoformat(when) if when else None
        self.when = when
        self.resolver = PhraseResolver(doc, kb, when)
        self.text = doc.text
        self.sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        self.speakers: list[tuple[int, Source]] = []  # sources found so far, by position

    # -- sources ---------------------------------------------------------------------------
    def source_for_name(self, name: str) -> Source | None:
        """A source named by a string (``Bloomberg``), when the knowledge base knows it.

        Where a source is expected, a news outlet's short name ("Bloomberg" for Bloomberg
        News) is the outlet, even though alone the word may name other things.
        """
        name = name.strip().strip(":—–-").strip()
        for candidate in (name, re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)):
            outlet = outlet_codes(self.kb).get(fold(candidate))
            if outlet is not None:
                return Source(name, outlet, "outlet")
            for resolution in self.kb.lookup(candidate, self.when):
                if resolution.kind == "agent":
                    continue
                kind = "outlet" if resolution.code.endswith("MED") else "speaker"
                return Source(name, resolution.code, kind)
        return None

    def source_for_head(self, head: Token) -> Source:
        """The source a noun phrase names ("the Kremlin press service", "Kirby", "he")."""
        if head.pos_ == "PRON":
            return self._pronoun_source(head)
        lemma = head.lemma_.lower()
        tokens = sorted(phrase_tokens(head), key=lambda t: t.i)
        if lemma in DOCUMENT_NOUNS:
            # "the Kremlin readout of Merkel's call": the readout is the Kremlin's, not Merkel's
            tokens = list(self.doc[head.left_edge.i : head.i + 1])
        while tokens and tokens[-1].dep_ == "case":
            tokens.pop()
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        who = self.text[start:end].strip(QUOTE_CHARS + " ")
        ref = self.resolver.actor(head) if lemma not in DOCUMENT_NOUNS else None
        code = ref.code if ref is not None else None
        if code is None:
            for token in tokens:
                mention = self.resolver.index.get(token.i)
                if mention is not None and mention.kind != "agent":
                    resolution = self.kb.resolve_mention(mention, self.when)
                    if resolution is not None:
                        code = resolution.code
                        break
        if code is None and head.pos_ == "PROPN":
            named = self.source_for_name(who)
            code = named.code if named is not None else None
        if lemma in DOCUMENT_NOUNS:
            kind = "document"
        elif (code and code.endswith("MED")) or lemma in MEDIA_NOUNS:
            kind = "outlet"
        else:
            kind = "speaker"
        return Source(who or head.text, code, kind)

    def _pronoun_source(self, pronoun: Token) -> Source:
        """He or she is the nearest person named before; they, it and we the last speaker."""
        if pronoun.lower_ in ("he", "she"):
            for token in reversed(self.doc[max(pronoun.i - 60, 0) : pronoun.i]):
                mention = self.resolver.index.get(token.i)
                is_person = mention is not None and mention.kind == "person"
                if is_person or token.ent_type_ == "PERSON":
                    while token.dep_ == "compound" and token.head.i > token.i:
                        token = token.head
                    return self.source_for_head(token)
        previous = [s for pos, s in self.speakers if pos < pronoun.idx]
        if previous and pronoun.idx - self.speakers[-1][0] < 800:
            return previous[-1]
        return Source(pronoun.text, None, "speaker")

    def speaker_of(self, verb: Token) -> Source:
        """The source of a reporting verb: its subject, or the agent of a passive."""
        agents = [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        if agents:
            return self.source_for_head(agents[0])
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return UNNAMED
        heads = subject_heads(verb)
        if not heads:
            return UNNAMED
        return self.source_for_head(heads[0])

    def _remember(self, char: int, source: Source) -> None:
        if source is not UNNAMED and source.kind != "author":
            self.speakers.append((char, source))

    # -- quotations ------------------------------------------------------------------------
    def _tokens_between(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _sentence_of(self, char: int) -> Span:
        i = max(bisect.bisect_right(self._sent_starts, char) - 1, 0)
        return self.sents[i]

    def quote_speaker(self, quote: Region, quotes: list[Region]) -> Source | None:
        """Who speaks a quotation: the nearer of a reporting verb after it ("…," the report
        said) or before it (Erdogan said, "…"), or a name just before it."""
        start, end = quote.start, quote.end
        p_start, p_end = quote.para or (0, len(self.text))
        inside = [(r.start, r.end) for r in quotes]

        def outside(token: Token) -> bool:
            return p_start <= token.idx < p_end and not any(s <= token.idx < e for s, e in inside)

        closed = self.text[end - 1] in QUOTE_CHARS
        ends_sentence = closed and self.text[end - 2 : end - 1] in (".", "!", "?")
        after = [t for t in self._sentence_of(max(end - 1, start)) if t.idx >= end]
        after = [t for t in after if outside(t)][:8]
        before = [t for t in self._sentence_of(start) if t.idx < start and outside(t)][-8:]
        found: list[tuple[int, Token]] = []
        for distance, token in enumerate(after):
            if token.lemma_.lower() in QUOTING_VERBS and token.pos_ in ("VERB", "AUX"):
                rest = self.text[token.idx + len(token.text) : token.idx + len(token.text) + 4]
                if not re.match(r"\s*[,:]?\s*[\"“]", rest):  # it introduces the next quotation
                    # a quotation that ends its sentence rarely has its speaker after it
                    found.append((distance + (5 if ends_sentence else 0), token))
                break
        for distance, token in enumerate(reversed(before)):
            if token.lemma_.lower() in QUOTING_VERBS and token.pos_ in ("VERB", "AUX"):
                found.append((distance, token))
                break
        if found:
            return self.speaker_of(min(found, key=lambda pair: pair[0])[1])
        if before:
            head = before[-1]
            gap = self.text[head.idx + len(head.text) : start]
            mention = self.resolver.index.get(head.i)
            named = (mention is not None and mention.kind == "person") or head.ent_type_ in (
                "PERSON",
                "ORG",
            )
            if named and re.fullmatch(r"[\s:,\-—–]*", gap):
                return self.source_for_head(head)
        return None

    def find_quotes(self, paras: list[tuple[int, int]]) -> tuple[list[Region], list]:
        quotes: list[Region] = []
        echoes: list[tuple[int, int]] = []
        for para in paras:
            for start, end in quotation_spans(self.text, *para):
                words = self.text[start:end].strip(QUOTE_CHARS + " ").split()
                if len(words) <= ECHO_WORDS:
                    echoes.append((start, end))
                    continue
                quotes.append(Region(start, end, None, "quotation marks", para))
        previous: Region | None = None
        for quote in quotes:
            speaker = self.quote_speaker(quote, quotes)
            if speaker is None and previous is not None and previous.source is not None:
                # a quotation that opens a sentence right after another goes on with its speaker
                gap = self.text[previous.end : quote.start].strip()
                if previous.para == quote.para and (not gap or gap[-1] in ".!?"):
                    speaker = previous.source
            quote.source = speaker
            if speaker is not None:
                self._remember(quote.start, speaker)
            previous = quote
        return quotes, echoes

    # -- introduced passages ---------------------------------------------------------------
    def _name_before(self, before: str) -> tuple[int, Source] | None:
        """A source named by the last words of ``before`` ("… move on to BloombergBloomberg")."""
        words = list(re.finditer(r"[^\s]+", before))
        for n in range(min(4, len(words)), 0, -1):
            first = words[-n]
            chunk = before[first.start() :]
            # words glued together by a lost line break: try each capital letter as a start
            starts = [0] + [m.start() for m in re.finditer(r"(?<=[a-z.])[A-Z]", chunk)]
            for offset in starts:
                name = chunk[offset:]
                if not name[:1].isupper():
                    continue
                source = self.source_for_name(name)
                if source is not None:
                    return first.start() + offset, source
        return None

    def intro(self, index: int, paras: list[tuple[int, int]], quotes: list[Region]):
        """How paragraph ``index`` introduces a passage: (region start, region end, source,
        why) where the region is the part of the paragraph already in the passage's voice."""
        p_start, p_end = paras[index]
        para = self.text[p_start:p_end]
        # "Putin, Erdogan discuss Syria ― Kremlin": a headline signed by its source
        match = re.fullmatch(r"(?P<head>.+?)\s*[―—–-]{1,2}\s*(?P<src>[A-Z][\w&.'’ ]{1,40}?)", para)
        if match and headline_like(match["head"]):
            source = self.source_for_name(match["src"])
            if source is not None:
                return p_start, p_end, source, f"headline signed '{match['src']}'"
        # "From Bloomberg", "Via Reuters:", "Source: TASS"
        match = re.fullmatch(r"(?i:from|via|source:|h/t)\s+(?P<src>[^.!?]{2,40}?)[:.]?", para)
        if match:
            source = self.source_for_name(match["src"])
            if source is not None:
                return p_end, p_end, source, f"introduced by '{para}'"
        # "Bloomberg: Russia and Turkey pushed the West out of Syria"
        for colon in re.finditer(r":\s+", para):
            rest = para[colon.end() :]
            if not headline_like(rest):
                continue
            named = self._name_before(para[: colon.start()])
            if named is not None:
                offset, source = named
                return p_start + offset, p_end, source, f"'{source.who}:' before a headline"
        # "… including articles such as this: Turkey continues to press al Bab"
        colon = para.rfind(":")
        if colon >= 0 and (headline_like(para[colon + 1 :]) or not para[colon + 1 :].strip()):
            lead = self._sentence_of(p_start + colon).text
            if INTRO_WORDS.search(lead[-80:]) and index + 1 < len(paras):
                source = NEWS_REPORT
                for token in self._tokens_between(p_start, p_start + colon):
                    mention = self.resolver.index.get(token.i)
                    if mention is not None:
                        named = self.source_for_name(mention.text)
                        if named is not None and named.kind == "outlet":
                            source = named
                rest_start = p_start + colon + 1
                while rest_start < p_end and self.text[rest_start].isspace():
                    rest_start += 1
                return rest_start, p_end, source, "an introduction ending with ':'"
        # a bare headline between paragraphs: the title of a quoted news item
        if 0 < index < len(paras) - 1 and headline_like(para):
            if not self.looks_author(p_start, p_end, quotes)[0]:
                n_start, n_end = paras[index + 1]
                if not self.looks_author(n_start, n_end, quotes)[0]:
                    return p_start, p_end, NEWS_REPORT, "a headline before a quoted item"
        return None

    def looks_author(self, start: int, end: int, quotes: list[Region]) -> tuple[bool, str]:
        """Whether a paragraph reads like the author speaking (outside any quotation marks)."""
        tokens = [
            t
            for t in self._tokens_between(start, end)
            if not any(q.start <= t.idx < q.end for q in quotes)
        ]
        words = [t for t in tokens if not t.is_punct and not t.is_space]
        for i, token in enumerate(tokens):
            lower = token.lower_
            if lower in FIRST_PERSON and token.tag_ in ("PRP", "PRP$"):
                if lower == "i" and (token.text != "I" or (i and tokens[i - 1].text == "War")):
                    continue
                return True, f"first person '{token.text}'"
            if lower in ("you", "your") and token.tag_ in ("PRP", "PRP$"):
                return True, f"addresses the reader '{token.text}'"
            following = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
            if lower == "let" and following in ("'s", "’s", "us"):
                return True, "'let's'"
            if lower in CHAT_WORDS:
                return True, f"'{token.text}'"
        outside = " ".join(t.text for t in tokens)
        if "!" in outside:
            return True, "'!'"
        if "? ?" in outside or "??" in self.text[start:end]:
            return True, "'??'"
        cue = _CUE_RE.search(outside)
        if cue:
            return True, f"rebuttal '{cue.group(0)}'"
        sents = [s for s in self.sents if start <= s.start_char < end]
        own = Counter(self._sentence_of(t.idx).start for t in words)
        if own and len(words) <= 25 and all(s.text.rstrip().endswith("?") for s in sents):
            return True, "a lone question"
        # short chatty sentences, unless they relay what someone said, as news copy does
        relays = any(
            t.lemma_.lower() in REPORTING_VERBS and t.pos_ in ("VERB", "AUX") for t in words
        )
        if len(own) >= 2 and len(words) >= 8 and len(words) / len(own) < 10 and not relays:
            return True, "short sentences"
        return False, ""

    def find_blocks(self, paras: list[tuple[int, int]], quotes: list[Region]) -> list[Region]:
        blocks: list[Region] = []
        current: Source | None = None
        for index, (p_start, p_end) in enumerate(paras):
            found = self.intro(index, paras, quotes)
            if found is not None:
                start, end, current, why = found
                if end > start:
                    blocks.append(Region(start, end, current, why))
                self._remember(start, current)
                continue
            if current is not None and not self.looks_author(p_start, p_end, quotes)[0]:
                blocks.append(Region(p_start, p_end, current, f"passage from {current.who}"))
        return blocks

    # -- indirect speech -------------------------------------------------------------------
    def reporting_verb(self, trigger: Token) -> tuple[Token, Source] | None:
        """The reporting verb that an event is told through, with its speaker."""
        node = trigger
        path = [trigger]
        for _ in range(15):
            head = node.head
            if head.i == node.i:
                break
            if (
                node.dep_ in ("ccomp", "parataxis")
                and head.lemma_.lower() in REPORTING_VERBS
                and not any(c.dep_ == "neg" for c in head.children)
            ):
                return head, self.speaker_of(head)
            node = head
            path.append(node)
        for node in path:
            for child in node.children:
                # "… but, according to X, …" after a coordination covers the clause after it
                after_cc = any(c.dep_ == "cc" and trigger.i < c.i < child.i for c in node.children)
                if child.lemma_.lower() == "accord" and child.i != trigger.i and not after_cc:
                    for to in child.children:
                        objects = [o for o in to.children if o.dep_ == "pobj"]
                        if to.lower_ == "to" and objects:
                            return child, self.source_for_head(objects[0])
                if (
                    child.dep_ in ("parataxis", "advcl", "ccomp")
                    and child.i > trigger.i
                    and child.lemma_.lower() in REPORTING_VERBS
                    and not any(c.dep_ in ("ccomp", "neg") for c in child.children)
                    and any(c.dep_ == "nsubj" for c in child.children)
                ):
                    return child, self.speaker_of(child)
        return None

    def reported_sentence(self, sent: Span) -> bool:
        """Whether a sentence relays someone's statement in indirect speech."""
        for token in sent:
            if token.lemma_.lower() in REPORTING_VERBS and token.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "ccomp" for c in token.children):
                    return True
            if token.lemma_.lower() == "accord" and any(c.lower_ == "to" for c in token.children):
                return True
        return False

    # -- stance ----------------------------------------------------------------------------
    def _content(self, sent: Span, actor_tokens: set[int]) -> tuple[set[str], set[str]]:
        """The content lemmas of a sentence, and those of them that name countries."""
        words, actors = set(), set()
        for token in sent:
            if token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ", "ADV"):
                continue
            if token.is_stop and token.pos_ != "PROPN":  # "US" is not "us"
                continue
            if token.pos_ == "ADV" and token.lower_.endswith("ly"):
                continue  # manner adverbs say how, not what ("quietly", "openly")
            lemma = token.lemma_.lower().replace(".", "").strip("'’\"-")
            if len(lemma) < 2 or lemma in LIGHT_LEMMAS:
                continue
            words.add(lemma)
            if token.i in actor_tokens:
                actors.add(lemma)
        return words, actors

    def find_disputes(self, analysis: DocAttribution) -> dict[int, Dispute]:
        """Sentences told by others that the author rejects, with the rejecting words.

        A rebuttal (a sentence in the author's voice with a cue) disputes the sentence just
        before it when it has no words of its own ("That's just not credible."), and otherwise
        the sentences around it, or in a passage it names, that restate its words and those of
        the author's sentences just before it: at least ``MATCH_WORDS`` shared lemmas, one of
        them a distinctive word that is not an actor's name, weighing ``MATCH_SCORE`` in
        inverse document frequency (actors' names count half).
        """
        sents = self.sents
        # names of countries and their peoples are everywhere in a text about them
        actor_tokens = {
            i
            for m in self.doc._.actor_mentions or ()
            if m.kind in ("country", "adjective", "capital")
            for i in range(m.start, m.end)
        }
        pairs = [self._content(s, actor_tokens) for s in sents]
        vocabulary = set().union(*(p[0] for p in pairs)) if pairs else set()
        contents = [{_base(w, vocabulary) for w in p[0]} for p in pairs]
        actor_words = {_base(w, vocabulary) for p in pairs for w in p[1]}
        df = Counter(w for c in contents for w in c)
        n = max(len(sents), 1)
        distinctive = max(3.0, n / 15)

        # in units of the rarest word's weight, so that short and long texts compare alike
        top = math.log((n + 1) / 1.5)

        def idf(word: str) -> float:
            return math.log((n + 1) / (df[word] + 0.5)) / top

        def restates(context: set[str], j: int) -> bool:
            shared = context & contents[j]
            plain = shared - actor_words
            if len(shared) < MATCH_WORDS or not any(df[w] <= distinctive for w in plain):
                return False
            score = sum(idf(w) * (0.5 if w in actor_words else 1.0) for w in shared)
            return score >= MATCH_SCORE

        quoted = [_majority_quoted(analysis, s.start_char, s.end_char) for s in sents]
        target = [quoted[i] or self.reported_sentence(s) for i, s in enumerate(sents)]
        disputed: dict[int, Dispute] = {}
        for i, sent in enumerate(sents):
            if quoted[i]:
                continue
            cue = _cue_in(self.text, sent, analysis)
            if cue is None:
                continue
            cue_words = {_base(w, vocabulary) for w in re.findall(r"[a-z]+", cue.lower())}
            own = contents[i] - cue_words
            if not own and i and target[i - 1]:
                _keep(disputed, sents[i - 1].start_char, Dispute(cue, sent.text))
            context = set(own)
            rebuttal = Dispute(cue, sent.text)
            for j in range(i - 1, max(i - 3, -1), -1):
                # the author restates a claim as a question before rejecting it ("Really, …?")
                earlier = _cue_in(self.text, sents[j], analysis)
                if quoted[j] or not (sents[j].text.rstrip().endswith("?") or earlier):
                    break
                context |= contents[j]
                if earlier and _weak(rebuttal.cue) and not _weak(earlier):
                    rebuttal = Dispute(earlier, sents[j].text)
            if len(own) < BARE_REBUTTAL and i + 1 < len(sents) and not quoted[i + 1]:
                context |= contents[i + 1]
            context -= cue_words
            echoes = [
                self.text[s:e].strip(QUOTE_CHARS + " ").lower()
                for s, e in analysis.echoes
                if sent.start_char <= s < sent.end_char
            ]
            candidates = set(range(max(i - LOOK_BACK, 0), min(i + LOOK_AHEAD + 1, len(sents))))
            candidates |= self._named_block_sentences(analysis, sents, i)
            for j in sorted(candidates):
                if j == i or not target[j]:
                    continue
                echoed = any(e and e in sents[j].text.lower() for e in echoes)
                if echoed or restates(context, j):
                    _keep(disputed, sents[j].start_char, rebuttal)
        return disputed

    def _named_block_sentences(
        self, analysis: DocAttribution, sents: list[Span], i: int
    ) -> set[int]:
        """Sentences of a passage whose source the rebuttal names ("the Bloomberg piece")."""
        window = " ".join(s.text for s in sents[max(i - 2, 0) : i + 1]).lower()
        named = {
            b.source.who.lower()
            for b in analysis.blocks
            if b.source is not None and b.source.kind == "outlet"
        }
        named = {w for w in named if re.search(r"\b" + re.escape(w) + r"\b", window)}
        if not named:
            return set()
        out = set()
        for j, sent in enumerate(sents):
            block = analysis.block_at(sent.start_char)
            if block is not None and block.source is not None:
                if block.source.who.lower() in named:
                    out.add(j)
        return out

    # -- everything ------------------------------------------------------------------------
    def analyze(self) -> DocAttribution:
        analysis = DocAttribution(author=self.author())
        paras = paragraphs(self.text)
        analysis.quotes, analysis.echoes = self.find_quotes(paras)
        analysis.blocks = self.find_blocks(paras, analysis.quotes)
        analysis.disputed = self.find_disputes(analysis)
        analysis.speakers = self.speakers
        analysis.analyzer = self
        return analysis

    def author(self) -> Source:
        """The outermost voice: the document's source, or a news agency in its dateline."""
        names = []
        if self.doc._.doc_source:
            names.append(str(self.doc._.doc_source))
        match = re.match(
            r"\s*(?:[A-Z][A-Za-z.,'\- ]{1,40}?\s*)?\((?P<a>[^)]{1,30})\)\s*[-–—]"
            r"|\s*(?P<b>[A-Z][\w.&' ]{0,25}?)\s+-{1,2}\s",
            self.text[:120],
        )
        if match:
            names.append(match["a"] or match["b"])
        for name in names:
            source = self.source_for_name(name)
            if source is not None and source.kind == "outlet":
                return Source(name.strip(), source.code, "author")
        if self.doc._.doc_source:
            return Source(str(self.doc._.doc_source), None, "author")
        return Source("author", None, "author")

    def label(
        self, analysis: DocAttribution, start: int, end: int, trigger: Token | None = None
    ) -> Label:
        """Voice, attribution and stance of a span (or of the event whose trigger is given)."""
        if trigger is not None:
            anchor = trigger.idx
            quoted = analysis.quoted_at(anchor)
        else:
            quoted = _majority_quoted(analysis, start, end)
            anchor = _first_char(analysis, start, end, quoted)
        layers = analysis.layers_at(anchor)
        if not quoted:
            layers = layers[:1]
        reported = None
        if trigger is not None:
            reported = self.reporting_verb(trigger)
            if reported is not None and analysis.quoted_at(reported[0].idx) != quoted:
                reported = None
            if reported is not None:
                _push(layers, reported[1])
        voice = "quoted" if quoted else ("reported" if reported else "author")
        dispute = None
        for sent in self.sents:
            if sent.end_char > start and sent.start_char < end:
                dispute = dispute or analysis.disputed.get(sent.start_char)
        if dispute is None:
            dispute = self._distancing(start, end, trigger, reported, analysis)
        if dispute is not None:
            stance = "disputes"
        else:
            stance = "asserts" if voice == "author" else "reports"
        return Label(
            voice,
            [s.to_dict() for s in layers],
            stance,
            dispute.evidence if dispute else None,
        )

    def _distancing(self, start, end, trigger, reported, analysis) -> Dispute | None:
        """The author keeps a distance within the sentence: "so-called", "they claim"."""
        if trigger is not None:
            sent = trigger.sent
            if reported is not None and reported[0].lemma_.lower() == "claim":
                verb = reported[0]
                subject = subject_heads(verb)
                if verb.tag_ in ("VBZ", "VBP") or (subject and subject[0].pos_ == "PRON"):
                    return Dispute(f"'{verb.text}'", sent.text)
            scope = [t for t in trigger.sent if start <= t.idx < end]
        else:
            sent = self._sentence_of(start)
            scope = self._tokens_between(start, end)
        words = " ".join(t.text for t in scope if not analysis.quote_at(t.idx))
        match = DISTANCING.search(words)
        if match and not analysis.quoted_at(scope[0].idx if scope else start):
            return Dispute(f"'{match.group(0)}'", sent.text)
        return None


_OUTLETS: dict[int, dict[str, str]] = {}


def outlet_codes(kb: ActorKB) -> dict[str, str]:
    """Folded names of news outlets -> their codes, with each name's first word when that word
    is a name of its own ("Bloomberg" from "Bloomberg News")."""
    table = _OUTLETS.get(id(kb))
    if table is None:
        table = {}
        for key, entries in kb.aliases.items():
            for entry in entries:
                if entry.kind == "org" and entry.key.endswith("MED"):
                    table.setdefault(key, entry.key)
                    first = key.split()[0]
                    if len(first) > 3 and first[:1].isalpha() and first not in kb.aliases:
                        table.setdefault(first, entry.key)
        _OUTLETS[id(kb)] = table
    return table


def _base(word: str, vocabulary: set[str]) -> str:
    """``unaware`` and ``aware`` (and ``unawares``) compare equal when both occur."""
    for prefix in ("un", "non", "non-"):
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            rest = word[len(prefix) :]
            if rest in vocabulary or rest.rstrip("s") in vocabulary:
                word = rest
    if word.endswith("s") and word[:-1] in vocabulary:
        word = word[:-1]
    return word


def _keep(disputed: dict[int, Dispute], key: int, dispute: Dispute) -> None:
    """Keep the plainest rebuttal of a sentence: words before punctuation ("??")."""
    old = disputed.get(key)
    if old is None or (_weak(old.cue) and not _weak(dispute.cue)):
        disputed[key] = dispute


def _weak(cue: str) -> bool:
    return cue.startswith(("'??'", "'Really"))


def _cue_in(text: str, sent: Span, analysis: DocAttribution) -> str | None:
    """The words with which a sentence in the author's voice rejects a claim, if any."""
    pieces = []
    cursor = sent.start_char
    for quote in analysis.quotes:
        if quote.end <= sent.start_char or quote.start >= sent.end_char:
            continue
        pieces.append(text[cursor : max(quote.start, cursor)])
        cursor = max(cursor, quote.end)
    pieces.append(text[cursor : sent.end_char])
    own = " ".join(pieces)
    match = _CUE_RE.search(own)
    if match:
        return f"'{match.group(0)}'"
    stripped = own.strip()
    if stripped.endswith("??"):
        return "'??'"
    if re.match(r"really\b", stripped, re.IGNORECASE) and stripped.endswith("?"):
        return "'Really … ?'"
    return None


def _boundaries(analysis: DocAttribution, start: int, end: int) -> list[int]:
    """``start``, ``end`` and every region edge between them: the voice is constant between."""
    points = {start, end}
    for region in (*analysis.blocks, *analysis.quotes):
        if region.end > start and region.start < end:
            points.update(p for p in (region.start, region.end) if start < p < end)
    return sorted(points)


def _majority_quoted(analysis: DocAttribution, start: int, end: int) -> bool:
    """Whether most characters of a span are quoted."""
    points = _boundaries(analysis, start, end)
    inside = sum(b - a for a, b in pairwise(points) if analysis.quoted_at(a))
    return inside * 2 > end - start


def _first_char(analysis: DocAttribution, start: int, end: int, quoted: bool) -> int:
    """The first character of a span's most common voice among those quoted or not as the
    span is (the character whose layers the span gets)."""
    counts: Counter = Counter()
    first: dict = {}
    points = _boundaries(analysis, start, end)
    for a, b in pairwise(points):
        if analysis.quoted_at(a) != quoted:
            continue
        key = tuple(analysis.layers_at(a))
        counts[key] += b - a
        first.setdefault(key, a)
    if not counts:
        return start
    return first[counts.most_common(1)[0][0]]


# -- public functions ------------------------------------------------------------------------------
def analyze(doc: Doc, kb: ActorKB | None = None) -> DocAttribution:
    """The voices of a parsed Doc (cached on ``doc._.gestae_attribution``)."""
    if doc._.gestae_attribution is None:
        doc._.gestae_attribution = Analyzer(doc, kb or bundled_kb()).analyze()
    return doc._.gestae_attribution


def label_span(doc: Doc, start: int, end: int, kb: ActorKB | None = None) -> Label:
    """Voice, attribution chain, stance and its evidence of the characters ``start:end``."""
    if not 0 <= start < end <= len(doc.text):
        raise ValueError(f"span {start}:{end} is not inside the document (0:{len(doc.text)})")
    analysis = analyze(doc, kb)
    if analysis.analyzer is None:
        analysis.analyzer = Analyzer(doc, kb or bundled_kb())
        analysis.analyzer.speakers = analysis.speakers
    return analysis.analyzer.label(analysis, start, end)


_VIA = re.compile(r"via '(?P<word>[^']+)'\s*$")


def trigger_token(doc: Doc, start: int, end: int, rule: str) -> Token | None:
    """The word that triggered an event: the ``via '…'`` word of its rule inside its span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    match = _VIA.search(rule or "")
    if match:
        for token in span:
            if token.text == match["word"]:
                return token
    return span.root


class AttributionTagger:
    """Sets ``attribution``, ``voice``, ``stance`` and ``stance_evidence`` on every event."""

    def __init__(self, kb: ActorKB | None = None) -> None:
        self.kb = kb or bundled_kb()

    def __call__(self, doc: Doc) -> Doc:
        analysis = Analyzer(doc, self.kb).analyze()
        analyzer = analysis.analyzer
        doc._.gestae_attribution = analysis
        for event in doc._.events or ():
            trigger = trigger_token(doc, event.start, event.end, event.rule)
            label = analyzer.label(analysis, event.start, event.end, trigger)
            event.attribution = label.attribution
            event.voice = label.voice
            event.stance = label.stance
            event.stance_evidence = label.stance_evidence
        analysis.analyzer = None  # no Doc -> analysis -> Doc cycle left behind
        return doc


@Language.factory("gestae_attribution")
def make_attribution_tagger(nlp: Language, name: str) -> AttributionTagger:
    return AttributionTagger()
