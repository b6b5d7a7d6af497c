"""Image guidance named in a sentence about radiotherapy: image-guided radiotherapy.

"We use intensity-modulated and volumetric arc techniques, daily image guidance and stereotactic radiotherapy",
"all treatments on our linear accelerators are delivered with cone-beam CT image guidance", "radiotherapy is given
under daily image guidance": the pictures taken to aim each treatment are the vocabulary's image-guided
radiotherapy, said without its name. Image guidance of anything else says nothing of the kind: "biopsies are taken
under image guidance", "image-guided ablation", "image guidance for needle placement" (no radiotherapy in the
sentence, or another procedure right after the words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from oncodir.extract.index import WORD, Index, Mention, canon, sentence_bounds
from oncodir.extract.regexcache import compiled

# (a literal the engine finds fast starts the pattern: "guid")
_GUIDANCE = compiled(r"guid(?:ance|ed)\b", re.I)
_IMAGE_BEFORE = compiled(r"\b(?:image|imaging|images)[\s-]+$", re.I)
# radiotherapy's own words in the sentence: the treatment, its machines, its sessions (not an adjective of a
# technique alone: "planning uses image-guided and intensity-modulated techniques" names no treatment)
_RADIOTHERAPY = compiled(
    r"radiother|radiation\s+(?:therapy|treatment)|irradiat|linear\s+accelerat|linacs?\b|\bIMRT\b|\bVMAT\b|"
    r"tomotherapy|cyberknife|\bfractions?\b|radiosurg",
    re.I,
)
# image guidance of another procedure: "image-guided biopsy", "image guidance for needle placement"
_OTHER_PROCEDURE = compiled(
    r"[^\S\n]*(?:(?:for|of|during|in)[^\S\n]+(?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+)?)?(?:biops|ablat|surg|punctur|"
    r"drain|inject|needle|interven|puncture|resect|operat|catheter|implant|embolis|emboliz|aspirat|vertebroplast|"
    r"seed|placement|insertion|brachy)",
    re.I,
)


def image_guidance(text: str, index: Index) -> Iterator[Mention]:
    """'daily image guidance' in a sentence about radiotherapy, as image-guided radiotherapy."""
    terms = index.words.get(tuple(canon(w) for w in WORD.findall("image-guided radiotherapy")))
    if not terms:
        return
    for found in _GUIDANCE.finditer(text):
        image = _IMAGE_BEFORE.search(text, max(0, found.start() - 12), found.start())
        if image is None or _OTHER_PROCEDURE.match(text, found.end()):
            continue
        lo, hi = sentence_bounds(text, image.start(), found.end())
        if _RADIOTHERAPY.search(text, lo, hi):
            yield Mention(image.start(), found.end(), text[image.start() : found.end()], tuple(sorted(terms)))
