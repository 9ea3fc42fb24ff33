"""How many actor mentions gestae resolves in AG News world items, and a sample of those it misses.

    .venv/bin/python benchmarks/actors_coverage.py [--items 500] [--sample 30] [--seed 13]

Reads the first ``--items`` items with topic "world" of ``agnews-dev.jsonl`` (their text, as
``gestae ingest`` codes it), runs the full pipeline, and counts:

* tagger mentions: every knowledge-base name found, and how many resolve to a code (a role noun
  counts as resolved when the phrase it belongs to is placed by the phrase, sentence or
  dateline);
* argument phrases: noun phrases in subject or object position (``nsubj``, ``nsubjpass``,
  ``dobj``, ``dative``, or the object of by/with/against/to/from/between) headed by a proper
  noun or noun, and how many ``PhraseResolver`` turns into an actor; pronouns separately.

It then prints a fixed-seed sample of the unresolved argument phrases that look like actors
(a proper noun spaCy's NER calls a person, organization, country or nationality, or a common
noun subject that names people by its ending: "prosecutors", "investors") to be judged by eye.
Phrases in the dateline ("NEW YORK - Investors") are left out. No text is stored; items are
referred to by id.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
import time
from pathlib import Path

from gestae.actors import PhraseResolver, bundled_kb
from gestae.ingest import Document
from gestae.nlp import get_pipeline
from gestae.pipeline import prepare

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "agnews-dev.jsonl"
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative"}
ARGUMENT_PREPS = {"by", "with", "against", "to", "from", "between"}
PRONOUNS = {"he", "she", "him", "her", "they", "them"}
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
PERSON_NOUNS = {"people", "man", "woman", "child", "group", "family", "crowd", "force", "staff"}
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ic", "et")
DATELINE = re.compile(r"^[^-]{0,80}?\s(?:-{1,2}|\u2013|\u2014)\s")


def world_items(path: Path, limit: int) -> list[Document]:
    items = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("topic") != "world":
                continue
            items.append(Document(id=record["id"], text=record["text"], title=record.get("title")))
            if len(items) >= limit:
                break
    return items


def dateline_end(text: str) -> int:
    match = DATELINE.match(text)
    return match.end() if match else 0


def looks_like_actor(token) -> bool:
    """A name spaCy calls a person, organization, country or nationality, or a common noun
    subject that names people ("prosecutors", "investors", "others")."""
    if token.ent_type_ in ACTOR_ENTS:
        return True
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma.endswith(PERSON_SUFFIXES)


def is_argument(token) -> bool:
    if token.dep_ in ARGUMENT_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ARGUMENT_PREPS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--date", help="Read every item at this date (default: none, as ingest)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"actors_coverage: {args.corpus}: no such corpus file", file=sys.stderr)
        return 2
    when = dt.date.fromisoformat(args.date) if args.date else None
    documents = world_items(args.corpus, args.items)
    nlp = get_pipeline()
    kb = bundled_kb()
    started = time.perf_counter()
    docs = nlp.pipe(prepare(nlp.make_doc(d.text), d) for d in documents)

    mentions = collections.Counter()
    mentions_resolved = collections.Counter()
    arguments = collections.Counter()
    pronouns = collections.Counter()
    ambiguous = 0
    candidates = []
    for document, doc in zip(documents, docs, strict=True):
        resolver = PhraseResolver(doc, kb, when)
        for mention in doc._.actor_mentions:
            mentions[mention.kind] += 1
            root = doc[mention.start : mention.end].root
            if mention.kind == "agent":
                # A role noun is resolved when the phrase it belongs to is ("Turkish police").
                while root.dep_ in ("compound", "amod", "poss", "nmod") and root.head != root:
                    root = root.head
                ok = bool(resolver.actors(root))
            else:
                ok = kb.resolve_mention(mention, when) is not None
            mentions_resolved[mention.kind] += ok
        for token in doc:
            if not is_argument(token):
                continue
            if token.pos_ == "PRON" and token.lower_ in PRONOUNS:
                pronouns["all"] += 1
                pronouns["resolved"] += bool(resolver.actors(token))
                continue
            if token.pos_ not in ("PROPN", "NOUN"):
                continue
            refs = resolver.actors(token)
            arguments["all"] += 1
            if refs:
                arguments["resolved"] += 1
                ambiguous += any(r.ambiguous for r in refs)
                continue
            if token.idx < dateline_end(doc.text):
                continue  # "NEW YORK - Investors": the dateline is a place, not an actor
            if looks_like_actor(token):
                words = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct")]
                phrase = doc[min(t.i for t in words) : max(t.i for t in words) + 1].text
                candidates.append(
                    (document.id, token.dep_, token.ent_type_ or token.pos_, phrase[:80])
                )
    elapsed = time.perf_counter() - started

    total = sum(mentions.values())
    resolved = sum(mentions_resolved.values())
    print(f"{len(documents)} world items from {args.corpus.name}, date {when or 'none'}, "
          f"{elapsed:.1f} s")  # fmt: skip
    print(f"tagger mentions: {total}, resolved {resolved} ({resolved / max(total, 1):.1%})")
    for kind, n in mentions.most_common():
        print(f"  {kind:<10} {n:>5}  resolved {mentions_resolved[kind]:>5}")
    n_args, n_ok = arguments["all"], arguments["resolved"]
    print(
        f"argument phrases (PROPN/NOUN heads): {n_args}, resolved {n_ok} "
        f"({n_ok / max(n_args, 1):.1%}), of which ambiguous {ambiguous}"
    )
    print(
        f"pronoun arguments: {pronouns['all']}, resolved {pronouns['resolved']} "
        f"({pronouns['resolved'] / max(pronouns['all'], 1):.1%})"
    )
    print(f"unresolved arguments that look like actors: {len(candidates)}")
    sample = random.Random(args.seed).sample(candidates, min(args.sample, len(candidates)))
    print(f"sample of {len(sample)} (seed {args.seed}):")
    for n, (doc_id, dep, label, phrase) in enumerate(sorted(sample), 1):
        print(f"{n:>3}. {doc_id}  {dep:<9} {label:<7} {phrase}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
