"""Treatments the department's own name gives: "Colorectal Surgery", "Neurosurgery", "Radiation Oncology".

A unit named for an operation or a treatment gives it, whether or not its page says so again; :mod:`.terms` adds
them to the draft with a note saying so.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Index
from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

_OPERATING = compiled(r"surg(?:ery|ical)\b", re.I)  # "Neurosurgery", "Surgical Oncology"


def named_treatments(index: Index, name: str | None, vocab: Vocabulary) -> list[str]:
    """Treatments the department's own name gives ("Colorectal Surgery", "Radiation Oncology")."""
    found: list[str] = ["surgery"] if name and _OPERATING.search(name) else []
    for m in index.mentions(name or ""):
        found += [t for t in m.terms if vocab.concepts[t].kind == "treatment"]
    return list(dict.fromkeys(found))
