import json

import pytest
from click.testing import CliRunner

import gestae
from gestae.cli import main
from gestae.evaluate import (
    GoldError,
    attach_texts,
    evaluate,
    load_gold,
    primary,
    score,
    slice_ids,
)


def gold_event(source, target, code, alt=()):
    return {"source": source, "target": target, "code": code, "alt_codes": list(alt)}


def pred_event(source, target, code, rule="test rule"):
    return {"source": source, "target": target, "code": code, "rule": rule, "text": "s."}


def test_primary_is_the_country_for_domestic_actors_and_the_whole_code_for_international():
    assert primary("TURGOV") == "TUR"
    assert primary("TUR") == "TUR"
    for code in ("IGOUNO", "IMGISIS", "NGOAMN", "MNCXYZ"):
        assert primary(code) == code


def test_actors_match_at_the_primary_level_and_roles_are_scored_apart():
    gold = [{"id": "a", "events": [gold_event("TURGOV", "RUSMIL", "111")]}]
    report = score(gold, {"a": [pred_event("TURMIL", "RUS", "111")]})
    assert (report["tp"], report["fp"], report["fn"]) == (1, 0, 0)
    assert report["f1"] == 1.0
    assert report["full_code_accuracy"] == 1.0
    assert report["role_accuracy"] == 0.0


def test_international_actors_need_the_whole_code():
    gold = [{"id": "a", "events": [gold_event("IGOUNO", "SYRGOV", "112")]}]
    report = score(gold, {"a": [pred_event("IGONATO", "SYRGOV", "112")]})
    assert (report["tp"], report["fp"], report["fn"]) == (0, 1, 1)
    report = score(gold, {"a": [pred_event("IGOUNO", "SYR", "112")]})
    assert report["tp"] == 1 and report["role_accuracy"] == 0.0


def test_root_of_an_alt_code_matches_and_the_full_code_is_scored_separately():
    gold = [{"id": "a", "events": [gold_event("RUS", "TUR", "043", alt=["036"])]}]
    alt_root = score(gold, {"a": [pred_event("RUS", "TUR", "030")]})
    assert alt_root["tp"] == 1 and alt_root["full_code_accuracy"] == 0.0
    assert alt_root["per_root"]["03"]["tp"] == 1
    [error] = alt_root["errors"]
    assert error["kind"] == "wrong_code"
    exact_alt = score(gold, {"a": [pred_event("RUS", "TUR", "036")]})
    assert exact_alt["full_code_accuracy"] == 1.0
    wrong_root = score(gold, {"a": [pred_event("RUS", "TUR", "111")]})
    assert wrong_root["tp"] == 0 and wrong_root["per_root"]["11"]["fp"] == 1
    assert wrong_root["per_root"]["04"]["fn"] == 1


def test_each_gold_event_is_matched_once():
    gold = [{"id": "a", "events": [gold_event("USA", "IRQ", "190")]}]
    report = score(gold, {"a": [pred_event("USAMIL", "IRQ", "190")] * 2})
    assert (report["tp"], report["fp"], report["fn"]) == (1, 1, 0)
    assert report["precision"] == 0.5 and report["recall"] == 1.0


def test_matching_is_maximal_and_prefers_full_code_matches():
    # A greedy first-come matching would pair the first prediction with the first gold event
    # and leave the second gold event unmatched.
    gold = [
        {
            "id": "a",
            "events": [
                gold_event("RUS", "TUR", "043", alt=["036"]),
                gold_event("RUS", "TUR", "036"),
            ],
        }
    ]
    report = score(gold, {"a": [pred_event("RUS", "TUR", "036"), pred_event("RUS", "TUR", "043")]})
    assert report["tp"] == 2 and report["full_code_accuracy"] == 1.0
    # One prediction, two gold events it matches at root level: it takes the one whose full
    # code it has (the second), not the first one met.
    root_only, full = gold_event("RUS", "TUR", "043", alt=["030"]), gold_event("RUS", "TUR", "036")
    for events in ([root_only, full], [full, root_only]):
        report = score([{"id": "a", "events": events}], {"a": [pred_event("RUS", "TUR", "036")]})
        assert report["tp"] == 1 and report["full_code_accuracy"] == 1.0
        [miss] = report["errors"]
        assert miss["kind"] == "miss" and miss["gold"]["code"] == "043"


def test_texts_with_no_gold_events_count_only_false_positives_and_micro_average():
    gold = [
        {"id": "empty", "topic": "sports", "events": []},
        {"id": "one", "topic": "world", "events": [gold_event("ISR", "PSE", "190")]},
        {"id": "quiet", "topic": "business", "events": []},
    ]
    predictions = {
        "empty": [pred_event("USA", "GBR", "010"), pred_event("USA", "FRA", "010")],
        "one": [pred_event("ISRMIL", "PSEREB", "195")],
    }
    report = score(gold, predictions)
    assert (report["tp"], report["fp"], report["fn"]) == (1, 2, 0)
    assert report["precision"] == pytest.approx(1 / 3)
    assert report["recall"] == 1.0
    assert (report["n_gold"], report["n_pred"], report["n_texts"]) == (1, 3, 3)
    assert report["non_world"]["n_texts"] == 2
    assert report["non_world"]["spurious_per_text"] == 1.0
    kinds = sorted(e["kind"] for e in report["errors"])
    assert kinds == ["false_positive", "false_positive", "wrong_code"]
    assert all(e["predicted"]["rule"] == "test rule" for e in report["errors"])


def test_missed_events_are_listed_and_nothing_predicted_gives_zero_not_an_error():
    gold = [{"id": "a", "events": [gold_event("TUR", "RUS", "057")]}]
    report = score(gold, {})
    assert (report["precision"], report["recall"], report["f1"]) == (0.0, 0.0, 0.0)
    assert report["full_code_accuracy"] is None
    assert report["errors"][0]["kind"] == "miss"
    assert report["non_world"] is None


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_texts_given_by_id_are_looked_up_in_the_corpus(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl(
        corpus,
        [
            {"id": "n1", "title": "t", "text": "Russia criticized Turkey.", "topic": "world"},
            {"id": "n2", "title": "t", "text": "The Yankees won again.", "topic": "sports"},
        ],
    )
    gold = tmp_path / "gold.jsonl"
    write_jsonl(
        gold,
        [
            {"id": "n1", "date": None, "events": [gold_event("RUS", "TUR", "111")]},
            {"id": "n2", "date": None, "events": []},
            {"id": "inline", "text": "Own text.", "date": "2016-12-15", "events": []},
        ],
    )
    items = load_gold(gold)
    attach_texts(items, corpus)
    assert [i["text"] for i in items] == [
        "Russia criticized Turkey.",
        "The Yankees won again.",
        "Own text.",
    ]
    assert [i.get("topic") for i in items] == ["world", "sports", None]
    write_jsonl(gold, [{"id": "n3", "events": []}])
    with pytest.raises(GoldError, match=r"corpus\.jsonl: 1 gold ids are not in the corpus.*n3"):
        attach_texts(load_gold(gold), corpus)
    with pytest.raises(GoldError, match="no such corpus file"):
        attach_texts(load_gold(gold), tmp_path / "nowhere.jsonl")


def test_bad_gold_lines_are_named(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "events": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.jsonl:2: malformed JSON"):
        load_gold(gold)
    write_jsonl(gold, [{"id": "a", "events": [{"source": "TUR", "code": "111"}]}])
    with pytest.raises(GoldError, match=r"gold\.jsonl:1: event 1 has no 'target'"):
        load_gold(gold)
    write_jsonl(gold, [{"id": "a", "date": "15/12/2016", "events": []}])
    with pytest.raises(GoldError, match="not YYYY-MM-DD"):
        load_gold(gold)
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold(tmp_path / "missing.jsonl")


def test_slices_come_from_the_ids_file(tmp_path):
    ids = tmp_path / "agnews-ids.tsv"
    ids.write_text("id\tslice\na\theldout\nb\tdev\nc\tdev\n", encoding="utf-8")
    assert slice_ids("dev", ids) == {"b", "c"}
    with pytest.raises(GoldError, match=r"no slice 'test' \(slices: dev, heldout\)"):
        slice_ids("test", ids)


INLINE_GOLD = [
    {
        "id": "g1",
        "text": "Russia criticized Turkey on Monday.",
        "date": "2016-12-15",
        "topic": "world",
        "events": [gold_event("RUS", "TUR", "111")],
    },
    {
        "id": "g2",
        "text": "Germany and France criticized Russia.",
        "date": "2016-12-15",
        "topic": "world",
        "events": [gold_event("DEU", "RUS", "111"), gold_event("FRA", "RUS", "111")],
    },
    {
        "id": "g3",
        "text": "The Red Sox beat the Yankees 5-3 on Sunday.",
        "date": None,
        "topic": "sports",
        "events": [],
    },
]


def test_gestae_eval_json_scores_the_coded_texts(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, INLINE_GOLD)
    result = CliRunner().invoke(main, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for key in ("precision", "recall", "f1", "full_code_accuracy", "role_accuracy", "per_root"):
        assert key in report
    assert (report["n_texts"], report["n_gold"]) == (3, 3)
    assert "errors" not in report
    # The command scores what the Python API codes, text by text with each text's date.
    predictions = {i["id"]: gestae.code(i["text"], date=i["date"]) for i in INLINE_GOLD}
    expected = score(INLINE_GOLD, predictions)
    assert report["n_pred"] == expected["n_pred"]
    assert (report["tp"], report["fp"], report["fn"]) == (
        expected["tp"],
        expected["fp"],
        expected["fn"],
    )
    assert report["tp"] >= 1  # plain "X criticized Y" sentences are within the coder's reach


def test_gestae_eval_reads_an_ingested_database_and_names_missing_ids(tmp_path):
    gold = tmp_path / "gold.jsonl"
    write_jsonl(gold, INLINE_GOLD)
    feed = tmp_path / "feed.jsonl"
    write_jsonl(feed, [{k: i[k] for k in ("id", "text", "date")} for i in INLINE_GOLD[:2]])
    db = tmp_path / "g.duckdb"
    with gestae.Store(db) as store:
        gestae.ingest([str(feed)], store, workers=1)
    from_db = evaluate(gold, db=db, ids=["g1", "g2"])
    coded = evaluate(gold, ids=["g1", "g2"])
    assert (from_db["tp"], from_db["fp"], from_db["fn"]) == (coded["tp"], coded["fp"], coded["fn"])
    result = CliRunner().invoke(main, ["eval", str(gold), "--db", str(db)])
    assert result.exit_code == 2
    assert "g3" in result.output and "not documents in the database" in result.output


def test_gestae_eval_errors_lists_false_positives_with_their_rule(tmp_path):
    gold = tmp_path / "gold.jsonl"
    # Gold that says nothing happened: whatever the coder finds is a false positive.
    write_jsonl(gold, [dict(INLINE_GOLD[0], events=[])])
    result = CliRunner().invoke(main, ["eval", str(gold), "--errors"])
    assert result.exit_code == 0, result.output
    assert "g1: Russia criticized Turkey on Monday." in result.output
    assert "FP     RUS -> TUR" in result.output and "rule: " in result.output
