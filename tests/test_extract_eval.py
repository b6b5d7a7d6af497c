"""The extract evaluation set: no false claim on the tuning pages, and floors on key-field accuracy.

Scored as score.py scores (its docstring has the rules), with the directory's hospital records for the rule on
the hospital a draft identified.

Runs the scorer's own comparison (tests/extract_eval/compare.py) on drafts made in this process from
the labelled pages in ../shared/pages (missing, it fails under CI: see helpers.shared_dir). Speed is
measured by tests/benchmarks/extract_speed.py, not here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import shared_dir

from oncodir.extract import draft
from oncodir.storage import read

EVAL = Path(__file__).resolve().parent / "extract_eval"
sys.path.insert(0, str(EVAL))

import compare  # noqa: E402


def _score(labels: Path, pages: Path) -> dict[str, list[Any]]:
    """Each labelled page's score, by split."""
    directory = read.load()
    hospitals = {str(r["id"]): dict(r) for r in directory.records if r.get("kind") == "hospital"}
    out: dict[str, list[Any]] = {"tune": [], "heldout": [], "tune2": []}
    for label in json.loads(labels.read_text(encoding="utf-8")):
        text = (pages / label["file"]).read_text(encoding="utf-8")
        record = json.loads(json.dumps(draft(text, label["file"], directory)))
        out.setdefault(label["split"], []).append(compare.score_page(label, compare.Draft(record), hospitals))
    return out


@pytest.fixture(scope="module")
def results() -> dict[str, list[Any]]:
    return _score(EVAL / "labels.json", shared_dir("pages"))


@pytest.fixture(scope="module")
def invented() -> dict[str, list[Any]]:
    return _score(EVAL / "synthetic" / "labels.json", EVAL / "synthetic" / "pages")


def _accuracy(results: list[Any]) -> float:
    stats = [r.fields[f] for r in results for f in compare.FIELDS]
    return float(sum(s.pages_right for s in stats) / sum(s.pages for s in stats))


def test_no_false_claim_on_the_tuning_pages(results):
    assert [c for r in results["tune"] for c in r.false_claims] == []
    # tune2: 15 pages labelled before extract ever ran on them (5 false claims then), tuned on since
    assert [c for r in results["tune2"] for c in r.false_claims] == []


def test_key_field_accuracy_floors(results):
    # Measured: tune 99.5% (215 of 216 page-field pairs), held-out 100%, tune2 95.8% (115 of 120)
    # (README, "How good is extract").
    assert _accuracy(results["tune"]) >= 0.99
    assert _accuracy(results["heldout"]) >= 1.0
    assert _accuracy(results["tune2"]) >= 0.95


def test_no_false_claim_on_the_held_out_pages(results):
    # Measured on the held-out pages: none (they were tuned on since). Not a promise for unseen pages.
    assert [c for r in results["heldout"] for c in r.false_claims] == []


def test_the_last_unseen_pages_stay_as_measured(results):
    # split "final": 12 pages labelled before extract ever ran on them. First contact: 83.3% of key
    # fields, 2 false claims (a hospital post read as the department's director; "radio-surgery" read
    # as surgery). Tuned on since (issue 10's last round): 100%, no false claim. A guard, not a promise.
    assert len(results["final"]) == 12
    assert _accuracy(results["final"]) >= 0.98
    assert [c for r in results["final"] for c in r.false_claims] == []


def test_the_pages_labelled_by_someone_who_never_ran_extract(results):
    # split "tune3": 19 pages labelled by someone who never ran extract. First contact: 90.8% of key fields,
    # 4 false claims (a generic "Cancer Hospital" taken as the hospital; cancers another unit took over; a
    # possessive kept in a name). Tuned on since: 94.7%, no false claim. A guard, not a promise.
    assert len(results["tune3"]) == 19
    assert _accuracy(results["tune3"]) >= 0.93
    assert [c for r in results["tune3"] for c in r.false_claims] == []


def test_the_second_unseen_set_stays_as_measured(results):
    # split "final2": 10 pages labelled by someone who never ran extract, kept out of two tuning rounds.
    # First contact (after both rounds): 86.2% of key fields, 6 false claims (treatments of MDT guests and
    # of the field as a whole; treatments patients had before a TCM department's care). Fixed in general
    # since: 88.8%, no false claim. A guard, not a promise.
    assert len(results["final2"]) == 10
    assert _accuracy(results["final2"]) >= 0.875
    assert [c for r in results["final2"] for c in r.false_claims] == []


def test_the_invented_pages_stay_as_measured(invented):
    # synthetic/: pages written and labelled by people who never ran extract, in the style of English pages of
    # Chinese hospitals and of hospitals abroad. Each set was first met unseen: synthetic 60.4% with 20 false
    # claims, synthetic2 76.9% with 8, synthetic3 79.4% with 12, synthetic4 85.2% with 6, synthetic5 75.8% with 2,
    # synthetic6 80.5% with 5, synthetic7 60.4% with 24, synthetic8 81.9% with 14, synthetic9 81.2% with 7,
    # synthetic10 86.7% with 4, synthetic11 79.7% with 17, synthetic12 80.5% with 22 (85.9% with 17 after the
    # synthetic11 round), synthetic13 79.7% with 14, synthetic14 81.2% with 20; each was tuned on after it was
    # measured, with general rules only (synthetic14 in one short round: one false claim is left, a "neuroendocrine
    # tumours of the gut" read as a cancer of the gut, fixed in general since). synthetic15 86.7% with 5 and
    # synthetic16 90.6% with 7, met unseen after the synthetic14 round and a round of invented sentences;
    # synthetic17 83.6% with 13 and synthetic18 83.6% with 12, met unseen after the synthetic15/16 round;
    # synthetic19 83.6% with 10 and synthetic20 90.6% with 8, met unseen after the synthetic17/18 round;
    # synthetic21 78.9% with 10 and synthetic22 86.7% with 7, met unseen after the synthetic19/20 round, then
    # tuned on; synthetic23 85.9% with 8 and synthetic24 92.2% with 5, written at the same time and kept out of
    # every round since (measured once, at the end), tuned on since; synthetic25 91.4% with 6 and synthetic26
    # 96.1% with 1, met unseen after that round, then tuned on; synthetic27 89.8% with 2 and synthetic28 80.5% with
    # 13, written with 25 and 26 and kept out of every round, measured once at the end, then tuned on;
    # synthetic29 79.7% with 5 and synthetic30 89.1% with 3, each met unseen and then tuned on (county-level cities
    # added to the gazetteer between them); synthetic31 87.5% with 2 and synthetic32 89.1% with 10, written with 29
    # and 30 and kept out of every round, measured once at the end, then a short round on their false claims.
    sets = ("synthetic", "synthetic2", "synthetic3", "synthetic4", "synthetic5", "synthetic6", "synthetic7",
            "synthetic8", "synthetic9", "synthetic10", "synthetic11", "synthetic12", "synthetic13",
            "synthetic14", "synthetic15", "synthetic16", "synthetic17", "synthetic18", "synthetic19",
            "synthetic20", "synthetic21", "synthetic22")  # fmt: skip
    # the one false claim left: synthetic23's yanji, where its label and synthetic2's read a team the department
    # holds differently
    unseen = ("synthetic23", "synthetic24", "synthetic25", "synthetic26", "synthetic27", "synthetic28",
              "synthetic29", "synthetic30", "synthetic31", "synthetic32")  # fmt: skip
    assert [len(invented[s]) for s in (*sets, *unseen)] == [24, 20, 20, 16, 16, 16, 18, 18, 16, 15, *[16] * 22]
    floors = {"synthetic": 0.95, "synthetic2": 0.98, "synthetic3": 0.95, "synthetic4": 0.98, "synthetic5": 0.93,
              "synthetic6": 0.96, "synthetic7": 0.97, "synthetic8": 0.97, "synthetic9": 0.99,
              "synthetic10": 0.95, "synthetic11": 0.99, "synthetic12": 0.98, "synthetic13": 0.98,
              "synthetic14": 0.88, "synthetic15": 0.99, "synthetic16": 0.99,
              "synthetic17": 0.98, "synthetic18": 0.98, "synthetic19": 0.98, "synthetic20": 0.98,
              "synthetic21": 0.9, "synthetic22": 0.93, "synthetic23": 0.95, "synthetic24": 0.99,
              "synthetic25": 0.97, "synthetic26": 0.98, "synthetic27": 0.92, "synthetic28": 0.92,
              "synthetic29": 0.99, "synthetic30": 0.99, "synthetic31": 0.9, "synthetic32": 0.94}  # fmt: skip
    assert {s: _accuracy(invented[s]) >= floor for s, floor in floors.items()} == dict.fromkeys(floors, True)
    assert [c for s in sets for r in invented[s] for c in r.false_claims] == []
    assert len([c for s in unseen for r in invented[s] for c in r.false_claims]) <= 1
