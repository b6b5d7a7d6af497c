"""extract: the department's own hospital and its name, against other hospitals a page names.

Every sentence and hospital here is invented; each form has a twin that must NOT give the fact (or must
keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page as _page

from oncodir.extract import draft

_BODY = (
    "The department was set up in 1996 and has 40 beds. It treats lung cancer and gastric cancer with "
    "chemotherapy and targeted therapy, and every patient is discussed at a weekly tumour board."
)


def _whole(directory: Any, text: str) -> dict[str, Any]:
    """The draft of a whole page (header lines and all)."""
    return draft(text, "page.txt", directory)


# ---------------------------------------------------------------- a hospital elsewhere is not the department's


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients who need a liver transplant are referred to the transplant center of Qingluo Union Hospital.",
        "Patients needing proton therapy are transferred to the Proton Center of Qingluo Union Hospital.",
        "The director worked in the Lymphoma Center of Qingluo Union Hospital for two years.",
        "The department is a member of the Yunling alliance led by the Cancer Center of Qingluo Union Hospital.",
        "Radiotherapy is given by the Radiotherapy Department of Qingluo Union Hospital, our partner hospital.",
        "Scans are read by the Imaging Unit of Qingluo Union Hospital, a cooperating hospital.",
    ],
)
def test_a_hospital_patients_are_sent_to_or_a_partner_is_not_the_departments(directory, sentence):
    d = _page(directory, f"{_BODY} {sentence}", heading="Hepatobiliary Surgery")
    assert d["hospital"] != "Qingluo Union Hospital"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Transplant Center of Qingluo Union Hospital was founded in 2001.",
        "The Radiotherapy Department of Qingluo Union Hospital has 60 beds.",
    ],
)
def test_the_departments_own_unit_of_a_hospital_still_names_it(directory, sentence):
    d = _page(directory, f"{sentence} {_BODY}", heading="Hepatobiliary Surgery")
    assert d["hospital"] == "Qingluo Union Hospital"


# ---------------------------------------------------------------- header lines


@pytest.mark.parametrize(
    ("header", "hospital"),
    [
        ("青罗中心医院 | Qingluo Riverside Central Hospital", "Qingluo Riverside Central Hospital"),
        (
            "The First Affiliated Hospital of Beiling Medical College",
            "First Affiliated Hospital of Beiling Medical College",
        ),
        ("Universitätsmedizin Hallenbach", "Universitätsmedizin Hallenbach"),
    ],
)
def test_a_header_line_names_the_sites_hospital(directory, header, hospital):
    d = _whole(directory, f"{header}\nHome | Departments | Contact\n\nDepartment of Oncology\n\n{_BODY}\n")
    assert d["hospital"] == hospital


@pytest.mark.parametrize(
    "header",
    [
        "青罗中心医院 | Departments | Contact",
        "The Department of Oncology | Patients | Research",
        "Universitätsmedizin",
    ],
)
def test_a_header_line_without_a_hospitals_name_gives_none(directory, header):
    d = _whole(directory, f"{header}\nHome | Departments | Contact\n\nDepartment of Oncology\n\n{_BODY}\n")
    assert d["hospital"] is None


def test_a_clinic_elsewhere_in_a_universitatsmedizin_is_not_the_departments(directory):
    d = _page(directory, f"{_BODY} The director came from the Universitätsmedizin Hallenbach in 2019.")
    assert d["hospital"] is None


def test_a_hospital_name_running_into_the_next_line_is_taken_whole(directory):
    text = (
        "Qingluo Hospital of Traditional Chinese Medicine\nHome    Profile    Departments    News\n\n"
        f"Oncology Department\n\n{_BODY}\n"
    )
    assert _whole(directory, text)["hospital"] == "Qingluo Hospital of Traditional Chinese Medicine"


def test_a_hospital_before_its_unit_is_still_the_departments(directory):
    d = _page(directory, f"Qingluo Riverside Hospital Oncology Department was founded in 1996. {_BODY}")
    assert d["hospital"] == "Qingluo Riverside Hospital"


# ---------------------------------------------------------------- the department's name


def test_a_translation_in_brackets_under_the_heading_is_not_the_name(directory):
    text = f"Clinic and Polyclinic for Urology\n(Klinik und Poliklinik für Urologie)\n\n{_BODY}\n"
    assert _whole(directory, text)["name"] == "Clinic and Polyclinic for Urology"


def test_a_heading_with_brackets_inside_stays_the_name(directory):
    text = f"Oncology Department (Integrated Chinese and Western Medicine)\n\n{_BODY}\n"
    assert _whole(directory, text)["name"] == "Oncology Department (Integrated Chinese and Western Medicine)"


@pytest.mark.parametrize(
    ("header", "hospital"),
    [
        ("Qingluo Riverside Hospital > Departments > Oncology", "Qingluo Riverside Hospital"),
        ("University Hospital Hallenbach · Campus North", "University Hospital Hallenbach"),
        ("University Hospital Hallenbach – Medical Clinic III", "University Hospital Hallenbach"),
        (
            "Qingluo Cancer Hospital (Qingluo Tumour Hospital) | Second Hospital of Beiling College",
            "Qingluo Cancer Hospital",
        ),
        ("UKH Universitätsklinikum Hallenbach, Campus Nord", "Universitätsklinikum Hallenbach, Campus Nord"),
        ("Qingluo Provincial Oncology Hospital", "Qingluo Provincial Oncology Hospital"),
        ("National Tumour Center Hospital West", "National Tumour Center Hospital West"),
        ("Azienda Ospedaliera San Felice dei Monti", "Azienda Ospedaliera San Felice dei Monti"),
    ],
)
def test_a_header_field_in_other_forms_names_the_sites_hospital(directory, header, hospital):
    d = _whole(directory, f"{header}\n\nDepartment of Oncology\n\n{_BODY}\n")
    assert d["hospital"] == hospital


@pytest.mark.parametrize(
    "header",
    [
        "Home > Departments > Oncology",
        "Hospital Services | Visiting Hours | Contact",
        "Cancer Center | Patients | Research",
        "Qingluo Medical University · Campus North",
    ],
)
def test_a_header_field_naming_no_hospital_gives_none(directory, header):
    d = _whole(directory, f"{header}\n\nDepartment of Oncology\n\n{_BODY}\n")
    assert d["hospital"] is None


def test_a_copyright_line_names_the_sites_hospital(directory):
    text = f"Department of Oncology\n\n{_BODY}\n\nCopyright © 2021 Qingluo Riverside Hospital. All rights reserved.\n"
    assert _whole(directory, text)["hospital"] == "Qingluo Riverside Hospital"


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright © 2021 Qingluo Medical University. All rights reserved.",
        "Copyright © 2021 Qingluo Riverside Hospital. © 2022 Beiling Union Hospital.",
    ],
)
def test_a_copyright_line_of_no_hospital_or_of_two_gives_none(directory, footer):
    text = f"Department of Oncology\n\n{_BODY}\n\n{footer}\n"
    assert _whole(directory, text)["hospital"] is None


# ---------------------------------------------------------------- where the department is housed; a first sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "It is located on the 5th floor of the Surgery Building of Qingluo Riverside Hospital.",
        "The Department of Oncology of Beiling Medical University is located at the Qingluo Riverside Hospital.",
        "Our ward is housed in the east wing of Qingluo Riverside Hospital.",
    ],
)
def test_the_hospital_the_department_is_housed_in_is_its_own(directory, sentence):
    assert _page(directory, f"{_BODY} {sentence}")["hospital"] == "Qingluo Riverside Hospital"


@pytest.mark.parametrize(
    "sentence",
    [
        "The proton centre we refer to is located at Qingluo Riverside Hospital.",
        "Our partner, a member of the alliance, is located in the west wing of Qingluo Riverside Hospital.",
    ],
)
def test_another_unit_housed_in_a_hospital_gives_no_hospital(directory, sentence):
    assert _page(directory, f"{_BODY} {sentence}")["hospital"] is None


def test_a_first_sentence_founding_a_hospital_names_the_sites_hospital(directory):
    d = _page(directory, f"Qingluo Riverside Hospital, founded in 1952, is a general hospital.\n\n{_BODY}")
    assert d["hospital"] == "Qingluo Riverside Hospital"


def test_a_centre_founded_in_a_year_may_be_the_department_itself(directory):
    d = _page(directory, f"Qingluo Breast Cancer Center was founded in 2008.\n\n{_BODY}", heading="Breast Surgery")
    assert d["hospital"] is None


def test_a_heading_naming_a_unit_at_a_hospital_gives_both(directory):
    d = _whole(directory, f"Thoracic Oncology Program at Qingluo Riverside Hospital\n\n{_BODY}\n")
    assert (d["name"], d["hospital"]) == ("Thoracic Oncology Program", "Qingluo Riverside Hospital")


def test_a_heading_naming_only_a_hospital_is_no_name(directory):
    assert _whole(directory, f"Qingluo Riverside Hospital\n\n{_BODY}\n")["name"] is None


def test_a_hospital_then_a_dash_then_the_unit(directory):
    d = _whole(directory, f"Qingluo Riverside Hospital - Department of Head and Neck Surgery\n\n{_BODY}\n")
    assert (d["name"], d["hospital"]) == ("Department of Head and Neck Surgery", "Qingluo Riverside Hospital")


def test_an_outline_heading_is_no_name(directory):
    d = _whole(directory, f"Department of Biliary Oncology\nUpdate: 2023.04.01\n\nOutline of the department\n{_BODY}\n")
    assert d["name"] == "Department of Biliary Oncology"


@pytest.mark.parametrize(("heading", "name"), [("Sarcoma Disease Team", "Sarcoma Disease Team"), ("Our Team", None),
                                               ("Nursing Team", None)])  # fmt: skip
def test_a_disease_team_is_a_units_name_but_a_team_is_not(directory, heading, name):
    assert _whole(directory, f"{heading}\n\n{_BODY}\n")["name"] == name


@pytest.mark.parametrize(
    ("heading", "hospital"),
    [
        ("Breast Surgery - Outpatient Clinic", None),  # a service of the hospital, no hospital
        ("Medical Oncology | Day Hospital", None),
        ("Urology - Specialist Clinics", None),
        ("Breast Surgery - Riverside Day Hospital", "Riverside Day Hospital"),  # a particular one
    ],
)
def test_a_service_after_the_unit_in_a_heading_names_none(directory: Any, heading: str, hospital: str | None) -> None:
    page = _page(directory, "The team sees patients with breast cancer every weekday morning.", heading)
    assert page["hospital"] == hospital
