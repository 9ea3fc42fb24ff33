import datetime as dt

import pytest

from gestae.temporal import resolve_expression

ANCHOR = dt.date(2016, 12, 15)  # a Thursday


@pytest.mark.parametrize(
    "text, tense, value, precision",
    [
        ("on Saturday", "past", "2016-12-10", "day"),
        ("Wednesday", "past", "2016-12-14", "day"),
        ("on Monday", "future", "2016-12-19", "day"),
        ("yesterday", "past", "2016-12-14", "day"),
        ("a year ago", "past", "2015", "year"),
        ("two weeks ago", "past", "2016-11-28", "week"),
        ("last month", "past", "2016-11", "month"),
        ("last week", "past", "2016-12-05", "week"),
        ("in October", "past", "2016-10", "month"),
        ("on 24 November 2015", "past", "2015-11-24", "day"),
        ("Sept. 11, 2001", "past", "2001-09-11", "day"),
        ("in 2003", "past", "2003", "year"),
    ],
)
def test_expressions_resolve_against_the_document_date(text, tense, value, precision):
    assert resolve_expression(text, ANCHOR, tense) == (value, precision) or (
        resolve_expression(text, ANCHOR, tense).value,
        resolve_expression(text, ANCHOR, tense).precision,
    ) == (value, precision)
