"""Ranking: exact concept, then narrower, then a text mention; departments first; stable ties."""

from __future__ import annotations

import json

from helpers import (
    department,
    ids,
    ranked_for,
    with_term,
)


def test_ranking_exact_before_narrower_and_departments_before_hospitals(find_json):
    hits = find_json("hyperthermia")
    expected = with_term("treatments", "hyperthermia")
    assert {h["id"] for h in hits} == {r["id"] for r in expected}
    departments = [h["score"] for h in hits if h["kind"] == "department"]
    assert departments == sorted(departments, reverse=True)
    narrower = [r for r in expected if "hyperthermia" not in r["treatments"]]
    assert narrower, "the data should have a record matching only through HIPEC"
    assert ids(hits) == ranked_for("treatments", "hyperthermia", expected)


def test_ranking_exact_then_narrower_then_text_departments_first(make_db, invoke):
    db = make_db(
        [
            department("x/text-only", "Skin Cancer Notes Clinic"),  # mentions it, lists nothing
            department("x/narrower", "Mole Clinic", cancers=["melanoma"]),
            department("x/exact", "Dermatology", cancers=["skin cancer"]),
            {**department("x-hospital", "A Hospital", kind="hospital"), "cancers": ["skin cancer"]},
        ]
    )
    code, out, err = invoke("--db", str(db), "--no-bundled", "find", "skin cancer", "--format", "json")
    assert code == 0, err
    hits = json.loads(out)
    # A department matching a narrower term outranks a hospital-wide statement.
    assert [h["id"] for h in hits] == ["x/exact", "x/narrower", "x-hospital"]
    assert [h["score"] for h in hits] == [3, 2, 3]
    code, out, _ = invoke("--db", str(db), "--no-bundled", "find", "notes clinic", "--format", "json")
    assert [h["score"] for h in json.loads(out)] == [1]


def test_ties_are_stable_by_name_then_id(find_json):
    first = [h["id"] for h in find_json("surgery")]
    assert first == [h["id"] for h in find_json("surgery")]
    expected = with_term("treatments", "surgery")
    assert first == ranked_for("treatments", "surgery", expected)
