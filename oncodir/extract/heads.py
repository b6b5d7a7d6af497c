"""Two kinds of one name, joined before their shared head, name the head's concept too.

"Hodgkin and non-Hodgkin lymphomas" names lymphomas; "small cell and non-small cell lung cancer" names lung
cancer; "neoadjuvant and adjuvant chemotherapy" is chemotherapy given. The index finds the longest name
only ("non-Hodgkin lymphomas"), so the shared head is read here as a mention of its own words, when it names
a concept broader than both kinds (whether it is the department's own is then decided as for any other
mention, by :mod:`.terms`). One kind alone says no more than itself ("radiofrequency ablation" names only
that ablation), nor do two organs ("liver and bone metastases" are two sites, no kinds of one name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from oncodir.extract.forms import ORGAN_WORD
from oncodir.extract.index import WORD, Index, Mention, canon
from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

# the other kind before "and": "Hodgkin and " before "non-Hodgkin lymphomas"
_KIND_AND = compiled(r"(?:^|[^\w-])(?P<kind>[\w-]+(?:[^\S\n]+[\w-]+)?)[^\S\n]*(?:,\s*)?(?:and|or|&)[^\S\n]+$", re.I)


def with_heads(text: str, named: Iterable[Mention], index: Index, vocab: Vocabulary) -> Iterator[Mention]:
    """Each mention, after the shared head of two kinds joined before it (when they make one)."""
    for m in named:
        head = _shared_head(text, m, index, vocab)
        if head is not None:
            yield head  # (first: a mention read later over the same end is the whole name's)
        yield m


def _shared_head(text: str, m: Mention, index: Index, vocab: Vocabulary) -> Mention | None:
    """The mention's last one to three words, when they name a concept above both its own and the kind joined
    before it."""
    # ("and", "or" or "&" must end the words before: most mentions fail that plain test, and the pattern is not run)
    before = text[max(0, m.start - 40) : m.start].rstrip().lower()
    joined = _KIND_AND.search(text, max(0, m.start - 40), m.start) if before.endswith(("and", "or", "&")) else None
    if joined and canon(joined["kind"].split()[-1]) in ORGAN_WORD:
        return None  # "liver and bone metastases": two organs' metastases, no kinds of one name
    above = set().union(*(_ancestors(t, vocab) for t in m.terms)) if joined else set()
    if not joined or not above:
        return None
    words = list(WORD.finditer(m.phrase))
    for w in words[max(1, len(words) - 3) :]:
        tail = m.phrase[w.start() :]
        found = [n for n in index.mentions(tail) if n.start == 0 and n.end == len(tail)]
        terms = {t for t in found[0].terms if t in above} if found else set()
        for kind in (joined["kind"], joined["kind"].split()[-1]):
            other = [n for n in index.mentions(f"{kind} {tail}") if n.start == 0 and n.end == len(kind) + len(tail) + 1]
            shared = {t for t in terms if other and any(t in _ancestors(o, vocab) for o in other[0].terms)}
            if shared:
                return Mention(m.end - len(tail), m.end, tail, tuple(sorted(shared)))
    return None


def _ancestors(term: str, vocab: Vocabulary) -> set[str]:
    """Every concept above a term (none for a term the vocabulary does not hold)."""
    seen: set[str] = set()
    todo = list(vocab.concepts[term].broader) if term in vocab.concepts else []
    while todo:
        t = todo.pop()
        if t not in seen and t in vocab.concepts:
            seen.add(t)
            todo += vocab.concepts[t].broader
    return seen
