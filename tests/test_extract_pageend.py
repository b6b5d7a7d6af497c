"""extract on a page copied up to a length limit: its last word or item may be cut short.

Every sentence here is invented. A cut page (no line end after its last character) loses its last item
for people; the twins end with a line end or a full stop and keep it.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import roles

from oncodir.extract import draft
from oncodir.extract.pageend import cut_start

_BODY = (
    "Department of Gastrointestinal Surgery\n\n"
    "The department has 40 beds and treats gastric cancer and colorectal cancer.\n\n"
    "Director: Prof. Zhang Wenbo\n"
)


def _people(directory: Any, tail: str) -> dict[str, str | None]:
    return roles(draft(_BODY + tail, "page.txt", directory))


@pytest.mark.parametrize(
    ("tail", "absent"),
    [
        ("Head Nurse: Gao Ya", "Gao Ya"),  # "Gao Yan", cut
        ("Doctors: Li Jiahui, Sun Wenjie, Tang Mi", "Tang Mi"),
        ("Dr Aileen Stewart, Consultant Surgeon\nDr Fiona Mac", "Fiona Mac"),
    ],
)
def test_a_name_the_cut_may_have_shortened_is_not_read(directory: Any, tail: str, absent: str) -> None:
    people = _people(directory, tail)
    assert absent not in people
    assert people["Zhang Wenbo"] == "Director"


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("Head Nurse: Gao Yan\n", "Gao Yan"),  # the file ends with its line: nothing cut
        ("Doctors: Li Jiahui, Sun Wenjie, Tang Ming.", "Tang Ming"),  # a full stop ends it
    ],
)
def test_a_page_that_ends_where_its_writer_ended_it_is_read_whole(directory: Any, tail: str, name: str) -> None:
    assert name in _people(directory, tail)


@pytest.mark.parametrize(
    ("tail", "role"),
    [
        ("Deputy Director: Dr. Qian Hong, Chief Phys", "Deputy Director"),  # the cut title is not read
        ("Dr. Qian Hong – Consultant Gas", None),  # the cut role is not read
        ("Staff: Wang Lei (Attending Physician), Qian Hong (Resid", None),  # a cut aside
    ],
)
def test_a_role_the_cut_may_have_shortened_is_not_read(directory: Any, tail: str, role: str | None) -> None:
    people = _people(directory, tail)
    assert people.get("Qian Hong") == role
    assert all(r is None or not r.endswith(("Phys", "Gas")) for r in people.values())


def test_where_the_cut_item_begins() -> None:
    assert cut_start("A\nHead nurse: Gao Ya") == len("A\nHead nurse")
    assert cut_start("A\nDr Aileen St") == len("A\nDr Aileen ")
    assert cut_start("A\nHead nurse: Gao Yan\n") == len("A\nHead nurse: Gao Yan\n")
    sentence = "It was founded in 1990. It treats lung cancer"
    assert cut_start(f"{sentence}, and") == len(sentence)
    assert cut_start("Released 2021-03-04") == len("Released 2021-03-04")  # a number is read as it stands
    assert cut_start("该科室成立于") == len("该科室成立于")  # no Latin word: nothing to cut


_TERMS_BODY = (
    "Department of Thyroid and Breast Surgery\n\n"
    "The department has 40 beds. It treats thyroid cancer and breast cancer with surgery and endocrine therapy.\n\n"
)


def _treatments(directory: Any, tail: str) -> list[str]:
    return list(draft(_TERMS_BODY + tail, "page.txt", directory)["treatments"])


@pytest.mark.parametrize(
    ("tail", "absent"),
    [
        ("Radioiodine therapy and radiotherapy of the neck are done by", "radiotherapy"),
        ("Brachytherapy for these patients is carried out by the gynaecolog", "brachytherapy"),
        ("Patients who need chemotherapy after the operation ", "chemotherapy"),
        ("In 2021 the department began to refer patients with relapse for CAR-T", "CAR-T cell therapy"),
        ("Patients requiring proton therapy are transferred to", "proton therapy"),
        ("For targeted therapy the patients are sent to the oncology", "targeted therapy"),
    ],
)
def test_a_treatment_in_a_cut_sentence_that_hands_it_on_is_not_read(directory: Any, tail: str, absent: str) -> None:
    assert absent not in _treatments(directory, tail)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("The department also offers chemotherapy, radiofrequency ablation and ", "radiofrequency ablation"),
        ("Radiotherapy of the neck is done by our own team in the department.", "radiotherapy"),  # a full stop
        ("Patients who need chemotherapy after the operation are treated on our ward.\n", "chemotherapy"),
    ],
)
def test_a_cut_list_or_a_finished_sentence_is_read(directory: Any, tail: str, kept: str) -> None:
    assert kept in _treatments(directory, tail)


def test_the_draft_says_what_the_page_end_left_unread(directory: Any) -> None:
    cut = draft(_BODY + "Head Nurse: Gao Ya", "page.txt", directory)["notes"]
    assert [n for n in cut if n.startswith("Page end")] == [
        "Page end: the page stops inside its last line, so 'Gao Ya' may be cut short; no person or role read from it."
    ]
    handed = draft(_TERMS_BODY + "Radiotherapy of the neck is done by", "page.txt", directory)["notes"]
    assert any("'Radiotherapy of the neck is done by'" in n for n in handed)
    whole = draft(_BODY + "Head Nurse: Gao Yan\n", "page.txt", directory)["notes"]
    assert not [n for n in whole if n.startswith("Page end")]
