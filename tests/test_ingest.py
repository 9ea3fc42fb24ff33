import json

from gestae.ingest import Document, InputProblem, decode, iter_documents


def items(paths, **kw):
    return list(iter_documents([str(p) for p in paths], **kw))


def test_text_file_becomes_a_document_named_after_the_file(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Turkey condemned Russia.", encoding="utf-8")
    [doc] = items([path], date="2016-12-15")
    assert isinstance(doc, Document)
    assert doc.id == "note" and doc.date == "2016-12-15"


def test_bad_inputs_are_named_with_a_reason_and_the_rest_go_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "good.txt").write_text("Russia criticized Turkey.", encoding="utf-8")
    jsonl = tmp_path / "items.jsonl"
    jsonl.write_text(
        json.dumps({"id": "a", "text": "Iran accused Israel."})
        + "\n{broken\n"
        + json.dumps({"id": "b"})
        + "\n",
        encoding="utf-8",
    )
    results = items([tmp_path])
    problems = {
        str(p.input).split("/")[-1]: p.reason for p in results if isinstance(p, InputProblem)
    }
    docs = {d.id for d in results if isinstance(d, Document)}
    assert docs == {"good", "a"}
    assert problems["empty.txt"] == "empty input"
    assert "binary" in problems["noise.bin"]
    assert "malformed JSON" in problems["items.jsonl:2"]
    assert "no 'text'" in problems["items.jsonl:3"]


def test_windows_1252_text_is_detected_not_garbled():
    original = (
        "Turkey’s president said the “deal” with Russia — reached on Tuesday — was final. "
        "Officials in Ankara said the café owners protested."
    )
    assert decode(original.encode("cp1252"), "x") == original


def test_oversized_file_is_refused_by_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    [problem] = items([path], max_bytes=100)
    assert isinstance(problem, InputProblem) and "over the limit" in problem.reason


def test_html_main_text_and_date_are_extracted(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks</title><meta name='date' content='2016-12-14'></head><body>"
        "<nav>Home | About</nav><article><p>Russian President Vladimir Putin and Turkish "
        "President Recep Tayyip Erdogan had a telephone conversation on Wednesday about the "
        "situation in Aleppo, the Kremlin said.</p></article></body></html>",
        encoding="utf-8",
    )
    [doc] = items([page])
    assert "telephone conversation" in doc.text and "Home | About" not in doc.text
    assert doc.date == "2016-12-14"


def test_missing_path_is_a_problem_not_a_crash():
    [problem] = list(iter_documents(["/no/such/file.txt"]))
    assert problem.reason == "no such file or folder"


def test_entities_a_feed_mangled_are_repaired_in_stored_text(tmp_path):
    from gestae.ingest import clean_text, iter_documents

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Police in Burundi #39;s capital quot;broke up quot; a rally."}\n'
        '{"id": "b", "text": "AT&amp;T paid #36;5M; prices rose;  a;b stays."}\n',
        encoding="utf-8",
    )
    texts = [d.text for d in iter_documents([str(feed)])]
    assert texts == [
        'Police in Burundi\'s capital "broke up" a rally.',
        "AT&T paid $5M; prices rose;  a;b stays.",
    ]
    assert clean_text("no entities; here") == "no entities; here"


def test_repaired_quotes_are_not_glued_to_the_word_before():
    from gestae.ingest import clean_text

    text = "Sudan condemned as quot;unfair,quot; and said quot;we will fight quot; today."
    assert clean_text(text) == 'Sudan condemned as "unfair," and said "we will fight" today.'
