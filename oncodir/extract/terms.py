"""Cancers and treatments a department page names, as vocabulary terms.

Matching is by words, not by one huge regular expression: every vocabulary name (synonyms, plurals,
British and American spellings) becomes a tuple of canonical words, and the page is walked once,
looking up the names that start at each word. That keeps it linear in the page.

A mention counts only when it is the department's own: these are left out, because a page names
them without saying the department gives them:

- words inside an institution's name ("Shandong University of Traditional Chinese Medicine");
- other departments: "the radiotherapy department", "the Department of Ultrasound, Radiology and
  Radiotherapy jointly formed", "works closely with radiotherapy", "in cooperation with surgery",
  "performed by the department of radiation";
- a few phrases whose words mean something else in context: "targeted treatment of brain tumours",
  "reconstruction of the immune system", imaging machines ("4D CT", "MRI simulator");
- laboratory research ("signal transduction ... metastasis of malignancies").

Organ words in lists ("tumours of the nasopharynx, oropharynx and the larynx") and coordinated
adjectives ("cervical and ovarian cancer") are read as the cancers they name, when the vocabulary
knows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from oncodir.text import normalise
from oncodir.vocabulary import Vocabulary, variants

_WORD = re.compile(r"[^\W_]+|&")

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
    if len(w) > 4 and w.endswith("uses"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# The same treatment said with another head noun: "minimally invasive surgical treatment".
_HEADS = ((" surgery", (" surgical treatment", " surgical procedure", " operation")),
          (" therapy", (" treatment",)), (" treatment", (" therapy",)))  # fmt: skip


def _head_forms(name: str) -> list[str]:
    forms = [name]
    for head, others in _HEADS:
        if name.endswith(head) and len(name.split()) > 1:
            forms += [name[: -len(head)] + other for other in others]
    return forms


_GAP_HEADS = frozenset({"surgery", "therapy", "treatment"})
_NOT_BETWEEN = frozenset({"and", "or", "of", "for", "the", "with", "in", "to", "by"})


class Mention(NamedTuple):
    start: int
    end: int
    phrase: str
    terms: tuple[str, ...]


class Index:
    """Vocabulary names as word tuples: canonical (any case) and abbreviations (exact case)."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.words: dict[tuple[str, ...], set[str]] = {}
        self.capitals: dict[tuple[str, ...], set[str]] = {}
        self.zh: dict[str, set[str]] = {}
        for concept in vocab.concepts.values():
            for name in (concept.term, *concept.synonyms):
                for form in _head_forms(name) if name.isascii() else ():
                    key = tuple(canon(w) for w in _WORD.findall(form))
                    self.words.setdefault(key, set()).add(concept.term)
            for abbr in concept.abbreviations:
                if abbr.isascii() and len(abbr) > 1:
                    self.capitals.setdefault(tuple(_WORD.findall(abbr)), set()).add(concept.term)
            for zh in concept.zh:
                if zh:
                    self.zh.setdefault(zh, set()).add(concept.term)
        # "minimally invasive CO2 laser surgery", "breast-conserving plastic surgery": one word may come
        # between a name of three words or more and its head noun.
        self.gapped = {(*k[:-1], "", k[-1]): t for k, t in self.words.items() if len(k) > 2 and k[-1] in _GAP_HEADS}
        self.resolved: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}  # organ words read by `listed`
        self.longest: dict[str, int] = {}
        for key in [*self.words, *self.capitals]:
            self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))
        self._zh = (
            re.compile("|".join(re.escape(z) for z in sorted(self.zh, key=len, reverse=True))) if self.zh else None
        )

    def mentions(self, text: str) -> Iterator[Mention]:
        """Every longest name at word boundaries, left to right, without overlaps."""
        tokens = list(_WORD.finditer(text))
        canons = [canon(t.group()) for t in tokens]
        i = 0
        while i < len(tokens):
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
            if n > 1 and not _joined(text, tokens[i : i + n]):
                continue
            terms = self.words.get(tuple(canons[i : i + n])) or self.capitals.get(
                tuple(t.group() for t in tokens[i : i + n])
            )
            if terms:
                return n, terms, n
        for n in range(min(most + 1, len(tokens) - i), 3, -1):
            key = (*canons[i : i + n - 2], "", canons[i + n - 1])
            if key in self.gapped and canons[i + n - 2] not in _NOT_BETWEEN and _joined(text, tokens[i : i + n]):
                return n, self.gapped[key], n - 2  # the word between and the head may name a treatment too
        return None


_GAP = re.compile(r"(?:[^\S\n]|[-'’/]){1,3}|[^\S\n]*-?[^\S\n]*\n?[^\S\n]*")


def _joined(text: str, tokens: list[re.Match[str]]) -> bool:
    """Words of one name: only spaces, hyphens or an apostrophe between them (a line may wrap once)."""
    return all(_GAP.fullmatch(text[a.end() : b.start()]) for a, b in pairwise(tokens))


# ------------------------------------------------------------------ whose mention is it?

_INSTITUTION_OF = re.compile(r"\b(?:University|College|Institute|Academy|School|Hospital|Society|Association)\s+of\s+$")
_OTHER_UNIT = re.compile(r"^\s*(?:departments?|dept\b|divisions?|units?|teams?|specialists?|doctors?|physicians?|"
                         r"experts?|sections?|physicists?|technicians?)\b", re.I)  # fmt: skip
_DEPARTMENTS_OF = re.compile(r"\b[Dd]epartments?\s+of\s+(?:[\w-]+,?\s+){0,8}$")
_COOPERATION = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|jointly|together with|works?\s+(?:closely\s+)?with|working\s+"
    r"(?:closely\s+)?with|in conjunction with|integrat\w*|partners?(?:ed|ing)?\s+with|consult\w*\s+with|"
    r"in\s+(?:\w+\s+)?combination\s+with|supported by|support from|member departments|composed of|consist\w* of|"
    r"joined by)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[;.!?]|,\s+(?:and\s+)?(?:\w+ing|which|who|where)\b")
_BY_OTHER = re.compile(r"^[^.;]{0,60}?\bby\s+(?:the\s+|other\s+|another\s+)?(?:departments?|divisions?)\b", re.I)
_AMBIGUOUS = (
    (re.compile(r"^targeted\s+treatment$", re.I), re.compile(r"^\s+(?:of|for)\b")),
    (re.compile(r"^reconstruction$", re.I), re.compile(r"^\s+of\s+(?:the\s+)?(?:immun|h(?:a)?ematopoie|marrow)", re.I)),
)
_MACHINE_AFTER = re.compile(r"^[\s-]*(?:scanners?|simulators?|simulation|machines?|systems?|sets?|devices?|"
                            r"equipment|localization|positioning|guided|guidance|planning)\b", re.I)  # fmt: skip
_MACHINE_BEFORE = re.compile(r"(?:\b\dD|\d+[\s-]*slices?|\d+(?:\.\d)?T)[\s-]*$", re.I)
_PLAN = re.compile(r"\b(?:in the future|will(?:\s+\w+)?\s+be\b|plans?\s+to|planned|(?:is|are)\s+going\s+to|"
                   r"to be (?:carried out|developed|introduced|established))", re.I)  # fmt: skip
_DEGREE_OF = re.compile(
    r"\b(?:degrees?|doctorates?|programs?|programmes?|majors?)\s+(?:of|in)\s+(?:[\w-]+,?\s+){0,6}$", re.I
)
_BODY_AFTER = re.compile(r"^\s*(?:[A-Z][\w-]*\s+){0,3}(?:Committees?|Branch|Association|Society|Alliance|League)\b")
_PROCESS_BEFORE = re.compile(r"\b(?:recurrences?|progression|invasion|prevent\w*|reduc\w*|inhibit\w*|spread)\b"
                             r"[^.;]{0,25}$", re.I)  # fmt: skip
_RESEARCH = re.compile(r"\b(?:signal transduction|pathways?|basic research|molecular mechanisms?|"
                       r"(?:research|laboratory|lab)\b[^.]{0,40}\bfocus\w*)\b", re.I)  # fmt: skip


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", max(0, start - 400), start), text.rfind("\n\n", max(0, start - 400), start))
    right_candidates = [i for i in (text.find(". ", end, end + 400), text.find("\n\n", end, end + 400)) if i >= 0]
    return (left + 1 if left >= 0 else max(0, start - 400)), (min(right_candidates) if right_candidates else len(text))


def not_own(text: str, m: Mention, kind: str, own_names: set[str]) -> str | None:
    """Why a mention is not the department's own (a short reason), or None when it is."""
    before, after = text[max(0, m.start - 120) : m.start], text[m.end : m.end + 80]
    if _inside_proper_name(text, m.start, m.end) or _INSTITUTION_OF.search(before):
        return "institution"
    lo, hi = _sentence_bounds(text, m.start, m.end)
    if _RESEARCH.search(text[lo:hi]):
        return "research"
    if _BODY_AFTER.match(after):
        return "institution"
    if kind != "treatment":
        return "process" if m.phrase.lower().startswith("metasta") and _PROCESS_BEFORE.search(before) else None
    if _PLAN.search(text[lo:hi]):
        return "plan"
    if _DEGREE_OF.search(before):
        return "academic subject"
    if _OTHER_UNIT.match(after) or _BY_OTHER.match(after):
        return "other department"
    dep = _DEPARTMENTS_OF.search(before)
    if dep and not _is_own(text[before.rfind(dep.group()) + max(0, m.start - 120) : m.end], own_names):
        return "other department"
    cues = list(_COOPERATION.finditer(text, max(lo, m.start - 90), m.start))
    cue = cues[-1] if cues else None
    if cue is not None and not _CLAUSE_BREAK.search(text, cue.end(), m.start):
        return "partner"
    for phrase, context in _AMBIGUOUS:
        if phrase.match(m.phrase) and context.match(after):
            return "ambiguous"
    if m.phrase.isupper() and (_MACHINE_AFTER.match(after) or _MACHINE_BEFORE.search(before)):
        return "equipment"
    return None


def _is_own(phrase: str, own_names: set[str]) -> bool:
    key = normalise(re.sub(r"^(?:the\s+)?", "", phrase, flags=re.I))
    return any(key == n or key.endswith(n) for n in own_names)


def _inside_proper_name(text: str, start: int, stop: int) -> bool:
    """'Chinese Medicine' in 'Zhejiang Chinese Medicine University' names a place, not a treatment."""
    phrase = text[start:stop]
    if phrase.isupper() or not all(w[:1].isupper() for w in phrase.split()):
        return False
    before = re.search(r"([A-Za-z]+) $", text[max(0, start - 40) : start])
    after = re.match(r" ([A-Za-z]+)", text[stop : stop + 40])
    return any(m is not None and m[1][:1].isupper() for m in (before, after))


# ------------------------------------------------------------------ lists of organs

_NOUNS = ("cancer", "tumor", "carcinoma", "malignancy", "neoplasm")
_NOUN = re.compile(r"\b(?:cancers?|tumou?rs?|carcinomas?|malignanc(?:y|ies)|neoplasms?)\b", re.I)
_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")
_INTRO = re.compile(r"\b(?:of|in|from|covering|including|includes|such as|like|involving)\s+(?:the\s+)?|[-–:]\s+")
# Organ nouns and the adjective a cancer's name uses; the vocabulary decides what each means.
ORGANS = {
    "nasopharynx": "nasopharyngeal", "oropharynx": "oropharyngeal", "hypopharynx": "hypopharyngeal",
    "pharynx": "pharyngeal", "larynx": "laryngeal", "esophagus": "esophageal", "oesophagus": "esophageal",
    "stomach": "gastric", "lungs": "lung", "cervix": "cervical", "uterine cervix": "cervical", "ovary": "ovarian",
    "ovaries": "ovarian", "endometrium": "endometrial", "uterus": "uterine", "pancreas": "pancreatic",
    "rectum": "rectal", "anus": "anal", "kidney": "renal", "kidneys": "renal", "vulva": "vulvar",
    "vagina": "vaginal", "testis": "testicular", "testes": "testicular", "peritoneum": "peritoneal",
    "retroperitoneum": "retroperitoneal", "thymus": "thymic", "mouth": "oral", "oral cavity": "oral",
    "paranasal sinuses": "paranasal sinus", "sinuses": "sinus", "gastrointestinal tract": "gastrointestinal",
    "digestive tract": "digestive tract", "bile duct": "bile duct", "bile ducts": "bile duct",
    "biliary tract": "biliary tract", "gallbladder": "gallbladder", "liver": "liver", "bladder": "bladder",
}  # fmt: skip


def listed(text: str, index: Index, names: list[Mention]) -> Iterator[Mention]:
    """Cancers named by organ lists and coordinated adjectives around a cancer noun."""
    protected = re.sub(r"\bhead\s+(?:and|&)\s+neck\b", lambda m: m.group().replace(" ", "_"), text, flags=re.I)
    covering = {m.end: m.start for m in names}
    for noun in _NOUN.finditer(protected):
        lo, hi = _sentence_bounds(protected, noun.start(), noun.end())
        before = protected[max(lo, noun.start() - 120) : noun.start()]
        pieces = _SEP.split(before.rstrip())
        metastatic = re.search(r"\bmetastatic\s+(\w+)\s+$", before, re.I)
        if metastatic:
            found = _resolve(f"{metastatic[1]} metastases", index, nouns=("",))
            if found:
                yield Mention(
                    noun.start() - len(metastatic.group()), noun.end(), metastatic.group() + noun.group(), found
                )
                continue
        if covering.get(noun.end(), noun.start()) < noun.start() - len(pieces[-1]) - 1:
            pieces = []  # "bone and soft tissue tumours" is one name, not two cancers
        for piece in reversed(pieces[-6:]):
            words = piece.split()
            found = _resolve(" ".join(words[-2:]), index) or _resolve(" ".join(words[-1:]), index)
            if not found:
                break
            organ = " ".join(words[-2:] if _resolve(" ".join(words[-2:]), index) else words[-1:])
            yield Mention(noun.start() - len(before), noun.end(), f"{organ} {noun.group()}".replace("_", " "), found)
        after = protected[noun.end() : min(hi, noun.end() + 200)]
        for intro in _INTRO.finditer(after[:60]):
            for piece in _SEP.split(after[intro.end() :]):
                words = re.sub(r"^(?:the|those arising from)\s+", "", piece.strip(" .;()"), flags=re.I).split()
                if not words or len(words) > 6:
                    continue
                found = _resolve(" ".join(words), index) or _resolve(" ".join(words[-2:]), index)
                if found:
                    yield Mention(
                        noun.start(), noun.end(), f"{noun.group()} of {' '.join(words)}".replace("_", " "), found
                    )


_ORGAN_WORDS = re.compile(r"[a-z][a-z -]*")


def _resolve(organ: str, index: Index, nouns: tuple[str, ...] = _NOUNS) -> tuple[str, ...]:
    """The cancer an organ word names with one of ``nouns`` (worked out once per index)."""
    key = (organ, nouns)
    if key not in index.resolved:
        index.resolved[key] = _resolve_once(organ, index, nouns)
    return index.resolved[key]


def _resolve_once(organ: str, index: Index, nouns: tuple[str, ...]) -> tuple[str, ...]:
    organ = organ.replace("_", " ").strip(" ,.;:()").lower()
    if not organ or not _ORGAN_WORDS.fullmatch(organ):
        return ()
    for adjective in (organ, ORGANS.get(organ)):
        if adjective is None:
            continue
        for noun in nouns:
            terms = index.words.get(tuple(canon(w) for w in _WORD.findall(f"{adjective} {noun}")))
            if terms:
                return tuple(sorted(terms))
    return ()


def terms(text: str, vocab: Vocabulary, own_names: set[str], notes: list[str]) -> dict[str, Any]:
    """Cancers, treatments and the page's wording for them (only the department's own mentions)."""
    index = Index(vocab)
    out: dict[str, Any] = {"cancers": [], "treatments": [], "wording": {}}
    phrases: dict[str, list[str]] = {}
    left_out: dict[str, set[str]] = {}
    checked: dict[str, set[str]] = {}
    named = list(index.mentions(text))
    for m in [*named, *listed(text, index, named)]:
        phrase = " ".join(m.phrase.split())
        for term in m.terms:
            kind = vocab.concepts[term].kind
            if phrase.casefold() in checked.get(term, ()):
                continue  # the same words again for a term already taken: nothing new to learn
            if term in out["cancers"] or term in out["treatments"]:
                checked.setdefault(term, set()).add(phrase.casefold())
            why = not_own(text, m, kind, own_names)
            if why is not None:
                left_out.setdefault(why, set()).add(term)
                continue
            field = "cancers" if kind == "cancer" else "treatments"
            if term not in out[field]:
                out[field].append(term)
            own = phrases.setdefault(term, [])
            if len(own) < 5 and phrase.casefold() not in {p.casefold() for p in own}:
                seen = {v for p in own for v in variants(p)}
                if normalise(term) not in variants(phrase) and not seen & set(variants(phrase)):
                    own.append(phrase)
    out["wording"] = {t: "; ".join(p) for t, p in phrases.items() if p}
    for why, found in left_out.items():
        found -= set(out["cancers"]) | set(out["treatments"])
        if found and why in ("other department", "partner"):
            notes.append(f"Not listed: {', '.join(sorted(found))} (named only as another department or a partner).")
    return out
