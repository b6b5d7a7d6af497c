"""Did you mean: close vocabulary terms, names and cities for a word the directory does not know.

Used when a search finds nothing, when ``show`` finds no record by a name, and for an unknown
``--near`` city. rapidfuzz is imported only here, and only when a suggestion is wanted.
"""

from __future__ import annotations

from oncodir.directory import Directory, known, names
from oncodir.text import normalise
from oncodir.vocabulary import STOP_WORDS

MAX_SUGGEST_LENGTH = 200
# Words too common to have a "did you mean": they would suggest half the vocabulary.
GENERIC = STOP_WORDS | {
    "cancer",
    "cancers",
    "tumour",
    "tumours",
    "tumor",
    "tumors",
    "oncology",
    "hospital",
    "hospitals",
    "department",
    "departments",
    "treatment",
    "treatments",
    "therapy",
    "care",
    "centre",
    "center",
    "clinic",
}
MIN_SUGGEST_LENGTH = 4  # "can" is a prefix of too much; Chinese names are short, see suggestions()
SUGGEST_SPREAD = 5  # only suggestions about as close as the closest one
SUGGEST_CUTOFF = 78  # rapidfuzz ratio: "hipek" -> "hipec" is 80, "scan" for "can" would be 86 (too short)


def suggestions(directory: Directory, text: str, limit: int = 3, *, places_only: bool = False) -> list[str]:
    """Close vocabulary terms, names and cities for a word that is not known (for "did you mean").

    Plain edit-distance similarity (rapidfuzz ``ratio``) over whole names, not partial or
    token matching: a short or common word ("can", "cancer") then suggests nothing rather
    than everything that contains it. A known term gets no suggestion: it found nothing
    because nothing matches it, not because it was misspelt.
    """
    if len(text) > MAX_SUGGEST_LENGTH:  # nothing in the directory is that long; do not scan for it
        return []
    key = normalise(text)
    if key in GENERIC or (not places_only and known(text, directory)):
        return []
    if len(key) < (MIN_SUGGEST_LENGTH if key.isascii() else 2):
        return []
    from rapidfuzz import fuzz, process, utils  # imported only when a search fails

    gaz = directory.gazetteer
    # dict.fromkeys: unique names in a stable order (a set's order changes from run to run).
    choices = [*gaz.names(), *gaz.province_names()]
    if not places_only:
        choices.extend(directory.vocabulary.names())
        for rec in directory.records:
            choices.extend(names(rec))
    choices = [n for n in dict.fromkeys(choices) if n]
    # rapidfuzz's own processor (lower case, punctuation to spaces) runs in C: at 100,000
    # departments calling normalise() for every name took most of the time.
    found = process.extract(
        key, choices, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=SUGGEST_CUTOFF, limit=limit * 4
    )
    out: list[str] = []
    best = found[0][1] if found else 0
    for name, score, _ in found:
        if score < best - SUGGEST_SPREAD:
            break  # "hangzou" is Hangzhou, not also Changzhou, which is a letter further off
        shared = gaz.lookup(name)
        if len(shared) > 1:  # "Suzhou": say which ones, so the suggestion can be typed as is
            labels = [f"{c.name}, {c.province}" for c in shared]
        else:
            labels = [directory.vocabulary.canonical(name) or name]
        out.extend(n for n in labels if n not in out and normalise(n) != key)
    return out[:limit]
