import pytest
import spacy

from gestae import api
from gestae.nlp import MODEL_NAME, RulerMatcher, _fold, fold, speed_up_model

EXAMPLE = open(api.example_path(), encoding="utf-8").read()
# Sentences that reach the ruler's rarer patterns: two-token ones ("gon na", "let 's", "there
# is"), regular expressions ("ai n't", "nothin'", "y' all"), IN / NOT_IN tests on the
# dependency ("did" as a main verb, "it" as an object, determiners as pronouns).
TRICKY = [
    "I ain't gonna say nothin' about it, y'all. Let's go, c'mon!",
    "There is a deal and there are talks; that is what they did.",
    "She told me that it was not true, and I'd have done it if I could.",
    "Whether or not the U.S. and Russia agree, they have to give it to him.",
    "Those were the days. Which one? This is the one that they got ta see.",
    "  \n\nTurkey's army shelled   Afrin\ton Monday -- officials said.",
]


def annotations(nlp, texts):
    return [
        [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]
        for doc in nlp.pipe(texts)
    ]


@pytest.fixture(scope="module")
def models():
    plain = spacy.load(MODEL_NAME)
    fast = spacy.load(MODEL_NAME)
    speed_up_model(fast)
    return plain, fast


def test_speed_ups_leave_every_annotation_as_spacy_makes_it(models):
    plain, fast = models
    texts = [EXAMPLE, *TRICKY]
    expected = annotations(plain, texts)
    assert annotations(fast, texts) == expected
    assert annotations(fast, texts) == expected  # and again, from the caches
    assert any(lemma == "be" for doc in expected for _, _, _, lemma, *_ in doc)


def test_the_fast_ruler_finds_the_same_matches_as_spacys_matcher(models):
    plain, _ = models
    ruler = plain.get_pipe("attribute_ruler")
    matcher = RulerMatcher(ruler)
    # The ruler's input: the Doc as the parser leaves it.
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(plain.pipe([EXAMPLE, *TRICKY]))
    found = [matcher(doc) for doc in docs]
    assert found == [sorted(set(ruler.match(doc))) for doc in docs]
    assert any(end - start == 2 for matches in found for _, _, start, end in matches)


def test_a_ruler_pattern_the_fast_matcher_cannot_read_keeps_spacys_matcher():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "big", "OP": "+"}]], {"TAG": "JJ"})
    speed_up_model(nlp)
    assert "match" not in vars(ruler)  # still the class's own method
    assert nlp("big big dog")[1].tag_ == "JJ"


def test_rules_added_after_the_speed_up_are_applied():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "dog"}]], {"TAG": "NN"})
    speed_up_model(nlp)
    ruler.add([[{"LOWER": "cat"}]], {"TAG": "NN"})
    assert [t.tag_ for t in nlp("dog cat")] == ["NN", "NN"]


def test_fold_is_the_same_from_its_cache():
    for text in ("Erdoğan", "Erdoğan", "’s", "Aleppo–Idlib", ""):
        assert fold(text) == _fold(text)
    assert fold("Erdoğan") == "erdogan"


def test_a_sped_up_model_still_pickles(models):
    import pickle

    plain, fast = models
    again = pickle.loads(pickle.dumps(fast))
    assert annotations(again, TRICKY) == annotations(plain, TRICKY)


def test_datelines_in_the_forms_wires_write_them():
    from gestae.nlp import dateline_end

    for line in (
        "KABUL, Afghanistan Aug. 23, 2004 - ",
        "MONROVIA, 29 October (IRIN) - ",
        "GROZNY, (Reuters) - ",
        "PHNOM PENH, Oct. 10. - ",
        "TBILISI, Georgia ",
    ):
        assert dateline_end(line + "Georgian President Mikhail Saakashvili appealed.") == len(line)
    # a name written in capitals is no dateline
    assert dateline_end("TONY Blair was facing a new Iraq crisis.") == 0
    assert dateline_end("ARIEL SHARON, the Israeli Prime Minister, made an offer.") == 0


def test_a_city_in_capitals_alone_before_the_story_is_a_dateline():
    from gestae.nlp import dateline_end

    text = "BAGHDAD US warplanes fired on targets in Sadr City on Thursday."
    assert text[dateline_end(text) :].startswith("US warplanes")
    assert dateline_end("NASA said on Tuesday that the probe had landed.") == 0
    assert dateline_end("IBM said Tuesday it had bought two firms.") == 0


def test_a_dateline_after_a_headline_is_found_by_its_agency_or_city():
    from gestae.nlp import dateline_span

    text = "Filipino Hostage Freed in Baghdad. BAGHDAD (AP) - Iraqi militants freed a driver."
    start, end = dateline_span(text)
    assert text[start:end] == "BAGHDAD (AP) - "
    text = "India, Pakistan Agree. NEW DELHI - India and Pakistan agreed on a bus link."
    start, end = dateline_span(text)
    assert text[start:end] == "NEW DELHI - "
    assert dateline_span("BAGHDAD (AP) - Iraqi militants freed a driver.") == (0, 15)
    # a second sentence that opens with a name is no dateline
    assert dateline_span("Rice Flies Into Beirut. Condoleezza Rice made a trip.") == (0, 0)
    assert dateline_span("He left. The UN - which said so - objected.") == (0, 0)
    # an agency's name alone
    text = "Sudan, Rebels Agree. AFP - Sudan's government and the rebels signed a declaration."
    start, end = dateline_span(text)
    assert text[start:end] == "AFP - "
    assert dateline_span("Talks Open. France - which hosts them - is hopeful.") == (0, 0)
