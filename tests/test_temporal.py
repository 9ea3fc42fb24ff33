import datetime as dt
import json

import pytest

from gestae.temporal import (
    TimeValue,
    clause_tense,
    date_for_event,
    resolve_expression,
    score_dates,
    time_expressions,
)
from tests.conftest import AGNEWS, agnews_available

ANCHOR = dt.date(2016, 12, 15)  # a Thursday


@pytest.mark.parametrize(
    "text, tense, value, precision",
    [
        ("on Saturday", "past", "2016-12-10", "day"),
        ("Wednesday", "past", "2016-12-14", "day"),
        ("Thursday", "past", "2016-12-15", "day"),  # the document's own weekday
        ("on Thursday", "future", "2016-12-22", "day"),
        ("on Monday", "future", "2016-12-19", "day"),
        ("next Monday", "present", "2016-12-19", "day"),
        ("last Friday", "present", "2016-12-09", "day"),
        ("yesterday", "past", "2016-12-14", "day"),
        ("a year ago", "past", "2015", "year"),
        ("two weeks ago", "past", "2016-11-28", "week"),
        ("10 days ago", "past", "2016-12-05", "day"),
        ("last month", "past", "2016-11", "month"),
        ("last week", "past", "2016-12-05", "week"),
        ("this weekend", "future", "2016-12-12", "week"),
        ("in October", "past", "2016-10", "month"),
        ("in October", "future", "2017-10", "month"),
        ("on 24 November 2015", "past", "2015-11-24", "day"),
        ("Sept. 11, 2001", "past", "2001-09-11", "day"),
        ("Jan. 9", "future", "2017-01-09", "day"),
        ("in 2003", "past", "2003", "year"),
        ("in May", "past", "2016-05", "month"),
        ("next spring", "future", "2017", "year"),
        ("last season", "past", "2015", "year"),
        ("in the spring of 2003", "past", "2003", "year"),
        ("a year ago this week", "past", "2015-12-14", "week"),
        ("a year ago this month", "past", "2015-12", "month"),
        ("in January of this year", "past", "2016-01", "month"),
        ("in March of next year", "future", "2017-03", "month"),
        ("early next year", "future", "2017", "year"),
        ("in the second quarter of 2004", "past", "2004", "year"),
    ],
)
def test_expressions_resolve_against_the_document_date(text, tense, value, precision):
    assert resolve_expression(text, ANCHOR, tense) == TimeValue(value, precision)


@pytest.mark.parametrize(
    "text, value",
    [
        ("on Monday", "2016-12-12"),  # three days back is nearer than four ahead
        ("on Saturday", "2016-12-17"),  # two days ahead is nearer than five back
        ("in January", "2017-01"),
        ("in November", "2016-11"),
    ],
)
def test_present_tense_means_the_nearer_occurrence(text, value):
    assert resolve_expression(text, ANCHOR, "present").value == value


def test_may_the_verb_is_no_month():
    assert resolve_expression("they may", ANCHOR, "past") is None


def test_that_day_refers_back():
    earlier = TimeValue("2001-09-11", "day")
    assert resolve_expression("On that day", ANCHOR, "past", previous=earlier) == earlier
    assert resolve_expression("On that day", ANCHOR, "past") is None


def test_nothing_to_resolve_without_a_date():
    assert resolve_expression("for several weeks", ANCHOR, "past") is None
    assert resolve_expression("on Saturday", None, "past") is None


# -- in a parsed document --------------------------------------------------------------------


@pytest.fixture(scope="module")
def model():
    from gestae.nlp import load_model

    return load_model()


def word(doc, text):
    return next(t for t in doc if t.text == text)


def test_the_istanbul_bombing_was_on_the_saturday_before(model):
    doc = model(
        "That lashing out at Turkey took the form of a suicide bombing in Istanbul on Saturday."
    )
    assert date_for_event(word(doc, "bombing"), ANCHOR) == TimeValue("2016-12-10", "day")


def test_a_date_outside_the_clause_keeps_the_tense_of_its_own_clause(model):
    doc = model("Lavrov said on Wednesday morning that it was pointless to talk to the U.S.")
    # the talking is an infinitive, but "on Wednesday" belongs to "said": the day before
    assert date_for_event(word(doc, "talk"), ANCHOR) == TimeValue("2016-12-14", "day")


def test_the_trigger_clause_comes_first(model):
    doc = model("On Monday the minister said troops had entered the town on Saturday.")
    assert date_for_event(word(doc, "entered"), ANCHOR).value == "2016-12-10"


def test_expressions_the_tagger_misses_are_found(model):
    doc = model("Rebels shelled the town last week and again on Saturday.")
    texts = [span.text for span in time_expressions(next(doc.sents))]
    assert any("last week" in t for t in texts)
    assert any("Saturday" in t for t in texts)


def test_no_time_expression_gives_none(model):
    doc = model("Rebels shelled the town.")
    assert date_for_event(word(doc, "shelled"), ANCHOR) is None


@pytest.mark.parametrize(
    "sentence, verb, tense",
    [
        ("Troops will leave the city.", "leave", "future"),
        ("Troops left the city.", "left", "past"),
        ("Troops have left the city.", "left", "past"),
        ("The team is due to be approved by the council.", "approved", "future"),
        ("The fighters appeared to be in control.", "be", "past"),
    ],
)
def test_clause_tense(model, sentence, verb, tense):
    assert clause_tense(word(model(sentence), verb)) == tense


@pytest.mark.skipif(not agnews_available(), reason="AG News corpus not available")
def test_score_dates_on_a_small_gold_file(tmp_path):
    gold = tmp_path / "dates.jsonl"
    rows = [
        {"id": "agn-00006", "doc_date": "2004-09-15", "expression": "in May", "tense": "past",
         "date": "2004-05", "precision": "month", "start": 278},
        {"id": "agn-00019", "doc_date": "2004-09-15", "expression": "a year ago",
         "tense": "present", "date": "2003", "precision": "year", "start": 45},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = score_dates(gold, corpus=AGNEWS)
    assert result["n"] == 2
    assert result["accuracy"] == 1.0


@pytest.mark.skipif(not agnews_available(), reason="AG News corpus not available")
def test_score_dates_names_a_line_whose_offset_is_wrong(tmp_path):
    gold = tmp_path / "dates.jsonl"
    row = {"id": "agn-00006", "doc_date": "2004-09-15", "expression": "in May", "tense": "past",
           "date": "2004-05", "precision": "month", "start": 0}  # fmt: skip
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="agn-00006 has .* at 0, not 'in May'"):
        score_dates(gold, corpus=AGNEWS)
