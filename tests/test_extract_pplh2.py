"""extract on a post cell's grades, post-nominal letters, a heading's second line and a count over several wards.

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page
from helpers import roles as _roles

from oncodir.extract import draft
from oncodir.extract.postnominals import without_postnominals

_BODY = "The department was founded in 1990. It treats lung cancer with surgery.\n"


def _people(directory: Any, body: str) -> dict[str, str | None]:
    return _roles(extract_page(directory, body, "Oncology"))


def _beds(record: dict[str, Any]) -> int | None:
    return (record.get("beds") or {}).get("value")


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


# ---------------------------------------------------------------- a heading's second line, an ordinal


def test_a_heading_line_opening_with_with_goes_on_from_the_heading(directory: Any) -> None:
    page = f"2nd Medical Department - Oncology\nwith Day Clinic and Palliative Care Unit\n\n{_BODY}"
    assert draft(page, "page.txt", directory)["name"] == "2nd Medical Department - Oncology"


def test_a_heading_line_with_with_inside_is_still_a_heading(directory: Any) -> None:
    page = f"Welcome\nPalliative Care Unit\n\n{_BODY}"
    assert draft(page, "page.txt", directory)["name"] == "Palliative Care Unit"


def test_an_ordinal_numbering_a_department_is_part_of_its_name(directory: Any) -> None:
    assert draft(f"3rd Department of Surgery\n\n{_BODY}", "page.txt", directory)["name"] == "3rd Department of Surgery"


def test_an_ordinal_floor_is_no_name(directory: Any) -> None:
    page = f"Department of Urology\n3rd Floor Surgical Building\n\n{_BODY}"
    assert draft(page, "page.txt", directory)["name"] == "Department of Urology"


# ---------------------------------------------------------------- a count spread over several wards


def test_a_count_over_several_wards_is_the_whole_not_a_listed_wards(directory: Any) -> None:
    body = (
        "The department has 42 inpatient beds on two wards (Ward 3A and Ward 3B), a day clinic with 18 "
        "treatment places and a palliative care unit with 8 beds."
    )
    assert _beds(extract_page(directory, body, "Oncology and Haematology")) == 42


def test_several_listed_wards_each_with_a_count_are_still_parts(directory: Any) -> None:
    body = "The department has two wards: Ward 3A with 22 beds and Ward 3B with 20 beds."
    assert _beds(extract_page(directory, body, "Oncology and Haematology")) is None


# ---------------------------------------------------------------- posts said in a page's other forms


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a post opening a sentence, then a title before the name
        ("Director Prof. Gao Ming graduated from Fudan University in 1990.", {"Gao Ming": "Director"}),
        # the head nurse opening a sentence, with no article
        ("The ward opened in 2001. Head nurse is Zhou Hui.", {"Zhou Hui": "Head nurse"}),
        # a Spanish honorific before the name, and a nursing supervisor's post
        ("Staff\nNursing Supervisor: Dña. Carmen Ruiz Gómez", {"Carmen Ruiz Gómez": "Nursing Supervisor"}),
        # a specialist by the field named after the word
        ("Staff\nSpecialist in oncology: Ville Koskinen", {"Ville Koskinen": "Specialist in oncology"}),
        (
            "Staff\nSpecialists in oncology: Ville Koskinen, Aino Laine",
            dict.fromkeys(["Ville Koskinen", "Aino Laine"], "Specialists in oncology"),
        ),
        # a post with what it is in charge of
        (
            "Team\nAttending physician in charge of the ward: Dr. Sun Hao",
            {"Sun Hao": "Attending physician in charge of the ward"},
        ),
    ],
)
def test_posts_in_other_forms(directory: Any, body: str, want: dict[str, str]) -> None:
    assert _people(directory, body) == want


@pytest.mark.parametrize(
    "body",
    [
        "Head nurse of the Cardiology Department is Wang Li.",  # another unit's head nurse
        "Director Prof. Gao Ming of the Department of Radiology visited us.",  # another body's director
        "Staff\nSpecialist in charge: see the rota",  # no name
        "Staff\nDoctoral supervisor: Prof. Wang Li",  # a tutor's title, no post in the department
        "Staff\nDon Carlos Ruiz",  # "Don" is a given name too: no title taken from it, no post
    ],
)
def test_twins_give_no_post(directory: Any, body: str) -> None:
    assert all(role is None for role in _people(directory, body).values())
