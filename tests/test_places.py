import json
from pathlib import Path

import pytest

from gestae.export import GDELT_COLUMNS, gdelt_row
from gestae.places import (
    Gazetteer,
    GazetteerError,
    PlaceResolver,
    bundled_gazetteer,
    distance_km,
    geocode,
    most_populous,
    name_key,
    parse_dateline,
    place_for_event,
    score_places,
)
from tests.conftest import AGNEWS, agnews_available

ALEPPO = (36.20, 37.16)
ISTANBUL = (41.01, 28.95)


def near(place, lat, lon, km=25):
    probe = type(place)("probe", "city", None, lat, lon)
    return distance_km(place, probe) <= km


# -- the gazetteer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spellings",
    [
        ("al-Bab", "Al Bab", "el-Bab", "al Bab"),
        ("Raqqa", "ar-Raqqah", "al-Raqqa", "Raqqah"),
        ("Falluja", "Fallujah", "al-Fallujah"),
        ("Najaf", "an-Najaf", "Najaf"),
        ("Palmyra", "Tadmur"),
        ("Katmandu", "Kathmandu"),
    ],
)
def test_spellings_and_articles_reach_the_same_place(spellings):
    places = [geocode(s) for s in spellings]
    assert all(p is not None for p in places), spellings
    first = places[0]
    assert first.precision == "city" and first.lat is not None
    for other in places[1:]:
        assert other.country == first.country
        assert distance_km(first, other) < 25


def test_palmyra_is_the_syrian_one_without_context():
    # GeoNames knows small Palmyras in the US and Australia; news means Tadmur.
    assert geocode("Palmyra").country == "SYR"


def test_a_place_s_own_name_beats_another_s_alternate_unless_that_is_far_bigger():
    assert most_populous("Cancun").country == "MEX"  # not Changchun, which it also names
    assert most_populous("Canton").country == "CHN"  # Guangzhou, not the town in Ohio


def test_regions_news_names_are_places_of_their_state():
    for name, country in [("Rakhine", "MMR"), ("Borno", "NGA"), ("Cabo Delgado", "MOZ"),
                          ("Zabul", "AFG"), ("Uruzgan", "AFG"), ("Dhi Qar", "IRQ"),
                          ("Bajaur", "PAK"), ("Putumayo", "COL"), ("Mullaitivu", "LKA")]:
        place = most_populous(name)
        assert (place.country, place.precision) == (country, "admin1")


def test_keys_fold_case_diacritics_and_abbreviations():
    assert name_key("Herāt") == name_key("HERAT") == "herat"
    assert name_key("St. Petersburg") == name_key("Saint Petersburg")
    assert name_key("al-Bab") == "al bab"


def test_countries_regions_and_states_have_a_precision_and_a_point():
    iraq = geocode("Iraq")
    assert (iraq.precision, iraq.country) == ("country", "IRQ")
    assert 29 < iraq.lat < 38 and 38 < iraq.lon < 49  # inside Iraq's box
    darfur = geocode("Darfur")
    assert (darfur.precision, darfur.country) == ("admin1", "SDN")
    florida = geocode("Florida")
    assert (florida.precision, florida.country, florida.admin1) == ("admin1", "USA", "USFL")


def test_context_countries_break_ties():
    # Without context Sydney is the big Australian city; a Canadian document can say otherwise
    # only when the other reading exists, so check the rule on a name with two real readings.
    assert geocode("Hyderabad").country == "IND"
    assert geocode("Hyderabad", countries=["PAK"]).country == "PAK"


def test_not_places_are_not_geocoded():
    assert geocode("Africa") is None
    assert geocode("Middle East") is None


def test_news_names_the_city_not_the_state():
    assert geocode("New York").name == "New York City"
    assert geocode("Washington").country == "USA"
    assert geocode("Washington").precision == "city"


def test_a_malformed_alias_file_names_the_file_and_line(tmp_path):
    bad = tmp_path / "aliases.tsv"
    bad.write_text(
        "name\taliases\tabbreviations\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\n"
        "Nowhere\t\t\ttown\tSYR\t\t1\t2\t\n",
        encoding="utf-8",
    )
    gazetteer = Gazetteer()
    gazetteer._iso2["SYR"] = "SY"
    with pytest.raises(GazetteerError, match=r"aliases\.tsv:2: kind 'town'"):
        gazetteer.load_aliases(bad)


def test_the_gazetteer_is_built_once():
    assert bundled_gazetteer() is bundled_gazetteer()
    assert len(bundled_gazetteer()) > 30_000


# -- datelines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, place, region",
    [
        ("NAJAF, Iraq - Explosions rattled the city.", "NAJAF", "Iraq"),
        ("TEHRAN (Reuters) - A senior official said.", "TEHRAN", None),
        ("Canadian Press - LANGLEY, B.C. (CP) - Police have arrested a man.", "LANGLEY", "B.C."),
        ("MOSCOW, Aug. 18 (Xinhuanet) -- Russian President said.", "MOSCOW", None),
        ("KATMANDU, Nepal The Nepali capital was cut off.", "KATMANDU", "Nepal"),
        ("Hostage Freed. BAGHDAD (AP) - Militants freed a driver.", "BAGHDAD", None),
    ],
)
def test_datelines(text, place, region):
    found = parse_dateline(text)
    assert found is not None
    (start, end), region_span = found
    assert text[start:end] == place
    assert (text[slice(*region_span)] if region_span else None) == region


def test_an_ordinary_first_sentence_is_no_dateline():
    assert parse_dateline("Israel announced plans for 1,000 houses in the West Bank.") is None


# -- resolution in a document ----------------------------------------------------------------


def places_of(nlp, text):
    doc = nlp(text)
    return doc, {m.text: m for m in doc._.places}


def test_dateline_qualifiers_settle_namesakes(nlp):
    _, found = places_of(nlp, "PUNTA GORDA, Fla. - Rescue teams scattered across Florida Monday.")
    assert found["PUNTA GORDA"].place.country == "USA"
    assert found["Fla."].place.name == "Florida"
    _, found = places_of(nlp, "SAN JOSE, Calif. - Google lowered its price range.")
    assert found["SAN JOSE"].place.country == "USA"


def test_the_document_decides_between_a_country_and_a_state(nlp):
    _, found = places_of(nlp, "Georgia accused Russia of shelling villages near Tbilisi.")
    assert found["Georgia"].place.country == "GEO"
    _, found = places_of(nlp, "Storms hit Georgia, where Atlanta lost power.")
    assert found["Georgia"].place.country == "USA"
    assert found["Georgia"].place.precision == "admin1"


def test_an_ambiguity_the_context_cannot_settle_is_marked(nlp):
    _, found = places_of(nlp, "Protesters gathered in Hyderabad on Monday.")
    mention = found["Hyderabad"]
    assert mention.ambiguous
    assert {p.country for p in mention.alternatives} & {"IND", "PAK"}
    _, found = places_of(nlp, "Protesters gathered in Hyderabad, Pakistan, on Monday.")
    assert found["Hyderabad"].place.country == "PAK"
    assert not found["Hyderabad"].ambiguous


def test_names_inside_other_names_are_not_places(nlp):
    _, found = places_of(nlp, "Michael Jordan visited the Washington Post newsroom.")
    assert "Jordan" not in found and "Washington" not in found


# -- events ----------------------------------------------------------------------------------


def trigger_of(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_clause_place_wins_over_a_nearby_one(nlp):
    doc = nlp("Turkish forces are fighting IS in the vicinity of Aleppo, at the town of al-Bab.")
    mention = place_for_event(doc, doc._.places, trigger_of(doc, "fighting"), ["Turkish forces"])
    assert mention.place.name == "Al-Bab"
    assert near(mention.place, 36.37, 37.52)


def test_a_place_that_is_an_actor_is_not_the_location(nlp):
    doc = nlp("Ankara condemned the bombing in Istanbul.")
    mention = place_for_event(doc, doc._.places, trigger_of(doc, "condemned"), ["Ankara"])
    assert mention.place.name == "Istanbul"
    doc = nlp("Ankara condemned Moscow.")
    assert place_for_event(doc, doc._.places, trigger_of(doc, "condemned"), ["Ankara"]) is None


def test_the_dateline_stands_in_when_the_sentence_names_no_place(nlp):
    doc = nlp("KABUL, Afghanistan (Reuters) - Police arrested two men on Monday.")
    mention = place_for_event(doc, doc._.places, trigger_of(doc, "arrested"), ["Police"])
    assert mention.place.name == "Kabul" and mention.place.country == "AFG"


def test_a_locative_modifier_of_the_trigger_places_it(nlp):
    doc = nlp("The Istanbul bombing killed dozens.")
    mention = place_for_event(doc, doc._.places, trigger_of(doc, "bombing"), [])
    assert mention.place.name == "Istanbul"
    assert near(mention.place, *ISTANBUL)


def test_coded_events_carry_their_place(code):
    import gestae

    events = gestae.code(
        "KABUL, Afghanistan (Reuters) - Afghan police arrested Taliban fighters in Herat "
        "on Monday.",
        date="2004-09-15",
    )
    if not events:
        pytest.skip("the coder codes no event in this sentence")
    for event in events:
        assert event["place"].startswith("Her")
        assert event["country"] == "AFG"
        assert event["place_precision"] == "city"
        assert near_point(event, 34.35, 62.2)


def near_point(event, lat, lon, km=25):
    from gestae.places import Place

    place = Place("e", "city", None, event["lat"], event["lon"])
    return distance_km(place, Place("g", "city", None, lat, lon)) <= km


def test_aleppo_events_in_the_example_carry_coordinates():
    import gestae

    text = Path(gestae.example_path()).read_text(encoding="utf-8")
    events = gestae.code(text, date="2016-12-15")
    aleppo = [e for e in events if e["place_text"] == "Aleppo"]
    assert aleppo, "no event of the example is placed in Aleppo"
    for event in aleppo:
        assert event["country"] == "SYR"
        assert near_point(event, *ALEPPO)
    # a place used as an actor never locates its own event
    for event in events:
        if event["place_text"]:
            assert event["place_text"] not in (event["source_text"], event["target_text"])


def test_gdelt_export_fills_the_action_geography():
    import gestae

    events = gestae.code(
        "Turkish forces are actively fighting IS in the immediate vicinity of Aleppo, "
        "at the town of al-Bab.",
        date="2016-12-15",
    )
    placed = [e for e in events if e["lat"] is not None]
    if not placed:
        pytest.skip("the coder codes no event in this sentence")
    row = dict(zip(GDELT_COLUMNS, gdelt_row(placed[0]), strict=True))
    assert row["ActionGeo_FullName"] == placed[0]["place"]
    assert row["ActionGeo_CountryCode"] == "SYR"
    assert row["ActionGeo_Type"] == "4"
    assert abs(float(row["ActionGeo_Lat"]) - 36.37) < 0.3


# -- scoring ---------------------------------------------------------------------------------


@pytest.mark.skipif(not agnews_available(), reason="AG News corpus not available")
def test_score_places_on_a_small_gold_file(tmp_path):
    gold = tmp_path / "places.jsonl"
    rows = [
        {"id": "agn-00034", "place_text": "NAJAF", "place": "Najaf", "country": "IRQ",
         "lat": 32.0, "lon": 44.33, "precision": "city", "start": 0},
        {"id": "agn-00034", "place_text": "Iraq", "place": "Iraq", "country": "IRQ",
         "lat": 33.0, "lon": 43.7, "precision": "country", "start": 7},
    ]  # fmt: skip
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = score_places(gold, corpus=AGNEWS)
    assert result["n"] == 2
    assert result["country_accuracy"] == 1.0 and result["place_accuracy"] == 1.0


@pytest.mark.skipif(not agnews_available(), reason="AG News corpus not available")
def test_score_places_names_a_gold_line_that_does_not_match_its_text(tmp_path):
    gold = tmp_path / "places.jsonl"
    row = {"id": "agn-00034", "place_text": "Baghdad", "place": "Baghdad", "country": "IRQ",
           "lat": 33.3, "lon": 44.4, "precision": "city", "start": 0}  # fmt: skip
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="agn-00034 has 'NAJAF.*' at 0"):
        score_places(gold, corpus=AGNEWS)


def test_resolver_resolves_a_span_the_finder_skipped(nlp):
    doc = nlp("Rebels attacked Presentacion, a town in the Philippines.")
    start = doc.text.index("Philippines")
    mention = PlaceResolver().resolve_span(doc, start, start + len("Philippines"))
    assert mention.place.country == "PHL"


def test_the_gazetteer_is_cached_on_disk_and_reloaded(tmp_path, monkeypatch):
    from gestae import places

    monkeypatch.setenv(places.CACHE_ENV, str(tmp_path))
    places.bundled_gazetteer.cache_clear()
    try:
        built = places.bundled_gazetteer()
        [cached] = list(tmp_path.glob("gazetteer-*.pickle"))
        places.bundled_gazetteer.cache_clear()
        reloaded = places.bundled_gazetteer()
        assert reloaded is not built and len(reloaded) == len(built)
        assert [c.place.country for c in reloaded.lookup("Aleppo")] == [
            c.place.country for c in built.lookup("Aleppo")
        ]
        assert cached.stat().st_size > 0
    finally:
        places.bundled_gazetteer.cache_clear()


def test_a_month_is_a_date_not_a_town():
    import gestae

    text = "Many Iraqis have died since US-led forces invaded the country in March 2003."
    [event] = gestae.code(text, date="2004-10-29")
    assert event["place_text"] != "March" and event["date"] == "2003-03"


def test_conflict_towns_are_known_by_the_spellings_news_uses():
    from gestae.places import bundled_gazetteer

    assert {c.place.country for c in bundled_gazetteer().lookup("Jenin")} == {"PSE"}
    # (and junk alternate names of small towns stay out: "Indiana" is no Brazilian town)
    assert "BRA" not in {c.place.country for c in bundled_gazetteer().lookup("Indiana")}
