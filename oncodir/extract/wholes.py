"""Two organs listed after a cancer noun that together make one vocabulary name.

"Tumours of the bones and soft tissues" names bone and soft tissue tumours, the one concept the vocabulary has
for both together; :mod:`.forms` reads the pair as that name, not as two cancers of their own. Two organs that
make no name together ("cancers of the lung and breast"), or a list that goes on ("of the bones, soft tissues
and skin"), are left to be read one by one.

A list under one noun that names every kind the vocabulary puts under a broader name ("tumours of the brain, the
spinal cord and the nerves": brain and spinal cord tumours, all the central nervous system's) names that broader
concept too (:func:`covered`); a list naming only some of them does not, nor one naming other organs besides,
nor do kinds named each with its own adjective ("hepatobiliary, pancreatic and gastrointestinal tumours" are three
kinds, read as they are said).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

# two organ words joined by "and" (one or two words each), with no third item after them (a comma then a word that
# goes on with the sentence ends the pair: "of the bones and soft tissues, as well as ...", "..., including sarcomas",
# "..., which are rare"; a comma then another organ goes on with the list)
_PAIR = compiled(
    r"(?:the\s+)?([a-z]+(?:\s[a-z]+)?)\s+(?:and|&)\s+(?:the\s+)?([a-z]+(?:\s[a-z]+)?)\b"
    r"(?!\s*(?:,(?!\s*(?:as\s+well\s+as|including|includes|such\s+as|especially|particularly|mainly|notably|"
    r"which|who|that|whether|both|but|as|in|at|for|with)\b)|and\b|or\b))"
)

# a list of parts after the noun for the whole: "tumours of the brain, ..."
_PARTS_AFTER = compiled(r"^[\w-]+\s+(?:of|in)\s", re.I)


def whole_pair(
    after: str, start: int, noun: re.Match[str], resolve: Callable[[str], tuple[str, ...]]
) -> Mention | None:
    """The mention of the one name two organs make after ``start`` ("of the bones and soft tissues"), or None;
    ``resolve`` gives the cancer an organ's words name with the noun."""
    pair = _PAIR.match(after, start)
    whole = resolve(f"{pair[1]} and {pair[2]}") if pair else ()
    if pair is None or not whole:
        return None
    return Mention(noun.start(), noun.end(), f"{noun.group()} of {pair.group().strip()}", whole)


def covered(listed: Iterable[Mention], vocab: Vocabulary) -> Iterator[Mention]:
    """For each list under one noun (its mentions share a span), the broader concepts whose every kind (two or
    more) it names, as a mention over the same span."""
    groups: dict[tuple[int, int], set[str]] = {}
    phrases: dict[tuple[int, int], str] = {}
    for m in listed:
        if not _PARTS_AFTER.match(m.phrase):
            continue  # ("hepatobiliary, pancreatic and gastrointestinal tumours" names three kinds, no whole)
        groups.setdefault((m.start, m.end), set()).update(m.terms)
        phrases.setdefault((m.start, m.end), m.phrase)
    if not any(len(found) > 1 for found in groups.values()):
        return
    kinds: dict[str, set[str]] = {}
    for term, concept in vocab.concepts.items():
        for broader in concept.broader:
            kinds.setdefault(broader, set()).add(term)
    for span, found in groups.items():
        # (a list that goes on past the whole's kinds names organs one by one: "cancers of the oesophagus, stomach,
        # pancreas, liver, bile ducts, colon and rectum" names no hepatobiliary-pancreatic whole)
        whole = [b for b, under in kinds.items() if len(under) > 1 and under == found - {b}]
        if whole:
            yield Mention(span[0], span[1], phrases[span], tuple(sorted(whole)))
