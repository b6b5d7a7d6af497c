"""Post-nominal letters: the degrees, fellowships and registrations written after a person's name.

"Daniel Whitfield, MBBS FRACS" is Daniel Whitfield: the letters after the name ("FRACS", a fellowship of the
Royal Australasian College of Surgeons; "FRCPA", "FRCSEd", "MRCP(UK)", "PhD") are no part of it, and a reader that
stops its name at a comma may still keep a second set of letters written after the first without one. The letters
read here are those of medicine, nursing and science in English-speaking countries (the UK and Ireland, Australia
and New Zealand, North America, India).

Letters that are also a name ("MA", "MS", "DO": a Chinese or a Korean surname written in capitals after the given
name, "Jun MA") are read after a comma only, never at a bare name's end.
"""

from __future__ import annotations

from oncodir.extract.regexcache import compiled
from oncodir.extract.titles import DEGREE

# letters that are never a name: doctorates, medical degrees, colleges' fellowships and memberships, nursing's
_LETTERS = (
    r"(?:MBBS|MBChB|MBBCh(?:BAO)?|BMBS|BMedSci?|BSc|MSc|MPH|MBA|MHA|DrPH|PhD|DPhil|MD|MMed(?:Sc)?|MCh|ChM|DNB|"
    r"FRACS|FRACP|FRANZCR|FRANZCOG|FRCPA|FRCPath|FRCOG|MRCOG|FRCS\w*|FRCP\w*|FRCR|FFR\w*|MRCP\w*|MRCS\w*|"
    r"FACS|FACP|FACR|FASCO|FEBU|FEBS|FESMO|FAChPM|FANZCA|FHEA|FMedSci|"
    r"RN|RGN|RSCN|APRN|DNP|MSN|BSN|OCN|AOCNP|CGC|PA-C)(?:\([A-Z]{1,4}\))?"
)
# the letters' run at a name's end, each set parted by spaces or a comma
_AT_END = compiled(rf"(?:[ \t]*,?[ \t]+(?:{_LETTERS}))+[ \t]*,?$")
# after a comma, any degree of :data:`.titles.DEGREE` too ("Li Na, MS")
_AFTER_COMMA = compiled(rf"[ \t]*,[ \t]*(?:{DEGREE}|{_LETTERS})(?:[ \t]*,?[ \t]+(?:{DEGREE}|{_LETTERS}))*[ \t]*$")

POSTNOMINAL = _LETTERS  # for a reader's own patterns


def without_postnominals(name: str) -> str:
    """A name without the post-nominal letters at its end ("Daniel Whitfield FRACS" -> "Daniel Whitfield"); letters
    alone are kept (then they were the name's own words)."""
    m = _AFTER_COMMA.search(name) or _AT_END.search(name)
    if m is None:
        return name
    return name[: m.start()].strip() or name


# a post that begins with the person's letters, then a dash: "DNB — Consultant Surgical Oncologist" (a line read
# from the last degree a reader knew: "Dr. X, MS, DNB — Consultant ..."); the letters are no part of the post
_BEFORE_POST = compiled(rf"^(?:(?:{DEGREE}|{_LETTERS})(?![\w-])[ \t]*,?[ \t]*)+[–—-][ \t]*(?=[^\W\d_])")


def without_leading_letters(post: str) -> str:
    """A post without the degrees written before it and a dash ("MCh — Consultant Surgeon" -> "Consultant
    Surgeon"); a post with no dash after its first words is kept as it is."""
    m = _BEFORE_POST.match(post)
    return post[m.end() :] if m else post
