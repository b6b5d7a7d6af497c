"""Cancers a page names only as the origins of metastases it treats.

"The ward treats bone metastases of the spine and pelvis from lung, breast, kidney and thyroid cancer": the
department treats the metastases; the several cancers after "from" say where they may come from, not cancers it
treats (their first treatment is another department's). One cancer named ("Ra-223 therapy for bone metastases
of prostate cancer", "... from prostate cancer") may be the disease the treatment is for, and stays; so does a
cancer the sentence also names outside the list of origins, and "metastatic breast cancer" (the cancer itself).
Origins may each be named in full ("from lung cancer, breast cancer and kidney cancer"), metastases may be
"secondaries" or "metastatic liver cancer", and where they usually come from, in brackets ("(mainly from
colorectal cancer)"), is an origin even when only one is named. So, too, the organs after a kind of tumour named
by its tissue ("neuroendocrine tumours of the small bowel and pancreas") are its sites, not their own cancers.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

_NOUN = r"(?:cancers?|carcinomas?|tumou?rs?|malignanc(?:y|ies)|neoplasms?)"
# a cancer named by its tissue alone, an item of a list of origins too: "from lung cancer, breast cancer and melanoma"
_OMA = r"(?:[\w-]+\s+)?[\w-]+omas?"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
# the list goes on with more cancers each named in full: "from lung cancer, breast cancer and kidney cancer"
_LIST = (
    rf"(?P<list>(?:(?:the\s+)?[\w-]+(?:{_SEP}|\s+)){{0,10}}?{_NOUN}"
    rf"(?:{_SEP}(?:the\s+)?(?:[\w-]+(?:\s+[\w-]+)?\s+{_NOUN}|{_OMA}))*)\b"
)
# "liver metastases", "bone secondaries", "metastatic liver cancer": a cancer spread from elsewhere
_SPREAD = r"(?:metastases|secondaries|metastatic\s+(?:[\w-]+\s+)?(?:tumou?rs|lesions|disease|deposits|cancers?))"
_ORIGIN = compiled(
    rf"\b{_SPREAD}\b[^.;:!?\n]{{0,60}}?\s"
    r"(?:(?:originating|arising|coming|derived|spread(?:ing)?)\s+)?(?:from|secondary\s+to)\s+" + _LIST,
    re.I,
)
# "(mainly from colorectal cancer)": where the metastases usually come from, one cancer or several
_TYPICAL = compiled(
    rf"\b{_SPREAD}[^\S\n]*\((?:mainly|mostly|usually|often|typically|commonly|most\s+often|most\s+commonly)\s+"
    r"from\s+(?P<list>[^()\n]{1,80})\)",
    re.I,
)
# the organs after the noun: "bone metastases arising from carcinomas of the lung, breast, prostate and kidney"
_ORGANS = rf"(?P<list>(?:the\s+)?[\w-]+(?:{_SEP}(?:the\s+)?[\w-]+){{1,10}})"
_OF_ORGANS = compiled(
    rf"\b(?:{_SPREAD}|metastasis)\b[^.;:!?\n]{{0,60}}?\s(?:(?:originating|arising|coming|derived|spread(?:ing)?)\s+)?"
    rf"(?:from|secondary\s+to)\s+(?:the\s+)?(?:primary\s+)?{_NOUN}\s+(?:of|in)\s+" + _ORGANS,
    re.I,
)
# where the metastases' first tumours are: "spinal metastasis patients have primary tumours in the lung, breast or
# thyroid" (not "we treat liver metastases and primary tumours of the liver and bile ducts": no verb joins them)
_PRIMARIES = compiled(
    rf"\b(?:{_SPREAD}|metastasis)\b[^.;:!?\n]{{0,40}}?\b(?:have|has|had|with|whose)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"primary\s+(?:{_NOUN}|sites?|lesions?)\s+(?:(?:is|are|was|were)\s+)?(?:in|of|at)\s+" + _ORGANS,
    re.I,
)
# "primary liver cancer" in a list of origins is a cancer in its own right
_PRIMARY = compiled(r"\bprimary\s+$", re.I)
# two origins or more: "from lung, breast and kidney cancer"
_SEVERAL = compiled(r",|\b(?:and|or)\b|&", re.I)


# the words of a cancer's name that are not its organ's
_NOUN_WORDS = frozenset(
    {"cancer", "cancers", "carcinoma", "carcinomas", "tumor", "tumors", "tumour", "tumours", "malignancy",
     "malignancies", "neoplasm", "neoplasms", "malignant", "of", "the", "and", "or"}
)  # fmt: skip


def metastasis_origin(text: str, m: Mention, lo: int, hi: int) -> bool:
    """Whether the cancer mention only names where metastases came from ("... metastases from lung cancer")."""
    # (a mention read from a list after its noun, "tumour of breast", ends before its organ: read on a little)
    window, end = max(lo, m.start - 240, m.end - 320), min(hi, m.end + 240)
    found = _ORIGIN.finditer(text, window, end)
    spans = [(f.start("list"), f.end("list")) for f in found if _SEVERAL.search(f["list"])]
    spans += [(f.start("list"), f.end("list")) for f in _TYPICAL.finditer(text, window, end)]
    for form in (_OF_ORGANS, _PRIMARIES):
        spans += [(f.start("list"), f.end("list")) for f in form.finditer(text, window, end)]
    if not spans:
        return False
    tail = m.end - len(m.phrase)
    if tail >= m.start and text[tail : m.end].lower() == m.phrase.lower():
        if m.phrase.lower().startswith("primary ") or _PRIMARY.search(text, max(lo, tail - 12), tail):
            return False  # "... from colorectal cancer and primary liver cancer": a cancer of its own, no origin
        return any(a <= tail and m.end <= b for a, b in spans)  # the mention's own words, where they stand
    # a mention read from a list ("tumour of breast"): its organ's words, each inside a list of origins and
    # nowhere else in the sentence's stretch read here
    organs = [w for w in re.findall(r"[\w-]+", m.phrase.lower()) if w not in _NOUN_WORDS]
    if not organs:
        return False
    stretch = text[window:end].lower()
    for word in organs:
        places = [window + w.start() for w in re.finditer(rf"\b{re.escape(word)}\b", stretch)]
        if not places or not all(any(a <= p < b for a, b in spans) for p in places):
            return False
    return True


# A kind of tumour by its tissue, found in many organs: its organs are its sites, not organs' own cancers
_KIND_OF_TUMOUR = compiled(
    r"\b(?:neuroendocrine|stromal|germ[\s-]cell|carcinoid|neuroectodermal|desmoid|giant[\s-]cell|metastatic|"
    r"secondary)\s+$",
    re.I,
)


def tissue_kind(text: str, noun: int) -> bool:
    """Whether the cancer noun at ``noun`` is of a kind of tumour by its tissue ("neuroendocrine tumours of the
    small bowel and pancreas"): the organs after it are its sites, not cancers of their own."""
    return bool(_KIND_OF_TUMOUR.search(text, max(0, noun - 40), noun))
