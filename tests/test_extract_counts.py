"""Whose a count is: the department's beds, staff and patients, not the hospital's, another unit's or a part's.

Every sentence here is invented; each rule has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page


def _beds(directory: Any, body: str, heading: str = "Thoracic Oncology") -> int | None:
    beds = extract_page(directory, body, heading)["beds"]
    return None if beds is None else beds["value"]


# ---------------------------------------------------------------- the hospital's beds


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The hospital has 1,500 beds in total.", None),
        ("The whole hospital has 1,500 open beds and 38 clinical departments.", None),
        ("The hospital, found on Lake Road in the east of the town, has 2,100 beds and 40 departments.", None),
        ("Millbrook Hospital is a Grade III general hospital with 1,100 beds.", None),
        ("With 1,900 beds, the hospital is the largest in the region.", None),
        ("The university medical centre has about 1,300 beds in 30 clinics.", None),
        ("Millbrook is a 900-bed hospital on the river.", None),
        # twins: the department's own count stands beside the hospital's, before or after it
        ("The hospital has 1,500 beds. The department has 40 beds.", 40),
        ("The department has 40 beds. The hospital has 1,500 beds.", 40),
        ("With 44 beds, the department is the largest in the region.", 44),
        ("The ward, found on the fourth floor, has 36 beds.", 36),
        ("It is located on the 5th floor of Millbrook Hospital (the Second Hospital of the college), and has two "
         "nursing units with 70 beds.", 70),
    ],
)  # fmt: skip
def test_the_hospitals_beds_are_not_the_departments(directory, body, value):
    assert _beds(directory, body) == value


def test_the_hospitals_beds_are_noted(directory):
    d = extract_page(directory, "The hospital has 1,500 beds in total.", "Thoracic Oncology")
    assert any("1,500 beds - the hospital's" in n for n in d["notes"])


# ---------------------------------------------------------------- a larger unit's, a sister's, another unit's


@pytest.mark.parametrize(
    ("body", "heading", "value"),
    [
        ("The Women's Health Center has 240 beds in total, of which the Gynaecologic Oncology ward has 48 beds.",
         "Gynaecologic Oncology", 48),
        ("The Center has 240 beds in total.", "Gynaecologic Oncology", None),
        ("The Center has 240 beds in total.", "Gynaecologic Oncology Center", 240),  # twin: the page is the centre's
        ("The Department of Paediatrics has 180 beds; the Childhood Leukaemia Ward has 30 beds.",
         "Childhood Leukaemia Ward", 30),
        ("Thoracic Oncology Department I has 60 beds, while Thoracic Oncology Department II has another 50 beds.",
         "Thoracic Oncology Department I", 60),
        ("Thoracic Oncology Department II has 50 beds; Thoracic Oncology Department I has 60 beds.",
         "Thoracic Oncology Department I", 60),
        ("Thoracic Oncology Department II has 50 beds.", "Thoracic Oncology Department I", None),
        ("The Department of Radiology has 20 beds.", "Nuclear Medicine", None),
        ("The Nuclear Medicine Department has 20 beds.", "Nuclear Medicine", 20),  # twin: its own name
        ("The Department of Abdominal Cancer has 90 beds.", "Abdominal Oncology", 90),  # may be another name of it
        ("Our ward on the ground floor of the Centre for Operative Medicine has 22 beds.", "Radiation Oncology", 22),
        ("Ward 12 has 18 beds for patients who need a stay during their treatment.", "Radiation Oncology", 18),
    ],
)  # fmt: skip
def test_another_units_beds_are_not_the_departments(directory, body, heading, value):
    assert _beds(directory, body, heading) == value


# ---------------------------------------------------------------- a part of the department


@pytest.mark.parametrize(
    ("body", "value", "note"),
    [
        ("The department has 50 beds, including 6 beds in the intensive care unit.", 50, "also 6 beds"),
        ("The department has 50 beds, including 6 laminar flow beds.", 50, "also 6 laminar flow beds"),
        ("The day clinic has 10 beds.", None, None),
        ("The unit has 8 beds for daytime chemotherapy.", None, None),
        ("The unit has 8 beds for chemotherapy.", 8, None),  # twin: no part named
        ("The clinic has 10 beds.", 10, None),
        ("The department is composed of 2 wards including 60 beds.", 60, None),  # no total before: the whole
        ("The department has 40 beds and 6 beds for daytime chemotherapy.", 40, "also 6 beds for daytime chemotherapy"),
        ("The department has a 6-bed day unit.", None, None),
        ("The department has 40 beds and a 6-bed intensive care unit.", 40, "also 6-bed intensive care unit"),
    ],
)
def test_a_parts_beds_are_not_the_whole_departments(directory, body, value, note):
    # a part's beds are named beside the department's count, never taken for it
    d = extract_page(directory, body, "Thoracic Oncology")
    assert (d["beds"] or {}).get("value") == value
    assert (d["beds"] or {}).get("note") == note


def test_a_palliative_units_hospice_ward_is_its_own(directory):
    assert _beds(directory, "The hospice ward has 14 beds.", "Hospice and Palliative Medicine") == 14
    assert _beds(directory, "The hospice ward has 14 beds, and 9 nurses.", "Thoracic Oncology") is None


# ---------------------------------------------------------------- a ward named by its size


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Patients stay on Ward 7, our 26-bed oncology ward.", 26),
        ("The service runs a 30-bed surgical ward and a clinic.", 30),
        ("The department has a 40-bed ward on the third floor.", 40),
        # twins: a ward shared with others, a part, a past ward, a hospital, a ward only mentioned
        ("Patients stay on Ward 7, a 26-bed ward we share with the surgeons.", None),
        ("Patients stay on the 26-bed Ward 7, which is shared with the haematologists.", None),
        ("The department has a 10-bed intensive care unit.", None),
        ("The department grew from a 12-bed unit into a large service.", None),
        ("Patients are admitted to a 26-bed ward.", None),
    ],
)
def test_a_ward_of_its_own_named_by_its_size(directory, body, value):
    assert _beds(directory, body) == value


def test_a_count_with_a_number_comes_before_a_ward_named_by_its_size(directory):
    assert _beds(directory, "Our 30-bed ward is on the second floor. The department has 32 beds.") == 32


# ---------------------------------------------------------------- a ward's size at its opening


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The radionuclide therapy ward was opened in 2016 with 10 beds in shielded rooms.", 10),
        ("The radionuclide therapy ward was opened in 2010 with 10 beds. It now has 30 beds.", 30),
        # twins: a department's start, a ward's first state, a part opened
        ("The department was founded in 1990 with 10 beds.", None),
        ("The ward was first opened in 1990 with 10 beds.", None),
        ("At that time the ward was opened with only 10 beds.", None),
        ("A laminar flow ward was opened in 2018 with 6 beds.", None),
    ],
)
def test_a_wards_size_at_its_opening_when_no_later_count(directory, body, value):
    assert _beds(directory, body) == value


def test_an_opening_count_taken_is_noted_as_such(directory):
    d = extract_page(directory, "The isotope ward was opened in 2016 with 10 beds.", "Nuclear Medicine")
    assert d["beds"] == {"value": 10, "note": "10 beds at the ward's opening"}
    assert any("no later count" in n for n in d["notes"])
    assert not any("said of the past" in n for n in d["notes"])


# ---------------------------------------------------------------- staff and patients


@pytest.mark.parametrize(
    ("body", "staff"),
    [
        ("The hospital has 3,200 staff, including 600 doctors and 1,100 nurses. The department has 12 doctors.",
         {"doctors": {"value": 12}}),
        ("The department has 12 doctors. The hospital employs 600 doctors.", {"doctors": {"value": 12}}),
        ("The Department of Radiology has 9 doctors.", {}),
        ("The department has 14 physicians. 5 doctors hold doctoral degrees.", {"physicians": {"value": 14}}),
        ("There are 9 physicians and 4 doctors with a PhD.", {"physicians": {"value": 9}}),
        ("There are 9 physicians and 4 doctors.", {"physicians": {"value": 9}, "doctors": {"value": 4}}),  # twin
    ],
)  # fmt: skip
def test_staff_counts_are_the_departments_own(directory, body, staff):
    assert extract_page(directory, body, "Nuclear Medicine")["staff"] == staff


@pytest.mark.parametrize(
    ("body", "patients"),
    [
        ("The hospital treats 60,000 inpatients a year.", {}),
        ("The department treats 600 inpatients a year.", {"inpatients": {"value": 600}}),
        ("Each year the department treats more than 600 patients with radioiodine.",
         {"patients with radioiodine": {"value": 600, "qualifier": "more than"}}),
    ],
)  # fmt: skip
def test_patients_a_year_are_the_departments_own(directory, body, patients):
    assert extract_page(directory, body, "Nuclear Medicine")["annual_patients"] == patients


# ---------------------------------------------------------------- more forms of the department's count


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Beds: 52\n\nDoctors: 12", 52),
        ("Number of beds – 52", 52),
        ("The ward has a bed capacity of 52.", 52),
        ("The ward has forty beds and a clinic.", 40),
        ("The ward has thirty-six beds.", 36),
        ("The ward has 12 nurses and a bed occupancy rate: 96%.", None),  # twins: no count of beds
        ("Of the hospital's 2,000 beds, 60 serve the department.", None),
        ("The department has 44 inpatient beds and 10 day-care beds.", 44),
        ("The department has 10 day-care beds.", None),
    ],
)
def test_more_forms_of_a_bed_count(directory, body, value):
    assert _beds(directory, body) == value


def test_written_numbers_count_staff_too(directory):
    assert extract_page(directory, "The ward has twenty-two nurses.", "Nuclear Medicine")["staff"] == {
        "nurses": {"value": 22}
    }


@pytest.mark.parametrize(
    ("body", "heading", "value"),
    [
        ("The Department of Breast Surgery of Millbrook Hospital has 60 beds.", "Breast Surgery", 60),
        ("Millbrook Hospital's Department of Breast Surgery has 60 beds.", "Breast Surgery", 60),
        ("Located on the 8th floor of the hospital, the department has 60 beds.", "Breast Surgery", 60),
        ("The department has 5 accelerators and 80 beds in the hospital's new building.", "Breast Surgery", 80),
        ("Patients stay on Ward 14 (Rowan Ward), which has 22 beds.", "Breast Surgery", 22),
        # twins: another unit of the hospital, a centre the department belongs to, the hospital as a whole
        ("The Department of Radiology of Millbrook Hospital has 60 beds.", "Breast Surgery", None),
        ("The department belongs to the Surgical Center, which has 300 beds.", "Breast Surgery", None),
        ("Hospital-wide there are 1,650 beds.", "Breast Surgery", None),
        ("Millbrook Hospital, which has 1,200 beds, is the largest in the city.", "Breast Surgery", None),
    ],
)
def test_a_unit_of_the_hospital_is_not_the_hospital(directory, body, heading, value):
    assert _beds(directory, body, heading) == value
