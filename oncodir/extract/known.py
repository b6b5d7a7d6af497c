"""Hospitals of the directory that a page names, and whether one of them is the department's.

A directory hospital is found by its name or an alias ("the" optional, capitals exact for an
abbreviation, a space lost between two words allowed). A page that names exactly one such hospital,
no other hospital, and not only as somewhere else (where a person trained or worked before, a
partner, a meeting) is taken to be the site's own hospital.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from oncodir.directory import names
from oncodir.extract.alliances import named_as_partner
from oncodir.extract.folding import folded
from oncodir.extract.hospitals import FULL, NEAR_TOP, clean_hospital, norm
from oncodir.extract.regexcache import compiled


def known_named(text: str, hospitals: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Directory hospitals whose name or alias the text spells ('the' optional; capitals exact)."""
    found: dict[str, Mapping[str, Any]] = {}
    top = text[:NEAR_TOP]
    for h in hospitals:
        for n in names(h):
            if _mentions(top, n):
                found.setdefault(str(h["id"]), h)
    return found


_folded = lru_cache(maxsize=1)(folded)  # the page, once, for every name of the directory


def _mentions(text: str, name: str) -> bool:
    return next(_spans(text, name), None) is not None


def _spans(text: str, name: str) -> Iterator[tuple[int, int]]:
    if not name.isascii():
        yield from ((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
        return
    words = [w for w in name.split() if w.lower() != "the"]
    page = _folded(text)
    if not words or not all(piece.lower() in page for w in words for piece in re.split(r"['’]", w)):
        return  # most hospitals are not on a page: a plain search for each word says so before any pattern runs
    yield from ((m.start(), m.end()) for m in _pattern(name, tuple(words)).finditer(text))


@lru_cache(maxsize=1024)  # a directory's names are many more than the patterns ``re`` keeps compiled
def _pattern(name: str, words: tuple[str, ...]) -> re.Pattern[str]:
    # "Sun Yat-SenUniversity Cancer Center": a space lost between two words of the name
    body = r"\s*(?:the\s+)?".join(re.escape(w) for w in words).replace("'", "['’]")
    return re.compile(rf"(?<!\w)(?:the\s+)?{body}(?!\w)", 0 if name.isupper() else re.I)


# Before a hospital's name: it is where someone trained or a partner, not the department's hospital
_ELSEWHERE = compiled(
    r"\b(?:train\w*|stud(?:y|ied|ying)|graduat\w*|visit\w*|fellow\w*|exchange\w*|cooperat\w*|co-operat\w*|"
    r"collaborat\w*|partner\w*|jointly|together|with|worked|(?<!has\sbeen\s)(?<!is\s)working|sent|referred|transferred|than|(?:experts?|doctors?|professors?|specialists?|scholars?|delegations?|teams?)\s+from|alumn\w*|"
    r"former(?:ly)?|previously|moved|joined|invited|guest|conference|meeting|congress|forum|led\s+by|member\s+of|"
    r"alliance|consortium|network|ranked|after|like|including|such\s+as|between|among|versus|vs)\b[^.;!?]{0,60}$",
    re.I,
)
# "Professor Li from X", "Dr Wang Lei of X", "surgeons came from the X": the hospital someone comes from (not "the
# department was developed from the X Hospital team")
_FROM = compiled(
    r"\b(?:(?:came|come|comes|coming|arrived|travell?ed)\s+(?:here\s+)?from|"
    r"(?:Prof(?:essor)?|Dr|Mr|Mrs|Ms)\.?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:from|of))\s+(?:the\s+)?$"
)
_OTHER_HOSPITAL = compiled(rf"(?P<h>{FULL})")


def sole_known(text: str, hospitals: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The one directory hospital a page names, when it names no other hospital and not only as
    somewhere else (where a person trained, a partner, a meeting): the site's own hospital."""
    named = known_named(text, hospitals)
    if len(named) != 1:
        return None
    (hospital,) = named.values()
    own = {norm(n) for n in names(hospital)}
    for m in _OTHER_HOSPITAL.finditer(text[:NEAR_TOP]):
        # ("X Hospital Affiliated to Y University": a hospital still, its university after it)
        other = re.split(r"\s+affiliated\b", norm(clean_hospital(m["h"])))[0]
        if other.endswith("hospital") and not any(n.endswith(other) or other.endswith(n) for n in own):
            return None  # another hospital is named too: which is the department's is not clear
    top = text[:NEAR_TOP]
    if any(named_as_partner(top, n) for n in names(hospital)):  # (a partner's, or its alliance's, once at least)
        return None
    for n in names(hospital):
        for start, _ in _spans(top, n):
            before = top[max(0, start - 80) : start]
            if not _ELSEWHERE.search(before) and not _FROM.search(before):
                return hospital
    return None
