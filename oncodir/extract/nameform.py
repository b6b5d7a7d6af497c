"""The form in which a department's name is given: as a heading writes it, less what is no part of the name.

- "Dept. of Gynecologic Oncology" is written out: "Department of Gynecologic Oncology";
- a translation in brackets after the name is dropped: "Nuclear Medicine Department (Service de Médecine
  Nucléaire)", "Oncology Department (肿瘤科)", "Breast Centre (Brustzentrum)". A bracket in the name's own
  language stays ("Interventional Therapy Department (Tumor Interventional Ward)", "Ward (II)").
"""

from __future__ import annotations

import re

_DEPT = re.compile(r"^Dept\.?(?=\s+of\s)")
_BRACKET = re.compile(r"^(?P<name>[^()]{3,}?)\s*[(（](?P<other>[^()（）]{2,80})[)）]$")
# words of the languages a department's page is written in besides English (articles, prepositions, unit-words)
_FOREIGN_WORD = re.compile(
    r"\b(?:de|du|des|la|le|les|d'|für|und|der|die|das|voor|van|het|en|di|del|della|dello|dei|y|og|och|för|"
    r"Service|Servicio|Servizio|Klinik|Abteilung|Afdeling|Zentrum|Centrum|Unidad|Unità|Reparto|Klinikken|Avdelning|"
    r"\w*(?:zentrum|klinik|abteilung|afdeling))\b"  # "Brustzentrum", "Frauenklinik": a German or Dutch unit-word
)
_NOT_LATIN = re.compile(r"[^\x00-\u024f]")


def written_out(name: str | None) -> str | None:
    """The name as the record gives it: 'Dept. of X' written out, a bracketed translation dropped."""
    if not name:
        return name
    name = _DEPT.sub("Department", name)
    m = _BRACKET.match(name)
    if m and m["name"].isascii() and (_NOT_LATIN.search(m["other"]) or _foreign(m["other"])):
        return m["name"].strip()
    return name


def _foreign(text: str) -> bool:
    """Words of another language: one of its small words or unit-words, or a letter English has not ('é', 'ü')."""
    return _FOREIGN_WORD.search(text) is not None or not text.isascii()
