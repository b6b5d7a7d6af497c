"""A clinical study named as a research project's title: a grant won, no trial the department runs for patients.

'The project "Clinical study of early lung cancer screening by low dose CT" was funded by the Provincial Science and
Technology Department', 'won a provincial grant for the project entitled Clinical research on ...', 'the topic
"A randomised trial of ..." received the second prize': the words of a trial stand in the title of a project, an
award or a paper. The department recruiting patients to trials ("we take part in 12 clinical trials funded by
industry") is its own work. :func:`titled_study` is asked by :mod:`.terms` for the clinical trials term only.

A treatment named as the subject of research is no treatment given either: "received 2 research projects from the
Science and Technology Bureau on the early diagnosis of colorectal cancer", "published 20 papers on screening for
gastric cancer", "its research topics are early detection of ...", "Research interests: early diagnosis, ...". A
clinical study of it ("a clinical study on neoadjuvant immunotherapy") is the department's patients' care, and the
department's own next verb ("has 3 research projects and provides nutrition support") ends the subject.
:func:`research_subject` asks both.
"""

from __future__ import annotations

import re

from oncodir.extract.index import Mention
from oncodir.extract.regexcache import compiled

# a project, grant, topic or paper, then "entitled" or a colon, then (perhaps) a quote and the title's first words;
# or its title at once in capitals ("the project Clinical Study of ..."), not "projects of clinical trials"
_TITLE_BEFORE = compiled(
    r"(?i:\b(?:projects?|grants?|topics?|subjects?|papers?|theses|thesis|articles?|monographs?)\s*(?:(?:entitled|"
    r"titled|named|called)\s+|[:：]\s*))[\"'“‘「《]?\s*(?:[\w-]+\s+){0,4}$"
)
_NAMED_AFTER = compiled(r"\b(?i:project|grant|topic|paper)s?\s+(?:[A-Z][\w-]*\s+){0,3}$")
_OPENS, _CLOSES = "“‘「《", "”’」》"
# what a title is said to have had: money, a prize, publication
_RESEARCH_WORDS = compiled(
    r"\b(?:funded|funding|grants?|sponsored|supported\s+by|awarded|won|prizes?|awards?|foundations?|approved\s+as|"
    r"published|projects?|science\s+and\s+technology)\b",
    re.I,
)


# research, a project or a paper, then "on", "about", "into" and up to a few words before the treatment (not "clinical
# studies on ...", nor after the department's next verb)
_SUBJECT_OF = compiled(
    r"(?i:(?<!clinical\s)\b(?:research(?:\s+(?:projects?|grants?|work))?|projects?|grants?|papers?|articles?|theses|"
    r"thesis|studies|study)\b(?![^.;:!?\n]*\b(?:and|while|but|which)\s+(?:also\s+)?(?:provides?|offers?|performs?|"
    r"gives?|focus\w*|carries|runs?|treats?|has|have|is|are|uses?)\b)[^.;:!?\n]{0,90}?\b(?:on|about|into|"
    r"regarding|concerning)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
    # "its research topics are / include ...", "Research interests: ...": a list of subjects
    r"\bresearch\s+(?:topics?|interests?|directions?|areas?|fields?|focus(?:es)?)\s*(?:[:：]|\b(?:are|is|include\w*|"
    r"cover\w*)\b)[^.;!?\n]{0,100}$)"
)


def research_subject(text: str, m: Mention, kind: str, lo: int, hi: int) -> bool:
    """Whether the mention at ``m`` is a research project's title (clinical trials) or a treatment studied."""
    if titled_study(text, m, lo, hi):
        return True
    return kind == "treatment" and bool(_SUBJECT_OF.search(text, max(lo, m.start - 160), m.start))


def titled_study(text: str, m: Mention, lo: int, hi: int) -> bool:
    """Whether the clinical trials mention at ``m`` is the title of a research project, grant, prize or paper."""
    if "clinical trials" not in m.terms:
        return False
    before = text[max(lo, m.start - 100) : m.start]
    titled = _TITLE_BEFORE.search(before) or (m.phrase[:1].isupper() and _NAMED_AFTER.search(before))
    if not (titled or _inside_quotes(text[lo : m.start])):
        return False
    return bool(_RESEARCH_WORDS.search(text, lo, hi))


def _inside_quotes(before: str) -> bool:
    """An opening quote before the mention in its sentence that no quote has closed yet."""
    if before.count('"') % 2 == 1:
        return True
    opened = max(before.rfind(c) for c in _OPENS)
    return opened >= 0 and opened > max(before.rfind(c) for c in _CLOSES)
