"""The query index answers exactly as a full load: find, show and list, in every format.

The index only narrows which records a query looks at; search and browse then run on those
records as they would on all of them. These tests compare the two on a table of queries over
the bundled directory plus a generated user database (the ``big_db`` fixture).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import answer_or_error, index_files, open_index
from hypothesis import given, settings
from hypothesis import strategies as st

from oncodir import browse, explain, narrow, search
from oncodir.directory import departments_of
from oncodir.models import SEARCHED, covering_text, record_text
from oncodir.query import Criterion, Query
from oncodir.storage import index
from oncodir.storage.read import load

QUERIES: list[list[tuple[str, str | None]]] = [
    [("melanoma", None)],
    [("skin cancer", None)],
    [("lung cancer", None), ("chemotherapy", None)],
    [("gastric cancer", "cancer"), ("beijing", "city")],
    [("surgery", "treatment"), ("Zhejiang", None)],
    [("hangzhou", None)],
    [("杭州", None), ("胃癌", None)],
    [("Atlantis", "city")],
    [("atlantis", None)],
    [("Royal", "hospital")],
    [("Replaced Hospital Zero", "hospital")],
    [("bench-h3", "hospital"), ("breast cancer", None)],
    [("Beijing Cancer Hospital", "hospital")],
    [("tumour board", None)],
    [("wang", None)],
    [("screening", None)],
    [("nothingatall", None)],
    [("notes", "cancer")],
    [("related tumours", "cancer")],
    [("化疗", None)],
    [("after quietly", None)],
    [("full", None)],
    [("edge", None)],
    [("Nul", "hospital")],
    [("melanoma", None), ("melanoma", None)],
    # main's search (issue 12): parts of compounds, hospitals by any name, people in any order, capitals
    [("colon cancer", None)],
    [("rectal cancer", "cancer"), ("hangzhou", None)],
    [("北京肿瘤医院", None)],
    [("CHUCAS", None)],
    [("Peking University Cancer Hospital", "hospital"), ("gastric cancer", None)],
    [("Fang Meiyu", None)],
    [("meiyu fang", None)],
    [("Kelly O'Brien", None)],
    [("TES", None)],
    [("international patients", None)],
    [("chemotherapy", "cancer")],
    [("melanoma", None), ("Atlantis", "city")],
]


def _criteria(q: list[tuple[str, str | None]]) -> list[Criterion]:
    return [Criterion(text, field) for text, field in q]


def _found(idx: index.Index, query: Query) -> list[dict[str, Any]]:
    """search.find over the index's candidates, the results completed (narrow.finish: whole
    results from slim ones), as every format but compact JSON reads them."""
    found = narrow.for_find(idx, query)
    return narrow.finish(idx, found, search.find(found, query))


@pytest.mark.parametrize("bundled", [True, False])
def test_find_through_the_index_equals_a_full_load(big_db, bundled):
    full = load(str(big_db), bundled=bundled)
    idx = open_index(str(big_db), bundled)
    assert isinstance(idx, index.Index)
    total = 0
    for q in QUERIES:
        for near, kind, sort in ((None, None, None), ("shanghai", None, None), (None, "hospital", "name")):
            query = Query(_criteria(q), near=near, kind=kind, sort=sort)
            expected = answer_or_error(lambda query=query: search.find(full, query))
            got = answer_or_error(lambda query=query: _found(idx, query))
            assert got == expected, q
            total += len(expected[1]) if expected[0] == "ok" else 0
            # the answer, or why there is none, as explain gives it over every record
            expected = answer_or_error(lambda query=query: explain.answer(full, query))
            assert answer_or_error(lambda query=query: narrow.answer(idx, query)) == expected, q
    assert total > 500


def test_lookup_and_facets_through_the_index_equal_a_full_load(big_db):
    full = load(str(big_db))
    idx = open_index(str(big_db), True)
    assert isinstance(idx, index.Index)
    names = ["bench-h7/d7", "bench-h7", "BENCH-H7", "The Royal Melanoma Clinic", "royal melanoma", "Skin",
             "Zhejiang Cancer Hospital", "CHUCAS", "Radiation Oncology", "nothing like it", "Medical Oncology 12",
             "肿瘤内科", "the", "bench-h0"]  # fmt: skip
    for kind in (None, "hospital", "department"):
        for name in names:
            expected = answer_or_error(lambda name=name, kind=kind: browse.lookup(full, name, kind))
            got = answer_or_error(
                lambda name=name, kind=kind: browse.lookup(narrow.for_lookup(idx, [name], kind), name, kind)
            )
            assert got == expected, (name, kind)
    for what in index.FACETS:
        assert idx.facet(what) == browse.facet(full, what)
    hospital = browse.lookup(full, "bench-h7")
    shown = narrow.with_departments(idx, [hospital])
    assert departments_of(shown, "bench-h7") == departments_of(full, "bench-h7")
    assert idx.record_names() == full.record_names()


def test_facet_counts_equal_a_walk_over_records(big_db):
    directory = load(str(big_db))
    for what in ("cancers", "treatments"):
        fname, kind = what, what[:-1]
        expected = {}
        for term, concept in directory.vocabulary.concepts.items():
            if concept.kind != kind:
                continue
            closure = {*directory.vocabulary.narrower(term), *directory.vocabulary.wholes(term)}
            total = sum(1 for r in directory.records if closure & set(r.get(fname) or []))
            direct = sum(1 for r in directory.records if term in (r.get(fname) or []))
            if total:
                expected[term] = (total, direct)
        rows = browse.facet(directory, what)
        assert {r["term"]: (r["records"], r["direct"]) for r in rows} == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), min_size=len(SEARCHED), max_size=len(SEARCHED)))
def test_covering_text_holds_every_field_of_the_search_text(values):
    record = dict(zip(SEARCHED, values, strict=True))
    record["aliases"] = [values[1], "x & y"]
    covering = covering_text(record)
    for name in SEARCHED:
        assert record_text(record, name) in covering


def test_covering_text_on_real_and_generated_records(big_db):
    for record in load(str(big_db)).records:
        covering = covering_text(record)
        assert all(record_text(record, name) in covering for name in SEARCHED)


# --- the command line: the same bytes on both paths ---------------------------------------

CLI_QUERIES: list[tuple[str, ...]] = [
    ("find", "melanoma"),
    ("find", "melanoma", "--format", "json"),
    ("find", "skin", "cancer", "--format", "jsonl"),
    ("find", "melanoma", "--format", "table"),
    ("find", "lung cancer", "--treatment", "chemotherapy", "--format", "csv"),
    ("find", "--cancer", "gastric cancer", "--city", "beijing"),
    ("find", "hipec in hangzhou"),
    ("find", "杭州化疗"),
    ("find", "--city", "Atlantis", "--format", "json"),
    ("find", "--hospital", "Royal", "--format", "json"),
    ("find", "breast cancer", "--hospital", "bench-h3", "--fields", "id,name,origin,score", "--format", "json"),
    ("find", "melanoma", "--near", "shanghai", "--within", "800", "--format", "tsv"),
    ("find", "tumour board", "--limit", "7", "--format", "ids"),
    ("find", "wang", "--format", "ids"),
    ("find", "--cancer", "related tumours", "--format", "ids"),
    ("find", "melanomma"),
    ("find", "Medical Oncology 12x"),
    ("find", "nothingatall"),
    ("find", ""),
    ("find", "melanoma", "--near", "atlantis"),
    ("show", "bench-h7"),
    ("show", "bench-h7", "--format", "json"),
    ("show", "bench-h7", "--format", "table"),
    ("show", "BENCH-H7/D7", "--format", "json"),
    ("show", "The Royal Melanoma Clinic", "--fields", "id,origin"),
    ("show", "department", "Skin"),
    ("show", "hospital", "Royal"),
    ("show", "Radiation Oncology"),
    ("show", "Medical Oncology 1272x"),
    ("show", "Zhejiang Cancer Hospital", "--format", "table"),
    ("show", "hospital", "--format", "json"),
    ("show", "department", "--format", "ids"),
    ("list", "hospitals"),
    ("list", "departments", "--format", "json"),
    ("list", "cancers", "--format", "json"),
    ("list", "treatments"),
    ("list", "cities", "--format", "table"),
    # main's search (issue 12) through the index: parts, hospital names, set-aside words, --kind, --sort
    ("find", "colon", "cancer", "--format", "json"),
    ("find", "where can I get rectal cancer surgery in hangzhou", "--format", "jsonl"),
    ("find", "北京肿瘤医院", "--format", "json"),
    ("find", "CHUCAS", "--kind", "department", "--format", "tsv"),
    ("find", "--hospital", "Peking University Cancer Hospital", "--sort", "name", "--format", "csv"),
    ("find", "Fang", "Meiyu", "--format", "json"),
    ("find", "Kelly", "O'Brien"),
    ("find", "where", "can", "I"),
    ("find", "melanoma", "--kind", "hospital", "--sort", "beds", "--format", "json"),
    ("find", "melanoma", "--near", "shanghai", "--sort", "distance", "--kind", "department"),
    ("find", "--cancer", "chemotherapy"),
    ("find", "melanoma", "--city", "Atlantis"),
    ("find", "international patients", "--format", "json"),
    ("find", "tumour", "board", "--format", "json"),
    ("find", "Medical Oncology", "--format", "json"),
    ("show", "Peking University Cancer Hospital"),
    ("list", "cancer", "--all", "--format", "json"),
]


@pytest.mark.parametrize("bundled", [True, False])
def test_every_command_prints_the_same_bytes_with_and_without_the_index(big_db, invoke, bundled):
    base = ["--db", str(big_db)] + ([] if bundled else ["--no-bundled"])
    ids = invoke(*base, "find", "cancer", "--format", "ids", env={"ONCODIR_INDEX": "0"})[1]
    stdin = "\n".join([*ids.split()[:3000], "bench-h7", "bench-h7", "Royal Melanoma"]) + "\n"
    for args in [*CLI_QUERIES, ("show", "-", "--format", "jsonl")]:
        extra = {"input": stdin} if args[:2] == ("show", "-") else {}
        expected = invoke(*base, *args, env={"ONCODIR_INDEX": "0"}, **extra)
        got = invoke(*base, *args, **extra)
        assert got == expected, args
    assert index_files(), "the index was used"
