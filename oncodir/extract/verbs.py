"""Treatments a page says with a verb or an adverb rather than a noun.

- An adverb of an approach beside a verb of operating: "done laparoscopically or with robot assistance",
  "tumours are removed thoracoscopically", "treats diseases of the stomach and colon surgically", "surgically
  resected" name the approach's operation (laparoscopic surgery, VATS, surgery), as its noun would;
- a defect rebuilt with a tissue or a device: "the defect is reconstructed with a free fibula", "we reconstruct the
  breast using implants", "reconstructing the jaw by a flap" name reconstructive surgery (not "images are
  reconstructed with software": a picture computed);
- a defect closed with a flap: "repair of defects after tumour resection with a pectoralis major flap" (a
  flap reconstruction);
- operations said to be minimally invasive: "of the 900 operations a year, 80% are minimally invasive", "85% are
  done by minimally invasive way", "we remove most tumours in a minimally invasive manner";
- an operation named by "surgical" and the act: "we perform surgical stabilization of the spine", "surgical
  excision", "surgical debulking" name surgery;
- pain cared for with a verb: "we help with pain and other symptoms", "the team manages your pain", "relieving
  pain and breathlessness" name pain management (not a purpose of another treatment, "radiotherapy to relieve
  pain", nor one pain's cause, "relieve pain from bone metastases").

Whether a mention is the department's own is decided afterwards, as for any other (:mod:`.terms`): "removed
endoscopically in the Department of Gastroenterology" is another unit's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from oncodir.extract.index import Index, Mention
from oncodir.extract.regexcache import compiled

_ADVERB = compiled(r"\b(?:laparoscop|thoracoscop|endoscop|robot|surg)ically\b", re.I)
# a verb of operating in the clause before the adverb, or just after it ("surgically removed")
_OPERATING = (
    r"(?:done|performed|operated(?:\s+on)?|removed|resected|excised|treated|treats?|treating|managed|manages|"
    r"carried\s+out|approached|completed|conducted|dissected|staged|repaired|explored|decompressed|stabili[sz]ed|"
    r"debulked)"
)
_VERB_BEFORE = compiled(rf"\b{_OPERATING}\b[^.;:!?\n]{{0,100}}$", re.I)
_VERB_AFTER = compiled(rf"\s+{_OPERATING}\b", re.I)
_REBUILT = compiled(
    r"\b(?P<verb>reconstruct(?:s|ed|ing)?)\b(?:[^\S\n]+[\w'’-]+){0,6}?[^\S\n]+(?:with|using|by|from)[^\S\n]+"
    r"(?:[\w'’-]+,?[^\S\n]+){0,5}?(?:flaps?|grafts?|allografts?|autografts?|prosthes[ie]s|endoprosthes[ie]s|"
    r"implants?|expanders?|mesh|plates?|fibulae?|muscles?|skin|bones?|tissues?)\b",
    re.I,
)
_SURGICAL_ACT = compiled(
    r"\bsurgical[^\S\n]+(?:stabili[sz]ation|fixation|excision|removal|decompression|debulking|repair|staging|"
    r"exploration|intervention)s?\b",
    re.I,
)


# "repair of defects after tumour resection with a pectoralis major flap": a defect closed with a flap is a
# reconstruction ("repair" alone may be of anything: a flap must close it in the same clause)
# ("repair by pectoralis major flap", "defects closed with a free flap", "covered by a local rotation flap": the
# flap named right after the act)
_FLAP_REPAIR = compiled(
    r"\brepair(?:ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?defects?\b(?=[^.;:!?\n]{0,120}?\bflaps?\b)|"
    r"\b(?:repair(?:s|ed|ing)?|clos(?:ed|ure|ing)|cover(?:ed|age|ing)?)\s+(?:by|with|using)\s+(?:(?:a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,4}?flaps?\b",
    re.I,
)


# "900 operations a year, of which more than 80% is minimally invasive", "most resections are now done minimally
# invasively": the operations said to be minimally invasive (a noun after it is the index's own name)
# ("done by minimally invasive way", "carried out in a minimally invasive manner": the way said with a noun that
# names no treatment of its own)
_MINIMAL = compiled(
    r"\bminimally[\s-]+invasive(?:ly)?\b(?:\s+(?:ways?|manner|means|fashion|mode|modes|routes?)\b|(?![\s-]+\w))", re.I
)
_OPERATIONS_ARE = compiled(
    r"\b(?:operations?|surger(?:y|ies)|procedures?|resections?|cases|\w{3,}ectom(?:y|ies))\b[^.;:!?\n]{0,80}?\b"
    r"(?:(?:is|are|was|were)\s+(?:now\s+|mostly\s+|mainly\s+|all\s+)?(?:(?:done|performed|carried\s+out|completed)\s+)?"
    r"(?:(?:by|in|through|via|with|using)\s+(?:an?\s+|the\s+)?)?|(?:completed|done|performed)\s+(?:by|in|through|via)\s+"
    r"(?:an?\s+|the\s+)?|(?:adopts?|adopted|uses?|used|using|employs?|employed)\s+(?:an?\s+|the\s+)?)$|"
    # "we remove most lung tumours in a minimally invasive way": a verb of operating, then the way
    r"\b(?:operat(?:e|es|ed|ing)(?:\s+on)?|resect(?:s|ed|ing)?|remov(?:e|es|ed|ing)|excis(?:e|es|ed|ing))\b"
    r"[^.;:!?\n]{0,60}?\s(?:by|in|through|via|with|using)\s+(?:an?\s+|the\s+)?$",
    re.I,
)


def flap_repairs(text: str, index: Index) -> Iterator[Mention]:
    """'repair of defects ... with a free flap': the vocabulary's 'flap reconstruction', in other words."""
    found = index.words.get(("flap", "reconstruction"), set())
    for m in _FLAP_REPAIR.finditer(text) if found else ():
        yield Mention(m.start(), m.end(), m.group(), tuple(sorted(found)))


def _found(index: Index, *phrases: str) -> tuple[str, ...]:
    """The vocabulary's terms for the first of ``phrases`` it names whole."""
    for phrase in phrases:
        found = [m for m in index.mentions(phrase) if m.start == 0 and m.end == len(phrase)]
        if found:
            return found[0].terms
    return ()


def said_with_verbs(text: str, index: Index) -> Iterator[Mention]:
    """Operations named by an adverb of approach, a reconstruction said with its verb, 'surgical' and an act."""
    for adverb in _ADVERB.finditer(text):
        start, end = adverb.span()
        if not (_VERB_BEFORE.search(text, max(0, start - 120), start) or _VERB_AFTER.match(text, end)):
            continue
        word = adverb.group().lower()
        terms = _found(index, f"{word[:-4]} surgery", f"{word[:-2]} treatment")
        if terms:
            yield Mention(start, end, adverb.group(), terms)
    for rebuilt in _REBUILT.finditer(text):
        terms = _found(index, "reconstructive surgery")
        if terms:
            yield Mention(rebuilt.start(), rebuilt.end("verb"), rebuilt["verb"], terms)
    for said in _MINIMAL.finditer(text):
        terms = _found(index, "minimally invasive surgery")
        if terms and _OPERATIONS_ARE.search(text, max(0, said.start() - 120), said.start()):
            yield Mention(said.start(), said.end(), said.group(), terms)
    for act in _SURGICAL_ACT.finditer(text):
        terms = _found(index, "surgical treatment")
        if terms:
            yield Mention(act.start(), act.end(), act.group(), terms)


# "we help with pain and other symptoms", "helps patients to manage their pain", "the nurses control pain", "easing
# pain": pain as what the verb cares for ("to relieve pain" is the purpose of another treatment; "pain from bone
# metastases" names one cause, read by :func:`.forms.cancer_pain`); read back from each "pain" the page has
_PAIN = compiled(r"pain\b(?!\s+(?:of|from|caused|due|in|after|during)\b)", re.I)
_CARED_BEFORE = compiled(
    r"\b(?:(?<!\bto\s)(?:help(?:s|ed|ing)?(?:\s+(?:patients|people|you|them|families|children|adults))?\s+"
    r"(?:with|to\s+(?:manage|control|ease|relieve|cope\s+with))|manag(?:e|es|ed|ing)|control(?:s|led|ling)?|"
    r"reliev(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|alleviat(?:e|es|ed|ing)|treat(?:s|ed|ing)?|address(?:es|ed|ing)?))\s+"
    r"(?:(?:your|their|the|his|her|any|difficult|severe|chronic|complex|cancer|physical|persistent)\s+){0,2}$",
    re.I,
)


def pain_cared_for(text: str, index: Index) -> Iterator[Mention]:
    """'We help with pain and other symptoms': the vocabulary's 'pain management', said with a verb."""
    terms = _found(index, "pain management")
    for pain in _PAIN.finditer(text) if terms else ():
        start = pain.start()
        if start and not text[start - 1].isalnum() and (cared := _CARED_BEFORE.search(text, max(0, start - 70), start)):
            yield Mention(cared.start(), pain.end(), text[cared.start() : pain.end()], terms)
