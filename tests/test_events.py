def test_passive_with_agent_turns_source_and_target_around(code):
    assert ("TUR", "RUSMIL", "195") in code("A Russian warplane was shot down by Turkey.")


def test_coordinated_subjects_give_one_event_each(code):
    found = code("Germany and France criticized Russia.")
    assert ("DEU", "RUS", "111") in found and ("FRA", "RUS", "111") in found


def test_coordinated_objects_give_one_event_each(code):
    found = code("The U.S. condemned Syria and Iran.")
    assert ("USA", "SYR", "111") in found and ("USA", "IRN", "111") in found


def test_reciprocal_action_gives_both_directions(code):
    found = code("Russia and Turkey negotiated a ceasefire.")
    assert ("RUS", "TUR", "046") in found and ("TUR", "RUS", "046") in found


def test_negated_and_questioned_events_are_not_facts(code):
    assert code("Turkey did not attack Russia.") == []
    assert code("Did Turkey attack Russia?") == []
    assert code("Turkey would attack Russia.") == []


def test_demonym_and_role_noun_make_a_military_actor(code):
    assert ("TURMIL", "RUSMIL", "195") in code("Turkish forces shot down a Russian warplane.")


def test_relative_year_resolves_with_year_precision():
    from gestae import code

    [event] = code(
        "A year ago, the Turkish air force shot down a Russian warplane.", date="2016-12-15"
    )
    assert (event["date"], event["date_precision"]) == ("2015", "year")
    assert event["rule"].startswith("verb 'shoot down'")
