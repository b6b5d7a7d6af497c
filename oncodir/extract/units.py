"""The departments a page names besides its own.

A page often names other departments: partners it hands work to ("given by the Department of
Radiation Oncology"), units it merely mentions, or — on a hospital's overview page — one
department after another. These rules say whether a "Department of X" the page mentions may be an
alias of the department the page is about, and when a page describes several departments in turn
(so that none of them is its own).
"""

from __future__ import annotations

import re

from oncodir.extract.generic import unit_stems
from oncodir.extract.regexcache import compiled


def own_alias(text: str, alias: str, name: str) -> bool:
    """Whether ``alias`` ('Department of X', found in the text) may name the department ``name`` the
    page is about: not the same name again, not another unit, not one the page hands work to."""
    return alias.casefold() != name.casefold() and _shares_a_word(alias, name) and not _others(text, alias, name)


_SEVERAL = 3
# (the name in its own capitals, so "the Department of Radiotherapy and is not part of" or "transferred to the
# Department of Radiotherapy, and TACE ... is performed" is no department the page describes)
_UNIT_SUBJECT = compiled(
    r"\b[Tt]he [Dd]epartment of (?P<n>[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|&|of|for|with|the)[ \t]+){0,2}[A-Z][\w'’-]*){0,6}"
    r"(?:[ \t]+\([A-Z][\w-]{1,9}\))?)\s+(?:has|have|had|is|was|were|performs|provides)\b"
)


def several(text: str) -> tuple[str, ...]:
    """The departments a page describes one after another ('The Department of X has ... The Department of Y
    has ...'), in the order it names them, when there are several; else none."""
    units = tuple(dict.fromkeys("Department of " + m["n"] for m in _UNIT_SUBJECT.finditer(text[:4000])))
    return units if len(units) >= _SEVERAL else ()


def _others(text: str, alias: str, name: str) -> bool:
    """'... given by the Department of Radiation Oncology' on the Gynaecological Oncology page, 'the whole Department
    of Pediatrics' on a ward's page: another unit."""
    at = text.find(alias)
    before = text[max(0, at - 100) : at] if at >= 0 else ""
    # "The whole Department of Pediatrics has 120 beds" on its ward's page: the larger unit the ward is part of
    return not _same_unit(alias, name) and bool(
        re.search(r"\b(?:by|to|with|from|in|at)\s+(?:the\s+)?$|\b(?:whole|entire)\s+$", before[-20:], re.I)
        or _LAST_OF_PARTNERS.search(before)
    )


# "planned with the paediatric surgeons, neurosurgeons and the Department of Radiation Oncology": the last of a list
# of the units a treatment is planned, given or shared with
_LAST_OF_PARTNERS = compiled(r"\b(?:by|to|with|from)\s+(?:the\s+)?[^.;:\n]{0,70}?(?:,|\band\b)\s+(?:the\s+)?$", re.I)


def _same_unit(alias: str, name: str) -> bool:
    """'Department of Breast Surgery' and 'Breast Surgery Department': one unit's names (one holds the other)."""
    bare = [_plain(re.sub(r"\b(?:department|dept|division)\b", " ", n, flags=re.I)).strip() for n in (alias, name)]
    bare = [" ".join(re.sub(r"^(?:of|the)\s+", "", b).split()) for b in bare]
    return bool(bare[0] and bare[1]) and (bare[0] in bare[1] or bare[1] in bare[0])


def _shares_a_word(alias: str, name: str) -> bool:
    """'Department of Thoracic Surgery' and 'Thoracic Surgery Ward' share a word (its first five letters);
    a German heading may be an English alias's translation."""
    foreign = re.search(r"[äöüß]|\b(?:Klinik|Abteilung|Zentrum|Institut|Sektion)\b", name)  # a translation shares none
    return bool(foreign or unit_stems(alias) & unit_stems(name))


def _plain(name: str) -> str:
    """A unit's name for comparison: small letters, single spaces, no leading "the" / "department of"."""
    return re.sub(r"^(?:the\s+)?(?:department\s+of\s+)?", "", " ".join(name.lower().split()))
