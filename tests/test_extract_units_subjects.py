"""extract name: a page describes several departments in turn only when each is the subject of its sentence by
its own name; "the Department of X and is not part of", "to the Department of X, and Y is done" are mentions.

Every sentence here is invented; each pattern has a twin that must NOT give the fact.
"""

from __future__ import annotations

from oncodir.extract import draft

_TOP = "Lakeview People's Hospital\nHome > Departments > Internal Medicine\n\n"


def test_other_departments_named_in_passing_leave_the_departments_own_name(directory):
    body = (
        "Lakeview People's Hospital is located in Jinzhou, at the foot of the hills. "
        "The Department of Medical Oncology was set up in 1990 and has 40 beds. The day ward is run by the Nursing "
        "Department and the Department of Radiotherapy and is not part of the department. Patients who need "
        "radiotherapy are transferred to the Department of Radiotherapy, and TACE is performed by the Department "
        "of Interventional Radiology.\n"
    )
    drafted = draft(_TOP + body, "page.txt", directory)
    assert drafted["name"] == "Department of Medical Oncology"
    assert not any("in turn" in note for note in drafted["notes"])


def test_a_hospital_page_describing_its_departments_one_by_one_names_none(directory):
    body = (
        "Lakeview People's Hospital is located in Jinzhou, at the foot of the hills. "
        "The Department of General Surgery has 60 beds. The Department of Obstetrics and Gynecology has 50 beds. "
        "The Department of Pediatrics (PED) has 30 beds.\n"
    )
    drafted = draft(_TOP + body, "page.txt", directory)
    assert drafted["name"] is None
    assert any("3 departments in turn" in note for note in drafted["notes"])
