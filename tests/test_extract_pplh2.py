"""extract on a post cell's grades, post-nominal letters, a heading's second line and a count over several wards.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles

from oncodir.extract.postnominals import without_postnominals


def _people(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Oncology"))


# ---------------------------------------------------------------- a post cell: a leader's post, then grades


def test_grades_after_a_post_in_a_post_cell_are_no_part_of_the_post(directory: Any) -> None:
    body = "Staff\nName | Position\nZhou Ming | Director, Chief Physician, Professor\nSun Li | Attending Physician"
    assert _people(directory, body) == {"Zhou Ming": "Director", "Sun Li": "Attending Physician"}


def test_a_post_cell_of_a_post_and_its_field_is_kept_whole(directory: Any) -> None:
    body = "Our Staff\nName | Position\nZhou Ming | Section Chief, Thoracic Surgery\nSun Li | Associate Chief Physician"
    assert _people(directory, body) == {
        "Zhou Ming": "Section Chief, Thoracic Surgery",  # (a field, no grade: the cell is the post)
        "Sun Li": "Associate Chief Physician",
    }


# ---------------------------------------------------------------- post-nominal letters after a name


def test_postnominal_letters_after_a_name_are_no_part_of_it(directory: Any) -> None:
    body = "Our team\nHead of Unit: Associate Professor Hamish Carter, MBBS FRACS\nConsultant: Dr Ann Lee, FRCPA"
    assert _people(directory, body) == {"Hamish Carter": "Head of Unit", "Ann Lee": "Consultant"}


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Hamish Carter FRACS", "Hamish Carter"),
        ("Ann Lee, MBBS, FRCSEd", "Ann Lee"),
        ("Li Na, MS", "Li Na"),
        # twins: a surname in capitals that is also letters, written without a comma, stays the name's
        ("Jun MA", "Jun MA"),
        ("Lihong WANG", "Lihong WANG"),
    ],
)
def test_postnominals_stripped_only_where_they_are_letters(name: str, kept: str) -> None:
    assert without_postnominals(name) == kept
