"""A neuroendocrine tumour of a digestive organ is a gastroenteropancreatic one (GEP-NET).

"pancreatic neuroendocrine tumours", "gastric and rectal NETs", "neuroendocrine tumours of the pancreas and small
intestine", "neuroendocrine neoplasms (stomach, pancreas, small bowel)", "small bowel carcinoids": the page names the
gastroenteropancreatic kind by its organ, never by the vocabulary's long name. A neuroendocrine tumour of another
organ ("lung neuroendocrine tumours", "thymic carcinoids") is not one. :mod:`.kinds` asks :func:`digestive_nets`;
whether the mention is the department's own is decided afterwards, as for any other (:mod:`.terms`).
"""

from __future__ import annotations

from collections.abc import Iterator

from oncodir.extract.regexcache import compiled

_ADJECTIVE = (
    r"(?:pancreatic|gastric|duodenal|jejunal|ileal|small[\s-]+(?:bowel|intestinal|intestine)|intestinal|colonic|"
    r"rectal|colorectal|appendiceal|appendix|gastrointestinal|GI|gastro-?entero-?pancreatic|digestive(?:\s+tract)?)"
)
_ORGAN = (
    r"(?:pancreas|stomach|duodenum|jejunum|ileum|small\s+(?:bowel|intestine)|intestines?|colon|rectum|appendix|"
    r"gastrointestinal\s+tract|digestive\s+(?:tract|system))"
)
# (read from each neuroendocrine word the page names, found by its lower-case middle, a literal the engine finds fast:
# a pattern opening with the organs would be tried at every word)
_NET_PART = compiled(r"euroendocrine|arcinoid|NE[TN]")
_NET = compiled(
    r"(?i:neuroendocrine\s+(?:tumou?rs?|neoplasms?|carcinomas?|cancers?)|carcinoids?(?:\s+tumou?rs?)?)|\bNE[TN]s?\b"
)
_ADJECTIVES_BEFORE = compiled(rf"(?i:\b{_ADJECTIVE}(?:\s*(?:,|\band\b|\bor\b|&|/)\s*{_ADJECTIVE}){{0,4}})[\s-]+$")
_ORGAN_AFTER = compiled(rf"(?i:\s*(?:(?:of|in|arising\s+(?:from|in))\s+the\s+|\(\s*(?:[\w\s-]+,\s*){{0,4}}){_ORGAN})\b")


def digestive_nets(text: str) -> Iterator[tuple[int, int]]:
    """Each neuroendocrine tumour the page places in a digestive organ, with the organ's words."""
    for part in _NET_PART.finditer(text):
        start = part.start() - (part.group()[0] != "N")  # (the first letter, in either case, before the middle)
        net = _NET.match(text, start)
        if net is None or (start and text[start - 1].isalnum()):
            continue
        end = net.end()
        organs = _ADJECTIVES_BEFORE.search(text, max(0, start - 120), start)
        after = None if organs else _ORGAN_AFTER.match(text, end)
        if organs or after:
            yield (organs.start() if organs else start), (after.end() if after else end)
