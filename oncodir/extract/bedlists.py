"""A ward named by its size where the page lists what the department has: the department's own ward.

Besides "our 24-bed ward" and "the service has a 28-bed ward" (:mod:`.counts`), a page gives its ward as

- an item of its own list of services or facilities: "Our services - a 12-bed inpatient palliative care unit on
  Level 6 - an inpatient consultation service", "What we offer: • outpatient clinics • A 16-bed ward on the 4th floor",
  "Services 1. 14-bed inpatient unit"; the list's heading must be the department's own ("Our services", "What we
  offer", "Services"), never "Other services at the hospital", and the ward must open its item (not "advice on the
  hospital's 20-bed intensive care unit");
- what the department includes, consists of or offers: "Our facilities include a 20-bed oncology ward", "The
  department consists of a 45-bed inpatient ward and an outpatient clinic".

A ward "of" or "run by" another unit or the hospital named right after it is not the department's; whose the ward is
is still asked after (:func:`.holders.holder`).
"""

from __future__ import annotations

import re

from oncodir.extract.regexcache import compiled

# the list's heading, opening the sentence the items are joined into
_OWN_LIST = compiled(
    r"^\W*(?:(?:our|the\s+(?:department|unit|ward|service|division|cent(?:re|er))['’]s)\s+(?:[a-z]+\s+)?"
    r"(?:services|facilities|resources)|what\s+we\s+(?:offer|provide|do)|services\s+we\s+(?:offer|provide)|"
    r"services|facilities)\b",
    re.I,
)
# the ward opens its item: after the heading's colon or a list mark ("-", "•", "1."), perhaps "a" before it; not after a
# comma ("Visiting hours on Ward 9, a 30-bed ward": a ward named in passing)
_ITEM_START = compiled(
    r"(?:^|[:\-–•*·]|\b\d{1,2}[.)])\s*(?:(?:an?|one)\s+)?(?:(?:dedicated|modern|new|specialist|purpose-built|"
    r"separate|self-contained)\s+)?$",
    re.I,
)
# "Our facilities include a", "The department consists of a", "the unit offers a": the department's own parts
_INCLUDES = compiled(
    r"\b(?:(?:our|the\s+(?:department|unit|ward|service|division|cent(?:re|er))['’]s)\s+(?:[a-z]+\s+)?"
    r"(?:services|facilities)\s+(?:include|comprise)|(?:our|the)\s+(?:department|unit|ward|service|division|"
    r"cent(?:re|er)|team)\s+(?:also\s+)?(?:includes|consists\s+of|offers|provides|contains)|we\s+(?:also\s+)?"
    r"(?:offer|provide|run|have))\s+(?:an?|one)\s+(?:(?:dedicated|modern|new|specialist|purpose-built|separate|"
    r"self-contained)\s+)?$",
    re.I,
)
# "a 30-bed ward of the Department of Medical Oncology", "a 40-bed unit run by the hospital": another's ward listed
_ANOTHERS = compiled(
    r",?\s+(?:of|run\s+by|managed\s+by|belonging\s+to|shared\s+with|operated\s+by)\s+(?:the\s+|our\s+)?"
    r"(?:[A-Z]|hospital|university|medical|partner|sister|another|other)"
)
_HEADING_AT_MOST = 400  # characters: a list's items run on this far after its heading, in one sentence


def listed_own(sentence: str, start: int, end: int) -> bool:
    """Whether the ward sized at ``start`` (its unit-word ending at ``end``) is one the department lists as its own
    (an item of its own list of services, or what it includes), not another unit's it names after it."""
    if _ANOTHERS.match(sentence, end):
        return False
    if _INCLUDES.search(sentence, max(0, start - 120), start):
        return True
    if start > _HEADING_AT_MOST or not _OWN_LIST.match(sentence):
        return False
    return _ITEM_START.search(sentence, max(0, start - 40), start) is not None
