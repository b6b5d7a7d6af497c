"""Words that name no particular unit or hospital on their own.

- ``GENERIC_WORDS``: a heading made only of these ("Department Introduction", "Overview", "Our Team") is
  no department's name;
- ``generic``: a hospital "name" made only of hospital-words ("Cancer Hospital", "the Affiliated Hospital",
  "Medical Center") names no one hospital, so it is never taken as the department's hospital;
- ``institution_kind``: a heading that says what kind of institution the hospital is ("Comprehensive Cancer
  Center", "Centre de lutte contre le cancer", "Centre hospitalier universitaire") names no unit;
- ``unit_stems``: the words that tell one unit's name from another's, to ask whether two names
  can be one unit ("Department of Thoracic Surgery" and "Thoracic Surgery Ward" can).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from oncodir.extract.regexcache import compiled

GENERIC_WORDS = frozenset(
    [
        "clinical",
        "department",
        "departments",
        "dept",
        # "About the Clinic", "Our Unit": a unit-word alone names no unit
        "clinic",
        "clinics",
        "division",
        "unit",
        "ward",
        "section",
        "introduction",
        "intro",
        "general",
        "overview",
        "outline",
        "about",
        "us",
        "our",
        "patient",
        "patients",
        "care",
        "history",
        "development",
        "visions",
        "vision",
        "focus",
        "areas",
        "area",
        "key",
        "figures",
        "home",
        "welcome",
        "profile",
        "team",
        "faculty",
        "staff",
        "contact",
        "services",
        "service",
        "research",
        "education",
        "news",
        "the",
        "and",
        "of",
        "to",
        "in",
        "a",
        "an",
        "&",
        "centers",
        "centres",
        "center",
        "centre",
        "generation",
        "features",
        "feature",
        "characteristics",
        "specialties",
        "specialty",
        "national",
        "main",
        "page",
        "info",
        "information",
        "brief",
        "summary",
        "description",
        "current",
        "location",
        "medical",
        "teams",
    ]
)

# Words that name no one hospital on their own: "Cancer Hospital", "the Affiliated Hospital", "Medical Center",
# "Outpatient Clinic"
_GENERIC_HOSPITAL = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "&",
        "cancer",
        "tumor",
        "tumour",
        "hospital",
        "hospitals",
        "center",
        "centre",
        "medical",
        "university",
        "general",
        "affiliated",
        "clinic",
        "clinics",
        "institute",
        "research",
        "oncology",
        "comprehensive",
        "provincial",
        "municipal",
        "city",
        "people's",
        "peoples",
        "first",
        "second",
        "third",
        "fourth",
        "children's",
        "women's",
        "teaching",
        "main",
        "central",
        # a hospital's services, no hospital: "Outpatient Clinic", "Day Hospital", "Specialist Clinics"
        "outpatient",
        "outpatients",
        "inpatient",
        "day",
        "specialist",
        "consultation",
    ]
)


# a menu's items run together: "Home About Us Hospital Profile ...": no hospital's name
_MENU = compiled(r"(?i:\bhome\s+about\b|\babout\s+us\b|\bcontact\s+us\b)")


def generic(hospital: str) -> bool:
    """A fragment such as 'Cancer Hospital' or 'the Hospital', or a menu's items: no hospital's name."""
    if _MENU.search(hospital):
        return True
    words = re.findall(r"[\w'’&]+", hospital.lower().replace("’", "'"))
    return all(w in _GENERIC_HOSPITAL for w in words)


# a kind of institution, as a site's tagline gives it: no one unit's name (nor one hospital's)
_KIND = compiled(
    r"(?:an?\s+|the\s+)?(?:(?:NCI[- ]designated\s+)?comprehensive\s+cancer\s+cent(?:er|re)"
    r"|(?:a\s+)?centres?\s+de\s+lutte\s+contre\s+le\s+cancer|centre\s+r[ée]gional\s+de\s+lutte\s+contre\s+le\s+cancer"
    r"|centre\s+hospitalier(?:\s+(?:universitaire|r[ée]gional|g[ée]n[ée]ral))*|academic\s+medical\s+cent(?:er|re)"
    r"|centro\s+oncol[óo]gico(?:\s+(?:regional|de\s+referencia))?)",
    re.I,
)


def institution_kind(line: str) -> bool:
    """'Centre de lutte contre le cancer', 'NCI-designated Comprehensive Cancer Center': a kind, no unit."""
    return _KIND.fullmatch(line.strip(" .:")) is not None


_UNIT_WORDS = frozenset(
    ["and", "&", "of", "the", "for", "department", "division", "center", "centre", "unit", "ward", "clinic",
     "service", "program", "programme"]
)  # fmt: skip


def unit_stems(name: str) -> set[str]:
    """The first five letters of each word of a unit's name but the words every unit's name has."""
    return {w[:5] for w in re.findall(r"[a-z&]+", name.lower()) if w not in _UNIT_WORDS}


def own_stems(own_names: Iterable[str]) -> set[str]:
    """The stems of all the department's own names."""
    return set().union(*(unit_stems(n) for n in own_names))


# A specialty's noun in a unit's name: what kind of unit it is ("Surgery" in "Pediatric Surgery"), beside the words
# that say whose patients it treats ("Pediatric"); surgery, surgical and surgeons are one kind
_KIND_NOUN = compiled(
    r"[a-z]+(?:ology|ologie|ologists?|iatry|therapy)|surg(?:ery|ical|eons?)|medicine|(?:pa?ediatr|orthopa?ed|obstetr|"
    r"geriatr)ics"
)
_ONE_SPELLING = (("haem", "hem"), ("paed", "ped"), ("gynaec", "gynec"), ("oesoph", "esoph"), ("orthopaed", "orthoped"))


def one_spelling(name: str) -> str:
    """A unit's name in lower case with one spelling of each specialty ("haematology" and "hematology" meet)."""
    text = name.lower()
    for old, new in _ONE_SPELLING:
        text = text.replace(old, new)
    return text


def _kind_words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", one_spelling(name))


def other_kind(unit: str, own_names: Iterable[str]) -> bool:
    """Whether a unit sharing words with the department's names is still another kind of unit: its name has a
    specialty's noun that none of the department's names has ("the Department of Pediatric Surgery" beside "Pediatric
    Hematology and Oncology"; "Pediatric Hematology" beside "Hematology" is no other kind)."""
    own = {w[:4] for n in own_names for w in _kind_words(n)}
    return any(_KIND_NOUN.fullmatch(w) and w[:4] not in own for w in _kind_words(unit))
