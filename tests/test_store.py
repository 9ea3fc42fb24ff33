import duckdb

from gestae import Store, ingest


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_ingest_stores_events_a_user_can_query_with_duckdb(tmp_path):
    db = tmp_path / "x.duckdb"
    doc = write(tmp_path, "a.txt", "Germany and France criticized Russia on Tuesday.")
    with Store(db) as store:
        report = ingest([doc], store, date="2016-12-15")
    assert report.stored == 1 and report.events == 2
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT source, target, code, date FROM events ORDER BY source").fetchall()
    assert rows == [("DEU", "RUS", "111", "2016-12-13"), ("FRA", "RUS", "111", "2016-12-13")]


def test_ingesting_the_same_file_again_adds_nothing(tmp_path):
    doc = write(tmp_path, "a.txt", "Iran accused Israel of sabotage.")
    with Store(tmp_path / "x.duckdb") as store:
        first = ingest([doc], store)
        second = ingest([doc], store)
        counts = store.counts()
    assert first.stored == 1 and second.stored == 0 and second.skipped == 1
    assert counts["documents"] == 1 and counts["events"] == first.events


def test_changed_text_under_the_same_id_replaces_the_old_rows(tmp_path):
    path = write(tmp_path, "a.txt", "Iran accused Israel of sabotage.")
    with Store(tmp_path / "x.duckdb") as store:
        ingest([path], store)
        write(tmp_path, "a.txt", "Israel criticized Iran.")
        ingest([path], store)
        rows = store.events()
        assert store.counts()["documents"] == 1
    assert [(e["source"], e["target"]) for e in rows] == [("ISR", "IRN")]


def test_filters_match_actor_prefixes_and_roots(tmp_path):
    doc = write(
        tmp_path, "a.txt", "Turkish forces attacked Syrian rebels. Russia criticized Germany."
    )
    with Store(tmp_path / "x.duckdb") as store:
        ingest([doc], store)
        assert {e["source"] for e in store.events(source="TUR")} == {"TURMIL"}
        assert {e["code"][:2] for e in store.events(root="11")} == {"11"}
