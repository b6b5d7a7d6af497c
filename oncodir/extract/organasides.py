"""The organs a group of cancers is made of, listed in brackets after it.

"Gynaecological cancers (cervix, endometrium, ovary)", "urological tumours (prostate, bladder and kidney)",
"digestive tract cancers (oesophagus / stomach / colon)": the brackets name each organ whose cancer the group
covers, as "cancers of the cervix, endometrium and ovary" would (:mod:`.forms` reads that form). Every item must be
an organ making a cancer with the noun: "breast cancer (stage I-III)", "tumours (benign and malignant)" or
"gynaecological cancers (except ovarian)" name no organs, and are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from oncodir.extract.forms import organ_cancer
from oncodir.extract.index import Index, Mention
from oncodir.extract.regexcache import compiled

# a short list in brackets on one line (found from its bracket, fast), after a cancer noun
_ASIDE = compiled(r"\((?P<inner>[^()\n]{3,80})\)")
_NOUN_BEFORE = compiled(r"\b(?P<noun>cancers?|tumou?rs?|carcinomas?|malignanc(?:y|ies)|neoplasms?)[^\S\n]*$", re.I)
_ITEMS = compiled(r"\s*(?:,|/|;|\band\b|\bor\b|&)\s*")
# an aside that says what is left out or how far it goes is no list of organs
_NOT_ORGANS = compiled(r"\b(?:except|excluding|not|non|other|benign|malignant|stages?|grades?|e\.g|such|like)\b", re.I)


def organs_in_brackets(text: str, index: Index) -> Iterator[Mention]:
    """Each organ's cancer, when every item in the brackets after a cancer noun is an organ."""
    for found in _ASIDE.finditer(text):
        noun = _NOUN_BEFORE.search(text, max(0, found.start() - 14), found.start())
        inner = found["inner"]
        if noun is None or _NOT_ORGANS.search(inner):
            continue
        items = [i.strip(" .") for i in _ITEMS.split(inner) if i.strip(" .")]
        if len(items) < 2 or any(len(i.split()) > 3 for i in items):
            continue
        cancers = [organ_cancer(re.sub(r"^the\s+", "", i, flags=re.I), index) for i in items]
        if all(cancers):
            for item, terms in zip(items, cancers, strict=True):
                yield Mention(noun.start(), found.end(), f"{item} {noun['noun']}", terms)
