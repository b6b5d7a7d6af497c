"""A treatment a visitor gave in the department is not one the department gives (invented sentences, each
with a twin that must keep the treatment)."""

from __future__ import annotations

from typing import Any

from helpers import extract_page

OWN = "The department treats cervical cancer with chemotherapy. "


def _treatments(directory: Any, body: str) -> list[str]:
    return list(extract_page(directory, OWN + body, "Department of Gynaecologic Oncology")["treatments"])


def test_operations_a_visitor_guided_are_not_the_departments(directory: Any) -> None:
    body = (
        "Professor Lin Qiu of a university hospital in Wuhan visited the department, gave a talk and guided "
        "three laparoscopic operations."
    )
    assert "laparoscopic surgery" not in _treatments(directory, body)


def test_the_departments_own_operations_after_a_visit_stay(directory: Any) -> None:
    body = "After Professor Lin Qiu visited the department, our team began to perform laparoscopic operations."
    assert "laparoscopic surgery" in _treatments(directory, body)


def test_a_patient_visit_does_not_hide_a_treatment(directory: Any) -> None:
    body = "Patients who visited the hospital last year received laparoscopic operations here."
    assert "laparoscopic surgery" in _treatments(directory, body)
