"""Did you mean: close vocabulary terms, names and cities for a word the directory does not know.

Used when a search finds nothing, when ``show`` finds no record by a name, and for an unknown
``--near`` city. rapidfuzz is imported only here, and only when a suggestion is wanted.
"""

from __future__ import annotations

from oncodir.directory import Directory, known
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


MAX_SUGGESTED_WORDS = 3  # "did you mean" for the first few unknown words of a query, not for each of 20,000
MAX_SUGGEST_INPUT = 2000  # characters: longer input is pasted text, not a misspelt word


def suggest_for(directory: Directory, texts: list[str], limit: int = 3) -> list[str]:
    """Suggestions for the words of a query that found nothing, in bounded time.

    Each word costs a fuzzy scan of every name, so only the first few words that could be
    misspellings are looked at, and pasted input (thousands of words or characters) none.
    """
    if sum(len(t) for t in texts) > MAX_SUGGEST_INPUT:
        return []
    out: list[str] = []
    tried = 0
    for text in texts:
        if tried >= MAX_SUGGESTED_WORDS:
            break
        if not _worth_suggesting(directory, text, normalise(text), False):
            continue
        tried += 1
        out.extend(s for s in suggestions(directory, text, limit) if s not in out)
    return out


def suggestions(directory: Directory, text: str, limit: int = 3, *, places_only: bool = False) -> list[str]:
    """Close vocabulary terms, names and cities for a word that is not known (for "did you mean").

    Plain edit-distance similarity (rapidfuzz ``ratio``) over whole names, not partial or
    token matching: a short or common word ("can", "cancer") then suggests nothing rather
    than everything that contains it. A known term gets no suggestion: it found nothing
    because nothing matches it, not because it was misspelt.
    """
    key = normalise(text)
    if not _worth_suggesting(directory, text, key, places_only):
        return []
    from rapidfuzz import fuzz, process, utils  # imported only when a search fails

    # rapidfuzz's own processor (lower case, punctuation to spaces) runs in C: at 100,000
    # departments calling normalise() for every name took most of the time.
    found = process.extract(
        key,
        _choices(directory, places_only),
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=SUGGEST_CUTOFF,
        limit=limit * 4,
    )
    out: list[str] = []
    if not places_only:  # the start of a longer term: "non-small" for "non-small cell lung cancer"
        for name in directory.vocabulary.names():
            if normalise(name).startswith(key + " "):
                out.extend(n for n in _labels(directory, name) if n not in out)
    best = found[0][1] if found else 0
    for name, score, _ in found:
        if score < best - SUGGEST_SPREAD:
            break  # "hangzou" is Hangzhou, not also Changzhou, which is a letter further off
        out.extend(n for n in _labels(directory, name) if n not in out and normalise(n) != key)
    return out[:limit]


def _worth_suggesting(directory: Directory, text: str, key: str, places_only: bool) -> bool:
    if len(text) > MAX_SUGGEST_LENGTH:  # nothing in the directory is that long; do not scan for it
        return False
    if key in GENERIC or (not places_only and known(text, directory)):
        return False
    return len(key) >= (MIN_SUGGEST_LENGTH if key.isascii() else 2)


def _choices(directory: Directory, places_only: bool) -> list[str]:
    """Every name a suggestion may be: cities and provinces, and unless places only, terms and records."""
    gaz = directory.gazetteer
    choices = [*gaz.names(), *gaz.province_names()]
    if not places_only:
        choices.extend(directory.vocabulary.names())
        choices.extend(directory.record_names())
    # dict.fromkeys: unique names in a stable order (a set's order changes from run to run).
    return [n for n in dict.fromkeys(choices) if n]


def _labels(directory: Directory, name: str) -> list[str]:
    """How to write a close name as a suggestion that can be typed back as it is."""
    shared = directory.gazetteer.lookup(name)
    if len(shared) > 1:  # "Suzhou": say which ones
        return [f"{c.name}, {c.province}" for c in shared]
    return [directory.vocabulary.canonical(name) or name]
