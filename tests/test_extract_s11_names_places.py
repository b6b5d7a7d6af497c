"""extract: name, hospital and city on pages from Europe and Australia (eleventh round).

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

import pytest
from helpers import extract_page

from oncodir.extract import draft

# ---------------------------------------------------------------- name: a certification line is no name


def test_a_certification_line_under_the_heading_is_no_name(directory):
    text = "Lung Centre Westmoor\nCertified lung cancer centre (National Thoracic Society)\n\n"
    page = draft(text + "The Lung Centre Westmoor treats lung cancer with surgery and radiotherapy.\n", "p", directory)
    assert page["name"] == "Lung Centre Westmoor"
    # twin: a heading of its own after it is still the name
    text = "Westmoor\nLung Cancer Centre\n\nThe centre treats lung cancer with surgery and radiotherapy every week.\n"
    page = draft(text, "p", directory)
    assert page["name"] == "Lung Cancer Centre"


# ---------------------------------------------------------------- hospital: header words abroad, partners


@pytest.mark.parametrize(
    ("top", "hospital"),
    [
        ("Spital Lindenhof Thun | Patients | Careers | Deutsch", "Spital Lindenhof Thun"),
        ("Policlinico Santa Chiara - Azienda Ospedaliera", "Policlinico Santa Chiara"),
        ("Skip to content | Westerhaven MC | Patients | Research", "Westerhaven MC"),
        # twins: a menu without a hospital; an abbreviation that is not at the name's end
        ("Skip to content | Patients | Research", None),
        ("MC Westerhaven Partners | Patients | Research", None),
    ],
)
def test_a_header_names_the_hospital_in_other_languages(directory, top, hospital):
    body = "We operate on lung cancer and oesophageal cancer, and we see new patients every week of the year.\n"
    page = draft(f"{top}\nHome > Departments > Thoracic Surgery\n\nThoracic Surgery\n\n{body}", "p", directory)
    assert page["hospital"] == hospital


@pytest.mark.parametrize(
    ("sentence", "hospital"),
    [
        ("Radiotherapy is carried out by the Department of Radiation Oncology of Kelvingrove Hospital.", None),
        ("Brachytherapy is given at the Department of Radiation Oncology of Kelvingrove Hospital.", None),
        # twin: the department named as a hospital's own
        ("The Department of Thoracic Surgery of Kelvingrove Hospital treats lung cancer.", "Kelvingrove Hospital"),
    ],
)
def test_a_unit_that_gives_a_service_is_a_partner(directory, sentence, hospital):
    page = extract_page(directory, f"We operate on lung cancer. {sentence}", "Thoracic Surgery")
    assert page["hospital"] == hospital


# ---------------------------------------------------------------- city: a part of a city, Australian addresses


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "Level 2, 14 Harbour Road\nHindmarsh Park SA 5007\nThe hospital is in Adelaide's northern suburbs.",
            "Adelaide",
        ),
        ("Ward 3, 9 Beach Road\nCoogee NSW 2034\nThe unit is located in Sydney's eastern suburbs.", "Sydney"),
        # twins: no country or state to confirm the place; a possessive that is no part of the city
        ("The hospital is in Adelaide's northern suburbs.", None),
        ("Level 2, 14 Harbour Road\nHindmarsh Park SA 5007\nThe hospital is Adelaide's largest cancer hospital.", None),
    ],
)
def test_a_part_of_a_city_places_the_hospital(directory, body, city):
    assert extract_page(directory, body, "Colorectal Surgery Unit")["city"] == city
