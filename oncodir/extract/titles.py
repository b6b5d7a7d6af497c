"""Titles said before a person's name, and degrees after it, in the forms of several countries.

A title is never part of the name: "DGKP Sabine Wimmer" is Sabine Wimmer, "Sister Morag Stewart" is Morag
Stewart. Titles read here:

- academic and medical: Prof., Professor, Dr., Dr.in, Dra., Dott., Dott.ssa, Prof.ssa, Pr (France), Univ.-Prof.,
  Ao. Univ.-Prof., Priv.-Doz., Univ.-Doz., PD, Prim. (Austria's head of a department), OA/OÄ and FA/FÄ
  (Austria's and Germany's senior and specialist doctors), MUDr., doc., prof., Ing., Mgr. (the Czech Republic's
  and Slovakia's, in small letters where they are so: "prof. MUDr. X, Ph.D."), Mag., Dipl.-Ing., ir. (the
  Netherlands' engineer), Drs. (its doctorandus), méd. ("Dr méd.", France's and Switzerland's), em. and
  Emeritus ("Prof. em. dr.", "Professor Emeritus X"), a doctorate's field after "Dr." ("Dr. sc. nat.", "Dr. rer. nat.",
  "Dr. phil.");
- nursing: DGKP, DGKS, DGKPin (Austria), Sister and Sr (its short form, without a full stop: South Africa's),
  Matron, Charge Nurse, Staff Nurse (the UK and Ireland);
- Australia's A/Prof and Clin A/Prof (an associate professor); Portugal's Dr.ª, Prof.ª, Enf./Enf.ª (a nurse),
  Doutor/Doutora (a doctorate: "Prof. Doutor X");
- Poland's, in small letters: dr, dr hab., n. med. ("dr hab. n. med. X": a habilitated doctor of medical
  sciences), lek. and lek. med. (a physician), mgr (a master: nurses' and others');
- honorifics: Mr, Mrs, Ms, Miss, Mx, Sir, Dame, Mme, Sr., Sra., Doña and Dña. (Spain's; "Don" is a given name too,
  and is no title here), Herr, Frau.

"Dean" is no title here: it is a given name too. A degree after a name ("MD, FACS", "MBChB, FRCS") is a
qualification, never a post: a post comes after the degrees ("MS, DNB — Consultant Surgical Oncologist"; India's
"MCh (Surgical Oncology)" with its specialty in brackets).

A dot may be masked (:data:`.facts.MASK`) where abbreviations' full stops are, so each pattern takes both.
"""

from __future__ import annotations

from oncodir.extract.facts import MASK
from oncodir.extract.regexcache import compiled

_DOT = rf"[.{MASK}]"
# each: an abbreviation with its full stop, or a word (the dot after a word-title is optional)
_ABBREVIATED = (
    rf"(?:Ao{_DOT}[ \t]?)?Univ{_DOT}?-Prof{_DOT}",
    rf"Priv{_DOT}?-Doz{_DOT}",
    rf"Univ{_DOT}?-Doz{_DOT}",
    rf"Ass(?:oc|ist)?{_DOT}?-Prof{_DOT}",
    rf"Dipl{_DOT}?-[A-Z][a-z]+{_DOT}",
    rf"Dott{_DOT}(?:ssa{_DOT}?)?",
    rf"Prof{_DOT}ssa{_DOT}?",
    rf"Dr{_DOT}ssa{_DOT}?",
    rf"Dr{_DOT}in",
    rf"Prim{_DOT}",
    rf"MUDr{_DOT}",
    rf"Mag{_DOT}(?:a{_DOT})?",
    rf"doc{_DOT}",
    rf"prof{_DOT}",  # (Czech and Slovak titles are in small letters: "prof. MUDr.", "doc. MUDr.")
    rf"Ing{_DOT}",
    rf"Mgr{_DOT}",
    rf"Dra{_DOT}",
    rf"Drs{_DOT}",  # the Netherlands' doctorandus (a master's degree): "Drs. X, nurse practitioner"
    rf"m[ée]d{_DOT}(?=[ \t]+[^\W\d_])",  # France's and Switzerland's "Dr méd. X" (a doctor of medicine)
    rf"(?:Dr|Prof|Enf){_DOT}?ª",  # Portugal's "Dr.ª", "Enf.ª" (a nurse)
    rf"Enf{_DOT}",
    rf"Sra?{_DOT}",
    rf"Dña{_DOT}",  # Spain's "Doña" abbreviated ("Dña. Rocío Lozano Pérez")
    rf"Mme{_DOT}?",
    rf"(?<![\w.-])(?:[Ii]r|em){_DOT}(?=[ \t]+[^\W\d_])",
    # the field of a German or Swiss doctorate after "Dr.": "Dr. sc. nat.", "Dr. rer. nat.", "Dr. phil."
    rf"(?:sc|rer){_DOT}[ \t]?(?:nat|med|medic|hum|techn|pol|biol){_DOT}(?=[ \t]+[^\W\d_])",
    rf"phil{_DOT}(?:[ \t]?nat{_DOT})?(?=[ \t]+[^\W\d_])",
    # Poland's: "dr hab. n. med." (a habilitated doctor of medical sciences), "lek." (a physician), "mgr" (a master)
    rf"(?<![\w.-])hab{_DOT}",
    rf"(?<![\w.-])n{_DOT}[ \t]?(?:med|farm|o[ \t]?zdr){_DOT}(?=[ \t]+[^\W\d_])",
    rf"(?<![\w.-])lek{_DOT}(?:[ \t]?(?:med|dent){_DOT})?",
)
_WORDS = (
    "Primar(?:ius|ia)?", "Sister", "Matron", "Charge[ \t]+Nurse", "Staff[ \t]+Nurse", "DGKP(?:in)?", "DGKS",
    "OA", "OÄ", "FA", "FÄ", r"Pr\.?", "Sir", "Dame", "Herr", "Frau", "Mx",
    "Emerit(?:us|a)", "Doutora?", "Doña", "Dña", r"(?:Clin[ \t]+)?A/Prof\.?",
    "dr", "mgr",  # (Poland's, in small letters: "dr n. med. X", "mgr X")
    "Sr",  # Sister without its full stop, South Africa's and the UK's nurse: "Breast Care Nurse: Sr Nomvula Dlamini"
)  # fmt: skip
# an abbreviated title, ending in its full stop ("Prim.": a sentence does not end there)
ABBREVIATED = "(?:" + "|".join(_ABBREVIATED) + ")"
# a title of this module, before a name (a word-title only before a letter: "OA" alone is no title)
TITLE = "(?:" + ABBREVIATED + "|(?:" + "|".join(_WORDS) + r")(?=[ \t]+[^\W\d_]))"

# degrees and fellowships after a name
DEGREE = (
    rf"(?:M{_DOT}D{_DOT}?|Ph{_DOT}D{_DOT}?|MD|PhD|DPhil|MBBS|MBChB|MBBCh|BM|DO|MPH|MSc|MS|MA|MBA|DrPH|"
    r"FACS|FACP|FACR|FASCO|FRCS\w*|FRCP\w*|FRCR|FRACS|FRANZCR|FEBU|FEBS|MRCP\w*|MRCS|"
    r"RN|NP|APRN|DNP|MSN|BSN|OCN|AOCNP|CGC|PA-C|"
    # India's higher degrees, perhaps with their specialty in brackets: "MCh (Surgical Oncology)", "DNB", "DrNB"
    r"(?:MCh|DNB|DrNB)(?:[ \t]*\((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]*(?:ology|ery|ics|ine|iatry)\))?|"
    # a certificate with its field in brackets: Canada's "CCFP(PC)" (palliative care), "CHPCN(C)"
    r"[A-Z]{2,6}\([A-Z]{1,4}\))"
)

_COMMON = rf"(?:Mr|Mrs|Ms|Miss|Dr|Prof|PD|Professor|Doctor){_DOT}?(?=[ \t]+[A-Z])|(?:Dr|Prof|med|habil){_DOT}"
_LEADING = compiled(rf"^(?P<title>(?:(?:{TITLE}|{_COMMON})[ \t]*)+)[ \t]*(?=\S)")


def split_title(name: str) -> tuple[str, str | None]:
    """A name without the titles it begins with ("DGKP Sabine Wimmer" -> "Sabine Wimmer", "DGKP")."""
    m = _LEADING.match(name)
    if m is None:
        return name, None
    return name[m.end() :], " ".join(m["title"].split())


# an academic title of a teacher of students, said after a name ("Chief Physician, Master's Tutor"): never a name
_ACADEMIC = compiled(
    r"(?i:(?:master(?:['’]?s)?|doctoral|doctorate|ph\.?d\.?|postgraduate|graduate)[ \t]+(?:student[ \t]+)?"
    r"(?:tutor|supervisor|advisor|adviser|mentor)s?)"
)


def academic_title(words: str) -> bool:
    """True when would-be name is a teacher's title ("Master Tutor", "Doctoral Supervisor")."""
    return bool(_ACADEMIC.search(words))


# "Find a Doctor", "Ask the Doctor", "Your Doctor": a menu's or a sentence's noun, after an article; no title
_A_NOUN = compiled(r"\b(?i:a|an|the|your|any|my)[ \t]+$")


def no_title(text: str, start: int) -> bool:
    """True when the title word "Doctor" starting at ``start`` is a noun after an article ("Find a Doctor")."""
    return text[start : start + 6].lower() == "doctor" and _A_NOUN.search(text[max(0, start - 8) : start]) is not None
