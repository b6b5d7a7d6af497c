"""Vocabulary names found in a page's words.

Matching is by words, not by one huge regular expression: every vocabulary name (synonyms, plurals,
British and American spellings) becomes a tuple of canonical words, and the page is walked once,
looking up the names that start at each word. That keeps it linear in the page. Besides the names
as the vocabulary spells them, the index holds:

- the same treatment with another head noun ("minimally invasive surgical treatment"), a cancer with its
  histology ("prostate adenocarcinoma", "oral squamous cell carcinoma"), metastases by their organ ("brain
  metastatic tumors");
- a treatment said the other way round ("treatment of molecular target" for "molecular target
  treatment"), for names of three words or more;
- a name of three words or more with one more word before its head ("breast-conserving plastic
  surgery", "minimally invasive thoracoscopy technology").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from oncodir.extract.regexcache import compiled
from oncodir.vocabulary import Vocabulary

# Circled numbers ("⑤Thoracoscopic surgery") count as letters to ``\w``: they are list marks, not words.
WORD = compiled(r"[^\W_\u2460-\u24ff\u2776-\u2793]+|&")

_BRITISH = (("tumour", "tumor"), ("oesophag", "esophag"), ("haemat", "hemat"), ("haemo", "hemo"),
            ("leukaem", "leukem"), ("anaem", "anem"), ("gynaec", "gynec"), ("paediatr", "pediatr"),
            ("centre", "center"), ("oestr", "estr"), ("orthopaed", "orthoped"))  # fmt: skip


@lru_cache(maxsize=65536)  # a page repeats its words: each is worked out once
def canon(word: str) -> str:
    """One form for a word: lower case, American spelling, singular ("Tumours" -> "tumor")."""
    w = word.lower()
    if w == "&":
        return "and"
    for gb, us in _BRITISH:
        if gb in w:
            w = w.replace(gb, us)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("uses", "ches", "shes", "xes")):
        return w[:-2]  # "approaches" -> "approach"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# The same treatment said with another head noun: "minimally invasive surgical treatment".
# A cancer with its histology: "prostate adenocarcinoma", "esophageal squamous cell carcinoma".
_HEADS = ((" surgery", (" surgical treatment", " surgical procedure", " operation", " resection")),
          (" resection", (" excision",)),
          (" therapy", (" treatment",)), (" treatment", (" therapy",)),
          (" cancer", (" adenocarcinoma", " squamous cell carcinoma")),
          (" radiotherapy", (" radiation therapy",)),
          # "brain metastatic tumours", "bone metastatic lesions": metastases named by their organ, in the word order
          # a translation from Chinese keeps
          (" metastases", (" metastatic tumor", " metastatic lesion")))  # fmt: skip


def _head_forms(name: str) -> list[str]:
    forms = [name]
    for head, others in _HEADS:
        if name.endswith(head) and len(name.split()) > 1:
            forms += [name[: -len(head)] + other for other in others]
    return forms


# (and the meetings a team holds: "multidisciplinary sarcoma conference")
_GAP_HEADS = frozenset({"surgery", "therapy", "treatment", "technology", "technique", "conference", "meeting", "board"})
NOT_BETWEEN = frozenset({"and", "or", "of", "for", "the", "with", "in", "to", "by"})
# "minimally invasive interventional techniques", "minimally invasive percutaneous treatment": a word between a name
# and its head that says the work is done through a catheter, a needle or imaging, without an operation, makes it
# another kind of treatment (read on its own: "interventional treatment"), not the name's
_NOT_OPERATIVE = frozenset(
    {"interventional", "radiological", "radiologic", "percutaneous", "vascular", "non-vascular", "endovascular"}
    | {"transarterial", "transcatheter", "catheter", "needle", "ablative"}
)


class Mention(NamedTuple):
    start: int
    end: int
    phrase: str
    terms: tuple[str, ...]


def own_words(text: str, m: Mention) -> int:
    """Where a mention's own words begin (a mention read from a list or a heading spans more before them): its
    phrase at the span's end, or else its first word's last place in the span ("esophageal" in "... is responsible
    for esophageal and cardia cancer", read as "esophageal cancer")."""
    tail = m.end - len(m.phrase)
    if tail > m.start and text[tail : m.end].lower() == m.phrase.lower():
        return tail
    first = m.phrase.split(maxsplit=1)[0] if " " in m.phrase.strip() else ""
    found = [w.start() for w in WORD.finditer(text, m.start, m.end) if w.group().lower() == first.lower()]
    return found[-1] if first and found and found[-1] > m.start else m.start


class Index:
    """Vocabulary names as word tuples: canonical (any case) and abbreviations (exact case)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.words: dict[tuple[str, ...], set[str]] = {}
        self.capitals: dict[tuple[str, ...], set[str]] = {}
        self.zh: dict[str, set[str]] = {}
        for concept in vocab.concepts.values():
            for name in (concept.term, *concept.synonyms):
                for form in _head_forms(name) if name.isascii() else ():
                    key = tuple(canon(w) for w in WORD.findall(form))
                    self.words.setdefault(key, set()).add(concept.term)
            for abbr in concept.abbreviations:
                if abbr.isascii() and len(abbr) > 1:
                    self.capitals.setdefault(tuple(WORD.findall(abbr)), set()).add(concept.term)
            for zh in concept.zh:
                if zh:
                    self.zh.setdefault(zh, set()).add(concept.term)
        self.treatments = treatments = {c.term for c in vocab.concepts.values() if c.kind == "treatment"}
        # "treatment of molecular target": a treatment of three words or more said the other way round
        self.modifiers: dict[tuple[str, ...], dict[str, set[str]]] = {}  # read by forms.techniques
        for key, found in list(self.words.items()):
            if len(key) > 1 and key[-1] in _GAP_HEADS and found <= treatments:
                self.modifiers.setdefault(key[:-1], {}).setdefault(key[-1], set()).update(found)
                if len(key) > 2 and key[-1] in ("treatment", "therapy"):
                    self.words.setdefault(("treatment", "of", *key[:-1]), set()).update(found)
        self.modifier_starts = {key[0] for key in self.modifiers}  # most words start no modifier: passed at once
        # "minimally invasive CO2 laser surgery", "breast-conserving plastic surgery": one word may come
        # between a name of three words or more and its head noun.
        self.gapped = {(*k[:-1], "", k[-1]): t for k, t in self.words.items() if len(k) > 2 and k[-1] in _GAP_HEADS}
        # words and neighbouring word pairs of the names: which hyphenated words to read as one
        self.known = {w for k in self.words for w in k}
        self.pairs = {pair for k in self.words for pair in pairwise(k)}
        self.resolved: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}  # organ words read by `listed`
        self.longest: dict[str, int] = {}
        for key in [*self.words, *self.capitals]:
            self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        self._zh = compiled("|".join(re.escape(z) for z in sorted(self.zh, key=len, reverse=True))) if self.zh else None

    def mentions(self, text: str) -> Iterator[Mention]:
        """Every longest name at word boundaries, left to right, without overlaps."""
        tokens, canons = words_of(text)
        longest = self.longest
        i = 0
        while i < len(tokens):
            if canons[i] not in longest and tokens[i].group() not in longest:
                i += 1  # no name starts with this word (most words of a page)
                continue
            found = self._at(text, tokens, canons, i)
            if found is None:
                i += 1
                continue
            n, terms, step = found
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            yield Mention(start, end, text[start:end], tuple(sorted(terms)))
            i += step
        if self._zh is not None and not text.isascii():
            for m in self._zh.finditer(text):
                yield Mention(m.start(), m.end(), m.group(), tuple(sorted(self.zh[m.group()])))

    def _at(
        self, text: str, tokens: list[re.Match[str]], canons: list[str], i: int
    ) -> tuple[int, set[str], int] | None:
        """The longest name at word ``i``: its length in words, its terms, and how many words it takes up."""
        most = max(self.longest.get(canons[i], 0), self.longest.get(tokens[i].group(), 0))
        for n in range(min(most, len(tokens) - i), 0, -1):
            terms = self.words.get(tuple(canons[i : i + n])) or self.capitals.get(
                tuple(t.group() for t in tokens[i : i + n])
            )
            if terms and (n == 1 or joined(text, tokens[i : i + n])):  # (the look-up first: it mostly fails)
                return n, terms, n
        for n in range(min(most + 1, len(tokens) - i), 3, -1):
            key = (*canons[i : i + n - 2], "", canons[i + n - 1])
            between = canons[i + n - 2]
            if (
                key in self.gapped
                and between not in NOT_BETWEEN
                and between not in _NOT_OPERATIVE
                and joined(text, tokens[i : i + n])
            ):
                return n, self.gapped[key], n - 2  # the word between and the head may name a treatment too
        return None


class Words(NamedTuple):
    """A text's words (as matches, for where they are) and each one's canonical form."""

    tokens: list[re.Match[str]]
    canons: list[str]


def words_of(text: str) -> Words:
    """The words of a text; a page's are worked out once for all the readers that walk them."""
    return _page_words(text) if len(text) > _SHORT else _words(text)


_SHORT = 1000  # a phrase or a name is read afresh: kept, it would push the page's words out of the cache


def _words(text: str) -> Words:
    tokens = list(WORD.finditer(text))
    return Words(tokens, [canon(t.group()) for t in tokens])


_page_words = lru_cache(maxsize=4)(_words)


_SPLIT = compiled(r"(?<![\w-])([^\W\d_]+)-[^\S\n]?([^\W\d_]+)(?![\w-])")


class Joined(NamedTuple):
    """A page's text with hyphenated vocabulary words written whole, and where the hyphens were."""

    text: str
    joins: list[tuple[int, int]]  # (offset in ``text`` where a hyphen was taken out, characters taken out)

    def original(self, source: str, start: int, end: int) -> str:
        """The page's own words for ``text[start:end]``."""
        extra = sum(n for at, n in self.joins if start <= at < end)
        return source[start : end + extra]


def join_split(text: str, index: Index) -> Joined:
    """'radio-surgery', 'tu-mors': one vocabulary word with a hyphen in it is read as that word.

    Only when the two halves are not a word pair of some name ("chemo-radiotherapy" is), so a
    treatment word inside another treatment's name ("stereotactic radio-surgery") is not read
    alone. The text keeps its length: the hyphen moves after the word, as a space.
    """
    joins: list[tuple[int, int]] = []

    def whole(m: re.Match[str]) -> str:
        a, b = m[1], m[2]
        if canon(a + b) not in index.known or (canon(a), canon(b)) in index.pairs:
            return m.group()
        gap = len(m.group()) - len(a) - len(b)
        joins.append((m.start() + len(a), gap))
        return a + b + " " * gap

    joined = _SPLIT.sub(whole, text)
    return Joined(joined, joins)


_GAP = compiled(r"(?:[^\S\n]|[-'’/]){1,3}|[^\S\n]*-?[^\S\n]*\n?[^\S\n]*")


def joined(text: str, tokens: list[re.Match[str]]) -> bool:
    """Words of one name: only spaces, hyphens or an apostrophe between them (a line may wrap once)."""
    gaps = (text[a.end() : b.start()] for a, b in pairwise(tokens))
    return all(gap == " " or _GAP.fullmatch(gap) for gap in gaps)  # (one space, the usual gap, at once)


# A full stop that ends a sentence: not the one of "Dept.", "e.g.", "etc.", "Prof." or "No." (the full stop is
# looked for first, so the other places of a page fail at once)
_FULL_STOP = compiled(
    r"(?=\. )(?:(?<!\bdept)(?<!\bdepts)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bprof)(?<!\bdr)(?<!\bno)(?<!\bvs)(?<!\bst)"
    # "..., etc. Radiation oncologists": a sentence ends with "etc." before a capital
    r"\. |(?<=\betc)\. (?=(?-i:[A-Z])))",
    re.I,
)


@lru_cache(maxsize=4)  # every mention of a page asks about the same text: its full stops are found once
def _stops(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _FULL_STOP.finditer(text))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends (a full stop or a blank line, within 400
    characters)."""
    stops = _stops(text)
    floor = max(0, start - 400)
    i = bisect_right(stops, start - 2) - 1  # the last full stop (and its space) before the start
    left = max(stops[i] if i >= 0 and stops[i] >= floor else -1, text.rfind("\n\n", floor, start))
    j = bisect_left(stops, end)
    after = stops[j] if j < len(stops) and stops[j] <= end + 398 else -1
    right_candidates = [i for i in (after, text.find("\n\n", end, end + 400)) if i >= 0]
    # (like its start, its end is looked for no further than 400 characters: a list of lines without full stops
    # is no one sentence with the page's end)
    return (left + 1 if left >= 0 else floor), (
        min(right_candidates) if right_candidates else min(len(text), end + 400)
    )
