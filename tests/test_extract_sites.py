"""extract: the department's name, its hospital and its city in forms pages write them (pinyin of a city whose
record carries its seat's name, a hospital placed before the department, an address line opening with a number,
hospital-words of other languages, a kind of institution as a heading, the site's name over its address, a
bracketed translation, "Dept.", a three-letter abbreviation the page defines).

Every sentence here is invented; each pattern has a twin that must NOT give the fact (or must keep it).
"""

from __future__ import annotations

from typing import Any

import pytest

from oncodir.extract import draft


def _draft(directory: Any, page: str) -> dict[str, Any]:
    return draft(page.strip() + "\n", "page.txt", directory)


# ---------------------------------------------------------------- a city known by its pinyin


@pytest.mark.parametrize(
    ("page", "city", "province"),
    [
        (
            "Department of Oncology\nYiyang Central Hospital, located in Yiyang, Hunan, is a tertiary hospital.",
            "Yiyang",
            "Hunan",
        ),
        (
            "Medical Oncology\nThe hospital is situated in Yiyang and the department gives chemotherapy to many "
            "patients.",
            "Yiyang",
            "Hunan",
        ),
        (
            "Oncology\nAddress: 12 Taohualun Road, Heshan District, Yiyang 413000\nWe treat lung cancer.",
            "Yiyang",
            "Hunan",
        ),
        (
            "Oncology\nThe hospital is located in Yulin, Shaanxi. The department treats lung cancer every day.",
            "Yulin",
            "Shaanxi",
        ),
        (
            "Oncology\nThe hospital is located in Yulin, Guangxi. The department treats lung cancer every day.",
            "Yulin",
            "Guangxi",
        ),
    ],
)
def test_city_by_its_pinyin(directory: Any, page: str, city: str, province: str) -> None:
    d = _draft(directory, page)
    assert (d["city"], d["province"]) == (city, province)


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Address: 18 Renmin Street, Longshan District, Liaoyuan, Jilin", "Liaoyuan"),
        ("Add: No. 3 Xinmin Street, Chaoyang District, Changchun, Jilin, 130021", "Changchun"),
        # twin: the city named like its province stays the city when no other city is placed
        ("Address: 5 Jiefang Road, Chuanying District, Jilin, Jilin Province", "Jilin"),
    ],
)
def test_a_province_after_a_city_is_no_second_city(directory: Any, line: str, city: str) -> None:
    assert _draft(directory, f"Department of Oncology\n{line}\nWe treat lung cancer.")["city"] == city


@pytest.mark.parametrize(
    "page",
    [
        # a city inside an institution's name, or an award's: no placement
        "Department of Oncology\nThe department of Yiyang Central Hospital treats lung cancer every day of the year.",
        "Oncology\nThe department won the Yiyang Science Award in 2019 for its work on lung cancer in children.",
        # two cities spell "Yulin": with no province, none is chosen
        "Oncology\nAddress: 9 Jiefang Road, Yuzhou District, Yulin\nThe department treats lung cancer every day.",
    ],
)
def test_no_city_from_a_name_or_a_shared_pinyin(directory: Any, page: str) -> None:
    assert _draft(directory, page)["city"] is None


# ---------------------------------------------------------------- a hospital placed before the department


@pytest.mark.parametrize(
    ("page", "hospital"),
    [
        (
            "Medical Oncology Department\nLocated on the 5th floor of Building 2 of Baiyin First People's Hospital, "
            "the department has 45 beds.",
            "Baiyin First People's Hospital",
        ),
        (
            "Breast Surgery\nSituated in the new inpatient tower of Lanxi County Hospital, our ward opened 40 beds in "
            "2015 and treats breast cancer.",
            "Lanxi County Hospital",
        ),
        (
            "Urology\nHoused within Northgate General Hospital's east wing, the Urology Unit treats prostate cancer "
            "with surgery.",
            "Northgate General Hospital",
        ),
        (
            "Thoracic Surgery\nBased at Ridgeview Medical Center, we offer lobectomy for lung cancer to patients "
            "across the northern region.",
            "Ridgeview Medical Center",
        ),
    ],
)
def test_hospital_placed_first(directory: Any, page: str, hospital: str) -> None:
    assert _draft(directory, page)["hospital"] == hospital


@pytest.mark.parametrize(
    "page",
    [
        # the subject after the comma is a partner or a person: not where the department is
        "Radiation Oncology\nLocated next to Harbourside Hospital, the partner clinic gives radiotherapy. The "
        "department treats lung cancer.",
        "Radiation Oncology\nBased at Harbourside Hospital, Dr. Wang Lei trained in radiotherapy. The department "
        "treats lung cancer with radiotherapy.",
        "Oncology\nLocated in the Science Park of Jinhua Medical University, the department treats lung cancer with "
        "chemotherapy.",
        # a past home is not where the department is
        "Oncology\nHoused in Old Town Hospital until 2010, the department moved to a new building and treats lung "
        "cancer.",
        "Oncology\nOriginally located in Old Town Hospital, the department now treats lung cancer in its own building.",
    ],
)
def test_no_hospital_placed_for_another(directory: Any, page: str) -> None:
    assert _draft(directory, page)["hospital"] is None


# ---------------------------------------------------------------- an address line opening with a number


@pytest.mark.parametrize(
    ("line", "hospital"),
    [
        ("Tel: 0774-2851234  Hezhou People's Hospital, 88 Xinxing Road, Babu District", "Hezhou People's Hospital"),
        ("Phone 0931-8812345 | Lanxi County Hospital | 16 Renmin Road, Lanxi", "Lanxi County Hospital"),
        (
            "E-mail: breast@example.org   Ridgeview Medical Center, 400 Lake Street, Springfield",
            "Ridgeview Medical Center",
        ),
        (
            "Fax: 0551-2223333  Hotline: 0551-2224444  Yongfeng Central Hospital, No. 9 Jiefang Road",
            "Yongfeng Central Hospital",
        ),
        # twin: a hospital after a label other than the department's address is another's
        ("Tel: 0774-2851234  Referrals: Jinyuan People's Hospital, 12 Heping Road", None),
    ],
)
def test_hospital_after_a_number(directory: Any, line: str, hospital: str | None) -> None:
    page = f"Department of Hematology\n{line}\nThe department treats lymphoma."
    assert _draft(directory, page)["hospital"] == hospital


# ---------------------------------------------------------------- hospital-words of other languages


@pytest.mark.parametrize(
    ("page", "hospital"),
    [
        (
            "Oncology Centre\nGasthuis Zuid, Leiden\nThe Oncology Centre of Gasthuis Zuid treats breast cancer.",
            "Gasthuis Zuid",
        ),
        (
            "Breast Centre\nThe Breast Centre of Evangelisches Krankenhaus Lindenau treats breast cancer with surgery.",
            "Evangelisches Krankenhaus Lindenau",
        ),
        (
            "Department of Urology\nVestre Sykehus, Sognsveien 12, 0372 Oslo\nWe treat prostate cancer.",
            "Vestre Sykehus",
        ),
        (
            "Haematology Unit\nThe Haematology Unit at Ospedale San Carlo treats leukaemia with chemotherapy.",
            "Ospedale San Carlo",
        ),
        (
            "Medical Oncology\nMaasziekenhuis Pantein, 12 Dorpsstraat, 5835 Beugen\nWe treat breast cancer.",
            "Maasziekenhuis Pantein",
        ),
        (
            "Centre de lutte contre le cancer\nInstitut Bergonié, 229 cours de l'Argonne, 33076 Bordeaux\nWe treat "
            "sarcoma.",
            "Institut Bergonié",
        ),
    ],
)
def test_hospital_words_of_other_languages(directory: Any, page: str, hospital: str) -> None:
    assert _draft(directory, page)["hospital"] == hospital


def test_no_hospital_where_staff_trained(directory: Any) -> None:
    page = ("Department of Pathology\nOur pathologists trained at Sint Jansdal Ziekenhuis and at Hospital "
            "Universitario La Paz. We diagnose lung cancer.")  # fmt: skip
    assert _draft(directory, page)["hospital"] is None


def test_a_german_institute_stays_a_unit(directory: Any) -> None:
    d = _draft(directory, "Institut für Pathologie\nUniversitätsklinikum Nordheide\nWe diagnose lung cancer.")
    assert (d["name"], d["hospital"]) == ("Institut für Pathologie", "Universitätsklinikum Nordheide")


def test_no_city_from_a_hospital_and_its_city(directory: Any) -> None:
    page = "Oncology Centre\nGasthuis Zuid, Leiden\nThe Oncology Centre of Gasthuis Zuid treats breast cancer."
    assert _draft(directory, page)["city"] is None


# ---------------------------------------------------------------- a kind of institution is no unit's name


@pytest.mark.parametrize(
    "heading",
    [
        "Centre de lutte contre le cancer",
        "Comprehensive Cancer Center",
        "NCI-designated Comprehensive Cancer Center",
        "Centre hospitalier universitaire",
        "Academic Medical Centre",
    ],
)
def test_a_kind_of_institution_is_no_name(directory: Any, heading: str) -> None:
    assert _draft(directory, f"{heading}\nWe treat sarcoma with chemotherapy.")["name"] is None


def test_a_named_centre_stays_a_name(directory: Any) -> None:
    assert _draft(directory, "Sarcoma Cancer Center\nWe treat sarcoma with chemotherapy.")["name"] == (
        "Sarcoma Cancer Center"
    )


# ---------------------------------------------------------------- the site's name over its address block


@pytest.mark.parametrize(
    ("menu", "site", "address", "name"),
    [
        (
            "Northlake Cancer Center | Patients | Cancer Types | Careers",
            "Northlake Cancer Center",
            "1120 Aurora Ave N",
            "Sarcoma Program",
        ),
        (
            "NHS Lowland | Clydeview Cancer Centre | Services A-Z | Contact",
            "Clydeview Cancer Centre",
            "1200 Great Western Road",
            "Specialist Palliative Care Team",
        ),
        (
            "Klinikum Salzburg-Nord | Patients | Departments | Contact",
            "Klinikum Salzburg-Nord",
            "Lindhofstraße 20",
            "University Clinic for Nuclear Medicine and Endocrinology",
        ),
    ],
)
def test_site_name_over_its_address(directory: Any, menu: str, site: str, address: str, name: str) -> None:
    d = _draft(directory, f"{menu}\n\n{name}\n\n{site}\n{address}\nPhone: 206-555-0148\n\nWe treat sarcoma.")
    assert (d["name"], d["hospital"]) == (name, site)


def test_a_unit_named_like_a_centre_stays_the_heading(directory: Any) -> None:
    # twin: the heading itself a centre, with no address under it, is the department
    menu = "Home | Breast Cancer Center | Lung Cancer Center | Contact"
    d = _draft(directory, f"{menu}\n\nBreast Cancer Center\n\nWe treat breast cancer with surgery every day.")
    assert d["name"] == "Breast Cancer Center"


# ---------------------------------------------------------------- the name's form


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Nuclear Medicine Department (Service de Médecine Nucléaire)", "Nuclear Medicine Department"),
        ("Breast Centre (Brustzentrum)", "Breast Centre"),
        ("Oncology Department (肿瘤科)", "Oncology Department"),
        ("Department of Haematology (Servizio di Ematologia)", "Department of Haematology"),
        # twins: a bracket in English is part of the name
        (
            "Interventional Therapy Department (Tumor Interventional Ward)",
            "Interventional Therapy Department (Tumor Interventional Ward)",
        ),
        ("Dept. of Gynecologic Oncology", "Department of Gynecologic Oncology"),
    ],
)
def test_name_form(directory: Any, heading: str, name: str) -> None:
    assert _draft(directory, f"{heading}\nWe treat cancer.")["name"] == name


@pytest.mark.parametrize(
    "line",
    ["Dept. of Gynecologic Oncology | Wuwei Cancer Hospital", "Dept. of Urology - Jinyuan People's Hospital"],
)
def test_abbreviated_title_line(directory: Any, line: str) -> None:
    d = _draft(directory, f"{line}\nOur department was awarded by the Lanzhou Municipal Health Commission in 2019.")
    assert d["name"].startswith("Department of") and d["hospital"] == line.split(" ", 4)[-1].lstrip("|- ")


# ---------------------------------------------------------------- a three-letter abbreviation the page defines


@pytest.mark.parametrize(
    ("page", "hospital"),
    [
        (
            "Thoracic Surgery\nFounded in 1952, Pingliang First Hospital (PFH) serves the region. The Department of "
            "Thoracic Surgery at PFH performs lobectomy.",
            "Pingliang First Hospital",
        ),
        (
            "Thoracic Surgery\nThe Thoracic Surgery Department of PFH performs lobectomy. PFH stands for Pingliang "
            "First Hospital (PFH), our home.",
            "Pingliang First Hospital",
        ),
        # twins: an abbreviation the page does not define, or defines for a partner
        ("Thoracic Surgery\nThe Department of Thoracic Surgery of CMA performs lobectomy.", None),
        (
            "Thoracic Surgery\nThe Department of Thoracic Surgery at PFH performs lobectomy. Our partner is Jinyuan "
            "People's Hospital (JPH).",
            None,
        ),
    ],
)
def test_three_letter_abbreviation(directory: Any, page: str, hospital: str | None) -> None:
    assert _draft(directory, page)["hospital"] == hospital


# ---------------------------------------------------------------- a header naming no one hospital


@pytest.mark.parametrize(
    ("page", "hospital"),
    [
        (
            "Cancer Hospital | Departments | Oncology | Contact\nDepartment of Oncology\nThe department treats lung "
            "cancer with chemotherapy every day.\nCopyright © 2021 Lanxi County Cancer Hospital. All rights reserved.",
            "Lanxi County Cancer Hospital",
        ),
        (
            "The Affiliated Hospital\nDepartment of Urology\nThe department treats prostate cancer with surgery every "
            "day.\nLanxi People's Hospital is located in Lanxi, and is a tertiary hospital.",
            "Lanxi People's Hospital",
        ),
        # the owner's initials make the name: "WLCB Central Hospital" (not "Central Hospital")
        (
            "WLCB Central Hospital  >  Clinical Departments  >  Interventional Therapy Department\n\nInterventional "
            "Therapy Department\n\nThe department treats liver cancer with ablation every day of the year.",
            "WLCB Central Hospital",
        ),
        # twins: only a partner named besides, or nothing
        (
            "Cancer Hospital | Departments | Oncology | Contact\nDepartment of Oncology\nThe department treats lung "
            "cancer. We refer patients who need surgery to Jinyuan People's Hospital.",
            None,
        ),
        (
            "Cancer Hospital | Departments | Oncology | Contact\nDepartment of Oncology\nThe department treats lung "
            "cancer with chemotherapy every day.",
            None,
        ),
    ],
)
def test_a_generic_header_looks_further(directory: Any, page: str, hospital: str | None) -> None:
    assert _draft(directory, page)["hospital"] == hospital


# ---------------------------------------------------------------- a city after a suburb's state and postcode


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("Nedlands WA 6009, Perth, Western Australia", "Perth"),
        ("Randwick NSW 2031, Sydney, Australia", "Sydney"),
        ("Woolloongabba QLD 4102, Brisbane", "Brisbane"),
        # twin: the city only in a sentence about where patients come from
        ("Nedlands WA 6009", None),
    ],
)
def test_city_after_a_suburbs_postcode(directory: Any, address: str, city: str | None) -> None:
    page = (
        f"Medical Oncology\n\nKings Park General Hospital\n40 Hospital Avenue\n{address}\nPhone: (08) 6457 3333\n\n"
        "The department treats adults from the Perth metropolitan area and regional Western Australia."
    )
    assert _draft(directory, page)["city"] == city
