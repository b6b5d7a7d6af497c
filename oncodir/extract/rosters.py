"""People from a page's staff lines: a post, then the people who hold it.

- "Deputy Directors: Li Ming, Wang Fang" and "Head of Department: Univ.-Prof. Dr. Jane Roe, FEBU": the
  text before the colon is the post, given to each name after it (a plural post to each, in the singular);
- "Director  Prof. Kim Min-ho (Surgery)": a post and a name parted by a run of spaces, as a table row;
- a heading line that is a post alone ("Director"), and the name on the next line.

The words before the colon must name a post (director, head, chief, lead, consultant, nurse ...); a
title before the name (Dr, Prof.) makes a person without a post ("Psychosocial Service: Dipl.-Psych. X")
only after a colon. A name never spans a menu's run of spaces ("Find a Doctor   Locations   Pay My Bill").

British honorifics (Mr, Mrs, Ms, Miss: a surgeon is "Mr" in the UK) are titles, never part of a name; and a
line's item that names a post ("Consultant Medical Oncologist") is no person (:func:`honorific`,
:func:`names_a_post`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from oncodir.extract.facts import unmask

Add = Callable[[str, "str | None", "str | None"], None]

_L = r"[^\W\d_]"
_PART = rf"(?:[A-Z](?:['’](?=[A-Z]))?{_L}+(?:[-'’]{_L}+)*)"
_NAME = rf"(?P<name>{_PART}(?:[ \t]{_PART}){{1,3}})"
_TITLE = (
    r"(?:Univ\.-Prof\.|Priv\.-Doz\.|Dipl\.-[A-Z][a-z]+\.|Assoc\.[ \t]*Prof\.|(?:Associate|Assistant)[ \t]+Professor|"
    r"Professor|Prof\.?|PD|Dr\.?|dr\.|med\.|Dott\.(?:ssa)?|Mr\.?|Mrs\.?|Ms\.?|Miss)"
)
_TITLES = rf"(?P<title>(?:{_TITLE}[ \t]{{0,2}})+)?"
_PERSON = re.compile(
    rf"{_TITLES}{_NAME}(?:,[ \t]*(?:MD|PhD|FEBU|FRCS\w*|FRCP\w*))*(?:[ \t]*\((?P<paren>[^()\n]{{1,40}})\))?"
)
# the post's word comes first, or after one or two words ("Executive deputy director", "Radiation Oncology Lead")
_POST = re.compile(
    r"^(?:[\w&-]+[ \t]+){0,2}?(?:director|head(?![ \t]+(?:and|&)[ \t]+neck)|"
    r"chief|chair\w*|lead|leader|consultant|nurse|physician|surgeon|oberarzt|oberärztin|chefarzt|"
    r"chefärztin|leiter\w*|direktor\w*|dean|president)s?\b",
    re.I,
)
_LABEL = r"(?P<label>[A-Za-zÀ-ÿ][\w&,()./ -]{1,60}?)"
_COLON_LINE = re.compile(rf"^[ \t]*(?:[•|·-][ \t]*)?{_LABEL}[ \t]*[:：][ \t]*(?P<rest>\S[^\n]*)$")
# a table row's post is a few plain words ("Director", "Deputy Head"), no list of topics
_TABLE_LINE = re.compile(r"^[ \t]*(?P<label>(?:[A-Z][\w-]*[ \t]){0,2}[A-Za-z-]+)(?:[ \t]{2,}|\t)(?P<rest>\S[^\n]*)$")
_HEADING = re.compile(r"^[ \t]*(?P<label>(?:[A-Z][a-z-]*[ \t]){0,2}[A-Za-z-]+)[ \t]*[:：]?[ \t]*$")
_NAME_LINE = re.compile(rf"^[ \t]*{_TITLES}{_NAME}(?=[ \t]*(?:[,;(]|$))")


def _post(label: str) -> str | None:
    """The post a line's label names, or None; at most six words, all of it a post's wording."""
    label = " ".join(label.split())
    if len(label.split()) > 6 or not _POST.match(label):
        return None
    return label[:1].upper() + label[1:]


_PLURAL_POST = re.compile(
    r"(?i:director|head|chief|leader|physician|consultant|surgeon|nurse|oncologist|specialist|chair|doctor)s$"
)


def _singular(post: str) -> str:
    return re.sub(r"(?<=[a-z])s\b(?=[^,&]*$)", "", post, count=1) if re.search(r"[a-z]s\b", post) else post


_DEGREE_ITEM = re.compile(r"MD|PhD|MBBS|RN|FEBU|FRCS\w*|FRCP\w*|M\.D\.|Ph\.D\.")


def _names(rest: str, titled_only: bool) -> list[tuple[str, str | None, str | None]]:
    """The names a line lists after its post: items separated by commas or 'and', up to the first non-name
    (a degree between them, "X, MD; Y, MD", is skipped); each with its title and the post it gives in brackets."""
    out: list[tuple[str, str | None, str | None]] = []
    for item in re.split(r"[ \t]*[,;][ \t]*|[ \t]+and[ \t]+", rest.strip().rstrip(".")):
        if out and _DEGREE_ITEM.fullmatch(item.strip()):
            continue
        m = _PERSON.fullmatch(item.strip())
        if m is None or (titled_only and not m["title"]):
            if out or m is not None:
                break
            return out
        out.append((m["name"], (m["title"] or "").strip() or None, _post(m["paren"]) if m["paren"] else None))
    return out


_TITLE_END = re.compile(r"(?:\b(?:Assoc|Prof|Dr|Doz|Univ|Priv|med|habil|Dott|Dipl|Mr|Mrs|Ms|St)|-[A-Z][a-z]{0,5})\.$")


def _pieces(masked: str) -> list[tuple[str, bool]]:
    """Each line, split at its sentences' ends ("... Association. Deputy directors: X, Y"); True for a whole line."""
    out: list[tuple[str, bool]] = []
    for line in masked.split("\n"):
        parts: list[str] = []
        for part in re.split(r"(?<=\.)[ \t]+(?=[A-Z])|(?<=;)[ \t]+(?=[A-Z][^;:：\n]*[:：])", line):  # not "X, MD; Y"
            if parts and _TITLE_END.search(parts[-1]):  # "Assoc. Prof.", "Priv.-Doz. Dr." (not "Qiao Ying.")
                parts[-1] += " " + part
            else:
                parts.append(part)
        parts = [unmask(p) for p in parts if p.strip()]
        out += [(p, len(parts) == 1) for p in parts]
    return out


def staff_lines(masked: str, add: Add) -> None:
    """Posts and their holders from 'Post: names' lines, table rows and 'Post' headings over a name
    (``masked``: the page with abbreviations' full stops masked, so "Dr." ends no sentence)."""
    pieces = _pieces(masked)
    content = [p for p, _ in pieces]
    for i, (line, whole) in enumerate(pieces):
        m = _COLON_LINE.match(line)
        table = m is None
        m = m or _TABLE_LINE.match(line)
        if m is not None:
            post = _post(m["label"])
            names = _names(re.sub(r"[ \t]{2,}.*$", "", m["rest"]) if table else m["rest"], post is None)
            if post is None and table:
                continue
            for name, title, own in names:
                plural = post is not None and (len(names) > 1 or _PLURAL_POST.search(post) is not None)
                add(name, own or (_singular(post) if post is not None and plural else post), title)  # "Directors: A; B"
            continue
        heading = _HEADING.match(line) if whole else None
        post = _post(heading["label"]) if heading else None
        if post:
            _under_heading(post, content[i + 1 :], add)


# "Director Gu Wei, chief physician, ...", "Head Nurse Li Na leads ...": a post opening a sentence, then a name
# with no title; only the department's own posts, and only before a clinical grade or a verb
_POST_NAME = re.compile(
    rf"(?:^|\n|(?<=[.;])[ \t])(?P<role>(?:(?:Deputy|Vice|Executive)[ \t])?Director|Head[ \t][Nn]urse)[ \t]{_NAME}"
    r"(?=,[ \t]+(?i:(?:associate[ \t]+|deputy[ \t]+)?chief[ \t]+(?:physician|surgeon)|professor|M\.?D\b)"
    r"|[ \t]+(?:is|was|has|leads|led|graduated|joined|studied|speciali[sz]es)\b)"
)


def posts_then_names(masked: str, add: Add) -> None:
    """A post opening a sentence, then the name of who holds it ('Director Gu Wei, chief physician, ...')."""
    for m in _POST_NAME.finditer(masked):
        add(m["name"], m["role"], None)


def _under_heading(post: str, after: list[str], add: Add) -> None:
    """The name line under a post's heading holds the post; a plural heading ("Senior Physicians") is a list's:
    each name line under it holds the post in the singular, or the post it gives in brackets."""
    one = _singular(post)
    for line in after:
        nxt = _NAME_LINE.match(line)
        if nxt is None:
            return
        own = re.match(r"[ \t]*\(([^()\n]{2,60})\)", line[nxt.end() :])
        add(nxt["name"], _post(own[1]) if own and _post(own[1]) else one, (nxt["title"] or "").strip() or None)
        if one == post:
            return


def without_fragments(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a name whose words are all inside another's ('Jun Wu' beside 'Wu Jun Li')."""
    keys = [set(p["name"].lower().replace("-", " ").split()) for p in found]
    out = []
    for i, person in enumerate(found):
        if any(j != i and keys[i] < keys[j] for j in range(len(found))):
            continue
        out.append(person)
    return out


_HONORIFIC = re.compile(r"^(?P<title>(?:Mr|Mrs|Ms|Miss|Mx)\.?)[ \t]+(?=[A-Z])")
# a post's words, never a name's: "Consultant Gynaecological Oncologist", "Clinical Nurse Specialist"
_POST_WORD = re.compile(
    r"\b(?:[A-Za-z]+(?:ologists?|icians?|geons?|iatrists?)|[Cc]onsultants?|[Nn]urses?|[Ss]pecialists?|"
    r"[Rr]egistrars?|[Ll]ead|[Cc]linical|[Mm]anager|[Cc]oordinators?|[Nn]avigators?)\b"
)


def honorific(name: str) -> tuple[str, str | None]:
    """A name without a British honorific it begins with ("Miss Jane Roe" -> "Jane Roe", "Miss")."""
    m = _HONORIFIC.match(name)
    return (name[m.end() :], m["title"]) if m else (name, None)


def names_a_post(name: str) -> bool:
    """True when a would-be name holds a post's words ("Consultant Gynaecological Oncologist")."""
    return bool(_POST_WORD.search(name))
