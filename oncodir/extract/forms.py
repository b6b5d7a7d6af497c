"""Cancers and treatments a page names in other forms than the vocabulary spells them.

- Organ words in lists ("tumours of the nasopharynx, oropharynx and the larynx") and coordinated
  adjectives ("cervical and ovarian cancer") are read as the cancers they name (:func:`listed`);
- a technique before an operation ("laparoscopic colorectal surgery", "robotic-assisted gastrectomy", "the minimally
  invasive, anus reserved, fast track surgery") is that technique's treatment, and a treatment's adjective before a
  cancer and the head noun ("multimodal gastric cancer treatment") is that treatment (:func:`techniques`);
- coordinated treatment adjectives: "neoadjuvant and adjuvant chemotherapy" names neoadjuvant
  chemotherapy, "laparoscopic and robotic-assisted hysterectomy" a laparoscopic operation (:func:`techniques`);
- coordinated kinds of a name: "Hodgkin and non-Hodgkin lymphoma" (:func:`techniques`), "Lymphoma (Hodgkin and
  non-Hodgkin)", "keyhole (laparoscopic) surgery", "minimally invasive (laparoscopic and robotic) approaches"
  (:func:`bracketed`);
- a name broken by a short aside in brackets: "Neuroendocrine (Carcinoid) Tumors" (:func:`bracketed`);
- kinds of a treatment the sentence names, said before "techniques": "Radiotherapy is given ... with
  image-guided and intensity-modulated techniques" (:func:`kinds_of_named`);
- a treatment for a cancer's pain: "Strontium-89 therapy for the pain of bone metastases", and pain management
  said the other way round, "treatment of pain" (:func:`cancer_pain`).

A defect closed with a flap, and treatments said with a verb or an adverb, are :mod:`.verbs`'.

Whether a mention is the department's own is decided afterwards, as for any other (:mod:`.terms`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from oncodir.extract.index import NOT_BETWEEN, WORD, Index, Mention, canon, sentence_bounds, words_of
from oncodir.extract.origins import tissue_kind
from oncodir.extract.regexcache import compiled
from oncodir.extract.wholes import whole_pair

_NOUNS = ("cancer", "tumor", "carcinoma", "malignancy", "neoplasm")
# ("gynecologic malignant tumors": the adjective before "malignant" names the organ)
_NOUN = compiled(
    r"\b(?:cancers?|tumou?rs?|carcinomas?|malignanc(?:y|ies)|neoplasms?|malignant\s+(?:diseases?|tumou?rs?|neoplasms?))\b",
    re.I,
)
_SEP = compiled(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")
_INTRO = compiled(
    r"\b(?:of|in|(?:arising\s+)?from|covering|including|includes|such as|like|involving)\s+(?:the\s+)?|[-–:]\s+"
)
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
    "thyroid gland": "thyroid", "mediastinum": "mediastinal", "head-neck region": "head and neck",
    "head and neck region": "head and neck", "salivary glands": "salivary gland", "colon and rectum": "colorectal",
    "parotid gland": "parotid", "parotid glands": "parotid",
}  # fmt: skip

# ("the stomach, colon and rectum, ..." are three organs too: there the "and" closes the list; "h" or "c" first)
_ONE_REGION = compiled(r"(?i)\b(?=[hc])(?:head\s+(?:and|&)\s+neck\b|(?<!\w,\s)colon\s+and\s+rectum\b|"
                         r"colon\s+and\s+rectum\b(?=,?\s+and\b))")  # fmt: skip


def listed(text: str, index: Index, names: list[Mention]) -> Iterator[Mention]:
    """Cancers named by organ lists and coordinated adjectives around a cancer noun."""
    # "head and neck" is one region, "colon and rectum" one organ's cancer (colorectal): neither is two items
    protected = re.sub(_ONE_REGION, lambda m: m.group().replace(" ", "_"), text)
    covering = {m.end: m.start for m in names}
    for noun in _NOUN.finditer(protected):
        lo, hi = sentence_bounds(protected, noun.start(), noun.end())
        before = protected[max(lo, noun.start() - 120) : noun.start()]
        pieces = _SEP.split(before.rstrip())
        metastatic = re.search(r"\bmetastatic\s+(\w+)\s+$", before, re.I)
        if metastatic:
            found = organ_cancer(f"{metastatic[1]} metastases", index, nouns=("",))
            if found:
                yield Mention(
                    noun.start() - len(metastatic.group()), noun.end(), metastatic.group() + noun.group(), found
                )
                continue
        if covering.get(noun.end(), noun.start()) < noun.start() - len(pieces[-1]) - 1:
            pieces = []  # "bone and soft tissue tumours" is one name, not two cancers
        skipped = False
        for piece in reversed(pieces[-10:]):
            words = piece.split()
            found = organ_cancer(" ".join(words[-2:]), index) or organ_cancer(" ".join(words[-1:]), index)
            if not found and not skipped and _OTHER_ORGAN.fullmatch(piece):
                skipped = True  # "lung, esophagus and chest cancer": one organ without a cancer of its own
                continue
            if not found:
                break
            skipped = False
            organ = " ".join(words[-2:] if organ_cancer(" ".join(words[-2:]), index) else words[-1:])
            yield Mention(noun.start() - len(before), noun.end(), f"{organ} {noun.group()}".replace("_", " "), found)
            if any(_LIST_START.fullmatch(w) for w in words[: len(words) - len(organ.split())]):
                break  # a word before the organ begins the list: "... brachytherapy for prostate and ..."
        if tissue_kind(protected, noun.start()):  # "neuroendocrine tumours of the pancreas": no pancreatic cancer
            continue
        after = re.split(_AFTER_ENDS, protected[noun.end() : min(hi, noun.end() + 200)])[0]
        for intro in _INTRO.finditer(after[:60]):
            if not _GAP.fullmatch(after[: intro.start()]) or _NOUN.search(after, 0, intro.start()):
                continue  # "cancer screening, needle aspiration of thyroid", "cancer and X tumours of": not its own
            # ("tumours of the bones and soft tissues": two organs that make one name, read as that name)
            whole = whole_pair(after, intro.end(), noun, lambda organ: organ_cancer(organ, index))
            yield from [whole] if whole is not None else _organs_after(after[intro.end() :], noun, index)
            if whole is not None:
                break


def _organs_after(organs: str, noun: re.Match[str], index: Index) -> Iterator[Mention]:
    """Each organ listed after a cancer noun's "of", "in", "including": "cancers of the stomach, liver and ..."."""
    prev: list[str] = []
    for piece in _SEP.split(organs):
        # ("mediastinum (the central compartment of the chest)"; "lower GI (colorectal and anal)": its items, organs)
        piece = re.sub(r"^[^()]*\((?!\s*(?:except|excluding|not|non|other|benign)\b)", "", _ASIDE_IN.sub("", piece))
        words = re.sub(r"^(?:the|those arising from)\s+", "", _TAIL.sub("", piece.strip(" .;()")), flags=re.I).split()
        if not words or len(words) > 6:
            continue
        # ("stomach, colon and rectum": the colon, the rectum, and the two together)
        joined = "colon and rectum" if prev == ["colon"] and " ".join(words).strip(".") == "rectum" else ""
        prev = words
        found = organ_cancer(" ".join(words), index) or organ_cancer(" ".join(words[-2:]), index)
        found = tuple(sorted({*found, *organ_cancer(joined, index)})) if joined else found
        if found:
            yield Mention(noun.start(), noun.end(), f"{noun.group()} of {' '.join(words)}".replace("_", " "), found)


# between a cancer noun and the word that brings its organs: "tumours arising in the ... tract -", "cancers,
# especially those of", but not a new item of a list ("cancer screening, fine needle aspiration cytology of")
_GAP = compiled(r"[^,]*|.*,\s*(?!(?:and|or)\s)(?:[\w-]+\s+){0,2}")  # (", and reconstruction of": a new item)
# a clause, a sentence, a line that ends in a word, or a new item of a list ("tumor\n- Tracheal and ...") ends them
_AFTER_ENDS = compiled(r";|(?<=\w)(?:[^\S\n]*\n|\.\s)|\n[^\S\n]*(?:[-–•●▪*·]|\d{1,2}[.)])\s")
_ASIDE_IN = compiled(r"\s*\([^()]{0,60}\)")
_TAIL = compiled(r"\s*:.*$|\s+(?:from|at|who|which|across|throughout)\s.*$", re.I)  # "and vagina from X", "neck: Y"
_LIST_START = compiled(r"[-–:;]|for|with|of|in|to|by|at|on|from|the|a|an|is|are|treats?|treating|including|"
                         r"such|as|like|especially|mainly|particularly", re.I)  # fmt: skip
_OTHER_ORGAN = compiled(r"(?!(?:benign|malignant|non|not|other|and|or|the)\b)[a-z]{3,12}")
_ORGAN_WORDS = compiled(r"[a-z][a-z -]*")


def organ_cancer(organ: str, index: Index, nouns: tuple[str, ...] = _NOUNS) -> tuple[str, ...]:
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
            terms = index.words.get(tuple(canon(w) for w in WORD.findall(f"{adjective} {noun}")))
            if terms:
                return tuple(sorted(terms))
    return ()


# ------------------------------------------------------------------ techniques and coordinated adjectives

_OPERATION = compiled(r"(?:surgery|surgical|resection|operation|\w{3,}ectomy)$")
_CANCER_NOUN = frozenset({"cancer", "tumor", "carcinoma", "malignancy", "neoplasm", "lymphoma", "leukemia", "sarcoma"})
_BETWEEN = compiled(r"(?:[^\S\n]|[-,/'’]){1,4}")
_AND = frozenset({"and", "or"})


def techniques(text: str, index: Index) -> Iterator[Mention]:
    """'laparoscopic colorectal surgery', 'multimodal gastric cancer treatment', 'neoadjuvant and adjuvant
    chemotherapy': a treatment's words with others between them."""
    tokens, canons = words_of(text)
    for i in range(len(tokens)):
        for n in (1, 2, 3) if canons[i] in index.modifier_starts else ():
            heads = index.modifiers.get(tuple(canons[i : i + n]))
            if heads and _linked(text, tokens, i, i + n):
                yield from _operated(text, tokens, canons, i, i + n, heads)
        if i + 3 < len(tokens) and canons[i + 1] in _AND and canons[i + 2] not in NOT_BETWEEN:
            found_at = _coordinated(canons, i, index)
            if found_at and _linked(text, tokens, i, found_at[0] + 1):
                yield _mention(text, tokens, i, found_at[0], found_at[1])


def _coordinated(canons: list[str], i: int, index: Index) -> tuple[int, set[str]] | None:
    """'neoadjuvant and adjuvant chemotherapy', 'Hodgkin and non-Hodgkin lymphoma': the first word's term with
    the head the second one shares, and the token where the head ends. A second word of two tokens ('non-Hodgkin')
    must make a term with the head itself."""
    for j in (1, 2):
        for k in (1, 2):
            head = canons[i + 2 + j : i + 2 + j + k]
            if len(head) < k:
                break  # the page ends before the head
            found = index.words.get((canons[i], *head))
            if index.words.get(tuple(canons[i : i + 2 + j + k])):
                return None  # "bone and soft tissue tumours" is one name, not two
            if found and (j == 1 or index.words.get((*canons[i + 2 : i + 2 + j], *head))):
                return i + 1 + j + k, found
    return None


def _operated(
    text: str, tokens: list[re.Match[str]], canons: list[str], lo: int, hi: int, heads: dict[str, set[str]]
) -> Iterator[Mention]:
    """After a modifier (tokens lo..hi): up to four words, then an operation or the name's own head ("and" between
    two organs, "liver and pancreatic resections", is one of the operation's words and not counted)."""
    organs_joined = 0
    for j in range(hi, min(hi + 7, len(tokens))):
        joins_organs = j > hi + 1 and canons[j - 1] in _AND and _organs_joined(canons, j - 1)
        organs_joined += joins_organs
        if j - organs_joined >= hi + 5 or not _BETWEEN.fullmatch(text[tokens[j - 1].end() : tokens[j].start()]):
            return
        if j > hi and canons[j - 1] in NOT_BETWEEN and not (j - 1 == hi and canons[j - 1] in _AND) and not joins_organs:
            return  # but "laparoscopic and robotic-assisted hysterectomy": two techniques of one operation
        if "surgery" in heads and _OPERATION.match(canons[j]):
            yield _mention(text, tokens, lo, j, heads["surgery"])
            return
        for head in ("therapy", "treatment"):
            if head in heads and canons[j] in ("therapy", "treatment") and canons[j - 1] in _CANCER_NOUN:
                yield _mention(text, tokens, lo, j, heads[head])
                return
        if j > hi and canons[j] in heads and canons[j - 1] in _CANCER_NOUN:
            yield _mention(text, tokens, lo, j, heads[canons[j]])  # "multidisciplinary sarcoma conference"
            return


# one organ's word and another's: "liver and pancreatic resections", "colon and rectal surgery"
_MORE_ORGANS = ("hepatic", "biliary", "pulmonary", "breast", "colon", "colonic", "bowel", "brain", "bone", "prostate",
                "thoracic", "abdominal", "pelvic", "spinal")  # fmt: skip
ORGAN_WORD = frozenset(canon(w) for w in (*ORGANS, *ORGANS.values(), *_MORE_ORGANS) if " " not in w)


def _organs_joined(canons: list[str], k: int) -> bool:
    """Whether the "and" at token ``k`` joins two organs' words."""
    return k + 1 < len(canons) and canons[k - 1] in ORGAN_WORD and canons[k + 1] in ORGAN_WORD


def _linked(text: str, tokens: list[re.Match[str]], lo: int, hi: int) -> bool:
    return all(_BETWEEN.fullmatch(text[a.end() : b.start()]) for a, b in pairwise(tokens[lo:hi]))


def _mention(text: str, tokens: list[re.Match[str]], lo: int, last: int, found: set[str]) -> Mention:
    start, end = tokens[lo].start(), tokens[last].end()
    return Mention(start, end, text[start:end], tuple(sorted(found)))


# ------------------------------------------------------------------ asides in brackets

_NOT_ASIDE = compiled(r"\b(?:benign|non|not|no|except|excluding|other|and|or)\b", re.I)
_ASIDE = compiled(r"(?<=\w)[^\S\n]*\([^()\n]{1,40}\)[^\S\n]*(?=\w)")


def bracketed(text: str, index: Index) -> Iterator[Mention]:
    """Names read across a short aside in brackets: "Neuroendocrine (Carcinoid) Tumors"."""
    for aside in _ASIDE.finditer(text):
        kinds = list(_inside(text, index, aside))
        yield from kinds
        if _NOT_ASIDE.search(aside.group()) and not kinds and not _techniques_only(aside.group(), index):
            continue  # "breast (benign and malignant) tumours" says more than a name (not a list of its kinds)
        lo, hi = max(0, aside.start() - 60), min(len(text), aside.end() + 60)
        window = text[lo : aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end() : hi]
        # (a technique too, read with the aside as one space: "minimally invasive (laparoscopic) oesophagectomy")
        cut, gap = aside.start() - lo, aside.end() - aside.start() - 1
        spanned = [m._replace(end=m.end + gap) for m in techniques(window[:cut] + " " + window[cut + gap + 1 :], index)]
        for m in [*index.mentions(window), *spanned]:
            if m.start < aside.start() - lo and m.end > aside.end() - lo:
                yield Mention(lo + m.start, lo + m.end, " ".join(text[lo + m.start : lo + m.end].split()), m.terms)
    yield from _kinds_after(text, index)


def _techniques_only(aside: str, index: Index) -> bool:
    """An aside of techniques only ("(laparoscopic and thoracoscopic)"): the name reads across it."""
    items = [i for i in _ITEMS.split(aside.strip()[1:-1]) if i]
    return bool(items) and all(tuple(canon(w) for w in WORD.findall(i)) in index.modifiers for i in items)


_ITEMS = compiled(r"\s*(?:,|\band\b|\bor\b|/)\s*")
_HEAD = compiled(r"[\w-]+(?:[^\S\n]+[\w-]+)?")


def _inside(text: str, index: Index, aside: re.Match[str]) -> Iterator[Mention]:
    """A treatment's words in the brackets, read with the head after them: "Keyhole (laparoscopic) surgery",
    "minimally invasive (laparoscopic and robotic) approaches" (the brackets name the kinds)."""
    head = _HEAD.match(text, aside.end())
    inner = aside.group().strip()[1:-1]
    if head is None:
        return
    at = text.index("(", aside.start()) + 1
    for item in _ITEMS.split(inner):
        if not item or len(item.split()) > 2:
            continue
        phrase = f"{item} {head.group()}"
        for m in index.mentions(phrase):
            if m.start == 0 and m.end > len(item) and index.treatments >= set(m.terms):
                start = at + inner.index(item)
                yield Mention(start, head.start() + m.end - len(item) - 1, phrase[: m.end], m.terms)


# (a name of one word or two: "lung cancer (both non-small cell and small cell)")
_NAME_THEN_KINDS = compiled(
    r"\b(?P<head>(?:[A-Za-z][\w-]*[^\S\n]+)?[A-Za-z][\w-]*)[^\S\n]*\((?:both\s+|either\s+)?(?P<inner>[^()\n]{1,40})\)"
)


def _kinds_after(text: str, index: Index) -> Iterator[Mention]:
    """'Lymphoma (Hodgkin and non-Hodgkin)', 'lung cancer (both non-small cell and small cell)': the kinds in
    brackets after a name, when every one of them makes a term with it."""
    for found in _NAME_THEN_KINDS.finditer(text):
        items = [i for i in _ITEMS.split(found["inner"].strip()) if i]
        if len(items) < 2:
            continue
        for head in dict.fromkeys((found["head"], found["head"].split()[-1])):
            kinds = list(_kinds_of(found, head, items, index))
            if len(kinds) == len(items):
                yield from kinds
                break


def _kinds_of(found: re.Match[str], head: str, items: list[str], index: Index) -> Iterator[Mention]:
    """Each item read before the head, while it makes a term with it."""
    for item in items:
        phrase = f"{item} {head}"
        named = [m for m in index.mentions(phrase) if m.start == 0 and m.end == len(phrase)]
        if not named:
            return
        yield Mention(found.start(), found.end(), phrase, named[0].terms)


_TECHNIQUE_NOUNS = frozenset({"technique", "technology", "method", "approach", "modality"})


def kinds_of_named(text: str, index: Index, named: list[Mention]) -> Iterator[Mention]:
    """'Radiotherapy is given ... with image-guided and intensity-modulated techniques': adjectives before
    'techniques' that make a term with a treatment the same sentence names (its last word: 'radiotherapy')."""
    tokens, canons = words_of(text)
    for j, word in enumerate(canons):
        if word not in _TECHNIQUE_NOUNS:
            continue
        lo, hi = sentence_bounds(text, tokens[j].start(), tokens[j].end())
        heads = {canon(m.phrase.split()[-1]) for m in named if lo <= m.start < hi and index.treatments >= set(m.terms)}
        first = j
        while first > 0 and j - first < 8 and _BETWEEN.fullmatch(text[tokens[first - 1].end() : tokens[first].start()]):
            first -= 1
        groups: list[list[int]] = [[]]
        for k in range(first, j):
            if canons[k] in _AND or (groups[-1] and "," in text[tokens[k - 1].end() : tokens[k].start()]):
                groups.append([])
            if canons[k] not in _AND:
                groups[-1].append(k)
        for group in groups:
            for a in group[-3:]:  # "modern image-guided": the words nearest the noun
                found = _with_head(index, canons[a : group[-1] + 1], heads)
                if found:
                    yield _mention(text, tokens, a, j, found)
                    break


def _with_head(index: Index, words: list[str], heads: set[str]) -> set[str] | None:
    for head in sorted(heads):
        found = index.words.get((*words, head))
        if found and index.treatments >= found:
            return found
    return None


# "Strontium-89 therapy for the pain of multiple bone metastases", "relief of bone pain caused by metastases": a
# treatment for a cancer's pain ("the pain of arthritis" is no cancer's, "pain from metastases" without a treatment
# word says nothing the department gives)
_CANCER_PAIN = compiled(
    r"\b(?:therapy|treatment|relief|management|palliation|control)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<pain>(?:[\w-]+\s+)?pain\s+(?:of|from|caused\s+by|due\s+to)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:metastas[ie]s|cancers?|tumou?rs?|malignanc(?:y|ies)|carcinomas?))\b",
    re.I,
)


# "assessment and treatment of pain and other symptoms", "relief of pain": 'pain management' said the other way
# round (an adjective may stand before the pain, "chronic pain", but no other pain's cause after it)
_OF_PAIN = compiled(
    r"\b(?:treatment|management|relief|control|alleviation)\s+of\s+(?:the\s+)?(?:(?:chronic|acute|severe|complex|"
    r"refractory|intractable|cancer)\s+)?pain\b(?!\s+(?:of|from|caused|due|in)\b)",
    re.I,
)


def cancer_pain(text: str, index: Index) -> Iterator[Mention]:
    """'therapy for the pain of bone metastases': the vocabulary's 'pain caused by cancer', in other words;
    'treatment of pain': its 'pain management'."""
    found = index.words.get(("pain", "caused", "by", "cancer"))
    if not found:
        return
    for m in _CANCER_PAIN.finditer(text):
        yield Mention(m.start("pain"), m.end("pain"), m["pain"], tuple(sorted(found)))
    managed = index.words.get(("pain", "management"), set())
    for m in _OF_PAIN.finditer(text) if managed else ():
        yield Mention(m.start(), m.end(), m.group(), tuple(sorted(managed)))
