"""The department's name and its hospital, as a page states them.

Name: the last heading-like line before the first paragraph that names a unit ("Breast Surgery", "Division of
Tumor Radiotherapy"); navigation, dates, contact lines, a certification line ("Certified breast centre (...)")
and section headings ("Introduction", "Department introduction", "History & Overview") are skipped, and
"Introduction of"/"Name:" are taken off; the site's name again (over a contact block) is no new heading, and a
hospital before a dash or dot ("The X Hospital — Department of Y", "X Hospital · Department of Y") is split off.
With no such line, the subject of the first sentences ("The Department of X ...", "X Department was founded
..."), else a trail's last step, else a page title's unit ("Sarcoma Program | X Cancer Institute").

Hospital: a hospital named as the department's own, in any of these forms:

- "Department of X of/at/, Y Hospital", "X Department of Y Hospital", "Y Hospital's department of X",
  "Y Hospital X Department", "X is a division at Y Cancer Center", "Program at Smilow Cancer Hospital";
- the same with an abbreviation instead of the name ("Department of Radiation Oncology at FUSCC");
- a name with no hospital-word that the sentence calls a hospital ("Department of X of AZ Portus, a general
  hospital in Ghent");
- a hospital of the directory, by its name or an alias (:mod:`.known`);
- the one hospital named in the page's header lines (before the department's heading), or alone on the line
  right under the heading;
- else a sentence that places the hospital, one that says it opened the department (:mod:`.opened`), the
  copyright line, or the page's location block (:mod:`.header`, :mod:`.opened`).

A hospital found only by its name elsewhere ("trained at Massachusetts General Hospital") is not the department's. Every
pattern is bounded, so no page makes it backtrack for long.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from oncodir.extract.alliances import partners
from oncodir.extract.generic import GENERIC_WORDS as _GENERIC
from oncodir.extract.generic import generic, institution_kind
from oncodir.extract.header import HEADING_LABEL, NAV_PREFIX, header_hospital, named_elsewhere, title_hospital
from oncodir.extract.hospitals import (
    FULL_RE,
    HOSPITAL,
    HOSPITAL_HEAD,
    HOSPITAL_NAME,
    NEAR_TOP,
    abbreviations,
    clean_hospital,
    norm,
)
from oncodir.extract.housing import housed
from oncodir.extract.nameform import written_out
from oncodir.extract.namesplit import UNIT as _UNIT
from oncodir.extract.namesplit import split_name
from oncodir.extract.regexcache import compiled
from oncodir.extract.shortnames import unit_of_short
from oncodir.extract.siteblock import over_address, site_lines
from oncodir.extract.trails import trail_unit
from oncodir.extract.units import own_alias, several

# (a run of bracketed items is a menu: "[Home] [Departments] [Surgery]"; three items parted by " / " a trail)
_NAV = compiled(
    r">|»|\||•\s.*•|\bHome\b.*/|^Home\b|[^/\n]\s/\s[^/\n]+\s/\s|"
    r"All Rights Reserved|Copyright|©|https?://|www\.|@|\[[^\]\n]{1,40}\]\s*\[",
    re.I,
)
# "Certified breast centre (German Cancer Society)", "Accredited by ...": a line about a certificate or award under
# the heading, not the unit's name
_TAGLINE = compiled(
    r"^(?:certified|accredited|recogni[sz]ed|approved|award(?:ed|-winning)|(?:an?\s+)?member\s+of)\b"
    # "Lung Cancer Centre certified by the National Society (NS)": a certificate held, under the heading
    r"|\b(?:certified|accredited|recogni[sz]ed)\s+(?:by|as)\b",
    re.I,
)
# a name that is a list of subjects in title case, closed by "and": "X of A, B and C"
_LISTED = compiled(
    r"[^\W\d][^\d,]*?(?:,\s+[A-ZÄÖÜ][^\W\d]*(?:\s+[A-ZÄÖÜ][^\W\d]*)?){1,5},?\s+(?:and|und|&)\s+[A-ZÄÖÜ][^\d,]*"
)
# an ordinal numbering a unit is part of its name ("3rd Medical Department"), no address's number ("3rd floor")
_ORDINAL = r"(?<!\d)\d{1,2}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,2}(?:Department|Division|Clinic|Section)\b"
# a number (an address's), a label's colon, a sentence's full stop (not after "Dept." or "St."): no heading's name
_NOT_A_NAME = compiled(rf"(?!{_ORDINAL})\d+\s*[A-Za-z]|[:：;]\s*\S|(?<!\bDept)(?<!\bSt)\.\s*\S|[.:：;,]$")
# a line opening with a small joining word continues the heading above it ("with Day Clinic and Palliative Care Unit")
_GOES_ON = compiled(r"(?:with|including|incorporating|comprising|and|plus)\s")
_DATE_LINE = compiled(
    r"^\W*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\b"
)

_WORDS = r"[A-Z\u2160-\u217f][\w'’\u2160-\u217f-]*"
_CONN = r"(?:of|the|and|&|for|de|du|der|für|an|in)"
_DEPT_NAME = rf"(?:{_WORDS}|{_CONN})(?:[^\S\n]+(?:{_WORDS}|{_CONN})){{0,10}}"
_DEPT_NAME_LAZY = rf"{_WORDS}(?:[^\S\n]+(?:{_WORDS}|{_CONN})){{0,8}}?"

# "The Department of X of Y Hospital", "Department of X at Y", "The Department of X, Y Hospital, ..."
_DEPT_OF = compiled(
    rf"\b(?P<d>[Dd]epartment|[Dd]ivision|[Cc]ent(?:er|re)|[Uu]nit|[Pp]rogram(?:me)?) of (?P<n>{_DEPT_NAME_LAZY})"
    rf"(?:[^\S\n]+(?:of|at|in)[^\S\n]+|,[^\S\n]+)(?:[Tt]he[^\S\n]+)?{HOSPITAL}"  # ("of The Second Hospital")
)
# "the Department of X of AZ Portus, a general hospital in Ghent": a name with no hospital-word, called a hospital
_CALLED = compiled(
    rf"\b(?:[Dd]epartment|[Dd]ivision|[Cc]ent(?:er|re)|[Uu]nit|[Pp]rogram(?:me)?) of {_DEPT_NAME_LAZY}[^\S\n]+(?:of|at)"
    rf"[^\S\n]+(?P<h>{_WORDS}(?:[^\S\n]+{_WORDS}){{0,4}}),[^\S\n]+(?:a|an|the|our)[^\S\n]+(?:[a-z-]+[^\S\n]+){{0,3}}"
    r"(?:hospital|medical[^\S\n]+cent(?:er|re))\b"
)
# "X Department of Y Hospital", "X Surgery at Y Hospital", "a newborn division at Y"
_UNIT_OF = compiled(
    rf"\b(?:[Dd]epartment|[Dd]ivision|[Cc]ent(?:er|re)|[Uu]nit|[Pp]rogram(?:me)?|[Ss]urgery|[Oo]ncology|[Ww]ard)"
    rf"\s+(?:of|at)\s+(?:[Tt]he\s+)?{HOSPITAL}"
)
# "Y Hospital's department of X", "Y Hospital's Department of Thoracic Cancer", "Y Hospital Internal Medicine"
_POSSESSIVE = compiled(
    rf"{HOSPITAL}['’]s\s+(?=[A-Za-z])|{HOSPITAL_NAME.replace('<h>', '<h2>')}"
    r"[^\S\n]+(?=(?:[A-Z]\w+[^\S\n]+){0,3}(?:Department|Medicine|Surgery|Oncology)\b"
    # ("Y Hospital Head and Neck Surgery Department": "and" within a name of single-spaced words, a capital first;
    # not "working with X Institute and Y Department", nor a menu's items "Home  About Us  Hospital  Surgery")
    r"|[A-Z][\w-]+ (?:(?:[A-Z][\w-]+|and|&) ){0,4}(?:Department|Medicine|Surgery|Oncology)\b)"
)
# The subject of a sentence: "Diagnostic Radiology Department was founded", "X Division is the ..."
_SUBJECT = compiled(
    # (after a date it opens with: "Founded in 1981, Thoracic Surgery Department I is ..."; a number may end a name)
    r"^(?:(?:Founded|Established|Set\s+up|Opened)\s+in\s+\d{4},\s+)?"
    rf"(?:[Tt]he\s+)?(?P<n>(?:{_WORDS}\s+){{0,5}}(?:Department|Division|Cent(?:er|re)|Unit|Program(?:me)?|Clinic)"
    r"(?:\s+(?:I{1,3}|IV|V|VI{1,3}|[1-9])(?=\s))?)"
    r"(?:\s+of\s+(?P<of>(?:[A-Z][\w'-]*|and|&)(?:\s+(?:[A-Z][\w'-]*|and|&)){0,6}))?\s+(?:is|was|has|had|were|,)"
)

_SUBJECT_LOWER = compiled(
    r"^(?:The\s+)?(?P<d>[Dd]epartment|[Dd]ivision)\s+of\s+(?P<n>[a-z][a-z-]+(?:\s+(?:and\s+|&\s+)?[a-z][a-z-]+){0,5}?)"
    r"(?=\s+(?:of|at|in)\s+(?:the\s+)?[A-Z]|\s*,|\s+(?:is|was|has|had|were)\b)"
)

# "Welcome to the Division of Surgical Oncology.", "Welcome to the Breast Program at X Hospital!"
_UNIT_WORD = r"(?:Department|Division|Cent(?:er|re)|Unit|Program(?:me)?|Clinic|Section|Service)"
_WELCOME = compiled(
    rf"^Welcome\s+to\s+(?:the\s+|our\s+)?(?P<n>{_UNIT_WORD}\s+of\s+(?:{_WORDS}|and|&)(?:\s+(?:{_WORDS}|and|&)){{0,7}}"
    rf"(?:(?:,\s+{_WORDS}(?:\s+{_WORDS})?){{1,4}},?\s+(?:and|&)\s+{_WORDS}(?:\s+{_WORDS})?)?"
    rf"|(?:{_WORDS}\s+){{1,5}}{_UNIT_WORD})(?=\s*[.!,;]|\s+(?:at|of|in)\s)"
)

_HEADER_LINES = 400  # lines: where a page's heading is


class Found(NamedTuple):
    name: str | None
    alias: str | None
    hospital: str | None
    how: str  # where the hospital came from, for the notes
    body: int  # offset where the department's own text begins (after header and navigation)
    units: tuple[str, ...] = ()  # the departments a page about several names, when none is its own


# "Nuclear Medicine Clinic, X Hospital"; "Colorectal Surgery, Section of Surgery": a unit, then its larger unit
_COMMA_OK = compiled(
    rf"[^,]+,\s+(?:(?:The\s+)?{HOSPITAL_NAME}|(?P<larger>(?:Section|Department|Division)\s+of\s+[A-Z][^,]*))"
)


def _unit_line(line: str) -> str | None:
    """A line as a department name, or None when it is navigation, a date or a section heading."""
    line = line.strip().lstrip("•·*-–—# \t").strip()
    line = re.split(r"\s+Home\s*>", line)[0]
    line = HEADING_LABEL.sub("", NAV_PREFIX.sub("", line)).strip()
    if line.startswith("(") and line.endswith(")"):  # "(Klinik für Urologie)": the heading's translation
        return None
    if _GOES_ON.match(line):  # "with Day Clinic and Palliative Care Unit": the heading above goes on, no unit's own
        return None
    if not line or len(line) > 90 or _NAV.search(line) or _DATE_LINE.match(line) or _TAGLINE.search(line):
        return None
    listed = _LISTED.fullmatch(line)  # "Klinik für Hämatologie, Onkologie und Rheumatologie"
    if _NOT_A_NAME.search(line) or not _UNIT.search(line):
        return None
    comma = _COMMA_OK.fullmatch(line) if _UNIT.search(line.split(",")[0]) else None  # ("Chairman, Department ...")
    if "," in line and not listed and not comma:
        return None
    words = {w.lower() for w in re.findall(r"[^\W\d_]+|&", line)}
    # "X Hospital" is no unit's name; "Thoracic Oncology Program at X Hospital" is one, its hospital after it
    unit, at = split_name(line)
    hospital_only = re.search(r"\bHospital\b", line) and not re.search(r"Department|Division|Surgery", line)
    hospital_only = hospital_only and at is None
    if at and not _UNIT.search(unit):  # "Brain and Spine Tumor Care at X Medical Center": a tagline, no unit
        return None
    if not words - _GENERIC or hospital_only or institution_kind(line):
        return None
    return line.split(",")[0].strip() if comma and comma["larger"] else line


def heading(lines: list[str]) -> tuple[str | None, int]:
    """The department's heading line and the index of the line where the first paragraph starts."""
    found, first_prose = None, len(lines)
    units: list[str] = []  # every heading-like line, in page order
    seen = site_lines(lines[:_HEADER_LINES])  # the site's name over its address: no heading
    for i, raw in enumerate(lines[:_HEADER_LINES]):
        line = raw.strip()
        if not line:
            continue
        if line in seen:  # the site's name again, heading a contact block lower down: not a new heading
            continue
        seen.add(line)
        if found and over_address(line, lines[i + 1 : i + 4], lines):
            continue  # the hospital's name over its address, under the unit's heading: no new heading
        words = len(line.split())
        lower = len(re.findall(r"(?<!\S)[a-z]", line))  # prose has small words; an address line has few
        prose = lower >= 3 and (len(line) > 120 or words >= 14 or (words > 8 and (line.endswith(".") or ". " in line)))
        if prose and not _NAV.search(line):
            first_prose = i
            break
        name = _unit_line(line)
        if name:
            found = name
            units.append(name)
    return trail_unit(lines[:first_prose], units) or found, first_prose


# "a sister department with the X department of Y Hospital", "cooperates with Y": another hospital's unit
_PARTNER_BEFORE = compiled(
    r"\b(?:(?:together|along|relationship|relations|ties|cooperation|collaboration|partnership|agreement)\s+with|"
    r"cooperat\w*|collaborat\w*|partner\w*|sister|jointly|invited|train\w*|stud(?:y|ies|ied|ying)|visit\w*|from|"
    # "finished advanced study in X at Y Hospital", "a six-month training in X at Y Hospital": where someone learnt
    r"fellow\w*|scholars?|graduat\w*|exchange|"
    # "patients are referred to the X Center of Y Hospital", "she worked in the X Center of Y Hospital"
    r"refer(?:s|red|ral)|transfer(?:s|red)|sent|rel(?:y|ies|ied)\s+on|worked|member\s+of|alliance|consortium|network|"
    # "the ward is a member unit of CCCG": a group the department belongs to is not its hospital
    r"member|"
    # "radiotherapy is carried out by the Department of Radiation Oncology of Y": a service another unit gives
    r"(?:carried\s+out|performed|provided|given|delivered|administered|done|arranged|booked)\s+(?:by|at|to|with))\b"
    r"[^.;\n]{0,120}$",
    re.I,
)
# "... the Radiotherapy Department of Y Hospital, our partner hospital": named as a partner after the name
_PARTNER_AFTER = compiled(
    r"\s*,\s*(?:our|a|an|the|its)\s+(?:[a-z-]+\s+){0,2}?(?:partner|sister|cooperati\w+|collaborati\w+|alliance|"
    r"consortium|network)\b",
    re.I,
)


def _name_goes_on(text: str, start: int, end: int) -> bool:
    """'X Hospital of Traditional Chinese | Medicine': the hospital's name runs on; no unit follows it."""
    full = FULL_RE.match(text, start)
    return full is not None and full.end() > end


def _hospital_in(text: str) -> tuple[str | None, str]:
    """A hospital the text names as the department's own, and the form it was found in; not a partner's."""
    patterns = (
        (_DEPT_OF.finditer, "department of"),
        (_CALLED.finditer, "department of"),
        (_UNIT_OF.finditer, "unit of"),
        (unit_of_short, "unit of"),
        (_POSSESSIVE.finditer, "possessive"),
        (housed, "housed"),
    )
    for found, how in patterns:
        for m in found(text):
            name = clean_hospital(m["h"] or m.groupdict().get("h2") or "")
            line = text.rfind("\n", 0, m.start()) + 1
            if generic(name) or _PARTNER_BEFORE.search(text, max(line, m.start() - 120), m.start()):
                continue
            if _PARTNER_AFTER.match(text, m.end()) or partners(text, name, m.end()):  # (or a partner elsewhere)
                continue
            if m.groupdict().get("h2") and _name_goes_on(text, m.start("h2"), m.end("h2")):
                continue
            return name, how
    return None, ""


# "Department of Wu Jieping foundation", "department of Sichuan Anti-cancer Association": no department
_BODY = compiled(r"\b(?:Association|Society|Foundation|Committee|Federation|Alliance|League|Commission|Bureau)\b")
_BODY_NEXT = compiled(r"\s+(?:hospital|university|college|foundation|association|society)\b", re.I)


def department_alias(text: str) -> str | None:
    """'The Department of Radiation Oncology ...' -> 'Department of Radiation Oncology'."""
    for m in re.finditer(rf"\b[Dd]epartment of (?P<n>{_DEPT_NAME})", text[:3000]):
        name = re.sub(r"(?:\s+(?:and|&|of|for|the|in|an|de|der|du|für))+$", "", m["n"])
        if re.search(rf"{HOSPITAL_HEAD}$", name):  # "Department of Urology of X Hospital": the hospital's off
            name, of = split_name(name)
            name = name if of and not re.search(rf"{HOSPITAL_HEAD}$", name) else ""
        if name and not _BODY.search(name) and not _BODY_NEXT.match(text, m.end()):
            break
    else:
        return None
    name, _ = split_name(name)
    name = re.split(r"\s+(?:of|at)\s+(?:the\s+)?(?=[A-Z])", name)[0] if re.search(HOSPITAL_HEAD, name) else name
    return "Department of " + name if name else None


def subject_name(text: str) -> str | None:
    """The unit a paragraph opens with: 'Diagnostic Radiology Department was founded ...', 'The
    department of head and neck surgery has been ...' (in small letters: written as a name)."""
    for para in re.split(r"\n\s*\n", text[:4000]):
        m = _WELCOME.match(para.strip())
        if m and not re.fullmatch(HOSPITAL_NAME, m["n"]) and not generic(m["n"]):
            return split_name(m["n"])[0]
        m = _SUBJECT.match(para.strip())
        if m:
            name = m["n"] + (f" of {m['of']}" if m["of"] else "")
            return split_name(name)[0]
        m = _SUBJECT_LOWER.match(para.strip())
        if m:
            words = [w if w in ("and", "of", "&", "the") else w[:1].upper() + w[1:] for w in m["n"].split()]
            return f"{m['d'].title()} of {' '.join(words)}"
    return None


def breadcrumb(header: list[str]) -> str | None:
    """The last step of a 'Home > Patient Care > Oncology' trail, when it names a unit."""
    for line in reversed(header):
        steps = re.split(r"\s*[>»›]\s*", line.strip())
        if len(steps) > 2 and re.search(r"\bHome\b", steps[0], re.I):
            return _unit_line(steps[-1])
    return None


def titled(header: list[str]) -> str | None:
    """The unit of a page title 'Sarcoma Program | X Cancer Institute': a unit's name, then its hospital's alone."""
    for line in header:
        fields = [f.strip() for f in re.split(r"\s+[|–—-]\s+", line.strip())]
        if len(fields) == 2 and header_hospital(fields[1:]) and not header_hospital(fields[:1]):
            unit = _unit_line(fields[0])
            if unit:
                return unit
    return None


def find(text: str, lines: list[str]) -> Found:
    """The department's name, its 'Department of X' alias, and its hospital as the page states them."""
    name, first_prose = heading(lines)
    above = lines[:first_prose]  # (all the lines of a page without prose: counted and filtered without a loop)
    body_start = sum(map(len, above)) + len(above)
    header = list(filter(str.strip, above))
    heading_at = max((i for i, line in enumerate(header) if name and name in line), default=len(header))
    alias = department_alias(text)
    hospital, how = None, ""
    if name:
        name, hospital = split_name(name)
        how = "heading" if hospital else ""
    else:
        name = subject_name(text[body_start:])
        units = several(text) if name is None and alias else ()
        if units:  # a hospital's page that describes its departments one by one
            return Found(None, None, None, "", 0, units)
        name = name or alias or breadcrumb(header) or titled(header)
        if name:
            name, hospital = split_name(name)
            how = "name" if hospital else ""
    # The department's own phrase is near the top: a long page's tail is not searched for it.
    if hospital is None:
        hospital, how = _hospital_in(text[body_start : body_start + NEAR_TOP] if body_start < len(text) else "")
    if hospital is None:
        hospital, how = _hospital_in(text[:NEAR_TOP])
    top = header_hospital(header[:heading_at])
    if hospital is None:
        # the header above the heading, else the line right under it if a hospital's name alone (even a long one)
        hospital = top or header_hospital([*header, *lines[first_prose:][:1]][heading_at + 1 :][:1])
        titles = [x for x in header if name and name in x][:1]  # "Thoracic Surgery | X Hospital": the title line
        title = title_hospital(titles[0]) if titles and not hospital else None
        name, hospital = title if title else (name, hospital)
        how = "header" if hospital else ""
    if hospital is None or generic(hospital):  # a header's "Cancer Hospital" names none: look further on
        further = named_elsewhere(text, lines, name)
        hospital, how = further if further[0] or hospital is None else (hospital, how)
    parent = _parent(text, hospital) if how == "header" and not name and hospital else None
    if parent:  # "X Breast Tumor Hospital is affiliated to Y Hospital": the heading's X is a unit of Y
        name, hospital, how = hospital, parent, "affiliated"
    site = top if hospital and how != "header" else None
    if site and hospital and norm(site).startswith(norm(hospital) + " ") and len(site.split()) > len(hospital.split()):
        hospital = site  # "at National Cancer Centre Singapore": the header's full name, its place after the head
    if hospital and hospital.isupper():
        hospital = abbreviations(text).get(hospital, hospital)
    if hospital and generic(hospital):  # "Cancer Hospital" alone names no hospital
        hospital, how = None, "generic"
    if alias and name and not own_alias(text, alias, name):
        alias = None
    name = written_out(name)
    return Found(name, alias, hospital, how, min(body_start, len(text)) if name else 0)


def _parent(text: str, unit: str) -> str | None:
    """The hospital a page says ``unit`` is affiliated to ('X is affiliated to the prestigious Y Hospital')."""
    m = re.search(
        rf"{re.escape(unit)}\s+(?:is|was)\s+(?:[a-z]+\s+){{0,3}}?affiliated\s+(?:to|with)\s+(?:the\s+)?"
        rf"(?:(?:prestigious|renowned|famous|well-known)\s+)?{HOSPITAL_NAME}",
        text[:NEAR_TOP],
    )
    return clean_hospital(m["h"]) if m and norm(m["h"]) != norm(unit) else None
