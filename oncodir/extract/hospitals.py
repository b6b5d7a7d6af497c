"""What a hospital's name looks like, in the forms pages write it.

``FULL`` is one hospital's name: words then a hospital-word ("Sichuan Cancer Hospital", "Samsung Medical Center",
"Royal Infirmary", "Lakeside Health Sciences Centre", "X Regional Oncology Centre"), optionally "of"/"affiliated to"
a university; a place after the hospital-word ("University Hospital Essen", "Universitätsmedizin Rostock"); one
compound word ("Inselspital", "Klinikum Nürnberg"). ``HOSPITAL`` also takes an abbreviation standing for one
("FUSCC"). Every pattern is bounded, so no page makes it backtrack for long.
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

NEAR_TOP = 20_000  # characters: where a page names its department's hospital

# A word of a hospital's name: not one that names a department ("Thoracic Surgery of X Hospital")
_HWORD = (
    r"(?!(?:Department|Division|Surgery|Oncology|Unit|Section|Ward|Radiotherapy|Chemotherapy|Medicine|"
    r"Radiology|Pathology|Gynecology|Urology|Hematology|Haematology|Program|Programme|Introduction|Our|The|This|That|"
    r"Its|Their|His|Her|A|An|Each|Every|Whole|Entire|In|At|As|All|Since|From|With)\b)"
    # ("St. Vincent's Hospital", "Mt. Sinai Hospital": a saint's or a mountain's abbreviation, with its full stop)
    r"(?:(?:St|Ste|Mt)\.(?=[^\S\n]+[A-Z])|[A-Z][\w'’-]*)"
)
_TAIL = r"(?!(?:Department|Division|Our|The|This|In|At|As)\b)[A-Z][\w'’-]*"
# A hospital-word in the languages of Europe (Dutch, German, Nordic, Finnish)
# ("Sonnenrain Klinik Zürich", "Klinik Hirslanden"; never an adjective's, "Medizinische Klinik II", a unit)
_LOCAL_HEAD = (
    r"(?:Gasthuis|Ziekenhuis|Krankenhaus|Sjukhus(?:et)?|Sjukehus(?:et)?|Sykehus(?:et)?|Sygehus(?:et)?|Sairaala"
    r"|(?<!sche[^\S\n])(?<!schen[^\S\n])(?<!sches[^\S\n])Klinik\b)"
)
HOSPITAL_HEAD = (
    r"(?:(?:[Hh]ospital|Cancer[^\S\n]+Cent(?:er|re)|Medical[^\S\n]+Cent(?:er|re)|Klinikum|Infirmary|Cancer[^\S\n]+Institute"
    # "Moravian Regional Oncology Centre": a region's or nation's oncology centre is an institution, not a unit
    r"|(?:Regional|National|Provincial|Comprehensive|State)[^\S\n]+Oncology[^\S\n]+Cent(?:er|re)"
    r"|Clinic|NHS[^\S\n]+(?:Foundation[^\S\n]+)?Trust|Health[^\S\n]+Sciences?[^\S\n]+Cent(?:er|re)"
    # "Spaarne Gasthuis", "Rode Kruis Ziekenhuis", "Evangelisches Krankenhaus", "Vestre Sykehus": other languages'
    # (with its place after: "Evangelisches Krankenhaus Lindenau", "Sint Maarten Gasthuis Utrecht")
    rf"|{_LOCAL_HEAD}(?:[^\S\n]+{_HWORD}){{0,2}})"
    # "Cancer Institute and Hospital", "Cancer Hospital & Institute": one hospital with its institute
    r"(?:[^\S\n]*(?:and|&)[^\S\n]*(?:Hospital|(?:Research[^\S\n]+)?Institute)\b)?)"
)
# "University Hospital Essen", "Universitätsklinikum Nordstadt": the place after the head
_PLACE_AFTER = (
    r"(?:University[^\S\n]+(?:Hospital|Medical[^\S\n]+Cent(?:er|re))|Universitätsklinikum|Uniklinik(?:um)?"
    r"|Universitätsmedizin)"
    rf"(?:[^\S\n]+{_HWORD}){{1,2}}"
)
# "Inselspital", "Universitätsspital Bern", "Kantonsspital Aarau", "Klinikum Nürnberg": one word, then its place
# (not "Hospital Services": "Hospital" itself ends in "spital")
_ONE_WORD = (
    r"(?!Hospital\b)[A-Z][\w'’-]*(?:spital|klinikum|ziekenhuis|gasthuis|krankenhaus|sjukhus(?:et)?|sjukehus(?:et)?|"
    rf"sykehus(?:et)?|sygehus(?:et)?|sairaala)(?:[^\S\n]+{_HWORD}){{0,2}}"
)
# "Gasthuis Zuid", "Hôpital de la Pitié", "Ospedale San Carlo", "Hospital Universitario La Paz", "Institut Bergonié":
# the hospital-word first, then the hospital's own name (not "Institut für Pathologie": a unit)
_HEAD_FIRST = (
    rf"(?:{_LOCAL_HEAD}|H[ôo]pital|Ospedale|Hospital[^\S\n]+(?:Universitari[oa]|General|Cl[íi]nico))"
    rf"(?:[^\S\n]+(?:(?:de|del|della|di|du|des|la|le|da|do|dos|d')[^\S\n]*){{0,2}}{_HWORD}){{1,3}}"
    # "Institut Curie", "Institut Jules Bordet": a person's name right after it (not "Institut de Recherche X",
    # "Institut National ...": a research body)
    rf"|Institut[^\S\n]+(?!(?:National|Nationale|Research|Recherche|Universitaire|Sup[ée]rieur)\b){_HWORD}"
    rf"(?:[^\S\n]+{_HWORD}){{0,2}}"
    # "Istituto Ortopedico Rizzoli", "Istituto Clinico Humanitas": Italy's (not "Istituto Superiore di Sanità", a
    # research body); a word of the name may follow "di"/"dei" ("Istituto Nazionale dei Tumori")
    # (nor its "IRCCS" after it, a research hospital's designation, no part of the name)
    rf"|Istituto(?:[^\S\n]+(?:(?:di|dei|del|della)[^\S\n]+)?(?!(?:Superiore|Ricerca|Ricerche|IRCCS)\b){_HWORD}){{1,3}}"
)
FULL = (
    rf"{_PLACE_AFTER}|{_HEAD_FIRST}|{_ONE_WORD}|(?:{_HWORD}[^\S\n]+)(?:(?:{_HWORD}|of|the|and|&)[^\S\n]+){{0,7}}?{HOSPITAL_HEAD}(?:s\b)?"
    # "... Hospital of Zhejiang University School of Medicine", "General Hospital of Nuclear Industry",
    # "... Hospital affiliated Xiamen University", "... Hospital Affiliated to X University" (in the name's own
    # capitals), "..., Zhejiang University School of Medicine"
    rf"(?:(?:[^\S\n]+of|[^\S\n]+[Aa]ffiliated(?:[^\S\n]+(?:to|with))?)[^\S\n]+(?:the[^\S\n]+)?"
    rf"{_TAIL}(?:[^\S\n]+(?:(?:of|the|and)[^\S\n]+)*{_TAIL}){{0,6}}"
    rf"|[^\S\n]*,[^\S\n]*(?:{_HWORD}[^\S\n]+){{1,4}}(?:University|College)(?:[^\S\n]+School[^\S\n]+of[^\S\n]+Medicine)?)?"
)
# An abbreviation standing for the hospital ("at FUSCC"); not the many that name other things
_ACRONYM = r"\b(?!(?:NCCN|ASCO|ESMO|CSCO|ECCO|NSFC|IMRT|IGRT|SBRT|VMAT|NSCLC|SCLC|PET|MDT|GCP|WHO|CAR)\b)[A-Z]{4,8}\b"
HOSPITAL = rf"(?P<h>{FULL}|{_ACRONYM})"
HOSPITAL_NAME = rf"(?P<h>{FULL})"
FULL_RE = compiled(FULL)
_ABBREV_DEF = compiled(rf"{HOSPITAL_NAME}\s*\((?P<abbr>[A-Z]{{3,8}})\b")
# "SFPH (Shangqiu First People's Hospital)": the abbreviation first, the name it stands for in brackets after it
_ABBREV_FIRST = compiled(rf"\b(?P<abbr>[A-Z]{{3,8}})\s*\((?:the\s+)?{HOSPITAL_NAME}\)")


def clean_hospital(name: str) -> str:
    name = re.sub(r"^(?:the|The|a|A)\s+", "", " ".join(name.split()))
    return name.strip(" ,.;")


def norm(name: str) -> str:
    """A hospital's name for comparison: small letters, no leading "the" / "department of"."""
    return re.sub(r"^(?:the\s+)?(?:department\s+of\s+)?", "", " ".join(name.lower().split()))


def abbreviations(text: str) -> dict[str, str]:
    """Abbreviations the page defines for a hospital: 'Second Affiliated Hospital (SAHZU)', 'SFPH (Shangqiu First
    People's Hospital)'."""
    found = {m["abbr"]: clean_hospital(m["h"]) for m in _ABBREV_FIRST.finditer(text[:NEAR_TOP])}
    found.update((m["abbr"], clean_hospital(m["h"])) for m in _ABBREV_DEF.finditer(text) if not m["h"].isupper())
    return found
