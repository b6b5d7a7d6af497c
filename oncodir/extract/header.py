"""The hospital a page names as the site's own outside its department's sentences.

- a header line that is a hospital's name, alone or as the first field of a navigation line
  ("X Hospital | 中文 | Search") or the last of a menu naming no other hospital ("News | Contact Us |
  X Hospital"), after a Chinese name ("大同平城中心医院 | Datong Pingcheng Central Hospital") or with
  "The" before it, in other languages too ("Spital X", "Policlinico X", "X MC", "Institut de Cancérologie X",
  "Centre Hospitalier X"), and after a "Skip to
  content" link;
- a sentence that opens with a hospital and places it ("X Hospital is located in Fuzhou");
- a copyright line ("Copyright (c) 2019 X Hospital", "© Copyright X Hospital  ICP No. ..."), and a location or
  contact block whose lines name one hospital ("Location / X Medical Center, Alder Pavilion, 3rd floor");

``named_elsewhere`` tries these after the header, in turn: the sentence placing the hospital, one saying it opened
the department (:mod:`.opened`), the copyright line, the location block, an address line, an unlabelled address block
(:mod:`.streetblock`).

A menu's item about the hospital ("Hospital Affairs", "Cancer Center Events") is no hospital's name.
"""

from __future__ import annotations

import re
from itertools import compress

from oncodir.extract.folding import holds_any
from oncodir.extract.generic import generic
from oncodir.extract.hospitals import FULL, HOSPITAL_NAME, NEAR_TOP, clean_hospital
from oncodir.extract.opened import opening_hospital
from oncodir.extract.regexcache import compiled
from oncodir.extract.streetblock import street_block_hospital

# "Departments & Centers Yat-sen Breast Tumor Hospital": a menu's title run into the heading
NAV_PREFIX = compiled(r"^(?:Departments|Centers|Centres|Specialties)(?:\s*(?:&|and)\s*(?:Centers|Centres|Clinics|"
                         r"Institutes))?\s+(?=[A-Z])")  # fmt: skip
# "Introduction of", "A Brief Introduction to the", "Overview of": a label before the name a heading gives
_INTRO = r"^(?:\W+\s*)?(?:(?:An?\s+)?(?:(?:Brief|Short|General)\s+)?(?:Introduction|Overview)\s+(?:of|to)\s+(?:the\s+)?"
INTRO_LABEL = compiled(_INTRO + ")", re.I)
# ... and "Welcome to", "Name:", before a department's name (a hospital welcoming readers names itself in full)
HEADING_LABEL = compiled(_INTRO + r"|Welcome\s+to\s+(?:the\s+)?|Name\s*[:：]\s*)", re.I)

_CJK_ONLY = compiled(r"[\u3000-\u9fff\uff00-\uffef\s()（）·]+")
_SMALL = frozenset(["of", "the", "and", "for", "at", "in", "de", "der", "van", "von"])
# "X Hospital, Y University" or "Inselspital, Universitätsspital Bern": a hospital and another of its names
_NAMED_FIELD = compiled(rf"(?P<h>(?:{FULL})(?:\s*,\s*Campus\s+[A-ZÄÖÜ][\w-]*)?)(?:\s*,\s*[^|,]{{3,60}})?")


def _title(text: str) -> str:
    """'GANSU PROVINCIAL CANCER HOSPITAL' -> 'Gansu Provincial Cancer Hospital' (a name in capitals only)."""
    if not text.isupper() or len(text.split()) < 2:
        return text
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


# Between the fields of a header line: "X Hospital | Search", "X Hospital > Departments > Y", "X · Campus Y",
# "University Hospital X - Medical Clinic II"
_SEPARATOR = compiled(r"\s*(?:[|>»›·]|::)\s*|\s+[–—-]\s+|\s{3,}|\t")
# A hospital's name in title case, as a header writes it: "National Cancer Center Hospital East",
# "St. Mary University Hospital Münster", "Azienda Ospedaliera San Gerardo dei Colli"
_NAME_WORD = r"(?:[A-ZÄÖÜ][\w'’.-]*|of|the|and|&|de|del|della|dei|di|da|do|dos|das|der|des|du|la|le|am|an|van|von)"
_TITLE_NAME = compiled(rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{1,9}}")
# (in other languages too: "Spital Aaretal", "Policlinico San Matteo"; "Erasmus MC", "Amsterdam UMC": a Dutch
# medical centre, its abbreviation closing the name)
_HOSPITAL_WORD = compiled(
    r"\b(?:Hospital|Ospedal\w*|Hôpital|Klinikum|Universitätsmedizin|Krankenhaus|Infirmary|Spital|Policlinico|"
    r"(?:Cancer|Medical)\s+Cent(?:er|re)|Cancer\s+Institute|Centre\s+Hospitalier|Clinique|"
    # "Kungsportens Universitetssjukhus", "Vestre Sykehus", "Nordby Sygehus": a hospital in the Nordic languages
    r"\w*(?:sjukhus(?:et)?|sykehus(?:et)?|sjukehus(?:et)?|sygehus(?:et)?)|"
    # "Sint Maarten Gasthuis", "Rijnstate Ziekenhuis", "Helsingin Sairaala", "Institut Bergonié"
    r"\w*(?:[Gg]asthuis|[Zz]iekenhuis|[Kk]rankenhaus|[Ss]airaala)|Institut\s+(?!f[üu]r\b)[A-Z]\w*|"
    # "Institut de Cancérologie X", "Istituto Nazionale dei Tumori": a cancer institute in the languages of Europe
    r"In?stitut[eo]?\s+(?:(?:de|du|des|di|del|dei|Nazionale|Nacional|National)\s+){0,2}(?:Canc|Oncol|Tumor)\w*"
    r")\b|\s(?:U?MC)$"
)
# "Skip to content | X Hospital | Patients": a link for screen readers before the navigation's first field
_SKIP_LINK = compiled(r"^(?:Skip|Jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)$", re.I)
_UNIT_WORD = compiled(
    r"\b(?:Department|Dept|Division|Unit|Ward|Program(?:me)?|Section|Services?|Clinic|Klinik|Abteilung|Surgery|"
    r"Team|Home|Welcome|News|Search)\b"
    # "Hospital Affairs", "Cancer Center Events", "Medical Center Careers": a menu's item about the hospital, no name
    r"|\b(?:Affairs|Culture|Events|Careers|Jobs|Recruitment|Notices|Announcements|Guide|Overview|Profile|"
    r"Introduction|Tour|Honou?rs|Leadership|Information|Updates|Publicity|Giving|Donations?)$"
)


# "X Hospital, E.P.E.", "X Klinikum gGmbH", "X Medical Center, Inc.": the owner's legal form after the name
_LEGAL_FORM = compiled(r",?\s*(?:(?:[A-Z]\.){2,}[A-Z]?|g?GmbH|AG|Inc\.?|Ltd\.?|LLC|S\.?p\.?A\.?)$")


# "X Hospital  English | 中文": the language switch run into the name's field is no part of the name
# (and so is the menu's first item: "X Hospital  Home | Outpatients | Access")
_LANGUAGE_AFTER = compiled(
    r"[^\S\n]+(?:English|ENGLISH|EN|ENG|Français|Deutsch|Español|Nederlands|Italiano|Português|Home|HOME)$"
)


def _field_hospital(field: str) -> str | None:
    """A header field that is a hospital's name: 'The X Hospital', 'UKSH Universitätsklinikum X, Campus Y',
    'X Cancer Hospital (X Tumor Hospital)'."""
    field = _LANGUAGE_AFTER.sub("", field)
    field = re.sub(r"^(?:The|THE)\s+|\s*\([^()]*\)", "", _title(field)).strip()
    shorter = re.sub(r"^[A-Z]{2,6}\s+(?=[A-ZÄÖÜ][a-zäöü])", "", field)  # "UKSH Universitätsklinikum X": the owner's
    field = field if generic(shorter) else shorter  # initials; but "WLCB Central Hospital" is the name itself
    field = _LEGAL_FORM.sub("", field)
    m = _NAMED_FIELD.fullmatch(field)
    if m:
        return clean_hospital(m["h"])
    if _TITLE_NAME.fullmatch(field) and _HOSPITAL_WORD.search(field) and not _UNIT_WORD.search(field):
        return clean_hospital(field)
    return None


# A menu item that leads to other hospitals: a hospital after it is a link, not the site's name
_PARTNER_ITEM = compiled(
    r"\b(?:partner\w*|links?|network|affiliat\w*|alliances?|sister|cooperat\w*|collaborat\w*)\b", re.I
)
_FULL_MENU = 5  # fields: a whole menu, the site's name at its end ("About Us | News | ... | Contact Us | X Hospital")


def _ends(fields: list[str], trail: bool) -> list[str]:
    """The fields of a header line that may be the site's name: the first, or the last of a whole menu when no other
    field names a hospital or leads to partners; a menu listing several hospitals ("A Hospital | B Hospital") or
    "Home | Partners | X Hospital" links to others, and a trail's last step ("Home > Cancer Care > Neuro-Oncology
    Clinic") is the page's unit."""
    if len(fields) < _FULL_MENU or trail or any(_HOSPITAL_WORD.search(f) for f in fields[:-1]):
        return fields[:1]
    return fields[:1] if any(_PARTNER_ITEM.search(f) for f in fields) else [fields[0], fields[-1]]


# "Search | X Hospital | Contact": a site's tool before its name
_TOOL = compiled(r"^(?:Search|Menu|Logo|Login|Log\s+in|Sitemap|Site\s+map)$", re.I)


def _initials(name: str) -> str:
    """'Karamay Central Hospital' -> 'KCH'; 'Sun Yat-sen University Cancer Center' -> 'SYSUCC'."""
    words = re.findall(r"[A-Za-z][\w'’]*", name)
    return "".join(w[0].upper() for w in words if w.lower() not in _SMALL)


def _leading(first: str, second: str) -> bool:
    """A field before the site's name that is no name: a tool ("Search | X Hospital"), or the name's own initials
    ("KCH | Karamay Central Hospital"; "ABC | X Hospital" is another body's)."""
    if _TOOL.match(first):
        return True
    return first.isupper() and 2 <= len(first) <= 8 and first == _initials(second)


def header_hospital(lines: list[str]) -> str | None:
    """The hospital named alone on a header or navigation line (or as its first field: "X Hospital | 中文 |
    Search"), if one is; names on adjacent lines at the top are one hospital's names, the first taken."""
    found: dict[str, int] = {}
    for i, line in enumerate(lines):
        line = re.sub(r"\s*(?:All Rights Reserved|Copyright|©).*$", "", line.strip().lstrip("•·*-– "), flags=re.I)
        fields = [f for f in _SEPARATOR.split(INTRO_LABEL.sub("", NAV_PREFIX.sub("", line))) if f]
        # "大同平城中心医院 | Datong Pingcheng Central Hospital": the name in Chinese, then in English
        fields = [f for f in fields if not _CJK_ONLY.fullmatch(f) and not _SKIP_LINK.match(f)]
        fields = fields[1:] if len(fields) > 1 and _leading(fields[0], fields[1]) else fields
        for field in _ends(fields, bool(re.search(r"[>»›]", line))):
            name = _field_hospital(field)
            if name:
                found.setdefault(name, i)
    rows = sorted(found.values())
    if len(found) == 1 or (found and rows == list(range(rows[0], rows[0] + len(rows)))):
        return min(found, key=found.__getitem__)
    return None


# "Copyright © 2023 X Hospital. All rights reserved": the site's owner, wherever the line is
# ("Copyright (c) X Hospital", "© Copyright 2020 X", a licence number after two spaces: "X Hospital  Hunan ICP No. 1")
_COPYRIGHT = compiled(
    r"(?:Copyright[^\S\n]*(?:©|\([cC]\))?|©(?:[^\S\n]*Copyright)?|(?<!\w)\([cC]\))[^\S\n]*"
    rf"(?:\d{{4}}(?:[^\S\n]*[-–][^\S\n]*\d{{4}})?[^\S\n]*)?(?:The[^\S\n]+)?"
    rf"(?P<h>{FULL})(?=[^\S\n]*(?:[.,|]|All\b|$|[^\x00-\x7f])|[^\S\n]{{2,}})",
    re.M,
)


# "The Second Hospital of Yulin   Shaanxi ICP No. 0501": the licence run into a name's "of" tail is no part of it
_LICENCE_TAIL = compiled(r"[^\S\n]{2,}.*$|[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?ICP\b.*$")
# "© 2018 HFPH. All rights reserved.  Heihe First People's Hospital, Heilongjiang": the owner later on the line
_COPYRIGHT_MARK = compiled(r"©|\bCopyright\b|\bAll\s+rights\s+reserved\b", re.I)
# (a whole name: "Riverside Hospital Group Co. Ltd" is a company's, no hospital's)
_FULL_IN_LINE = compiled(
    rf"(?:The[^\S\n]+)?{HOSPITAL_NAME}(?=[^\S\n]*(?:[.,|]|All\b|$|[^\x00-\x7f])|[^\S\n]{{2,}})", re.M
)


def copyright_hospital(text: str) -> str | None:
    """The hospital a copyright line names (the one, if all such lines name one): right after its mark, else the one
    hospital the line names anywhere."""
    if not holds_any(text, ("©", "(c)", "copyright", "reserved")):
        return None  # no mark of either kind: no line to read
    found = {clean_hospital(_LICENCE_TAIL.sub("", m["h"])) for m in _COPYRIGHT.finditer(text)}
    if not found:
        for mark in _COPYRIGHT_MARK.finditer(text):
            start, end = text.rfind("\n", 0, mark.start()) + 1, text.find("\n", mark.end())
            line = text[start : end if end >= 0 else len(text)]
            names = {clean_hospital(_LICENCE_TAIL.sub("", m["h"])) for m in _FULL_IN_LINE.finditer(line)}
            if len(names) > 1:  # a line naming several hospitals names no one owner
                return None
            found |= names
    return found.pop() if len(found) == 1 and not generic(next(iter(found))) else None


# "Fujian Cancer Hospital (...) is located in Fuzhou", "Samsung Medical Center, located at 81 ...", "X Hospital,
# founded in 1946, is ...": a sentence that opens with a hospital and places or dates it is about the page's hospital
_LOCATED_AT = compiled(
    rf"(?:^|\n|\.\s+)(?:The\s+)?{HOSPITAL_NAME}(?:\s*\([^()\n]{{0,160}}\))?,?\s+(?:is\s+|was\s+)?"
    r"(?P<verb>located|situated|based|founded|established|built)\s+(?:in|at|on)\b"
)
# a centre may be the department itself ("Breast Cancer Center was founded in 2008"); a hospital is not
_HOSPITAL_ITSELF = compiled(r"\b(?:Hospital|Klinikum|Infirmary)\b|spital\b")


# "Tongliao City Hospital is a comprehensive grade III hospital located in ...", "Located at No. 12 X Road, Xuchang,
# Y Hospital is a Grade III-A general hospital", "Founded in 1950, Y Hospital is one of the largest hospitals in ...":
# a sentence that opens with a hospital (perhaps after a phrase placing or dating it) and says what hospital it is
_IS_A_HOSPITAL = compiled(
    r"(?:^|\n|\.\s+)(?:(?:Located|Situated|Founded|Established|Built|Set\s+up)\b(?:[^.\n]|\.(?!\s+[A-Z])){0,120}?,\s+)?"
    rf"(?:The\s+)?{HOSPITAL_NAME}(?:\s*\([^()\n]{{0,160}}\))?,?\s+(?:is|was)\s+(?:a|an|one\s+of\s+the)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:hospitals?|medical\s+cent(?:er|re)s?)\b(?P<rest>[^.\n]{0,200})"
)
# a hospital the sentence says the department sends patients to or learns from is someone else's
_SOMEONE_ELSES = compiled(
    r"\b(?:refer\w*|partner\w*|cooperat\w*|collaborat\w*|train\w*|stud(?:y|ied)|visit\w*)\b", re.I
)


def located_hospital(text: str) -> str | None:
    """The hospital a page's sentence opens with and places somewhere, or calls a hospital: the page's own."""
    m = _LOCATED_AT.search(text[:NEAR_TOP])
    if m is None:
        m = _IS_A_HOSPITAL.search(text[:NEAR_TOP])
        if m is None or _SOMEONE_ELSES.search(m["rest"]) or generic(m["h"]):
            return None
        return clean_hospital(m["h"])
    if generic(m["h"]):
        return None
    if m["verb"] not in ("located", "situated", "based") and not _HOSPITAL_ITSELF.search(m["h"]):
        return None
    return clean_hospital(m["h"])


# "Location", "Contact us", "Where to find us": a block that gives the department's address, its hospital first
_BLOCK_LABEL = compiled(
    r"^\W*(?:locations?|contact(?:\s+(?:us|details|information))?|(?:our\s+)?address|(?:where|how)\s+to\s+find\s+us|"
    r"find\s+us|visit\s+us|getting\s+here|access|directions|how\s+to\s+get\s+here)\s*[:：]?\s*$",
    re.I,
)
_BLOCK_LINES = 3  # lines under the label: a unit's name, then its hospital, then the street


def block_hospital(lines: list[str]) -> str | None:
    """The hospital a location or contact block names on a line of its own (or as the line's first field: "X
    Medical Center, Alder Pavilion, 3rd floor"), when every such block names that one hospital and no other."""
    found: set[str] = set()
    for i in compress(range(len(lines)), lines):  # (empty lines, most of some pages, passed at once)
        if not _BLOCK_LABEL.match(lines[i]):
            continue
        under = [x.strip() for x in lines[i + 1 : i + 1 + 2 * _BLOCK_LINES] if x.strip()][:_BLOCK_LINES]
        for field in (x.split(",")[0].strip() for x in under):
            name = _field_hospital(field)
            if name:
                found.add(name)
    return found.pop() if len(found) == 1 and not generic(next(iter(found))) else None


def title_hospital(line: str) -> tuple[str, str] | None:
    """The unit and the hospital after it on a title line: "Thoracic Surgery | X People's Hospital", "Breast Unit - X
    Hospital" (a unit first, its hospital last; no trail, and no other hospital on the line)."""
    fields = [f for f in _SEPARATOR.split(line.strip()) if f]
    if not 2 <= len(fields) <= 3 or re.search(r"[>»›]", line) or any(_PARTNER_ITEM.search(f) for f in fields):
        return None
    if not _UNIT_WORD.search(fields[0]) or _HOSPITAL_WORD.search(fields[0]):
        return None
    hospital = _field_hospital(fields[-1])
    return (fields[0], hospital) if hospital else None


# "X Hospital, 12 Y Road, 7030 Trondheim", "X Hospital | Tel: 0550-1234567", "Postal address: Unit, X Hospital, ...":
# the hospital an address or contact line opens with (after its label, or after the unit) is where the department is
_LINE_LABEL = compiled(r"^\W*(?:[A-Za-z]+\s+)?(?:address|add|location)\s*[:：]\s*", re.I)
_LINE_FIELD = compiled(r"\s*[,|·]\s*|\s{2,}|\s[–—]\s")  # ("X Hospital - 112 cours Y - 33076 Z", en dashes)
_CONTACT = compiled(
    r"^(?:Tel|Telephone|Phone|Fax|E-?mail|Add(?:ress)?|Hotline)\b\.?\s*[:：]?\s*\S*\d|^(?:No\.\s*)?\d", re.I
)
# "Tel: 0774-2851234", "E-mail: x@y.org" before the hospital's name on its address line
_CONTACT_FIRST = compiled(r"^(?:Tel|Telephone|Phone|Fax|E-?mail|Hotline)\b\.?\s*[:：]?\s*\S*[\d@]", re.I)
_LINE_MAX = 150  # characters: a longer line is prose


def address_hospital(lines: list[str]) -> str | None:
    """The one hospital that address or contact lines open with (each such line naming that hospital)."""
    found: set[str] = set()
    for line in filter(None, lines):  # (blank lines skipped at C speed: a page may hold many)
        line = line.strip()
        if len(line) > _LINE_MAX or not re.search(r"\d", line):
            continue
        fields = [f for f in _LINE_FIELD.split(_LINE_LABEL.sub("", line)) if f]
        while len(fields) > 2 and _CONTACT_FIRST.match(fields[0]):
            fields = fields[1:]  # "Tel: 0774-2851234  X Hospital, 88 Y Road": the number first, then the address
        if fields and _UNIT_WORD.search(fields[0]) and not _HOSPITAL_WORD.search(fields[0]):
            fields = fields[1:]  # "Nuclear Medicine Clinic, X Hospital, 751 85 Uppsala": the unit, then its hospital
        if len(fields) < 2 or not any(_CONTACT.match(f) for f in fields[1:]):
            continue
        name = _field_hospital(fields[0])
        if name:
            found.add(name)
    return found.pop() if len(found) == 1 and not generic(next(iter(found))) else None


def named_elsewhere(text: str, lines: list[str], name: str | None) -> tuple[str | None, str]:
    """The hospital the page names outside its department's phrases, surest first: a sentence placing it, one
    saying it opened the department, the copyright line, the location block."""
    finders = (
        (located_hospital, "located"),
        (lambda t: opening_hospital(t, name), "opened"),
        (copyright_hospital, "copyright"),
        (lambda _: block_hospital(lines), "location block"),
        (lambda _: address_hospital(lines), "address line"),
        (lambda _: street_block_hospital(lines), "address block"),  # (a name over a street line, no label)
    )
    for finder, how in finders:
        hospital = finder(text)
        if hospital:
            return hospital, how
    return None, ""
