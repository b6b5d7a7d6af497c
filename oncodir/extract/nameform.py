"""The form in which a department's name is given: as a heading writes it, less what is no part of the name.

- "Dept. of Gynecologic Oncology" is written out: "Department of Gynecologic Oncology";
- a translation in brackets after the name is dropped: "Nuclear Medicine Department (Service de Médecine
  Nucléaire)", "Oncology Department (肿瘤科)", "Breast Centre (Brustzentrum)". A bracket in the name's own
  language stays ("Interventional Therapy Department (Tumor Interventional Ward)", "Ward (II)");
- a second name of the whole unit in brackets, with the same unit-word, is dropped: "Department of Oncology of
  Traditional Chinese Medicine (Tumor Department)", "Radiotherapy Department (Department of Radiation Oncology)";
  a ward or a part in brackets stays ("Department of Urology (Ward I - Urologic Oncology)").
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

_DEPT = compiled(r"^Dept\.?(?=\s+of\s)")
_BRACKET = compiled(r"^(?P<name>[^()]{3,}?)\s*[(（](?P<other>[^()（）]{2,80})[)）]$")
# words of the languages a department's page is written in besides English (articles, prepositions, unit-words)
_FOREIGN_WORD = compiled(
    r"\b(?:de|du|des|la|le|les|d'|für|und|der|die|das|voor|van|het|en|di|del|della|dello|dei|y|og|och|för|"
    r"Service|Servicio|Servizio|Klinik|Abteilung|Afdeling|Zentrum|Centrum|Unidad|Unità|Reparto|Klinikken|Avdelning|"
    r"\w*(?:zentrum|klinik|abteilung|afdeling))\b"  # "Brustzentrum", "Frauenklinik": a German or Dutch unit-word
)
_NOT_LATIN = compiled(r"[^\x00-\u024f]")
# "Tumor Department", "Department of Radiation Oncology", "Breast Division": a whole unit's name in brackets
_UNIT_WORD = r"(?:Department|Division)"
_SAME_UNIT = compiled(
    rf"(?:[A-Z][\w-]*\s+){{1,4}}(?P<w>{_UNIT_WORD})|(?P<w2>{_UNIT_WORD})\s+of\s+[A-Z][\w\s&-]{{2,60}}"
)


def written_out(name: str | None) -> str | None:
    """The name as the record gives it: 'Dept. of X' written out, a bracketed translation dropped."""
    if not name:
        return name
    name = _DEPT.sub("Department", name)
    m = _BRACKET.match(name)
    if m and m["name"].isascii() and (_NOT_LATIN.search(m["other"]) or _foreign(m["other"])):
        return m["name"].strip()
    if m and _second_name(m["name"], m["other"].strip()):
        return m["name"].strip()
    return name


def _second_name(name: str, other: str) -> bool:
    """Whether the bracket names the whole unit again with the name's own unit-word ('Department of X (Tumor
    Department)'), not a ward or a part of it ('Department of Urology (Ward I)')."""
    same = _SAME_UNIT.fullmatch(other)
    if same is None:
        return False
    word = same["w"] or same["w2"]
    return re.search(rf"\b{word}\b", name) is not None


def _foreign(text: str) -> bool:
    """Words of another language: one of its small words or unit-words, or a letter English has not ('é', 'ü')."""
    return _FOREIGN_WORD.search(text) is not None or not text.isascii()
