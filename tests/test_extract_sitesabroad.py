"""extract on addresses, hospitals' names and update dates in forms first met on unseen pages.

Every sentence here is invented; each form has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import extract_page

from oncodir.extract.dates import founded, updated
from oncodir.extract.hospitals import FULL_RE


def _page(directory: Any, body: str, heading: str = "Department of Oncology") -> dict[str, Any]:
    return extract_page(directory, body, heading)


# ---------------------------------------------------------------- a name is no address


@pytest.mark.parametrize(
    "body",
    [
        "The department is part of Haiguang Hospital.\n\nDoctors: Wang Lu, Sun Peipei, Qi Yanan, Feng Bo\n",
        "Nurses: Zhang Lu, Li Yanan, Ma Bo, Chen Anshan\n",
        "Team\nHe Lu, Attending Physician, Dalian\n",
    ],
)
def test_a_staff_line_with_lu_is_no_address(directory: Any, body: str) -> None:
    assert _page(directory, body)["city"] is None


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Address: No. 88 Jiefang Lu, Hexi District, Tianjin 300060\n", "Tianjin"),
        ("The hospital sits at 120 Zhongshan Lu, Nanjing, Jiangsu 210008.\n", "Nanjing"),
        (
            "Haiguang Hospital (No. 16 Huanhu West Road, Hexi District, Tianjin 300060) treats cancer.\n\n"
            "Doctors: Wang Lu, Qi Yanan, Feng Bo\n",
            "Tianjin",
        ),
    ],
)
def test_a_numbered_lu_is_an_address(directory: Any, body: str, city: str) -> None:
    assert _page(directory, body)["city"] == city


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("Hôpital Sainte-Anne\n1560, rue Sherbrooke Est\nMontréal (Québec) H2L 4M1\n", "Montréal"),
        ("Clinic\n12 King Street\nSherbrooke (Québec) J1H 5N4\n", "Sherbrooke"),
        ("Istituto Clinico Sant'Ambrogio, Via Roma 12, 20100 Milano (MI), Italy\n", "Milano"),
        ("Hospital Y, Calle Valencia 5, 28012 Madrid, Spain\n", "Madrid"),
        ("Patients come from Québec and Montréal (Québec) to see us.\n", None),  # twin: no address
    ],
)
def test_addresses_abroad(directory: Any, body: str, city: str | None) -> None:
    assert _page(directory, body, "Oncology Unit")["city"] == city


# ---------------------------------------------------------------- hospitals named in Italian and German


@pytest.mark.parametrize(
    ("heading", "body", "hospital"),
    [
        (
            "Oncology Unit",
            "The unit treats bone sarcoma.\n\nIstituto Ortopedico Ticino, Via Dante 5, 6900 Lugano\n",
            "Istituto Ortopedico Ticino",
        ),
        (
            "Oncology Unit",
            "The Oncology Unit of the Istituto Ortopedico Ticino treats bone sarcoma.\n",
            "Istituto Ortopedico Ticino",
        ),
        (
            "Unità di Oncologia",
            "Istituto Clinico Sant'Ambrogio - Home\n\nThe unit treats breast cancer.\n",
            "Istituto Clinico Sant'Ambrogio",
        ),
        (
            "Klinik für Radioonkologie",
            "Klinik Hirslanden  |  Home  |  Kontakt\n\nThe clinic treats prostate cancer.\n",
            "Klinik Hirslanden",
        ),
        (
            "Klinik für Urologie",
            "The clinic treats bladder cancer.\n\nContact\nSeeblick Klinik Luzern\nSeestrasse 10\n6004 Luzern\n",
            "Seeblick Klinik Luzern",
        ),
        # twins: a research body, and a unit named by an adjective
        ("Oncology Unit", "The unit works with the Istituto Superiore di Sanità on lung cancer registries.\n", None),
        ("Medizinische Klinik II", "The Medizinische Klinik II treats leukaemia.\n", None),
    ],
)
def test_hospitals_named_abroad(directory: Any, heading: str, body: str, hospital: str | None) -> None:
    assert _page(directory, body, heading)["hospital"] == hospital


# ---------------------------------------------------------------- months named in the languages of Europe


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Stand: März 2024", "2024-03"),
        ("Zuletzt aktualisiert am 3. Oktober 2022", "2022-10-03"),
        ("Mis à jour le 3 février 2023", "2023-02-03"),
        ("Aggiornato il 14 maggio 2022", "2022-05-14"),
        ("Actualizado el 5 de junio de 2019", "2019-06-05"),
        ("Bijgewerkt op 2 maart 2021", "2021-03-02"),
        ("Senast uppdaterad: 12 maj 2020", "2020-05-12"),
        ("Our ward met in Mars 2020.", None),  # twin: no label, no update
    ],
)
def test_months_abroad(line: str, date: str | None) -> None:
    assert updated(line, []) == date


def test_a_founding_month_abroad() -> None:
    assert founded(["The department was founded in März 2001."]) == "2001-03"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Istituto Nazionale dei Tumori IRCCS", ["Istituto Nazionale dei Tumori"]),
        ("Istituto Superiore di Sanità", []),
        ("Sonnenrain Klinik Zürich", ["Sonnenrain Klinik Zürich"]),
        ("Chirurgische Klinik Heidelberg", []),
        ("Klinik und Poliklinik für Urologie", []),
    ],
)
def test_hospital_names_abroad(text: str, names: list[str]) -> None:
    assert [m.group() for m in FULL_RE.finditer(text)] == names
