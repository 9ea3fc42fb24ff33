import json
from pathlib import Path

import pytest

from gestae import api
from gestae.ingest import Document
from gestae.pipeline import (
    EVENT_STAGES,
    _sentence_at,
    pack,
    prepare,
    process,
    process_parallel,
    to_result,
    unpack,
)
from gestae.store import Store

EXAMPLE = Path(api.example_path()).read_text(encoding="utf-8")
TEXTS = [
    "Turkey condemned Russia on Monday. Germany and France criticized Syria.",
    "The U.S. condemned Syria and Iran on Monday.",
    "Turkish forces attacked Syrian rebels near Aleppo.",
    "Nothing political happened at the bakery today.",
]


def documents() -> list[Document]:
    docs = [Document(id="example", text=EXAMPLE, date=api.EXAMPLE_DATE)]
    docs += [Document(id=f"t{i}", text=t, date="2016-12-15") for i, t in enumerate(TEXTS)]
    return docs


@pytest.fixture(scope="module")
def coded(nlp) -> list:
    return list(process(documents()))


def as_rows(results) -> list:
    return [
        (r.document.id, [e.to_dict() for e in r.events], r.sentences, r.mentions) for r in results
    ]


def test_a_packed_result_unpacks_to_the_same_result(coded):
    for result in coded:
        again = unpack(result.document, pack(result))
        assert as_rows([again]) == as_rows([result])
        assert "text" not in repr(pack(result)[0])  # sentence spans travel without their text


def test_workers_give_the_same_results_in_input_order(coded):
    docs = documents()
    alone = as_rows(coded)
    together = as_rows(process_parallel(iter(docs), workers=2, chunk_size=1))
    assert [row[0] for row in together] == [d.id for d in docs]
    assert together == alone
    assert any(row[1] for row in alone)  # the comparison covers events, not only empty lists


def test_documents_without_events_skip_only_the_stages_that_annotate_events(
    nlp, coded, monkeypatch
):
    calls = []
    for name in EVENT_STAGES:
        kind = type(nlp.get_pipe(name))

        def counted(self, doc, _call=kind.__call__, _name=name):
            calls.append(_name)
            return _call(self, doc)

        monkeypatch.setattr(kind, "__call__", counted)
    again = list(process(documents()))
    monkeypatch.undo()
    with_events = sum(1 for r in again if r.events)
    assert 0 < with_events < len(again)  # the bakery has no event
    assert sorted(calls) == sorted(list(EVENT_STAGES) * with_events)
    # Every stage on every document (spaCy's own nlp()) codes exactly the same.
    whole = [to_result(nlp(prepare(nlp.make_doc(d.text), d)), d) for d in documents()]
    assert as_rows(again) == as_rows(whole) == as_rows(coded)


def test_the_vocabulary_does_not_grow_with_the_documents(nlp):
    process_list = lambda texts: list(  # noqa: E731
        process([Document(id=str(i), text=t) for i, t in enumerate(texts)])
    )
    process_list(TEXTS)
    before = len(nlp.vocab.strings)
    novel = [f"Qzxv{i}ban Wropt{i}lik met Turkey in Ankara{i}." for i in range(100)]
    results = process_list(novel)
    assert len(nlp.vocab.strings) - before < 50
    assert results[7].sentences[0][3] == novel[7]  # results outlive the memory zone


def test_sentence_of_a_character_offset():
    starts = [0, 10, 25]
    assert [_sentence_at(starts, c) for c in (0, 9, 10, 24, 25, 400)] == [0, 0, 1, 1, 2, 2]
    assert _sentence_at([], 5) == 0


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_commits_in_batches_and_stores_what_the_pipeline_coded(tmp_path, coded, workers):
    feed = tmp_path / "feed.jsonl"
    records = [{"id": d.id, "text": d.text, "date": d.date} for d in documents()]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    writes = []
    with Store(tmp_path / "g.duckdb") as store:
        original = store.write
        store.write = lambda results: (writes.append(len(results)), original(results))
        report = api.ingest([str(feed)], store, workers=workers, write_batch=2, write_interval=3600)
        events = store.events()
    assert report.stored == 5 and writes == [2, 2, 1]
    expected = [e.to_dict() for r in coded for e in r.events]
    assert report.events == len(expected) > 0
    key = lambda e: (e["doc_id"], e["start"], e["source"], e["target"], e["code"])  # noqa: E731
    assert sorted(map(key, events)) == sorted(map(key, expected))


def test_a_dateline_city_is_placed_by_the_gazetteer_when_the_actor_kb_lacks_it():
    from gestae.pipeline import dateline_country

    assert dateline_country("TORONTO (Reuters) - Police said.") == "CAN"
    assert dateline_country("Canadian Press - LANGLEY, B.C. (CP) - Police said.") == "CAN"
    assert dateline_country("SAMARRA, Iraq (Reuters) - Police said.") == "IRQ"
    assert dateline_country("Reuters - A bomb exploded.") is None
    # after a headline; not at the seat of an international body
    assert dateline_country("Gutierrez Held. QUITO (Reuters) - Police said.") == "ECU"
    assert dateline_country("GENEVA (Reuters) - A U.N. mission said.") is None


def test_no_module_constant_is_bound_twice():
    # A second binding of a constant silently replaces the first for every rule that reads it
    # (ruff does not flag it); each stage's constants are bound once.
    import ast
    from pathlib import Path

    import gestae

    for path in Path(gestae.__file__).parent.glob("*.py"):
        names = [
            target.id
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name) and target.id.isupper()
        ]
        # (and module functions: a second "def" of a name replaces the first as silently)
        names += [
            node.name for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.FunctionDef)
        ]
        twice = sorted({name for name in names if names.count(name) > 1})
        assert not twice, (path.name, twice)
