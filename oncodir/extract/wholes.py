"""Two organs listed after a cancer noun that together make one vocabulary name.

"Tumours of the bones and soft tissues" names bone and soft tissue tumours, the one concept the vocabulary has
for both together; :mod:`.forms` reads the pair as that name, not as two cancers of their own. Two organs that
make no name together ("cancers of the lung and breast"), or a list that goes on ("of the bones, soft tissues
and skin"), are left to be read one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from oncodir.extract.index import Mention

# two organ words joined by "and" (one or two words each), with no third item after them
_PAIR = re.compile(
    r"(?:the\s+)?([a-z]+(?:\s[a-z]+)?)\s+(?:and|&)\s+(?:the\s+)?([a-z]+(?:\s[a-z]+)?)\b(?!\s*(?:,|and\b|or\b))"
)


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
