from pathlib import Path

import pytest

from gestae.api import EXAMPLE_DATE, example_path
from gestae.attribution import headline_like, label_span, quotation_spans
from gestae.ingest import Document
from gestae.pipeline import prepare

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def parse(nlp):
    def run(text, date="2018-01-24"):
        return nlp(prepare(nlp.make_doc(text), Document(id="t", text=text, date=date)))

    return run


@pytest.fixture(scope="module")
def example(parse):
    return parse(Path(example_path()).read_text(encoding="utf-8"), EXAMPLE_DATE)


def only_event(doc, code_root=None):
    events = [e for e in doc._.events if code_root is None or e.root == code_root]
    assert len(events) == 1, [(e.source, e.target, e.code) for e in doc._.events]
    return events[0]


def span_of(doc, words):
    start = doc.text.index(words)
    return label_span(doc, start, start + len(words))


# -- quotation marks and headlines -----------------------------------------------------------------
def test_quotation_marks_pair_straight_and_curly():
    text = 'He said "we will go now" and “they left at once.” Then he left.'
    spans = quotation_spans(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ['"we will go now"', "“they left at once.”"]


def test_a_quotation_may_run_over_paragraph_edges():
    closing = 'it is over for good," she said.'
    assert quotation_spans(closing, 0, len(closing)) == [(0, closing.index('"') + 1)]
    opening = '"Not that it matters much. More talks follow.'
    assert quotation_spans(opening, 0, len(opening)) == [(0, len(opening))]


def test_headlines_are_short_unpunctuated_lines():
    assert headline_like("Moscow says easier to deal on Aleppo with Ankara than Washington")
    assert not headline_like("Would that be a bad thing?")
    assert not headline_like("LOL")


# -- sentences of our own --------------------------------------------------------------------
def test_the_author_asserts_a_plain_statement(parse):
    event = only_event(parse("Turkey attacked the PKK on Monday."))
    assert event.voice == "author"
    assert event.stance == "asserts"
    assert event.attribution == [{"who": "author", "code": None, "kind": "author"}]


def test_a_reporting_verb_makes_reported_speech(parse):
    doc = parse("Turkish artillery shelled the YPG near Afrin on Monday, the Turkish army said.")
    event = only_event(doc)
    assert event.voice == "reported"
    assert event.stance == "reports"
    assert event.attribution[-1] == {"who": "the Turkish army", "code": "TURMIL", "kind": "speaker"}


def test_according_to_an_outlet(parse):
    event = only_event(parse("According to Reuters, Turkish jets bombed the PKK in northern Iraq."))
    assert event.voice == "reported"
    assert event.attribution[-1] == {"who": "Reuters", "code": "GBRMED", "kind": "outlet"}


def test_a_quotation_is_spoken_by_the_name_beside_its_reporting_verb(parse):
    doc = parse("“Turkish jets struck the PKK in Iraq,” Erdogan told reporters.")
    event = only_event(doc, "19")
    assert event.voice == "quoted"
    assert event.attribution[-1]["who"] == "Erdogan"
    assert event.attribution[-1]["code"] == "TURGOV"


def test_a_rebuttal_in_the_next_sentence_disputes(parse):
    doc = parse("Russia said its jets bombed the Islamic State. That is not true.")
    event = only_event(doc)
    assert event.stance == "disputes"
    assert "not true" in event.stance_evidence


def test_they_claim_keeps_the_author_at_a_distance(parse):
    event = only_event(parse("They claim Turkey attacked the PKK."))
    assert event.stance == "disputes"
    assert "claim" in event.stance_evidence


def test_a_news_agency_in_the_dateline_is_the_author(parse):
    event = only_event(parse("ANKARA (Reuters) - Turkey attacked the PKK on Monday."))
    assert event.attribution[0] == {"who": "Reuters", "code": "GBRMED", "kind": "author"}
    assert event.voice == "author"


def test_a_signed_headline_introduces_the_passage_after_it(parse):
    doc = parse(
        "Putin, Erdogan discuss Syria ― Kremlin\n"
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan had a "
        "telephone conversation on Tuesday, the Kremlin press service said."
    )
    assert doc._.events
    for event in doc._.events:
        assert event.voice == "quoted"
        assert event.attribution[1] == {"who": "Kremlin", "code": "RUSGOV", "kind": "speaker"}


def test_a_quoted_passage_with_the_authors_interjections(parse):
    doc = parse((DATA / "blog-afrin.txt").read_text(encoding="utf-8"))
    by_code = {e.code: e for e in doc._.events}
    shelled, bombed, appeal = by_code["194"], by_code["195"], by_code["020"]
    # the passage from Reuters, with the army speaking inside it
    assert [a["who"] for a in shelled.attribution] == ["author", "Reuters", "the Turkish army"]
    assert shelled.voice == "quoted" and shelled.stance == "reports"
    # the author mocks the claim that no civilians were harmed: that sentence is disputed
    assert bombed.stance == "disputes" and "laughable" in bombed.stance_evidence
    # after the author's outburst the passage from Reuters goes on
    assert appeal.attribution[1]["who"] == "Reuters" and appeal.stance == "reports"
    assert span_of(doc, "I have seen the photos from the hospital myself!").voice == "author"
    assert span_of(doc, "Would that change anything?").voice == "author"
    kept = span_of(doc, "Ankara has long said that it will not tolerate a Kurdish corridor")
    assert kept.voice == "quoted" and kept.stance == "reports"


def test_label_span_refuses_a_span_outside_the_document(parse):
    doc = parse("Turkey attacked the PKK.")
    with pytest.raises(ValueError, match="not inside the document"):
        label_span(doc, 5, 500)


# -- the bundled example --------------------------------------------------------------------------
def test_bloomberg_passages_and_the_authors_disputes(example):
    label = span_of(example, "The U.S. had no idea about it.")
    assert label.voice == "quoted"
    assert label.attribution[1] == {"who": "Bloomberg", "code": "USAMED", "kind": "outlet"}
    assert label.stance == "disputes"
    sworn = span_of(example, "Turkish President Recep Tayyip Erdogan is a sworn enemy of Assad")
    assert sworn.stance == "disputes" and "baloney" in sworn.stance_evidence
    assert span_of(example, '"sworn enemy"- baloney').voice == "author"
    undisputed = span_of(example, "Russia and Turkey have diverging interests in Syria.")
    assert undisputed.voice == "quoted" and undisputed.stance == "reports"


def test_the_kremlin_readout_passage(example):
    label = span_of(
        example,
        "Russian President Vladimir Putin and Turkish President Tayyip Recep Erdogan had a "
        "telephone conversation on Wednesday",
    )
    assert label.voice == "quoted"
    assert label.attribution[1]["code"] == "RUSGOV"


def test_events_follow_the_labels_of_their_passages(example):
    bloomberg = example.text.index("Bloomberg: Russia and Turkey")
    kremlin = example.text.index("Putin, Erdogan discuss Syria")
    for event in example._.events:
        whos = [a["who"] for a in event.attribution]
        if bloomberg <= event.start < kremlin and event.voice == "quoted":
            assert whos[1] == "Bloomberg"
        assert event.stance in ("asserts", "reports", "disputes")
        assert (event.stance == "disputes") == bool(event.stance_evidence)
