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


def coded(doc_id, text, events=()):
    from gestae.ingest import Document
    from gestae.pipeline import DocResult

    mention = dict(doc_id=doc_id, sentence_index=0, start=0, end=6, text=text[:6])
    mention |= {"kind": "country", "entry": "TUR"}
    document = Document(id=doc_id, text=text, title=None, date="2016-12-15", source="Blög")
    return DocResult(document, list(events), [(0, 0, len(text), text)], [mention])


def an_event(doc_id, **values):
    from gestae.events import Event

    fields = dict(
        id=f"{doc_id}-e", doc_id=doc_id, sentence_index=0, text="Türkiye condemned “Russia”.",
        start=0, end=26, source="TUR", source_text="Türkiye", target="RUS",
        target_text="Russia", code="111", root="11", event_name="Criticize or denounce",
        goldstein=-2.0, quad_class=3, plover=None, date="2016-12-13", date_precision="day",
    )  # fmt: skip
    return Event(**(fields | values))


def test_written_rows_read_back_unchanged(tmp_path):
    voices = [{"who": "Ömer", "code": None, "kind": "speaker"}]
    events = [
        an_event("a", attribution=voices, lat=36.2, lon=37.15, place="Aleppo", confidence=0.7),
        an_event("a", id="a-2", goldstein=3, plover=None, date=None, date_precision=None),
    ]
    with Store(tmp_path / "x.duckdb") as store:
        store.write([coded("a", "Türkiye condemned “Russia”.", events), coded("b", "Nothing.")])
        stored = store.events()
        document = store.document("a")
        mentions = store.con.execute("SELECT doc_id, text, entry FROM actor_mentions").fetchall()
    by_id = lambda e: e["id"]  # noqa: E731
    assert sorted(stored, key=by_id) == sorted((e.to_dict() for e in events), key=by_id)
    assert document["source"] == "Blög" and document["n_events"] == 2
    assert str(document["date"]) == "2016-12-15" and document["title"] is None
    assert sorted(mentions) == [("a", "Türkiy", "TUR"), ("b", "Nothin", "TUR")]


def test_a_batch_replaces_the_rows_of_the_documents_it_stores_again(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.write([coded("a", "First text.", [an_event("a")]), coded("b", "Other.")])
        store.write([coded("a", "Second text."), coded("c", "New.", [an_event("c")])])
        counts = store.counts()
        texts = dict(store.con.execute("SELECT doc_id, text FROM documents").fetchall())
        events = [e["doc_id"] for e in store.events()]
    assert texts == {"a": "Second text.", "b": "Other.", "c": "New."}
    assert counts["sentences"] == 3 and counts["actor_mentions"] == 3
    assert events == ["c"]
